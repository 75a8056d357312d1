// kakanai-cli outbox …: enqueue validation, status and list output, flush
// against an unreachable back office, and exit codes. (With the simulator:
// tst_outbox_faults and tst_outbox_crash.)
#include "OutboxTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kakanai::test;

class TestOutboxCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void helpAndUsage();
    void enqueueFilesAndStatus();
    void enqueueFromStdin();
    void enqueueInvalidRecord();
    void enqueueRefusesOpenKeyFile();
    void enqueueRefusesMissingKey();
    void mistypedStoreIsNotCreated_data();
    void mistypedStoreIsNotCreated();
    void listShowsNoPersonalData();
    void flushWithBackOfficeDownKeepsRecords();
    void flushWithNothingToDo();
    void resendUnknownIsNotFound();

private:
    QString writeRecord(const QString &uuid, const QByteArray &json = {});
    QStringList base() const;
    CliRun cli(const QStringList &args) { return runCli(m_dir->path(), base() + args); }
    QJsonObject status();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settings;
    quint16 m_deadPort = 0;
};

void TestOutboxCli::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("KAKANAI_CLI")), "KAKANAI_CLI must point at kakanai-cli");
    QTcpServer probe; // a port where nothing listens
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_deadPort = probe.serverPort();
}

void TestOutboxCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = m_dir->filePath(QStringLiteral("kakanai.ini"));
    QFile ini(m_settings);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write(QStringLiteral("[security]\nrecordKeyFile=%1\n[backoffice]\nurl=http://127.0.0.1:%2\ntimeoutMs=30000\n"
                             "[outbox]\nbackoffFloorMs=50\nbackoffCapMs=200\n")
                  .arg(m_dir->filePath(QStringLiteral("keys/record.key")))
                  .arg(m_deadPort)
                  .toUtf8());
    ini.close();
    QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 0);
}

QStringList TestOutboxCli::base() const
{
    return {QStringLiteral("--settings"), m_settings, QStringLiteral("--db"), m_dir->filePath(QStringLiteral("k.sqlite"))};
}

QString TestOutboxCli::writeRecord(const QString &uuid, const QByteArray &json)
{
    const QString path = m_dir->filePath(uuid + QStringLiteral(".json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(json.isEmpty() ? makeRecord(uuid) : json);
    return path;
}

QJsonObject TestOutboxCli::status()
{
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("status"), QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning().noquote() << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void TestOutboxCli::helpAndUsage()
{
    CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("outbox flush")));
    r = cli({QStringLiteral("outbox"), QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("Usage")));
    r = cli({QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--timeout"), QStringLiteral("soon")});
    QCOMPARE(r.exitCode, 1);
    r = cli({QStringLiteral("outbox"), QStringLiteral("enqueue")});
    QCOMPARE(r.exitCode, 1);
    r = runCli(m_dir->path(), {QStringLiteral("--help")});
    QVERIFY(r.out.contains(QStringLiteral("outbox status")));
}

void TestOutboxCli::enqueueFilesAndStatus()
{
    QJsonObject s = status();
    QCOMPARE(s.value(QStringLiteral("pending")).toInt(-1), 0);
    QVERIFY(s.value(QStringLiteral("oldestPendingAgeSeconds")).isNull());

    const QString a = newUuid();
    const QString b = newUuid();
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), writeRecord(a), writeRecord(b)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("%1 queued\n%2 queued\n").arg(a, b));
    // Again: nothing new.
    const CliRun again = cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), writeRecord(a)});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QStringLiteral("%1 already queued\n").arg(a));

    s = status();
    QCOMPARE(s.value(QStringLiteral("pending")).toInt(), 2);
    QCOMPARE(s.value(QStringLiteral("sending")).toInt(), 0);
    QCOMPARE(s.value(QStringLiteral("sent")).toInt(), 0);
    QCOMPARE(s.value(QStringLiteral("rejected")).toInt(), 0);
    QVERIFY(s.value(QStringLiteral("oldestPendingAgeSeconds")).toInt(-1) >= 0);

    const CliRun text = cli({QStringLiteral("outbox"), QStringLiteral("status")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QStringLiteral("Waiting to be sent: 2")));
    QVERIFY(text.out.contains(QStringLiteral("Oldest waiting record")));

    // The key file was made on first use, private.
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(m_dir->filePath(QStringLiteral("keys/record.key"))).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    // Nothing personal in the database file.
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(m_dir->filePath(QStringLiteral("k.sqlite")) + suffix);
        if (f.open(QIODevice::ReadOnly))
            QVERIFY(!f.readAll().contains(personalMarker()));
    }
}

void TestOutboxCli::enqueueFromStdin()
{
    const QString id = newUuid();
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(m_dir->path()));
    p.start(qEnvironmentVariable("KAKANAI_CLI"), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + base()
                                                      + QStringList{QStringLiteral("outbox"), QStringLiteral("enqueue"), QStringLiteral("-")});
    QVERIFY(p.waitForStarted());
    p.write(makeRecord(id));
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("%1 queued\n").arg(id));
}

