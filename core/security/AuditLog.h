#pragma once

#include "AuditCheckpoint.h"
#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace kakanai {

class AuditAnchor;
class Clock;
class SqlStore;

struct AuditEvent {
    qint64 seq = 0;
    QDateTime at;         // UTC
    QString terminalId;
    QString staffId;      // empty for the system itself
    QString action;       // "sign-in", "reveal-individual-number", …
    QString target;       // record/visit UUID, staff ID … never personal data
    QString detail;       // short, codes and counts only
    QByteArray prevHash;
    QByteArray hash;
};

// The append-only audit log (住民記録システム標準仕様書 10.2 style): who, which
// terminal, when, what, on which record — never the personal data itself.
// Each entry's hash covers its fields and the previous entry's hash, so an
// edit, deletion, insertion or reordering breaks the chain from that entry on.
// SQLite triggers refuse UPDATE and DELETE; the chain catches what gets past
// them (a tool that drops the triggers). Cutting off the newest entries, or
// all of them, leaves a chain that still verifies: so after every committed
// append the chain's head goes to a MACed checkpoint outside the store (the
// AuditAnchor), and verify() compares the log with it. The chain head at the
// end of each office day is also kept as a daily digest.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    // `anchor` must outlive the log.
    AuditLog(SqlStore &db, const Clock &clock, QString terminalId, QTimeZone officeZone, AuditAnchor &anchor);

    // Appends in its own transaction.
    Status append(const QString &staffId, const QString &action, const QString &target = {},
                  const QString &detail = {});
    // Appends inside the caller's open transaction, so the entry commits (or
    // rolls back) together with the change it records. The checkpoint follows
    // once that transaction has committed (SqlStore::afterCommit).
    Status appendInTransaction(const QString &staffId, const QString &action, const QString &target = {},
                               const QString &detail = {});

    // Entries with seq >= fromSeq, oldest first; at most `limit`.
    Result<QList<AuditEvent>> events(qint64 fromSeq = 1, int limit = 1000) const;

    // What the checkpoint kept outside the store says about the log's end.
    enum class AnchorCheck {
        NotChecked,       // the chain itself is broken: not compared
        Unavailable,      // no checkpoint could be read (no record key, I/O): see anchorReason
        Started,          // there was none: one was written now, the anchor starts here
        Matches,          // the log ends where the checkpoint says
        Extended,         // entries after the checkpoint (newer, or a crash before it was
                          // written): the chain vouches for them; the checkpoint was moved up
        Truncated,        // fewer entries than the checkpoint records
        Diverged,         // the entry the checkpoint names has another hash: rewritten
        CheckpointForged, // the checkpoint's MAC does not match, or it is no checkpoint
    };
    struct Verification {
        qint64 checked = 0;                 // entries that verified
        std::optional<qint64> firstBroken;  // seq of the first entry that does not
        QString reason;                     // why, for people
        QList<QPair<QString, QByteArray>> dailyDigests; // (office date, head hash)
        AnchorCheck anchor = AnchorCheck::NotChecked;
        QString anchorReason;               // for people; empty when it matches
        qint64 anchoredEntries = -1;        // the checkpoint's entry count, when one was read

        // The chain verifies and nothing is missing at its end.
        bool intact() const;
        // Truncated: the entries missing after the last one present.
        qint64 missingEntries() const { return anchor == AnchorCheck::Truncated ? anchoredEntries - checked : 0; }
    };
    // Walks the chain, then compares it with the anchor's checkpoint; writes
    // the checkpoint when there was none or the log has grown since.
    Result<Verification> verify();
    static QString anchorCheckName(AnchorCheck check); // "truncated", … for --json

    // Moves the checkpoint up to the newest committed entry, unless the kept
    // one is ahead of the log, names another head or is forged: that is
    // evidence and stays until verify() has shown it. Called after each
    // committed append; a failure is logged (the entry itself is committed).
    Status advanceAnchor();
    AuditAnchor &anchor() const { return m_anchor; }

    // The hash of an entry given the previous one's hash. Public for the tests
    // and for anyone re-checking an export by hand (docs/security.md).
    static QByteArray entryHash(const AuditEvent &event, const QByteArray &prevHash);
    static QByteArray genesisHash() { return QByteArray(32, '\0'); }

private:
    struct Head {
        qint64 seq = 0;
        QByteArray hash;
    };
    Result<Head> head() const;
    Result<QByteArray> hashAt(qint64 seq) const;
    AuditCheckpoint checkpointAt(const Head &head) const;

    SqlStore &m_db;
    const Clock &m_clock;
    QString m_terminalId;
    QTimeZone m_zone;
    AuditAnchor &m_anchor;
};

} // namespace kakanai
