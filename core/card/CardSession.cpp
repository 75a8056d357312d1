#include "CardSession.h"

#include <QCoreApplication>
#include <QThread>

namespace kakanai {

CardSession::CardSession(std::unique_ptr<CardTransport> transport, QObject *parent)
    : QObject(parent), m_transport(std::move(transport)), m_card(*m_transport)
{
}

CardSession::~CardSession()
{
    waitForIdle();
}

void CardSession::waitForIdle()
{
    if (m_thread) {
        m_thread->wait();
        // finished() is queued to us; deliver it now so state is consistent.
        QCoreApplication::sendPostedEvents(this);
    }
}

bool CardSession::startJob(std::function<void()> job, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_error.reset();
    m_readResult.reset();
    m_thread = QThread::create(std::move(job));
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit busyChanged(false);
        done();
    });
    emit busyChanged(true);
    m_thread->start();
    return true;
}

bool CardSession::queryTries(const QString &reader, MyNumberCard::Key key)
{
    return startJob(
        [this, reader, key] {
            auto tries = m_card.triesLeft(reader, key);
            if (tries) {
                m_tries = *tries;
            } else {
                m_tries = -1;
                m_error = tries.error();
            }
        },
        [this] { emit triesFinished(!m_error.has_value()); });
}

bool CardSession::read(const QString &reader, SecureBuffer pin, MyNumberCard::ReadOptions options)
{
    if (m_thread)
        return false;
    m_lastReadCodeB = false;
    return startRead(std::move(pin), [this, reader, options](const SecureBuffer &secret) {
        return m_card.read(reader, secret, options);
    });
}

bool CardSession::readWithMatchingCodeB(const QString &reader, SecureBuffer code)
{
    if (m_thread)
        return false;
    m_lastReadCodeB = true;
    return startRead(std::move(code), [this, reader](const SecureBuffer &secret) {
        return m_card.readWithMatchingCodeB(reader, secret);
    });
}

bool CardSession::startRead(SecureBuffer secret, std::function<Result<CardHolder>(const SecureBuffer &)> readCard)
{
    // The PIN or code moves into the job and is wiped as soon as the read is over.
    auto held = std::make_shared<SecureBuffer>(std::move(secret));
    return startJob(
        [this, held, readCard = std::move(readCard)] {
            auto result = readCard(*held);
            held->clear();
            if (result)
                m_readResult = std::move(*result);
            else
                m_error = result.error();
        },
        [this] {
            if (m_readResult) {
                m_holder = std::move(m_readResult);
                m_readResult.reset();
                emit holderChanged();
            }
            emit readFinished(!m_error.has_value());
        });
}

std::optional<CardHolder> CardSession::takeHolder()
{
    std::optional<CardHolder> out = std::move(m_holder);
    m_holder.reset();
    if (out)
        emit holderChanged();
    return out;
}

void CardSession::restoreHolder(CardHolder holder)
{
    m_holder = std::move(holder);
    emit holderChanged();
}

void CardSession::clearHolder()
{
    if (!m_holder)
        return;
    m_holder.reset();
    emit holderChanged();
}

} // namespace kakanai
