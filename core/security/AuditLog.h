#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace kakanai {

class Clock;
class Database;

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
// them (a tool that drops the triggers). The chain head at the end of each
// office day is kept as a daily digest, to be copied outside this database:
// only an outside copy makes cutting off the newest entries visible.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    AuditLog(Database &db, const Clock &clock, QString terminalId, QTimeZone officeZone);

    // Appends in its own transaction.
    Status append(const QString &staffId, const QString &action, const QString &target = {},
                  const QString &detail = {});
    // Appends inside the caller's open transaction, so the entry commits (or
    // rolls back) together with the change it records.
    Status appendInTransaction(const QString &staffId, const QString &action, const QString &target = {},
                               const QString &detail = {});

    // Entries with seq >= fromSeq, oldest first; at most `limit`.
    Result<QList<AuditEvent>> events(qint64 fromSeq = 1, int limit = 1000) const;

    struct Verification {
        qint64 checked = 0;                 // entries that verified
        std::optional<qint64> firstBroken;  // seq of the first entry that does not
        QString reason;                     // why, for people
        QList<QPair<QString, QByteArray>> dailyDigests; // (office date, head hash)
    };
    Result<Verification> verify() const;

    // The hash of an entry given the previous one's hash. Public for the tests
    // and for anyone re-checking an export by hand (docs/security.md).
    static QByteArray entryHash(const AuditEvent &event, const QByteArray &prevHash);
    static QByteArray genesisHash() { return QByteArray(32, '\0'); }

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_terminalId;
    QTimeZone m_zone;
};

} // namespace kakanai
