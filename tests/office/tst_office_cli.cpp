// Integration: `kakanai-cli office init | check | backup | roles`, the built
// program against a SQLite file and the test PostgreSQL (OfficeTestEnv), and
// the counter PCs' least-privilege role that `office roles` prints, tried on
// the real server: what a counter must do works, what it must not is refused.
#include "office/DailyNumbers.h"
#include "office/OfficeMigrations.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "store/Database.h"
#include "security/StaffDirectory.h"
#include "security/AuditLog.h"
#include "security/MemoryAuditAnchor.h"
#include "cli/CliProcess.h"
#include "common/Clock.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <sys/stat.h>

using kakanai::OfficeLocation;
using kakanai::OfficeStore;
using kakanai::OfficeStoreOptions;
using kakanai::test::CliRun;
using kakanai::test::OfficeTestEnv;

namespace {

// Runs `script` statement by statement as the superuser in `database` (over
// the Unix socket, trust): what an administrator does with psql -f.
bool superuserScript(const QString &database, const QString &script, QString *error)
{
    const QString name = QStringLiteral("office-cli-super-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(OfficeTestEnv::socketDir());
        db.setPort(OfficeTestEnv::port());
        db.setDatabaseName(database);
        const QString superuser = qEnvironmentVariable("KAKANAI_TEST_PG_SUPERUSER");
        db.setUserName(superuser.isEmpty() ? QStringLiteral("postgres") : superuser);
        if (!db.open()) {
            *error = db.lastError().text();
            ok = false;
        }
        const QStringList statements = kakanai::OfficeMigrations::splitPostgres(script);
        for (qsizetype i = 0; ok && i < statements.size(); ++i) {
            QSqlQuery q(db);
            if (!q.exec(statements.at(i))) {
                *error = QStringLiteral("%1\n-> %2").arg(statements.at(i), q.lastError().text());
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The rows of a one-column query as the superuser in `database`.
QStringList superuserColumn(const QString &database, const QString &sql)
{
    const QString name = QStringLiteral("office-cli-read-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(OfficeTestEnv::socketDir());
        db.setPort(OfficeTestEnv::port());
        db.setDatabaseName(database);
        const QString superuser = qEnvironmentVariable("KAKANAI_TEST_PG_SUPERUSER");
        db.setUserName(superuser.isEmpty() ? QStringLiteral("postgres") : superuser);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                while (q.next())
                    values << q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

// The tables the role SQL grants anything on.
QSet<QString> tablesGranted(const QString &sql)
{
    static const QRegularExpression grant(
        QStringLiteral("^GRANT\\s+[A-Z, ]+\\s+ON\\s+(?:TABLE\\s+)?([a-z0-9_, ]+?)\\s+TO\\s+kakanai_counter\\s*;"),
        QRegularExpression::MultilineOption);
    QSet<QString> tables;
    for (auto it = grant.globalMatch(sql); it.hasNext();) {
        const auto match = it.next();
        for (const QString &table : match.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            tables.insert(table.trimmed());
    }
    return tables;
}

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

// A 0600 file holding `content`.
QString privateFile(const QString &path, const QByteArray &content)
{
    if (kakanai::test::writeTestFile(path, content).isEmpty())
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
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

    void roleSqlNamesEveryTable();
    void counterRoleHasLeastPrivilege();
    void importLocalMovesAPcOnce_data();
    void importLocalMovesAPcOnce();

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
    // The roles counterRoleHasLeastPrivilege made (they outlive databases) are gone.
    QCOMPARE(superuserColumn(QStringLiteral("postgres"),
                             QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname = 'kakanai_counter' "
                                            "OR rolname LIKE 'counter\\_t\\_%'")),
             QStringList());
}

CliRun TestOfficeCli::cli(const QStringList &args) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Its own HOME/XDG dirs: never the user's real settings or stores.
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return kakanai::test::runCli(m_cli,
                                 QStringList{QStringLiteral("--settings"), m_settings, QStringLiteral("--lang"),
                                             QStringLiteral("en")}
                                     + args,
                                 env);
}

QStringList TestOfficeCli::freshStoreArgs(const QString &engine, OfficeStoreOptions *options) const
{
    const OfficeStoreOptions fresh = OfficeTestEnv::freshStore(engine, m_dir);
    if (options)
        *options = fresh;
    QStringList args{QStringLiteral("--office"), OfficeTestEnv::url(fresh)};
    if (!fresh.passwordFile.isEmpty())
        args << QStringLiteral("--password-file") << fresh.passwordFile;
    return args;
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
    const QString file = privateFile(m_dir.filePath(QStringLiteral("wrong.password")), wrong);
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

// The role SQL grants on every table of the schema: a migration that adds a
// table without updating core/office/roles/counter-role.pg.sql fails here.
void TestOfficeCli::roleSqlNamesEveryTable()
{
    OfficeStoreOptions options;
    const QStringList store = freshStoreArgs(QStringLiteral("postgresql"), &options);
    QCOMPARE(cli(QStringList{QStringLiteral("office"), QStringLiteral("init")} + store).exitCode, 0);
    const QStringList inSchema = superuserColumn(
        options.location.database(),
        QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY 1"));
    QVERIFY(inSchema.contains(QStringLiteral("schema_version")));
    QVERIFY(inSchema.contains(QStringLiteral("audit_event")));
    const QSet<QString> schemaTables(inSchema.cbegin(), inSchema.cend());
    const QSet<QString> granted = tablesGranted(kakanai::OfficeMigrations::counterRoleSql());
    QVERIFY2(schemaTables == granted,
             qPrintable(QStringLiteral("tables in the schema without a grant: %1; grants on tables not in it: %2")
                            .arg(QStringList((schemaTables - granted).values()).join(u' '),
                                 QStringList((granted - schemaTables).values()).join(u' '))));
    // And the command prints that very file, as the administrators' page shows it.
    const CliRun roles = cli({QStringLiteral("office"), QStringLiteral("roles")});
    QCOMPARE(roles.exitCode, 0);
    QCOMPARE(roles.out, kakanai::OfficeMigrations::counterRoleSql());
    QFile page(qEnvironmentVariable("KAKANAI_SOURCE_DIR") + QStringLiteral("/docs/admin/office.md"));
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
    QVERIFY2(QString::fromUtf8(page.readAll()).contains(QStringLiteral("```sql\n") + roles.out + QStringLiteral("```")),
             "docs/admin/office.md must show core/office/roles/counter-role.pg.sql as it is");
}

// The printed role SQL, run as the superuser, then a counter PC's login role:
// it does a counter's work and nothing else.
void TestOfficeCli::counterRoleHasLeastPrivilege()
{
    OfficeStoreOptions options;
    const QStringList store = freshStoreArgs(QStringLiteral("postgresql"), &options);
    const QString database = options.location.database();
    QCOMPARE(cli(QStringList{QStringLiteral("office"), QStringLiteral("init")} + store).exitCode, 0);
    const CliRun roles = cli({QStringLiteral("office"), QStringLiteral("roles")});
    QCOMPARE(roles.exitCode, 0);

    const QString counter = QStringLiteral("counter_t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
    const QString password = QUuid::createUuid().toString(QUuid::Id128);
    // Roles live in the cluster, beyond the test's database: dropped at the end
    // whatever happens.
    const auto dropRoles = qScopeGuard([&] {
        QString ignored;
        superuserScript(database, QStringLiteral("DROP OWNED BY %1, kakanai_counter;").arg(counter), &ignored);
        OfficeTestEnv::superuserExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(counter), &ignored);
        OfficeTestEnv::superuserExec(QStringLiteral("DROP ROLE IF EXISTS kakanai_counter"), &ignored);
    });
    QString error;
    QVERIFY2(superuserScript(database, roles.out, &error), qPrintable(error));
    // Twice: running it again (after an upgrade) is harmless.
    QVERIFY2(superuserScript(database, roles.out, &error), qPrintable(error));
    QVERIFY2(superuserScript(database,
                             QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE kakanai_counter;")
                                 .arg(counter, password),
                             &error),
             qPrintable(error));

    // Exactly the grants the counters need, on the tables and the schema.
    const QStringList grants = superuserColumn(
        database, QStringLiteral("SELECT table_name || ':' || string_agg(privilege_type, ',' ORDER BY privilege_type) "
                                 "FROM information_schema.role_table_grants WHERE grantee = 'kakanai_counter' "
                                 "GROUP BY table_name ORDER BY table_name"));
    QCOMPARE(grants, (QStringList{QStringLiteral("audit_daily_digest:INSERT,SELECT"),
                                  QStringLiteral("audit_event:INSERT,SELECT"),
                                  QStringLiteral("daily_number:INSERT,SELECT,UPDATE"),
                                  QStringLiteral("schema_version:SELECT"),
                                  QStringLiteral("staff:INSERT,SELECT,UPDATE")}));
    QCOMPARE(superuserColumn(database, QStringLiteral("SELECT has_schema_privilege('kakanai_counter', 'public', "
                                                      "'CREATE')::text || ',' || has_schema_privilege("
                                                      "'kakanai_counter', 'public', 'USAGE')::text")),
             QStringList{QStringLiteral("false,true")});
    QCOMPARE(superuserColumn(QStringLiteral("postgres"),
                             QStringLiteral("SELECT rolcanlogin::text FROM pg_roles WHERE rolname = 'kakanai_counter'")),
             QStringList{QStringLiteral("false")});

    const QString passwordFile = privateFile(m_dir.filePath(counter + QStringLiteral(".password")), password.toUtf8());
    QVERIFY(!passwordFile.isEmpty());
    auto location = OfficeLocation::parse(QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
                                              .arg(counter, OfficeTestEnv::host())
                                              .arg(OfficeTestEnv::port())
                                              .arg(database));
    QVERIFY(location.has_value());

    // The counter's role can run the checks an administrator asks for at a PC.
    const QStringList asCounter{QStringLiteral("--office"), location->display(), QStringLiteral("--password-file"),
                                passwordFile};
    CliRun r = cli(QStringList{QStringLiteral("office"), QStringLiteral("check")} + asCounter);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(QStringList{QStringLiteral("office"), QStringLiteral("init")} + asCounter);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // up to date: nothing it may not do

    OfficeStoreOptions counterOptions;
    counterOptions.location = *location;
    counterOptions.passwordFile = passwordFile;
    counterOptions.migrate = false;
    counterOptions.createIfMissing = false;
    counterOptions.applicationName = QStringLiteral("kakanai-test-counter");
    auto opened = OfficeStore::open(counterOptions);
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().toString()));
    OfficeStore &office = **opened;

    // Allowed: a ticket number, an audit entry, a staff row and its sign-in count.
    kakanai::DailyNumbers numbers(office);
    const QDate today(2026, 4, 1);
    auto first = numbers.take(QStringLiteral("A"), today, {1, 99});
    QVERIFY2(first.has_value(), first ? "" : qPrintable(first.error().toString()));
    QCOMPARE(*first, 1);
    auto second = numbers.take(QStringLiteral("A"), today, {1, 99});
    QVERIFY(second.has_value());
    QCOMPARE(*second, 2);
    kakanai::SystemClock clock;
    kakanai::MemoryAuditAnchor anchor;
    kakanai::AuditLog audit(office, clock, QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"), anchor);
    auto appended = audit.append(QStringLiteral("clerk01"), QStringLiteral("sign-in"));
    QVERIFY2(appended.has_value(), appended ? "" : qPrintable(appended.error().toString()));
    auto events = audit.events();
    QVERIFY(events.has_value());
    QCOMPARE(events->size(), 1);
    const QStringList allowed = {
        QStringLiteral("INSERT INTO staff (staff_id, display_name, role, password_hash, created_at, "
                       "password_changed_at) VALUES ('c01', 'x', 'clerk', 'h', '2026-04-01', '2026-04-01')"),
        QStringLiteral("UPDATE staff SET failed_attempts = 1 WHERE staff_id = 'c01'"),
    };
    for (const QString &sql : allowed) {
        QSqlQuery q(office.connection());
        QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(" -> ") + q.lastError().text()));
    }

    // Refused: changing the record, deleting, emptying, and any schema change.
    const QStringList refused = {
        QStringLiteral("UPDATE audit_event SET action = 'x'"),
        QStringLiteral("DELETE FROM audit_event"),
        QStringLiteral("TRUNCATE audit_event"),
        QStringLiteral("UPDATE audit_daily_digest SET last_seq = 0"),
        QStringLiteral("DELETE FROM staff"),
        QStringLiteral("DELETE FROM daily_number"),
        QStringLiteral("INSERT INTO schema_version (version, name) VALUES (99, 'x')"),
        QStringLiteral("CREATE TABLE intruder (x INTEGER)"),
        QStringLiteral("CREATE TEMP TABLE intruder (x INTEGER)"),
        QStringLiteral("DROP TABLE staff"),
        QStringLiteral("ALTER TABLE staff ADD COLUMN x INTEGER"),
        QStringLiteral("DROP TRIGGER audit_event_append_only ON audit_event"),
    };
    for (const QString &sql : refused) {
        QSqlQuery q(office.connection());
        QVERIFY2(!q.exec(sql), qPrintable(sql + QStringLiteral(" was allowed")));
        const kakanai::Error e = office.classify(q.lastError());
        QVERIFY2(e.code() == kakanai::ErrorCode::PermissionDenied,
                 qPrintable(sql + QStringLiteral(" -> ") + e.toString()));
    }
    // What was allowed is there, nothing refused changed anything.
    QCOMPARE(superuserColumn(database, QStringLiteral("SELECT count(*) FROM audit_event")), QStringList{QStringLiteral("1")});
    QCOMPARE(superuserColumn(database, QStringLiteral("SELECT count(*) FROM staff")), QStringList{QStringLiteral("1")});
    QCOMPARE(superuserColumn(database, QStringLiteral("SELECT next_number FROM daily_number")),
             QStringList{QStringLiteral("3")});
}

void TestOfficeCli::importLocalMovesAPcOnce_data()
{
    initCreatesThenAppliesNothing_data();
}

// A PC from before the office store (staff and audit in its own store) is
// moved into an office store named on the command line, once.
void TestOfficeCli::importLocalMovesAPcOnce()
{
    QFETCH(QString, engine);
    const QString local = m_dir.filePath(QStringLiteral("import-%1/kakanai.sqlite").arg(engine));
    QVERIFY(QDir().mkpath(QFileInfo(local).absolutePath()));
    {
        auto db = kakanai::Database::open({local});
        QVERIFY(db);
        kakanai::ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
        kakanai::MemoryAuditAnchor anchor;
        kakanai::AuditLog audit(**db, clock, QStringLiteral("counter-07"), QTimeZone("Asia/Tokyo"), anchor);
        kakanai::StaffDirectory staff(**db, clock, audit, kakanai::PasswordHasher(kakanai::PasswordHasher::Cost::Minimum));
        QVERIFY(staff.create({QStringLiteral("a001"), QStringLiteral("管理 一"), kakanai::Role::Administrator, true},
                             QStringLiteral("kanri1234"), QString()));
        QVERIFY(staff.create({QStringLiteral("c007"), QStringLiteral("窓口 七"), kakanai::Role::Clerk, true},
                             QStringLiteral("madoguchi7"), QStringLiteral("a001")));
    }
    OfficeStoreOptions options;
    const QStringList store = freshStoreArgs(engine, &options);
    const QStringList command = QStringList{QStringLiteral("--db"), local, QStringLiteral("office"),
                                            QStringLiteral("import-local"), QStringLiteral("--json")}
                                + store;
    CliRun r = cli(command);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("staffImported")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("localAuditEntries")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("auditCopied")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("auditSealedOnly")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("officeStore")).toString(), options.location.display());
    if (engine == QLatin1String("postgresql"))
        QVERIFY(!(r.out + r.err).contains(OfficeTestEnv::password()));

    // The accounts are in the office store, with the passwords they had.
    auto office = OfficeStore::open(options);
    QVERIFY(office);
    kakanai::ManualClock clock(QDateTime(QDate(2026, 4, 2), QTime(0, 0), Qt::UTC));
    kakanai::MemoryAuditAnchor anchor;
    kakanai::AuditLog audit(**office, clock, QStringLiteral("counter-07"), QTimeZone("Asia/Tokyo"), anchor);
    kakanai::StaffDirectory staff(**office, clock, audit, kakanai::PasswordHasher(kakanai::PasswordHasher::Cost::Minimum));
    QVERIFY(staff.signIn(QStringLiteral("c007"), QStringLiteral("madoguchi7")));
    auto verified = audit.verify();
    QVERIFY(verified && verified->intact());
    QCOMPARE(verified->checked, 4); // 2 copied, the move, the sign-in

    // Once only: a second run is refused and adds nothing.
    r = cli(command);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("moved to the office store before")), qPrintable(r.err));
    QCOMPARE(audit.events(1, 100)->size(), 4);
}

QTEST_GUILESS_MAIN(TestOfficeCli)
#include "tst_office_cli.moc"
