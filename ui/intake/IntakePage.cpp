#include "IntakePage.h"

#include "FormRenderer.h"
#include "card/CardPanel.h"
#include "card/SecureBuffer.h"
#include "common/Clock.h"
#include "common/LogCategories.h"
#include "outbox/Outbox.h"
#include "security/Roles.h"
#include "security/SessionController.h"
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
      m_navi(new NaviPanel(this)), m_numberNote(new QLabel(this)), m_editor(new VisitEditor(this)),
      m_visitArea(new QWidget(this)), m_message(new QLabel(this)), m_previewButton(new QPushButton(this)),
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
    m_visitArea->setVisible(false);

    connect(m_cardPanel, &CardPanel::holderChanged, this, &IntakePage::onHolderChanged);
    connect(m_navi, &NaviPanel::formsChosen, this, &IntakePage::addChosenForms);
    connect(m_editor, &VisitEditor::visitChanged, this, [this] {
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
    // The visit goes before the child widgets: nothing may reach it while they are destroyed.
    m_editor->detachVisit();
}

void IntakePage::attachVisitServices(const forms::FormLibrary &library, const forms::LifeEventNavi &navi,
                                     Outbox &outbox, const Clock &clock, QString terminalId, QTimeZone officeZone)
{
    m_library = library;
    m_naviData = navi;
    m_outbox = &outbox;
    m_clock = &clock;
    m_terminalId = std::move(terminalId);
    m_officeZone = officeZone.isValid() ? std::move(officeZone) : OfficeCalendar::defaultZone();
    m_navi->setNavi(&*m_naviData);
    m_formsNote->setVisible(false);
    m_navi->setVisible(true);
    m_visitArea->setVisible(true);
    startNewVisit();
}

void IntakePage::attachSession(SessionController &session)
{
    m_session = &session;
    connect(m_cardPanel, &CardPanel::cardRead, &session, [&session](bool withNumber, bool codeB) {
        session.audit(QStringLiteral("read-card"), QString(),
                      QStringLiteral("key=%1;number=%2").arg(codeB ? QStringLiteral("code-b") : QStringLiteral("pin"),
                                                             withNumber ? QStringLiteral("yes") : QStringLiteral("no")));
    });
    connect(m_cardPanel, &CardPanel::cardReadFailed, &session,
            [&session](const QString &code) { session.audit(QStringLiteral("read-card-failed"), QString(), code); });
    connect(m_cardPanel, &CardPanel::individualNumberRevealed, &session,
            [&session] { session.audit(QStringLiteral("reveal-individual-number")); });
    m_editor->setRevealCheck([&session] { return session.allows(Action::RevealIndividualNumber); });
    connect(m_editor, &VisitEditor::individualNumberRevealed, &session, [&session] {
        session.audit(Permissions::actionName(Action::RevealIndividualNumber), QStringLiteral("form"));
    });
    connect(this, &IntakePage::visitCompleted, &session, [&session](const QString &uuid) {
        session.audit(Permissions::actionName(Action::CompleteVisit), uuid);
    });
    connect(&session, &SessionController::sessionEnding, this, &IntakePage::park);
    connect(&session, &SessionController::signedIn, this,
            [this](const StaffMember &member) { resume(member.staffId); });
}

QString IntakePage::currentStaffId() const
{
    if (m_session && m_session->current())
        return m_session->current()->staffId;
    return m_staffId;
}

bool IntakePage::isEmpty(const forms::Visit &visit)
{
    return !visit.hasCardHolder() && visit.formIds().isEmpty() && visit.household().isEmpty()
        && visit.clerkEnteredCount() == 0;
}

void IntakePage::startNewVisit()
{
    if (m_numberRequested) {
        // The next citizen's card is read without the number unless their forms need it.
        m_cardPanel->setReadIndividualNumber(false);
        m_numberRequested = false;
    }
    m_editor->setVisit(nullptr);
    m_visit.reset();
    if (m_library && m_clock)
        m_visit = std::make_unique<forms::Visit>(*m_library, OfficeCalendar(*m_clock, m_officeZone).today());
    showVisit();
}

void IntakePage::showVisit()
{
    if (m_visit) {
        if (const CardHolder *holder = m_cardPanel->holder())
            m_visit->setCardHolder(*holder);
    }
    m_editor->setVisit(m_visit.get());
    updateNumberNeed();
    updateActions();
}

void IntakePage::onHolderChanged()
{
    if (!m_visit)
        return;
    if (const CardHolder *holder = m_cardPanel->holder())
        m_visit->setCardHolder(*holder);
    else
        m_visit->clearCardHolder();
    m_editor->refresh();
}

void IntakePage::addChosenForms(const QList<forms::ChecklistItem> &items)
{
    if (!m_visit)
        return;
    QStringList failed;
    for (const forms::ChecklistItem &item : items) {
        if (auto added = m_visit->addForm(item.formId, item.presets); !added)
            failed << added.error().message();
    }
    m_editor->rebuild();
    if (!failed.isEmpty())
        showMessage(failed.join(QLatin1Char('\n')), true);
    else
        showMessage(QString(), false);
}

void IntakePage::updateNumberNeed()
{
    const bool needed = m_visit && m_visit->needsIndividualNumber() && !m_visit->hasIndividualNumber();
    if (needed && !m_numberRequested) {
        // The card panel reads the number only when asked; a chosen form needs it.
        m_numberRequested = !m_cardPanel->readsIndividualNumber();
        m_cardPanel->setReadIndividualNumber(true);
    }
    m_numberNote->setVisible(needed);
}

void IntakePage::updateActions()
{
    const bool haveForms = m_visit && !m_visit->formIds().isEmpty();
    m_previewButton->setEnabled(haveForms);
    m_pdfButton->setEnabled(haveForms);
    m_completeButton->setEnabled(m_visit && m_outbox && m_visit->isReady());
    m_discardButton->setEnabled(m_visit && (!isEmpty(*m_visit) || m_cardPanel->holder()));
}

void IntakePage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #8a1010; font-weight: bold; }") : QString());
}

