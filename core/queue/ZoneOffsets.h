#pragma once

#include <QByteArray>
#include <QHash>
#include <QTimeZone>

#include <limits>

namespace kakanai::queue {

// Local wall-clock fields of UTC instants in the office's zone, for the
// statistics and the CSV export, which convert millions of them: QDateTime
// with a QTimeZone costs microseconds per call, so the zone's offset is looked
// up once per UTC hour and cached (an offset changes at most once within an
// hour; such an hour is resolved exactly).
class ZoneOffsets {
public:
    explicit ZoneOffsets(QTimeZone zone) : m_zone(std::move(zone)) {}

    struct LocalTime {
        int year = 1970, month = 1, day = 1;
        int hour = 0, minute = 0, second = 0, millisecond = 0;
        int offsetSeconds = 0;
    };

    // Seconds east of UTC at `utcMs`.
    int offsetAt(qint64 utcMs);
    LocalTime localTime(qint64 utcMs);
    int localHour(qint64 utcMs);
    // "2026-04-01T09:15:30.250+09:00" (ISO 8601, milliseconds, the offset).
    QByteArray isoLocal(qint64 utcMs);

private:
    struct HourOffsets {
        int atStart = 0;
        int atEnd = 0;
    };

    QTimeZone m_zone;
    QHash<qint64, HourOffsets> m_hours; // UTC hour number → offsets
    qint64 m_lastHour = std::numeric_limits<qint64>::min();
    HourOffsets m_last;
};

} // namespace kakanai::queue
