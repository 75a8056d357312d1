#include "OfficeFeedStatus.h"

#include "office/ChangeFeed.h"

#include <QEvent>

namespace kakanai {

OfficeFeedStatus::OfficeFeedStatus(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("officeFeedStatus"));
    setContentsMargins(8, 0, 8, 0);
    setVisible(false);
}

void OfficeFeedStatus::follow(ChangeFeed &feed)
{
    m_feed = &feed;
    connect(&feed, &ChangeFeed::stateChanged, this, [this] { update(); });
    update();
}

void OfficeFeedStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QLabel::changeEvent(event);
}

void OfficeFeedStatus::update()
{
    if (!m_feed) {
        setVisible(false);
        return;
    }
    switch (m_feed->state()) {
    case ChangeFeed::State::Live:
        setVisible(false);
        setToolTip(QString());
        return;
    case ChangeFeed::State::Connecting:
        setText(tr("Connecting to the office store…"));
        setToolTip(QString());
        setStyleSheet(QString());
        break;
    case ChangeFeed::State::Stale:
        // Short, so that it fits the status bar beside the others; the rest in the tooltip.
        setText(tr("⚠ Updates stopped"));
        setToolTip(tr("Office information may be out of date.") + QLatin1Char('\n') + m_feed->staleReason()
                   + QLatin1Char('\n') + tr("The program reconnects by itself and then reads everything again."));
        setStyleSheet(QStringLiteral("QLabel { color: #8a1c00; font-weight: bold; }"));
        break;
    }
    setVisible(true);
}

} // namespace kakanai
