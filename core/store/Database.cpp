#include "Database.h"

#include "Migrator.h"
#include "common/LogCategories.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace kakanai {

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::classifyNative(int sqliteCode, const QString &detail, const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    const QString technical = detail.isEmpty() ? where : QStringLiteral("%1: %2").arg(where, detail);
    switch (sqliteCode & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::DatabaseLocked,
                     tr("The database is in use by another program and could not be locked. "
                        "Close the other program (or wait a moment) and try again. The file was not changed."),
                     technical);
    case SQLITE_FULL:
        return Error(ErrorCode::DiskFull,
                     tr("The disk is full. Nothing was saved by this step; what was saved before is safe. "
                        "Free some space and try again."),
                     technical);
    case SQLITE_IOERR:
        return Error(ErrorCode::Io,
                     tr("The database file could not be read or written (input/output error). "
                        "Check the disk. The file was not changed."),
                     technical);
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
        return Error(ErrorCode::PermissionDenied,
                     tr("The database file cannot be opened for writing. Check the folder and its permissions."),
                     technical);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(ErrorCode::DatabaseCorrupt,
                     tr("The database file is damaged. It has been left as it is; ask the administrator to "
                        "restore the latest backup (kakanai-cli db check tells more)."),
                     technical);
    default:
        return Error(ErrorCode::Internal, tr("The database reported an unexpected error."), technical);
    }
}

Error Database::classify(const QSqlError &error, const QString &path)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok) {
        // Qt reports some failures (e.g. the driver not loading) without a native code.
        return Error(ErrorCode::Internal, tr("The database reported an unexpected error."),
                     QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), error.text()));
    }
    return classifyNative(code, error.text(), path);
}

Status Database::exec(QSqlQuery &query) const
{
    if (query.exec())
        return {};
    return std::unexpected(classify(query.lastError(), m_path));
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseOptions &options)
{
    const QFileInfo info(options.path);
    if (info.isDir())
        return fail(ErrorCode::InvalidArgument, tr("The database path is a folder, not a database file."),
                    QDir::toNativeSeparators(info.absoluteFilePath()));
    if (!options.createIfMissing && !info.exists())
        return fail(ErrorCode::NotFound, tr("There is no database file at this path. Check the path; only "
                                            "\"kakanai-cli db migrate\" or the first start of Kakanai creates one."),
                    QDir::toNativeSeparators(info.absoluteFilePath()));
    const bool creating = !info.exists();
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(ErrorCode::PermissionDenied, tr("The folder for the database cannot be created."),
                    QDir::toNativeSeparators(info.absolutePath()));
    }
    const QString name = QStringLiteral("kakanai-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    }
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath()));
    QSqlDatabase db = database->connection();
    if (!db.open())
        return std::unexpected(classify(db.lastError(), database->m_path));

    if (auto configured = database->configure(options); !configured)
        return std::unexpected(configured.error());

    // Corruption is checked before anything writes to the file.
    auto problems = database->quickCheck();
    if (!problems)
        return std::unexpected(problems.error());
    if (!problems->isEmpty()) {
        return fail(ErrorCode::DatabaseCorrupt,
                    tr("The database file is damaged (%n problem(s) found). It has been left as it is; ask the "
                       "administrator to restore the latest backup.", nullptr, int(problems->size())),
                    QDir::toNativeSeparators(database->m_path));
    }

    auto migrations = Migrator::builtIn();
    if (!migrations)
        return std::unexpected(migrations.error());
    auto version = Migrator::migrate(db, database->m_path, *migrations);
    if (!version)
        return std::unexpected(version.error());

    if (auto writable = database->probeWritable(); !writable)
        return std::unexpected(writable.error());
    database->m_created = creating;
    if (creating)
        qCInfo(lcStore) << "created a new database";
    qCInfo(lcStore) << "database open at schema" << *version;
    return database;
}

Status Database::configure(const DatabaseOptions &options)
{
    QSqlDatabase db = connection();
    // The journal mode is set first: switching to WAL needs a moment of
    // exclusive access, so a file held by someone else is reported as locked here.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        options.durability == Durability::Full ? QStringLiteral("PRAGMA synchronous = FULL")
                                               : QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(pragma))
            return std::unexpected(classify(q.lastError(), m_path));
    }
    return {};
}

Status Database::probeWritable()
{
    // Find out at start, not at the end of a visit, if we cannot write.
    QSqlDatabase db = connection();
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return std::unexpected(classify(begin.lastError(), m_path));
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return {};
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path, int busyTimeoutMs)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, tr("There is no database file at this path."), QDir::toNativeSeparators(path));
    const QString name = QStringLiteral("kakanai-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    }
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath()));
    QSqlDatabase db = database->connection();
    if (!db.open())
        return std::unexpected(classify(db.lastError(), database->m_path));
    return database;
}

Result<DatabaseCheckReport> Database::check(const QString &path, int busyTimeoutMs, CheckDepth depth)
{
    auto database = openReadOnly(path, busyTimeoutMs);
    if (!database)
        return std::unexpected(database.error());
    QSqlDatabase db = (*database)->connection();
    DatabaseCheckReport report;
    auto version = Migrator::userVersion(db, (*database)->m_path);
    if (!version)
        return std::unexpected(version.error());
    report.schemaVersion = *version;
    report.latestSchemaVersion = Migrator::latestVersion();
    report.depth = depth;
    auto problems = depth == CheckDepth::Full ? (*database)->integrityCheck() : (*database)->quickCheck();
    if (!problems)
        return std::unexpected(problems.error());
    report.problems = *problems;
    return report;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    auto v = Migrator::userVersion(db, m_path);
    return v ? *v : -1;
}

Status Database::inTransaction(const std::function<Status()> &work)
{
    QSqlDatabase db = connection();
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return std::unexpected(classify(begin.lastError(), m_path));
    Status result = work();
    if (!result) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        Error e = classify(commit.lastError(), m_path);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(e);
    }
    return {};
}

Result<QStringList> Database::quickCheck()
{
    return runCheck(QStringLiteral("PRAGMA quick_check"));
}

Result<QStringList> Database::integrityCheck()
{
    return runCheck(QStringLiteral("PRAGMA integrity_check"));
}

Result<QStringList> Database::runCheck(const QString &pragma)
{
    QSqlQuery q(connection());
    if (!q.exec(pragma))
        return std::unexpected(classify(q.lastError(), m_path));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems;
}

Status Database::backupTo(const QString &target)
{
    const QFileInfo info(target);
    if (info.exists()) {
        return fail(ErrorCode::InvalidArgument, tr("The backup file already exists; choose a new name."),
                    QDir::toNativeSeparators(info.absoluteFilePath()));
    }
    if (!QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::PermissionDenied, tr("The folder for the backup cannot be created."),
                    QDir::toNativeSeparators(info.absolutePath()));
    // VACUUM INTO takes a consistent snapshot while the app keeps working.
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(info.absoluteFilePath());
    if (!q.exec())
        return std::unexpected(classify(q.lastError(), info.absoluteFilePath()));
    return {};
}

} // namespace kakanai
