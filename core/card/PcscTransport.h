#pragma once

#include "CardTransport.h"

#include <QCoreApplication>
#include <QMutex>

#include <chrono>
#include <memory>

namespace kakanai {

// CardTransport over pcsc-lite (PC/SC).
//  - The context is established on first use and again after the resource
//    manager went away (SCARD_E_NO_SERVICE / SCARD_E_SERVICE_STOPPED /
//    SCARD_E_INVALID_HANDLE): a restarted pcscd is picked up by the next call.
//  - SCARD_W_RESET_CARD: the handle is reconnected (SCardReconnect). When it
//    happens at beginTransaction() the transaction is retried once; in the
//    middle of an APDU exchange the caller gets CardBusy, because the card
//    lost its selection and must be read again.
//  - A card pulled out (SCARD_W_REMOVED_CARD, SCARD_E_NOT_TRANSACTED,
//    SCARD_E_NO_SMARTCARD) is CardRemoved.
//  - Each APDU waits at most apduTimeout() for the reader (SCardTransmit has
//    no timeout of its own: a slow or stuck reader was waited on without
//    limit). On timeout the caller gets CardTimeout at once; the call goes on
//    in its own thread, which then resets and releases the card (so a
//    verified PIN does not stay verified), and the connection counts as ended.
// Only APDU headers and status words are logged (kakanai.card, debug).
class PcscTransport : public CardTransport {
    Q_DECLARE_TR_FUNCTIONS(PcscTransport)
public:
    PcscTransport();
    ~PcscTransport() override; // an open connection is ended with Unpower

    PcscTransport(const PcscTransport &) = delete;
    PcscTransport &operator=(const PcscTransport &) = delete;

    Result<QList<ReaderState>> readers() override;
    Status connect(const QString &reader, Share share) override;
    bool isConnected() const override { return m_connected; }
    QByteArray atr() const override { return m_atr; }
    Result<QByteArray> transmit(QByteArrayView apdu) override;
    Status beginTransaction() override;
    Status endTransaction(Disposition disposition) override;
    Status disconnect(Disposition disposition) override;
    Result<QList<ReaderState>> waitForChange(const QList<ReaderState> &known,
                                             std::chrono::milliseconds timeout) override;
    void cancelWait() override;

    // The number of contexts established so far (tests: re-establishment).
    int contextGeneration() const;

    // 0 = no limit. Default 10 s (setting card/apduTimeoutMs).
    void setApduTimeout(std::chrono::milliseconds timeout) { m_apduTimeout = timeout; }
    std::chrono::milliseconds apduTimeout() const { return m_apduTimeout; }

private:
    Status ensureContext();
    void dropContext();
    long context() const;
    std::unexpected<Error> sessionFailure(long rv, const char *function);
    Result<QStringList> listReaderNames();
    Result<QList<ReaderState>> snapshot(const QStringList &names);
    long reconnectAfterReset();
    // SCardTransmit, waiting at most m_apduTimeout; rv SCARD_E_TIMEOUT when
    // the reader did not answer in time (the handle is then given up).
    long transmitWithTimeout(QByteArrayView apdu, unsigned char *recv, unsigned long *recvLength);

    struct ContextLease;
    mutable QMutex m_contextMutex; // guards m_context/m_hasContext for cancelWait()
    // The context is released when the last holder lets go: this transport,
    // or a timed-out SCardTransmit still running in its thread.
    std::shared_ptr<ContextLease> m_lease;
    long m_context = 0;            // SCARDCONTEXT
    bool m_hasContext = false;
    int m_generation = 0;

    long m_card = 0;               // SCARDHANDLE
    bool m_connected = false;
    unsigned long m_protocol = 0;  // SCARD_PROTOCOL_T0 / T1
    Share m_share = Share::Exclusive;
    QByteArray m_atr;
    std::chrono::milliseconds m_apduTimeout{10000};
};

} // namespace kakanai
