#include "QueueService.h"

#include "TicketRows.h"
#include "TicketStateMachine.h"
#include "WaitEstimator.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "office/DailyNumbers.h"
#include "office/OfficeStore.h"
#include "store/SqlStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace kakanai::queue {

QueueOptions QueueOptions::fromSettings(const Settings &settings)
{
    QueueOptions options;
    options.terminalId = settings.string(SettingKey::TerminalId);
    options.zone = QTimeZone(settings.string(SettingKey::OfficeTimeZone).toUtf8());
    options.maxCalls = settings.integer(SettingKey::QueueMaxCalls);
    options.defaultServiceSeconds = settings.integer(SettingKey::QueueDefaultServiceMinutes) * 60;
    return options;
}

QueueService::QueueService(SqlStore &store, const Clock &clock, QueueOptions options, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_options(std::move(options))
{
}

QDate QueueService::officeToday() const
{
    return OfficeCalendar(m_clock, m_options.zone).today();
}

QDateTime QueueService::nowUtc() const
{
    return m_clock.nowUtc();
}

qint64 QueueService::nowMs() const
{
    return m_clock.nowUtc().toMSecsSinceEpoch();
}

Status QueueService::allowed(const QueueActor &actor, Action action) const
{
    if (Permissions::allows(actor.role, action))
        return {};
    return fail(ErrorCode::NotAllowed,
                tr("A %1 may not do this with queue tickets.").arg(Permissions::displayName(actor.role)),
                Permissions::actionName(action));
}

Status QueueService::lockQueue()
{
    return OfficeStore::lockForWriters(m_store, QStringLiteral("queue_counter"));
}

// ---- categories and counters ----------------------------------------------

Result<QList<QueueCategory>> QueueService::categories() const
{
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM queue_category WHERE active = 1 ORDER BY sort_order, code")
                  .arg(TicketRows::categoryColumns()));
    if (auto ok = m_store.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<QueueCategory> out;
    while (q.next())
        out.append(TicketRows::category(q));
    return out;
}

Result<QueueCategory> QueueService::category(const QString &code) const
{
    auto all = categories();
    if (!all)
        return std::unexpected(all.error());
    for (const auto &c : *all)
        if (c.code == code)
            return c;
    return fail(ErrorCode::NotFound, tr("There is no ticket category “%1”.").arg(code), code);
}

Result<QueueCategory> QueueService::categoryForProcedures(const QStringList &procedures) const
{
    auto all = categories();
    if (!all)
        return std::unexpected(all.error());
    for (const auto &c : *all)
        for (const QString &p : procedures)
            if (c.procedures.contains(p))
                return c;
    return fail(ErrorCode::NotFound, tr("No ticket category serves these procedures; choose one."),
                procedures.join(QLatin1Char(' ')));
}

Result<QList<QueueCounter>> QueueService::counters() const
{
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM queue_counter ORDER BY length(counter_id), counter_id")
                  .arg(TicketRows::counterColumns()));
    if (auto ok = m_store.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<QueueCounter> out;
    while (q.next())
        out.append(TicketRows::counter(q));
    return out;
}

Status QueueService::saveCounter(const QueueCounter &counter)
{
    if (counter.counterId.isEmpty() || counter.counterId.size() > 16)
        return fail(ErrorCode::InvalidArgument, tr("A counter needs an ID of 1 to 16 characters."), counter.counterId);
    return m_store.inTransaction([&]() -> Status {
        if (auto locked = lockQueue(); !locked)
            return locked;
        QSqlQuery q(m_store.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO queue_counter (counter_id, name_ja, name_en, categories, is_open, updated_at) "
            "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (counter_id) DO UPDATE SET name_ja = excluded.name_ja, "
            "name_en = excluded.name_en, categories = excluded.categories, updated_at = excluded.updated_at"));
        q.addBindValue(counter.counterId);
        q.addBindValue(counter.nameJa.isEmpty() ? TicketRows::defaultCounterNameJa(counter.counterId) : counter.nameJa);
        q.addBindValue(counter.nameEn.isEmpty() ? TicketRows::defaultCounterNameEn(counter.counterId) : counter.nameEn);
        q.addBindValue(TicketRows::words(counter.categories));
        q.addBindValue(nowMs());
        return m_store.exec(q);
    });
}

Status QueueService::requireCounter(const QString &counterId) const
{
    if (counterId.isEmpty() || counterId.size() > 16)
        return fail(ErrorCode::InvalidArgument,
                    tr("This PC has no counter set: set queue/counter (Settings) to call tickets."), counterId);
    return {};
}

