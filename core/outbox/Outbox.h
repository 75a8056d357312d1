#pragma once

#include "OutboxTypes.h"
#include "common/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

class QSqlQuery;

namespace kakanai {

class AuditLog;
class Clock;
class Database;
class RecordCipher;
class UploaderLock;

// The local queue of completed records waiting for the back office, in the
// store's `record` and `outbox` tables (migration 0003). Every change that
// touches more than one row runs in one transaction; every statement is
// prepared. Not thread-safe: use it from the thread that opened the Database.
class Outbox {
    Q_DECLARE_TR_FUNCTIONS(Outbox)
public:
    Outbox(Database &database, const RecordCipher &cipher, const Clock &clock);
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    struct Enqueued {
        QString uuid;
        bool alreadyQueued = false; // the same document was queued before: nothing changed
    };
    // Validates the record document (RecordDocument), encrypts it and stores
    // it in `record` together with its `outbox` row, in one transaction. The
    // same document twice is a no-op; another document with the same id is
    // refused. A full disk fails with DiskFull and leaves nothing behind.
    // `printedDigest`: the SHA-256 (hex) of the document as printed for the
    // signature (IntakeSession), kept with the record; empty when not printed.
    Result<Enqueued> enqueue(QByteArrayView recordJson, const QString &printedDigest = {});
    // The digest kept with a record by enqueue(); empty when none.
    Result<QString> printedDigest(const QString &uuid);

    // Rows left `sending` by a crash or a kill go back to `pending`, marked to
    // ask the back office whether it has them before sending again. Call once
    // at start, before uploading. Returns how many rows were recovered.
    Result<int> recoverInterrupted();
    // For readers (kakanai-cli outbox status/list, on a read-only store
    // connection): whether there are `sending` rows and no uploader holds the
    // uploader lock. Such rows belong to a program that died: they are shown
    // as waiting, and the next uploader recovers them (recoverInterrupted).
    // Changes nothing.
    Result<bool> sendingRowsAreStale();

    Result<OutboxCounts> counts();
    // Newest first; `states` empty = all. Every outbox row is listed, also
    // one whose record row is gone (a damaged store): what counts() counts.
    Result<QList<OutboxEntry>> list(const QList<OutboxState> &states = {}, int limit = 200, int offset = 0);
    Result<OutboxEntry> entry(const QString &uuid);

    // A rejected record is queued again (supervisor action, after the back
    // office or the record was corrected). Asks the resend authoriser first,
    // if one is installed.
    Status resend(const QString &uuid);
    // Who may resend is decided outside the outbox: the application installs
    // a check (e.g. "the signed-in staff member has the supervisor role", and
    // an audit entry); it is called with the record's UUID and its failure is
    // returned by resend() unchanged. None installed = allowed (CLI, tests).
    using ResendAuthoriser = std::function<Status(const QString &uuid)>;
    void setResendAuthoriser(ResendAuthoriser authoriser);
    // Called inside resend()'s transaction once a row was queued again, so an
    // audit entry (AuditLog::appendInTransaction) commits or rolls back with
    // the change; its failure undoes the resend. kakanai-cli installs one;
    // the application's authoriser audits as the signed-in supervisor instead.
    using ResendAuditor = std::function<Status(const QString &uuid)>;
    void setResendAuditor(ResendAuditor auditor);

    // Where the outbox audits what it does by itself (a record marked
    // damaged), in the transaction of the change, as the system (no staff
    // id). Not owned; none = not audited (unit tests).
    void setAuditLog(AuditLog *audit);

    // --- damaged records (docs/outbox.md, "Damaged records") --------------
    // A record whose sealed bytes no longer open with the store's own key
    // (RecordKeyBinding), whose opened document is not the record of its row,
    // or whose record row is gone, is damaged: claimDue() moves it to
    // `damaged` (audited once, "outbox-damaged") and it is never sent.
    struct UnreadableRecord {
        QString uuid;
        OutboxState state = OutboxState::Pending;
        QString reason; // a short code, never content
    };
    // Tries to open every record of the outbox, one at a time, changing
    // nothing (kakanai-cli db check --full). Every record that does not open
    // is returned, whatever its state.
    Result<QList<UnreadableRecord>> findUnreadableRecords();
    struct DamagedRecord {
        OutboxEntry entry;
        QByteArray sealed;   // record.payload as stored (empty when the record row is gone)
        QString storeKeyId;  // the key the store's records are sealed with (RecordKeyBinding)
    };
    // The rows in state `damaged`, with their stored bytes, for recovery by
    // an administrator (kakanai-cli outbox export-damaged).
    Result<QList<DamagedRecord>> damagedRecords();

    // --- for the uploader -------------------------------------------------
    struct Claim {
        QList<OutboxItem> items;
        QStringList damaged;             // marked `damaged` by this claim
        int undecryptable = 0;           // left pending and pushed back; see firstProblem
        std::optional<Error> firstProblem;
    };
    // Up to `limit` pending rows that are due, oldest first, marked `sending`
    // (attempts + 1) in one transaction, with their documents decrypted.
    // A damaged record is marked `damaged` instead. A record that does not
    // decrypt while the cipher's key is not proven to be the store's (no key
    // id kept) is left pending and pushed back an hour: a key problem is not
    // the record's fault.
    Result<Claim> claimDue(int limit);
    // Writes what the uploader learned about claimed rows, in one transaction.
    Status applyOutcomes(const QList<UploadOutcome> &outcomes);
    // The earliest next_attempt_at of a pending row; invalid when none.
    Result<QDateTime> nextDueAt();
    // "Upload now": every pending row becomes due.
    Result<int> makeAllDue();

    // One uploader per database: an flock on "<database>.uploader.lock"
    // (UploaderLock). Fails with DatabaseLocked while another live program
    // holds it; a killed holder's lock is gone with it.
    Result<std::unique_ptr<UploaderLock>> acquireUploaderLock();

    // Times as stored: ISO 8601 UTC with milliseconds.
    static QString storeTime(const QDateTime &t);
    static QDateTime fromStoreTime(const QString &text);

    // Tests only (Nextcloud's autotestFailCounter): the statement with this
    // 0-based number, counted from now, fails as if the disk were full.
    // -1 switches it off. statementsRun() counts statements since the last call.
    void failStatementForTesting(int index);
    int statementsRunForTesting() const { return m_statementsRun; }

private:
    Status run(QSqlQuery &query);
    Status prepare(QSqlQuery &query, const QString &sql);
    // Whether the store keeps a key id and it is the cipher's.
    Result<bool> cipherIsStoreKey();
    Result<QString> storeKeyId();

    struct Opened {
        QByteArray document;            // when it opened
        std::optional<Error> problem;   // when it did not
        bool decryptFailed = false;     // the cipher refused it (a key problem or changed bytes)
    };
    Opened openRecord(const QString &uuid, const QVariant &payload) const;

    Database &m_db;
    const RecordCipher &m_cipher;
    const Clock &m_clock;
    ResendAuthoriser m_resendAuthoriser;
    ResendAuditor m_resendAuditor;
    AuditLog *m_audit = nullptr;
    int m_failAt = -1;
    int m_statementsRun = 0;
};

} // namespace kakanai
