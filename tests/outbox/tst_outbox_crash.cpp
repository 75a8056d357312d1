// The crash test: `kakanai-cli outbox enqueue` and `kakanai-cli outbox flush`
// are killed with SIGKILL at random moments, restarted, killed again … and
// in the end the back-office simulator holds every record exactly once.
//
//   tst_outbox_crash [--long]     (or KAKANAI_OUTBOX_LONG=1)
//     default: 200 records, 20 kills of the uploader; --long: 1000 and 100.
//   KAKANAI_OUTBOX_SEED=N repeats a run (the seed is printed).
#include "OutboxTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace kakanai::test;

namespace {
bool g_long = false;
}

class TestOutboxCrash : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void killedAtRandomMomentsLosesNothingDuplicatesNothing();

private:
    // Starts the CLI with `args`; kills it after `killAfterMs` unless it
    // finished first. Returns true when it was killed while still running.
    bool runAndMaybeKill(const QStringList &args, int killAfterMs, int *exitCode);
    QStringList base() const;

    QTemporaryDir m_dir;
    QString m_settings;
    quint32 m_seed = 0;
};

void TestOutboxCrash::initTestCase()
{
    if (SimProcess::executable().isEmpty())
        QSKIP("kakanai-backoffice-sim is not built (KAKANAI_BACKOFFICE_SIM unset)");
    QVERIFY2(QFile::exists(qEnvironmentVariable("KAKANAI_CLI")), "KAKANAI_CLI must point at kakanai-cli");
    g_long = g_long || qEnvironmentVariableIntValue("KAKANAI_OUTBOX_LONG") != 0;
    bool seeded = false;
    m_seed = quint32(qEnvironmentVariableIntValue("KAKANAI_OUTBOX_SEED", &seeded));
    if (!seeded)
        m_seed = QRandomGenerator::global()->generate();
    qInfo() << "seed" << m_seed << (g_long ? "(long run)" : "");
}

QStringList TestOutboxCrash::base() const
{
    return {QStringLiteral("--settings"), m_settings, QStringLiteral("--db"), m_dir.filePath(QStringLiteral("counter.sqlite"))};
}

bool TestOutboxCrash::runAndMaybeKill(const QStringList &args, int killAfterMs, int *exitCode)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(m_dir.path()));
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(qEnvironmentVariable("KAKANAI_CLI"), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + base() + args);
    if (!p.waitForStarted(10000))
        return false;
    if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
        p.kill(); // SIGKILL: no destructor, no rollback, no goodbye
        p.waitForFinished(10000);
        *exitCode = -1;
        return true;
    }
    if (killAfterMs < 0 && !p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished(10000);
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return false;
}

