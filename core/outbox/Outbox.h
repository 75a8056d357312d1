#pragma once

#include "OutboxTypes.h"
#include "common/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>

class QSqlQuery;

namespace kakanai {

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

    Result<OutboxCounts> counts();
    // Newest first; `states` empty = all.
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

    // --- for the uploader -------------------------------------------------
    struct Claim {
        QList<OutboxItem> items;
        int undecryptable = 0;           // left pending and pushed back; see firstProblem
        std::optional<Error> firstProblem;
    };
    // Up to `limit` pending rows that are due, oldest first, marked `sending`
    // (attempts + 1) in one transaction, with their documents decrypted.
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

    Database &m_db;
    const RecordCipher &m_cipher;
    const Clock &m_clock;
    ResendAuthoriser m_resendAuthoriser;
    int m_failAt = -1;
    int m_statementsRun = 0;
};

} // namespace kakanai
