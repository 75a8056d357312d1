// Integration: `kakanai-cli office init | check | backup`, the built program
// against a SQLite file and the test PostgreSQL (OfficeTestEnv). The role SQL
// of `office roles`: tst_office_roles; `office import-local`: tst_office_import.
#include "office/OfficeMigrations.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "cli/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using kakanai::OfficeLocation;
using kakanai::OfficeStore;
using kakanai::OfficeStoreOptions;
using kakanai::test::CliRun;
using kakanai::test::OfficeTestEnv;

namespace {

// A self-signed CA certificate (its key thrown away) that signed nothing.
const QByteArray kOtherCa = "-----BEGIN CERTIFICATE-----\n"
                            "MIIBujCCAV+gAwIBAgIUC87aVDCbpQNGPwOY/zWa3znEJnowCgYIKoZIzj0EAwIw\n"
                            "MTEvMC0GA1UEAwwmS2FrYW5haSB0ZXN0OiBhIENBIHRoYXQgc2lnbmVkIG5vdGhp\n"
                            "bmcwIBcNMjYxMjAzMTYwMjE4WhgPMjEyNjExMDkxNjAyMThaMDExLzAtBgNVBAMM\n"
                            "Jktha2FuYWkgdGVzdDogYSBDQSB0aGF0IHNpZ25lZCBub3RoaW5nMFkwEwYHKoZI\n"
                            "zj0CAQYIKoZIzj0DAQcDQgAEqs8Bt/7NSuEDjRhstV0VCRyvYYflZxTZLSm6s6SC\n"
                            "9f8ErvnFykNtGeuupx6swZXSB7VmmT/C6K+vY+oU4iHDIqNTMFEwHQYDVR0OBBYE\n"
                            "FAsVCaDVitgiwVp3BR6ftYLI5gadMB8GA1UdIwQYMBaAFAsVCaDVitgiwVp3BR6f\n"
                            "tYLI5gadMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIhAOqkrMUn\n"
                            "pp/Jf5lVdatJ6RNEv6liC1yBIk+Hn3VUNIkIAiEA4uHdbuY2J5y8kGsIALw7n0/a\n"
                            "FWH6MvCwRju28Qum/zA=\n"
                            "-----END CERTIFICATE-----\n";

// The harness's own database, for calls that never get as far as reading it
// (each fresh database costs a checkpoint when it is dropped).
QString untouchedDatabaseUrl()
{
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
        .arg(OfficeTestEnv::user(), OfficeTestEnv::host())
        .arg(OfficeTestEnv::port())
        .arg(qEnvironmentVariable("KAKANAI_TEST_PG_DATABASE"));
}

int fileMode(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestOfficeCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void initCreatesThenAppliesNothing_data();
    void initCreatesThenAppliesNothing();
    void sqliteDefaultsBesideTheLocalStore();
    void checkReportsAStoreInJson_data();
    void checkReportsAStoreInJson();
    void checkRefusesAnOlderSchema_data();
    void checkRefusesAnOlderSchema();
    void checkOfAMissingSqliteStoreCreatesNothing();
    void closedPortIsUnreachable();
    void wrongPasswordIsRefused();
    void checkReportsTls();
    void tlsThatCannotBeHadIsNamed_data();
    void tlsThatCannotBeHadIsNamed();
    void passwordFileReadableByOthersIsRefused();
    void urlWithPasswordIsRefused();
    void sqliteBackupIsAPrivateCopy();
    void postgresBackupPrintsPgDump();
    void usageErrors_data();
    void usageErrors();

private:
    CliRun cli(const QStringList &args) const;
    // A fresh store on `engine` and the arguments that point kakanai-cli at it.
    QStringList freshStoreArgs(const QString &engine, OfficeStoreOptions *options = nullptr) const;

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_settings;
};

void TestOfficeCli::initTestCase()
{
    QString why;
    QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    QVERIFY(m_dir.isValid());
    m_cli = qEnvironmentVariable("KAKANAI_CLI");
    QVERIFY2(QFile::exists(m_cli), "KAKANAI_CLI must point at the built kakanai-cli");
    // An empty settings file: office/url empty, office/passwordFile empty.
    m_settings = kakanai::test::writeTestFile(m_dir.filePath(QStringLiteral("kakanai.ini")), QByteArray());
    QVERIFY(!m_settings.isEmpty());
}

void TestOfficeCli::cleanupTestCase()
{
    OfficeTestEnv::dropAll();
}

CliRun TestOfficeCli::cli(const QStringList &args) const
{
    return OfficeTestEnv::runCli(m_dir, m_settings, args);
}

QStringList TestOfficeCli::freshStoreArgs(const QString &engine, OfficeStoreOptions *options) const
{
    const OfficeStoreOptions fresh = OfficeTestEnv::freshStore(engine, m_dir);
    if (options)
        *options = fresh;
    return OfficeTestEnv::cliStoreArgs(fresh);
}

void TestOfficeCli::initCreatesThenAppliesNothing_data()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : OfficeTestEnv::engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

void TestOfficeCli::initCreatesThenAppliesNothing()
{
    QFETCH(QString, engine);
    OfficeStoreOptions options;
    const QStringList store = freshStoreArgs(engine, &options);
    const int latest = OfficeStore::latestSchemaVersion();
    QVERIFY(latest >= 3);

    CliRun r = cli(QStringList{QStringLiteral("office"), QStringLiteral("init")} + store);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Applied %1 migration(s); the office store is at schema %1.").arg(latest)),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Office store: ") + options.location.display()));
    const QString roles = kakanai::OfficeMigrations::counterRoleSql();
    QVERIFY(roles.contains(QStringLiteral("CREATE ROLE kakanai_counter NOLOGIN")));
    if (engine == QLatin1String("sqlite")) {
        QVERIFY(r.out.contains(QStringLiteral("Created a new office store.")));
        QVERIFY(QFile::exists(options.location.path()));
        QCOMPARE(fileMode(options.location.path()), 0600);
        QVERIFY(!r.out.contains(QStringLiteral("kakanai_counter"))); // no roles in a file
    } else {
        // The roles to make, exactly the SQL `office roles` prints.
        QVERIFY2(r.out.contains(roles), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("psql -d %1").arg(options.location.database())));
    }
    // The password never shows.
    if (engine == QLatin1String("postgresql"))
        QVERIFY(!(r.out + r.err).contains(OfficeTestEnv::password()));

    // Again: nothing to do, nothing created.
    r = cli(QStringList{QStringLiteral("office"), QStringLiteral("init")} + store);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("at schema %1, as this program needs; nothing to apply").arg(latest)),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("Applied")));
    QVERIFY(!r.out.contains(QStringLiteral("Created")));

    // What init left is what the program opens for work.
    OfficeStoreOptions work = options;
    work.migrate = false;
    work.createIfMissing = false;
    auto opened = OfficeStore::open(work);
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().toString()));
    QCOMPARE((*opened)->schemaVersion(), latest);
}

