#include "PreRegPanel.h"

#include "CameraScanDialog.h"
#include "QrImageReader.h"
#include "common/LogCategories.h"
#include "intake/IntakeSession.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kakanai {

namespace {

QString language()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("ja");
}

} // namespace

PreRegPanel::PreRegPanel(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_hint(new QLabel(this)), m_status(new QLabel(this)),
      m_differences(new QLabel(this)), m_otherPerson(new QLabel(this)), m_error(new QLabel(this)),
      m_fileButton(new QPushButton(this)), m_cameraButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("preRegPanel"));
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel *label : {m_hint, m_status, m_differences, m_otherPerson, m_error}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_status->setObjectName(QStringLiteral("qrStatus"));
    m_differences->setObjectName(QStringLiteral("qrDifferences"));
    m_otherPerson->setObjectName(QStringLiteral("qrOtherPerson"));
    m_error->setObjectName(QStringLiteral("qrError"));
    m_fileButton->setObjectName(QStringLiteral("qrFileButton"));
    m_cameraButton->setObjectName(QStringLiteral("qrCameraButton"));
    m_differences->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b84c; padding: 6px; }"));
    m_otherPerson->setStyleSheet(
        QStringLiteral("QLabel { background: #fde3e3; border: 1px solid #c43c3c; color: #8a1010; font-weight: bold; padding: 6px; }"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8a1010; font-weight: bold; }"));
    for (QPushButton *b : {m_fileButton, m_cameraButton})
        b->setMinimumHeight(36);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fileButton);
    buttons->addWidget(m_cameraButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_differences);
    layout->addWidget(m_otherPerson);
    layout->addWidget(m_error);

    connect(m_fileButton, &QPushButton::clicked, this, &PreRegPanel::openFileWithDialog);
    connect(m_cameraButton, &QPushButton::clicked, this, &PreRegPanel::openCamera);
    retranslate();
    refresh();
}

PreRegPanel::~PreRegPanel() = default;

void PreRegPanel::setTrustedKeys(prereg::TrustedKeys trusted)
{
    m_trusted = std::move(trusted);
    if (m_session && m_navi)
        m_codec = std::make_unique<prereg::PreRegCodec>(m_session->library(), *m_navi, m_trusted);
}

void PreRegPanel::attach(intake::IntakeSession &session, const forms::LifeEventNavi &navi)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = &session;
    m_navi = &navi;
    m_codec = std::make_unique<prereg::PreRegCodec>(session.library(), navi, m_trusted);
    connect(&session, &intake::IntakeSession::preRegistrationChanged, this, &PreRegPanel::refresh);
    connect(&session, &intake::IntakeSession::cardHolderChanged, this, &PreRegPanel::refresh);
    connect(&session, &intake::IntakeSession::visitReplaced, this, [this] {
        // A new citizen: parts of the last one's code are not theirs.
        m_parts.clear();
        m_error->clear();
        refresh();
    });
    refresh();
}

void PreRegPanel::acceptSymbol(const QString &text)
{
    if (!m_codec)
        return;
    auto progress = m_parts.add(text);
    if (!progress) {
        // The same part again (the camera saw it twice, the clerk scanned it
        // twice) is no error: nothing changed, the missing parts are listed.
        if (progress.error().technicalDetail() != u"duplicate-part")
            showError(progress.error().message());
        refresh();
        return;
    }
    m_error->clear();
    if (progress->complete()) {
        if (auto done = applyCollected(); !done)
            showError(done.error().message());
    }
    refresh();
}

Status PreRegPanel::readFile(const QString &path)
{
    if (!m_codec)
        return std::unexpected(Error(ErrorCode::InvalidArgument, tr("The intake is not ready for QR codes.")));
    auto symbols = qr::QrImageReader().readFile(path);
    if (!symbols) {
        showError(symbols.error().message());
        return std::unexpected(symbols.error());
    }
    auto done = applySymbols(*symbols);
    if (!done)
        showError(done.error().message());
    else
        m_error->clear();
    refresh();
    return done;
}

Status PreRegPanel::applySymbols(const QStringList &symbols)
{
    auto decoded = m_codec->decode(symbols);
    if (decoded) {
        m_parts.clear();
        return applyDecoded(*decoded);
    }
    if (decoded.error().technicalDetail() != u"missing-part")
        return std::unexpected(decoded.error());
    // A file with only some parts of a code: the rest may come from the scanner.
    for (const QString &symbol : symbols) {
        auto added = m_parts.add(symbol);
        if (!added && added.error().technicalDetail() != u"duplicate-part")
            return std::unexpected(added.error());
    }
    return m_parts.progress().complete() ? applyCollected() : Status{};
}

