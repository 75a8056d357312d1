#include "HttpConnection.h"

#include "SimLogging.h"

#include <QTcpSocket>

#include <sys/socket.h>

#include <atomic>

namespace kakanai::backofficesim {

namespace {

std::atomic<quint64> g_nextId{1};

// How much of the socket Qt buffers for us: beyond it the kernel holds the
// bytes and TCP pushes back on the client.
constexpr qint64 kReadBufferBytes = 64 * 1024;
// After an answer with "Connection: close" the write side is shut down and
// input is read and discarded this long, so the client can read the answer
// before the socket goes (closing with unread input would send a reset).
constexpr int kLingerMs = 2000;

QString errorCode(int status)
{
    switch (status) {
    case 408: return QStringLiteral("request-timeout");
    case 413: return QStringLiteral("too-large");
    case 417: return QStringLiteral("expectation-failed");
    case 431: return QStringLiteral("header-too-large");
    case 501: return QStringLiteral("not-implemented");
    case 505: return QStringLiteral("http-version-not-supported");
    default: return QStringLiteral("bad-request");
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpRequestParser::Limits &limits, int idleTimeoutMs,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(limits)
    , m_id(g_nextId++)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::onIdleTimeout);
    m_idleTimer.start();

    m_lingerTimer.setSingleShot(true);
    m_lingerTimer.setInterval(kLingerMs);
    connect(&m_lingerTimer, &QTimer::timeout, this, &HttpConnection::finish);

    qCDebug(lcBackofficeSim) << "connection" << m_id << "opened from" << m_socket->peerAddress().toString();
    // Bytes may have arrived before we connected to readyRead.
    QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    qCDebug(lcBackofficeSim) << "connection" << m_id << "closed";
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Hung || m_state == State::Closing) {
        m_socket->readAll(); // discarded
        return;
    }
    if (m_state != State::Reading)
        return; // stays in the socket until the current request is answered
    m_parser.append(m_socket->readAll());
    processBuffered(); // also parses what was buffered while the last request was answered
}

void HttpConnection::processBuffered()
{
    while (m_state == State::Reading) {
        switch (m_parser.advance()) {
        case HttpRequestParser::State::NeedMore:
            // Qt stops reading at kReadBufferBytes: fetch what waits there.
            if (m_socket->bytesAvailable() > 0) {
                m_parser.append(m_socket->readAll());
                continue;
            }
            return;
        case HttpRequestParser::State::HeadComplete:
            if (m_parser.request().expectContinue && m_parser.request().contentLength > 0)
                m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            continue;
        case HttpRequestParser::State::MessageComplete: {
            m_state = State::Busy;
            m_idleTimer.stop();
            const HttpRequest request = m_parser.takeRequest();
            Q_EMIT requestReceived(this, request);
            return;
        }
        case HttpRequestParser::State::Error: {
            const int status = m_parser.errorStatus();
            qCInfo(lcBackofficeSim).noquote() << QStringLiteral("connection %1: malformed request -> %2 (%3)")
                                                     .arg(m_id)
                                                     .arg(status)
                                                     .arg(m_parser.errorMessage());
            sendAndClose(HttpResponse::error(status, errorCode(status), m_parser.errorMessage()).serialize(false));
            return;
        }
        }
    }
}

void HttpConnection::respond(const HttpResponse &response, bool keepAlive)
{
    if (m_state != State::Busy)
        return;
    if (!keepAlive) {
        sendAndClose(response.serialize(false));
        return;
    }
    m_socket->write(response.serialize(true));
    m_state = State::Reading;
    m_idleTimer.start();
    // The next request may already be buffered (pipelining); parse it from the event loop.
    QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::respondLater(int delayMs, const HttpResponse &response, bool keepAlive)
{
    if (m_state != State::Busy)
        return;
    // `this` as context: the answer is cancelled if the client goes first.
    QTimer::singleShot(delayMs, this, [this, response, keepAlive] { respond(response, keepAlive); });
}

void HttpConnection::drop()
{
    m_idleTimer.stop();
    m_state = State::Closing;
    m_socket->abort();
    finish();
}

void HttpConnection::hang()
{
    m_idleTimer.stop();
    m_state = State::Hung;
    m_socket->readAll();
}

void HttpConnection::onIdleTimeout()
{
    if (m_state != State::Reading)
        return;
    if (m_parser.isIdle()) {
        qCDebug(lcBackofficeSim) << "connection" << m_id << "idle: closed";
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        m_lingerTimer.start();
        return;
    }
    qCInfo(lcBackofficeSim) << "connection" << m_id << "request incomplete after"
                            << m_idleTimer.interval() << "ms -> 408";
    sendAndClose(HttpResponse::error(408, errorCode(408), QStringLiteral("the request did not arrive in time"))
                     .serialize(false));
}

void HttpConnection::sendAndClose(const QByteArray &bytes)
{
    m_idleTimer.stop();
    m_state = State::Closing;
    m_socket->write(bytes);
    m_lingerTimer.start();
    onBytesWritten();
}

void HttpConnection::onBytesWritten()
{
    if (m_state != State::Closing || m_shutdownSent || m_socket->bytesToWrite() > 0)
        return;
    // Everything is with the kernel: send FIN after it, keep reading until the client closes.
    m_shutdownSent = true;
    if (m_socket->socketDescriptor() >= 0)
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    m_socket->readAll();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_idleTimer.stop();
    m_lingerTimer.stop();
    m_state = State::Closing;
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    deleteLater();
}

} // namespace kakanai::backofficesim
