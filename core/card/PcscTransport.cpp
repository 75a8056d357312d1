#include "PcscTransport.h"

#include "ApduLog.h"
#include "PcscErrors.h"
#include "SecureBuffer.h"
#include "common/LogCategories.h"

#include <PCSC/winscard.h>

#include <QMutexLocker>

#include <array>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>
#include <type_traits>

namespace kakanai {

static_assert(std::is_same_v<SCARDCONTEXT, long> && std::is_same_v<SCARDHANDLE, long>,
              "pcsc-lite handles are expected to be long on this platform");
static_assert(std::is_same_v<DWORD, unsigned long>, "pcsc-lite DWORD is expected to be unsigned long");

namespace {

constexpr const char *kPnpReader = "\\\\?PnP?\\Notification";

DWORD dispositionCode(CardTransport::Disposition d)
{
    switch (d) {
    case CardTransport::Disposition::Leave: return SCARD_LEAVE_CARD;
    case CardTransport::Disposition::Reset: return SCARD_RESET_CARD;
    case CardTransport::Disposition::Unpower: return SCARD_UNPOWER_CARD;
    }
    return SCARD_UNPOWER_CARD;
}

DWORD shareCode(CardTransport::Share s)
{
    return s == CardTransport::Share::Exclusive ? SCARD_SHARE_EXCLUSIVE : SCARD_SHARE_SHARED;
}

ReaderState toReaderState(const SCARD_READERSTATE &s)
{
    ReaderState r;
    r.name = QString::fromUtf8(s.szReader);
    r.cardPresent = (s.dwEventState & SCARD_STATE_PRESENT) != 0;
    r.inUse = (s.dwEventState & (SCARD_STATE_INUSE | SCARD_STATE_EXCLUSIVE)) != 0;
    if (r.cardPresent && s.cbAtr > 0 && s.cbAtr <= sizeof(s.rgbAtr))
        r.atr = QByteArray(reinterpret_cast<const char *>(s.rgbAtr), static_cast<qsizetype>(s.cbAtr));
    r.eventCount = static_cast<int>((s.dwEventState >> 16) & 0xFFFF);
    r.rawState = static_cast<quint32>(s.dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED));
    return r;
}

} // namespace

struct PcscTransport::ContextLease {
    explicit ContextLease(SCARDCONTEXT c) : context(c) {}
    ~ContextLease() { (void)SCardReleaseContext(context); }
    ContextLease(const ContextLease &) = delete;
    ContextLease &operator=(const ContextLease &) = delete;
    const SCARDCONTEXT context;
};

namespace {

// One SCardTransmit in its own thread, shared between the caller (who may
// stop waiting) and the thread (who may outlive the wait).
struct TransmitCall {
    std::shared_ptr<void> lease; // keeps the context alive while the call runs
    SCARDHANDLE card = 0;
    const SCARD_IO_REQUEST *pci = nullptr;
    QByteArray apdu;             // may hold a PIN (VERIFY): wiped
    std::array<unsigned char, MAX_BUFFER_SIZE> recv{};
    DWORD recvLength = MAX_BUFFER_SIZE;
    LONG rv = SCARD_S_SUCCESS;
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    bool abandoned = false;      // the caller gave up: the thread resets and releases the card

    ~TransmitCall()
    {
        SecureBuffer::wipe(apdu);
        SecureBuffer::wipe(recv.data(), recv.size());
    }

    void run()
    {
        const LONG result = SCardTransmit(card, pci, reinterpret_cast<const unsigned char *>(apdu.constData()),
                                          static_cast<DWORD>(apdu.size()), nullptr, recv.data(), &recvLength);
        std::lock_guard lock(mutex);
        rv = result;
        done = true;
        if (abandoned) {
            // Nobody will end this session: reset, so a verified PIN does not
            // stay verified, and give the reader back.
            (void)SCardDisconnect(card, SCARD_RESET_CARD);
            qCDebug(lcCard) << "a timed-out command finished late; the card was reset and released";
        }
        finished.notify_all();
    }
};

} // namespace

