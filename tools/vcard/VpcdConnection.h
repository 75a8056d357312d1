#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace kakanai::vcard {

// The card's side of the vpcd socket protocol: a TCP client of the reader's
// port. Both directions carry frames of a 2-byte big-endian length and the
// payload. POSIX sockets, non-blocking, waited on with ppoll() so that SIGINT
// and SIGTERM (blocked everywhere else, see installStopSignals()) interrupt
// every wait.
class VpcdConnection {
public:
    enum class Status {
        Ok,
        Eof,      // the peer closed the connection (pcscd stopped or reader gone)
        Stopped,  // SIGINT/SIGTERM arrived
        Timeout,  // connect retry deadline passed
        Error,    // other socket error; see the message
    };

    VpcdConnection() = default;
    ~VpcdConnection();
    VpcdConnection(const VpcdConnection &) = delete;
    VpcdConnection &operator=(const VpcdConnection &) = delete;

    // Blocks SIGINT and SIGTERM in the calling thread and installs a handler
    // that only sets a flag; the waits in this class unblock them atomically.
    // Call once, early in main(), before any thread exists.
    static void installStopSignals();
    static bool stopRequested();

    // TCP_QUICKACK before every recv() (default on). Off only to measure the
    // delayed-ACK cost.
    void setQuickAck(bool on) { m_quickAck = on; }

    // Connects to host:port, retrying every 100 ms while the port refuses,
    // until timeoutMs has passed. `firstRefusal`, when given, is called once,
    // with the reason, when the first attempt fails and retrying begins.
    Status connectWithRetry(const QString &host, quint16 port, int timeoutMs, QString *error,
                            const std::function<void(const QString &)> &firstRefusal = {});

    // One frame from vpcd. Handles short reads and EINTR.
    Status readFrame(QByteArray *payload, QString *error);
    // One frame to vpcd (payload ≤ 65535 bytes), sent in one buffer.
    Status writeFrame(const QByteArray &payload, QString *error);

    // Sleeps, returning false early if a stop signal arrives.
    static bool sleepMs(int ms);

    void close();
    bool isOpen() const { return m_fd >= 0; }

private:
    Status waitFor(short events, int timeoutMs, QString *error);
    Status readExact(char *buffer, int length, QString *error);

    int m_fd = -1;
    bool m_quickAck = true;
};

} // namespace kakanai::vcard