Status QueueService::openCounter(const QueueActor &actor, const QString &counterId)
{
    if (auto ok = allowed(actor, Action::CallTicket); !ok)
        return ok;
    if (auto ok = requireCounter(counterId); !ok)
        return ok;
    return m_store.inTransaction([&]() -> Status {
        if (auto locked = lockQueue(); !locked)
            return locked;
        QSqlQuery q(m_store.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO queue_counter (counter_id, name_ja, name_en, categories, is_open, staff_id, terminal_id, "
            "updated_at) VALUES (?, ?, ?, '', 1, ?, ?, ?) ON CONFLICT (counter_id) DO UPDATE SET is_open = 1, "
            "staff_id = excluded.staff_id, terminal_id = excluded.terminal_id, updated_at = excluded.updated_at"));
        q.addBindValue(counterId);
        q.addBindValue(TicketRows::defaultCounterNameJa(counterId));
        q.addBindValue(TicketRows::defaultCounterNameEn(counterId));
        q.addBindValue(actor.staffId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(actor.staffId));
        q.addBindValue(m_options.terminalId);
        q.addBindValue(nowMs());
        return m_store.exec(q);
    });
}

Status QueueService::closeCounter(const QueueActor &actor, const QString &counterId)
{
    if (auto ok = allowed(actor, Action::CallTicket); !ok)
        return ok;
    return m_store.inTransaction([&]() -> Status {
        if (auto locked = lockQueue(); !locked)
            return locked;
        QSqlQuery q(m_store.connection());
        q.prepare(QStringLiteral("UPDATE queue_counter SET is_open = 0, staff_id = NULL, updated_at = ? "
                                 "WHERE counter_id = ? AND is_open = 1"));
        q.addBindValue(nowMs());
        q.addBindValue(counterId);
        return m_store.exec(q);
    });
}

Result<int> QueueService::staffOnDuty() const
{
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM queue_counter WHERE is_open = 1"));
    if (auto ok = m_store.exec(q); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toInt() : 0;
}

double QueueService::countersServing(const QString &categoryCode, const QList<QueueCategory> &activeCategories,
                                     const QList<QueueCounter> &counterList)
{
    double share = 0;
    for (const auto &counter : counterList) {
        if (!counter.open || !counter.serves(categoryCode))
            continue;
        int served = 0;
        for (const auto &c : activeCategories)
            served += counter.serves(c.code) ? 1 : 0;
        share += served > 0 ? 1.0 / served : 0.0;
    }
    return share;
}

Result<std::optional<int>> QueueService::estimateSeconds(const QString &categoryCode, int peopleAhead) const
{
    auto all = categories();
    if (!all)
        return std::unexpected(all.error());
    auto list = counters();
    if (!list)
        return std::unexpected(list.error());
    return estimateSeconds(categoryCode, peopleAhead, *all, *list);
}

Result<std::optional<int>> QueueService::estimateSeconds(const QString &categoryCode, int peopleAhead,
                                                         const QList<QueueCategory> &activeCategories,
                                                         const QList<QueueCounter> &counterList) const
{
    WaitEstimator::Basis basis;
    basis.peopleAhead = peopleAhead;
    basis.defaultServiceSeconds = m_options.defaultServiceSeconds;
    basis.countersServing = countersServing(categoryCode, activeCategories, counterList);
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT finished_at - service_started_at FROM ticket WHERE office_date = ? AND "
                             "state = 'done' AND category = ? AND service_started_at IS NOT NULL "
                             "ORDER BY finished_at DESC LIMIT %1")
                  .arg(WaitEstimator::kMaxSamples));
    q.addBindValue(officeToday().toString(Qt::ISODate));
    q.addBindValue(categoryCode);
    if (auto ok = m_store.exec(q); !ok)
        return std::unexpected(ok.error());
    while (q.next())
        basis.recentServiceMs.append(q.value(0).toLongLong());
    return WaitEstimator::estimateSeconds(basis);
}

// ---- reads ------------------------------------------------------------------

Result<QList<Ticket>> QueueService::selectTickets(QSqlQuery &query) const
{
    if (auto ok = m_store.exec(query); !ok)
        return std::unexpected(ok.error());
    QList<Ticket> out;
    while (query.next())
        out.append(TicketRows::ticket(query));
    return out;
}

Result<Ticket> QueueService::oneTicket(QSqlQuery &query, const QString &what) const
{
    auto list = selectTickets(query);
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no ticket %1 today.").arg(what), what);
    return list->first();
}

Result<Ticket> QueueService::ticket(const QString &ticketId) const
{
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE ticket_id = ?").arg(TicketRows::ticketColumns()));
    q.addBindValue(ticketId);
    return oneTicket(q, ticketId);
}

Result<Ticket> QueueService::ticketByDisplay(const QString &display) const
{
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE office_date = ? AND display = ? AND state <> 'pending'")
                  .arg(TicketRows::ticketColumns()));
    q.addBindValue(officeToday().toString(Qt::ISODate));
    q.addBindValue(display.trimmed().toUpper());
    return oneTicket(q, display);
}

