// Integration: the private PostgreSQL that scripts/lib/postgres-test-env.sh
// starts (kakanai_postgres_start) is reachable through Qt's QPSQL driver, the
// way the office store will reach a real one: TCP on loopback, the role
// `kakanai` with its password, transactions, LISTEN/NOTIFY between two
// connections, and a server restart. The groundwork of every office-store
// test: if this fails, the harness is broken, not the store.
// Every test drops what it created; cleanupTestCase checks that the database
// holds the same relations as before.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/types.h>

namespace {

// What the harness exports; every one is required.
struct PgEnv {
    QString host;
    int port = 0;
    QString user;
    QString database;
    QString passwordFile;
    QString password;
    QString bin;
    QString data;
    QString pidFile;
    QString log;
    QStringList runAs; // prefix running a program as the server's user; may be empty
};

// Owns a named QSqlDatabase connection and removes it when the test is done,
// so that no test leaves an open connection behind. Declare it before any
// QSqlQuery on it (queries must die first).
class Connection {
public:
    explicit Connection(const QString &name) : m_name(name) {}
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

qint64 pidFromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const qint64 pid = f.readLine().trimmed().toLongLong(&ok);
    return ok && pid > 1 ? pid : -1;
}

// A zombie is not running: the postmaster is reparented to pid 1, which in
// some containers reaps late.
bool running(qint64 pid)
{
    if (pid <= 1 || ::kill(static_cast<pid_t>(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && close + 2 < line.size() && line.at(close + 2) != 'Z';
}

QString uniqueSuffix()
{
    return QString::number(QCoreApplication::applicationPid());
}

} // namespace

class TestPostgresHarness : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectsOverTcp();
    void transactionCommitsAndRollsBack();
    void refusesWrongCredentials_data();
    void refusesWrongCredentials();
    void notifyReachesTheOtherConnection();
    void newConnectionWorksAfterServerRestart();

private:
    // Opens connection `name` over TCP; the caller owns it through a Connection.
    bool open(const QString &name, const QString &user, const QString &password, QString *error) const;
    // Runs pg_ctl as the server's user; returns its output on failure in *error.
    bool pgCtl(const QStringList &args, QString *error) const;
    QStringList relations() const;

    PgEnv m_env;
    QStringList m_relationsBefore;
};

void TestPostgresHarness::initTestCase()
{
    const char *required[] = {"KAKANAI_TEST_PG_HOST",     "KAKANAI_TEST_PG_PORT",          "KAKANAI_TEST_PG_USER",
                              "KAKANAI_TEST_PG_DATABASE", "KAKANAI_TEST_PG_PASSWORD_FILE", "KAKANAI_TEST_PG_BIN",
                              "KAKANAI_TEST_PG_DATA",     "KAKANAI_TEST_PG_PIDFILE",       "KAKANAI_TEST_PG_LOG"};
    QStringList missing;
    for (const char *name : required) {
        if (qEnvironmentVariableIsEmpty(name))
            missing << QString::fromLatin1(name);
    }
    // A failure, not a skip: CI must run these against a real server.
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 not set: run the tests through scripts/test.sh, or by hand after "
                                       "`source scripts/lib/postgres-test-env.sh; kakanai_postgres_start` "
                                       "(docs/development.md, \"PostgreSQL in tests\")")
                            .arg(missing.join(QStringLiteral(", ")))));
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "Qt's QPSQL driver is missing: apt-get install libqt6sql6-psql (scripts/setup-debian.sh)");

    m_env.host = qEnvironmentVariable("KAKANAI_TEST_PG_HOST");
    bool portOk = false;
    m_env.port = qEnvironmentVariable("KAKANAI_TEST_PG_PORT").toInt(&portOk);
    QVERIFY2(portOk && m_env.port > 0 && m_env.port < 65536, "KAKANAI_TEST_PG_PORT is not a port number");
    m_env.user = qEnvironmentVariable("KAKANAI_TEST_PG_USER");
    m_env.database = qEnvironmentVariable("KAKANAI_TEST_PG_DATABASE");
    m_env.passwordFile = qEnvironmentVariable("KAKANAI_TEST_PG_PASSWORD_FILE");
    m_env.bin = qEnvironmentVariable("KAKANAI_TEST_PG_BIN");
    m_env.data = qEnvironmentVariable("KAKANAI_TEST_PG_DATA");
    m_env.pidFile = qEnvironmentVariable("KAKANAI_TEST_PG_PIDFILE");
    m_env.log = qEnvironmentVariable("KAKANAI_TEST_PG_LOG");
    m_env.runAs = qEnvironmentVariable("KAKANAI_TEST_PG_RUN_AS").split(u' ', Qt::SkipEmptyParts);

    QFile passwordFile(m_env.passwordFile);
    QVERIFY2(passwordFile.open(QIODevice::ReadOnly), "cannot read KAKANAI_TEST_PG_PASSWORD_FILE");
    // The password file is private to whoever runs the tests.
    QCOMPARE(
        passwordFile.permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    m_env.password = QString::fromUtf8(passwordFile.readAll().trimmed());
    QVERIFY2(m_env.password.size() >= 16, "the harness's password is empty or short");
    QVERIFY2(running(pidFromFile(m_env.pidFile)), "the test PostgreSQL (KAKANAI_TEST_PG_PIDFILE) is not running");

    m_relationsBefore = relations();
}

