// kakanai-cli outbox …: enqueue validation, status and list output, flush
// against an unreachable back office, and exit codes; a damaged record
// against the simulator. (Fault modes with the simulator: tst_outbox_faults
// and tst_outbox_crash.)
#include "OutboxTestSupport.h"

#include "outbox/UploaderLock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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
    // Issue 10, item 7: a damaged record.
    void damagedRecordIsMarkedAndTheOthersAreSent_data();
    void damagedRecordIsMarkedAndTheOthersAreSent();
    void exportDamagedWritesPrivateFiles();
    // Issue 10, item 9.
    void resendIsAudited();
    void enqueueFolderIsAnInputError();
    void staleSendingIsShownAsPending_data();
    void staleSendingIsShownAsPending();

private:
    QString writeRecord(const QString &uuid, const QByteArray &json = {});
    QStringList base() const;
    CliRun cli(const QStringList &args) { return runCli(m_dir->path(), base() + args); }
    QJsonObject status();
    QJsonArray listJson(const QStringList &extra = {});
    QString dbPath() const { return m_dir->filePath(QStringLiteral("k.sqlite")); }
    void writeSettings(const QString &backOfficeUrl);
    // A statement on the store behind the CLI's back (as a disk or a tool would).
    QVariant sql(const QString &statement, const QVariantList &values = {});
    int auditEntries(const QString &action, const QString &target);
    // Three queued records; returns their ids, the damaged one first.
    QStringList enqueueThreeAndDamageOne(const QString &damage);

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
    writeSettings(QStringLiteral("http://127.0.0.1:%1").arg(m_deadPort));
    QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 0);
}

void TestOutboxCli::writeSettings(const QString &backOfficeUrl)
{
    QFile ini(m_settings);
    QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ini.write(QStringLiteral("[security]\nrecordKeyFile=%1\n[backoffice]\nurl=%2\ntimeoutMs=30000\n"
                             "[outbox]\nbackoffFloorMs=50\nbackoffCapMs=200\n")
                  .arg(m_dir->filePath(QStringLiteral("keys/record.key")), backOfficeUrl)
                  .toUtf8());
}

