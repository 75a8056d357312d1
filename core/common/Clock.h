#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace kakanai {

// Where "now" comes from. Passed in through constructors so that queue resets
// at midnight, idle locks and backoff timers can be tested with a moved clock.
class Clock {
public:
    virtual ~Clock() = default;
    // Current instant in UTC.
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to. For tests and the benchmarks.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime startUtc) : m_now(startUtc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void setNowUtc(const QDateTime &t) { m_now = t.toUTC(); }
    void advanceMsecs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

// The office's local calendar: "today" for queue numbers and statistics is the
// office's date (Asia/Tokyo unless configured), not the PC's or UTC's.
class OfficeCalendar {
public:
    OfficeCalendar(const Clock &clock, QTimeZone zone) : m_clock(clock), m_zone(std::move(zone)) {}

    QDateTime nowLocal() const { return m_clock.nowUtc().toTimeZone(m_zone); }
    QDate today() const { return nowLocal().date(); }
    const QTimeZone &zone() const { return m_zone; }
    // The instant local midnight starts the given office date.
    QDateTime startOfDayUtc(QDate date) const { return date.startOfDay(m_zone).toUTC(); }

    static QTimeZone defaultZone() { return QTimeZone(QByteArrayLiteral("Asia/Tokyo")); }

private:
    const Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace kakanai
