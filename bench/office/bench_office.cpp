// How fast is the office store between processes (issue 12)?
//  (a) commit -> change seen by another process: a committer and a listener
//      (kakanai-office-probe, one "PC" each) on one store, --commits commits
//      every --interval-ms; median and p99 of the time from COMMIT returning
//      in one process to the change arriving in the other (CLOCK_MONOTONIC,
//      shared by the two). Goals: <= 100 ms PostgreSQL, <= 50 ms SQLite.
//  (b) contended takes per second: --writers probes take numbers of one
//      series and day (one row) as fast as they can, --takes each, let go at
//      the same moment; numbers/s, retries and conflicts (races still lost
//      after the store's retries).
// Prints figures; asserts nothing about speed (exit 1 only when a run broke:
// a probe failed, a change was lost, a number given twice).
//
// SQLite always; PostgreSQL when the test server is there (KAKANAI_TEST_PG_*).
// This program starts no server itself. By hand, from the checkout:
//   source scripts/lib/postgres-test-env.sh && kakanai_postgres_start &&
//     build/bench/office/bench_office; kakanai_postgres_stop
// (one shell: the function exports the variables and must stop what it started).
//   bench_office [--engine sqlite|postgresql|both] [--commits N] [--interval-ms I]
//                [--writers W] [--takes M] [--max-attempts K] [--probe PATH]
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "office/ProbeSwarm.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace kakanai;
using namespace kakanai::test;

