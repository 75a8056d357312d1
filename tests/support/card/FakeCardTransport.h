#pragma once

#include "card/CardTransport.h"

#include <QMutex>
#include <QStringList>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <optional>

namespace kakanai {

// A CardTransport with scripted answers, for unit tests of the card protocol
// and of the screens that use it. Two ways to answer APDUs:
//  - expect(command, response): a strict script; an APDU that differs from
//    the next expected one fails the test (see mismatches()) and gets an
//    Internal error;
//  - setResponder(fn): a function that plays the card.
// Every call is recorded in calls() ("connect READER exclusive", "begin",
// "transmit 00A4040C…", "end unpower", "disconnect unpower").
// The reader picture (setReaders, setServiceAvailable, waitForChange,
// cancelWait) is thread-safe, so a ReaderMonitor can run on it; the rest is
// for one thread.
class FakeCardTransport : public CardTransport {
public:
    using Responder = std::function<Result<QByteArray>(const QByteArray &apdu)>;

    FakeCardTransport();
    ~FakeCardTransport() override;

    // Script.
    // Wakes a waitForChange() that waits on another thread.
    void setReaders(QList<ReaderState> readers);
    // false: readers() and waitForChange() fail with ReaderServiceStopped.
    void setServiceAvailable(bool available);
    int waitCount() const;
    void expect(const QByteArray &command, const QByteArray &response);
    void expectFailure(const QByteArray &command, Error error);
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    // Fail the next connect() / beginTransaction().
    void failNextConnect(Error error) { m_connectFailure = std::move(error); }
    void failNextBegin(Error error) { m_beginFailure = std::move(error); }
    // After `count` more transmits, every transmit fails with `error`
    // (the card was pulled out, the service stopped …). count 0 = the next one.
    void failTransmitsAfter(int count, Error error);

    // What happened.
    const QStringList &calls() const { return m_calls; }
    const QList<QByteArray> &sentApdus() const { return m_sent; }
    const QStringList &mismatches() const { return m_mismatches; }
    bool allExpectationsMet() const { return m_script.empty() && m_mismatches.isEmpty(); }
    std::optional<Disposition> lastDisconnect() const { return m_lastDisconnect; }
    int transactionDepth() const { return m_transactions; }

    // CardTransport
    Result<QList<ReaderState>> readers() override;
    Status connect(const QString &reader, Share share) override;
    bool isConnected() const override { return m_connected; }
    QByteArray atr() const override { return m_atr; }
    void setAtr(const QByteArray &atr) { m_atr = atr; }
    Result<QByteArray> transmit(QByteArrayView apdu) override;
    Status beginTransaction() override;
    Status endTransaction(Disposition disposition) override;
    Status disconnect(Disposition disposition) override;
    Result<QList<ReaderState>> waitForChange(const QList<ReaderState> &known,
                                             std::chrono::milliseconds timeout) override;
    void cancelWait() override;

    static QByteArray hex(const char *spaced); // "00 A4 04 0C" → bytes
    static QString dispositionName(Disposition d);

private:
    struct Step {
        QByteArray command;
        Result<QByteArray> response;
    };

    mutable QMutex m_readerMutex;
    QWaitCondition m_readerChanged;
    QList<ReaderState> m_readers;
    bool m_serviceAvailable = true;
    bool m_cancelled = false;
    int m_waits = 0;
    std::deque<Step> m_script;
    Responder m_responder;
    std::optional<Error> m_connectFailure;
    std::optional<Error> m_beginFailure;
    int m_failAfter = -1;
    std::optional<Error> m_transmitFailure;

    QStringList m_calls;
    QList<QByteArray> m_sent;
    QStringList m_mismatches;
    std::optional<Disposition> m_lastDisconnect;
    bool m_connected = false;
    int m_transactions = 0;
    QByteArray m_atr;
};

} // namespace kakanai
