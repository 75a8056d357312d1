#include "ZoneOffsets.h"

#include <QDateTime>

#include <cstdio>
#include <cstdlib>

namespace kakanai::queue {

namespace {

constexpr qint64 msPerHour = 3600 * 1000;
constexpr qint64 msPerDay = 24 * msPerHour;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Civil date of a day count since 1970-01-01 (the proleptic Gregorian
// calendar; H. Hinnant's days-to-civil algorithm).
void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthPart = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * monthPart + 2) / 5 + 1);
    month = int(monthPart < 10 ? monthPart + 3 : monthPart - 9);
    year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

} // namespace

int ZoneOffsets::offsetAt(qint64 utcMs)
{
    const qint64 hour = floorDiv(utcMs, msPerHour);
    if (hour != m_lastHour) {
        auto it = m_hours.constFind(hour);
        if (it == m_hours.cend()) {
            const qint64 start = hour * msPerHour;
            HourOffsets offsets;
            offsets.atStart = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC));
            offsets.atEnd = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(start + msPerHour - 1, Qt::UTC));
            it = m_hours.insert(hour, offsets);
        }
        m_lastHour = hour;
        m_last = *it;
    }
    if (m_last.atStart == m_last.atEnd)
        return m_last.atStart;
    // The hour a transition falls in: ask the zone for this instant.
    return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
}

ZoneOffsets::LocalTime ZoneOffsets::localTime(qint64 utcMs)
{
    LocalTime t;
    t.offsetSeconds = offsetAt(utcMs);
    const qint64 local = utcMs + qint64(t.offsetSeconds) * 1000;
    const qint64 days = floorDiv(local, msPerDay);
    qint64 msOfDay = local - days * msPerDay;
    civilFromDays(days, t.year, t.month, t.day);
    t.hour = int(msOfDay / msPerHour);
    msOfDay -= qint64(t.hour) * msPerHour;
    t.minute = int(msOfDay / 60000);
    msOfDay -= qint64(t.minute) * 60000;
    t.second = int(msOfDay / 1000);
    t.millisecond = int(msOfDay - qint64(t.second) * 1000);
    return t;
}

int ZoneOffsets::localHour(qint64 utcMs)
{
    const qint64 local = utcMs + qint64(offsetAt(utcMs)) * 1000;
    return int((local - floorDiv(local, msPerDay) * msPerDay) / msPerHour);
}

QByteArray ZoneOffsets::isoLocal(qint64 utcMs)
{
    const LocalTime t = localTime(utcMs);
    const int offsetMinutes = std::abs(t.offsetSeconds) / 60;
    char text[40];
    const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03d%c%02d:%02d", t.year, t.month,
                                t.day, t.hour, t.minute, t.second, t.millisecond, t.offsetSeconds < 0 ? '-' : '+',
                                offsetMinutes / 60, offsetMinutes % 60);
    return QByteArray(text, n);
}

} // namespace kakanai::queue
