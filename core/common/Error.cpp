#include "Error.h"

namespace kakanai {

QString Error::toString() const
{
    if (m_detail.isEmpty())
        return m_message;
    return QStringLiteral("%1 (%2: %3)").arg(m_message, QLatin1String(codeName(m_code)), m_detail);
}

const char *Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::InvalidData: return "invalid-data";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Internal: return "internal";
    case ErrorCode::Io: return "io";
    case ErrorCode::DiskFull: return "disk-full";
    case ErrorCode::PermissionDenied: return "permission-denied";
    case ErrorCode::DatabaseLocked: return "database-locked";
    case ErrorCode::DatabaseCorrupt: return "database-corrupt";
    case ErrorCode::DatabaseTooNew: return "database-too-new";
    case ErrorCode::MigrationFailed: return "migration-failed";
    case ErrorCode::StoreUnreachable: return "store-unreachable";
    case ErrorCode::StoreCredentialsRefused: return "store-credentials-refused";
    case ErrorCode::StoreTimeout: return "store-timeout";
    case ErrorCode::StoreConflict: return "store-conflict";
    case ErrorCode::StoreConstraint: return "store-constraint";
    case ErrorCode::ReaderServiceStopped: return "reader-service-stopped";
    case ErrorCode::ReaderUnavailable: return "reader-unavailable";
    case ErrorCode::NoCard: return "no-card";
    case ErrorCode::CardRemoved: return "card-removed";
    case ErrorCode::CardNotMyNumber: return "card-not-my-number";
    case ErrorCode::CardWrongPin: return "card-wrong-pin";
    case ErrorCode::CardPinBlocked: return "card-pin-blocked";
    case ErrorCode::CardUnexpectedAnswer: return "card-unexpected-answer";
    case ErrorCode::CardIntegrity: return "card-integrity";
    case ErrorCode::CardBusy: return "card-busy";
    case ErrorCode::CardTimeout: return "card-timeout";
    case ErrorCode::NetworkUnavailable: return "network-unavailable";
    case ErrorCode::ServerError: return "server-error";
    case ErrorCode::ServerRejected: return "server-rejected";
    case ErrorCode::SignInFailed: return "sign-in-failed";
    case ErrorCode::AccountLocked: return "account-locked";
    case ErrorCode::NotAllowed: return "not-allowed";
    case ErrorCode::WeakPassword: return "weak-password";
    case ErrorCode::AuditChainBroken: return "audit-chain-broken";
    case ErrorCode::TicketTransitionRefused: return "ticket-transition-refused";
    case ErrorCode::TicketBandExhausted: return "ticket-band-exhausted";
    case ErrorCode::CounterBusy: return "counter-busy";
    case ErrorCode::QueueEmpty: return "queue-empty";
    case ErrorCode::PrinterUnreachable: return "printer-unreachable";
    case ErrorCode::PrinterOutOfPaper: return "printer-out-of-paper";
    case ErrorCode::PrinterOffline: return "printer-offline";
    case ErrorCode::PrinterFailed: return "printer-failed";
    }
    return "unknown";
}

} // namespace kakanai
