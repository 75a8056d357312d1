// kakanai-office-probe: one "PC" of an office for the multi-process tests and
// bench/office. It opens an office store and runs one mode, printing one JSON
// object per line on stdout (flushed at once), so that a test can start
// several of them (tests/support/office/ProbeSwarm.h) and check every outcome.
// Built with the tests; never installed, never linked into the app.
//
//   kakanai-office-probe (--sqlite PATH | --pg-url URL [--password-file F])
//                        [--timeout-ms N] [--max-attempts N] [--wait-go] MODE ...
//   take   --series S --date YYYY-MM-DD --first A --last B --count M [--read-first]
//   listen --count N [--wait-ms W]
//   commit --count N [--interval-ms I] [--tag T] [--keys K]
//   queue-call  --counter N [--staff S] [--count M] [--idle-ms W]
//   queue-issue --category C --count M
//
// Lines (every one has "event"; "mono" is CLOCK_MONOTONIC in ns, which all
// processes of one machine share, so stamps of two probes can be subtracted):
//   {"event":"ready"}                       store open (listen: the feed is Live)
//   take:   {"event":"number","number":N,"attempts":K,"ns":T}
//           {"event":"exhausted","attempts":K,"ns":T}
//           {"event":"conflict","attempts":K,"ns":T}
//           {"event":"error","code":"StoreTimeout","attempts":K,"ns":T}
//   listen: {"event":"change","table":"staff","key":"k","mono":M}
//           {"event":"state","state":"stale"}, {"event":"resync"}
//           {"event":"timeout","seen":N}    (exit code 3)
//   commit: {"event":"committed","i":I,"table":"staff","key":"k","attempts":K,"ns":T,"mono":M}
//           {"event":"error","i":I,"code":"...","attempts":K}
//   queue-call (core/queue's QueueService on the system clock, counter N
//   serving every category, staff S, default "probe-N"): callNext -> start ->
//   finish, over and over, until nobody is waiting or M calls were made:
//           {"event":"called","ticket":UUID,"display":"A001","arrival":ms,
//            "attempts":K,"ns":T,"mono":M}
//             (attempts, ns: the call's transaction; mono: just after it
//             returned; start and finish follow before the next call)
//           {"event":"empty","called":N}   nobody waiting (after --idle-ms W of
//             retrying every few ms; W = 0: at the first QueueEmpty)
//           {"event":"error","step":"call|start|finish","code":"...","detail":"...",
//            "attempts":K}                 and the mode stops (exit code 4)
//           then {"event":"done","called":N}
//   queue-issue (without a slip, so the ticket waits at once):
//           {"event":"issued","ticket":UUID,"display":"A001","number":1,
//            "arrival":ms,"attempts":K,"ns":T,"mono":M}
//           {"event":"error","code":"TicketBandExhausted",...} (and goes on)
//   {"event":"done"}                        the mode finished (exit code 0)
//   {"event":"fatal","code":"...","message":"..."}  could not start (exit code 2)
// With --wait-go, take, commit, queue-call and queue-issue print "ready" and
// then wait for a line on stdin before their first attempt, so that a swarm
// starts together.
#include "common/Clock.h"
#include "common/Error.h"
#include "office/ChangeFeed.h"
#include "office/DailyNumbers.h"
#include "office/OfficeLocation.h"
#include "office/OfficeStore.h"
#include "queue/QueueService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>
#include <iostream>
#include <memory>
#include <string>

using namespace kakanai;