Result<std::optional<Ticket>> QueueService::activeAt(const QString &counterId) const
{
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE counter_id = ? AND state IN ('called', 'serving')")
                  .arg(TicketRows::ticketColumns()));
    q.addBindValue(counterId);
    auto list = selectTickets(q);
    if (!list)
        return std::unexpected(list.error());
    return list->isEmpty() ? std::optional<Ticket>() : std::optional<Ticket>(list->first());
}

Result<Ticket> QueueService::activeTicketAt(const QString &counterId) const
{
    auto active = activeAt(counterId);
    if (!active)
        return std::unexpected(active.error());
    if (!active->has_value())
        return fail(ErrorCode::TicketTransitionRefused,
                    tr("Counter %1 has no ticket called or being served.").arg(counterId), counterId);
    return **active;
}

Result<QList<Ticket>> QueueService::today(const QList<TicketState> &states) const
{
    QStringList names;
    for (TicketState s : states)
        names.append(QStringLiteral("'%1'").arg(stateName(s))); // our own constants, not input
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE office_date = ? %2 ORDER BY arrival_at, number")
                  .arg(TicketRows::ticketColumns(),
                       names.isEmpty() ? QString() : QStringLiteral("AND state IN (%1)").arg(names.join(u','))));
    q.addBindValue(officeToday().toString(Qt::ISODate));
    return selectTickets(q);
}

Result<QList<Ticket>> QueueService::waitingFor(const QString &counterId) const
{
    auto list = counters();
    if (!list)
        return std::unexpected(list.error());
    QStringList serves;
    for (const auto &c : *list)
        if (c.counterId == counterId)
            serves = c.categories;
    // Sent to this counter first, then priority, then arrival: callNext takes the first.
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE office_date = ? AND state = 'waiting' AND "
                             "(target_counter = ? OR (target_counter IS NULL%2)) "
                             "ORDER BY CASE WHEN target_counter = ? THEN 1 ELSE 0 END DESC, priority DESC, "
                             "arrival_at, number")
                  .arg(TicketRows::ticketColumns(),
                       serves.isEmpty() ? QString()
                                        : QStringLiteral(" AND category IN (%1)")
                                              .arg(QStringList(serves.size(), QStringLiteral("?")).join(u','))));
    q.addBindValue(officeToday().toString(Qt::ISODate));
    q.addBindValue(counterId);
    for (const QString &code : std::as_const(serves))
        q.addBindValue(code);
    q.addBindValue(counterId);
    return selectTickets(q);
}

Result<std::pair<QList<Ticket>, QList<Ticket>>> QueueService::calls(int recent) const
{
    const QString day = officeToday().toString(Qt::ISODate);
    QSqlQuery now(m_store.connection());
    now.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE office_date = ? AND state = 'called' "
                               "ORDER BY last_called_at DESC")
                    .arg(TicketRows::ticketColumns()));
    now.addBindValue(day);
    auto calling = selectTickets(now);
    if (!calling)
        return std::unexpected(calling.error());
    QSqlQuery before(m_store.connection());
    before.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE office_date = ? AND state IN ('serving', 'done', "
                                  "'no-show') AND last_called_at IS NOT NULL ORDER BY last_called_at DESC LIMIT ?")
                       .arg(TicketRows::ticketColumns()));
    before.addBindValue(day);
    before.addBindValue(std::max(recent, 0));
    auto earlier = selectTickets(before);
    if (!earlier)
        return std::unexpected(earlier.error());
    return std::pair{*calling, *earlier};
}

Result<QHash<QString, int>> QueueService::waitingCounts() const
{
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT category, count(*) FROM ticket WHERE office_date = ? AND state = 'waiting' "
                             "GROUP BY category"));
    q.addBindValue(officeToday().toString(Qt::ISODate));
    if (auto ok = m_store.exec(q); !ok)
        return std::unexpected(ok.error());
    QHash<QString, int> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

Result<int> QueueService::peopleAhead(const Ticket &t) const
{
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM ticket WHERE office_date = ? AND category = ? AND state = 'waiting' "
                             "AND ticket_id <> ? AND (priority > ? OR (priority = ? AND (arrival_at < ? OR "
                             "(arrival_at = ? AND number < ?))))"));
    q.addBindValue(t.officeDate.toString(Qt::ISODate));
    q.addBindValue(t.category);
    q.addBindValue(t.ticketId);
    q.addBindValue(int(t.priority));
    q.addBindValue(int(t.priority));
    q.addBindValue(t.arrivalAt.toMSecsSinceEpoch());
    q.addBindValue(t.arrivalAt.toMSecsSinceEpoch());
    q.addBindValue(t.number);
    if (auto ok = m_store.exec(q); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace kakanai::queue
