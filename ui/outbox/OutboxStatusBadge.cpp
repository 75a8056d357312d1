#include "OutboxStatusBadge.h"

#include <QEvent>

namespace kakanai {

OutboxStatusBadge::OutboxStatusBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("outboxStatusBadge"));
    setTextFormat(Qt::PlainText);
    retranslate();
}

void OutboxStatusBadge::setCounts(const OutboxCounts &counts)
{
    m_counts = counts;
    retranslate();
}

void OutboxStatusBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void OutboxStatusBadge::retranslate()
{
    QString text = tr("Waiting to be sent: %1").arg(m_counts.waiting());
    if (m_counts.rejected > 0)
        text += QStringLiteral("  ") + tr("Rejected: %1").arg(m_counts.rejected);
    if (m_counts.damaged > 0)
        text += QStringLiteral("  ") + tr("Damaged: %1").arg(m_counts.damaged);
    setText(text);
    // Red only when someone has to act: a rejection waits for a supervisor,
    // a damaged record for the administrator.
    const bool act = m_counts.rejected > 0 || m_counts.damaged > 0;
    setStyleSheet(act ? QStringLiteral("QLabel { color: #8a1010; font-weight: bold; }") : QString());
    setToolTip(tr("Outbox: %1 waiting, %2 being sent, %3 sent, %4 rejected")
                   .arg(m_counts.pending)
                   .arg(m_counts.sending)
                   .arg(m_counts.sent)
                   .arg(m_counts.rejected));
}

} // namespace kakanai
