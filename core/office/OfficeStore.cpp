#include "OfficeStore.h"

#include "ChangeFeed.h"
#include "OfficeMigrations.h"
#include "common/LogCategories.h"
#include "common/PrivateFiles.h"
#include "common/Settings.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <libpq-fe.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace kakanai {

namespace {

// Serialises migrations when several PCs run `office init` or start at once.
constexpr qint64 kMigrationLockKey = 0x4b414b414e4149; // "KAKANAI"

// A libpq connection option value, quoted for the conninfo string.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

PGconn *pgHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6.4 names the type as the compiler spells it: "pg_conn*" (PGconn is
    // a typedef of struct pg_conn), not "PGconn*". Either is the PGconn.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

} // namespace

OfficeStore::OfficeStore(OfficeStoreOptions options)
    : m_options(std::move(options)),
      m_connectionName(QStringLiteral("kakanai-office-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

OfficeStore::~OfficeStore()
{
    delete m_feed;
    m_feed = nullptr;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int OfficeStore::latestSchemaVersion()
{
    return OfficeMigrations::latestVersion();
}

SqlDialect OfficeStore::dialect() const
{
    return m_options.location.engine() == OfficeLocation::Engine::Postgres ? SqlDialect::Postgres : SqlDialect::Sqlite;
}

QSqlDatabase OfficeStore::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QString> OfficeStore::readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, tr("The office store's password file does not exist."),
                    QDir::toNativeSeparators(path));
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || (st.st_mode & 077) != 0)
        return fail(ErrorCode::PermissionDenied,
                    tr("The office store's password file can be read by others. Make it private (chmod 600) "
                       "and change the password, which others may have seen."),
                    QDir::toNativeSeparators(path));
    // Another account's file, even a private one, is not this account's secret.
    if (st.st_uid != ::geteuid())
        return fail(ErrorCode::PermissionDenied,
                    tr("The office store's password file belongs to another user account. It must belong to the "
                       "account that runs Kakanai."),
                    QDir::toNativeSeparators(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::PermissionDenied, tr("The office store's password file cannot be read."),
                    QDir::toNativeSeparators(path));
    const QByteArray line = file.readLine().trimmed();
    if (line.isEmpty())
        return fail(ErrorCode::InvalidData, tr("The office store's password file is empty."),
                    QDir::toNativeSeparators(path));
    return QString::fromUtf8(line);
}

Result<OfficeStoreOptions> OfficeStore::optionsFromSettings(const Settings &settings, const QString &localDatabasePath)
{
    auto location = OfficeLocation::fromSettings(settings, localDatabasePath);
    if (!location)
        return std::unexpected(location.error());
    return optionsFor(settings, *location);
}

OfficeStoreOptions OfficeStore::optionsFor(const Settings &settings, const OfficeLocation &location,
                                           const QString &program)
{
    OfficeStoreOptions options;
    options.location = location;
    // A SQLite file has no password: a leftover setting must not stop it opening.
    if (location.engine() == OfficeLocation::Engine::Postgres)
        options.passwordFile = settings.string(SettingKey::OfficePasswordFile);
    options.timeoutMs = settings.integer(SettingKey::OfficeTimeoutMs);
    // pg_stat_activity tells the PCs and programs apart.
    options.applicationName = program + QLatin1Char(' ') + settings.string(SettingKey::TerminalId);
    options.migrate = location.engine() == OfficeLocation::Engine::Sqlite;
    return options;
}

Result<std::unique_ptr<OfficeStore>> OfficeStore::open(const OfficeStoreOptions &options)
{
    std::unique_ptr<OfficeStore> store(new OfficeStore(options));
    if (!options.password.isEmpty()) {
        store->m_password = options.password;
    } else if (!options.passwordFile.isEmpty()) {
        auto password = readPasswordFile(options.passwordFile);
        if (!password)
            return std::unexpected(password.error());
        store->m_password = *password;
    }
    Status ready = store->connect();
    if (ready)
        ready = store->migrate();
    if (!ready) {
        // A file this call made and could not make whole (a full disk) goes
        // again: no half-made store is left behind.
        if (store->m_created) {
            const QString path = options.location.path();
            store.reset();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        return std::unexpected(ready.error());
    }
    qCInfo(lcOffice) << "office store open:" << store->location() << "schema" << store->m_schemaVersion;
    return store;
}

Status OfficeStore::connect()
{
    const OfficeLocation &where = m_options.location;
    if (where.engine() == OfficeLocation::Engine::Sqlite) {
        const QFileInfo info(where.path());
        if (info.isDir())
            return fail(ErrorCode::InvalidArgument, tr("The office store path is a folder, not a file."),
                        QDir::toNativeSeparators(where.path()));
        if (!info.exists()) {
            if (!m_options.createIfMissing)
                return fail(ErrorCode::NotFound,
                            tr("There is no office store at this path. Create it with kakanai-cli office init."),
                            QDir::toNativeSeparators(where.path()));
            if (!PrivateFiles::makePath(info.absolutePath()))
                return fail(ErrorCode::PermissionDenied, tr("The folder for the office store cannot be created."),
                            QDir::toNativeSeparators(info.absolutePath()));
            m_created = true;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(where.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.timeoutMs));
        if (!db.open())
            return std::unexpected(classify(db.lastError()));
        PrivateFiles::restrictFile(where.path());
        return configureSession();
    }

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isValid())
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(where.host());
    db.setPort(where.port());
    db.setDatabaseName(where.database());
    db.setUserName(where.user());
    db.setPassword(m_password);
    // Timeouts bound every wait on the network: connecting, a cut link
    // (tcp_user_timeout, keepalives) and a server that does not answer.
    const int seconds = std::max(1, (m_options.timeoutMs + 999) / 1000);
    QStringList connectOptions = {
        QStringLiteral("connect_timeout=%1").arg(seconds),
        QStringLiteral("keepalives=1"),
        QStringLiteral("keepalives_idle=%1").arg(seconds),
        QStringLiteral("keepalives_interval=1"),
        QStringLiteral("keepalives_count=3"),
        QStringLiteral("tcp_user_timeout=%1").arg(m_options.timeoutMs),
        QStringLiteral("application_name=%1").arg(quoted(m_options.applicationName)),
    };
    for (auto it = where.options().cbegin(); it != where.options().cend(); ++it)
        connectOptions.append(it.key() + QLatin1Char('=') + quoted(it.value()));
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!db.open())
        return std::unexpected(classify(db.lastError()));
    return configureSession();
}

Status OfficeStore::configureSession()
{
    QSqlDatabase db = connection();
    QStringList statements;
    if (dialect() == SqlDialect::Sqlite) {
        statements = {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
                      QStringLiteral("PRAGMA foreign_keys=ON")};
    } else {
        // Our own integers, not input: no placeholders needed (SET takes none).
        statements = {QStringLiteral("SET statement_timeout = %1").arg(m_options.timeoutMs),
                      QStringLiteral("SET lock_timeout = %1").arg(m_options.timeoutMs),
                      QStringLiteral("SET idle_in_transaction_session_timeout = %1").arg(m_options.timeoutMs * 12),
                      QStringLiteral("SET TIME ZONE 'UTC'"),
                      QStringLiteral("SET client_min_messages = warning")};
    }
    for (const QString &statement : std::as_const(statements)) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return std::unexpected(classify(q.lastError()));
    }
    return {};
}

