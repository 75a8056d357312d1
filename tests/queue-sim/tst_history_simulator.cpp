// Integration: the queue history simulator (core/queue/HistorySimulator) on
// the office store. A quarter (March–June 2026) on SQLite: closed days,
// the daily profile, Mondays, the moving season, no-show shares, and every
// invariant the live queue keeps (numbers, times, counters, events,
// daily_number). On both engines: the same seed gives the same rows, another
// seed others; a range that has tickets, or today, is refused and nothing is
// written; a band that runs out turns citizens away instead of wrapping.
#include "common/Clock.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "queue/HistorySimulator.h"
#include "queue/OfficeClosures.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace kakanai;
using namespace kakanai::queue;
using kakanai::test::OfficeTestEnv;

namespace {

// "Now" for every run: the simulated days all lie before it.
const QDateTime Now(QDate(2026, 7, 15), QTime(3, 0), Qt::UTC);
const QTimeZone Tokyo(QByteArrayLiteral("Asia/Tokyo"));

std::unique_ptr<OfficeStore> openStore(const OfficeStoreOptions &options)
{
    auto store = OfficeStore::open(options);
    if (!store) {
        qWarning("%s", qPrintable(store.error().toString()));
        return nullptr;
    }
    return std::move(*store);
}

// Rows of a query as lists of values (NULL: an invalid QVariant).
QList<QVariantList> rows(OfficeStore &store, const QString &sql)
{
    QList<QVariantList> out;
    QSqlQuery q(store.connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.isNull(i) ? QVariant() : q.value(i));
        out.append(row);
    }
    return out;
}

qint64 count(OfficeStore &store, const QString &sql)
{
    const auto r = rows(store, sql);
    return r.isEmpty() ? -1 : r.first().value(0).toLongLong();
}

struct Counts {
    qint64 tickets = 0;
    qint64 events = 0;
    qint64 numbers = 0;
    qint64 counters = 0;
    bool operator==(const Counts &) const = default;
};

Counts counts(OfficeStore &store)
{
    return {count(store, QStringLiteral("SELECT COUNT(*) FROM ticket")),
            count(store, QStringLiteral("SELECT COUNT(*) FROM ticket_event")),
            count(store, QStringLiteral("SELECT COUNT(*) FROM daily_number")),
            count(store, QStringLiteral("SELECT COUNT(*) FROM queue_counter"))};
}

// Every simulated row in a fixed order, hashed; the same on both engines'
// text forms of integers and strings.
QByteArray digest(OfficeStore &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries{
        QStringLiteral("SELECT * FROM ticket ORDER BY office_date, series, number"),
        QStringLiteral("SELECT seq, ticket_id, at, kind, from_state, to_state, category, counter_id, staff_id, "
                       "terminal_id, staff_on_duty, detail FROM ticket_event ORDER BY seq"),
        QStringLiteral("SELECT * FROM daily_number ORDER BY series, office_date"),
        QStringLiteral("SELECT counter_id, name_ja, name_en, categories, is_open FROM queue_counter ORDER BY counter_id")};
    for (const QString &sql : queries)
        for (const QVariantList &row : rows(store, sql)) {
            for (const QVariant &v : row)
                hash.addData((v.isValid() ? v.toString() : QStringLiteral("<null>")).toUtf8() + '\x1f');
            hash.addData("\n");
        }
    return hash.result().toHex();
}

HistoryOptions span(QDate first, QDate last, quint64 seed = 7)
{
    HistoryOptions options;
    options.firstDate = first;
    options.lastDate = last;
    options.seed = seed;
    return options;
}

} // namespace

class TestHistorySimulator : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void sameSeedSameRows_data() { engines(); }
    void sameSeedSameRows();
    void quarterHasTheShapeOfAnOffice();
    void quarterKeepsTheQueueInvariants();
    void estimatorGivesTheEstimate();
    void refusesDaysWithTickets_data() { engines(); }
    void refusesDaysWithTickets();
    void refusesTodayAndBadOptions();
    void bandRunsOutTurnsAway();

private:
    static void engines();
    // One simulated quarter, written once and read by the shape and invariant
    // tests; null (with a warning) when it could not be written.
    OfficeStore *quarter();

    QTemporaryDir m_dir;
    ManualClock m_clock{Now};
    std::unique_ptr<OfficeStore> m_quarter;
    HistorySummary m_quarterSummary;
};