void TestOfficeCli::sqliteDefaultsBesideTheLocalStore()
{
    // No office/url: office.sqlite in the folder of the local store (--db).
    const QString folder = m_dir.filePath(QStringLiteral("pc-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8)));
    const QString local = folder + QStringLiteral("/kakanai.sqlite");
    const QString office = folder + QStringLiteral("/office.sqlite");
    CliRun r = cli({QStringLiteral("--db"), local, QStringLiteral("office"), QStringLiteral("check")});
    QCOMPARE(r.exitCode, 6); // none yet; check creates nothing
    QVERIFY(!QFile::exists(office));
    r = cli({QStringLiteral("--db"), local, QStringLiteral("office"), QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Office store: sqlite:") + office));
    QVERIFY(QFile::exists(office));
    QVERIFY(!QFile::exists(local)); // the local store is not the office store's business
    r = cli({QStringLiteral("--db"), local, QStringLiteral("office"), QStringLiteral("check")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Engine: SQLite")));
    QVERIFY(r.out.contains(QStringLiteral("TLS: not used")));
}

void TestOfficeCli::checkReportsAStoreInJson_data()
{
    initCreatesThenAppliesNothing_data();
}

void TestOfficeCli::checkReportsAStoreInJson()
{
    QFETCH(QString, engine);
    OfficeStoreOptions options;
    const QStringList store = freshStoreArgs(engine, &options);
    QCOMPARE(cli(QStringList{QStringLiteral("office"), QStringLiteral("init")} + store).exitCode, 0);

    CliRun r = cli(QStringList{QStringLiteral("office"), QStringLiteral("check"), QStringLiteral("--json")} + store);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(r.out));
    QCOMPARE(o.value(QStringLiteral("reachable")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("engine")).toString(), engine);
    QCOMPARE(o.value(QStringLiteral("location")).toString(), options.location.display());
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(-1), OfficeStore::latestSchemaVersion());
    QCOMPARE(o.value(QStringLiteral("latestSchemaVersion")).toInt(-1), OfficeStore::latestSchemaVersion());
    QVERIFY(!o.value(QStringLiteral("serverVersion")).toString().isEmpty());
    QVERIFY(o.value(QStringLiteral("latencyMs")).isDouble());
    QVERIFY(o.value(QStringLiteral("latencyMs")).toDouble() >= 0);
    QVERIFY(o.value(QStringLiteral("latencyMs")).toDouble() < options.timeoutMs);
    // The test server speaks plaintext: the report must say so, not guess.
    QCOMPARE(o.value(QStringLiteral("tls")).toBool(true), false);
    QVERIFY(o.contains(QStringLiteral("tlsVersion")));
    if (engine == QLatin1String("postgresql")) {
        QVERIFY(o.value(QStringLiteral("serverVersion")).toString().at(0).isDigit());
        QVERIFY(!r.out.contains(OfficeTestEnv::password()));
    }

    // The same for people.
    r = cli(QStringList{QStringLiteral("office"), QStringLiteral("check")} + store);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Reachable: yes")));
    QVERIFY(r.out.contains(QStringLiteral("Schema: %1 (this program: %1)").arg(OfficeStore::latestSchemaVersion())));
    QVERIFY(r.out.contains(engine == QLatin1String("postgresql") ? QStringLiteral("TLS: no")
                                                                 : QStringLiteral("TLS: not used")));
    QVERIFY(r.out.contains(QStringLiteral("Latency: ")));
}

void TestOfficeCli::checkRefusesAnOlderSchema_data()
{
    initCreatesThenAppliesNothing_data();
}

void TestOfficeCli::checkRefusesAnOlderSchema()
{
    QFETCH(QString, engine);
    OfficeStoreOptions options;
    const QStringList store = freshStoreArgs(engine, &options);
    // A store at schema 1 (as an older program left it).
    QTemporaryDir oldMigrations;
    const QStringList files = QDir(QStringLiteral(":/kakanai/office-migrations")).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files)
        if (file.startsWith(QLatin1String("0001_")))
            QVERIFY(QFile::copy(QStringLiteral(":/kakanai/office-migrations/") + file, oldMigrations.filePath(file)));
    OfficeStoreOptions older = options;
    older.migrationFolder = oldMigrations.path();
    {
        auto made = OfficeStore::open(older);
        QVERIFY2(made.has_value(), made ? "" : qPrintable(made.error().toString()));
        QCOMPARE((*made)->schemaVersion(), 1);
    }

    const CliRun r = cli(QStringList{QStringLiteral("office"), QStringLiteral("check"), QStringLiteral("--json")} + store);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("kakanai-cli office init")), qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("reachable")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(-1), 1);
    QCOMPARE(o.value(QStringLiteral("latestSchemaVersion")).toInt(-1), OfficeStore::latestSchemaVersion());

    // check changed nothing; init brings it up to date.
    OfficeStoreOptions look = options;
    look.acceptAnySchema = true;
    look.createIfMissing = false;
    {
        auto still = OfficeStore::open(look);
        QVERIFY(still.has_value());
        QCOMPARE((*still)->schemaVersion(), 1);
    }
    const CliRun init = cli(QStringList{QStringLiteral("office"), QStringLiteral("init")} + store);
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY(init.out.contains(QStringLiteral("Applied %1 migration(s)").arg(OfficeStore::latestSchemaVersion() - 1)));
    QCOMPARE(cli(QStringList{QStringLiteral("office"), QStringLiteral("check")} + store).exitCode, 0);
}

void TestOfficeCli::checkOfAMissingSqliteStoreCreatesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere/office.sqlite"));
    const CliRun r = cli({QStringLiteral("office"), QStringLiteral("check"), QStringLiteral("--json"),
                          QStringLiteral("--office"), QStringLiteral("sqlite:") + path});
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.err.contains(QStringLiteral("office init")));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("error")).toString(),
             QStringLiteral("not-found"));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nowhere"))));
}