void TestPostgresHarness::cleanupTestCase()
{
    if (m_env.pidFile.isEmpty())
        return;
    // Whatever happened, leave a running server behind for the tests after us.
    if (!running(pidFromFile(m_env.pidFile))) {
        QString error;
        QVERIFY2(pgCtl({QStringLiteral("start")}, &error), qPrintable(error));
    }
    QCOMPARE(relations(), m_relationsBefore);
}

bool TestPostgresHarness::open(const QString &name, const QString &user, const QString &password, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_env.host);
    db.setPort(m_env.port);
    db.setDatabaseName(m_env.database);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (db.open())
        return true;
    *error = db.lastError().text();
    return false;
}

bool TestPostgresHarness::pgCtl(const QStringList &args, QString *error) const
{
    QStringList command = m_env.runAs;
    command << m_env.bin + QStringLiteral("/pg_ctl") << QStringLiteral("-D") << m_env.data << QStringLiteral("-l")
            << m_env.log << QStringLiteral("-w") << QStringLiteral("-t") << QStringLiteral("60") << args;
    QProcess process;
    // Somewhere the server's user may enter (not the build dir under /root).
    process.setWorkingDirectory(QFileInfo(m_env.data).absolutePath());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.takeFirst(), command);
    if (!process.waitForFinished(90000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("pg_ctl %1 failed: %2").arg(args.join(u' '), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

// Every table, view, sequence and schema outside the system catalogs.
QStringList TestPostgresHarness::relations() const
{
    QStringList names;
    const QString connectionName = QStringLiteral("relations");
    Connection connection(connectionName);
    QString error;
    if (!open(connectionName, m_env.user, m_env.password, &error)) {
        names << QStringLiteral("<cannot connect: %1>").arg(error);
        return names;
    }
    QSqlQuery query(connection.db());
    if (!query.exec(QStringLiteral(
            "SELECT n.nspname || '.' || COALESCE(c.relname, '') FROM pg_namespace n "
            "LEFT JOIN pg_class c ON c.relnamespace = n.oid "
            "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' "
            "AND n.nspname NOT LIKE 'pg_temp%' ORDER BY 1"))) {
        names << QStringLiteral("<query failed: %1>").arg(query.lastError().text());
        return names;
    }
    while (query.next())
        names << query.value(0).toString();
    return names;
}

void TestPostgresHarness::connectsOverTcp()
{
    Connection connection(QStringLiteral("version"));
    QString error;
    QVERIFY2(open(QStringLiteral("version"), m_env.user, m_env.password, &error), qPrintable(error));

    QSqlQuery query(connection.db());
    QVERIFY2(query.exec(QStringLiteral("SELECT version(), current_user, inet_server_addr()::text")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toString().startsWith(QLatin1String("PostgreSQL ")), qPrintable(query.value(0).toString()));
    QCOMPARE(query.value(1).toString(), m_env.user);
    // Over TCP on loopback, not the Unix socket (which would give NULL).
    QCOMPARE(query.value(2).toString(), QStringLiteral("127.0.0.1/32"));
    qInfo("server: %s", qPrintable(query.value(0).toString()));

    QVERIFY2(query.exec(QStringLiteral("SHOW server_version_num")), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    bool ok = false;
    const int version = query.value(0).toString().toInt(&ok);
    QVERIFY(ok);
    QVERIFY2(version >= 150000, qPrintable(QStringLiteral("server_version_num %1 < 150000").arg(version)));

    // Never a superuser: the office store must work with least privilege.
    QVERIFY2(query.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toBool(), false);
}

void TestPostgresHarness::transactionCommitsAndRollsBack()
{
    const QString table = QStringLiteral("harness_tx_%1").arg(uniqueSuffix());
    Connection writer(QStringLiteral("writer"));
    Connection reader(QStringLiteral("reader"));
    QString error;
    QVERIFY2(open(QStringLiteral("writer"), m_env.user, m_env.password, &error), qPrintable(error));
    QVERIFY2(open(QStringLiteral("reader"), m_env.user, m_env.password, &error), qPrintable(error));
    QSqlDatabase db = writer.db();

    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE %1 (id integer PRIMARY KEY, label text NOT NULL)").arg(table)),
             qPrintable(query.lastError().text()));
    auto dropTable = qScopeGuard([&] {
        QSqlQuery drop(writer.db());
        drop.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table));
    });

    QVERIFY(db.transaction());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO %1 (id, label) VALUES (:id, :label)").arg(table)));
    for (int id = 1; id <= 3; ++id) {
        query.bindValue(QStringLiteral(":id"), id);
        query.bindValue(QStringLiteral(":label"), QStringLiteral("row %1 窓口").arg(id));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    const auto countFrom = [&](const QSqlDatabase &on) {
        QSqlQuery count(on);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !count.next())
            return -1;
        return count.value(0).toInt();
    };
    // Not visible to another connection before the commit.
    QCOMPARE(countFrom(reader.db()), 0);
    QVERIFY2(db.commit(), qPrintable(db.lastError().text()));
    QCOMPARE(countFrom(reader.db()), 3);

    QSqlQuery read(reader.db());
    QVERIFY(read.exec(QStringLiteral("SELECT label FROM %1 WHERE id = 2").arg(table)));
    QVERIFY(read.next());
    QCOMPARE(read.value(0).toString(), QStringLiteral("row 2 窓口"));

    // A rolled-back insert leaves nothing; a duplicate key is refused by the database.
    QVERIFY(db.transaction());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO %1 (id, label) VALUES (4, 'gone')").arg(table)));
    QVERIFY(db.rollback());
    QCOMPARE(countFrom(reader.db()), 3);
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO %1 (id, label) VALUES (1, 'twice')").arg(table)));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("23505")); // unique_violation
    QCOMPARE(countFrom(reader.db()), 3);

    QVERIFY(query.exec(QStringLiteral("DROP TABLE %1").arg(table)));
    dropTable.dismiss();
    QVERIFY(query.exec(QStringLiteral("SELECT to_regclass('%1') IS NULL").arg(table)));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toBool());
}

void TestPostgresHarness::refusesWrongCredentials_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("wrongPassword");
    QTest::newRow("wrong password") << QString() << true;
    QTest::newRow("unknown role") << QStringLiteral("kakanai_nosuchrole") << false;
    QTest::newRow("empty password") << QString() << false;
}