PcscTransport::PcscTransport() = default;

PcscTransport::~PcscTransport()
{
    if (m_connected)
        (void)disconnect(Disposition::Unpower);
    dropContext();
}

int PcscTransport::contextGeneration() const
{
    QMutexLocker lock(&m_contextMutex);
    return m_generation;
}

long PcscTransport::context() const
{
    QMutexLocker lock(&m_contextMutex);
    return m_context;
}

Status PcscTransport::ensureContext()
{
    QMutexLocker lock(&m_contextMutex);
    if (m_hasContext)
        return {};
    SCARDCONTEXT ctx = 0;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx);
    if (rv != SCARD_S_SUCCESS) {
        qCDebug(lcCard) << "SCardEstablishContext:" << PcscErrors::name(rv);
        return std::unexpected(PcscErrors::toError(rv, PcscErrors::Stage::Context, "SCardEstablishContext"));
    }
    m_context = ctx;
    m_lease = std::make_shared<ContextLease>(ctx);
    m_hasContext = true;
    ++m_generation;
    qCDebug(lcCard) << "PC/SC context established, generation" << m_generation;
    return {};
}

void PcscTransport::dropContext()
{
    QMutexLocker lock(&m_contextMutex);
    if (!m_hasContext)
        return;
    // The card handle belongs to the context: it is gone with it.
    m_connected = false;
    m_card = 0;
    m_lease.reset(); // released now, or when a timed-out call still using it ends
    m_context = 0;
    m_hasContext = false;
}

Result<QStringList> PcscTransport::listReaderNames()
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (auto ok = ensureContext(); !ok)
            return std::unexpected(ok.error());
        const SCARDCONTEXT ctx = context();
        LONG rv = SCARD_S_SUCCESS;
        QByteArray buffer;
        // The list can grow between the two calls: retry a few times.
        for (int i = 0; i < 4; ++i) {
            DWORD size = 0;
            rv = SCardListReaders(ctx, nullptr, nullptr, &size);
            if (rv != SCARD_S_SUCCESS)
                break;
            buffer.resize(static_cast<qsizetype>(size));
            rv = SCardListReaders(ctx, nullptr, buffer.data(), &size);
            if (rv == SCARD_E_INSUFFICIENT_BUFFER)
                continue;
            if (rv == SCARD_S_SUCCESS)
                buffer.resize(static_cast<qsizetype>(size));
            break;
        }
        if (rv == SCARD_E_NO_READERS_AVAILABLE)
            return QStringList();
        if (rv == SCARD_S_SUCCESS) {
            QStringList names;
            for (const QByteArray &part : buffer.split('\0')) {
                if (!part.isEmpty())
                    names.append(QString::fromUtf8(part));
            }
            return names;
        }
        if (PcscErrors::needsNewContext(rv)) {
            dropContext();
            if (attempt == 0)
                continue; // a restarted pcscd: try once with a new context
        }
        return std::unexpected(PcscErrors::toError(rv, PcscErrors::Stage::Readers, "SCardListReaders"));
    }
    return std::unexpected(PcscErrors::toError(SCARD_E_NO_SERVICE, PcscErrors::Stage::Readers, "SCardListReaders"));
}

