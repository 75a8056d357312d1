#include "IntakePage.h"

#include "card/CardPanel.h"
#include "common/LogCategories.h"
#include "intake/IntakeSession.h"
#include "prereg/PreRegPanel.h"
#include "prereg/QrSymbols.h"
#include "prereg/WedgeScanFilter.h"
#include "security/Roles.h"
#include "visit/NaviPanel.h"
#include "visit/VisitEditor.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kakanai {

IntakePage::IntakePage(ReaderMonitor &monitor, CardSession &session, QString preferredReader, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)),
      m_cardPanel(new CardPanel(monitor, session, std::move(preferredReader), this)), m_formsNote(new QLabel(this)),
      m_navi(new NaviPanel(this)), m_preReg(new PreRegPanel(this)),
      m_wedge(new WedgeScanFilter([](QStringView text) { return prereg::QrSymbols::looksLikeSymbol(text); }, this)),
      m_numberNote(new QLabel(this)), m_editor(new VisitEditor(this)),
      m_visitArea(new QWidget(this)), m_message(new QLabel(this)), m_printState(new QLabel(this)),
      m_previewButton(new QPushButton(this)),
      m_pdfButton(new QPushButton(this)), m_completeButton(new QPushButton(this)),
      m_discardButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("intakePage"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_formsNote->setObjectName(QStringLiteral("formsNotAvailable"));
    m_formsNote->setWordWrap(true);
    m_formsNote->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b84c; padding: 12px; }"));
    m_numberNote->setObjectName(QStringLiteral("numberNeededNote"));
    m_numberNote->setWordWrap(true);
    m_numberNote->setStyleSheet(m_formsNote->styleSheet());
    m_numberNote->setVisible(false);
    m_message->setObjectName(QStringLiteral("visitMessage"));
    m_message->setWordWrap(true);
    m_printState->setObjectName(QStringLiteral("printStateLabel"));
    m_printState->setWordWrap(true);
    m_previewButton->setObjectName(QStringLiteral("printPreviewButton"));
    m_pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    m_completeButton->setObjectName(QStringLiteral("completeVisitButton"));
    m_discardButton->setObjectName(QStringLiteral("discardVisitButton"));
    m_completeButton->setMinimumHeight(44);
    QFont big = m_completeButton->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_completeButton->setFont(big);

    // Left: the card and the 手続ナビ (scrolls on small screens); right: the forms.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    leftLayout->setSpacing(12);
    leftLayout->addWidget(m_cardPanel);
    leftLayout->addWidget(m_preReg);
    leftLayout->addWidget(m_numberNote);
    leftLayout->addWidget(m_formsNote);
    leftLayout->addWidget(m_navi, 1);
    auto *leftScroll = new QScrollArea;
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(420);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_discardButton);
    actions->addStretch(1);
    actions->addWidget(m_printState);
    actions->addWidget(m_previewButton);
    actions->addWidget(m_pdfButton);
    actions->addWidget(m_completeButton);
    auto *visitLayout = new QVBoxLayout(m_visitArea);
    visitLayout->setContentsMargins(8, 0, 0, 0);
    visitLayout->addWidget(m_editor, 1);
    visitLayout->addWidget(m_message);
    visitLayout->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(leftScroll);
    splitter->addWidget(m_visitArea);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({480, 800});

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 16);
    outer->setSpacing(12);
    outer->addWidget(m_title);
    outer->addWidget(splitter, 1);

    m_navi->setVisible(false);
    m_preReg->setVisible(false);
    m_visitArea->setVisible(false);

    connect(m_wedge, &WedgeScanFilter::scanned, this, &IntakePage::acceptScannedSymbol);
    connect(m_preReg, &PreRegPanel::applied, this, &IntakePage::onPreRegistrationApplied);

    connect(m_navi, &NaviPanel::formsChosen, this, &IntakePage::addChosenForms);
    connect(m_editor, &VisitEditor::visitChanged, this, [this] {
        if (m_intake)
            m_intake->noteEdited();
        updateNumberNeed();
        updateActions();
    });
    connect(m_previewButton, &QPushButton::clicked, this, &IntakePage::printPreview);
    connect(m_pdfButton, &QPushButton::clicked, this, &IntakePage::savePdfWithDialog);
    connect(m_completeButton, &QPushButton::clicked, this, &IntakePage::completeVisit);
    connect(m_discardButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Cancel this visit"),
                                  tr("Cancel this visit? Nothing is saved and the screen is emptied."))
            == QMessageBox::Yes)
            discardVisit();
    });
    retranslate();
    updateActions();
}