QVariant TestOutboxCli::sql(const QString &statement, const QVariantList &values)
{
    QVariant result;
    const QString name = QStringLiteral("raw-") + newUuid();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath());
        if (!db.open()) {
            qWarning().noquote() << db.lastError().text();
            return {};
        }
        QSqlQuery q(db);
        q.prepare(statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qWarning().noquote() << statement << q.lastError().text();
        else if (q.next())
            result = q.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int TestOutboxCli::auditEntries(const QString &action, const QString &target)
{
    return sql(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = ? AND target = ?"), {action, target}).toInt();
}

QJsonArray TestOutboxCli::listJson(const QStringList &extra)
{
    const CliRun r = cli(QStringList{QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")} + extra);
    if (r.exitCode != 0)
        qWarning().noquote() << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QStringList TestOutboxCli::enqueueThreeAndDamageOne(const QString &damage)
{
    const QStringList ids{newUuid(), newUuid(), newUuid()};
    for (const QString &id : ids) {
        if (cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), writeRecord(id)}).exitCode != 0)
            return {};
    }
    const QString bad = ids.first();
    if (damage == QLatin1String("zeroed bytes")) {
        // Inside the ciphertext (after "KKR1" and the 24-byte nonce), as a bad sector would.
        QByteArray sealed = sql(QStringLiteral("SELECT payload FROM record WHERE uuid = ?"), {bad}).toByteArray();
        if (sealed.size() < 64)
            return {};
        sealed.replace(40, 16, QByteArray(16, '\0'));
        sql(QStringLiteral("UPDATE record SET payload = ? WHERE uuid = ?"), {sealed, bad});
    } else if (damage == QLatin1String("record row gone")) {
        // A raw connection has foreign keys off: the outbox row stays behind.
        sql(QStringLiteral("DELETE FROM record WHERE uuid = ?"), {bad});
    }
    return ids;
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

void TestOutboxCli::damagedRecordIsMarkedAndTheOthersAreSent_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("zeroed bytes in the sealed record") << QStringLiteral("zeroed bytes");
    QTest::newRow("record row gone") << QStringLiteral("record row gone");
}

// Issue 10, item 7: a damaged record passed quick_check, was never uploaded,
// counted as pending by `status`, left out by `list`, and `flush` blamed the
// time limit.
void TestOutboxCli::damagedRecordIsMarkedAndTheOthersAreSent()
{
    QFETCH(QString, damage);
    QVERIFY2(!SimProcess::executable().isEmpty(), "KAKANAI_BACKOFFICE_SIM must point at kakanai-backoffice-sim");
    const QStringList ids = enqueueThreeAndDamageOne(damage);
    QCOMPARE(ids.size(), 3);
    const QString bad = ids.first();
    // The file itself is sound: the quick check (the default) finds nothing.
    QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);

    SimProcess sim(m_dir->filePath(QStringLiteral("sim.sqlite")));
    QVERIFY2(sim.start(), qPrintable(sim.output()));
    writeSettings(sim.url().toString());
    QElapsedTimer t;
    t.start();
    const CliRun flush = cli({QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--timeout"), QStringLiteral("20")});
    QCOMPARE(flush.exitCode, 2);
    QVERIFY2(flush.err.contains(QStringLiteral("1 damaged record needs attention")), qPrintable(flush.err));
    QVERIFY2(!flush.err.contains(QStringLiteral("time limit")), qPrintable(flush.err));
    QVERIFY2(flush.err.contains(bad), qPrintable(flush.err));
    QVERIFY(t.elapsed() < 15000); // it did not wait for the time limit

    // The others reached the back office.
    const auto records = sim.records();
    QVERIFY(records);
    QStringList stored;
    for (const QJsonValue &v : *records)
        stored << v.toObject().value(QStringLiteral("key")).toString();
    stored.sort();
    QStringList expected = ids.mid(1);
    expected.sort();
    QCOMPARE(stored, expected);

    // Counted and listed as damaged, not as waiting.
    const QJsonObject s = status();
    QCOMPARE(s.value(QStringLiteral("damaged")).toInt(-1), 1);
    QCOMPARE(s.value(QStringLiteral("pending")).toInt(-1), 0);
    QCOMPARE(s.value(QStringLiteral("sending")).toInt(-1), 0);
    QCOMPARE(s.value(QStringLiteral("sent")).toInt(-1), 2);
    QCOMPARE(listJson().size(), 3);
    const QJsonArray damagedOnly = listJson({QStringLiteral("--state"), QStringLiteral("damaged")});
    QCOMPARE(damagedOnly.size(), 1);
    QCOMPARE(damagedOnly.first().toObject().value(QStringLiteral("uuid")).toString(), bad);
    QCOMPARE(damagedOnly.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("damaged"));
    const CliRun text = cli({QStringLiteral("outbox"), QStringLiteral("status")});
    QVERIFY2(text.out.contains(QStringLiteral("Damaged, not sent: 1")), qPrintable(text.out));

    // Audited once, when it was marked; a second flush neither sends nor audits it again.
    QCOMPARE(auditEntries(QStringLiteral("outbox-damaged"), bad), 1);
    const CliRun again = cli({QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--timeout"), QStringLiteral("20")});
    QVERIFY2(again.err.contains(QStringLiteral("1 damaged record")), qPrintable(again.err));
    QCOMPARE(auditEntries(QStringLiteral("outbox-damaged"), bad), 1);
    QCOMPARE(sim.stats()->value(QStringLiteral("stored")).toInt(), 2);

    // The full check opens every record and names the damaged one, nothing more.
    const CliRun full = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--full"), QStringLiteral("--json")});
    QCOMPARE(full.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(full.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("records")).toString(), QStringLiteral("damaged"));
    const QJsonArray named = report.value(QStringLiteral("damagedRecords")).toArray();
    QCOMPARE(named.size(), 1);
    QCOMPARE(named.first().toObject().value(QStringLiteral("uuid")).toString(), bad);
    QVERIFY(!full.out.contains(QString::fromLatin1(personalMarker())));
    const CliRun fullText = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--full")});
    QCOMPARE(fullText.exitCode, 3);
    QVERIFY2(fullText.out.contains(bad), qPrintable(fullText.out));
    QVERIFY2(fullText.out.contains(QStringLiteral("integrity_check")), qPrintable(fullText.out));
}

void TestOutboxCli::exportDamagedWritesPrivateFiles()
{
    const QStringList ids = enqueueThreeAndDamageOne(QStringLiteral("zeroed bytes"));
    QCOMPARE(ids.size(), 3);
    const QString bad = ids.first();
    const QByteArray sealed = sql(QStringLiteral("SELECT payload FROM record WHERE uuid = ?"), {bad}).toByteArray();
    // The dead back office: the damaged one is found while the others wait.
    QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--timeout"), QStringLiteral("2")}).exitCode, 2);
    QCOMPARE(status().value(QStringLiteral("damaged")).toInt(), 1);

    const QString out = m_dir->filePath(QStringLiteral("recovery"));
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("export-damaged"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("1 damaged record")), qPrintable(r.out));
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0700);
    const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList{bad + QStringLiteral(".json"), bad + QStringLiteral(".sealed")}));
    for (const QString &file : files) {
        QCOMPARE(::stat(QFile::encodeName(QDir(out).filePath(file)).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }
    QFile raw(QDir(out).filePath(bad + QStringLiteral(".sealed")));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(raw.readAll(), sealed);
    QFile meta(QDir(out).filePath(bad + QStringLiteral(".json")));
    QVERIFY(meta.open(QIODevice::ReadOnly));
    const QJsonObject m = QJsonDocument::fromJson(meta.readAll()).object();
    QCOMPARE(m.value(QStringLiteral("uuid")).toString(), bad);
    QCOMPARE(m.value(QStringLiteral("state")).toString(), QStringLiteral("damaged"));
    QCOMPARE(m.value(QStringLiteral("sealedBytes")).toInt(), sealed.size());
    QCOMPARE(m.value(QStringLiteral("recordKeyId")).toString().size(), 32);
    QCOMPARE(auditEntries(QStringLiteral("outbox-export-damaged"), QStringLiteral("")), 1);

    // A folder that is already there is not mixed into.
    const CliRun twice = cli({QStringLiteral("outbox"), QStringLiteral("export-damaged"), QStringLiteral("--out"), out});
    QCOMPARE(twice.exitCode, 1);
}

// Issue 10, item 9: the GUI audits a resend, the CLI did not.
void TestOutboxCli::resendIsAudited()
{
    const QString id = newUuid();
    QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), writeRecord(id)}).exitCode, 0);
    sql(QStringLiteral("UPDATE outbox SET state = 'rejected', last_http_status = 409, last_error = 'conflict' WHERE uuid = ?"), {id});
    QCOMPARE(listJson({QStringLiteral("--state"), QStringLiteral("rejected")}).size(), 1);

    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("resend"), id});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(status().value(QStringLiteral("pending")).toInt(), 1);
    QCOMPARE(auditEntries(QStringLiteral("outbox-resend"), id), 1);
    QCOMPARE(sql(QStringLiteral("SELECT staff_id FROM audit_event WHERE action = 'outbox-resend'")).toString(), QStringLiteral("cli"));
    // Nothing resent, nothing audited.
    QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("resend"), id}).exitCode, 6);
    QCOMPARE(auditEntries(QStringLiteral("outbox-resend"), id), 1);
}