Result<QList<ReaderState>> PcscTransport::snapshot(const QStringList &names)
{
    QList<ReaderState> out;
    if (names.isEmpty())
        return out;
    QList<QByteArray> utf8;
    for (const QString &n : names)
        utf8.append(n.toUtf8());
    std::vector<SCARD_READERSTATE> states(static_cast<size_t>(names.size()));
    for (size_t i = 0; i < states.size(); ++i) {
        states[i] = SCARD_READERSTATE{};
        states[i].szReader = utf8.at(static_cast<qsizetype>(i)).constData();
        states[i].dwCurrentState = SCARD_STATE_UNAWARE;
    }
    const LONG rv = SCardGetStatusChange(context(), 0, states.data(), static_cast<DWORD>(states.size()));
    if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT) {
        if (PcscErrors::needsNewContext(rv))
            dropContext();
        return std::unexpected(PcscErrors::toError(rv, PcscErrors::Stage::Readers, "SCardGetStatusChange"));
    }
    for (const SCARD_READERSTATE &s : states) {
        if (s.dwEventState & (SCARD_STATE_UNKNOWN | SCARD_STATE_IGNORE))
            continue; // gone between the listing and now
        out.append(toReaderState(s));
    }
    return out;
}

Result<QList<ReaderState>> PcscTransport::readers()
{
    auto names = listReaderNames();
    if (!names)
        return std::unexpected(names.error());
    return snapshot(*names);
}

Status PcscTransport::connect(const QString &reader, Share share)
{
    if (m_connected)
        return fail(ErrorCode::Internal, tr("A card connection is already open."), QStringLiteral("connect: already connected"));
    const QByteArray name = reader.toUtf8();
    LONG rv = SCARD_S_SUCCESS;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (auto ok = ensureContext(); !ok)
            return ok;
        SCARDHANDLE card = 0;
        DWORD protocol = 0;
        rv = SCardConnect(context(), name.constData(), shareCode(share), SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                          &card, &protocol);
        if (rv == SCARD_S_SUCCESS) {
            m_card = card;
            m_protocol = protocol;
            m_share = share;
            m_connected = true;
            break;
        }
        if (!PcscErrors::needsNewContext(rv))
            break;
        dropContext(); // pcscd restarted since our last call: once more with a new context
    }
    if (rv != SCARD_S_SUCCESS) {
        qCDebug(lcCard) << "SCardConnect:" << PcscErrors::name(rv);
        return std::unexpected(PcscErrors::toError(rv, PcscErrors::Stage::Connect, "SCardConnect"));
    }

    std::array<unsigned char, MAX_ATR_SIZE> atr{};
    DWORD atrLength = atr.size();
    DWORD state = 0;
    DWORD protocol = 0;
    DWORD nameLength = 0;
    rv = SCardStatus(m_card, nullptr, &nameLength, &state, &protocol, atr.data(), &atrLength);
    m_atr = rv == SCARD_S_SUCCESS ? QByteArray(reinterpret_cast<const char *>(atr.data()), static_cast<qsizetype>(atrLength))
                                  : QByteArray();
    qCDebug(lcCard) << "connected" << (share == Share::Exclusive ? "exclusive" : "shared") << "protocol"
                    << (m_protocol == SCARD_PROTOCOL_T0 ? "T=0" : "T=1") << "ATR" << m_atr.toHex(' ');
    return {};
}

long PcscTransport::reconnectAfterReset()
{
    DWORD protocol = 0;
    const LONG rv = SCardReconnect(m_card, shareCode(m_share), SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, SCARD_LEAVE_CARD,
                                   &protocol);
    if (rv == SCARD_S_SUCCESS)
        m_protocol = protocol;
    qCDebug(lcCard) << "reconnect after reset:" << PcscErrors::name(rv);
    return rv;
}

long PcscTransport::transmitWithTimeout(QByteArrayView apdu, unsigned char *recv, unsigned long *recvLength)
{
    auto call = std::make_shared<TransmitCall>();
    {
        QMutexLocker lock(&m_contextMutex);
        call->lease = m_lease;
    }
    call->card = m_card;
    call->pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    call->apdu = apdu.toByteArray();
    std::thread([call] { call->run(); }).detach();

    std::unique_lock lock(call->mutex);
    if (!call->finished.wait_for(lock, m_apduTimeout, [&call] { return call->done; })) {
        call->abandoned = true;
        // The handle now belongs to the call's thread, which releases it.
        m_connected = false;
        m_card = 0;
        m_atr.clear();
        qCInfo(lcCard) << "the reader did not answer a command within" << m_apduTimeout.count() << "ms; read abandoned";
        return SCARD_E_TIMEOUT;
    }
    if (call->rv == SCARD_S_SUCCESS) {
        const DWORD n = std::min<DWORD>(call->recvLength, *recvLength);
        std::memcpy(recv, call->recv.data(), n);
        *recvLength = n;
    }
    return call->rv;
}