void TestPostgresHarness::refusesWrongCredentials()
{
    QFETCH(QString, user);
    QFETCH(bool, wrongPassword);
    const bool emptyPassword = user.isEmpty() && !wrongPassword;
    if (user.isEmpty())
        user = m_env.user;
    const QString password = emptyPassword   ? QString()
                             : wrongPassword ? m_env.password + QStringLiteral("x")
                                             : m_env.password;

    Connection connection(QStringLiteral("refused"));
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(!open(QStringLiteral("refused"), user, password, &error), "the server accepted wrong credentials");
    QCOMPARE(connection.db().lastError().type(), QSqlError::ConnectionError);
    QVERIFY2(!error.isEmpty(), "refused without an error text");
    // libpq's words: the office store will classify refusals by them.
    QVERIFY2(error.contains(QLatin1String("password authentication failed"))
                 || error.contains(QLatin1String("no password supplied")),
             qPrintable(error));
    QVERIFY2(!error.contains(m_env.password), "the error text contains the password");
    QVERIFY2(!connection.db().isOpen(), "a refused connection is open");
    qInfo("refused in %lld ms: %s", static_cast<long long>(timer.elapsed()), qPrintable(error.simplified()));
}

void TestPostgresHarness::notifyReachesTheOtherConnection()
{
    const QString channel = QStringLiteral("kakanai_harness_%1").arg(uniqueSuffix());
    Connection listener(QStringLiteral("listener"));
    Connection notifier(QStringLiteral("notifier"));
    QString error;
    QVERIFY2(open(QStringLiteral("listener"), m_env.user, m_env.password, &error), qPrintable(error));
    QVERIFY2(open(QStringLiteral("notifier"), m_env.user, m_env.password, &error), qPrintable(error));

    QSqlDriver *driver = listener.db().driver();
    QVERIFY(driver->hasFeature(QSqlDriver::EventNotifications));
    QVERIFY2(driver->subscribeToNotification(channel), qPrintable(driver->lastError().text()));
    auto unsubscribe = qScopeGuard([&] { listener.db().driver()->unsubscribeFromNotification(channel); });
    QVERIFY(driver->subscribedToNotifications().contains(channel));
    QSignalSpy spy(driver, &QSqlDriver::notification);
    QVERIFY(spy.isValid());

    QSqlDatabase sender = notifier.db();
    // Each commit also writes a row, so that it flushes WAL as the store's will
    // (a transaction that only notifies commits without a disk write).
    const QString table = QStringLiteral("harness_notify_%1").arg(uniqueSuffix());
    QSqlQuery write(sender);
    QVERIFY2(write.exec(QStringLiteral("CREATE TABLE %1 (round integer PRIMARY KEY)").arg(table)),
             qPrintable(write.lastError().text()));
    auto dropTable = qScopeGuard([&] {
        QSqlQuery drop(notifier.db());
        drop.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table));
    });
    QVERIFY(write.prepare(QStringLiteral("INSERT INTO %1 (round) VALUES (:round)").arg(table)));
    QSqlQuery notify(sender);
    QVERIFY(notify.prepare(QStringLiteral("SELECT pg_notify(:channel, :payload)")));
    notify.bindValue(QStringLiteral(":channel"), channel);

    // A NOTIFY in a rolled-back transaction is never delivered. Notifications
    // from one session arrive in commit order, so once the next one is here,
    // the rolled-back one would have been too.
    QVERIFY(sender.transaction());
    notify.bindValue(QStringLiteral(":payload"), QStringLiteral("rolled-back"));
    QVERIFY2(notify.exec(), qPrintable(notify.lastError().text()));
    QVERIFY(sender.rollback());

    constexpr int rounds = 20;
    QList<qint64> latenciesUs;
    for (int round = 0; round < rounds; ++round) {
        const QString payload = QStringLiteral("changed %1").arg(round);
        notify.bindValue(QStringLiteral(":payload"), payload);
        QElapsedTimer timer;
        timer.start();
        // In a transaction, as the office store's triggers will send them: delivered at commit.
        QVERIFY(sender.transaction());
        write.bindValue(QStringLiteral(":round"), round);
        QVERIFY2(write.exec(), qPrintable(write.lastError().text()));
        QVERIFY2(notify.exec(), qPrintable(notify.lastError().text()));
        QVERIFY2(sender.commit(), qPrintable(sender.lastError().text()));
        if (spy.isEmpty())
            QVERIFY2(spy.wait(5000), qPrintable(QStringLiteral("no notification for round %1").arg(round)));
        latenciesUs << timer.nsecsElapsed() / 1000;
        QCOMPARE(spy.size(), 1);
        const QList<QVariant> arguments = spy.takeFirst();
        QCOMPARE(arguments.at(0).toString(), channel);
        QCOMPARE(arguments.at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
        QCOMPARE(arguments.at(2).toString(), payload);
    }
    std::sort(latenciesUs.begin(), latenciesUs.end());
    qInfo("NOTIFY latency over %d commits (BEGIN, INSERT, pg_notify, COMMIT + delivery): median %.2f ms, max %.2f ms",
          rounds, static_cast<double>(latenciesUs.at(rounds / 2)) / 1000.0,
          static_cast<double>(latenciesUs.last()) / 1000.0);
    QVERIFY2(latenciesUs.at(rounds / 2) < 100000, "median NOTIFY latency above 100 ms");

    unsubscribe.dismiss();
    QVERIFY(driver->unsubscribeFromNotification(channel));
    QVERIFY(driver->subscribedToNotifications().isEmpty());
    QVERIFY2(write.exec(QStringLiteral("DROP TABLE %1").arg(table)), qPrintable(write.lastError().text()));
    dropTable.dismiss();
}