void TestOfficeCli::closedPortIsUnreachable()
{
    // A port nothing listens on: bound, then released.
    int closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    const QString url = QStringLiteral("postgresql://%1@127.0.0.1:%2/kakanai?sslmode=disable")
                            .arg(OfficeTestEnv::user())
                            .arg(closedPort);
    const QStringList store{QStringLiteral("--office"), url, QStringLiteral("--password-file"),
                            OfficeTestEnv::passwordFile()};
    CliRun r = cli(QStringList{QStringLiteral("office"), QStringLiteral("check")} + store);
    QCOMPARE(r.exitCode, 9);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be reached")), qPrintable(r.err));
    QVERIFY(!(r.out + r.err).contains(OfficeTestEnv::password()));

    r = cli(QStringList{QStringLiteral("office"), QStringLiteral("check"), QStringLiteral("--json")} + store);
    QCOMPARE(r.exitCode, 9);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("reachable")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("store-unreachable"));
    QCOMPARE(o.value(QStringLiteral("engine")).toString(), QStringLiteral("postgresql"));
    QVERIFY(!(r.out + r.err).contains(OfficeTestEnv::password()));

    // init cannot reach it either.
    QCOMPARE(cli(QStringList{QStringLiteral("office"), QStringLiteral("init")} + store).exitCode, 9);
}