std::unexpected<Error> PcscTransport::sessionFailure(long rv, const char *function)
{
    if (PcscErrors::needsNewContext(rv))
        dropContext(); // also forgets the card handle, which died with the context
    return std::unexpected(PcscErrors::toError(rv, PcscErrors::Stage::Session, function));
}

Result<QByteArray> PcscTransport::transmit(QByteArrayView apdu)
{
    if (!m_connected)
        return fail(ErrorCode::NoCard, tr("There is no card connection."), QStringLiteral("transmit: not connected"));
    if (apdu.size() < 4 || apdu.size() > 261)
        return fail(ErrorCode::Internal, tr("Internal error: malformed command for the card."),
                    QStringLiteral("transmit: APDU of %1 bytes").arg(apdu.size()));

    qCDebug(lcCard).noquote() << ">" << ApduLog::command(apdu);
    const SCARD_IO_REQUEST *pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    std::array<unsigned char, MAX_BUFFER_SIZE> recv{};
    DWORD recvLength = recv.size();
    const LONG rv = m_apduTimeout.count() > 0
                        ? transmitWithTimeout(apdu, recv.data(), &recvLength)
                        : SCardTransmit(m_card, pci, reinterpret_cast<const unsigned char *>(apdu.data()),
                                        static_cast<DWORD>(apdu.size()), nullptr, recv.data(), &recvLength);
    if (rv == SCARD_E_TIMEOUT) {
        SecureBuffer::wipe(recv.data(), recv.size());
        return fail(ErrorCode::CardTimeout,
                    tr("The card reader did not answer within %n second(s). Take the card out, put it back and read "
                       "it again; if this happens again, check the reader.",
                       nullptr, int((m_apduTimeout.count() + 999) / 1000)),
                    QStringLiteral("SCardTransmit: no answer within %1 ms").arg(m_apduTimeout.count()));
    }
    if (rv != SCARD_S_SUCCESS) {
        SecureBuffer::wipe(recv.data(), recv.size());
        qCDebug(lcCard) << "< SCardTransmit:" << PcscErrors::name(rv);
        if (rv == SCARD_W_RESET_CARD) {
            // Someone reset the card: keep the handle usable, but the card
            // lost its selection, so this read cannot go on.
            if (const long again = reconnectAfterReset(); again != SCARD_S_SUCCESS)
                return sessionFailure(again, "SCardReconnect");
        }
        return sessionFailure(rv, "SCardTransmit");
    }
    if (recvLength == 0) {
        // Not even a status word: the reader lost the card mid-exchange (seen
        // with vpcd when the card goes away between command and answer).
        qCDebug(lcCard) << "< empty response";
        return fail(ErrorCode::CardRemoved,
                    PcscErrors::tr("The reader lost contact with the card. Insert it again and repeat the read."),
                    QStringLiteral("SCardTransmit: empty response"));
    }
    QByteArray response(reinterpret_cast<const char *>(recv.data()), static_cast<qsizetype>(recvLength));
    SecureBuffer::wipe(recv.data(), recv.size());
    qCDebug(lcCard).noquote() << "<" << ApduLog::response(response);
    return response;
}

Status PcscTransport::beginTransaction()
{
    if (!m_connected)
        return fail(ErrorCode::NoCard, tr("There is no card connection."), QStringLiteral("beginTransaction: not connected"));
    LONG rv = SCardBeginTransaction(m_card);
    if (rv == SCARD_W_RESET_CARD) {
        rv = reconnectAfterReset();
        if (rv == SCARD_S_SUCCESS)
            rv = SCardBeginTransaction(m_card);
    }
    if (rv != SCARD_S_SUCCESS)
        return sessionFailure(rv, "SCardBeginTransaction");
    return {};
}

