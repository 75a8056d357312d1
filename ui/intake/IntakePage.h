#pragma once

#include "card/CardHolder.h"
#include "common/Error.h"
#include "forms/FormLibrary.h"
#include "forms/LifeEventNavi.h"
#include "forms/Visit.h"

#include <QTimeZone>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace kakanai {

class CardPanel;
class CardSession;
class Clock;
class NaviPanel;
class Outbox;
class ReaderMonitor;
class SessionController;
class VisitEditor;

// 受付 (書かない窓口): one citizen, one visit. The clerk reads the My Number
// card, picks the life event in the 手続ナビ, checks the pre-filled forms,
// prints them for the signature and completes: the record goes encrypted
// into the outbox and the screen is emptied. Without visit services (tests
// of the shell alone) only the card part is shown.
class IntakePage : public QWidget {
    Q_OBJECT
public:
    IntakePage(ReaderMonitor &monitor, CardSession &session, QString preferredReader, QWidget *parent = nullptr);
    ~IntakePage() override;

    CardPanel *cardPanel() const { return m_cardPanel; }
    NaviPanel *naviPanel() const { return m_navi; }
    VisitEditor *visitEditor() const { return m_editor; }
    // The open visit; null until attachVisitServices().
    forms::Visit *visit() const { return m_visit.get(); }

    // What a visit needs: the forms, the 手続ナビ (both copied), the outbox
    // the completed record goes to, the clock (the office date and the
    // record's time) and this PC's terminal id. Starts an empty visit.
    void attachVisitServices(const forms::FormLibrary &library, const forms::LifeEventNavi &navi, Outbox &outbox,
                             const Clock &clock, QString terminalId,
                             QTimeZone officeZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    // Printed in the page header of the forms (Settings OfficeName).
    void setOfficeName(const QString &name) { m_officeName = name; }
    // The staff id written to the record when no SessionController is
    // attached (tests, tools); the signed-in clerk's id wins otherwise.
    void setStaffId(const QString &staffId) { m_staffId = staffId; }

    // Audits card reads and reveals on behalf of the signed-in clerk, and
    // parks/resumes the open visit when clerks change.
    void attachSession(SessionController &session);

    // Another clerk takes over this PC: keep `staffId`'s open visit (card and
    // forms, in memory only) and clear the screen; resume() puts it back.
    void park(const QString &staffId);
    bool resume(const QString &staffId);
    bool hasParked(const QString &staffId) const { return m_parked.count(staffId) > 0; }

    // The chosen forms as a PDF, without a dialog (the "Save as PDF" button
    // asks for the path first).
    Status savePdf(const QString &pdfPath) const;
    // 受付完了: the record into the outbox, then an empty screen. On failure
    // the visit stays on screen with the reason; returns whether it was saved.
    bool completeVisit();

public slots:
    void printPreview();
    void savePdfWithDialog();

signals:
    // A record was queued (for the audit log: the record id, nothing personal).
    void visitCompleted(const QString &recordUuid);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ParkedVisit {
        std::optional<CardHolder> holder;
        std::unique_ptr<forms::Visit> visit;
    };

    void retranslate();
    void startNewVisit();
    void showVisit();
    void onHolderChanged();
    void addChosenForms(const QList<forms::ChecklistItem> &items);
    void updateNumberNeed();
    void updateActions();
    void discardVisit();
    void showMessage(const QString &text, bool error);
    QString currentStaffId() const;
    static bool isEmpty(const forms::Visit &visit);

    QLabel *m_title;
    CardPanel *m_cardPanel;
    QLabel *m_formsNote;
    NaviPanel *m_navi;
    QLabel *m_numberNote;
    VisitEditor *m_editor;
    QWidget *m_visitArea;
    QLabel *m_message;
    QPushButton *m_previewButton;
    QPushButton *m_pdfButton;
    QPushButton *m_completeButton;
    QPushButton *m_discardButton;

    std::optional<forms::FormLibrary> m_library;
    std::optional<forms::LifeEventNavi> m_naviData;
    Outbox *m_outbox = nullptr;
    const Clock *m_clock = nullptr;
    QString m_terminalId;
    QTimeZone m_officeZone;
    QString m_officeName;
    QString m_staffId;
    SessionController *m_session = nullptr;
    bool m_numberRequested = false; // we ticked "read the number" for this visit's forms
    std::unique_ptr<forms::Visit> m_visit;
    std::map<QString, ParkedVisit> m_parked;
};

} // namespace kakanai