namespace {

struct BenchSettings {
    QString probe;
    int commits = 200;
    int intervalMs = 20;
    int writers = 10;
    int takes = 100;
    int maxAttempts = 0; // 0: the store's default
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QStringList probeStoreArgs(const OfficeStoreOptions &options, const BenchSettings &settings)
{
    QStringList args = ProbeSwarm::storeArguments(options);
    if (settings.maxAttempts > 0)
        args << QStringLiteral("--max-attempts") << QString::number(settings.maxAttempts);
    return args;
}

// (a) Returns false when the run broke (not when it was slow).
bool feedLatency(const QString &engine, const OfficeStoreOptions &options, const BenchSettings &settings)
{
    ProbeSwarm swarm(settings.probe);
    const int listener = swarm.start(probeStoreArgs(options, settings)
                                     + QStringList{QStringLiteral("listen"), QStringLiteral("--count"),
                                                   QString::number(settings.commits), QStringLiteral("--wait-ms"),
                                                   QString::number(60000 + settings.commits * settings.intervalMs)});
    if (!swarm.waitForEvent(listener, QStringLiteral("ready"), 30000)) {
        out() << "  the listener did not start:" << swarm.report() << Qt::endl;
        return false;
    }
    const int committer = swarm.start(
        probeStoreArgs(options, settings)
        + QStringList{QStringLiteral("commit"), QStringLiteral("--count"), QString::number(settings.commits),
                      QStringLiteral("--interval-ms"), QString::number(settings.intervalMs), QStringLiteral("--tag"),
                      QStringLiteral("bench"), QStringLiteral("--keys"), QStringLiteral("10")});
    if (!swarm.waitForFinished(120000 + settings.commits * settings.intervalMs) || swarm.exitCode(listener) != 0
        || swarm.exitCode(committer) != 0) {
        out() << "  the run broke:" << swarm.report() << Qt::endl;
        return false;
    }
    QList<QJsonObject> committed, seen;
    for (const QJsonObject &line : swarm.lines(committer))
        if (line.value(QStringLiteral("event")).toString() == QLatin1String("committed"))
            committed << line;
    for (const QJsonObject &line : swarm.lines(listener))
        if (line.value(QStringLiteral("event")).toString() == QLatin1String("change"))
            seen << line;
    if (committed.size() != settings.commits || seen.size() != settings.commits) {
        out() << "  " << committed.size() << " commits, " << seen.size() << " changes seen:" << swarm.report()
              << Qt::endl;
        return false;
    }
    QList<qint64> latencies, commitTimes;
    for (int i = 0; i < settings.commits; ++i) {
        if (seen.at(i).value(QStringLiteral("key")) != committed.at(i).value(QStringLiteral("key"))) {
            out() << "  change " << i << " out of order" << Qt::endl;
            return false;
        }
        latencies << qint64(seen.at(i).value(QStringLiteral("mono")).toDouble())
                         - qint64(committed.at(i).value(QStringLiteral("mono")).toDouble());
        commitTimes << qint64(committed.at(i).value(QStringLiteral("ns")).toDouble());
    }
    const DurationSummary s = DurationSummary::of(latencies);
    const double goal = engine == QLatin1String("sqlite") ? 50 : 100;
    out() << QStringLiteral("  (a) commit -> seen in another process, %1 commits every %2 ms: median %3 ms, "
                            "p99 %4 ms, max %5 ms (goal <= %6 ms: %7)")
                 .arg(settings.commits)
                 .arg(settings.intervalMs)
                 .arg(s.medianMs, 0, 'f', 2)
                 .arg(s.p99Ms, 0, 'f', 2)
                 .arg(s.maxMs, 0, 'f', 2)
                 .arg(goal)
                 .arg(s.p99Ms <= goal
                          ? QStringLiteral("met at p99")
                          : (s.medianMs <= goal ? QStringLiteral("met at the median only") : QStringLiteral("NOT met")))
          << Qt::endl;
    out() << "      the commit itself (inTransaction in the committer): " << DurationSummary::of(commitTimes).toString()
          << Qt::endl;
    return true;
}

// (b)
bool contendedTakes(const OfficeStoreOptions &options, const BenchSettings &settings)
{
    const QString series = QStringLiteral("B");
    const QDate day(2026, 4, 1);
    ProbeSwarm swarm(settings.probe);
    const QStringList args =
        probeStoreArgs(options, settings) + QStringList{QStringLiteral("--wait-go"), QStringLiteral("take"),
                                                        QStringLiteral("--series"),  series,
                                                        QStringLiteral("--date"),    day.toString(Qt::ISODate),
                                                        QStringLiteral("--first"),   QStringLiteral("1"),
                                                        QStringLiteral("--last"),    QStringLiteral("999999"),
                                                        QStringLiteral("--count"),   QString::number(settings.takes)};
    for (int i = 0; i < settings.writers; ++i)
        swarm.start(args);
    if (!swarm.waitAllFor(QStringLiteral("ready"), 60000)) {
        out() << "  the writers did not start:" << swarm.report() << Qt::endl;
        return false;
    }
    const qint64 started = ProbeSwarm::monotonicNs();
    swarm.sendGo();
    if (!swarm.waitForFinished(600000)) {
        out() << "  the writers did not finish:" << swarm.report() << Qt::endl;
        return false;
    }
    const double seconds = double(ProbeSwarm::monotonicNs() - started) / 1e9;
    QList<int> numbers;
    int conflicts = 0, errors = 0, retries = 0;
    QMap<int, int> triesHistogram;
    QList<qint64> takeTimes;
    QMap<QString, int> errorCodes;
    for (int p = 0; p < swarm.size(); ++p) {
        for (const QJsonObject &line : swarm.lines(p)) {
            const QString event = line.value(QStringLiteral("event")).toString();
            if (event == QLatin1String("ready") || event == QLatin1String("done"))
                continue;
            const int tries = line.value(QStringLiteral("attempts")).toInt();
            ++triesHistogram[tries];
            retries += std::max(0, tries - 1);
            takeTimes << qint64(line.value(QStringLiteral("ns")).toDouble());
            if (event == QLatin1String("number"))
                numbers << line.value(QStringLiteral("number")).toInt();
            else if (event == QLatin1String("conflict"))
                ++conflicts;
            else {
                ++errors;
                ++errorCodes[line.value(QStringLiteral("code")).toString() + u'/' + event];
            }
        }
    }
    const bool unique = QSet<int>(numbers.cbegin(), numbers.cend()).size() == numbers.size();
    QStringList histogram;
    for (auto it = triesHistogram.cbegin(); it != triesHistogram.cend(); ++it)
        histogram << QStringLiteral("%1 try:%2").arg(it.key()).arg(it.value());
    out() << QStringLiteral("  (b) %1 writers x %2 takes on one row: %3 numbers in %4 s = %5 numbers/s; "
                            "%6 retries, %7 conflicts (gave up), %8 other errors")
                 .arg(settings.writers)
                 .arg(settings.takes)
                 .arg(numbers.size())
                 .arg(seconds, 0, 'f', 2)
                 .arg(double(numbers.size()) / seconds, 0, 'f', 0)
                 .arg(retries)
                 .arg(conflicts)
                 .arg(errors)
          << Qt::endl;
    out() << "      tries per take: " << histogram.join(QStringLiteral(", ")) << Qt::endl;
    out() << "      one take (incl. retries): " << DurationSummary::of(takeTimes).toString() << Qt::endl;
    for (auto it = errorCodes.cbegin(); it != errorCodes.cend(); ++it)
        out() << "      error " << it.key() << ": " << it.value() << Qt::endl;
    int procFailures = 0;
    for (int p = 0; p < swarm.size(); ++p)
        procFailures += swarm.exitCode(p) != 0;
    if (!unique || procFailures > 0) {
        out() << "  BROKEN: " << (unique ? "" : "a number was given twice; ") << procFailures << " writers failed"
              << swarm.report() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The office store between processes: feed latency, contended takes."));
    parser.addHelpOption();
    const QCommandLineOption engineOpt(QStringLiteral("engine"),
                                       QStringLiteral("sqlite, postgresql or both (default)."), QStringLiteral("name"),
                                       QStringLiteral("both"));
    const QCommandLineOption commitsOpt(QStringLiteral("commits"), QStringLiteral("(a) commits (default 200)."),
                                        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption intervalOpt(QStringLiteral("interval-ms"),
                                         QStringLiteral("(a) pause between commits (default 20)."),
                                         QStringLiteral("ms"), QStringLiteral("20"));
    const QCommandLineOption writersOpt(QStringLiteral("writers"), QStringLiteral("(b) writer processes (default 10)."),
                                        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption takesOpt(QStringLiteral("takes"), QStringLiteral("(b) takes per writer (default 100)."),
                                      QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption attemptsOpt(QStringLiteral("max-attempts"),
                                         QStringLiteral("The store's tries per transaction (default: its own)."),
                                         QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption probeOpt(QStringLiteral("probe"), QStringLiteral("The kakanai-office-probe to run."),
                                      QStringLiteral("path"));
    parser.addOptions({engineOpt, commitsOpt, intervalOpt, writersOpt, takesOpt, attemptsOpt, probeOpt});
    parser.process(app);

    BenchSettings settings;
    settings.commits = std::max(1, parser.value(commitsOpt).toInt());
    settings.intervalMs = std::max(0, parser.value(intervalOpt).toInt());
    settings.writers = std::max(1, parser.value(writersOpt).toInt());
    settings.takes = std::max(1, parser.value(takesOpt).toInt());
    settings.maxAttempts = std::max(0, parser.value(attemptsOpt).toInt());
    settings.probe = parser.isSet(probeOpt) ? parser.value(probeOpt) : ProbeSwarm::programFromEnvironment();
    if (settings.probe.isEmpty())
        settings.probe = QStringLiteral(KAKANAI_OFFICE_PROBE_PATH);
    if (!QFileInfo(settings.probe).isExecutable()) {
        out() << "bench_office: no kakanai-office-probe at " << settings.probe << " (build it; --probe PATH)"
              << Qt::endl;
        return 2;
    }

    const QStringList engines =
        OfficeTestEnv::benchEngines(parser.value(engineOpt), QStringLiteral("bench_office"), out());
    if (engines.isEmpty())
        return 2;

    out() << "bench_office: " << QThread::idealThreadCount() << " CPUs; writers and listener are separate processes"
          << Qt::endl;
    bool ok = true;
    for (const QString &engine : std::as_const(engines)) {
        QTemporaryDir dir;
        out() << engine << ":" << Qt::endl;
        // One store per part, so (b)'s writers do not share a WAL or table with (a)'s rows.
        for (int part = 0; part < 2; ++part) {
            const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, dir);
            auto store = OfficeStore::open(options); // the schema before the probes come
            if (!store) {
                out() << "  cannot open the store: " << store.error().toString() << Qt::endl;
                ok = false;
                break;
            }
            ok = (part == 0 ? feedLatency(engine, options, settings) : contendedTakes(options, settings)) && ok;
        }
    }
    return ok ? 0 : 1;
}