void TestPostgresHarness::newConnectionWorksAfterServerRestart()
{
    Connection before(QStringLiteral("before-restart"));
    QString error;
    QVERIFY2(open(QStringLiteral("before-restart"), m_env.user, m_env.password, &error), qPrintable(error));
    QSqlQuery query(before.db());
    QVERIFY2(query.exec(QStringLiteral("SELECT pg_backend_pid()")), qPrintable(query.lastError().text()));
    QVERIFY(query.next());

    const qint64 oldPid = pidFromFile(m_env.pidFile);
    QVERIFY(running(oldPid));
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("restart")}, &error),
             qPrintable(error));
    const qint64 restartMs = timer.elapsed();
    const qint64 newPid = pidFromFile(m_env.pidFile);
    QVERIFY2(running(newPid), "no server running after pg_ctl restart");
    QVERIFY(newPid != oldPid);
    QVERIFY(!running(oldPid));
    qInfo("pg_ctl restart -m fast: %lld ms (postmaster pid %lld -> %lld)", static_cast<long long>(restartMs),
          static_cast<long long>(oldPid), static_cast<long long>(newPid));

    // The old connection's backend is gone: its next statement fails with an error.
    QVERIFY2(!query.exec(QStringLiteral("SELECT 1")), "a connection from before the restart still works");
    QVERIFY2(query.lastError().isValid() && !query.lastError().text().isEmpty(), "failed without an error");
    qInfo("old connection after restart: %s", qPrintable(query.lastError().text().simplified()));

    Connection after(QStringLiteral("after-restart"));
    QVERIFY2(open(QStringLiteral("after-restart"), m_env.user, m_env.password, &error), qPrintable(error));
    QSqlQuery again(after.db());
    QVERIFY2(again.exec(QStringLiteral("SELECT current_user")), qPrintable(again.lastError().text()));
    QVERIFY(again.next());
    QCOMPARE(again.value(0).toString(), m_env.user);
}

QTEST_GUILESS_MAIN(TestPostgresHarness)
#include "tst_postgres_harness.moc"