Status PreRegPanel::applyCollected()
{
    auto message = m_parts.message();
    const int count = m_parts.progress().count;
    m_parts.clear();
    if (!message)
        return std::unexpected(message.error());
    auto decoded = m_codec->decodeMessage(*message, count);
    if (!decoded)
        return std::unexpected(decoded.error());
    return applyDecoded(*decoded);
}

Status PreRegPanel::applyDecoded(const prereg::DecodedPreRegistration &decoded)
{
    if (!m_session)
        return std::unexpected(Error(ErrorCode::InvalidArgument, tr("The intake is not ready for QR codes.")));
    auto done = m_session->applyPreRegistration(decoded, *m_navi);
    if (!done)
        return std::unexpected(done.error());
    emit applied(decoded.content.events, decoded.content.answers);
    return {};
}

void PreRegPanel::openFileWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open the QR code"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images and PDF (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.pdf)"));
    if (!path.isEmpty())
        (void)readFile(path);
}

void PreRegPanel::openCamera()
{
    auto *dialog = new CameraScanDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CameraScanDialog::symbolRead, this, [this, dialog](const QString &text) {
        acceptSymbol(text);
        // The whole code is in: the camera is no longer needed.
        if (m_parts.progress().count == 0 && m_error->text().isEmpty())
            dialog->close();
    });
    dialog->open();
}

void PreRegPanel::showProblem(const QString &message)
{
    showError(message);
}

void PreRegPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    qCInfo(lcUi) << "pre-registration QR code refused";
}

QString PreRegPanel::statusText() const
{
    return m_status->text();
}

void PreRegPanel::refresh()
{
    m_error->setVisible(!m_error->text().isEmpty());
    const prereg::PartCollector::Progress parts = m_parts.progress();
    const auto code = m_session ? m_session->preRegistrationCode() : std::nullopt;
    QStringList lines;
    if (parts.count > 0) {
        QStringList missing;
        for (int part : m_parts.missing())
            missing << QString::number(part);
        lines << tr("Part %1 of %2 read; scan the others (missing: %3).")
                     .arg(parts.received)
                     .arg(parts.count)
                     .arg(missing.join(QStringLiteral(", ")));
    }
    if (code) {
        QStringList events;
        for (const QString &id : code->events) {
            const forms::LifeEvent *event = m_navi ? m_navi->event(id) : nullptr;
            events << (event ? event->label.text(language()) : id);
        }
        lines << tr("QR code applied: %1 (%n symbol(s)).", "", code->symbols).arg(events.join(QStringLiteral("・")));
        switch (code->signature.state) {
        case prereg::SignatureCheck::State::Verified:
            lines << tr("Signature verified: %1").arg(code->signature.keyLabel);
            break;
        case prereg::SignatureCheck::State::UnknownKey:
            lines << tr("Signed with a key this office does not trust (key %1): not verified.")
                         .arg(code->signature.keyIdHex);
            break;
        case prereg::SignatureCheck::State::Unsigned:
            lines << tr("Made by the citizen (not signed).");
            break;
        }
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_status->setVisible(!lines.isEmpty());

    const prereg::CardComparison comparison = m_session ? m_session->compareCodeWithCard() : prereg::CardComparison{};
    QStringList differences;
    for (const prereg::CardDifference &d : comparison.differences)
        differences << tr("%1: card \"%2\", QR code \"%3\"")
                           .arg(prereg::PreRegApplier::factLabel(d.fact), d.fromCard, d.fromCode);
    if (!differences.isEmpty())
        differences.prepend(tr("The QR code differs from the card; the card's facts are used:"));
    m_differences->setText(differences.join(QLatin1Char('\n')));
    m_differences->setVisible(!differences.isEmpty());
    m_otherPerson->setText(comparison.otherPerson
                               ? tr("This QR code seems to be another person's than the card holder's "
                                    "(name or date of birth differ). Check with the person before going on.")
                               : QString());
    m_otherPerson->setVisible(comparison.otherPerson);
}

void PreRegPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QFrame::changeEvent(event);
}

void PreRegPanel::retranslate()
{
    m_title->setText(tr("Pre-registration QR code"));
    m_hint->setText(tr("Scan the citizen's QR code with the scanner at any time on this page, or open it from "
                       "a file or the camera."));
    m_fileButton->setText(tr("From a &file…"));
    m_cameraButton->setText(tr("With the ca&mera…"));
}

} // namespace kakanai