Result<int> OfficeStore::readSchemaVersion() const
{
    QSqlQuery q(connection());
    if (dialect() == SqlDialect::Sqlite) {
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return std::unexpected(classify(q.lastError()));
        return q.value(0).toInt();
    }
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next())
        return std::unexpected(classify(q.lastError()));
    if (!q.value(0).toBool())
        return 0;
    QSqlQuery v(connection());
    if (!v.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !v.next())
        return std::unexpected(classify(v.lastError()));
    return v.value(0).toInt();
}

Status OfficeStore::migrate()
{
    auto migrations = m_options.migrationFolder.isEmpty()
                          ? OfficeMigrations::builtIn(dialect())
                          : OfficeMigrations::fromFolder(m_options.migrationFolder, dialect());
    if (!migrations)
        return std::unexpected(migrations.error());
    auto current = readSchemaVersion();
    if (!current)
        return std::unexpected(current.error());
    const int latest = int(migrations->size());
    if (m_options.acceptAnySchema) {
        m_schemaVersion = *current;
        return {};
    }
    if (auto notNewer = Migrator::refuseNewer(*current, latest, location()); !notNewer)
        return notNewer;
    m_schemaVersion = *current;
    if (*current == latest)
        return {};
    if (!m_options.migrate)
        return fail(ErrorCode::MigrationFailed,
                    tr("The office store has schema %1; this program needs %2. An administrator upgrades it with "
                       "kakanai-cli office init.")
                        .arg(*current)
                        .arg(latest),
                    location());
    return applyMigrations(*migrations);
}