IntakePage::~IntakePage()
{
    // The editor lets go of the session's visit before the child widgets are destroyed.
    m_editor->detachVisit();
}

forms::Visit *IntakePage::visit() const
{
    return m_intake ? &m_intake->visit() : nullptr;
}

void IntakePage::attachIntake(intake::IntakeSession &session, const forms::LifeEventNavi &navi)
{
    m_intake = &session;
    m_naviData = navi;
    m_navi->setNavi(&*m_naviData);
    m_formsNote->setVisible(false);
    m_navi->setVisible(true);
    m_preReg->attach(session, *m_naviData);
    m_preReg->setVisible(true);
    m_visitArea->setVisible(true);

    connect(&session, &intake::IntakeSession::visitAboutToBeReplaced, this, [this] { m_editor->setVisit(nullptr); });
    connect(&session, &intake::IntakeSession::visitReplaced, this, &IntakePage::onVisitReplaced);
    connect(&session, &intake::IntakeSession::cardHolderChanged, this, [this] {
        m_editor->refresh();
        updateNumberNeed();
        updateActions();
    });
    connect(&session, &intake::IntakeSession::frozenChanged, this, &IntakePage::updateActions);
    connect(&session, &intake::IntakeSession::visitCompleted, this, &IntakePage::visitCompleted);
    connect(&session, &intake::IntakeSession::warning, this, [this](const QString &text) { showMessage(text, true); });
    connect(&session, &intake::IntakeSession::draftRestored, this, [this](const QStringList &dropped) {
        m_cardPanel->showRestoredNote();
        showMessage(dropped.isEmpty()
                        ? tr("Your open visit was saved and is back on the screen.")
                        : tr("Your open visit is back. These forms changed meanwhile; choose them again: %1")
                              .arg(dropped.join(QStringLiteral(", "))),
                    !dropped.isEmpty());
    });
    updateWedge();
    connect(m_cardPanel, &CardPanel::individualNumberRevealed, &session,
            [&session] { session.noteIndividualNumberRevealed(QStringLiteral("card")); });
    m_editor->setRevealCheck([&session] { return session.allows(Action::RevealIndividualNumber); });
    connect(m_editor, &VisitEditor::individualNumberRevealed, &session,
            [&session] { session.noteIndividualNumberRevealed(QStringLiteral("form")); });
    onVisitReplaced();
}

void IntakePage::setTrustedKeys(prereg::TrustedKeys keys)
{
    m_preReg->setTrustedKeys(std::move(keys));
}

void IntakePage::setKeyboardWedgeEnabled(bool enabled)
{
    m_wedgeEnabled = enabled;
    updateWedge();
}

void IntakePage::updateWedge()
{
    // Only while the page is on screen: elsewhere keys belong to other pages.
    const bool wanted = m_wedgeEnabled && m_intake && isVisible();
    if (wanted && !m_wedge->isInstalled())
        m_wedge->install();
    else if (!wanted && m_wedge->isInstalled())
        m_wedge->uninstall();
}

void IntakePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateWedge();
}

void IntakePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateWedge();
}

void IntakePage::acceptScannedSymbol(const QString &text)
{
    m_preReg->acceptSymbol(text);
}

void IntakePage::onPreRegistrationApplied(const QStringList &events, const QHash<QString, bool> &answers)
{
    // The 手続ナビ shows what the code chose; the forms are already in the visit.
    const QSignalBlocker blocker(m_navi);
    for (const QString &event : events)
        m_navi->setEventSelected(event, true);
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        m_navi->setAnswer(it.key(), it.value());
    m_editor->rebuild();
    updateNumberNeed();
    updateActions();
    showMessage(tr("The QR code filled the visit. Check the fields marked QR with the person."), false);
}

void IntakePage::onVisitReplaced()
{
    if (m_numberRequested && m_intake && !m_intake->visit().needsIndividualNumber()) {
        // The next citizen's card is read without the number unless their forms need it.
        m_cardPanel->setReadIndividualNumber(false);
        m_numberRequested = false;
    }
    if (m_intake && m_intake->isEmpty())
        m_navi->clear();
    showVisit();
}