void TestOutboxCli::enqueueInvalidRecord()
{
    const QString id = newUuid();
    QByteArray json = makeRecord(id);
    json.replace("\"terminalId\":\"counter-01\"", "\"terminalId\":\"\"");
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), writeRecord(id, json)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("terminalId")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QString::fromLatin1(personalMarker())));
    const CliRun missing = cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), m_dir->filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 6);
    QCOMPARE(status().value(QStringLiteral("pending")).toInt(), 0);
}

void TestOutboxCli::enqueueRefusesOpenKeyFile()
{
    const QString id = newUuid();
    QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), writeRecord(id)}).exitCode, 0);
    QVERIFY(QFile::setPermissions(m_dir->filePath(QStringLiteral("keys/record.key")),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), writeRecord(newUuid())});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("chmod 600")), qPrintable(r.err));
    QCOMPARE(status().value(QStringLiteral("pending")).toInt(), 1);
}

// Issue 10.1: a missing key file once made a second key beside the records
// sealed with the first. Now the store keeps its key's id and refuses.
void TestOutboxCli::enqueueRefusesMissingKey()
{
    QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), writeRecord(newUuid())}).exitCode, 0);
    const QString key = m_dir->filePath(QStringLiteral("keys/record.key"));
    QVERIFY(QFile::rename(key, key + QStringLiteral(".away")));
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), writeRecord(newUuid())});
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("record.key")), qPrintable(r.err));
    QVERIFY(!QFile::exists(key)); // no second key
    QVERIFY(QFile::rename(key + QStringLiteral(".away"), key));
    QCOMPARE(status().value(QStringLiteral("pending")).toInt(), 1);
}

// Issue 10.2: a mistyped --db once became a new, empty store and every
// command reported success on it.
void TestOutboxCli::mistypedStoreIsNotCreated_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("outbox status") << QStringList{QStringLiteral("outbox"), QStringLiteral("status")};
    QTest::newRow("outbox list") << QStringList{QStringLiteral("outbox"), QStringLiteral("list")};
    QTest::newRow("audit verify") << QStringList{QStringLiteral("audit"), QStringLiteral("verify")};
    QTest::newRow("db backup") << QStringList{QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("copy.sqlite")};
    QTest::newRow("db check") << QStringList{QStringLiteral("db"), QStringLiteral("check")};
}

void TestOutboxCli::mistypedStoreIsNotCreated()
{
    QFETCH(QStringList, command);
    const QString typo = m_dir->filePath(QStringLiteral("kakania/k.sqlite"));
    const CliRun r = runCli(m_dir->path(), QStringList{QStringLiteral("--settings"), m_settings, QStringLiteral("--db"), typo} + command);
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(QStringLiteral("kakanai-cli:")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(typo));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("kakania")))); // not even its folder
}

void TestOutboxCli::listShowsNoPersonalData()
{
    const QString id = newUuid();
    QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), writeRecord(id)}).exitCode, 0);
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject e = list.first().toObject();
    QCOMPARE(e.value(QStringLiteral("uuid")).toString(), id);
    QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("moving"));
    QCOMPARE(e.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(e.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-11-24T04:05:06.789Z"));
    QVERIFY(!r.out.contains(QString::fromLatin1(personalMarker())));
    QVERIFY(!r.out.contains(QStringLiteral("試験")));
    const CliRun rejectedOnly = cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("rejected"), QStringLiteral("--json")});
    QCOMPARE(rejectedOnly.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(rejectedOnly.out.toUtf8()).array().size(), 0);
    QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("lost")}).exitCode, 1);
}

void TestOutboxCli::flushWithBackOfficeDownKeepsRecords()
{
    const QString id = newUuid();
    QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), writeRecord(id)}).exitCode, 0);
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--timeout"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("stay queued")), qPrintable(r.err));
    const QJsonObject s = status();
    QCOMPARE(s.value(QStringLiteral("pending")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("sending")).toInt(), 0);
    const CliRun list = cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject e = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
    QVERIFY(e.value(QStringLiteral("attempts")).toInt() >= 2); // it kept trying, with backoff, until the time limit
    // A closed loopback port refuses at once; the request timeout is long so
    // that a loaded machine cannot turn the refusal into a timeout.
    QVERIFY2(e.value(QStringLiteral("lastError")).toString().contains(QStringLiteral("refused")),
             qPrintable(e.value(QStringLiteral("lastError")).toString()));
}

void TestOutboxCli::flushWithNothingToDo()
{
    QElapsedTimer t;
    t.start();
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--timeout"), QStringLiteral("30")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("still waiting: 0")));
    QVERIFY(t.elapsed() < 20000); // it did not wait for the time limit
}

void TestOutboxCli::resendUnknownIsNotFound()
{
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("resend"), newUuid()});
    QCOMPARE(r.exitCode, 6);
}

QTEST_GUILESS_MAIN(TestOutboxCli)
#include "tst_outbox_cli.moc"