// Each migration in a transaction of its own with its version, so a failed
// one leaves the store as it was. Only opening the transaction, splitting the
// script and writing the version differ between the engines.
Status OfficeStore::applyMigrations(const QList<OfficeMigration> &migrations)
{
    const bool postgres = dialect() == SqlDialect::Postgres;
    QSqlDatabase db = connection();
    for (const OfficeMigration &m : migrations) {
        if (m.version <= m_schemaVersion)
            continue;
        qCInfo(lcOffice) << "applying office migration" << m.version << m.name;
        auto rollbackWith = [&](const QSqlError &err) -> Status {
            const Error e = classify(err);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            switch (e.code()) {
            case ErrorCode::DatabaseLocked:
            case ErrorCode::DiskFull:
            case ErrorCode::Io:
            case ErrorCode::StoreUnreachable:
            case ErrorCode::StoreTimeout:
            case ErrorCode::StoreCredentialsRefused:
                return std::unexpected(e);
            case ErrorCode::PermissionDenied:
                if (!postgres)
                    return std::unexpected(e); // the file's own permissions: its message says which
                return fail(ErrorCode::PermissionDenied,
                            tr("This role may not change the office store's schema. Run kakanai-cli office init "
                               "as the database's owner. Nothing was changed."),
                            err.text());
            default:
                return fail(ErrorCode::MigrationFailed,
                            tr("The office store could not be upgraded to schema %1. Nothing was changed.")
                                .arg(m.version),
                            QStringLiteral("%1: %2").arg(m.name, err.text()));
            }
        };
        QSqlQuery begin(db);
        if (!begin.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
            return std::unexpected(classify(begin.lastError()));
        if (postgres) {
            // DDL is transactional on PostgreSQL: the migration and its version
            // row commit together. The advisory lock makes a second PC wait
            // and then find the work done (on SQLite, BEGIN IMMEDIATE does).
            QSqlQuery lock(db);
            lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
            lock.addBindValue(kMigrationLockKey);
            if (!lock.exec())
                return rollbackWith(lock.lastError());
            QSqlQuery table(db);
            if (!table.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                           "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                           "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")))
                return rollbackWith(table.lastError());
        }
        // Another program may have migrated while we waited for the lock.
        auto now = readSchemaVersion();
        if (!now) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return std::unexpected(now.error());
        }
        if (*now >= m.version) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            m_schemaVersion = *now;
            continue;
        }
        const QStringList statements =
            postgres ? OfficeMigrations::splitPostgres(m.sql) : Migrator::splitStatements(m.sql);
        for (const QString &statement : statements) {
            QSqlQuery run(db);
            if (!run.exec(statement))
                return rollbackWith(run.lastError());
        }
        QSqlQuery version(db);
        if (postgres) {
            version.prepare(QStringLiteral("INSERT INTO schema_version (version, name) VALUES (?, ?)"));
            version.addBindValue(m.version);
            version.addBindValue(m.name);
        } else {
            // PRAGMA takes no bound parameters; the version is our own integer.
            version.prepare(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        }
        if (!version.exec())
            return rollbackWith(version.lastError());
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT")))
            return rollbackWith(commit.lastError());
        m_schemaVersion = m.version;
        ++m_migrationsApplied;
    }
    return {};
}

Status OfficeStore::exec(QSqlQuery &query) const
{
    // QPSQL prepares on the server: a prepare() that failed there (a lock or
    // statement timeout, a lost connection, a statement PREPARE does not take)
    // leaves its error on the query, and exec() would then send a bare
    // EXECUTE and report that syntax error in place of the real one.
    // Qt's own words, in Qt's own translation (held in variables so that our
    // lupdate does not take them for ours).
    static const char *const qpsqlContext = "QPSQLResult";
    static const char *const prepareFailed = "Unable to prepare statement";
    if (dialect() == SqlDialect::Postgres && !query.isActive() && query.lastError().isValid()
        && query.lastError().driverText().endsWith(QCoreApplication::translate(qpsqlContext, prepareFailed)))
        return std::unexpected(classify(query.lastError()));
    if (!query.exec())
        return std::unexpected(classify(query.lastError()));
    return {};
}

bool OfficeStore::connectionLost() const
{
    if (dialect() != SqlDialect::Postgres)
        return false;
    const QSqlDatabase db = connection();
    if (!db.isOpen())
        return true;
    PGconn *conn = pgHandle(db);
    return !conn || PQstatus(conn) == CONNECTION_BAD;
}

Status OfficeStore::reconnectIfLost()
{
    if (!connectionLost())
        return {};
    qCInfo(lcOffice) << "office store connection lost; connecting again";
    {
        QSqlDatabase db = connection();
        db.close();
    }
    return connect();
}

Status OfficeStore::runOnce(const std::function<Status()> &work, bool &commitSent)
{
    QSqlDatabase db = connection();
    QSqlQuery begin(db);
    const QString beginSql = dialect() == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                             : QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE");
    if (!begin.exec(beginSql))
        return std::unexpected(classify(begin.lastError()));
    m_inTransaction = true;
    m_afterCommit.drop();
    Status result = work();
    m_inTransaction = false;
    if (!result) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        m_afterCommit.drop();
        return result;
    }
    commitSent = true;
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const Error e = classify(commit.lastError());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        m_afterCommit.drop();
        return std::unexpected(e);
    }
    return {};
}

