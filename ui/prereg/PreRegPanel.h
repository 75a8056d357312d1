#pragma once

#include "common/Error.h"
#include "forms/LifeEventNavi.h"
#include "prereg/PreRegCodec.h"
#include "prereg/QrSymbols.h"

#include <QFrame>
#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace kakanai {

namespace intake {
class IntakeSession;
}

// 事前申請QR on the intake page: the citizen's pre-registration code from
// every input path into the open visit (docs/qr-format.md, docs/user/guide.md).
//   keyboard-wedge, serial and camera scans arrive one symbol at a time
//   (acceptSymbol); a code of several symbols is collected (structured
//   append) and applied when the last part is in;
//   an image or PDF file holds the whole code (readFile).
// It shows what the code did: the life event, the number of symbols, the
// signature ("verified" with the key's label), where the code says otherwise
// than the card (the card wins) and a warning when the code looks like another
// person's. A refused code changes nothing and says why.
class PreRegPanel : public QFrame {
    Q_OBJECT
public:
    explicit PreRegPanel(QWidget *parent = nullptr);
    ~PreRegPanel() override;

    // `navi` must outlive the panel.
    void attach(intake::IntakeSession &session, const forms::LifeEventNavi &navi);
    // Signed codes from these keys show as verified ([prereg] trustedKeys).
    void setTrustedKeys(prereg::TrustedKeys trusted);

    // The parts of a code scanned so far (0 when none is waiting).
    prereg::PartCollector::Progress progress() const { return m_parts.progress(); }
    QString statusText() const;
    // Every symbol in an image or PDF file; the error is also shown.
    Status readFile(const QString &path);

public slots:
    // One symbol's text from a scanner or the camera.
    void acceptSymbol(const QString &text);
    void openFileWithDialog();
    void openCamera();
    // A scanner's own problem (a serial scanner that lost its device …): shown, nothing else changes.
    void showProblem(const QString &message);
    // Status and differences again (the card was read, the visit changed).
    void refresh();

signals:
    // A code was applied: the 手続ナビ events and answers it chose.
    void applied(const QStringList &events, const QHash<QString, bool> &answers);

protected:
    void changeEvent(QEvent *event) override;

private:
    Status applySymbols(const QStringList &symbols);
    // The parts collected so far make a whole code: decode it, apply it; the collector is emptied.
    Status applyCollected();
    Status applyDecoded(const prereg::DecodedPreRegistration &decoded);
    void showError(const QString &text);
    void retranslate();

    QPointer<intake::IntakeSession> m_session;
    const forms::LifeEventNavi *m_navi = nullptr;
    prereg::TrustedKeys m_trusted;
    std::unique_ptr<prereg::PreRegCodec> m_codec;
    prereg::PartCollector m_parts;

    QLabel *m_title;
    QLabel *m_hint;
    QLabel *m_status;
    QLabel *m_differences;
    QLabel *m_otherPerson;
    QLabel *m_error;
    QPushButton *m_fileButton;
    QPushButton *m_cameraButton;
};

} // namespace kakanai
