#include "HistorySimulator.h"

#include "WaitEstimator.h"

#include "MultiRowInsert.h"
#include "TicketRows.h"
#include "OfficeClosures.h"
#include "SimulatedDay.h"
#include "SimulationRandom.h"
#include "common/Clock.h"
#include "store/SqlStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace kakanai::queue {

namespace {

constexpr int MaxDays = 3660;
constexpr int MaxArrivalsPerDay = 100'000;

// Rows per statement: a few thousand values each (SQLite allows 32766).
// Rows per statement. Qt's SQLite driver looks every parameter up by name
// when it binds, so a statement's cost grows with the square of its
// parameters: a few hundred each is the sweet spot (measured, both engines;
// docs/queue-simulation.md, "Speed").
constexpr int TicketRowsPerStatement = 16;
constexpr int EventRowsPerStatement = 32;

const QStringList TicketColumns{
    QStringLiteral("ticket_id"),        QStringLiteral("office_date"),     QStringLiteral("series"),
    QStringLiteral("number"),           QStringLiteral("display"),         QStringLiteral("category"),
    QStringLiteral("procedures"),       QStringLiteral("state"),           QStringLiteral("priority"),
    QStringLiteral("issued_at"),        QStringLiteral("arrival_at"),      QStringLiteral("call_count"),
    QStringLiteral("counter_id"),       QStringLiteral("staff_id"),        QStringLiteral("first_called_at"),
    QStringLiteral("last_called_at"),   QStringLiteral("service_started_at"), QStringLiteral("finished_at"),
    QStringLiteral("staff_on_duty"),    QStringLiteral("estimated_wait_s"), QStringLiteral("printed"),
    QStringLiteral("outcome_detail")};

const QStringList EventColumns{
    QStringLiteral("ticket_id"),   QStringLiteral("at"),       QStringLiteral("kind"),
    QStringLiteral("from_state"),  QStringLiteral("to_state"), QStringLiteral("category"),
    QStringLiteral("counter_id"),  QStringLiteral("staff_id"), QStringLiteral("terminal_id"),
    QStringLiteral("staff_on_duty"), QStringLiteral("detail")};

QVariant msOrNull(qint64 ms)
{
    return ms < 0 ? QVariant() : QVariant(ms);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// A null QString binds as NULL: columns that are NOT NULL get an empty one.
QVariant textNotNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// SQLite: a page cache big enough for the indexes a run touches (random
// ticket ids spread its inserts over the whole index), for the run only;
// twice as fast as the default 2 MB on a year of tickets.
class LargerPageCache {
public:
    explicit LargerPageCache(SqlStore &store) : m_store(store)
    {
        if (store.dialect() != SqlDialect::Sqlite)
            return;
        QSqlQuery q(store.connection());
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toLongLong();
        q.exec(QStringLiteral("PRAGMA cache_size = -65536")); // KiB: 64 MiB
    }
    ~LargerPageCache()
    {
        if (!m_previous)
            return;
        QSqlQuery q(m_store.connection());
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
    }
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    SqlStore &m_store;
    std::optional<qint64> m_previous;
};

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

} // namespace

double CategorySummary::noShowShare() const
{
    return share(noShows, done + noShows);
}

double HistorySummary::noShowShare() const
{
    qint64 noShows = 0;
    qint64 called = 0;
    for (const CategorySummary &c : categories) {
        noShows += c.noShows;
        called += c.done + c.noShows;
    }
    return share(noShows, called);
}

double HistorySummary::ticketsPerSecond() const
{
    return elapsedMs > 0 ? tickets * 1000.0 / static_cast<double>(elapsedMs) : 0.0;
}

QJsonObject HistorySummary::toJson() const
{
    QJsonArray perCategory;
    for (const CategorySummary &c : categories)
        perCategory.append(QJsonObject{{QStringLiteral("code"), c.code},
                                       {QStringLiteral("tickets"), c.tickets},
                                       {QStringLiteral("done"), c.done},
                                       {QStringLiteral("noShows"), c.noShows},
                                       {QStringLiteral("cancelled"), c.cancelled},
                                       {QStringLiteral("transfersIn"), c.transfersIn},
                                       {QStringLiteral("turnedAway"), c.turnedAway},
                                       {QStringLiteral("noShowShare"), c.noShowShare()}});
    return QJsonObject{{QStringLiteral("first"), firstDate.toString(Qt::ISODate)},
                       {QStringLiteral("last"), lastDate.toString(Qt::ISODate)},
                       {QStringLiteral("seed"), QString::number(seed)},
                       {QStringLiteral("officeDays"), officeDays},
                       {QStringLiteral("closedDays"), closedDays},
                       {QStringLiteral("tickets"), tickets},
                       {QStringLiteral("events"), events},
                       {QStringLiteral("turnedAway"), turnedAway},
                       {QStringLiteral("noShowShare"), noShowShare()},
                       {QStringLiteral("categories"), perCategory},
                       {QStringLiteral("elapsedMs"), elapsedMs},
                       {QStringLiteral("ticketsPerSecond"), qRound64(ticketsPerSecond())}};
}

QList<SimulatedCategory> HistorySimulator::defaultCategories()
{
    // Shares and service times of a small town office (docs/queue-simulation.md).
    return {
        {QStringLiteral("certificates"), 0.64, 5, 0.45, 0.12, 1.4, QStringLiteral("moves")},
        {QStringLiteral("moves"), 0.25, 18, 0.40, 0.04, 2.2, QStringLiteral("special")},
        {QStringLiteral("special"), 0.11, 25, 0.40, 0.18, 1.0, QStringLiteral("moves")},
    };
}

QList<SimulatedCounter> HistorySimulator::defaultCounters(int arrivalsPerDay)
{
    // Six counters per ~180 arrivals, each with a main category and one it
    // helps with. In opening order the first three have every category as
    // their main one, so even the lunch shift serves all of them.
    const QString certificates = QStringLiteral("certificates");
    const QString moves = QStringLiteral("moves");
    const QString special = QStringLiteral("special");
    const QList<QStringList> pattern{
        {certificates, moves}, {moves, certificates}, {special, moves},
        {certificates, special}, {moves, special}, {certificates, moves},
    };
    const int groups = std::max(1, static_cast<int>(std::lround(arrivalsPerDay / 180.0)));
    QList<SimulatedCounter> counters;
    for (int i = 0; i < groups * 6; ++i)
        counters.append({QString::number(i + 1), pattern.at(i % 6)});
    return counters;
}

Status HistorySimulator::validate(const HistoryOptions &options, QDate first, QDate last) const
{
    const QDate today = OfficeCalendar(m_clock, options.zone).today();
    if (!first.isValid() || !last.isValid() || first > last || first.daysTo(last) >= MaxDays)
        return fail(ErrorCode::InvalidArgument, tr("Give between 1 and %1 days to simulate.").arg(MaxDays),
                    QStringLiteral("history-days"));
    if (last >= today)
        return fail(ErrorCode::InvalidArgument,
                    tr("Simulated history must end before today: today's queue is the live one."),
                    QStringLiteral("history-reaches-today"));
    if (options.arrivalsPerDay < 1 || options.arrivalsPerDay > MaxArrivalsPerDay)
        return fail(ErrorCode::InvalidArgument,
                    tr("Arrivals per day must be between 1 and %1.").arg(MaxArrivalsPerDay),
                    QStringLiteral("history-arrivals"));
    if (options.maxCalls < 1)
        return fail(ErrorCode::InvalidArgument, tr("A ticket must be called at least once."),
                    QStringLiteral("history-max-calls"));
    return {};
}

Result<HistorySummary> HistorySimulator::run(const HistoryOptions &requested)
{
    QElapsedTimer elapsed;
    elapsed.start();
    HistoryOptions options = requested;
    if (options.categories.isEmpty())
        options.categories = defaultCategories();
    if (options.counters.isEmpty())
        options.counters = defaultCounters(options.arrivalsPerDay);

    QDate last = options.lastDate;
    QDate first = options.firstDate;
    if (!last.isValid())
        last = OfficeCalendar(m_clock, options.zone).today().addDays(-1);
    if (!first.isValid() && options.days >= 1)
        first = last.addDays(-(options.days - 1));
    if (auto ok = validate(options, first, last); !ok)
        return std::unexpected(ok.error());

    // The categories' bands and procedures as the office configured them.
    QList<SimulatedBand> bands;
    for (const SimulatedCategory &model : std::as_const(options.categories)) {
        QSqlQuery q(m_store.connection());
        q.prepare(QStringLiteral("SELECT prefix, first_number, last_number, procedures FROM queue_category "
                                 "WHERE code = ? AND active = 1"));
        q.addBindValue(model.code);
        if (auto ok = m_store.exec(q); !ok)
            return std::unexpected(ok.error());
        if (!q.next())
            return fail(ErrorCode::InvalidData,
                        tr("The office store has no active ticket category \"%1\", which the simulation needs.")
                            .arg(model.code),
                        model.code);
        SimulatedBand band;
        band.model = model;
        band.prefix = q.value(0).toString();
        band.firstNumber = q.value(1).toInt();
        band.lastNumber = q.value(2).toInt();
        band.procedures = q.value(3).toString().split(u' ', Qt::SkipEmptyParts);
        bands.append(band);
    }
    for (SimulatedBand &band : bands)
        for (int i = 0; i < bands.size(); ++i)
            if (bands.at(i).model.code == band.model.transferTo && bands.at(i).model.code != band.model.code)
                band.transferTo = i;

    // Never over the live queue's history, nor over a simulation already there.
    {
        QStringList marks;
        for (int i = 0; i < bands.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_store.connection());
        q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM ticket WHERE office_date BETWEEN ? AND ?) + "
                                 "(SELECT COUNT(*) FROM daily_number WHERE office_date BETWEEN ? AND ? AND series IN (%1))")
                      .arg(marks.join(u',')));
        for (int i = 0; i < 2; ++i) {
            q.addBindValue(first.toString(Qt::ISODate));
            q.addBindValue(last.toString(Qt::ISODate));
        }
        for (const SimulatedBand &band : std::as_const(bands))
            q.addBindValue(band.model.code);
        if (auto ok = m_store.exec(q); !ok)
            return std::unexpected(ok.error());
        if (!q.next() || q.value(0).toLongLong() > 0)
            return fail(ErrorCode::StoreConstraint,
                        tr("The office store already has tickets in these days. Simulated history is written only "
                           "where there are none; nothing was written."),
                        QStringLiteral("history-overlap"));
    }

    HistorySummary summary;
    summary.firstDate = first;
    summary.lastDate = last;
    summary.seed = options.seed;
    for (const SimulatedBand &band : std::as_const(bands))
        summary.categories.append({band.model.code});

    const LargerPageCache cache(m_store);
    const SimulatedDay day(options, bands, options.counters);
    bool countersWritten = false;
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        if (!OfficeClosures::isOfficeDay(date)) {
            ++summary.closedDays;
            continue;
        }
        // Each day its own stream: a day's history depends on the seed and
        // the date only, not on the range it was simulated in.
        SimulationRandom random(SimulationRandom::mix(options.seed ^ SimulationRandom::mix(date.toJulianDay())));
        const SimulatedDayResult result = day.simulate(date, random);
        const QString officeDate = date.toString(Qt::ISODate);
        auto written = m_store.inTransaction([&]() -> Status {
            if (!countersWritten) {
                MultiRowInsert counters(m_store, QStringLiteral("queue_counter"),
                                        {QStringLiteral("counter_id"), QStringLiteral("name_ja"),
                                         QStringLiteral("name_en"), QStringLiteral("categories"),
                                         QStringLiteral("is_open"), QStringLiteral("updated_at")},
                                        100, QStringLiteral("ON CONFLICT (counter_id) DO NOTHING"));
                for (const SimulatedCounter &c : std::as_const(options.counters))
                    if (auto ok = counters.addRow({c.counterId, TicketRows::defaultCounterNameJa(c.counterId),
                                                   TicketRows::defaultCounterNameEn(c.counterId),
                                                   TicketRows::words(c.categories), 0, now});
                        !ok)
                        return ok;
                if (auto ok = counters.finish(); !ok)
                    return ok;
            }
            MultiRowInsert tickets(m_store, QStringLiteral("ticket"), TicketColumns, TicketRowsPerStatement);
            for (const SimulatedTicket &t : result.tickets) {
                const SimulatedBand &series = bands.at(t.series);
                const QString counter = t.counter >= 0 ? options.counters.at(t.counter).counterId : QString();
                if (auto ok = tickets.addRow(
                        {t.ticketId, officeDate, series.model.code, t.number,
                         series.prefix + QStringLiteral("%1").arg(t.number, 3, 10, QLatin1Char('0')),
                         bands.at(t.category).model.code, textNotNull(t.procedures), stateName(t.state),
                         static_cast<int>(t.priority), t.arrivalMs, t.arrivalMs, t.callCount, textOrNull(counter),
                         textOrNull(t.staffId), msOrNull(t.firstCalledMs), msOrNull(t.lastCalledMs),
                         msOrNull(t.serviceStartedMs), msOrNull(t.finishedMs), t.staffOnDuty,
                         t.estimatedWaitSeconds ? QVariant(*t.estimatedWaitSeconds) : QVariant(), 1,
                         textNotNull(t.outcomeDetail)});
                    !ok)
                    return ok;
            }
            if (auto ok = tickets.finish(); !ok)
                return ok;
            MultiRowInsert events(m_store, QStringLiteral("ticket_event"), EventColumns, EventRowsPerStatement);
            const QString terminal = terminalId();
            for (const SimulatedEvent &e : result.events) {
                const QString counter = e.counter >= 0 ? options.counters.at(e.counter).counterId : QString();
                if (auto ok = events.addRow({result.tickets[e.ticket].ticketId, e.atMs, eventKindName(e.kind),
                                             e.fromState ? QVariant(stateName(*e.fromState)) : QVariant(),
                                             stateName(e.toState), bands.at(e.category).model.code,
                                             textOrNull(counter), textOrNull(e.staffId), terminal, e.staffOnDuty,
                                             textNotNull(e.detail)});
                    !ok)
                    return ok;
            }
            if (auto ok = events.finish(); !ok)
                return ok;
            // The live queue takes today's numbers from here: each series' row
            // says the next number after the last one history used.
            MultiRowInsert numbers(m_store, QStringLiteral("daily_number"),
                                   {QStringLiteral("series"), QStringLiteral("office_date"),
                                    QStringLiteral("first_number"), QStringLiteral("last_number"),
                                    QStringLiteral("next_number")},
                                   16);
            for (int c = 0; c < bands.size(); ++c)
                if (result.lastNumber.at(c) >= bands.at(c).firstNumber)
                    if (auto ok = numbers.addRow({bands.at(c).model.code, officeDate, bands.at(c).firstNumber,
                                                  bands.at(c).lastNumber, result.lastNumber.at(c) + 1});
                        !ok)
                        return ok;
            return numbers.finish();
        });
        if (!written)
            return std::unexpected(written.error());
        countersWritten = true;

        ++summary.officeDays;
        summary.tickets += static_cast<qint64>(result.tickets.size());
        summary.events += static_cast<qint64>(result.events.size());
        for (int c = 0; c < bands.size(); ++c) {
            summary.categories[c].turnedAway += result.turnedAway.at(c);
            summary.turnedAway += result.turnedAway.at(c);
        }
        for (const SimulatedTicket &t : result.tickets) {
            CategorySummary &c = summary.categories[t.category];
            ++c.tickets;
            c.done += t.state == TicketState::Done ? 1 : 0;
            c.noShows += t.state == TicketState::NoShow ? 1 : 0;
            c.cancelled += t.state == TicketState::Cancelled ? 1 : 0;
            c.transfersIn += t.category != t.series ? 1 : 0;
        }
    }
    summary.elapsedMs = elapsed.elapsed();
    return summary;
}

SimulatedEstimator HistorySimulator::liveEstimator(int defaultServiceSeconds)
{
    return [defaultServiceSeconds](const EstimateInput &input) {
        WaitEstimator::Basis basis;
        basis.peopleAhead = input.peopleAhead;
        basis.countersServing = input.countersServing;
        basis.defaultServiceSeconds = defaultServiceSeconds;
        for (auto it = input.recentServiceSeconds.crbegin(); it != input.recentServiceSeconds.crend(); ++it)
            basis.recentServiceMs.append(qint64(*it) * 1000); // newest first
        return WaitEstimator::estimateSeconds(basis);
    };
}

} // namespace kakanai::queue
