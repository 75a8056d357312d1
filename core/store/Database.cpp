#include "Database.h"

#include "Migrator.h"
#include "common/LogCategories.h"
#include "common/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QUrl>
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

namespace {

// SQLite reports a disk that is already full as an I/O error or "cannot
// open" (it fails to make its -shm or -wal file), not as SQLITE_FULL. The
// free space of the file's disk tells them apart.
bool diskIsFull(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    constexpr qint64 kAlmostNothing = 64 * 1024;
    return storage.isValid() && storage.isReady() && storage.bytesAvailable() < kAlmostNothing;
}

} // namespace

Error Database::classifyNative(int sqliteCode, const QString &detail, const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    const QString technical = detail.isEmpty() ? where : QStringLiteral("%1: %2").arg(where, detail);
    const int primary = sqliteCode & 0xFF;
    if ((primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) && !path.isEmpty() && diskIsFull(path))
        sqliteCode = SQLITE_FULL;
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
    if (options.readOnly) {
        auto reading = openForReading(options);
        // Null: an older schema, which open() below migrates (needs the write lock, once).
        if (!reading || *reading)
            return reading;
        qCInfo(lcStore) << "read-only open found an older schema; opening to migrate";
        DatabaseOptions writable = options;
        writable.readOnly = false;
        writable.createIfMissing = false;
        return open(writable);
    }
    const bool creating = !QFileInfo::exists(options.path);
    auto opened = openWritable(options, creating);
    if (!opened && creating) {
        // A store that could not be made whole (a full disk, say) is not
        // left behind half-made; its database object is gone, so is its connection.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(options.path + suffix);
    }
    return opened;
}

Status Database::checkPath(const QFileInfo &info, bool mayCreate)
{
    if (info.isDir())
        return fail(ErrorCode::InvalidArgument, tr("The database path is a folder, not a database file."),
                    QDir::toNativeSeparators(info.absoluteFilePath()));
    if (!mayCreate && !info.exists())
        return fail(ErrorCode::NotFound, tr("There is no database file at this path. Check the path; only "
                                            "\"kakanai-cli db migrate\" or the first start of Kakanai creates one."),
                    QDir::toNativeSeparators(info.absoluteFilePath()));
    return {};
}

