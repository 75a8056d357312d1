#include "OfficeTestEnv.h"

#include "office/OfficeMigrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <functional>

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
    // Dropped when the application object goes, while Qt SQL still works
    // (an atexit() handler ran after Qt's connection list was gone and crashed).
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

QStringList OfficeTestEnv::benchEngines(const QString &wanted, const QString &program, QTextStream &out)
{
    QStringList chosen;
    if (wanted == QLatin1String("both"))
        chosen = engines();
    else if (engines().contains(wanted))
        chosen = {wanted};
    else {
        out << program << ": --engine is sqlite, postgresql or both" << Qt::endl;
        return {};
    }
    QString why;
    if (chosen.contains(QStringLiteral("postgresql")) && !load(&why)) {
        out << "\n"
               "**********************************************************************\n"
               "** "
            << program
            << ": NO POSTGRESQL -- measuring SQLite only.\n"
               "** The PostgreSQL figures need the test server; this program starts\n"
               "** none. See the header of bench/"
            << program.section(QLatin1Char('_'), 1) << "/" << program
            << ".cpp:\n"
               "**   source scripts/lib/postgres-test-env.sh && kakanai_postgres_start\n"
               "** ("
            << why
            << ")\n"
               "**********************************************************************\n"
            << Qt::endl;
        chosen.removeAll(QStringLiteral("postgresql"));
    }
    return chosen;
}

bool OfficeTestEnv::superuserExec(const QString &sql, QString *error)
{
    return superuserScript(QStringLiteral("postgres"), sql, error);
}

namespace {

// Runs `use` on a superuser connection to `database` (Unix socket, trust);
// false with the reason when it cannot connect.
bool asSuperuser(const QString &database, QString *error, const std::function<bool(QSqlDatabase &)> &use)
{
    const QString name = QStringLiteral("office-test-super-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(OfficeTestEnv::socketDir());
        db.setPort(OfficeTestEnv::port());
        db.setDatabaseName(database);
        db.setUserName(env("KAKANAI_TEST_PG_SUPERUSER").isEmpty() ? QStringLiteral("postgres")
                                                                   : env("KAKANAI_TEST_PG_SUPERUSER"));
        if (!db.open())
            *error = db.lastError().text();
        else
            ok = use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool OfficeTestEnv::superuserScript(const QString &database, const QString &script, QString *error)
{
    return asSuperuser(database, error, [&](QSqlDatabase &db) {
        for (const QString &statement : OfficeMigrations::splitPostgres(script)) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                *error = QStringLiteral("%1\n-> %2").arg(statement, q.lastError().text());
                return false;
            }
        }
        return true;
    });
}

QStringList OfficeTestEnv::superuserColumn(const QString &database, const QString &sql)
{
    QStringList values;
    QString ignored;
    asSuperuser(database, &ignored, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(sql))
            while (q.next())
                values << q.value(0).toString();
        return true;
    });
    return values;
}

CliRun OfficeTestEnv::runCli(const QTemporaryDir &dir, const QString &settings, const QStringList &args)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    return kakanai::test::runCli(env("KAKANAI_CLI"),
                                 QStringList{QStringLiteral("--settings"), settings, QStringLiteral("--lang"),
                                             QStringLiteral("en")}
                                     + args,
                                 environment);
}

QStringList OfficeTestEnv::cliStoreArgs(const OfficeStoreOptions &options)
{
    QStringList args{QStringLiteral("--office"), url(options)};
    if (!options.passwordFile.isEmpty())
        args << QStringLiteral("--password-file") << options.passwordFile;
    return args;
}

QString OfficeTestEnv::privateFile(const QString &path, const QByteArray &content)
{
    if (writeTestFile(path, content).isEmpty())
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
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

std::unique_ptr<QProcess> OfficeTestEnv::startPgCtl(const QStringList &args)
{
    QStringList command = env("KAKANAI_TEST_PG_RUN_AS").split(u' ', Qt::SkipEmptyParts);
    command << env("KAKANAI_TEST_PG_BIN") + QStringLiteral("/pg_ctl") << QStringLiteral("-D")
            << env("KAKANAI_TEST_PG_DATA") << QStringLiteral("-l") << env("KAKANAI_TEST_PG_LOG")
            << QStringLiteral("-w") << QStringLiteral("-t") << QStringLiteral("60") << args;
    auto process = std::make_unique<QProcess>();
    process->setWorkingDirectory(QFileInfo(env("KAKANAI_TEST_PG_DATA")).absolutePath());
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(command.takeFirst(), command);
    return process;
}

bool OfficeTestEnv::finishPgCtl(QProcess &process, const QStringList &args, QString *error)
{
    // Already over when the event loop ran meanwhile (waitForFinished() is then false).
    const bool finished = process.state() == QProcess::NotRunning || process.waitForFinished(90000);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("pg_ctl %1 failed: %2").arg(args.join(u' '), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool OfficeTestEnv::pgCtl(const QStringList &args, QString *error)
{
    auto process = startPgCtl(args);
    return finishPgCtl(*process, args, error);
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
