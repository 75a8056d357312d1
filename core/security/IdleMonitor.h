#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>

class QTimer;

namespace kakanai {

class Clock;

// Decides when the counter PC has been idle long enough to lock. Activity is
// reported by the UI (an event filter on key and mouse input); time comes from
// the injected clock, and check() — called by a coarse timer, or by tests
// after moving a ManualClock — emits idle() once per idle period.
class IdleMonitor : public QObject {
    Q_OBJECT
public:
    IdleMonitor(const Clock &clock, std::chrono::minutes limit, QObject *parent = nullptr);

    void setLimit(std::chrono::minutes limit) { m_limit = limit; }
    std::chrono::minutes limit() const { return m_limit; }

    // Starts a timer that calls check() every `interval` (default 5 s).
    void start(std::chrono::milliseconds interval = std::chrono::seconds(5));
    void stop();

public slots:
    void activity();
    void check();

signals:
    void idle();

private:
    const Clock &m_clock;
    std::chrono::minutes m_limit;
    QDateTime m_lastActivity;
    bool m_fired = false;
    QTimer *m_timer;
};

} // namespace kakanai
