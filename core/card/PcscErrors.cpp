#include "PcscErrors.h"

#include <PCSC/winscard.h>

#include <type_traits>

namespace kakanai {

static_assert(std::is_same_v<LONG, long>, "pcsc-lite LONG is expected to be long on this platform");

const char *PcscErrors::name(long rv)
{
    switch (rv) {
    case SCARD_S_SUCCESS: return "SCARD_S_SUCCESS";
    case SCARD_F_INTERNAL_ERROR: return "SCARD_F_INTERNAL_ERROR";
    case SCARD_E_CANCELLED: return "SCARD_E_CANCELLED";
    case SCARD_E_INVALID_HANDLE: return "SCARD_E_INVALID_HANDLE";
    case SCARD_E_INVALID_PARAMETER: return "SCARD_E_INVALID_PARAMETER";
    case SCARD_E_INVALID_TARGET: return "SCARD_E_INVALID_TARGET";
    case SCARD_E_NO_MEMORY: return "SCARD_E_NO_MEMORY";
    case SCARD_F_WAITED_TOO_LONG: return "SCARD_F_WAITED_TOO_LONG";
    case SCARD_E_INSUFFICIENT_BUFFER: return "SCARD_E_INSUFFICIENT_BUFFER";
    case SCARD_E_UNKNOWN_READER: return "SCARD_E_UNKNOWN_READER";
    case SCARD_E_TIMEOUT: return "SCARD_E_TIMEOUT";
    case SCARD_E_SHARING_VIOLATION: return "SCARD_E_SHARING_VIOLATION";
    case SCARD_E_NO_SMARTCARD: return "SCARD_E_NO_SMARTCARD";
    case SCARD_E_UNKNOWN_CARD: return "SCARD_E_UNKNOWN_CARD";
    case SCARD_E_CANT_DISPOSE: return "SCARD_E_CANT_DISPOSE";
    case SCARD_E_PROTO_MISMATCH: return "SCARD_E_PROTO_MISMATCH";
    case SCARD_E_NOT_READY: return "SCARD_E_NOT_READY";
    case SCARD_E_INVALID_VALUE: return "SCARD_E_INVALID_VALUE";
    case SCARD_E_SYSTEM_CANCELLED: return "SCARD_E_SYSTEM_CANCELLED";
    case SCARD_F_COMM_ERROR: return "SCARD_F_COMM_ERROR";
    case SCARD_F_UNKNOWN_ERROR: return "SCARD_F_UNKNOWN_ERROR";
    case SCARD_E_INVALID_ATR: return "SCARD_E_INVALID_ATR";
    case SCARD_E_NOT_TRANSACTED: return "SCARD_E_NOT_TRANSACTED";
    case SCARD_E_READER_UNAVAILABLE: return "SCARD_E_READER_UNAVAILABLE";
    case SCARD_P_SHUTDOWN: return "SCARD_P_SHUTDOWN";
    case SCARD_E_PCI_TOO_SMALL: return "SCARD_E_PCI_TOO_SMALL";
    case SCARD_E_READER_UNSUPPORTED: return "SCARD_E_READER_UNSUPPORTED";
    case SCARD_E_DUPLICATE_READER: return "SCARD_E_DUPLICATE_READER";
    case SCARD_E_CARD_UNSUPPORTED: return "SCARD_E_CARD_UNSUPPORTED";
    case SCARD_E_NO_SERVICE: return "SCARD_E_NO_SERVICE";
    case SCARD_E_SERVICE_STOPPED: return "SCARD_E_SERVICE_STOPPED";
    case SCARD_E_UNSUPPORTED_FEATURE: return "SCARD_E_UNSUPPORTED_FEATURE";
    case SCARD_E_NO_READERS_AVAILABLE: return "SCARD_E_NO_READERS_AVAILABLE";
    case SCARD_E_COMM_DATA_LOST: return "SCARD_E_COMM_DATA_LOST";
    case SCARD_E_SERVER_TOO_BUSY: return "SCARD_E_SERVER_TOO_BUSY";
    case SCARD_W_UNSUPPORTED_CARD: return "SCARD_W_UNSUPPORTED_CARD";
    case SCARD_W_UNRESPONSIVE_CARD: return "SCARD_W_UNRESPONSIVE_CARD";
    case SCARD_W_UNPOWERED_CARD: return "SCARD_W_UNPOWERED_CARD";
    case SCARD_W_RESET_CARD: return "SCARD_W_RESET_CARD";
    case SCARD_W_REMOVED_CARD: return "SCARD_W_REMOVED_CARD";
    case SCARD_W_SECURITY_VIOLATION: return "SCARD_W_SECURITY_VIOLATION";
    case SCARD_W_WRONG_CHV: return "SCARD_W_WRONG_CHV";
    case SCARD_W_CHV_BLOCKED: return "SCARD_W_CHV_BLOCKED";
    default: return "SCARD_?";
    }
}

bool PcscErrors::needsNewContext(long rv)
{
    return rv == SCARD_E_NO_SERVICE || rv == SCARD_E_SERVICE_STOPPED || rv == SCARD_E_INVALID_HANDLE
        || rv == SCARD_F_COMM_ERROR;
}

bool PcscErrors::isCardGone(long rv)
{
    return rv == SCARD_W_REMOVED_CARD || rv == SCARD_E_NOT_TRANSACTED || rv == SCARD_E_NO_SMARTCARD;
}

Error PcscErrors::toError(long rv, Stage stage, const char *function)
{
    const QString detail = QStringLiteral("%1: %2 (0x%3)")
                               .arg(QLatin1String(function), QLatin1String(name(rv)))
                               .arg(static_cast<quint32>(rv), 8, 16, QLatin1Char('0'));
    const bool connecting = stage == Stage::Connect;

    switch (rv) {
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
    case SCARD_F_COMM_ERROR:
        if (stage == Stage::Session)
            return Error(ErrorCode::ReaderServiceStopped,
                         tr("The smart card service stopped while the card was being read. "
                            "Read the card again; if this repeats, ask IT support to check the smart card service (pcscd)."),
                         detail);
        return Error(ErrorCode::ReaderServiceStopped,
                     tr("The smart card service (pcscd) is not running. Ask IT support to start it."), detail);
    case SCARD_E_INVALID_HANDLE:
        return Error(ErrorCode::ReaderServiceStopped,
                     tr("The connection to the smart card service was lost. Read the card again."), detail);

    case SCARD_E_NO_READERS_AVAILABLE:
        return Error(ErrorCode::ReaderUnavailable,
                     tr("No card reader is connected. Check the reader's cable."), detail);
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_READER_UNAVAILABLE:
    case SCARD_E_READER_UNSUPPORTED:
    case SCARD_E_DUPLICATE_READER:
        return Error(ErrorCode::ReaderUnavailable,
                     tr("The card reader is not available. Check its cable, or choose another reader."), detail);
    case SCARD_E_NOT_READY:
        return Error(ErrorCode::ReaderUnavailable,
                     tr("The card reader is not ready. Wait a moment and try again."), detail);

    case SCARD_E_NO_SMARTCARD:
    case SCARD_W_REMOVED_CARD:
        if (connecting || stage == Stage::Readers || stage == Stage::Wait)
            return Error(ErrorCode::NoCard, tr("There is no card in the reader. Insert the card, chip first."), detail);
        return Error(ErrorCode::CardRemoved,
                     tr("The card was removed while it was being read. Insert it again and repeat the read."), detail);
    case SCARD_E_NOT_TRANSACTED:
        return Error(ErrorCode::CardRemoved,
                     tr("The card was removed while it was being read. Insert it again and repeat the read."), detail);
    case SCARD_W_UNPOWERED_CARD:
        return Error(ErrorCode::CardRemoved,
                     tr("The reader lost contact with the card. Insert it again and repeat the read."), detail);

    case SCARD_E_SHARING_VIOLATION:
    case SCARD_E_SERVER_TOO_BUSY:
        return Error(ErrorCode::CardBusy,
                     tr("Another program is using the card. Close that program, or wait a moment and try again."),
                     detail);
    case SCARD_W_RESET_CARD:
        return Error(ErrorCode::CardBusy, tr("Another program reset the card. Read the card again."), detail);

    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_E_COMM_DATA_LOST:
        return Error(ErrorCode::CardUnexpectedAnswer,
                     tr("The card does not answer. Check that it is inserted correctly (chip first), then try again."),
                     detail);
    case SCARD_W_UNSUPPORTED_CARD:
    case SCARD_E_CARD_UNSUPPORTED:
    case SCARD_E_PROTO_MISMATCH:
    case SCARD_E_INVALID_ATR:
    case SCARD_E_UNKNOWN_CARD:
        return Error(ErrorCode::CardNotMyNumber,
                     tr("This card cannot be read by this reader. Check that it is a My Number card."), detail);

    case SCARD_E_CANCELLED:
    case SCARD_E_SYSTEM_CANCELLED:
    case SCARD_P_SHUTDOWN:
        return Error(ErrorCode::Cancelled, tr("The card operation was cancelled."), detail);
    case SCARD_E_TIMEOUT:
        return Error(ErrorCode::Cancelled, tr("The card reader did not answer in time."), detail);

    default:
        return Error(ErrorCode::Internal,
                     tr("The smart card service reported an internal error. Try again; if this repeats, ask IT support."),
                     detail);
    }
}

} // namespace kakanai
