#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace kakanai {

// The life of a record in the outbox (docs/outbox.md):
//   pending --claimed--> sending --201/200--> sent
//      ^                    |     --400/409/422--> rejected --resend--> pending
//      `----retry later-----'     (crash: sending --recoverInterrupted--> pending)
//   pending --sealed bytes do not open, or no record row--> damaged
//      (kept as it is, never sent, counted and listed until an administrator
//       recovers it: kakanai-cli outbox export-damaged)
enum class OutboxState { Pending, Sending, Sent, Rejected, Damaged };

QString outboxStateName(OutboxState state);                   // "pending", … (stored and in JSON)
std::optional<OutboxState> outboxStateFromName(const QString &name);

struct OutboxCounts {
    int pending = 0;
    int sending = 0;
    int sent = 0;
    int rejected = 0;
    int damaged = 0;
    QDateTime oldestPendingQueuedAt; // invalid when nothing is waiting (pending or sending)

    int waiting() const { return pending + sending; }
    friend bool operator==(const OutboxCounts &, const OutboxCounts &) = default;
};

// One row for the outbox screen: no personal data.
struct OutboxEntry {
    QString uuid;
    QString kind;
    QDateTime recordCreatedAt; // the record's createdAt
    QDateTime queuedAt;        // when it entered the outbox
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    int lastHttpStatus = 0;    // 0 = none (network error or never tried)
    QString lastError;         // the back office's message for a rejection, or what went wrong last
    QDateTime sentAt;
};

// A record claimed for sending: its decrypted document. The uploader drops
// (and wipes) the body as soon as the attempt is over.
struct OutboxItem {
    QString uuid;
    QByteArray body;
    int attempts = 0;           // including this one
    bool verifyFirst = false;   // unknown whether the back office has it: GET before POST
};

// What the uploader learned about one claimed record.
struct UploadOutcome {
    enum class Kind { Sent, Rejected, Retry };
    QString uuid;
    Kind kind = Kind::Retry;
    int httpStatus = 0;
    QString error;              // for Rejected/Retry
    QDateTime nextAttemptAt;    // for Retry
    bool verifyFirst = false;   // for Retry: ask GET /records/{key} before the next POST
};

} // namespace kakanai

Q_DECLARE_METATYPE(kakanai::OutboxCounts)
