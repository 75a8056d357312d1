#pragma once

#include <QString>
#include <QThread>

namespace kakanai::test {

// A TCP forwarder between the office store and the test PostgreSQL that can
// cut the network on demand, for tst_office_faults. It listens on
// 127.0.0.1:<a free port> and forwards each connection to the server.
//
// It runs in a thread of its own: the store's QPSQL calls block the test's
// thread, and a proxy on that thread would then forward nothing.
//
// Modes:
//  - Pass: forwards both ways.
//  - Blackhole: a silent cut. Sockets stay open and connections are still
//    accepted, but no byte is forwarded; what arrives waits in the proxy and
//    goes on when it is back in Pass (as TCP delivers after a short outage).
//    Nothing tells either side: only a timeout or a heartbeat finds it.
//  - Reset: every forwarded connection is reset (RST) and the port refuses
//    new ones, as when a router or the server's host is gone.
class TcpFaultProxy {
public:
    enum class Mode { Pass, Blackhole, Reset };

    TcpFaultProxy(QString targetHost, quint16 targetPort);
    ~TcpFaultProxy();
    TcpFaultProxy(const TcpFaultProxy &) = delete;
    TcpFaultProxy &operator=(const TcpFaultProxy &) = delete;

    // Starts the thread and listens; false with the reason.
    bool start(QString *error);
    quint16 port() const { return m_port; }

    // In force when it returns.
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Client connections currently open through the proxy.
    int openConnections() const;
    // Connections accepted since start.
    int acceptedConnections() const;

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
    Mode m_mode = Mode::Pass;
};

} // namespace kakanai::test