namespace {

enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitStore = 2,
    ExitTimeout = 3,
    ExitFailed = 4,
};

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void printLine(const QJsonObject &line)
{
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fatal(const QString &code, const QString &message, int exitCode)
{
    printLine({{QStringLiteral("event"), QStringLiteral("fatal")},
               {QStringLiteral("code"), code},
               {QStringLiteral("message"), message}});
    return exitCode;
}

int fatal(const Error &error)
{
    return fatal(QString::fromLatin1(Error::codeName(error.code())), error.toString(), ExitStore);
}

void waitForGo()
{
    std::string line;
    std::getline(std::cin, line);
}

// The take as the second statement of its transaction, after a read: on
// PostgreSQL the snapshot then comes before DailyNumbers' lock, so takers
// conflict and the store's retries decide (the path a ticket transaction
// that reads first takes).
Result<int> takeAfterRead(OfficeStore &store, DailyNumbers &numbers, const QString &series, QDate date, NumberBand band)
{
    int number = 0;
    const Status done = store.inTransaction([&]() -> Status {
        QSqlQuery read(store.connection());
        read.prepare(QStringLiteral("SELECT count(*) FROM daily_number WHERE series = ?"));
        read.addBindValue(series);
        if (auto ok = store.exec(read); !ok)
            return ok;
        auto taken = numbers.takeInTransaction(series, date, band);
        if (!taken)
            return std::unexpected(taken.error());
        number = *taken;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return number;
}

int runTake(OfficeStore &store, const QCommandLineParser &args, bool waitGo)
{
    const QString series = args.value(QStringLiteral("series"));
    const QDate date = QDate::fromString(args.value(QStringLiteral("date")), Qt::ISODate);
    bool firstOk = false, lastOk = false, countOk = false;
    const NumberBand band{args.value(QStringLiteral("first")).toInt(&firstOk),
                          args.value(QStringLiteral("last")).toInt(&lastOk)};
    const int count = args.value(QStringLiteral("count")).toInt(&countOk);
    const bool readFirst = args.isSet(QStringLiteral("read-first"));
    if (series.isEmpty() || !date.isValid() || !firstOk || !lastOk || !countOk || count < 1)
        return fatal(QStringLiteral("usage"), QStringLiteral("take needs --series, --date, --first, --last, --count"),
                     ExitUsage);
    printLine({{QStringLiteral("event"), QStringLiteral("ready")}});
    if (waitGo)
        waitForGo();
    DailyNumbers numbers(store);
    for (int i = 0; i < count; ++i) {
        const qint64 started = monotonicNs();
        const auto taken =
            readFirst ? takeAfterRead(store, numbers, series, date, band) : numbers.take(series, date, band);
        const qint64 ns = monotonicNs() - started;
        QJsonObject line{{QStringLiteral("attempts"), store.lastAttempts()}, {QStringLiteral("ns"), ns}};
        if (taken) {
            line.insert(QStringLiteral("event"), QStringLiteral("number"));
            line.insert(QStringLiteral("number"), *taken);
        } else if (taken.error().code() == ErrorCode::StoreConstraint
                   && taken.error().technicalDetail().startsWith(QLatin1String("band-exhausted"))) {
            line.insert(QStringLiteral("event"), QStringLiteral("exhausted"));
        } else if (taken.error().code() == ErrorCode::StoreConflict) {
            line.insert(QStringLiteral("event"), QStringLiteral("conflict"));
        } else {
            line.insert(QStringLiteral("event"), QStringLiteral("error"));
            line.insert(QStringLiteral("code"), QString::fromLatin1(Error::codeName(taken.error().code())));
            line.insert(QStringLiteral("detail"), taken.error().technicalDetail());
        }
        printLine(line);
    }
    printLine({{QStringLiteral("event"), QStringLiteral("done")}});
    return ExitOk;
}

// Commit i inserts staff row "<tag>-i" (i < keys) or updates row
// "<tag>-(i % keys)": exactly one changed row, so one change, per commit.
Status commitOne(OfficeStore &store, const QString &key, bool insert)
{
    return store.inTransaction([&]() -> Status {
        QSqlQuery q(store.connection());
        if (insert) {
            q.prepare(QStringLiteral("INSERT INTO staff (staff_id, display_name, role, password_hash, created_at, "
                                     "password_changed_at) VALUES (?, 'probe', 'clerk', 'x', ?, ?)"));
            const QString now = QStringLiteral("2026-01-01T00:00:00Z");
            q.addBindValue(key);
            q.addBindValue(now);
            q.addBindValue(now);
        } else {
            q.prepare(QStringLiteral("UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE staff_id = ?"));
            q.addBindValue(key);
        }
        return store.exec(q);
    });
}

int runCommit(OfficeStore &store, const QCommandLineParser &args, bool waitGo)
{
    bool countOk = false, intervalOk = true, keysOk = true;
    const int count = args.value(QStringLiteral("count")).toInt(&countOk);
    const int intervalMs =
        args.isSet(QStringLiteral("interval-ms")) ? args.value(QStringLiteral("interval-ms")).toInt(&intervalOk) : 0;
    const int keys = args.isSet(QStringLiteral("keys")) ? args.value(QStringLiteral("keys")).toInt(&keysOk) : count;
    const QString tag = args.isSet(QStringLiteral("tag")) ? args.value(QStringLiteral("tag"))
                                                          : QString::number(QCoreApplication::applicationPid());
    if (!countOk || count < 1 || !intervalOk || intervalMs < 0 || !keysOk || keys < 1 || tag.size() > 20)
        return fatal(QStringLiteral("usage"), QStringLiteral("commit needs --count N (and a --tag of up to 20 chars)"),
                     ExitUsage);
    printLine({{QStringLiteral("event"), QStringLiteral("ready")}});
    if (waitGo)
        waitForGo();
    // Paced by a timer, not a sleep, so the store's own events (none today) still run.
    int i = 0;
    QTimer pace;
    pace.setInterval(intervalMs);
    QObject::connect(&pace, &QTimer::timeout, [&] {
        const QString key = QStringLiteral("%1-%2").arg(tag).arg(i % keys);
        const qint64 started = monotonicNs();
        const Status done = commitOne(store, key, i < keys);
        const qint64 mono = monotonicNs();
        if (done) {
            printLine({{QStringLiteral("event"), QStringLiteral("committed")},
                       {QStringLiteral("i"), i},
                       {QStringLiteral("table"), QStringLiteral("staff")},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("attempts"), store.lastAttempts()},
                       {QStringLiteral("ns"), mono - started},
                       {QStringLiteral("mono"), mono}});
        } else {
            printLine({{QStringLiteral("event"), QStringLiteral("error")},
                       {QStringLiteral("i"), i},
                       {QStringLiteral("code"), QString::fromLatin1(Error::codeName(done.error().code()))},
                       {QStringLiteral("detail"), done.error().technicalDetail()},
                       {QStringLiteral("attempts"), store.lastAttempts()}});
        }
        if (++i == count) {
            pace.stop();
            printLine({{QStringLiteral("event"), QStringLiteral("done")}});
            QCoreApplication::exit(ExitOk);
        }
    });
    pace.start();
    return QCoreApplication::exec();
}

QString codeOf(const Error &error)
{
    return QString::fromLatin1(Error::codeName(error.code()));
}

queue::QueueOptions queueOptions()
{
    queue::QueueOptions options;
    options.terminalId = QStringLiteral("probe-%1").arg(QCoreApplication::applicationPid());
    return options;
}

// One counter at work: call, start, finish, as fast as the store lets it.
// Driven by the event loop so that an empty queue is retried on a timer
// (--idle-ms), not in a spin that would starve the other writers' locks.
int runQueueCall(OfficeStore &store, const QCommandLineParser &args, bool waitGo)
{
    const QString counter = args.value(QStringLiteral("counter"));
    bool countOk = true, idleOk = true;
    const int count = args.isSet(QStringLiteral("count")) ? args.value(QStringLiteral("count")).toInt(&countOk) : 0;
    const int idleMs = args.isSet(QStringLiteral("idle-ms")) ? args.value(QStringLiteral("idle-ms")).toInt(&idleOk) : 0;
    if (counter.isEmpty() || counter.size() > 16 || !countOk || count < 0 || !idleOk || idleMs < 0)
        return fatal(QStringLiteral("usage"),
                     QStringLiteral("queue-call needs --counter N (1-16 chars) [--count M] [--idle-ms W]"), ExitUsage);
    const queue::QueueActor actor{args.isSet(QStringLiteral("staff")) ? args.value(QStringLiteral("staff"))
                                                                      : QStringLiteral("probe-") + counter,
                                  Role::Clerk};
    SystemClock clock;
    queue::QueueService service(store, clock, queueOptions());
    printLine({{QStringLiteral("event"), QStringLiteral("ready")}});
    if (waitGo)
        waitForGo();

    int called = 0;
    QElapsedTimer idleSince; // invalid while tickets come
    const auto finishWith = [&](const QString &event, int exitCode) {
        if (!event.isEmpty())
            printLine({{QStringLiteral("event"), event}, {QStringLiteral("called"), called}});
        printLine({{QStringLiteral("event"), QStringLiteral("done")}, {QStringLiteral("called"), called}});
        QCoreApplication::exit(exitCode);
    };
    const auto failed = [&](const QString &step, const Error &error) {
        printLine({{QStringLiteral("event"), QStringLiteral("error")},
                   {QStringLiteral("step"), step},
                   {QStringLiteral("code"), codeOf(error)},
                   {QStringLiteral("detail"), error.technicalDetail()},
                   {QStringLiteral("attempts"), store.lastAttempts()}});
        finishWith({}, ExitFailed);
    };
    std::function<void()> step;
    step = [&] {
        if (count > 0 && called >= count)
            return finishWith({}, ExitOk);
        const qint64 started = monotonicNs();
        const auto ticket = service.callNext(actor, counter);
        const qint64 mono = monotonicNs();
        const int attempts = store.lastAttempts();
        if (!ticket) {
            if (ticket.error().code() != ErrorCode::QueueEmpty)
                return failed(QStringLiteral("call"), ticket.error());
            if (!idleSince.isValid())
                idleSince.start();
            if (idleSince.elapsed() >= idleMs)
                return finishWith(QStringLiteral("empty"), ExitOk);
            QTimer::singleShot(5, step);
            return;
        }
        idleSince.invalidate();
        ++called;
        // Printed before serving, so that "mono" is the moment the call committed.
        printLine({{QStringLiteral("event"), QStringLiteral("called")},
                   {QStringLiteral("ticket"), ticket->ticketId},
                   {QStringLiteral("display"), ticket->display},
                   {QStringLiteral("arrival"), ticket->arrivalAt.toMSecsSinceEpoch()},
                   {QStringLiteral("attempts"), attempts},
                   {QStringLiteral("ns"), mono - started},
                   {QStringLiteral("mono"), mono}});
        if (auto began = service.start(actor, counter); !began)
            return failed(QStringLiteral("start"), began.error());
        if (auto finished = service.finish(actor, counter); !finished)
            return failed(QStringLiteral("finish"), finished.error());
        QTimer::singleShot(0, step);
    };
    QTimer::singleShot(0, step);
    return QCoreApplication::exec();
}

// Reception issuing tickets without a slip, one after another.
int runQueueIssue(OfficeStore &store, const QCommandLineParser &args, bool waitGo)
{
    const QString category = args.value(QStringLiteral("category"));
    bool countOk = false;
    const int count = args.value(QStringLiteral("count")).toInt(&countOk);
    if (category.isEmpty() || !countOk || count < 1)
        return fatal(QStringLiteral("usage"), QStringLiteral("queue-issue needs --category C --count M"), ExitUsage);
    SystemClock clock;
    queue::QueueService service(store, clock, queueOptions());
    const queue::QueueActor actor{QStringLiteral("probe-reception"), Role::Reception};
    queue::IssueRequest request;
    request.category = category;
    request.printSlip = false;
    printLine({{QStringLiteral("event"), QStringLiteral("ready")}});
    if (waitGo)
        waitForGo();
    for (int i = 0; i < count; ++i) {
        const qint64 started = monotonicNs();
        const auto issued = service.issue(actor, request);
        const qint64 mono = monotonicNs();
        QJsonObject line{{QStringLiteral("attempts"), store.lastAttempts()},
                         {QStringLiteral("ns"), mono - started},
                         {QStringLiteral("mono"), mono}};
        if (issued) {
            line.insert(QStringLiteral("event"), QStringLiteral("issued"));
            line.insert(QStringLiteral("ticket"), issued->ticket.ticketId);
            line.insert(QStringLiteral("display"), issued->ticket.display);
            line.insert(QStringLiteral("number"), issued->ticket.number);
            line.insert(QStringLiteral("arrival"), issued->ticket.arrivalAt.toMSecsSinceEpoch());
        } else {
            line.insert(QStringLiteral("event"), QStringLiteral("error"));
            line.insert(QStringLiteral("code"), codeOf(issued.error()));
            line.insert(QStringLiteral("detail"), issued.error().technicalDetail());
        }
        printLine(line);
    }
    printLine({{QStringLiteral("event"), QStringLiteral("done")}});
    return ExitOk;
}

int runListen(OfficeStore &store, const QCommandLineParser &args)
{
    bool countOk = false, waitOk = true;
    const int count = args.value(QStringLiteral("count")).toInt(&countOk);
    const int waitMs =
        args.isSet(QStringLiteral("wait-ms")) ? args.value(QStringLiteral("wait-ms")).toInt(&waitOk) : 60000;
    if (!countOk || count < 1 || !waitOk || waitMs < 1)
        return fatal(QStringLiteral("usage"), QStringLiteral("listen needs --count N"), ExitUsage);
    ChangeFeed *feed = store.changes();
    int seen = 0;
    bool ready = false;
    const auto announceReady = [&] {
        if (ready || feed->state() != ChangeFeed::State::Live)
            return;
        ready = true;
        printLine({{QStringLiteral("event"), QStringLiteral("ready")}});
    };
    QObject::connect(feed, &ChangeFeed::changed, [&](const QString &table, const QStringList &keys) {
        const qint64 mono = monotonicNs();
        for (const QString &key : keys) {
            printLine({{QStringLiteral("event"), QStringLiteral("change")},
                       {QStringLiteral("table"), table},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("mono"), mono}});
            ++seen;
        }
        if (seen >= count) {
            printLine({{QStringLiteral("event"), QStringLiteral("done")}});
            QCoreApplication::exit(ExitOk);
        }
    });
    QObject::connect(feed, &ChangeFeed::stateChanged, [&](ChangeFeed::State state) {
        printLine({{QStringLiteral("event"), QStringLiteral("state")},
                   {QStringLiteral("state"), ChangeFeed::stateName(state)}});
        announceReady();
    });
    QObject::connect(feed, &ChangeFeed::resynchronise, [] {
        printLine({{QStringLiteral("event"), QStringLiteral("resync")}});
    });
    QTimer::singleShot(waitMs, [&] {
        printLine({{QStringLiteral("event"), QStringLiteral("timeout")}, {QStringLiteral("seen"), seen}});
        QCoreApplication::exit(ExitTimeout);
    });
    // The SQLite feed is Live as soon as it exists; PostgreSQL's after its LISTEN.
    announceReady();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kakanai-office-probe"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("One PC of an office, for the office store's multi-process tests."));
    parser.addHelpOption();
    const auto option = [&](const char *name, const char *help, const char *value = nullptr) {
        if (value)
            parser.addOption(
                QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value)));
        else
            parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help)));
    };
    option("sqlite", "The office store's SQLite file.", "path");
    option("pg-url", "The office store's PostgreSQL URL (postgresql://user@host:port/db?sslmode=...).", "url");
    option("password-file", "The PostgreSQL role's password, in a 0600 file.", "file");
    option("timeout-ms", "The store's timeout (default 5000).", "ms");
    option("max-attempts", "Tries of a transaction that lost a race (default: the store's).", "n");
    option("wait-go", "take, commit, queue-call, queue-issue: after \"ready\", wait for a line on stdin.");
    option("series", "take: the number series.", "name");
    option("date", "take: the office day (YYYY-MM-DD).", "date");
    option("first", "take: the band's first number.", "n");
    option("last", "take: the band's last number.", "n");
    option("read-first", "take: read daily_number in the transaction before taking.");
    option("count",
           "take: attempts; listen: changes to wait for; commit: commits; queue-call: calls at most "
           "(default: until nobody waits); queue-issue: tickets.",
           "n");
    option("counter", "queue-call: the counter's ID.", "id");
    option("staff", "queue-call: the staff ID in the events (default probe-<counter>).", "id");
    option("idle-ms", "queue-call: go on trying this long while nobody waits (default 0).", "ms");
    option("category", "queue-issue: the ticket category's code.", "code");
    option("wait-ms", "listen: give up after this long (default 60000).", "ms");
    option("interval-ms", "commit: pause between commits (default 0).", "ms");
    option("tag", "commit: the staff ids' prefix (default: the pid).", "text");
    option("keys", "commit: how many rows the commits go round (default: --count).", "n");
    parser.addPositionalArgument(QStringLiteral("mode"),
                                 QStringLiteral("take, listen, commit, queue-call or queue-issue"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fatal(QStringLiteral("usage"),
                     QStringLiteral("give one mode: take, listen, commit, queue-call or queue-issue"), ExitUsage);
    const QString mode = positional.first();

    OfficeStoreOptions options;
    options.applicationName = QStringLiteral("kakanai-office-probe");
    if (parser.isSet(QStringLiteral("sqlite")) == parser.isSet(QStringLiteral("pg-url")))
        return fatal(QStringLiteral("usage"), QStringLiteral("give --sqlite PATH or --pg-url URL"), ExitUsage);
    if (parser.isSet(QStringLiteral("sqlite"))) {
        options.location = OfficeLocation::sqliteFile(parser.value(QStringLiteral("sqlite")));
    } else {
        auto location = OfficeLocation::parse(parser.value(QStringLiteral("pg-url")));
        if (!location)
            return fatal(location.error());
        options.location = *location;
        options.passwordFile = parser.value(QStringLiteral("password-file"));
    }
    if (parser.isSet(QStringLiteral("timeout-ms")))
        options.timeoutMs = parser.value(QStringLiteral("timeout-ms")).toInt();
    if (parser.isSet(QStringLiteral("max-attempts")))
        options.maxAttempts = parser.value(QStringLiteral("max-attempts")).toInt();
    if (options.timeoutMs < 1 || options.maxAttempts < 1)
        return fatal(QStringLiteral("usage"), QStringLiteral("--timeout-ms and --max-attempts must be positive"),
                     ExitUsage);

    auto store = OfficeStore::open(options);
    if (!store)
        return fatal(store.error());
    const bool waitGo = parser.isSet(QStringLiteral("wait-go"));
    if (mode == QLatin1String("take"))
        return runTake(**store, parser, waitGo);
    if (mode == QLatin1String("commit"))
        return runCommit(**store, parser, waitGo);
    if (mode == QLatin1String("listen"))
        return runListen(**store, parser);
    if (mode == QLatin1String("queue-call"))
        return runQueueCall(**store, parser, waitGo);
    if (mode == QLatin1String("queue-issue"))
        return runQueueIssue(**store, parser, waitGo);
    return fatal(QStringLiteral("usage"),
                 QStringLiteral("unknown mode (take, listen, commit, queue-call, queue-issue)"), ExitUsage);
}