Status IntakePage::savePdf(const QString &pdfPath) const
{
    if (!m_visit || m_visit->formIds().isEmpty())
        return std::unexpected(Error(ErrorCode::InvalidArgument, tr("Choose the forms first.")));
    return print::FormRenderer::writePdf(*m_visit, m_visit->formIds(), pdfPath, {m_officeName});
}

void IntakePage::savePdfWithDialog()
{
    if (!m_visit || m_visit->formIds().isEmpty())
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
    if (!m_visit || m_visit->formIds().isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print preview"));
    dialog.resize(1000, 760);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *device) {
        if (auto painted = print::FormRenderer::paint(*m_visit, m_visit->formIds(), *device, {m_officeName}); !painted)
            showMessage(painted.error().message(), true);
    });
    dialog.exec();
}

bool IntakePage::completeVisit()
{
    if (!m_visit || !m_outbox || !m_clock)
        return false;
    if (m_session && !m_session->allows(Action::CompleteVisit)) {
        showMessage(tr("Your role may not complete a visit. Ask a clerk of the desk."), true);
        return false;
    }
    auto record = m_visit->complete(*m_clock, m_terminalId, currentStaffId());
    if (!record) {
        showMessage(record.error().message(), true);
        return false;
    }
    QByteArray json = record->toJson();
    auto queued = m_outbox->enqueue(json);
    // The plain record is encrypted in the store now (or not at all): wipe our copy.
    SecureBuffer::wipe(json);
    if (!queued) {
        // Nothing is lost: the visit stays on screen to try again.
        qCWarning(lcUi) << "record not queued:" << Error::codeName(queued.error().code());
        showMessage(tr("The visit could not be saved: %1\nThe forms stay on the screen; try again.")
                        .arg(queued.error().message()),
                    true);
        return false;
    }
    const QString uuid = queued->uuid;
    m_cardPanel->clear();
    m_navi->clear();
    startNewVisit();
    showMessage(tr("The visit was completed and saved. Next citizen, please."), false);
    emit visitCompleted(uuid);
    return true;
}

void IntakePage::discardVisit()
{
    m_cardPanel->clear();
    m_navi->clear();
    startNewVisit();
    showMessage(QString(), false);
}

void IntakePage::park(const QString &staffId)
{
    ParkedVisit parked;
    m_editor->setVisit(nullptr);
    parked.visit = std::move(m_visit);
    parked.holder = m_cardPanel->takeHolder();
    m_navi->clear();
    const bool nothing = !parked.holder && (!parked.visit || isEmpty(*parked.visit));
    if (!nothing)
        m_parked.insert_or_assign(staffId, std::move(parked));
    startNewVisit();
    showMessage(QString(), false);
}

bool IntakePage::resume(const QString &staffId)
{
    auto it = m_parked.find(staffId);
    if (it == m_parked.end())
        return false;
    ParkedVisit parked = std::move(it->second);
    m_parked.erase(it);
    if (parked.visit) {
        m_editor->setVisit(nullptr);
        m_visit = std::move(parked.visit);
    }
    if (parked.holder)
        m_cardPanel->restoreHolder(std::move(*parked.holder));
    showVisit();
    return true;
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