Status PcscTransport::endTransaction(Disposition disposition)
{
    if (!m_connected)
        return {};
    const LONG rv = SCardEndTransaction(m_card, dispositionCode(disposition));
    if (rv != SCARD_S_SUCCESS) {
        qCDebug(lcCard) << "SCardEndTransaction:" << PcscErrors::name(rv);
        return sessionFailure(rv, "SCardEndTransaction");
    }
    return {};
}

Status PcscTransport::disconnect(Disposition disposition)
{
    if (!m_connected)
        return {};
    const LONG rv = SCardDisconnect(m_card, dispositionCode(disposition));
    m_connected = false;
    m_card = 0;
    m_atr.clear();
    qCDebug(lcCard) << "disconnected"
                    << (disposition == Disposition::Unpower ? "unpower" : disposition == Disposition::Reset ? "reset" : "leave")
                    << PcscErrors::name(rv);
    if (rv != SCARD_S_SUCCESS) {
        if (PcscErrors::needsNewContext(rv))
            dropContext();
        return std::unexpected(PcscErrors::toError(rv, PcscErrors::Stage::Session, "SCardDisconnect"));
    }
    return {};
}

Result<QList<ReaderState>> PcscTransport::waitForChange(const QList<ReaderState> &known,
                                                        std::chrono::milliseconds timeout)
{
    auto names = listReaderNames();
    if (!names)
        return std::unexpected(names.error());

    QStringList knownNames;
    for (const ReaderState &r : known)
        knownNames.append(r.name);
    if (*names != knownNames)
        return snapshot(*names);

    // Wait on every known reader and on the PnP pseudo reader (readers added
    // or removed). pcsc-lite keeps the reader count in the upper 16 bits of
    // the pseudo reader's state.
    QList<QByteArray> utf8;
    for (const QString &n : std::as_const(*names))
        utf8.append(n.toUtf8());
    std::vector<SCARD_READERSTATE> states(static_cast<size_t>(known.size()) + 1);
    for (qsizetype i = 0; i < known.size(); ++i) {
        auto &s = states[static_cast<size_t>(i)];
        s = SCARD_READERSTATE{};
        s.szReader = utf8.at(i).constData();
        s.dwCurrentState = known.at(i).rawState;
    }
    auto &pnp = states.back();
    pnp = SCARD_READERSTATE{};
    pnp.szReader = kPnpReader;
    pnp.dwCurrentState = static_cast<DWORD>(names->size()) << 16;

    const DWORD wait = timeout.count() < 0 ? INFINITE : static_cast<DWORD>(timeout.count());
    const LONG rv = SCardGetStatusChange(context(), wait, states.data(), static_cast<DWORD>(states.size()));
    if (rv == SCARD_E_TIMEOUT)
        return known;
    if (rv == SCARD_E_CANCELLED)
        return std::unexpected(PcscErrors::toError(rv, PcscErrors::Stage::Wait, "SCardGetStatusChange"));
    if (rv != SCARD_S_SUCCESS) {
        qCDebug(lcCard) << "SCardGetStatusChange:" << PcscErrors::name(rv);
        if (PcscErrors::needsNewContext(rv))
            dropContext();
        return std::unexpected(PcscErrors::toError(rv, PcscErrors::Stage::Wait, "SCardGetStatusChange"));
    }
    // Something changed: report the whole current picture.
    auto now = listReaderNames();
    if (!now)
        return std::unexpected(now.error());
    return snapshot(*now);
}

void PcscTransport::cancelWait()
{
    QMutexLocker lock(&m_contextMutex);
    if (m_hasContext)
        (void)SCardCancel(m_context);
}

} // namespace kakanai