void TestHistorySimulator::engines()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : OfficeTestEnv::engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

void TestHistorySimulator::initTestCase()
{
    QString why;
    QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    QVERIFY(m_dir.isValid());
}

void TestHistorySimulator::cleanupTestCase()
{
    m_quarter.reset();
    OfficeTestEnv::dropAll();
}

OfficeStore *TestHistorySimulator::quarter()
{
    if (!m_quarter) {
        auto store = openStore(OfficeTestEnv::freshStore(QStringLiteral("sqlite"), m_dir));
        if (!store)
            return nullptr;
        HistorySimulator simulator(*store, m_clock);
        auto summary = simulator.run(span(QDate(2026, 3, 2), QDate(2026, 6, 30), 2026));
        if (!summary) {
            qWarning("the quarter's run failed: %s", qPrintable(summary.error().toString()));
            return nullptr;
        }
        qInfo("quarter: %lld tickets, %lld events in %lld ms", summary->tickets, summary->events, summary->elapsedMs);
        m_quarterSummary = *summary;
        m_quarter = std::move(store);
    }
    return m_quarter.get();
}

void TestHistorySimulator::sameSeedSameRows()
{
    QFETCH(QString, engine);
    QByteArray digests[3];
    Counts sizes[3];
    const quint64 seeds[3] = {11, 11, 12};
    for (int i = 0; i < 3; ++i) {
        auto store = openStore(OfficeTestEnv::freshStore(engine, m_dir));
        QVERIFY(store);
        HistorySimulator simulator(*store, m_clock);
        const auto summary = simulator.run(span(QDate(2026, 4, 6), QDate(2026, 4, 17), seeds[i]));
        QVERIFY2(summary.has_value(), qPrintable(summary ? QString() : summary.error().toString()));
        QCOMPARE(summary->officeDays, 10);
        digests[i] = digest(*store);
        sizes[i] = counts(*store);
        QCOMPARE(sizes[i].tickets, summary->tickets);
        QCOMPARE(sizes[i].events, summary->events);
        QVERIFY(sizes[i].tickets > 1000);
    }
    QCOMPARE(digests[1], digests[0]);
    QVERIFY(sizes[1] == sizes[0]);
    QVERIFY(digests[2] != digests[0]);
}

