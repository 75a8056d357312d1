#pragma once

#include "FormRenderer.h"
#include "common/Error.h"
#include "forms/LifeEventNavi.h"
#include "forms/Visit.h"
#include "prereg/PreRegMessage.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace kakanai {

class CardPanel;
class CardSession;
class NaviPanel;
class PreRegPanel;
class ReaderMonitor;
class VisitEditor;
class WedgeScanFilter;
namespace intake {
class IntakeSession;
}

// 受付 (書かない窓口): one citizen, one visit. The clerk reads the My Number
// card, picks the life event in the 手続ナビ, checks the pre-filled forms,
// prints them for the signature and completes. A view of the visit's
// application layer (intake::IntakeSession), which owns the visit, the
// permissions, the paper's Record, completion and the drafts.
class IntakePage : public QWidget {
    Q_OBJECT
public:
    IntakePage(ReaderMonitor &monitor, CardSession &session, QString preferredReader, QWidget *parent = nullptr);
    ~IntakePage() override;

    CardPanel *cardPanel() const { return m_cardPanel; }
    NaviPanel *naviPanel() const { return m_navi; }
    VisitEditor *visitEditor() const { return m_editor; }
    PreRegPanel *preRegPanel() const { return m_preReg; }
    // The open visit of the attached session; null until attachIntake().
    forms::Visit *visit() const;
    intake::IntakeSession *intake() const { return m_intake; }

    // The visit's application layer: this page shows it and sends it the
    // clerk's intents (choose forms, print, complete, cancel). `navi` is
    // copied. Without it (tests of the shell alone) only the card part is shown.
    void attachIntake(intake::IntakeSession &intake, const forms::LifeEventNavi &navi);
    // The keys of the servers whose signed QR codes show as verified ([prereg] trustedKeys).
    void setTrustedKeys(prereg::TrustedKeys keys);
    // Recognise a 2-D scanner typing as a keyboard anywhere on this page
    // (on by default; [scanner] keyboardWedge).
    void setKeyboardWedgeEnabled(bool enabled);
    // Printed in the page header of the forms (Settings OfficeName).
    void setOfficeName(const QString &name) { m_officeName = name; }

    // The chosen forms as a PDF for the signature, without a dialog (the
    // "Save as PDF" button asks for the path first): the visit's Record is
    // frozen and drawn.
    Status savePdf(const QString &pdfPath);
    // 受付完了: the printed record into the outbox, then an empty screen. On
    // failure the visit stays on screen with the reason; returns whether it was saved.
    bool completeVisit();

public slots:
    // One QR symbol from a serial scanner (or any other path that gives text).
    void acceptScannedSymbol(const QString &text);
    void printPreview();
    void savePdfWithDialog();

signals:
    // A record was queued (for the audit log: the record id, nothing personal).
    void visitCompleted(const QString &recordUuid);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void onPreRegistrationApplied(const QStringList &events, const QHash<QString, bool> &answers);
    void updateWedge();
    void showVisit();
    void onVisitReplaced();
    void addChosenForms(const QList<forms::ChecklistItem> &items);
    void updateNumberNeed();
    void updateActions();
    void discardVisit();
    void showMessage(const QString &text, bool error);
    print::FormRenderer::Options printOptions() const;

    QLabel *m_title;
    CardPanel *m_cardPanel;
    QLabel *m_formsNote;
    NaviPanel *m_navi;
    PreRegPanel *m_preReg;
    WedgeScanFilter *m_wedge;
    bool m_wedgeEnabled = true;
    QLabel *m_numberNote;
    VisitEditor *m_editor;
    QWidget *m_visitArea;
    QLabel *m_message;
    QLabel *m_printState;
    QPushButton *m_previewButton;
    QPushButton *m_pdfButton;
    QPushButton *m_completeButton;
    QPushButton *m_discardButton;

    std::optional<forms::LifeEventNavi> m_naviData;
    intake::IntakeSession *m_intake = nullptr;
    QString m_officeName;
    bool m_numberRequested = false; // we ticked "read the number" for this visit's forms
};

} // namespace kakanai