// Issue 10, item 9: a folder as the record file exited 6 ("no database").
void TestOutboxCli::enqueueFolderIsAnInputError()
{
    const QString folder = m_dir->filePath(QStringLiteral("records"));
    QVERIFY(QDir().mkpath(folder));
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), folder});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("folder")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("cannot be read")), qPrintable(r.err));
    QCOMPARE(status().value(QStringLiteral("pending")).toInt(-1), 0);
}

void TestOutboxCli::staleSendingIsShownAsPending_data()
{
    QTest::addColumn<bool>("uploaderRuns");
    QTest::addColumn<QString>("shownState");
    QTest::newRow("its program died") << false << QStringLiteral("pending");
    QTest::newRow("an uploader holds the lock") << true << QStringLiteral("sending");
}

// Issue 10, item 9: `status` showed the `sending` rows of a dead process
// until the next uploader ran.
void TestOutboxCli::staleSendingIsShownAsPending()
{
    QFETCH(bool, uploaderRuns);
    QFETCH(QString, shownState);
    const QString id = newUuid();
    QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), writeRecord(id)}).exitCode, 0);
    sql(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = 1 WHERE uuid = ?"), {id});
    std::unique_ptr<kakanai::UploaderLock> uploader;
    if (uploaderRuns) {
        auto lock = kakanai::UploaderLock::acquire(dbPath() + QStringLiteral(".uploader.lock"));
        QVERIFY(lock);
        uploader = std::move(*lock);
    }
    const QJsonObject s = status();
    QCOMPARE(s.value(QStringLiteral("sending")).toInt(-1), uploaderRuns ? 1 : 0);
    QCOMPARE(s.value(QStringLiteral("pending")).toInt(-1), uploaderRuns ? 0 : 1);
    const QJsonArray list = listJson();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("state")).toString(), shownState);
}

QTEST_GUILESS_MAIN(TestOutboxCli)
#include "tst_outbox_cli.moc"
