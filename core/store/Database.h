#pragma once

#include "SqlStore.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

class QFileInfo;
class QSqlError;
class QSqlQuery;

namespace kakanai {

// How hard a commit works to survive power loss. The choice for completed
// records is measured in bench/store_durability and explained in
// docs/admin/storage.md.
enum class Durability {
    Full,   // WAL + synchronous=FULL: the WAL is fsync'ed at every commit
    Normal, // WAL + synchronous=NORMAL: fsync only at checkpoints; a power cut can lose the last commits
};

struct DatabaseOptions {
    QString path;
    int busyTimeoutMs = 5000;
    Durability durability = Durability::Full;
    // false: a path without a database file is refused (NotFound) instead of
    // becoming a new, empty store. Only the app's first start and
    // `kakanai-cli db migrate` create one; a mistyped --db must not.
    bool createIfMissing = true;
    // For commands that only read (status, lists, audit verify, db check): a
    // read-only connection that never takes the write lock, so it works while
    // another program writes (WAL readers do not wait for writers) and on a
    // read-only disk. Never creates. A store at an older schema is opened
    // writable once, to be migrated, as before.
    bool readOnly = false;
};

// How thoroughly `kakanai-cli db check` looks at the file.
enum class CheckDepth {
    Quick, // PRAGMA quick_check: the pages and records, in time linear in the file
    Full,  // PRAGMA integrity_check: also that every index matches its table
};

// What `kakanai-cli db check` reports.
struct DatabaseCheckReport {
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    CheckDepth depth = CheckDepth::Quick;
    QStringList problems; // from quick_check or integrity_check; empty = healthy
};

// The local SQLite store: one connection, opened, checked and migrated.
// open() never deletes or rewrites a file it does not understand: a database
// that is newer than this program, corrupt, or locked is reported and left alone.
class Database final : public SqlStore {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static Result<std::unique_ptr<Database>> open(const DatabaseOptions &options);
    // Whether open() made the file (there was none at the path).
    bool wasCreated() const { return m_created; }
    // Looks at a database without changing it (read-only, no migration):
    // schema version and quick_check (or integrity_check). Locked, I/O and
    // corruption errors are told apart.
    static Result<DatabaseCheckReport> check(const QString &path, int busyTimeoutMs = 5000,
                                             CheckDepth depth = CheckDepth::Quick);
    // The same read-only connection (immutable on a read-only disk), for a
    // caller that looks further (the outbox's records in `kakanai-cli db
    // check --full`). No migration, no checks.
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path, int busyTimeoutMs = 5000);
    ~Database() override;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const override;
    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    QString location() const override { return m_path; }
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    // Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back if it fails.
    Status inTransaction(const std::function<Status()> &work) override;
    // Runs `done` once the inTransaction() in progress has committed (at once
    // when none is), and drops it if that transaction rolls back: for work
    // outside the database that must only follow what really committed (the
    // audit anchor). One callback per `owner` and transaction; later ones from
    // the same owner are ignored.
    void afterCommit(const void *owner, std::function<void()> done) override;

    // PRAGMA quick_check; returns the problems found (empty = healthy).
    Result<QStringList> quickCheck();
    // PRAGMA integrity_check: slower, also compares every index with its table.
    Result<QStringList> integrityCheck();
    // A consistent copy of the live database (VACUUM INTO); `target` must not exist.
    Status backupTo(const QString &target);
    // The same for any SQLite connection (the office store's file too): a new
    // file only, in folders made private, the copy itself 0600.
    static Status backupInto(const QSqlDatabase &db, const QString &target);

    // Turns a Qt SQL error into our error: locked/busy, disk full, I/O and
    // permission errors are told apart from corruption.
    static Error classify(const QSqlError &error, const QString &path);
    static Error classifyNative(int sqliteCode, const QString &detail, const QString &path);
    // Runs a prepared statement, classifying failure.
    Status exec(QSqlQuery &query) const override;

private:
    Database(QString connectionName, QString path);
    Result<QStringList> runCheck(const QString &pragma);
    Status configure(const DatabaseOptions &options);
    Status probeWritable();
    // Opens the connection read-only and reads the schema version; on a
    // read-only disk where SQLite cannot make the -shm file, again as
    // immutable (safe: nobody can write there), unless a -wal holds changes.
    Result<int> connectReadOnly(int busyTimeoutMs);
    // Null when the schema is older than this program's (to be migrated).
    static Result<std::unique_ptr<Database>> openForReading(const DatabaseOptions &options);
    static Result<std::unique_ptr<Database>> openWritable(const DatabaseOptions &options, bool creating);
    // A folder, or no file where one must exist, is refused before SQLite opens anything.
    static Status checkPath(const QFileInfo &info, bool mayCreate);
    // quick_check, before anything writes: problems found are DatabaseCorrupt.
    Status refuseIfDamaged();

    QString m_connectionName;
    bool m_created = false;
    bool m_inTransaction = false;
    AfterCommitCallbacks m_afterCommit;
    QString m_path;
};

} // namespace kakanai
