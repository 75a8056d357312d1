#include "OfficeTestEnv.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <QCoreApplication>

namespace kakanai::test {

namespace {

QStringList &madeDatabases()
{
    static QStringList names;
    return names;
}

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

} // namespace

bool OfficeTestEnv::load(QString *why)
{
    const char *required[] = {"KAKANAI_TEST_PG_HOST", "KAKANAI_TEST_PG_PORT", "KAKANAI_TEST_PG_USER",
                              "KAKANAI_TEST_PG_PASSWORD_FILE", "KAKANAI_TEST_PG_SOCKET_DIR", "KAKANAI_TEST_PG_BIN",
                              "KAKANAI_TEST_PG_DATA"};
    QStringList missing;
    for (const char *name : required)
        if (qEnvironmentVariableIsEmpty(name))
            missing << QString::fromLatin1(name);
    if (!missing.isEmpty()) {
        *why = QStringLiteral("%1 not set: run the tests through scripts/test.sh, or by hand after "
                              "`source scripts/lib/postgres-test-env.sh; kakanai_postgres_start` "
                              "(docs/development.md, \"PostgreSQL in tests\")")
                   .arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *why = QStringLiteral("Qt's QPSQL driver is missing: apt-get install libqt6sql6-psql");
        return false;
    }
    static bool cleanupRegistered = false;
    if (!cleanupRegistered) {
        cleanupRegistered = true;
        // While Qt is still there (an atexit handler runs after QSqlDatabase's statics are gone).
        qAddPostRoutine([] { dropAll(); });
    }
    return true;
}

QString OfficeTestEnv::host() { return env("KAKANAI_TEST_PG_HOST"); }
int OfficeTestEnv::port() { return env("KAKANAI_TEST_PG_PORT").toInt(); }
QString OfficeTestEnv::user() { return env("KAKANAI_TEST_PG_USER"); }
QString OfficeTestEnv::passwordFile() { return env("KAKANAI_TEST_PG_PASSWORD_FILE"); }
QString OfficeTestEnv::socketDir() { return env("KAKANAI_TEST_PG_SOCKET_DIR"); }

QString OfficeTestEnv::password()
{
    QFile f(passwordFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll().trimmed());
}

QStringList OfficeTestEnv::engines()
{
    return {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
}

bool OfficeTestEnv::superuserExec(const QString &sql, QString *error)
{
    const QString name = QStringLiteral("office-test-super-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socketDir());
        db.setPort(port());
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(env("KAKANAI_TEST_PG_SUPERUSER").isEmpty() ? QStringLiteral("postgres")
                                                                   : env("KAKANAI_TEST_PG_SUPERUSER"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

OfficeStoreOptions OfficeTestEnv::freshStore(const QString &engine, const QTemporaryDir &dir, int timeoutMs)
{
    OfficeStoreOptions options;
    options.timeoutMs = timeoutMs;
    options.applicationName = QStringLiteral("kakanai-test");
    if (engine == QLatin1String("sqlite")) {
        options.location = OfficeLocation::sqliteFile(
            dir.filePath(QStringLiteral("office-%1.sqlite").arg(QUuid::createUuid().toString(QUuid::Id128).left(8))));
        return options;
    }
    const QString database = QStringLiteral("office_t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    QString error;
    if (!superuserExec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, user()), &error))
        qFatal("cannot create the test database %s: %s", qPrintable(database), qPrintable(error));
    madeDatabases().append(database);
    auto location = OfficeLocation::parse(
        QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable").arg(user(), host()).arg(port()).arg(database));
    if (!location)
        qFatal("bad test URL: %s", qPrintable(location.error().toString()));
    options.location = *location;
    options.passwordFile = passwordFile();
    return options;
}

OfficeStoreOptions OfficeTestEnv::sameStore(const OfficeStoreOptions &options)
{
    return options;
}

OfficeStoreOptions OfficeTestEnv::viaPort(const OfficeStoreOptions &options, int newPort)
{
    OfficeStoreOptions copy = options;
    const QString text = url(options);
    QUrl u(text);
    u.setPort(newPort);
    auto location = OfficeLocation::parse(u.toString());
    if (!location)
        qFatal("bad proxy URL: %s", qPrintable(location.error().toString()));
    copy.location = *location;
    return copy;
}

QString OfficeTestEnv::url(const OfficeStoreOptions &options)
{
    return options.location.display();
}

void OfficeTestEnv::dropAll()
{
    for (const QString &database : std::as_const(madeDatabases())) {
        QString error;
        superuserExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database), &error);
    }
    madeDatabases().clear();
}

bool OfficeTestEnv::pgCtl(const QStringList &args, QString *error)
{
    QStringList command = env("KAKANAI_TEST_PG_RUN_AS").split(u' ', Qt::SkipEmptyParts);
    command << env("KAKANAI_TEST_PG_BIN") + QStringLiteral("/pg_ctl") << QStringLiteral("-D")
            << env("KAKANAI_TEST_PG_DATA") << QStringLiteral("-l") << env("KAKANAI_TEST_PG_LOG")
            << QStringLiteral("-w") << QStringLiteral("-t") << QStringLiteral("60") << args;
    QProcess process;
    process.setWorkingDirectory(QFileInfo(env("KAKANAI_TEST_PG_DATA")).absolutePath());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.takeFirst(), command);
    if (!process.waitForFinished(90000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("pg_ctl %1 failed: %2").arg(args.join(u' '), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

qint64 OfficeTestEnv::serverPid()
{
    QFile f(env("KAKANAI_TEST_PG_DATA") + QStringLiteral("/postmaster.pid"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const qint64 pid = f.readLine().trimmed().toLongLong(&ok);
    return ok ? pid : -1;
}

} // namespace kakanai::test
