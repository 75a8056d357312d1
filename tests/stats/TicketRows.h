#pragma once
// Ticket rows written straight into an office store's ticket table (valid
// per migration 0004's checks), for the statistics' reader, CSV and CLI
// tests: the statistics only read, so their input is made with SQL.

#include "store/SqlStore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace kakanai::test {

struct TicketRow {
    int n = 0;                    // ticket_id 00000000-0000-4000-8000-<n, 12 digits>, and its number
    QString officeDate;           // "2026-04-01"
    QString category = QStringLiteral("certificates");
    QString display = QStringLiteral("A001");
    QString state = QStringLiteral("done");
    QString outcomeDetail;
    int priority = 0;
    qint64 issuedMs = 0;
    qint64 arrivalMs = 0;
    std::optional<qint64> firstCalledMs;
    std::optional<qint64> serviceStartedMs;
    std::optional<qint64> finishedMs;
    QString counterId;            // empty: NULL
    QString staffId;              // empty: NULL
    int staffOnDuty = 0;
    std::optional<int> estimatedWaitS;
};

inline QString ticketUuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

// Milliseconds since the epoch of a Tokyo wall-clock time.
inline qint64 tokyoMs(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone(QByteArrayLiteral("Asia/Tokyo"))).toMSecsSinceEpoch();
}

inline QVariant orNull(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qlonglong>());
}

inline QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// One prepared INSERT, run once per row (a month of tickets goes in quickly).
class TicketInserter {
public:
    explicit TicketInserter(SqlStore &store) : m_store(store), m_query(store.connection())
    {
        m_query.prepare(QStringLiteral(
            "INSERT INTO ticket (ticket_id, office_date, series, number, display, category, state, priority, "
            "issued_at, arrival_at, call_count, counter_id, staff_id, first_called_at, last_called_at, "
            "service_started_at, finished_at, staff_on_duty, estimated_wait_s, printed, outcome_detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }

    Status insert(const TicketRow &row)
    {
        const QVariantList values{ticketUuid(row.n), row.officeDate, row.category, row.n, row.display, row.category,
                                  row.state, row.priority, row.issuedMs, row.arrivalMs, row.firstCalledMs ? 1 : 0,
                                  orNull(row.counterId), orNull(row.staffId), orNull(row.firstCalledMs),
                                  orNull(row.firstCalledMs), orNull(row.serviceStartedMs), orNull(row.finishedMs),
                                  row.staffOnDuty,
                                  row.estimatedWaitS ? QVariant(*row.estimatedWaitS)
                                                     : QVariant(QMetaType::fromType<int>()),
                                  1, row.outcomeDetail.isNull() ? QStringLiteral("") : row.outcomeDetail};
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        return m_store.exec(m_query);
    }

private:
    SqlStore &m_store;
    QSqlQuery m_query;
};

inline Status insertTicket(SqlStore &store, const TicketRow &row)
{
    return TicketInserter(store).insert(row);
}

} // namespace kakanai::test