void TestHistorySimulator::quarterHasTheShapeOfAnOffice()
{
    OfficeStore *quarterStore = quarter();
    QVERIFY(quarterStore);
    OfficeStore &store = *quarterStore;
    std::map<QDate, int> perDay;
    for (const QVariantList &r : rows(store, QStringLiteral("SELECT office_date, COUNT(*) FROM ticket GROUP BY office_date")))
        perDay[QDate::fromString(r.at(0).toString(), Qt::ISODate)] = r.at(1).toInt();

    // Tickets on every office day and on no other.
    int officeDays = 0;
    for (QDate d(2026, 3, 2); d <= QDate(2026, 6, 30); d = d.addDays(1)) {
        const bool open = OfficeClosures::isOfficeDay(d);
        officeDays += open ? 1 : 0;
        QVERIFY2(open == (perDay.count(d) == 1), qPrintable(d.toString(Qt::ISODate)));
    }
    QCOMPARE(static_cast<int>(perDay.size()), officeDays);
    QCOMPARE(m_quarterSummary.officeDays, officeDays);
    QVERIFY(officeDays >= 80);
    QVERIFY(!perDay.count(QDate(2026, 5, 6))); // substitute holiday
    QVERIFY(!perDay.count(QDate(2026, 3, 20))); // vernal equinox

    // Mondays above Wednesdays; the moving season above June.
    const auto mean = [&](auto pick) {
        double sum = 0;
        int n = 0;
        for (const auto &[d, c] : perDay)
            if (pick(d)) {
                sum += c;
                ++n;
            }
        return n ? sum / n : 0.0;
    };
    const double mondays = mean([](QDate d) { return d.dayOfWeek() == Qt::Monday; });
    const double wednesdays = mean([](QDate d) { return d.dayOfWeek() == Qt::Wednesday; });
    const double season = mean([](QDate d) { return d >= QDate(2026, 3, 20) && d <= QDate(2026, 4, 10); });
    const double june = mean([](QDate d) { return d.month() == 6; });
    qInfo("tickets per day: Mondays %.0f, Wednesdays %.0f, 3/20-4/10 %.0f, June %.0f", mondays, wednesdays, season,
          june);
    QVERIFY(mondays > wednesdays * 1.15);
    QVERIFY(season > june * 1.4);
    QVERIFY(june > 120 && june < 260);

    // The hours (office time): the morning peak above the lunch dip.
    std::map<int, int> perHour;
    for (const QVariantList &r : rows(store, QStringLiteral("SELECT arrival_at FROM ticket")))
        ++perHour[QDateTime::fromMSecsSinceEpoch(r.at(0).toLongLong(), Tokyo).time().hour()];
    qInfo("arrivals 9-10 %d, 10-11 %d, 12-13 %d, 14-15 %d", perHour[9], perHour[10], perHour[12], perHour[14]);
    QVERIFY(perHour[9] > perHour[12] * 2);
    QVERIFY(perHour[10] > perHour[12] * 2);
    QVERIFY(perHour[14] > perHour[12]);
    for (const auto &[hour, n] : perHour)
        QVERIFY2(hour >= 8 && hour <= 17, qPrintable(QString::number(hour)));
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM ticket WHERE arrival_at <> issued_at")), 0);

    // No-shows of the citizens called, per category, near the configured share.
    for (const SimulatedCategory &model : HistorySimulator::defaultCategories()) {
        const auto r = rows(store, QStringLiteral("SELECT SUM(CASE WHEN state = 'no-show' THEN 1 ELSE 0 END), "
                                                  "SUM(CASE WHEN state IN ('done', 'no-show') THEN 1 ELSE 0 END) "
                                                  "FROM ticket WHERE category = '%1'")
                                       .arg(model.code));
        const double share = r.value(0).value(0).toDouble() / r.value(0).value(1).toDouble();
        qInfo("no-shows %s: %.3f (configured %.2f)", qPrintable(model.code), share, model.noShowRate);
        QVERIFY2(std::abs(share - model.noShowRate) <= 0.05, qPrintable(model.code));
    }
    // A few transfers and cancellations, some recalls and priority tickets.
    const qint64 tickets = count(store, QStringLiteral("SELECT COUNT(*) FROM ticket"));
    const auto between = [&](const QString &sql, double low, double high) {
        const double s = static_cast<double>(count(store, sql)) / static_cast<double>(tickets);
        qInfo("%s: %.4f", qPrintable(sql), s);
        return s >= low && s <= high;
    };
    QVERIFY(between(QStringLiteral("SELECT COUNT(*) FROM ticket WHERE category <> series"), 0.005, 0.04));
    QVERIFY(between(QStringLiteral("SELECT COUNT(*) FROM ticket WHERE state = 'cancelled'"), 0.005, 0.15));
    QVERIFY(between(QStringLiteral("SELECT COUNT(*) FROM ticket WHERE priority = 1"), 0.02, 0.07));
    QVERIFY(between(QStringLiteral("SELECT COUNT(DISTINCT ticket_id) FROM ticket_event WHERE kind = 'recalled'"),
                    0.05, 0.4));
    QVERIFY(between(QStringLiteral("SELECT COUNT(*) FROM ticket_event WHERE kind = 'absent'"), 0.005, 0.04));
}

