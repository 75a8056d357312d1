#pragma once

#include "card/CardHolder.h"
#include "card/CardTransport.h"
#include "card/MyNumberCard.h"
#include "common/Error.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace kakanai {

// Runs card operations off the GUI thread, one at a time, and reports back on
// the thread it lives on. Owns the transport used for reads (the reader
// monitor has its own). The PIN or 照合番号B handed in is wiped as soon as the
// operation ends.
//
// It also holds the facts of the last successful read (the current card
// holder) until they are taken, cleared or replaced by the next read: the
// card panel shows them and the intake session copies them into the visit.
class CardSession : public QObject {
    Q_OBJECT
public:
    explicit CardSession(std::unique_ptr<CardTransport> transport, QObject *parent = nullptr);
    ~CardSession() override;

    bool isBusy() const { return m_thread != nullptr; }

    // Each returns false (and does nothing) while another operation runs.
    bool queryTries(const QString &reader, MyNumberCard::Key key = MyNumberCard::Key::Pin);
    bool read(const QString &reader, SecureBuffer pin, MyNumberCard::ReadOptions options);
    bool readWithMatchingCodeB(const QString &reader, SecureBuffer code);

    // The facts of the last successful read; null when none (or taken).
    const CardHolder *holder() const { return m_holder ? &*m_holder : nullptr; }
    // Moves the facts out (parking a visit); holderChanged() follows.
    std::optional<CardHolder> takeHolder();
    // Puts parked or restored facts back; holderChanged() follows.
    void restoreHolder(CardHolder holder);
    // Forgets the facts (next citizen); holderChanged() follows when there were any.
    void clearHolder();
    // Valid after triesFinished / readFinished with ok == false.
    const std::optional<Error> &lastError() const { return m_error; }
    int lastTriesLeft() const { return m_tries; }
    // Whether the last read used 照合番号B instead of the PIN (for the audit log).
    bool lastReadUsedMatchingCodeB() const { return m_lastReadCodeB; }

    // Waits for a running operation (shutdown).
    void waitForIdle();

signals:
    void busyChanged(bool busy);
    void triesFinished(bool ok);
    void readFinished(bool ok);
    // holder() changed: a read succeeded, or the facts were taken, restored or cleared.
    void holderChanged();

private:
    bool startJob(std::function<void()> job, std::function<void()> done);
    // A read job: `readCard` runs on the worker with the secret, which is wiped after it.
    bool startRead(SecureBuffer secret, std::function<Result<CardHolder>(const SecureBuffer &)> readCard);

    std::unique_ptr<CardTransport> m_transport;
    MyNumberCard m_card;
    QThread *m_thread = nullptr;
    std::optional<CardHolder> m_holder;
    std::optional<CardHolder> m_readResult; // written by the worker, moved to m_holder on this thread
    std::optional<Error> m_error;
    int m_tries = -1;
    bool m_lastReadCodeB = false;
};

} // namespace kakanai