void TestOutboxCrash::killedAtRandomMomentsLosesNothingDuplicatesNothing()
{
    const int records = g_long ? 1000 : 200;
    const int uploaderKills = g_long ? 100 : 20;
    QRandomGenerator random(m_seed);
    QElapsedTimer clock;
    clock.start();

    SimProcess sim(m_dir.filePath(QStringLiteral("sim.sqlite")));
    QVERIFY2(sim.start(), qPrintable(sim.output()));
    // Every answer takes a little while, so kills land with requests in flight.
    QVERIFY(sim.setFault({{QStringLiteral("mode"), QStringLiteral("slow")}, {QStringLiteral("delayMs"), 150}}));

    m_settings = m_dir.filePath(QStringLiteral("kakanai.ini"));
    {
        QFile ini(m_settings);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(QStringLiteral("[security]\nrecordKeyFile=%1\n[backoffice]\nurl=%2\ntimeoutMs=5000\n"
                                 "[outbox]\nbackoffFloorMs=20\nbackoffCapMs=300\nbatchSize=3\n")
                      .arg(m_dir.filePath(QStringLiteral("record.key")), sim.url().toString())
                      .toUtf8());
    }
    // The store is made once, as an administrator would (kakanai-cli creates
    // no store by accident).
    QCOMPARE(runCli(m_dir.path(), base() + QStringList{QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 0);

    // The records, as files an RPA tool would drop.
    QStringList ids;
    QStringList files;
    QDir().mkpath(m_dir.filePath(QStringLiteral("in")));
    for (int i = 0; i < records; ++i) {
        ids << newUuid();
        files << m_dir.filePath(QStringLiteral("in/%1.json").arg(ids.last()));
        QFile f(files.last());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(makeRecord(ids.last(), i % 3 ? QStringLiteral("moving") : QStringLiteral("certificate")));
    }

    // 1. Queueing is killed a few times too; re-running it is safe.
    int enqueueKills = 0;
    for (int round = 0;; ++round) {
        QVERIFY2(round < 20, "enqueue never completed");
        int code = 0;
        const int killAfter = round < 3 ? int(random.bounded(15, 150)) : -1;
        if (runAndMaybeKill(QStringList{QStringLiteral("outbox"), QStringLiteral("enqueue")} + files, killAfter, &code)) {
            ++enqueueKills;
            continue;
        }
        QCOMPARE(code, 0);
        break;
    }

    // 2. The uploader is killed again and again.
    int killsMidUpload = 0;
    int attempts = 0;
    bool finished = false;
    while (killsMidUpload < uploaderKills && attempts < uploaderKills * 4) {
        ++attempts;
        int code = 0;
        const bool killed = runAndMaybeKill({QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--timeout"), QStringLiteral("60")},
                                            int(random.bounded(40, 700)), &code);
        if (!killed) {
            QCOMPARE(code, 0);
            finished = true;
            break;
        }
        ++killsMidUpload;
        // Now and then a kill with nothing in flight yet: right at start-up.
        if (random.bounded(5) == 0) {
            ++attempts;
            runAndMaybeKill({QStringLiteral("outbox"), QStringLiteral("flush")}, int(random.bounded(0, 40)), &code);
        }
    }
    const auto midway = sim.stats();
    QVERIFY(midway);
    qInfo() << "enqueue kills:" << enqueueKills << "uploader kills:" << killsMidUpload << "stored before the last run:"
            << midway->value(QStringLiteral("stored")).toInt() << "of" << records;

    // 3. Undisturbed runs finish the job, at full speed.
    QVERIFY(sim.setFault({{QStringLiteral("mode"), QStringLiteral("none")}}));
    for (int run = 0; !finished; ++run) {
        QVERIFY2(run < 5, "the records were not all sent in five undisturbed runs");
        int code = 0;
        QVERIFY(!runAndMaybeKill({QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--timeout"), QStringLiteral("60")}, -1, &code));
        finished = code == 0;
    }

    // Nothing lost, nothing twice.
    const CliRun status = runCli(m_dir.path(), base() + QStringList{QStringLiteral("outbox"), QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject counts = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QCOMPARE(counts.value(QStringLiteral("sent")).toInt(), records);
    QCOMPARE(counts.value(QStringLiteral("pending")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("sending")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("rejected")).toInt(), 0);

    const auto stats = sim.stats();
    QVERIFY(stats);
    QCOMPARE(stats->value(QStringLiteral("stored")).toInt(), records);
    QCOMPARE(stats->value(QStringLiteral("conflicts")).toInt(), 0);
    const auto stored = sim.records();
    QVERIFY(stored);
    QSet<QString> keys;
    for (const QJsonValue &v : *stored) {
        const QJsonObject r = v.toObject();
        const QString key = r.value(QStringLiteral("key")).toString();
        QVERIFY2(!keys.contains(key), "stored twice");
        keys.insert(key);
        const int index = int(ids.indexOf(key));
        QVERIFY2(index >= 0, "a record nobody queued");
        QCOMPARE(r.value(QStringLiteral("body")).toObject(),
                 QJsonDocument::fromJson(makeRecord(key, index % 3 ? QStringLiteral("moving") : QStringLiteral("certificate"))).object());
    }
    QCOMPARE(keys.size(), records);
    qInfo() << "POSTs" << stats->value(QStringLiteral("requests")).toInt() << "lookups" << stats->value(QStringLiteral("lookups")).toInt()
            << "repeated POSTs of stored records" << stats->value(QStringLiteral("duplicates")).toInt() << "in" << clock.elapsed() << "ms";
    QVERIFY2(killsMidUpload >= qMin(uploaderKills, 5), "too few kills landed while uploading; the test did not test much");
}

int main(int argc, char *argv[])
{
    // --long is ours; QTest would refuse it.
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (qstrcmp(argv[i], "--long") == 0)
            g_long = true;
        else
            args.push_back(argv[i]);
    }
    int count = int(args.size());
    QCoreApplication app(count, args.data());
    TestOutboxCrash test;
    return QTest::qExec(&test, count, args.data());
}

#include "tst_outbox_crash.moc"