void TestHistorySimulator::quarterKeepsTheQueueInvariants()
{
    OfficeStore *quarterStore = quarter();
    QVERIFY(quarterStore);
    OfficeStore &store = *quarterStore;
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM ticket")), m_quarterSummary.tickets);
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM ticket_event")), m_quarterSummary.events);
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM queue_counter")), 6);

    // Numbers: unique per series and day, inside the series' band, displayed with its prefix.
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT series, office_date, number FROM ticket) u")),
             m_quarterSummary.tickets);
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM ticket t JOIN queue_category c ON c.code = t.series "
                                         "WHERE t.number < c.first_number OR t.number > c.last_number")),
             0);
    for (const QVariantList &r : rows(store, QStringLiteral("SELECT t.display, c.prefix, t.number FROM ticket t "
                                                            "JOIN queue_category c ON c.code = t.series")))
        QCOMPARE(r.at(0).toString(), r.at(1).toString() + QStringLiteral("%1").arg(r.at(2).toInt(), 3, 10, QLatin1Char('0')));
    // Every ticket finished; times in order.
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM ticket WHERE state NOT IN ('done', 'no-show', 'cancelled')")),
             0);
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM ticket WHERE state = 'done' AND NOT (arrival_at <= "
                                         "first_called_at AND first_called_at <= service_started_at AND "
                                         "service_started_at <= finished_at AND counter_id IS NOT NULL AND "
                                         "staff_id IS NOT NULL)")),
             0);
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM ticket WHERE state = 'no-show' AND NOT (call_count = 3 "
                                         "AND first_called_at <= last_called_at AND last_called_at < finished_at "
                                         "AND service_started_at IS NULL)")),
             0);
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM ticket WHERE estimated_wait_s IS NOT NULL")), 0);
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM ticket WHERE staff_on_duty NOT BETWEEN 3 AND 6")), 0);
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM ticket_event WHERE staff_on_duty NOT BETWEEN 3 AND 6 "
                                         "OR terminal_id <> 'simulator'")),
             0);

    // daily_number continues after history: next = the last number + 1, one row per series and day used.
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM (SELECT series, office_date FROM ticket "
                                         "GROUP BY series, office_date) u")),
             count(store, QStringLiteral("SELECT COUNT(*) FROM daily_number")));
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM daily_number d WHERE d.next_number <> "
                                         "(SELECT MAX(number) + 1 FROM ticket t WHERE t.series = d.series "
                                         "AND t.office_date = d.office_date)")),
             0);

    // Events, ticket by ticket: a chain of states from issue to the ticket's
    // final state, matching its columns; and each counter busy with one
    // ticket at a time (from a call to that call's outcome).
    struct Facts {
        QString state, category, counterId;
        qint64 firstCalled = -1, serviceStarted = -1, finished = -1;
        int callCount = 0;
    };
    std::map<QString, Facts> tickets;
    for (const QVariantList &r :
         rows(store, QStringLiteral("SELECT ticket_id, state, category, counter_id, first_called_at, "
                                    "service_started_at, finished_at, call_count FROM ticket"))) {
        tickets[r.at(0).toString()] = {r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                                       r.at(4).isValid() ? r.at(4).toLongLong() : -1,
                                       r.at(5).isValid() ? r.at(5).toLongLong() : -1,
                                       r.at(6).isValid() ? r.at(6).toLongLong() : -1, r.at(7).toInt()};
    }
    const std::map<QString, std::pair<QString, QString>> transitions{
        {QStringLiteral("issued"), {QString(), QStringLiteral("pending")}},
        {QStringLiteral("confirmed"), {QStringLiteral("pending"), QStringLiteral("waiting")}},
        {QStringLiteral("called"), {QStringLiteral("waiting"), QStringLiteral("called")}},
        {QStringLiteral("recalled"), {QStringLiteral("called"), QStringLiteral("called")}},
        {QStringLiteral("started"), {QStringLiteral("called"), QStringLiteral("serving")}},
        {QStringLiteral("done"), {QStringLiteral("serving"), QStringLiteral("done")}},
        {QStringLiteral("absent"), {QStringLiteral("called"), QStringLiteral("waiting")}},
        {QStringLiteral("no-show"), {QStringLiteral("called"), QStringLiteral("no-show")}},
        {QStringLiteral("transferred"), {QStringLiteral("serving"), QStringLiteral("waiting")}},
        {QStringLiteral("cancelled"), {QStringLiteral("waiting"), QStringLiteral("cancelled")}},
    };
    struct Walk {
        QString state;
        qint64 lastAt = -1;
        qint64 firstCalled = -1;
        qint64 lastStarted = -1;
        int callsSinceTransfer = 0;
        qint64 engagedSince = -1; // called at a counter, outcome not yet seen
        QString engagedAt;
    };
    std::map<QString, Walk> walks;
    std::map<QString, QList<std::pair<qint64, qint64>>> busy; // counter → [call, outcome]
    qint64 previousAt = -1;
    for (const QVariantList &r :
         rows(store, QStringLiteral("SELECT ticket_id, at, kind, from_state, to_state, category, counter_id "
                                    "FROM ticket_event ORDER BY seq"))) {
        const QString id = r.at(0).toString();
        const qint64 at = r.at(1).toLongLong();
        const QString kind = r.at(2).toString();
        const QString from = r.at(3).isValid() ? r.at(3).toString() : QString();
        const QString to = r.at(4).toString();
        const QString counter = r.at(6).toString();
        QVERIFY2(tickets.count(id), qPrintable(id));
        QVERIFY2(transitions.count(kind), qPrintable(kind));
        QCOMPARE(from, transitions.at(kind).first);
        QCOMPARE(to, transitions.at(kind).second);
        QVERIFY2(at >= previousAt, "events are written in the order of time");
        previousAt = at;
        Walk &w = walks[id];
        QCOMPARE(from, w.state);
        QVERIFY(at >= w.lastAt);
        w.state = to;
        w.lastAt = at;
        if (kind == QLatin1String("called") || kind == QLatin1String("recalled")) {
            ++w.callsSinceTransfer;
            QVERIFY(!counter.isEmpty());
            if (w.firstCalled < 0)
                w.firstCalled = at;
            if (kind == QLatin1String("called")) {
                w.engagedSince = at;
                w.engagedAt = counter;
            }
            QCOMPARE(counter, w.engagedAt);
        } else if (kind == QLatin1String("started")) {
            w.lastStarted = at;
            QCOMPARE(counter, w.engagedAt);
        } else if (kind == QLatin1String("transferred")) {
            w.callsSinceTransfer = 0;
        }
        if (kind == QLatin1String("done") || kind == QLatin1String("transferred") || kind == QLatin1String("absent")
            || kind == QLatin1String("no-show")) {
            QCOMPARE(counter, w.engagedAt);
            busy[counter].append({w.engagedSince, at});
            w.engagedSince = -1;
        }
    }
    QCOMPARE(walks.size(), tickets.size());
    for (const auto &[id, facts] : tickets) {
        const Walk &w = walks.at(id);
        QCOMPARE(w.state, facts.state);
        QCOMPARE(w.firstCalled, facts.firstCalled);
        QCOMPARE(w.callsSinceTransfer, facts.callCount);
        if (facts.state == QLatin1String("done"))
            QCOMPARE(w.lastStarted, facts.serviceStarted);
        QCOMPARE(w.lastAt, facts.finished);
    }
    for (auto &[counter, spans] : busy) {
        std::sort(spans.begin(), spans.end());
        for (qsizetype i = 1; i < spans.size(); ++i)
            QVERIFY2(spans.at(i).first >= spans.at(i - 1).second,
                     qPrintable(QStringLiteral("counter %1 busy twice at %2").arg(counter).arg(spans.at(i).first)));
    }
    QCOMPARE(busy.size(), std::size_t(6));
}