void IntakePage::showVisit()
{
    m_editor->setVisit(visit());
    updateNumberNeed();
    updateActions();
}

void IntakePage::addChosenForms(const QList<forms::ChecklistItem> &items)
{
    if (!m_intake)
        return;
    auto added = m_intake->addForms(items);
    m_editor->rebuild();
    updateNumberNeed();
    updateActions();
    showMessage(added ? QString() : added.error().message(), !added);
}

void IntakePage::updateNumberNeed()
{
    const forms::Visit *v = visit();
    const bool needed = v && v->needsIndividualNumber() && !v->hasIndividualNumber();
    if (needed && !m_numberRequested) {
        // The card panel reads the number only when asked; a chosen form needs it.
        m_numberRequested = !m_cardPanel->readsIndividualNumber();
        m_cardPanel->setReadIndividualNumber(true);
    }
    m_numberNote->setVisible(needed);
}

void IntakePage::updateActions()
{
    const forms::Visit *v = visit();
    const bool haveForms = v && !v->formIds().isEmpty();
    m_previewButton->setEnabled(haveForms);
    m_pdfButton->setEnabled(haveForms);
    m_completeButton->setEnabled(v && v->isReady());
    m_discardButton->setEnabled(m_intake && (!m_intake->isEmpty() || m_cardPanel->holder()));
    if (!m_intake || !m_intake->hasFrozenRecord())
        m_printState->setText(haveForms ? tr("Not printed yet") : QString());
    else if (m_intake->frozenIsCurrent())
        m_printState->setText(tr("Printed for the signature"));
    else
        m_printState->setText(tr("Changed after printing: print again"));
}

void IntakePage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #8a1010; font-weight: bold; }") : QString());
}

print::FormRenderer::Options IntakePage::printOptions() const
{
    return {m_officeName, m_intake ? m_intake->frozenReference() : QString()};
}

Status IntakePage::savePdf(const QString &pdfPath)
{
    if (!m_intake)
        return std::unexpected(Error(ErrorCode::InvalidArgument, tr("Choose the forms first.")));
    auto frozen = m_intake->freezeForSignature();
    if (!frozen)
        return std::unexpected(frozen.error());
    return print::FormRenderer::writePdf(*frozen, pdfPath, printOptions());
}

void IntakePage::savePdfWithDialog()
{
    const forms::Visit *v = visit();
    if (!v || v->formIds().isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the forms as PDF"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto saved = savePdf(path); !saved)
        showMessage(saved.error().message(), true);
    else
        showMessage(tr("The PDF was saved."), false);
}

void IntakePage::printPreview()
{
    if (!m_intake || m_intake->visit().formIds().isEmpty())
        return;
    // What the preview shows, and prints, is the frozen Record.
    auto frozen = m_intake->freezeForSignature();
    if (!frozen) {
        showMessage(frozen.error().message(), true);
        return;
    }
    const forms::RecordView view = std::move(*frozen);
    const print::FormRenderer::Options options = printOptions();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print preview"));
    dialog.resize(1000, 760);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &view, &options](QPrinter *device) {
        if (auto painted = print::FormRenderer::paint(view, *device, options); !painted)
            showMessage(painted.error().message(), true);
    });
    dialog.exec();
}

bool IntakePage::completeVisit()
{
    if (!m_intake)
        return false;
    auto done = m_intake->complete();
    if (!done) {
        showMessage(done.error().message(), true);
        return false;
    }
    m_navi->clear();
    showMessage(tr("The visit was completed and saved. Next citizen, please."), false);
    return true;
}

void IntakePage::discardVisit()
{
    if (m_intake)
        m_intake->discard();
    m_navi->clear();
    showMessage(QString(), false);
}

void IntakePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IntakePage::retranslate()
{
    m_title->setText(tr("Intake"));
    m_formsNote->setText(tr("Choosing procedures and filling the forms is not available in this version yet. "
                            "The card facts read above are shown only; they are not saved."));
    m_numberNote->setText(tr("A chosen form needs the individual number: read the card with the number "
                             "(the box above is ticked)."));
    m_previewButton->setText(tr("Print &preview…"));
    m_pdfButton->setText(tr("Save as P&DF…"));
    m_completeButton->setText(tr("&Complete intake"));
    m_discardButton->setText(tr("Cancel visit"));
}

} // namespace kakanai
