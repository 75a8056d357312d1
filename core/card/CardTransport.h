#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <chrono>

namespace kakanai {

// One reader as the resource manager sees it.
struct ReaderState {
    QString name;
    bool cardPresent = false;
    bool inUse = false;        // another connection holds the card
    QByteArray atr;            // empty when no card
    int eventCount = 0;        // card insert/remove counter (pcsc-lite); 0 when unknown
    quint32 rawState = 0;      // transport-specific; pass it back to waitForChange()

    bool operator==(const ReaderState &o) const
    {
        return name == o.name && cardPresent == o.cardPresent && inUse == o.inUse && atr == o.atr
            && eventCount == o.eventCount;
    }
};

// The card connection: PC/SC in the application (PcscTransport), scripted
// answers in unit tests (FakeCardTransport). One object holds at most one
// card connection. Not thread-safe, except cancelWait(), which may be called
// from any thread while another thread is inside waitForChange().
class CardTransport {
public:
    enum class Share { Exclusive, Shared };
    // What happens to the card when a connection or transaction ends.
    enum class Disposition { Leave, Reset, Unpower };

    virtual ~CardTransport() = default;

    // Every reader the resource manager knows, with its card state. An empty
    // list (not an error) when there is no reader.
    virtual Result<QList<ReaderState>> readers() = 0;

    virtual Status connect(const QString &reader, Share share) = 0;
    virtual bool isConnected() const = 0;
    // The ATR of the connected card.
    virtual QByteArray atr() const = 0;
    // One command APDU (short form) → response data + SW1 SW2.
    virtual Result<QByteArray> transmit(QByteArrayView apdu) = 0;
    virtual Status beginTransaction() = 0;
    virtual Status endTransaction(Disposition disposition) = 0;
    // Ends the connection. Does nothing when not connected.
    virtual Status disconnect(Disposition disposition) = 0;

    // Blocks until the reader list or a card state differs from `known`
    // (pass what the last call returned; an empty list returns at once with
    // the current state), the timeout passes (returns the current state), or
    // cancelWait() is called (Cancelled).
    virtual Result<QList<ReaderState>> waitForChange(const QList<ReaderState> &known,
                                                     std::chrono::milliseconds timeout) = 0;
    virtual void cancelWait() = 0;

    static constexpr std::chrono::milliseconds kInfinite{-1};
};

} // namespace kakanai