void TestHistorySimulator::estimatorGivesTheEstimate()
{
    auto store = openStore(OfficeTestEnv::freshStore(QStringLiteral("sqlite"), m_dir));
    QVERIFY(store);
    HistoryOptions options = span(QDate(2026, 6, 1), QDate(2026, 6, 5));
    int asked = 0;
    bool sane = true;
    int withHistory = 0;
    options.estimator = [&](const EstimateInput &in) -> std::optional<int> {
        ++asked;
        sane = sane && in.countersServing > 0 && in.peopleAhead >= 0 && in.recentServiceSeconds.size() <= 20
               && (in.category == QLatin1String("certificates") || in.category == QLatin1String("moves")
                   || in.category == QLatin1String("special"));
        withHistory += in.recentServiceSeconds.isEmpty() ? 0 : 1;
        return in.peopleAhead * 60 + 1;
    };
    HistorySimulator simulator(*store, m_clock);
    const auto summary = simulator.run(options);
    QVERIFY2(summary.has_value(), qPrintable(summary ? QString() : summary.error().toString()));
    QVERIFY(sane);
    QCOMPARE(asked, summary->tickets);
    QVERIFY(withHistory > asked / 2);
    QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM ticket WHERE estimated_wait_s IS NULL")), 0);
    QVERIFY(count(*store, QStringLiteral("SELECT COUNT(*) FROM ticket WHERE estimated_wait_s > 1")) > 0);
}