void TestOfficeCli::wrongPasswordIsRefused()
{
    const QByteArray wrong = "not-" + OfficeTestEnv::password().toUtf8();
    const QString file = OfficeTestEnv::privateFile(m_dir.filePath(QStringLiteral("wrong.password")), wrong);
    QVERIFY(!file.isEmpty());
    const QStringList store{QStringLiteral("--office"), untouchedDatabaseUrl(), QStringLiteral("--password-file"), file};
    CliRun r = cli(QStringList{QStringLiteral("office"), QStringLiteral("check")} + store);
    QCOMPARE(r.exitCode, 9);
    QVERIFY2(r.err.contains(QStringLiteral("refused this PC's role or password")), qPrintable(r.err));
    QVERIFY(!(r.out + r.err).contains(QString::fromUtf8(wrong)));
    QVERIFY(!(r.out + r.err).contains(OfficeTestEnv::password()));
    r = cli(QStringList{QStringLiteral("office"), QStringLiteral("check"), QStringLiteral("--json")} + store);
    QCOMPARE(r.exitCode, 9);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("error")).toString(),
             QStringLiteral("store-credentials-refused"));
}

// The harness's server offers TLS with a certificate for 127.0.0.1 signed by
// KAKANAI_TEST_PG_CA_FILE, as an office server would (plain TCP stays open
// for the other tests).
void TestOfficeCli::checkReportsTls()
{
    const QString ca = qEnvironmentVariable("KAKANAI_TEST_PG_CA_FILE");
    QVERIFY2(QFile::exists(ca), "KAKANAI_TEST_PG_CA_FILE must name the test server's CA (scripts/lib/postgres-test-env.sh)");
    QString url = untouchedDatabaseUrl();
    url.replace(QStringLiteral("sslmode=disable"), QStringLiteral("sslmode=verify-full&sslrootcert=") + ca);
    const QStringList store{QStringLiteral("--office"), url, QStringLiteral("--password-file"),
                            OfficeTestEnv::passwordFile()};
    // The harness's database has no office schema: exit 2, but the report is whole.
    CliRun r = cli(QStringList{QStringLiteral("office"), QStringLiteral("check"), QStringLiteral("--json")} + store);
    QCOMPARE(r.exitCode, 2);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("reachable")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("tls")).toBool(), true);
    QVERIFY2(o.value(QStringLiteral("tlsVersion")).toString().startsWith(QLatin1String("TLSv1.")), qPrintable(r.out));
    QVERIFY(o.value(QStringLiteral("location")).toString().endsWith(QLatin1String("sslmode=verify-full")));
    r = cli(QStringList{QStringLiteral("office"), QStringLiteral("check")} + store);
    QVERIFY2(r.out.contains(QStringLiteral("TLS: yes (TLSv1.")), qPrintable(r.out));
    QVERIFY(!r.err.contains(QStringLiteral("not encrypted")));
}

void TestOfficeCli::tlsThatCannotBeHadIsNamed_data()
{
    QTest::addColumn<QString>("tlsOptions");
    QTest::newRow("verify-full, CA file missing")
        << QStringLiteral("sslmode=verify-full&sslrootcert=/nonexistent/office-ca.pem");
    // A CA that signed nothing: the server's certificate does not verify.
    const QString otherCa = kakanai::test::writeTestFile(m_dir.filePath(QStringLiteral("other-ca.pem")), kOtherCa);
    QTest::newRow("verify-full, another CA") << QStringLiteral("sslmode=verify-full&sslrootcert=") + otherCa;
}

void TestOfficeCli::tlsThatCannotBeHadIsNamed()
{
    QFETCH(QString, tlsOptions);
    QString url = untouchedDatabaseUrl();
    url.replace(QStringLiteral("sslmode=disable"), tlsOptions);
    const CliRun r = cli({QStringLiteral("office"), QStringLiteral("check"), QStringLiteral("--office"), url,
                          QStringLiteral("--password-file"), OfficeTestEnv::passwordFile()});
    QCOMPARE(r.exitCode, 9);
    QVERIFY2(r.err.contains(QStringLiteral("TLS connection failed")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("sslrootcert")));
}

