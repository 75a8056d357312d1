// How fast is the ticket queue with a whole office at it (issue 13)?
//  (a) tickets issued per second: --writers reception processes
//      (kakanai-office-probe queue-issue, one "PC" each) issue --tickets each
//      without a slip, as fast as they can, let go at the same moment;
//      tickets/s, median and p99 of one issue, tries per issue.
//  (b) calls per second: --callers counters (queue-call) call, start and
//      finish until nobody waits, on the tickets (a) left waiting; calls/s,
//      median and p99 of one call (the callNext transaction), tries per call.
//  (c) statistics over a simulated year (--stats-days 365 --stats-arrivals
//      4100: about 1,100,000 tickets), a month and the whole period (goal
//      <= 200 ms for a month).
//  (d) call -> board latency: the board model (the window draws in the same
//      slot) and the web board's WebSocket message, on one PC.
// Prints figures; asserts nothing about speed (exit 1 only when a run broke:
// a probe failed or reported an error, a ticket was called twice or never).
// A writer that waited for the queue's lock past the store's timeout
// (--timeout-ms, default 15000; the app's office/timeoutMs is 5000) is
// counted and printed, not a break: that queue-call probe stops there.
//
// The three categories' bands are widened to 1-9999 in the bench's own store,
// so that the writers never run out of numbers (the default bands hold 999
// tickets a day in all).
//
// SQLite always; PostgreSQL when the test server is there (KAKANAI_TEST_PG_*).
// This program starts no server itself. By hand, from the checkout:
//   source scripts/lib/postgres-test-env.sh && kakanai_postgres_start &&
//     build/bench/queue/bench_queue; kakanai_postgres_stop
// (one shell: the function exports the variables and must stop what it started).
//   bench_queue [--engine sqlite|postgresql|both] [--writers W] [--tickets M]
//               [--callers C] [--timeout-ms T] [--probe PATH]
#include "board/BoardServer.h"
#include "common/Clock.h"
#include "office/ChangeFeed.h"
#include "office/OfficeStore.h"
#include "queue/BoardModel.h"
#include "queue/HistorySimulator.h"
#include "queue/QueueStatistics.h"
#include "queue/TicketFactsReader.h"
#include "queue/QueueService.h"
#include "office/OfficeTestEnv.h"
#include "office/ProbeSwarm.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace kakanai;
using namespace kakanai::test;

namespace {

struct BenchSettings {
    QString probe;
    int writers = 10;
    int tickets = 200; // per writer
    int callers = 10;
    int timeoutMs = 15000; // the store's (busy / lock) timeout in every probe
    int boardCalls = 50;   // (d)
    int statsDays = 365;   // (c)
    int statsArrivals = 4100;
};

const QStringList kCategories{QStringLiteral("certificates"), QStringLiteral("moves"), QStringLiteral("special")};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// A writer that waited for the queue's lock longer than the store's timeout
// gave up: a figure of the load (SQLite's waiting writers poll and can be
// starved by nine others in tight loops), not a broken run.
bool gaveUpWaiting(const QJsonObject &line)
{
    const QString code = line.value(QStringLiteral("code")).toString();
    return code == QLatin1String("database-locked") || code == QLatin1String("store-timeout");
}

// Did the probes end as they should: exit 0, or exit 4 (queue-call stops at
// an error) after giving up waiting for the lock?
int probesFailed(const ProbeSwarm &swarm)
{
    int failed = 0;
    for (int p = 0; p < swarm.size(); ++p) {
        const bool gaveUp = std::ranges::any_of(swarm.lines(p), [](const QJsonObject &line) {
            return line.value(QStringLiteral("event")).toString() == QLatin1String("error") && gaveUpWaiting(line);
        });
        failed += swarm.exitCode(p) != 0 && !(swarm.exitCode(p) == 4 && gaveUp);
    }
    return failed;
}

struct SwarmFigures {
    int outcomes = 0;
    int errors = 0; // other than giving up waiting
    int gaveUp = 0;
    QMap<int, int> triesHistogram;
    QList<qint64> ns;
    QMap<QString, int> errorCodes;