Status OfficeStore::inTransaction(const std::function<Status()> &work)
{
    if (m_inTransaction)
        return work(); // nested: part of the transaction already open
    m_lastAttempts = 0;
    for (int attempt = 1;; ++attempt) {
        m_lastAttempts = attempt;
        if (auto ready = reconnectIfLost(); !ready)
            return ready;
        bool commitSent = false;
        Status result = runOnce(work, commitSent);
        if (result) {
            m_afterCommit.runCommitted();
            emit committed();
            return result;
        }
        const ErrorCode code = result.error().code();
        const bool lost = code == ErrorCode::StoreUnreachable && connectionLost();
        if (lost && commitSent) {
            // The COMMIT went out and no answer came back: it may or may not
            // have been applied. Repeating it could do the work twice.
            return fail(ErrorCode::StoreUnreachable,
                        tr("The connection to the office store was lost while a change was being saved; it is not "
                           "known whether it was saved. Check before doing it again."),
                        result.error().technicalDetail());
        }
        const bool retry = (code == ErrorCode::StoreConflict || lost) && attempt < m_options.maxAttempts;
        if (!retry) {
            if (code == ErrorCode::StoreConflict)
                return fail(ErrorCode::StoreConflict,
                            tr("Other counters changed the same data at the same moment, %n time(s) in a row. "
                               "Nothing was changed; try again.",
                               nullptr, attempt),
                            result.error().technicalDetail());
            return result;
        }
        // Jittered, growing pause, so that the same writers do not collide again.
        const int bound = std::min(200, 5 << std::min(attempt, 5));
        QThread::msleep(QRandomGenerator::global()->bounded(1, bound + 1));
    }
}

void OfficeStore::afterCommit(const void *owner, std::function<void()> done)
{
    m_afterCommit.add(m_inTransaction, owner, std::move(done));
}

Result<OfficeCheckReport> OfficeStore::check()
{
    if (auto ready = reconnectIfLost(); !ready)
        return std::unexpected(ready.error());
    OfficeCheckReport report;
    report.location = location();
    report.engine = dialect() == SqlDialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    auto version = readSchemaVersion();
    if (!version)
        return std::unexpected(version.error());
    report.schemaVersion = *version;
    report.latestSchemaVersion = latestSchemaVersion();
    QSqlDatabase db = connection();
    QSqlQuery server(db);
    if (!server.exec(dialect() == SqlDialect::Sqlite ? QStringLiteral("SELECT sqlite_version()")
                                                     : QStringLiteral("SHOW server_version"))
        || !server.next())
        return std::unexpected(classify(server.lastError()));
    report.serverVersion = server.value(0).toString();
    if (dialect() == SqlDialect::Postgres) {
        QSqlQuery tls(db);
        if (!tls.exec(QStringLiteral("SELECT ssl, coalesce(version, '') FROM pg_stat_ssl WHERE pid = pg_backend_pid()")))
            return std::unexpected(classify(tls.lastError()));
        if (tls.next()) {
            report.tls = tls.value(0).toBool();
            report.tlsVersion = tls.value(1).toString();
        }
    }
    QList<double> rounds;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        QSqlQuery ping(db);
        if (!ping.exec(QStringLiteral("SELECT 1")) || !ping.next())
            return std::unexpected(classify(ping.lastError()));
        rounds.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(rounds.begin(), rounds.end());
    report.latencyMs = rounds.at(rounds.size() / 2);
    return report;
}

Status OfficeStore::backupTo(const QString &target)
{
    if (dialect() == SqlDialect::Postgres) {
        const OfficeLocation &where = m_options.location;
        return fail(ErrorCode::InvalidArgument,
                    tr("A PostgreSQL office store is backed up with the server's own tool, for example:\n"
                       "  pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=%4 %5\n"
                       "(docs/admin/office.md, \"Backup and restore\").")
                        .arg(where.host())
                        .arg(where.port())
                        .arg(where.user(), target.isEmpty() ? QStringLiteral("office.dump") : target,
                             where.database()),
                    QStringLiteral("pg_dump"));
    }
    return Database::backupInto(connection(), target);
}

ChangeFeed *OfficeStore::changes()
{
    if (!m_feed)
        m_feed = ChangeFeed::create(*this, m_options, m_password);
    return m_feed;
}

Status OfficeStore::lockForWriters(SqlStore &store, const QString &table)
{
    if (store.dialect() != SqlDialect::Postgres)
        return {};
    QSqlQuery lock(store.connection()); // LOCK cannot be a prepared statement
    if (lock.exec(QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(table)))
        return {};
    const QSqlError error = lock.lastError();
    return std::unexpected(classifyPostgres(error.nativeErrorCode(),
                                            error.databaseText().isEmpty() ? error.driverText() : error.databaseText(),
                                            store.location()));
}

} // namespace kakanai
