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

    // Valid after readFinished(true) until the next read; the receiver takes it.
    std::optional<CardHolder> takeHolder();
    // Valid after triesFinished / readFinished with ok == false.
    const std::optional<Error> &lastError() const { return m_error; }
    int lastTriesLeft() const { return m_tries; }

    // Waits for a running operation (shutdown).
    void waitForIdle();

signals:
    void busyChanged(bool busy);
    void triesFinished(bool ok);
    void readFinished(bool ok);

private:
    bool startJob(std::function<void()> job, std::function<void()> done);
    // A read job: `readCard` runs on the worker with the secret, which is wiped after it.
    bool startRead(SecureBuffer secret, std::function<Result<CardHolder>(const SecureBuffer &)> readCard);

    std::unique_ptr<CardTransport> m_transport;
    MyNumberCard m_card;
    QThread *m_thread = nullptr;
    std::optional<CardHolder> m_holder;
    std::optional<Error> m_error;
    int m_tries = -1;
};

} // namespace kakanai
