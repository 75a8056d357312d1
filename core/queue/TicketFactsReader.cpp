#include "TicketFactsReader.h"

#include "store/SqlStore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace kakanai::queue {

namespace {

// Category, counter and staff ids repeat on every row: one shared copy each
// instead of a million.
class Interned {
public:
    QString operator()(const QVariant &value)
    {
        if (value.isNull())
            return {};
        const QString text = value.toString();
        auto it = m_strings.constFind(text);
        if (it == m_strings.cend())
            it = m_strings.insert(text, text);
        return *it;
    }

private:
    QHash<QString, QString> m_strings;
};

std::optional<qint64> optionalNumber(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toLongLong();
}

} // namespace

QString TicketFactsReader::issuedTicketsBetween()
{
    return QStringLiteral("office_date BETWEEN ? AND ? AND state <> 'pending' "
                          "AND NOT (state = 'cancelled' AND outcome_detail = 'not-issued')");
}

Status TicketFactsReader::checkRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return fail(ErrorCode::InvalidArgument, tr("The period is not valid: its first day must not be after its last."),
                    QStringLiteral("ticket facts: invalid date range"));
    return {};
}

TicketFacts::Outcome TicketFactsReader::outcomeForState(QStringView state)
{
    if (state == u"done")
        return TicketFacts::Outcome::Done;
    if (state == u"no-show")
        return TicketFacts::Outcome::NoShow;
    if (state == u"cancelled")
        return TicketFacts::Outcome::Cancelled;
    return TicketFacts::Outcome::Open;
}

QString TicketFactsReader::outcomeName(TicketFacts::Outcome outcome)
{
    switch (outcome) {
    case TicketFacts::Outcome::Open: return QStringLiteral("open");
    case TicketFacts::Outcome::Done: return QStringLiteral("done");
    case TicketFacts::Outcome::NoShow: return QStringLiteral("no-show");
    case TicketFacts::Outcome::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

Result<QList<TicketFacts>> TicketFactsReader::read(SqlStore &store, QDate from, QDate to)
{
    if (auto ok = checkRange(from, to); !ok)
        return std::unexpected(ok.error());
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ticket_id, office_date, category, state, priority, issued_at, arrival_at, "
                                 "first_called_at, service_started_at, finished_at, counter_id, staff_id, "
                                 "staff_on_duty, estimated_wait_s FROM ticket WHERE ")
                  + issuedTicketsBetween() + QStringLiteral(" ORDER BY office_date"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (auto ok = store.exec(query); !ok)
        return std::unexpected(ok.error());

    QList<TicketFacts> facts;
    Interned interned;
    QString lastDateText;
    QDate lastDate;
    while (query.next()) {
        TicketFacts t;
        t.ticketId = query.value(0).toString();
        // Rows come date by date: parse each office date once.
        const QString dateText = query.value(1).toString();
        if (dateText != lastDateText) {
            lastDateText = dateText;
            lastDate = QDate::fromString(dateText, Qt::ISODate);
        }
        t.officeDate = lastDate;
        t.category = interned(query.value(2));
        t.outcome = outcomeForState(query.value(3).toString());
        t.priority = query.value(4).toInt();
        t.issuedMs = query.value(5).toLongLong();
        t.arrivalMs = query.value(6).toLongLong();
        t.firstCalledMs = optionalNumber(query, 7);
        t.serviceStartedMs = optionalNumber(query, 8);
        t.finishedMs = optionalNumber(query, 9);
        t.counterId = interned(query.value(10));
        t.staffId = interned(query.value(11));
        t.staffOnDuty = query.value(12).toInt();
        if (!query.isNull(13))
            t.estimatedWaitSeconds = query.value(13).toInt();
        facts.append(std::move(t));
    }
    if (query.lastError().isValid())
        return fail(ErrorCode::StoreUnreachable, tr("The tickets could not be read from the office store."),
                    QStringLiteral("ticket facts: ") + query.lastError().nativeErrorCode());
    return facts;
}

} // namespace kakanai::queue
