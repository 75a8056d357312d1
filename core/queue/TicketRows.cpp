#include "TicketRows.h"

#include <QSqlQuery>
#include <QVariant>

namespace kakanai::queue::TicketRows {
namespace {

QDateTime utc(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QStringList wordList(const QVariant &v)
{
    return v.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QString ticketColumns()
{
    return QStringLiteral("ticket_id, office_date, series, number, display, category, procedures, state, priority, "
                          "issued_at, arrival_at, call_count, counter_id, target_counter, staff_id, first_called_at, "
                          "last_called_at, service_started_at, finished_at, staff_on_duty, estimated_wait_s, printed, "
                          "visit_id");
}

Ticket ticket(const QSqlQuery &q)
{
    Ticket t;
    t.ticketId = q.value(0).toString();
    t.officeDate = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    t.series = q.value(2).toString();
    t.number = q.value(3).toInt();
    t.display = q.value(4).toString();
    t.category = q.value(5).toString();
    t.procedures = wordList(q.value(6));
    t.state = stateFromName(q.value(7).toString()).value_or(TicketState::Cancelled);
    t.priority = TicketPriority(std::clamp(q.value(8).toInt(), 0, 2));
    t.issuedAt = utc(q.value(9));
    t.arrivalAt = utc(q.value(10));
    t.callCount = q.value(11).toInt();
    t.counterId = q.value(12).toString();
    t.targetCounter = q.value(13).toString();
    t.staffId = q.value(14).toString();
    t.firstCalledAt = utc(q.value(15));
    t.lastCalledAt = utc(q.value(16));
    t.serviceStartedAt = utc(q.value(17));
    t.finishedAt = utc(q.value(18));
    t.staffOnDuty = q.value(19).toInt();
    if (!q.value(20).isNull())
        t.estimatedWaitSeconds = q.value(20).toInt();
    t.printed = q.value(21).toInt() != 0;
    t.visitId = q.value(22).toString();
    return t;
}

QString categoryColumns()
{
    return QStringLiteral("code, prefix, first_number, last_number, name_ja, name_en, procedures, sort_order, active");
}

QueueCategory category(const QSqlQuery &q)
{
    QueueCategory c;
    c.code = q.value(0).toString();
    c.prefix = q.value(1).toString();
    c.firstNumber = q.value(2).toInt();
    c.lastNumber = q.value(3).toInt();
    c.nameJa = q.value(4).toString();
    c.nameEn = q.value(5).toString();
    c.procedures = wordList(q.value(6));
    c.sortOrder = q.value(7).toInt();
    c.active = q.value(8).toInt() != 0;
    return c;
}

QString counterColumns()
{
    return QStringLiteral("counter_id, name_ja, name_en, categories, is_open, staff_id, terminal_id");
}

QueueCounter counter(const QSqlQuery &q)
{
    QueueCounter c;
    c.counterId = q.value(0).toString();
    c.nameJa = q.value(1).toString();
    c.nameEn = q.value(2).toString();
    c.categories = wordList(q.value(3));
    c.open = q.value(4).toInt() != 0;
    c.staffId = q.value(5).toString();
    c.terminalId = q.value(6).toString();
    return c;
}

QString words(const QStringList &list)
{
    return list.isEmpty() ? QStringLiteral("") : list.join(u' ');
}

QString seriesFor(const QString &categoryCode)
{
    return QStringLiteral("ticket:") + categoryCode;
}

QString notIssued()
{
    return QStringLiteral("not-issued");
}

QString defaultCounterNameJa(const QString &counterId)
{
    return counterId + QStringLiteral("番窓口");
}

QString defaultCounterNameEn(const QString &counterId)
{
    return QStringLiteral("Counter ") + counterId;
}

} // namespace kakanai::queue::TicketRows
