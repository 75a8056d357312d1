#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace kakanai {

// What went wrong, as something a caller can branch on. The message that goes
// with it is for people; the code is for code.
enum class ErrorCode {
    // general
    InvalidArgument,
    InvalidData,
    NotFound,
    Cancelled,
    Internal,
    // files and the local store
    Io,
    DiskFull,
    PermissionDenied,
    DatabaseLocked,
    DatabaseCorrupt,
    DatabaseTooNew,
    MigrationFailed,
    // the office store (SQLite or PostgreSQL; docs/admin/office.md)
    StoreUnreachable,       // server down, network cut, connection lost
    StoreCredentialsRefused,// the server refused the role or its password
    StoreTimeout,           // the server did not answer within the timeout
    StoreConflict,          // a concurrent change won; still conflicting after the bounded retries
    StoreConstraint,        // a unique key or check refused the change (the invariant held)
    // card and reader
    ReaderServiceStopped,   // pcscd not running / stopped
    ReaderUnavailable,      // no reader, or the reader was unplugged
    NoCard,
    CardRemoved,            // pulled out while we talked to it
    CardNotMyNumber,
    CardWrongPin,           // see Error::triesLeft()
    CardPinBlocked,
    CardUnexpectedAnswer,
    CardIntegrity,          // digests in EF 0003 do not match what was read
    CardBusy,               // another program holds the card
    CardTimeout,            // the reader did not answer one command in time (card/apduTimeoutMs)
    // network / back office
    NetworkUnavailable,
    ServerError,
    ServerRejected,
    // staff and audit
    SignInFailed,           // wrong staff ID or password (not said which)
    AccountLocked,          // too many failed sign-ins; see the message for when
    NotAllowed,             // the signed-in role may not do this
    WeakPassword,
    AuditChainBroken,
    // the ticket queue and ticket printers (docs/queue.md, docs/admin/ticket-printers.md)
    TicketTransitionRefused, // the ticket's state does not allow this (e.g. done twice)
    TicketBandExhausted,     // every number of the category's band was given out today
    CounterBusy,             // this counter already has a ticket called or being served
    QueueEmpty,              // nobody is waiting for this counter
    PrinterUnreachable,      // no answer on the port / device missing
    PrinterOutOfPaper,
    PrinterOffline,          // cover open, error state, or the printer says it is offline
    PrinterFailed,           // the job did not go through (written partly, closed mid-job)
};

// An error value: a code, a message a clerk can act on (already translated),
// and an optional technical detail for the log. Neither text may carry personal
// data: build them from codes and counts, never from what was read or typed.
class Error {
public:
    Error(ErrorCode code, QString message, QString technicalDetail = {})
        : m_code(code), m_message(std::move(message)), m_detail(std::move(technicalDetail)) {}

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &technicalDetail() const { return m_detail; }

    // Wrong-PIN errors say how many tries are left; -1 when not applicable.
    int triesLeft() const { return m_triesLeft; }
    Error &withTriesLeft(int tries) { m_triesLeft = tries; return *this; }

    // "message (detail)" for logs and the CLI.
    QString toString() const;

    static const char *codeName(ErrorCode code);

private:
    ErrorCode m_code;
    QString m_message;
    QString m_detail;
    int m_triesLeft = -1;
};

template <typename T>
using Result = std::expected<T, Error>;

// For functions that only succeed or fail.
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString detail = {})
{
    return std::unexpected<Error>(Error(code, std::move(message), std::move(detail)));
}

} // namespace kakanai
