#include "VpcdConnection.h"

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

namespace kakanai::vcard {

namespace {

volatile std::sig_atomic_t g_stop = 0;
sigset_t g_waitMask; // the mask ppoll() waits with: stop signals unblocked

extern "C" void onStopSignal(int)
{
    g_stop = 1;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

timespec toTimespec(int ms)
{
    timespec ts{};
    ts.tv_sec = ms / 1000;
    ts.tv_nsec = static_cast<long>(ms % 1000) * 1000000L;
    return ts;
}

} // namespace

VpcdConnection::~VpcdConnection()
{
    close();
}

void VpcdConnection::installStopSignals()
{
    struct sigaction sa{};
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; // no SA_RESTART: waits return EINTR
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);

    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigset_t old;
    pthread_sigmask(SIG_BLOCK, &block, &old);
    g_waitMask = old;
    sigdelset(&g_waitMask, SIGINT);
    sigdelset(&g_waitMask, SIGTERM);
}

bool VpcdConnection::stopRequested()
{
    return g_stop != 0;
}

bool VpcdConnection::sleepMs(int ms)
{
    using clock = std::chrono::steady_clock;
    const auto deadline = clock::now() + std::chrono::milliseconds(ms);
    while (!g_stop) {
        const auto left = std::chrono::duration_cast<std::chrono::nanoseconds>(deadline - clock::now()).count();
        if (left <= 0)
            return true;
        timespec ts{};
        ts.tv_sec = static_cast<time_t>(left / 1000000000LL);
        ts.tv_nsec = static_cast<long>(left % 1000000000LL);
        ppoll(nullptr, 0, &ts, &g_waitMask);
    }
    return false;
}

void VpcdConnection::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

VpcdConnection::Status VpcdConnection::waitFor(short events, int timeoutMs, QString *error)
{
    for (;;) {
        if (g_stop)
            return Status::Stopped;
        pollfd pfd{m_fd, events, 0};
        timespec ts{};
        if (timeoutMs >= 0)
            ts = toTimespec(timeoutMs);
        const int r = ppoll(&pfd, 1, timeoutMs >= 0 ? &ts : nullptr, &g_waitMask);
        if (r < 0) {
            if (errno == EINTR)
                continue; // the loop head checks the stop flag
            *error = QStringLiteral("poll: %1").arg(errnoText(errno));
            return Status::Error;
        }
        if (r == 0)
            return Status::Timeout;
        return Status::Ok; // readable/writable, or an error/hangup that the next call reports
    }
}

VpcdConnection::Status VpcdConnection::connectWithRetry(const QString &host, quint16 port, int timeoutMs,
                                                        QString *error,
                                                        const std::function<void(const QString &)> &firstRefusal)
{
    bool told = false;
    using clock = std::chrono::steady_clock;
    close();
    const auto deadline = clock::now() + std::chrono::milliseconds(timeoutMs);
    const QByteArray hostBytes = host.toLocal8Bit();
    const QByteArray portBytes = QByteArray::number(port);
    QString lastError = QStringLiteral("no attempt made");

    for (;;) {
        if (g_stop)
            return Status::Stopped;

        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *list = nullptr;
        const int gai = getaddrinfo(hostBytes.constData(), portBytes.constData(), &hints, &list);
        if (gai != 0) {
            lastError = QStringLiteral("cannot resolve %1: %2").arg(host, QString::fromLocal8Bit(gai_strerror(gai)));
        } else {
            for (addrinfo *ai = list; ai && m_fd < 0; ai = ai->ai_next) {
                const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
                if (fd < 0) {
                    lastError = QStringLiteral("socket: %1").arg(errnoText(errno));
                    continue;
                }
                int rc = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
                if (rc < 0 && errno == EINPROGRESS) {
                    m_fd = fd;
                    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now()).count();
                    QString waitError;
                    const Status s = waitFor(POLLOUT, static_cast<int>(std::max<long long>(left, 1)), &waitError);
                    m_fd = -1;
                    if (s == Status::Stopped) {
                        ::close(fd);
                        freeaddrinfo(list);
                        return s;
                    }
                    if (s != Status::Ok) {
                        ::close(fd);
                        lastError = s == Status::Timeout ? QStringLiteral("connect timed out") : waitError;
                        continue;
                    }
                    int soError = 0;
                    socklen_t len = sizeof soError;
                    getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len);
                    rc = soError == 0 ? 0 : -1;
                    errno = soError;
                }
                if (rc < 0) {
                    lastError = errnoText(errno);
                    ::close(fd);
                    continue;
                }
                const int one = 1;
                setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                m_fd = fd;
            }
            freeaddrinfo(list);
        }
        if (m_fd >= 0)
            return Status::Ok;