void TestHistorySimulator::refusesDaysWithTickets()
{
    QFETCH(QString, engine);
    auto store = openStore(OfficeTestEnv::freshStore(engine, m_dir));
    QVERIFY(store);
    HistorySimulator simulator(*store, m_clock);
    QVERIFY(simulator.run(span(QDate(2026, 6, 8), QDate(2026, 6, 12))).has_value());
    const Counts before = counts(*store);
    QVERIFY(before.tickets > 0);

    for (const auto &[first, last] : {std::pair{QDate(2026, 6, 8), QDate(2026, 6, 12)},
                                      std::pair{QDate(2026, 6, 12), QDate(2026, 6, 19)},
                                      std::pair{QDate(2026, 6, 1), QDate(2026, 6, 8)}}) {
        const auto again = simulator.run(span(first, last, 99));
        QVERIFY(!again.has_value());
        QCOMPARE(again.error().code(), ErrorCode::StoreConstraint);
        QVERIFY(!again.error().message().isEmpty());
        QVERIFY(counts(*store) == before);
    }
    // The days next to them are free.
    const auto next = simulator.run(span(QDate(2026, 6, 13), QDate(2026, 6, 19), 99));
    QVERIFY2(next.has_value(), qPrintable(next ? QString() : next.error().toString()));
    QCOMPARE(counts(*store).tickets, before.tickets + next->tickets);
    QCOMPARE(counts(*store).counters, before.counters);
}

void TestHistorySimulator::refusesTodayAndBadOptions()
{
    auto store = openStore(OfficeTestEnv::freshStore(QStringLiteral("sqlite"), m_dir));
    QVERIFY(store);
    HistorySimulator simulator(*store, m_clock);
    const QDate today = QDate(2026, 7, 15);

    HistoryOptions reachesToday = span(today.addDays(-3), today);
    HistoryOptions noDays;
    noDays.days = 0;
    HistoryOptions tooMany;
    tooMany.days = 5000;
    HistoryOptions noArrivals = span(QDate(2026, 6, 1), QDate(2026, 6, 2));
    noArrivals.arrivalsPerDay = 0;
    HistoryOptions unknownCategory = span(QDate(2026, 6, 1), QDate(2026, 6, 2));
    unknownCategory.categories = {{QStringLiteral("passports"), 1.0, 10, 0.4, 0.1, 1, {}}};
    for (const HistoryOptions &bad : {reachesToday, noDays, tooMany, noArrivals, unknownCategory}) {
        const auto refused = simulator.run(bad);
        QVERIFY(!refused.has_value());
        QVERIFY(refused.error().code() == ErrorCode::InvalidArgument
                || refused.error().code() == ErrorCode::InvalidData);
        QVERIFY(!refused.error().message().isEmpty());
    }
    QVERIFY(counts(*store) == Counts{});

    // Days counted back from yesterday (office time): 10 days end on 7/14.
    HistoryOptions recent;
    recent.days = 10;
    const auto summary = simulator.run(recent);
    QVERIFY2(summary.has_value(), qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary->lastDate, QDate(2026, 7, 14));
    QCOMPARE(summary->firstDate, QDate(2026, 7, 5));
    QCOMPARE(summary->officeDays + summary->closedDays, 10);
    const auto range = rows(*store, QStringLiteral("SELECT MIN(office_date), MAX(office_date) FROM ticket"));
    QVERIFY(!range.isEmpty());
    QVERIFY(range.first().at(0).toString() >= QLatin1String("2026-07-06")); // 7/5 is a Sunday
    QVERIFY(range.first().at(1).toString() <= QLatin1String("2026-07-14"));
}

void TestHistorySimulator::bandRunsOutTurnsAway()
{
    auto store = openStore(OfficeTestEnv::freshStore(QStringLiteral("sqlite"), m_dir));
    QVERIFY(store);
    {
        QSqlQuery q(store->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE queue_category SET last_number = 805 WHERE code = 'special'")));
    }
    HistorySimulator simulator(*store, m_clock);
    const auto summary = simulator.run(span(QDate(2026, 3, 23), QDate(2026, 3, 27)));
    QVERIFY2(summary.has_value(), qPrintable(summary ? QString() : summary.error().toString()));
    QVERIFY(summary->turnedAway > 0);
    QCOMPARE(summary->categories.at(2).code, QStringLiteral("special"));
    QCOMPARE(summary->categories.at(2).turnedAway, summary->turnedAway);
    QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM ticket WHERE series = 'special' AND number > 805")), 0);
    QCOMPARE(count(*store, QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM ticket "
                                          "WHERE series = 'special' GROUP BY office_date) u")),
             6);
    QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM daily_number WHERE series = 'special' "
                                          "AND next_number = 806")),
             5);
}

QTEST_GUILESS_MAIN(TestHistorySimulator)
#include "tst_history_simulator.moc"