Status Database::refuseIfDamaged()
{
    auto problems = quickCheck();
    if (!problems)
        return std::unexpected(problems.error());
    if (!problems->isEmpty()) {
        return fail(ErrorCode::DatabaseCorrupt,
                    tr("The database file is damaged (%n problem(s) found). It has been left as it is; ask the "
                       "administrator to restore the latest backup.", nullptr, int(problems->size())),
                    QDir::toNativeSeparators(m_path));
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::openWritable(const DatabaseOptions &options, bool creating)
{
    const QFileInfo info(options.path);
    if (auto usable = checkPath(info, options.createIfMissing); !usable)
        return std::unexpected(usable.error());
    if (!PrivateFiles::makePath(info.absolutePath())) {
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
    // SQLite makes the file 0644 less the umask, and the -wal and -shm files
    // copy its mode: private before WAL is switched on.
    if (creating && !PrivateFiles::restrictFile(database->m_path))
        return fail(ErrorCode::PermissionDenied, tr("The new database file could not be made private (mode 0600)."),
                    QDir::toNativeSeparators(database->m_path));

    if (auto configured = database->configure(options); !configured)
        return std::unexpected(configured.error());

    // Corruption is checked before anything writes to the file.
    if (auto healthy = database->refuseIfDamaged(); !healthy)
        return std::unexpected(healthy.error());

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

Result<int> Database::connectReadOnly(int busyTimeoutMs)
{
    const auto connect = [this, busyTimeoutMs](bool immutable) -> Result<int> {
        {
            QSqlDatabase db = connection();
            if (db.isOpen())
                db.close();
            QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
            if (immutable) {
                options += QStringLiteral(";QSQLITE_OPEN_URI");
                db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
            } else {
                db.setDatabaseName(m_path);
            }
            db.setConnectOptions(options);
        }
        QSqlDatabase db = connection();
        if (!db.open())
            return std::unexpected(classify(db.lastError(), m_path));
        // SQLite opens lazily: the first statement shows whether it can read.
        return Migrator::userVersion(db, m_path);
    };
    auto version = connect(false);
    if (version || version.error().code() != ErrorCode::PermissionDenied)
        return version;
    const QFileInfo info(m_path);
    if (QFileInfo(info.absolutePath()).isWritable())
        return version;
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        return fail(ErrorCode::PermissionDenied,
                    tr("The database is on a read-only disk and its journal (-wal) holds changes not yet in the file, "
                       "so it cannot be read here. Copy the database with its -wal file to a writable folder."),
                    QDir::toNativeSeparators(m_path));
    }
    qCInfo(lcStore) << "read-only folder: reading the database as immutable";
    return connect(true);
}

Result<std::unique_ptr<Database>> Database::openForReading(const DatabaseOptions &options)
{
    const QFileInfo info(options.path);
    if (auto usable = checkPath(info, false); !usable)
        return std::unexpected(usable.error());
    const QString name = QStringLiteral("kakanai-ro-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath()));
    auto version = database->connectReadOnly(options.busyTimeoutMs);
    if (!version)
        return std::unexpected(version.error());
    const int latest = Migrator::latestVersion();
    if (auto notNewer = Migrator::refuseNewer(*version, latest, QDir::toNativeSeparators(database->m_path)); !notNewer)
        return std::unexpected(notNewer.error());
    if (*version < latest)
        return std::unique_ptr<Database>();
    if (auto healthy = database->refuseIfDamaged(); !healthy)
        return std::unexpected(healthy.error());
    qCInfo(lcStore) << "database open read-only at schema" << *version;
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
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath()));
    if (auto version = database->connectReadOnly(busyTimeoutMs); !version)
        return std::unexpected(version.error());
    return database;
}

Result<DatabaseCheckReport> Database::check(const QString &path, int busyTimeoutMs, CheckDepth depth)
{
    auto database = openReadOnly(path, busyTimeoutMs);
    if (!database)
        return std::unexpected(database.error());
    QSqlDatabase db = (*database)->connection();
    auto version = Migrator::userVersion(db, (*database)->m_path);
    if (!version)
        return std::unexpected(version.error());
    DatabaseCheckReport report;
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
    m_inTransaction = true;
    m_afterCommit.drop();
    Status result = work();
    m_inTransaction = false;
    if (!result) {
        m_afterCommit.drop();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        m_afterCommit.drop();
        Error e = classify(commit.lastError(), m_path);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(e);
    }
    m_afterCommit.runCommitted();
    return {};
}

void Database::afterCommit(const void *owner, std::function<void()> done)
{
    m_afterCommit.add(m_inTransaction, owner, std::move(done));
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
    return backupInto(connection(), target);
}

Status Database::backupInto(const QSqlDatabase &db, const QString &target)
{
    const QFileInfo info(target);
    if (info.exists()) {
        return fail(ErrorCode::InvalidArgument, tr("The backup file already exists; choose a new name."),
                    QDir::toNativeSeparators(info.absoluteFilePath()));
    }
    if (!PrivateFiles::makePath(info.absolutePath()))
        return fail(ErrorCode::PermissionDenied, tr("The folder for the backup cannot be created."),
                    QDir::toNativeSeparators(info.absolutePath()));
    // VACUUM INTO takes a consistent snapshot while the app keeps working.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(info.absoluteFilePath());
    if (!q.exec())
        return std::unexpected(classify(q.lastError(), info.absoluteFilePath()));
    if (!PrivateFiles::restrictFile(info.absoluteFilePath()))
        return fail(ErrorCode::PermissionDenied, tr("The backup file could not be made private (mode 0600)."),
                    QDir::toNativeSeparators(info.absoluteFilePath()));
    return {};
}

} // namespace kakanai