        if (clock::now() >= deadline) {
            *error = QStringLiteral("could not connect to %1:%2 within %3 ms (%4); is pcscd running with the vpcd "
                                    "reader on that port?")
                         .arg(host)
                         .arg(port)
                         .arg(timeoutMs)
                         .arg(lastError);
            return Status::Timeout;
        }
        if (!told && firstRefusal) {
            told = true;
            firstRefusal(lastError);
        }
        if (!sleepMs(100))
            return Status::Stopped;
    }
}

VpcdConnection::Status VpcdConnection::readExact(char *buffer, int length, QString *error)
{
    int got = 0;
    while (got < length) {
        if (m_quickAck) {
            // Delayed ACKs cost ~40 ms per APDU against vpcd's two writes per
            // frame; TCP_QUICKACK is not sticky, so set it before every recv().
            const int one = 1;
            setsockopt(m_fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
        }
        const ssize_t n = ::recv(m_fd, buffer + got, static_cast<size_t>(length - got), 0);
        if (n > 0) {
            got += static_cast<int>(n);
            continue;
        }
        if (n == 0)
            return Status::Eof;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            const Status s = waitFor(POLLIN, -1, error);
            if (s != Status::Ok)
                return s;
            continue;
        }
        if (errno == ECONNRESET)
            return Status::Eof;
        *error = QStringLiteral("recv: %1").arg(errnoText(errno));
        return Status::Error;
    }
    return Status::Ok;
}

VpcdConnection::Status VpcdConnection::readFrame(QByteArray *payload, QString *error)
{
    if (m_fd < 0) {
        *error = QStringLiteral("not connected");
        return Status::Error;
    }
    unsigned char header[2];
    Status s = readExact(reinterpret_cast<char *>(header), 2, error);
    if (s != Status::Ok)
        return s;
    const int length = (header[0] << 8) | header[1];
    payload->resize(length);
    if (length == 0)
        return Status::Ok;
    return readExact(payload->data(), length, error);
}

VpcdConnection::Status VpcdConnection::writeFrame(const QByteArray &payload, QString *error)
{
    if (m_fd < 0) {
        *error = QStringLiteral("not connected");
        return Status::Error;
    }
    if (payload.size() > 0xFFFF) {
        *error = QStringLiteral("frame too long (%1 bytes)").arg(payload.size());
        return Status::Error;
    }
    QByteArray frame;
    frame.reserve(payload.size() + 2);
    frame.append(static_cast<char>((payload.size() >> 8) & 0xFF));
    frame.append(static_cast<char>(payload.size() & 0xFF));
    frame.append(payload);

    qsizetype sent = 0;
    while (sent < frame.size()) {
        const ssize_t n = ::send(m_fd, frame.constData() + sent, static_cast<size_t>(frame.size() - sent), MSG_NOSIGNAL);
        if (n >= 0) {
            sent += n;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            const Status s = waitFor(POLLOUT, -1, error);
            if (s != Status::Ok)
                return s;
            continue;
        }
        if (errno == EPIPE || errno == ECONNRESET)
            return Status::Eof;
        *error = QStringLiteral("send: %1").arg(errnoText(errno));
        return Status::Error;
    }
    return Status::Ok;
}

} // namespace kakanai::vcard
