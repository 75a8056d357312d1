#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QStringView>
#include <QTimeZone>

class QIODevice;

namespace kakanai {
class SqlStore;
}

namespace kakanai::queue {

// `kakanai-cli stats export-events`: one row per issued ticket of a period,
// so that anyone can recompute the statistics (docs/user/statistics.md,
// "The CSV file"). UTF-8 with a byte order mark (Excel in Japan reads it as
// UTF-8 only then), RFC 4180: comma separated, CRLF line ends, a field in
// double quotes when it holds a comma, a quote, CR or LF (quotes doubled).
// Columns: ticket_id, office_date, category, ticket, priority, issued,
// arrival, first_called, service_start, done, counter, staff, staff_on_duty,
// estimated_wait_s, outcome. Times are ISO 8601 local times of the office
// zone with milliseconds and the offset ("2026-04-01T09:15:30.250+09:00");
// a time or number that is absent is an empty field.
class TicketEventsCsv {
    Q_DECLARE_TR_FUNCTIONS(TicketEventsCsv)
public:
    // The byte order mark and the header line.
    static QByteArray header();
    // Streams the rows to `out` (open for writing) as they are read; the
    // number of tickets written.
    static Result<qint64> write(SqlStore &store, QDate from, QDate to, const QTimeZone &zone, QIODevice &out);
    // The same into `path`, all or nothing: a temporary file renamed when
    // complete (QSaveFile), so a failure (a missing folder, a full disk)
    // leaves no file behind. The file is the user's alone (0600).
    static Result<qint64> exportToFile(SqlStore &store, QDate from, QDate to, const QTimeZone &zone,
                                       const QString &path);

    // `field` appended to `line`, quoted when RFC 4180 needs it.
    static void appendField(QByteArray &line, QStringView field);
};

} // namespace kakanai::queue
