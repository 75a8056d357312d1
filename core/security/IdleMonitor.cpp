#include "IdleMonitor.h"

#include "common/Clock.h"

#include <QTimer>

namespace kakanai {

IdleMonitor::IdleMonitor(const Clock &clock, std::chrono::minutes limit, QObject *parent)
    : QObject(parent), m_clock(clock), m_limit(limit), m_lastActivity(clock.nowUtc()), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &IdleMonitor::check);
}

void IdleMonitor::start(std::chrono::milliseconds interval)
{
    m_lastActivity = m_clock.nowUtc();
    m_fired = false;
    m_timer->start(interval);
}

void IdleMonitor::stop()
{
    m_timer->stop();
}

void IdleMonitor::activity()
{
    m_lastActivity = m_clock.nowUtc();
    m_fired = false;
}

void IdleMonitor::check()
{
    if (m_fired)
        return;
    const qint64 idleSecs = m_lastActivity.secsTo(m_clock.nowUtc());
    if (idleSecs >= std::chrono::duration_cast<std::chrono::seconds>(m_limit).count()) {
        m_fired = true;
        emit idle();
    }
}

} // namespace kakanai