    void add(const QJsonObject &line)
    {
        ++outcomes;
        ++triesHistogram[line.value(QStringLiteral("attempts")).toInt()];
        if (line.value(QStringLiteral("event")).toString() == QLatin1String("error")) {
            ++(gaveUpWaiting(line) ? gaveUp : errors);
            ++errorCodes[line.value(QStringLiteral("code")).toString() + u'/'
                         + line.value(QStringLiteral("step")).toString(QStringLiteral("issue"))];
        } else {
            ns << qint64(line.value(QStringLiteral("ns")).toDouble());
        }
    }
    QString tries() const
    {
        QStringList parts;
        for (auto it = triesHistogram.cbegin(); it != triesHistogram.cend(); ++it)
            parts << QStringLiteral("%1 try:%2").arg(it.key()).arg(it.value());
        return parts.join(QStringLiteral(", "));
    }
    void printErrors() const
    {
        for (auto it = errorCodes.cbegin(); it != errorCodes.cend(); ++it)
            out() << "      error " << it.key() << ": " << it.value() << Qt::endl;
    }
};

// Runs the swarm from the go to its end; the seconds it took, or -1 when it broke.
double race(ProbeSwarm &swarm, const char *who)
{
    if (!swarm.waitAllFor(QStringLiteral("ready"), 60000)) {
        out() << "  the " << who << " did not start:" << swarm.report() << Qt::endl;
        return -1;
    }
    const qint64 started = ProbeSwarm::monotonicNs();
    swarm.sendGo();
    if (!swarm.waitForFinished(900000)) {
        out() << "  the " << who << " did not finish:" << swarm.report() << Qt::endl;
        return -1;
    }
    return double(ProbeSwarm::monotonicNs() - started) / 1e9;
}

// (a) The ids of the tickets issued; empty when the run broke.
QSet<QString> ticketsIssued(const OfficeStoreOptions &options, const BenchSettings &settings)
{
    ProbeSwarm swarm(settings.probe);
    for (int w = 0; w < settings.writers; ++w)
        swarm.start(ProbeSwarm::storeArguments(options)
                    + QStringList{QStringLiteral("--wait-go"), QStringLiteral("queue-issue"),
                                  QStringLiteral("--category"), kCategories.at(w % kCategories.size()),
                                  QStringLiteral("--count"), QString::number(settings.tickets)});
    const double seconds = race(swarm, "writers");
    if (seconds < 0)
        return {};
    SwarmFigures figures;
    QSet<QString> issued;
    for (int p = 0; p < swarm.size(); ++p)
        for (const QJsonObject &line : swarm.lines(p)) {
            const QString event = line.value(QStringLiteral("event")).toString();
            if (event != QLatin1String("issued") && event != QLatin1String("error"))
                continue;
            figures.add(line);
            if (event == QLatin1String("issued"))
                issued.insert(line.value(QStringLiteral("ticket")).toString());
        }
    out() << QStringLiteral("  (a) %1 writers x %2 tickets: %3 issued in %4 s = %5 tickets/s; %6 gave up waiting "
                            "for the lock (%7 ms), %8 other errors")
                 .arg(settings.writers)
                 .arg(settings.tickets)
                 .arg(issued.size())
                 .arg(seconds, 0, 'f', 2)
                 .arg(double(issued.size()) / seconds, 0, 'f', 0)
                 .arg(figures.gaveUp)
                 .arg(settings.timeoutMs)
                 .arg(figures.errors)
          << Qt::endl;
    out() << "      tries per issue: " << figures.tries() << Qt::endl;
    out() << "      one issue (incl. retries): " << DurationSummary::of(figures.ns).toString() << Qt::endl;
    figures.printErrors();
    const int failed = probesFailed(swarm);
    if (failed > 0 || figures.errors > 0 || issued.size() + figures.gaveUp != settings.writers * settings.tickets) {
        out() << "  BROKEN: " << failed << " writers failed, " << issued.size() << " tickets issued" << swarm.report()
              << Qt::endl;
        return {};
    }
    return issued;
}

// (b)
bool callsPerSecond(const OfficeStoreOptions &options, const BenchSettings &settings, const QSet<QString> &waiting)
{
    ProbeSwarm swarm(settings.probe);
    for (int c = 1; c <= settings.callers; ++c)
        swarm.start(ProbeSwarm::storeArguments(options)
                    + QStringList{QStringLiteral("--wait-go"), QStringLiteral("queue-call"),
                                  QStringLiteral("--counter"), QString::number(c)});
    const double seconds = race(swarm, "callers");
    if (seconds < 0)
        return false;
    SwarmFigures figures;
    QSet<QString> called;
    int twice = 0;
    QStringList perCounter;
    for (int p = 0; p < swarm.size(); ++p) {
        int calls = 0;
        for (const QJsonObject &line : swarm.lines(p)) {
            const QString event = line.value(QStringLiteral("event")).toString();
            if (event != QLatin1String("called") && event != QLatin1String("error"))
                continue;
            figures.add(line);
            if (event != QLatin1String("called"))
                continue;
            ++calls;
            const QString id = line.value(QStringLiteral("ticket")).toString();
            twice += called.contains(id) ? 1 : 0;
            called.insert(id);
        }
        perCounter << QString::number(calls);
    }
    out() << QStringLiteral("  (b) %1 callers, call -> start -> finish until nobody waits: %2 calls in %3 s = "
                            "%4 calls/s (%5 transactions/s); %6 gave up waiting for the lock (%7 ms; that counter "
                            "stopped), %8 other errors")
                 .arg(settings.callers)
                 .arg(called.size())
                 .arg(seconds, 0, 'f', 2)
                 .arg(double(called.size()) / seconds, 0, 'f', 0)
                 .arg(3.0 * double(called.size()) / seconds, 0, 'f', 0)
                 .arg(figures.gaveUp)
                 .arg(settings.timeoutMs)
                 .arg(figures.errors)
          << Qt::endl;
    out() << "      calls per counter: " << perCounter.join(u'/') << Qt::endl;
    out() << "      tries per call: " << figures.tries() << Qt::endl;
    out() << "      one call (callNext, incl. retries): " << DurationSummary::of(figures.ns).toString() << Qt::endl;
    figures.printErrors();
    const int failed = probesFailed(swarm);
    if (failed > 0 || figures.errors > 0 || twice > 0 || called != waiting) {
        out() << "  BROKEN: " << failed << " callers failed, " << twice << " tickets called twice, "
              << (waiting - called).size() << " never called" << swarm.report() << Qt::endl;
        return false;
    }
    return true;
}

// The bench's store only: wide bands, so that (a) never runs out.
bool widenBands(OfficeStore &store)
{
    QSqlQuery q(store.connection());
    q.prepare(QStringLiteral("UPDATE queue_category SET first_number = 1, last_number = 9999"));
    return store.exec(q).has_value();
}

// (c) The 統計 page's work over a large history: HistorySimulator writes
// --stats-days of simulated history at --stats-arrivals tickets per ordinary
// day into a fresh store (bands widened; 4,100 a day over a year is about
// 1,100,000 tickets), then the reader (TicketFactsReader) and the statistics
// (QueueStatistics, by day and by hour) are timed over the last month and
// over the whole period, 5 times each; median and max. Goal: <= 200 ms for a
// month.
bool statisticsOverHistory(const QString &engine, const BenchSettings &settings)
{
    QTemporaryDir dir;
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, dir, 60000);
    auto store = OfficeStore::open(options);
    if (!store || !widenBands(**store)) {
        out() << "  (c) cannot prepare the store" << Qt::endl;
        return false;
    }
    SystemClock clock;
    queue::HistoryOptions history;
    history.lastDate = OfficeCalendar(clock, OfficeCalendar::defaultZone()).today().addDays(-1);
    history.firstDate = history.lastDate.addDays(1 - settings.statsDays);
    history.arrivalsPerDay = settings.statsArrivals;
    history.estimator = queue::HistorySimulator::liveEstimator(480);
    QElapsedTimer timer;
    timer.start();
    auto written = queue::HistorySimulator(**store, clock).run(history);
    if (!written) {
        out() << "  (c) history: " << written.error().toString() << Qt::endl;
        return false;
    }
    out() << "  (c) statistics over " << written->tickets << " simulated tickets (" << history.firstDate.toString(Qt::ISODate)
          << " to " << history.lastDate.toString(Qt::ISODate) << ", written in " << timer.elapsed() / 1000.0
          << " s):" << Qt::endl;
    const auto period = [&](const char *what, QDate from, QDate to) {
        QList<double> readMs, dayMs, hourMs;
        qsizetype tickets = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            auto facts = queue::TicketFactsReader::read(**store, from, to);
            if (!facts)
                return false;
            readMs.append(t.nsecsElapsed() / 1e6);
            tickets = facts->size();
            t.restart();
            const auto byDay = queue::QueueStatistics::compute(*facts, queue::StatsGrouping::Day, {});
            dayMs.append(t.nsecsElapsed() / 1e6);
            t.restart();
            const auto byHour = queue::QueueStatistics::compute(*facts, queue::StatsGrouping::Hour, {});
            hourMs.append(t.nsecsElapsed() / 1e6);
            if (byDay.rows.isEmpty() || byHour.rows.isEmpty())
                return false;
        }
        const auto figure = [](QList<double> ms) {
            std::sort(ms.begin(), ms.end());
            return QStringLiteral("median %1 ms, max %2 ms")
                .arg(QString::number(ms.at(ms.size() / 2), 'f', 1), QString::number(ms.last(), 'f', 1));
        };
        QList<double> total;
        for (int i = 0; i < readMs.size(); ++i)
            total.append(readMs.at(i) + dayMs.at(i));
        out() << "      " << what << " " << from.toString(Qt::ISODate) << "…" << to.toString(Qt::ISODate) << " ("
              << tickets << " tickets): read " << figure(readMs) << "; by day "
              << figure(dayMs) << "; by hour " << figure(hourMs) << "; read + by day " << figure(total) << Qt::endl;
        return true;
    };
    // The last whole month of the history (the supervisor's usual view), or
    // the whole history when it is shorter.
    QDate monthStart = QDate(history.lastDate.year(), history.lastDate.month(), 1).addMonths(-1);
    if (monthStart < history.firstDate)
        monthStart = history.firstDate;
    const QDate monthEnd = std::min(QDate(monthStart.year(), monthStart.month(), 1).addMonths(1).addDays(-1),
                                    history.lastDate);
    return period("last whole month", monthStart, monthEnd)
           && period("whole period", history.firstDate, history.lastDate);
}

