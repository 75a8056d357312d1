#include "FakeCardTransport.h"

namespace kakanai {

FakeCardTransport::FakeCardTransport()
    : m_atr(hex("3B E0 00 FF 81 31 FE 45 14"))
{
}

FakeCardTransport::~FakeCardTransport() = default;

QByteArray FakeCardTransport::hex(const char *spaced)
{
    return QByteArray::fromHex(QByteArray(spaced).replace(' ', QByteArray()));
}

QString FakeCardTransport::dispositionName(Disposition d)
{
    switch (d) {
    case Disposition::Leave: return QStringLiteral("leave");
    case Disposition::Reset: return QStringLiteral("reset");
    case Disposition::Unpower: return QStringLiteral("unpower");
    }
    return QString();
}

void FakeCardTransport::expect(const QByteArray &command, const QByteArray &response)
{
    m_script.push_back(Step{command, response});
}

void FakeCardTransport::expectFailure(const QByteArray &command, Error error)
{
    m_script.push_back(Step{command, std::unexpected(std::move(error))});
}

void FakeCardTransport::failTransmitsAfter(int count, Error error)
{
    m_failAfter = count;
    m_transmitFailure = std::move(error);
}

void FakeCardTransport::setReaders(QList<ReaderState> readers)
{
    QMutexLocker lock(&m_readerMutex);
    m_readers = std::move(readers);
    m_readerChanged.wakeAll();
}

void FakeCardTransport::setServiceAvailable(bool available)
{
    QMutexLocker lock(&m_readerMutex);
    m_serviceAvailable = available;
    m_readerChanged.wakeAll();
}

int FakeCardTransport::waitCount() const
{
    QMutexLocker lock(&m_readerMutex);
    return m_waits;
}

void FakeCardTransport::cancelWait()
{
    QMutexLocker lock(&m_readerMutex);
    m_cancelled = true;
    m_readerChanged.wakeAll();
}

Result<QList<ReaderState>> FakeCardTransport::readers()
{
    m_calls.append(QStringLiteral("readers"));
    QMutexLocker lock(&m_readerMutex);
    if (!m_serviceAvailable)
        return fail(ErrorCode::ReaderServiceStopped, QStringLiteral("fake: service stopped"));
    return m_readers;
}

Status FakeCardTransport::connect(const QString &reader, Share share)
{
    m_calls.append(QStringLiteral("connect %1 %2").arg(reader, share == Share::Exclusive ? QStringLiteral("exclusive")
                                                                                          : QStringLiteral("shared")));
    if (m_connectFailure) {
        Error e = *std::move(m_connectFailure);
        m_connectFailure.reset();
        return std::unexpected(e);
    }
    m_connected = true;
    return {};
}

Result<QByteArray> FakeCardTransport::transmit(QByteArrayView apdu)
{
    const QByteArray command = apdu.toByteArray();
    m_calls.append(QStringLiteral("transmit %1").arg(QString::fromLatin1(command.toHex().toUpper())));
    m_sent.append(command);
    if (!m_connected)
        return fail(ErrorCode::NoCard, QStringLiteral("fake: not connected"));
    if (m_transmitFailure) {
        if (m_failAfter <= 0)
            return std::unexpected(*m_transmitFailure);
        --m_failAfter;
    }
    if (m_responder)
        return m_responder(command);
    if (m_script.empty()) {
        m_mismatches.append(QStringLiteral("unexpected extra APDU %1").arg(QString::fromLatin1(command.toHex(' '))));
        return fail(ErrorCode::Internal, QStringLiteral("fake: no answer scripted"));
    }
    Step step = std::move(m_script.front());
    m_script.pop_front();
    if (step.command != command) {
        m_mismatches.append(QStringLiteral("expected %1, got %2")
                                .arg(QString::fromLatin1(step.command.toHex(' ')), QString::fromLatin1(command.toHex(' '))));
        return fail(ErrorCode::Internal, QStringLiteral("fake: APDU differs from the script"));
    }
    return step.response;
}

Status FakeCardTransport::beginTransaction()
{
    m_calls.append(QStringLiteral("begin"));
    if (m_beginFailure) {
        Error e = *std::move(m_beginFailure);
        m_beginFailure.reset();
        return std::unexpected(e);
    }
    ++m_transactions;
    return {};
}

Status FakeCardTransport::endTransaction(Disposition disposition)
{
    m_calls.append(QStringLiteral("end %1").arg(dispositionName(disposition)));
    if (m_transactions > 0)
        --m_transactions;
    return {};
}

Status FakeCardTransport::disconnect(Disposition disposition)
{
    if (!m_connected)
        return {};
    m_calls.append(QStringLiteral("disconnect %1").arg(dispositionName(disposition)));
    m_connected = false;
    m_lastDisconnect = disposition;
    return {};
}

Result<QList<ReaderState>> FakeCardTransport::waitForChange(const QList<ReaderState> &known,
                                                             std::chrono::milliseconds timeout)
{
    QMutexLocker lock(&m_readerMutex);
    ++m_waits;
    QDeadlineTimer deadline = timeout.count() < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeout);
    for (;;) {
        if (m_cancelled) {
            m_cancelled = false;
            return fail(ErrorCode::Cancelled, QStringLiteral("fake: cancelled"));
        }
        if (!m_serviceAvailable)
            return fail(ErrorCode::ReaderServiceStopped, QStringLiteral("fake: service stopped"));
        if (m_readers != known)
            return m_readers;
        if (!m_readerChanged.wait(&m_readerMutex, deadline))
            return known;
    }
}

} // namespace kakanai
