#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace kakanai {

class AuditLog;
class Clock;
class Database;
class Settings;

// Removes completed records from the counter PC once the back office has had
// them for a while (docs/security.md, "Purging sent records"). Only records
// whose outbox state is `sent` and whose sent_at is older than the retention
// period go; pending, sending and rejected records are never touched, however
// old. Each record's row and its outbox row are deleted in one transaction
// together with the audit entries of the run, with SQLite's secure_delete on
// so the freed pages are zeroed, and the WAL is checkpointed and truncated
// afterwards so the old ciphertext does not linger in the -wal file either.
class RecordPurger {
    Q_DECLARE_TR_FUNCTIONS(RecordPurger)
public:
    static constexpr int kDefaultRetentionDays = 30;

    RecordPurger(Database &db, const Clock &clock, AuditLog &audit);

    // Deletes the sent records older than `retentionDays` days (>= 1) and
    // returns how many went. Audit: one "record-purged" entry per record
    // (target = its UUID) and one "records-purged" entry per run (detail:
    // count and retention), even when nothing was due. `staffId` is who asked
    // (empty = the application itself, at start or on its daily timer).
    Result<int> purgeSentOlderThan(int retentionDays, const QString &staffId = {});
    // The same with the OutboxPurgeAfterDays setting.
    Result<int> purge(const Settings &settings, const QString &staffId = {});

    // The UUIDs removed by the last successful run (tests, the CLI's output).
    const QStringList &lastPurged() const { return m_lastPurged; }
    // False when the last run's WAL checkpoint could not finish (another
    // connection was reading): the pages are overwritten at a later checkpoint.
    bool lastCheckpointComplete() const { return m_lastCheckpointComplete; }

private:
    Status setSecureDelete(bool on);
    bool checkpoint();

    Database &m_db;
    const Clock &m_clock;
    AuditLog &m_audit;
    QStringList m_lastPurged;
    bool m_lastCheckpointComplete = false;
};

} // namespace kakanai
