// The kakanai-backoffice-sim executable: the "listening on" line with
// --port 0, records over HTTP, a clean exit on SIGTERM/SIGINT, persistence
// across a restart with --db, command-line faults and token, exit codes, and
// no record body in its output.

#include "SimTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <memory>

using namespace simtest;

namespace {

const QString kExe = QStringLiteral(KAKANAI_BACKOFFICE_SIM_EXE);

// A running simulator process.
class SimProcess {
public:
    ~SimProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(kWaitMs);
        }
    }

    // Starts with `arguments` (plus --port 0) and waits for the "listening on" line.
    bool start(const QStringList &arguments)
    {
        // Every message of the simulator's category on, to check what it logs.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kakanai.backoffice-sim.*=true"));
        m_process.setProcessEnvironment(env);
        m_process.start(kExe, QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        if (!m_process.waitForStarted(kWaitMs))
            return false;
        const QRegularExpression line(
            QStringLiteral("^kakanai-backoffice-sim: listening on (http://127\\.0\\.0\\.1:(\\d+))\\n"));
        QRegularExpressionMatch match;
        waitUntil([&] {
            m_stdout += m_process.readAllStandardOutput();
            match = line.match(QString::fromUtf8(m_stdout));
            return match.hasMatch() || m_process.state() == QProcess::NotRunning;
        });
        if (!match.hasMatch())
            return false;
        m_url = QUrl(match.captured(1));
        m_port = match.captured(2).toUShort();
        return m_port != 0;
    }

    // Sends `signal` and waits for the exit.
    bool stop(int signal = SIGTERM)
    {
        ::kill(static_cast<pid_t>(m_process.processId()), signal);
        return m_process.waitForFinished(kWaitMs);
    }

    QProcess &process() { return m_process; }
    QUrl url() const { return m_url; }
    quint16 port() const { return m_port; }
    QByteArray stdoutText()
    {
        m_stdout += m_process.readAllStandardOutput();
        return m_stdout;
    }
    QByteArray allOutput()
    {
        m_stdout += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
        return m_stdout + m_stderr;
    }

private:
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_url;
    quint16 m_port = 0;
};

// Runs the executable to its end (for the usage and start errors).
int runToExit(const QStringList &arguments, QByteArray *stderrText = nullptr)
{
    QProcess p;
    p.start(kExe, arguments);
    if (!p.waitForFinished(kWaitMs)) {
        p.kill();
        p.waitForFinished(kWaitMs);
        return -1;
    }
    if (stderrText)
        *stderrText = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

} // namespace

class TestBackofficeSimProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsStopsAndKeepsRecordsAcrossRestart_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void runsStopsAndKeepsRecordsAcrossRestart()
    {
        QFETCH(int, signal);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("backoffice.sqlite"));
        const QString key = newKey();
        QString receivedAt;
        {
            SimProcess sim;
            QVERIFY(sim.start({QStringLiteral("--db"), db}));
            SimClient client(sim.url());
            QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
            const HttpResult r = client.postRecord(makeRecord(key));
            QCOMPARE(r.status, 201);
            receivedAt = r.json().value(QStringLiteral("receivedAt")).toString();

            QVERIFY(sim.stop(signal));
            QCOMPARE(sim.process().exitStatus(), QProcess::NormalExit);
            QCOMPARE(sim.process().exitCode(), 0);
            // The line appears exactly once.
            QCOMPARE(sim.stdoutText().count("listening on"), 1);
        }
        SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--db"), db}));
        SimClient client(sim.url());
        const HttpResult g = client.get(QStringLiteral("/records/") + key);
        QCOMPARE(g.status, 200);
        QCOMPARE(g.json().value(QStringLiteral("receivedAt")).toString(), receivedAt);
        QCOMPARE(client.postRecord(makeRecord(key)).status, 200);
        QCOMPARE(client.stats().value(QStringLiteral("stored")).toInt(), 1);
        QVERIFY(sim.stop());
        QCOMPARE(sim.process().exitCode(), 0);
    }

    void inMemoryByDefault()
    {
        const QString key = newKey();
        for (int run = 0; run < 2; ++run) {
            SimProcess sim;
            QVERIFY(sim.start({}));
            SimClient client(sim.url());
            QCOMPARE(client.get(QStringLiteral("/records/") + key).status, 404); // forgotten after a restart
            QCOMPARE(client.postRecord(makeRecord(key)).status, 201);
            QVERIFY(sim.stop());
        }
    }

    void faultAndTokenFromTheCommandLine()
    {
        SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--fault"), QStringLiteral("500"), QStringLiteral("--fault-count"),
                           QStringLiteral("2"), QStringLiteral("--token"), QStringLiteral("t0k3n")}));
        SimClient client(sim.url());
        const HeaderList auth{{"Authorization", "Bearer t0k3n"}};
        const QString key = newKey();
        QCOMPARE(client.postRecord(makeRecord(key)).status, 401); // the token check comes first
        QCOMPARE(client.postRecord(makeRecord(key), auth).status, 500);
        QCOMPARE(client.postRecord(makeRecord(key), auth).status, 500);
        QCOMPARE(client.postRecord(makeRecord(key), auth).status, 201);
        const QJsonObject fault = client.get(QStringLiteral("/_sim/fault")).json();
        QCOMPARE(fault.value(QStringLiteral("mode")).toString(), QStringLiteral("none"));
        QVERIFY(sim.stop());
    }

    void slowFromTheCommandLine()
    {
        SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--fault"), QStringLiteral("slow"), QStringLiteral("--delay-ms"),
                           QStringLiteral("250"), QStringLiteral("--fault-on"), QStringLiteral("all")}));
        SimClient client(sim.url());
        const QJsonObject fault = client.get(QStringLiteral("/_sim/fault")).json();
        QCOMPARE(fault.value(QStringLiteral("mode")).toString(), QStringLiteral("slow"));
        QCOMPARE(fault.value(QStringLiteral("delayMs")).toInt(), 250);
        QCOMPARE(fault.value(QStringLiteral("on")).toString(), QStringLiteral("all"));
        QVERIFY(sim.stop());
    }

    void neverPrintsRecordBodies()
    {
        SimProcess sim;
        QVERIFY(sim.start({}));
        SimClient client(sim.url());
        const QString key = newKey();
        QJsonObject record = makeRecord(key);
        record.insert(QStringLiteral("individualNumber"), QStringLiteral("123456789018"));
        record.insert(QStringLiteral("marker"), QStringLiteral("SECRET-MARKER-7f3a"));
        QCOMPARE(client.postRecord(record).status, 201);
        QCOMPARE(client.postRecord(record).status, 200);
        record.insert(QStringLiteral("kind"), QStringLiteral("other"));
        QCOMPARE(client.postRecord(record).status, 409);
        QCOMPARE(client.request("POST", QStringLiteral("/records"), "{\"marker\": \"SECRET-MARKER-7f3a\"",
                                {{"Content-Type", "application/json"}, {"Idempotency-Key", key.toLatin1()}})
                     .status,
                 400);
        QVERIFY(sim.stop());
        const QByteArray output = sim.allOutput();
        QVERIFY(output.contains(key.toLatin1())); // keys are logged
        QVERIFY(!output.contains("SECRET-MARKER"));
        QVERIFY(!output.contains("123456789018"));
        QVERIFY(!output.contains("試験"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--nope")} << 1;
        QTest::newRow("port out of range") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << 1;
        QTest::newRow("host not an address") << QStringList{QStringLiteral("--host"), QStringLiteral("localhost")} << 1;
        QTest::newRow("unknown fault") << QStringList{QStringLiteral("--fault"), QStringLiteral("explode")} << 1;
        QTest::newRow("bad fault count") << QStringList{QStringLiteral("--fault"), QStringLiteral("500"),
                                                        QStringLiteral("--fault-count"), QStringLiteral("0")}
                                         << 1;
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << 1;
        QTest::newRow("db is a directory") << QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                          QStringLiteral("--db"), QStringLiteral("/")}
                                           << 2;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QByteArray err;
        QTEST(runToExit(arguments, &err), "exitCode");
    }

    void portInUse()
    {
        SimProcess first;
        QVERIFY(first.start({}));
        QByteArray err;
        QCOMPARE(runToExit({QStringLiteral("--port"), QString::number(first.port())}, &err), 3);
        QVERIFY2(err.contains("cannot listen"), err.constData());
    }

    void newerDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mk"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("mk"));
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();

        QByteArray err;
        QCOMPARE(runToExit({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db}, &err), 2);
        QVERIFY2(err.contains("newer"), err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestBackofficeSimProcess)
#include "tst_backofficesimprocess.moc"
