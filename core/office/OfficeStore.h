#pragma once

#include "OfficeLocation.h"
#include "common/Error.h"
#include "store/SqlStore.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

namespace kakanai {

class ChangeFeed;
class Settings;

struct OfficeStoreOptions {
    OfficeLocation location;
    // A 0600 file holding the PostgreSQL role's password (first line). Empty:
    // none (a TLS client certificate, or a .pgpass the admin set up).
    QString passwordFile;
    // The password itself (from the keychain: KeychainSecret); used instead
    // of passwordFile when set. Never written anywhere.
    QString password;
    // Connect timeout, statement and lock timeout on the server, and the
    // change feed's liveness bound.
    int timeoutMs = 5000;
    // How often a transaction that lost a serialization race is tried in all.
    int maxAttempts = 8;
    // SQLite: make the file when there is none. PostgreSQL: the database must exist.
    bool createIfMissing = true;
    // Bring an older schema up to date. false: an older schema is refused with
    // "run kakanai-cli office init" (a counter PC's role may not change the schema).
    bool migrate = true;
    // Open at whatever schema version the store is, older or newer, and change
    // nothing (neither migrate nor refuse): for `office check` and `office
    // backup`, which report or copy the store as it is. Never for work.
    bool acceptAnySchema = false;
    // Shown to the server (pg_stat_activity): which PC this is.
    QString applicationName = QStringLiteral("kakanai");
    // Migrations other than the built-in ones (tests), from this folder.
    QString migrationFolder;
};

// What `kakanai-cli office check` reports.
struct OfficeCheckReport {
    QString location;         // OfficeLocation::display()
    QString engine;           // "sqlite" or "postgresql"
    QString serverVersion;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    bool tls = false;         // PostgreSQL: this connection is encrypted
    QString tlsVersion;       // e.g. TLSv1.3
    double latencyMs = 0;     // median round trip of a trivial statement
};

// The office store: what every counter, reception desk, kiosk and board of an
// office shares (staff, the audit log, ticket numbers and, in later issues,
// the queue and bookings). SQLite on one PC (the default), PostgreSQL for an
// office, with the same schema (numbered migrations per engine), the same
// invariants (in the database: keys, checks, triggers) and the same change
// feed (changes()). docs/admin/office.md.
//
// Write transactions are BEGIN IMMEDIATE on SQLite and SERIALIZABLE on
// PostgreSQL; one that loses a race is run again, up to maxAttempts, then
// reported (StoreConflict). A lost connection is opened again before the next
// transaction; a COMMIT whose answer was lost is reported, never repeated.
class OfficeStore final : public QObject, public SqlStore {
    Q_OBJECT
public:
    static Result<std::unique_ptr<OfficeStore>> open(const OfficeStoreOptions &options);
    // The options the app and kakanai-cli use: office/url (else office.sqlite
    // beside the local store at `localDatabasePath`), office/passwordFile,
    // office/timeoutMs, the terminal ID as the application name. The schema
    // is migrated on SQLite; on PostgreSQL only `office init` does that.
    static Result<OfficeStoreOptions> optionsFromSettings(const Settings &settings, const QString &localDatabasePath);
    // The same for a store at `location` (kakanai-cli office --office URL):
    // the password file (PostgreSQL only), the timeout, "<program> <terminal
    // ID>" as the application name, migration on SQLite only.
    static OfficeStoreOptions optionsFor(const Settings &settings, const OfficeLocation &location,
                                         const QString &program = QStringLiteral("kakanai"));
    ~OfficeStore() override;

    // SqlStore
    QSqlDatabase connection() const override;
    SqlDialect dialect() const override;
    QString location() const override { return m_options.location.display(); }
    Status exec(QSqlQuery &query) const override;
    Status inTransaction(const std::function<Status()> &work) override;
    void afterCommit(const void *owner, std::function<void()> done) override;

    const OfficeLocation &officeLocation() const { return m_options.location; }
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();
    // Whether open() made the SQLite file or applied migrations.
    bool wasCreated() const { return m_created; }
    int migrationsApplied() const { return m_migrationsApplied; }

    // The live change feed, started on first use.
    ChangeFeed *changes();

    // How many tries the last inTransaction() took (1 = no retry).
    int lastAttempts() const { return m_lastAttempts; }

    Result<OfficeCheckReport> check();
    // SQLite: a consistent copy (VACUUM INTO); `target` must not exist.
    // PostgreSQL: refused with the pg_dump command to use instead.
    Status backupTo(const QString &target);

    // Our error for a Qt SQL error from this store: unreachable, refused
    // credentials, timeout, serialization conflict, constraint, full disk,
    // permission, … (the SQLite codes as Database::classify).
    Error classify(const QSqlError &error) const;
    static Error classifyPostgres(const QString &sqlState, const QString &text, const QString &where);

    // PostgreSQL: as the first statement of a write transaction, makes the
    // writers of `table` wait their turn (SHARE ROW EXCLUSIVE) instead of
    // failing one another under SERIALIZABLE; LOCK takes no snapshot, so the
    // snapshot that follows sees what the writer before committed. Readers
    // are not blocked. SQLite: nothing (BEGIN IMMEDIATE already admits one
    // writer). `table` is one of ours, never input.
    static Status lockForWriters(SqlStore &store, const QString &table);

    // The role's password from a 0600 file (first line, no newline): refused
    // when the file can be read by others.
    static Result<QString> readPasswordFile(const QString &path);

    // Reads the schema version without migrating (for office check).
    Result<int> readSchemaVersion() const;

signals:
    // A transaction of this process committed (the SQLite feed reads the
    // change table at once instead of waiting for the file watch).
    void committed();

private:
    explicit OfficeStore(OfficeStoreOptions options);
    Status connect();
    Status configureSession();
    Status migrate();
    Status applyMigrations(const QList<struct OfficeMigration> &migrations);
    // After a failed statement: is the connection itself gone? (PostgreSQL)
    bool connectionLost() const;
    Status reconnectIfLost();
    Status runOnce(const std::function<Status()> &work, bool &commitSent);
    // StoreConstraint: a key, CHECK or trigger refused the change (both engines).
    static Error constraintRefused(const QString &detail);

    OfficeStoreOptions m_options;
    QString m_connectionName;
    QString m_password;
    int m_schemaVersion = 0;
    int m_migrationsApplied = 0;
    bool m_created = false;
    bool m_inTransaction = false;
    int m_lastAttempts = 0;
    AfterCommitCallbacks m_afterCommit;
    ChangeFeed *m_feed = nullptr;
};

} // namespace kakanai