// (d) From pressing "call next" to the board: a counter's QueueService on
// one connection calls (the callNext transaction included in the time); the
// board's BoardModel on another connection of the same store learns of it
// from the change feed and reads the snapshot again (the board window draws
// in that same slot), and BoardServer pushes it to a WebSocket client, as a
// web board in a browser gets it. One PC, one process with two connections
// (the feed path is the one another process would take: the WAL watch and
// data_version on SQLite, LISTEN/NOTIFY on PostgreSQL). Goal <= 100 ms.
bool callToBoard(const OfficeStoreOptions &options, int calls)
{
    auto boardStore = OfficeStore::open(OfficeTestEnv::sameStore(options));
    auto counterStore = OfficeStore::open(OfficeTestEnv::sameStore(options));
    if (!boardStore || !counterStore) {
        out() << "  (d) cannot open the store: "
              << (boardStore ? counterStore.error().toString() : boardStore.error().toString()) << Qt::endl;
        return false;
    }
    SystemClock clock;
    queue::QueueService boardQueue(**boardStore, clock, {});
    queue::QueueService counterQueue(**counterStore, clock, {});
    ChangeFeed *feed = (*boardStore)->changes();
    const auto waitFor = [](const std::function<bool()> &done, int timeoutMs) {
        QElapsedTimer waited;
        waited.start();
        while (!done() && waited.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        return done();
    };
    if (!waitFor([feed] { return feed->state() == ChangeFeed::State::Live; }, 15000)) {
        out() << "  (d) the change feed did not go live" << Qt::endl;
        return false;
    }
    queue::BoardModel model(boardQueue, feed, QString(), 3);
    model.refresh();
    board::BoardServer web;
    if (auto listening = web.listen(QHostAddress::LocalHost, 0); !listening) {
        out() << "  (d) web board: " << listening.error().toString() << Qt::endl;
        return false;
    }
    QObject::connect(&model, &queue::BoardModel::snapshotChanged, &web, &board::BoardServer::publish);
    QWebSocket client;
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(web.serverPort())));
    if (!waitFor([&client] { return client.state() == QAbstractSocket::ConnectedState; }, 10000)) {
        out() << "  (d) the WebSocket did not connect" << Qt::endl;
        return false;
    }

    const queue::QueueActor clerk{QStringLiteral("bench"), Role::Clerk};
    for (int i = 0; i < calls; ++i)
        if (!counterQueue.issue(clerk, {QStringLiteral("certificates"), {}, queue::TicketPriority::None, false}))
            return false;
    QElapsedTimer clockNs;
    clockNs.start();
    QString pending;
    qint64 calledAt = 0;
    QList<double> callMs, modelMs, webMs;
    bool modelSeen = false;
    bool webSeen = false;
    QObject::connect(&model, &queue::BoardModel::snapshotChanged, [&](const queue::BoardSnapshot &snapshot) {
        for (const auto &call : snapshot.nowCalling)
            if (!modelSeen && !pending.isEmpty() && call.ticket == pending) {
                modelSeen = true;
                modelMs.append((clockNs.nsecsElapsed() - calledAt) / 1e6);
            }
    });
    QObject::connect(&client, &QWebSocket::textMessageReceived, [&](const QString &message) {
        const auto calling = QJsonDocument::fromJson(message.toUtf8()).object().value(QStringLiteral("nowCalling"));
        for (const auto &call : calling.toArray())
            if (!webSeen && !pending.isEmpty() && call.toObject().value(QStringLiteral("ticket")).toString() == pending) {
                webSeen = true;
                webMs.append((clockNs.nsecsElapsed() - calledAt) / 1e6);
            }
    });
    for (int i = 0; i < calls; ++i) {
        modelSeen = webSeen = false;
        calledAt = clockNs.nsecsElapsed();
        auto called = counterQueue.callNext(clerk, QStringLiteral("1"));
        if (!called) {
            out() << "  (d) call next: " << called.error().toString() << Qt::endl;
            return false;
        }
        callMs.append((clockNs.nsecsElapsed() - calledAt) / 1e6);
        pending = called->display;
        if (!waitFor([&] { return modelSeen && webSeen; }, 10000)) {
            out() << "  (d) the board did not show " << pending << " within 10 s" << Qt::endl;
            return false;
        }
        pending.clear();
        if (!counterQueue.start(clerk, QStringLiteral("1")) || !counterQueue.finish(clerk, QStringLiteral("1")))
            return false;
        waitFor([&model] { return model.snapshot().nowCalling.isEmpty(); }, 10000);
    }
    const auto line = [](const char *what, QList<double> ms) {
        std::sort(ms.begin(), ms.end());
        out() << "      " << what << ": median " << QString::number(ms.at(ms.size() / 2), 'f', 2) << " ms, p95 "
              << QString::number(ms.at(std::min<qsizetype>(ms.size() - 1, ms.size() * 95 / 100)), 'f', 2)
              << " ms, max " << QString::number(ms.last(), 'f', 2) << " ms" << Qt::endl;
    };
    out() << "  (d) call -> board, " << calls << " calls on one PC (goal <= 100 ms):" << Qt::endl;
    line("callNext transaction", callMs);
    line("call -> board model (the window draws in this slot)", modelMs);
    line("call -> web board's WebSocket message", webMs);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The ticket queue with many PCs: tickets issued and calls made "
                                                    "per second."));
    parser.addHelpOption();
    const QCommandLineOption engineOpt(QStringLiteral("engine"),
                                       QStringLiteral("sqlite, postgresql or both (default)."), QStringLiteral("name"),
                                       QStringLiteral("both"));
    const QCommandLineOption writersOpt(QStringLiteral("writers"),
                                        QStringLiteral("(a) reception processes (default 10)."), QStringLiteral("n"),
                                        QStringLiteral("10"));
    const QCommandLineOption ticketsOpt(QStringLiteral("tickets"),
                                        QStringLiteral("(a) tickets per writer (default 200)."), QStringLiteral("n"),
                                        QStringLiteral("200"));
    const QCommandLineOption callersOpt(QStringLiteral("callers"),
                                        QStringLiteral("(b) counter processes (default 10)."), QStringLiteral("n"),
                                        QStringLiteral("10"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout-ms"),
                                        QStringLiteral("The store's timeout in every probe (default 15000)."),
                                        QStringLiteral("ms"), QStringLiteral("15000"));
    const QCommandLineOption probeOpt(QStringLiteral("probe"), QStringLiteral("The kakanai-office-probe to run."),
                                      QStringLiteral("path"));
    const QCommandLineOption statsDaysOpt(QStringLiteral("stats-days"),
                                          QStringLiteral("(c) days of simulated history (default 365)."),
                                          QStringLiteral("n"), QStringLiteral("365"));
    const QCommandLineOption statsArrivalsOpt(QStringLiteral("stats-arrivals"),
                                              QStringLiteral("(c) tickets per ordinary day (default 4100)."),
                                              QStringLiteral("n"), QStringLiteral("4100"));
    parser.addOptions({engineOpt, writersOpt, ticketsOpt, callersOpt, timeoutOpt, probeOpt, statsDaysOpt, statsArrivalsOpt});
    parser.process(app);

    BenchSettings settings;
    settings.writers = std::max(1, parser.value(writersOpt).toInt());
    settings.tickets = std::max(1, parser.value(ticketsOpt).toInt());
    settings.callers = std::max(1, parser.value(callersOpt).toInt());
    settings.timeoutMs = std::max(1, parser.value(timeoutOpt).toInt());
    settings.statsDays = std::max(1, parser.value(statsDaysOpt).toInt());
    settings.statsArrivals = std::max(1, parser.value(statsArrivalsOpt).toInt());
    settings.probe = parser.isSet(probeOpt) ? parser.value(probeOpt) : ProbeSwarm::programFromEnvironment();
    if (settings.probe.isEmpty())
        settings.probe = QStringLiteral(KAKANAI_OFFICE_PROBE_PATH);
    if (!QFileInfo(settings.probe).isExecutable()) {
        out() << "bench_queue: no kakanai-office-probe at " << settings.probe << " (build it; --probe PATH)"
              << Qt::endl;
        return 2;
    }
    // Three categories of at most 9999 tickets a day each.
    const int perCategory = (settings.writers + 2) / 3 * settings.tickets;
    if (perCategory > 9999) {
        out() << "bench_queue: too many tickets for one day's bands (" << perCategory << " in one category)"
              << Qt::endl;
        return 2;
    }

    const QStringList engines =
        OfficeTestEnv::benchEngines(parser.value(engineOpt), QStringLiteral("bench_queue"), out());
    if (engines.isEmpty())
        return 2;

    out() << "bench_queue: " << QThread::idealThreadCount() << " CPUs; every writer and counter is a separate process"
          << Qt::endl;
    bool ok = true;
    for (const QString &engine : std::as_const(engines)) {
        QTemporaryDir dir;
        out() << engine << ":" << Qt::endl;
        const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, dir, settings.timeoutMs);
        auto store = OfficeStore::open(options); // the schema before the probes come
        if (!store || !widenBands(**store)) {
            out() << "  cannot prepare the store: " << (store ? QStringLiteral("bands") : store.error().toString())
                  << Qt::endl;
            ok = false;
            continue;
        }
        const QSet<QString> issued = ticketsIssued(options, settings);
        if (issued.isEmpty()) {
            ok = false;
            continue;
        }
        ok = callsPerSecond(options, settings, issued) && ok;
        ok = statisticsOverHistory(engine, settings) && ok;
        ok = callToBoard(options, settings.boardCalls) && ok;
    }
    return ok ? 0 : 1;
}
