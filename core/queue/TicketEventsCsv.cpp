#include "TicketEventsCsv.h"

#include "common/PrivateFiles.h"
#include "queue/TicketFactsReader.h"
#include "queue/ZoneOffsets.h"
#include "store/SqlStore.h"

#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace kakanai::queue {

namespace {

// Rows are gathered into chunks of about this size before each write.
constexpr qsizetype chunkBytes = 64 * 1024;

Status writeAll(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) == bytes.size())
        return {};
    const auto *file = qobject_cast<const QFileDevice *>(&out);
    if (file && file->error() == QFileDevice::ResourceError)
        return fail(ErrorCode::DiskFull, TicketEventsCsv::tr("The disk is full: the CSV file could not be written."),
                    QStringLiteral("csv export: ") + out.errorString());
    return fail(ErrorCode::Io, TicketEventsCsv::tr("The CSV file could not be written."),
                QStringLiteral("csv export: ") + out.errorString());
}

void appendTime(QByteArray &line, ZoneOffsets &zone, const QSqlQuery &query, int column)
{
    line += ',';
    if (!query.isNull(column))
        line += zone.isoLocal(query.value(column).toLongLong());
}

void appendNumber(QByteArray &line, const QSqlQuery &query, int column)
{
    line += ',';
    if (!query.isNull(column))
        line += QByteArray::number(query.value(column).toLongLong());
}

void appendText(QByteArray &line, const QSqlQuery &query, int column)
{
    line += ',';
    TicketEventsCsv::appendField(line, query.value(column).toString());
}

} // namespace

QByteArray TicketEventsCsv::header()
{
    return QByteArrayLiteral("\xEF\xBB\xBF"
                             "ticket_id,office_date,category,ticket,priority,issued,arrival,first_called,"
                             "service_start,done,counter,staff,staff_on_duty,estimated_wait_s,outcome\r\n");
}

void TicketEventsCsv::appendField(QByteArray &line, QStringView field)
{
    const bool quote = std::any_of(field.cbegin(), field.cend(), [](QChar c) {
        return c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
    });
    if (!quote) {
        line += field.toUtf8();
        return;
    }
    line += '"';
    line += field.toString().replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8();
    line += '"';
}

Result<qint64> TicketEventsCsv::write(SqlStore &store, QDate from, QDate to, const QTimeZone &zone, QIODevice &out)
{
    if (auto ok = TicketFactsReader::checkRange(from, to); !ok)
        return std::unexpected(ok.error());
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ticket_id, office_date, category, display, priority, issued_at, arrival_at, "
                                 "first_called_at, service_started_at, finished_at, counter_id, staff_id, "
                                 "staff_on_duty, estimated_wait_s, state FROM ticket WHERE ")
                  + TicketFactsReader::issuedTicketsBetween()
                  + QStringLiteral(" ORDER BY office_date, issued_at, ticket_id"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (auto ok = store.exec(query); !ok)
        return std::unexpected(ok.error());

    ZoneOffsets offsets(zone);
    QByteArray chunk = header();
    chunk.reserve(chunkBytes + 1024);
    qint64 tickets = 0;
    while (query.next()) {
        appendField(chunk, query.value(0).toString());
        appendText(chunk, query, 1);
        appendText(chunk, query, 2);
        appendText(chunk, query, 3);
        appendNumber(chunk, query, 4);
        for (int column = 5; column <= 9; ++column)
            appendTime(chunk, offsets, query, column);
        appendText(chunk, query, 10);
        appendText(chunk, query, 11);
        appendNumber(chunk, query, 12);
        appendNumber(chunk, query, 13);
        chunk += ',';
        chunk += TicketFactsReader::outcomeName(TicketFactsReader::outcomeForState(query.value(14).toString())).toLatin1();
        chunk += "\r\n";
        ++tickets;
        if (chunk.size() >= chunkBytes) {
            if (auto ok = writeAll(out, chunk); !ok)
                return std::unexpected(ok.error());
            chunk.clear();
        }
    }
    if (query.lastError().isValid())
        return fail(ErrorCode::StoreUnreachable, TicketFactsReader::tr("The tickets could not be read from the office store."),
                    QStringLiteral("csv export: ") + query.lastError().nativeErrorCode());
    if (auto ok = writeAll(out, chunk); !ok)
        return std::unexpected(ok.error());
    return tickets;
}

Result<qint64> TicketEventsCsv::exportToFile(SqlStore &store, QDate from, QDate to, const QTimeZone &zone,
                                             const QString &path)
{
    if (auto ok = TicketFactsReader::checkRange(from, to); !ok)
        return std::unexpected(ok.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("The CSV file could not be created: check that its folder exists and may be written to."),
                    QStringLiteral("csv export: ") + file.errorString());
    // Staff ids and times: not for everyone on the PC (as the audit export).
    PrivateFiles::restrictFile(file);
    auto written = write(store, from, to, zone, file);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit()) {
        if (file.error() == QFileDevice::ResourceError)
            return fail(ErrorCode::DiskFull, tr("The disk is full: the CSV file could not be written."),
                        QStringLiteral("csv export: ") + file.errorString());
        return fail(ErrorCode::Io, tr("The CSV file could not be written."),
                    QStringLiteral("csv export: ") + file.errorString());
    }
    return written;
}

} // namespace kakanai::queue
