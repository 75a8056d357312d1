#include "IntakePage.h"

#include "card/CardPanel.h"
#include "security/SessionController.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kakanai {

IntakePage::IntakePage(ReaderMonitor &monitor, CardSession &session, QString preferredReader, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)),
      m_cardPanel(new CardPanel(monitor, session, std::move(preferredReader), this)), m_formsNote(new QLabel(this))
{
    setObjectName(QStringLiteral("intakePage"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_formsNote->setObjectName(QStringLiteral("formsNotAvailable"));
    m_formsNote->setWordWrap(true);
    m_formsNote->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b84c; padding: 12px; }"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_cardPanel);
    layout->addWidget(m_formsNote);
    layout->addStretch(1);
    // Scrolls on a 1366×768 screen when the facts and later the forms need room.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    retranslate();
}

void IntakePage::attachSession(SessionController &session)
{
    connect(m_cardPanel, &CardPanel::cardRead, &session, [&session](bool withNumber, bool codeB) {
        session.audit(QStringLiteral("read-card"), QString(),
                      QStringLiteral("key=%1;number=%2").arg(codeB ? QStringLiteral("code-b") : QStringLiteral("pin"),
                                                             withNumber ? QStringLiteral("yes") : QStringLiteral("no")));
    });
    connect(m_cardPanel, &CardPanel::cardReadFailed, &session,
            [&session](const QString &code) { session.audit(QStringLiteral("read-card-failed"), QString(), code); });
    connect(m_cardPanel, &CardPanel::individualNumberRevealed, &session,
            [&session] { session.audit(QStringLiteral("reveal-individual-number")); });
    connect(&session, &SessionController::sessionEnding, this, &IntakePage::park);
    connect(&session, &SessionController::signedIn, this,
            [this](const StaffMember &member) { resume(member.staffId); });
}

void IntakePage::park(const QString &staffId)
{
    if (auto holder = m_cardPanel->takeHolder())
        m_parked.insert_or_assign(staffId, std::move(*holder));
}

bool IntakePage::resume(const QString &staffId)
{
    auto it = m_parked.find(staffId);
    if (it == m_parked.end())
        return false;
    CardHolder holder = std::move(it->second);
    m_parked.erase(it);
    m_cardPanel->restoreHolder(std::move(holder));
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
}

} // namespace kakanai