void TestOfficeCli::passwordFileReadableByOthersIsRefused()
{
    const QString file = kakanai::test::writeTestFile(m_dir.filePath(QStringLiteral("open.password")),
                                                      OfficeTestEnv::password().toUtf8());
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    const CliRun r = cli({QStringLiteral("office"), QStringLiteral("check"), QStringLiteral("--office"),
                          untouchedDatabaseUrl(), QStringLiteral("--password-file"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("chmod 600")), qPrintable(r.err));
    QVERIFY(!(r.out + r.err).contains(OfficeTestEnv::password()));
}

void TestOfficeCli::urlWithPasswordIsRefused()
{
    const QString url = QStringLiteral("postgresql://%1:sekret-in-url@127.0.0.1:%2/kakanai")
                            .arg(OfficeTestEnv::user())
                            .arg(OfficeTestEnv::port());
    const CliRun r = cli({QStringLiteral("office"), QStringLiteral("check"), QStringLiteral("--office"), url});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("password file")));
    QVERIFY(!(r.out + r.err).contains(QStringLiteral("sekret-in-url")));
}

void TestOfficeCli::sqliteBackupIsAPrivateCopy()
{
    OfficeStoreOptions options;
    const QStringList store = freshStoreArgs(QStringLiteral("sqlite"), &options);
    QCOMPARE(cli(QStringList{QStringLiteral("office"), QStringLiteral("init")} + store).exitCode, 0);
    const QString copy = m_dir.filePath(QStringLiteral("backups-%1/office-copy.sqlite")
                                            .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)));
    CliRun r = cli(QStringList{QStringLiteral("office"), QStringLiteral("backup"), copy} + store);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("written to")));
    QVERIFY(QFile::exists(copy));
    QCOMPARE(fileMode(copy), 0600);

    // The copy is an office store at the same schema.
    r = cli({QStringLiteral("office"), QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--office"),
             QStringLiteral("sqlite:") + copy});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("schemaVersion")).toInt(-1),
             OfficeStore::latestSchemaVersion());

    // Never over an existing file.
    r = cli(QStringList{QStringLiteral("office"), QStringLiteral("backup"), copy} + store);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("already exists")));
}

void TestOfficeCli::postgresBackupPrintsPgDump()
{
    const QStringList store{QStringLiteral("--office"), untouchedDatabaseUrl(), QStringLiteral("--password-file"),
                            OfficeTestEnv::passwordFile()};
    const QString target = m_dir.filePath(QStringLiteral("office.dump"));
    const CliRun r = cli(QStringList{QStringLiteral("office"), QStringLiteral("backup"), target} + store);
    // Nothing was backed up: a script must not take it for success.
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(target));
    QVERIFY2(r.err.contains(QStringLiteral("Not done by this program")), qPrintable(r.err));
    const QString expected = QStringLiteral("PGSSLMODE=disable pg_dump --format=custom --host=%1 --port=%2 "
                                            "--username=%3 --file=%4 %5")
                                 .arg(OfficeTestEnv::host())
                                 .arg(OfficeTestEnv::port())
                                 .arg(OfficeTestEnv::user(), target,
                                      qEnvironmentVariable("KAKANAI_TEST_PG_DATABASE"));
    QCOMPARE(r.out.trimmed(), expected);
    QVERIFY(!(r.out + r.err).contains(OfficeTestEnv::password()));
}

void TestOfficeCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("office")};
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("office"), QStringLiteral("frobnicate")};
    QTest::newRow("backup without a file") << QStringList{QStringLiteral("office"), QStringLiteral("backup")};
    QTest::newRow("init --json") << QStringList{QStringLiteral("office"), QStringLiteral("init"), QStringLiteral("--json")};
    QTest::newRow("--office without a URL")
        << QStringList{QStringLiteral("office"), QStringLiteral("check"), QStringLiteral("--office")};
    QTest::newRow("roles --office") << QStringList{QStringLiteral("office"), QStringLiteral("roles"),
                                                   QStringLiteral("--office"), QStringLiteral("sqlite:/x")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("office"), QStringLiteral("check"), QStringLiteral("--verbose")};
    QTest::newRow("not a URL") << QStringList{QStringLiteral("office"), QStringLiteral("check"),
                                              QStringLiteral("--office"), QStringLiteral("office.sqlite")};
    QTest::newRow("password file for SQLite")
        << QStringList{QStringLiteral("office"), QStringLiteral("check"), QStringLiteral("--office"),
                       QStringLiteral("sqlite:/tmp/none.sqlite"), QStringLiteral("--password-file"),
                       QStringLiteral("/tmp/none")};
}

void TestOfficeCli::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestOfficeCli)
#include "tst_office_cli.moc"
