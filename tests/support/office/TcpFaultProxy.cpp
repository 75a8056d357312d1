#include "TcpFaultProxy.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <sys/socket.h>

#include <memory>
#include <vector>

namespace kakanai::test {

namespace {

// abort() alone may send a FIN; a zero linger makes close() send RST, the
// way a router that lost the connection's state answers.
void resetSocket(QTcpSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        const linger immediate{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &immediate, sizeof immediate);
    }
    socket->abort();
}

} // namespace

// Lives in the proxy's thread; every member is touched only there.
class TcpFaultProxy::Worker final : public QObject {
public:
    Worker(QString host, quint16 port) : m_targetHost(std::move(host)), m_targetPort(port) {}

    bool listen(QString *error)
    {
        if (!m_server) {
            m_server = std::make_unique<QTcpServer>();
            QObject::connect(m_server.get(), &QTcpServer::newConnection, this, [this] { accept(); });
        }
        if (!m_server->listen(QHostAddress::LocalHost, m_port)) {
            *error = m_server->errorString();
            return false;
        }
        m_port = m_server->serverPort();
        return true;
    }

    quint16 port() const { return m_port; }

    bool setMode(Mode mode, QString *error)
    {
        const Mode before = m_mode;
        m_mode = mode;
        if (mode == Mode::Reset) {
            m_server->close();
            for (auto &pair : m_pairs) {
                detach(*pair);
                resetSocket(pair->client);
                resetSocket(pair->upstream);
                pair->client->deleteLater();
                pair->upstream->deleteLater();
            }
            m_pairs.clear();
            return true;
        }
        if (before == Mode::Reset && !listen(error))
            return false;
        // Back in Pass: deliver what waited.
        const auto pairs = snapshot();
        for (Pair *pair : pairs)
            pump(pair);
        return true;
    }

    int openConnections() const { return int(m_pairs.size()); }
    int accepted() const { return m_accepted; }

    void shutdown()
    {
        for (auto &pair : m_pairs) {
            detach(*pair);
            delete pair->client;
            delete pair->upstream;
        }
        m_pairs.clear();
        m_server.reset();
    }

private:
    struct Pair {
        QTcpSocket *client = nullptr;
        QTcpSocket *upstream = nullptr;
        bool upstreamStarted = false;
    };

    std::vector<Pair *> snapshot() const
    {
        std::vector<Pair *> pairs;
        for (const auto &pair : m_pairs)
            pairs.push_back(pair.get());
        return pairs;
    }

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            ++m_accepted;
            client->setParent(nullptr);
            auto pair = std::make_unique<Pair>();
            pair->client = client;
            pair->upstream = new QTcpSocket();
            Pair *p = pair.get();
            m_pairs.push_back(std::move(pair));
            const auto pumpIt = [this, p] { pump(p); };
            QObject::connect(client, &QTcpSocket::readyRead, this, pumpIt);
            QObject::connect(client, &QTcpSocket::disconnected, this, pumpIt);
            QObject::connect(client, &QTcpSocket::errorOccurred, this, pumpIt);
            QObject::connect(p->upstream, &QTcpSocket::connected, this, pumpIt);
            QObject::connect(p->upstream, &QTcpSocket::readyRead, this, pumpIt);
            QObject::connect(p->upstream, &QTcpSocket::disconnected, this, pumpIt);
            QObject::connect(p->upstream, &QTcpSocket::errorOccurred, this, pumpIt);
            pump(p);
        }
    }

    static void forward(QTcpSocket *from, QTcpSocket *to)
    {
        if (from->bytesAvailable() > 0 && to->state() == QAbstractSocket::ConnectedState)
            to->write(from->readAll());
    }

    void pump(Pair *pair)
    {
        if (m_mode != Mode::Pass)
            return; // Blackhole: everything waits where it is
        if (!pair->upstreamStarted) {
            // Only now: in a blackhole not even the connection reaches the server.
            pair->upstreamStarted = true;
            pair->upstream->connectToHost(m_targetHost, m_targetPort);
            return;
        }
        forward(pair->client, pair->upstream);
        forward(pair->upstream, pair->client);
        const auto gone = [](QTcpSocket *s) {
            return s->state() == QAbstractSocket::UnconnectedState && s->bytesAvailable() == 0;
        };
        const bool upstreamGone = gone(pair->upstream);
        if (upstreamGone)
            pair->client->readAll(); // nowhere to go any more
        const bool clientGone = gone(pair->client);
        if (clientGone && pair->upstream->state() == QAbstractSocket::ConnectedState)
            pair->upstream->disconnectFromHost();
        if (upstreamGone && pair->client->state() == QAbstractSocket::ConnectedState)
            pair->client->disconnectFromHost();
        if (clientGone && upstreamGone)
            remove(pair);
    }

    void detach(Pair &pair)
    {
        QObject::disconnect(pair.client, nullptr, this, nullptr);
        QObject::disconnect(pair.upstream, nullptr, this, nullptr);
    }

    void remove(Pair *pair)
    {
        for (auto it = m_pairs.begin(); it != m_pairs.end(); ++it) {
            if (it->get() != pair)
                continue;
            detach(*pair);
            pair->client->deleteLater();
            pair->upstream->deleteLater();
            m_pairs.erase(it);
            return;
        }
    }

    QString m_targetHost;
    quint16 m_targetPort = 0;
    quint16 m_port = 0;
    Mode m_mode = Mode::Pass;
    int m_accepted = 0;
    std::unique_ptr<QTcpServer> m_server;
    std::vector<std::unique_ptr<Pair>> m_pairs;
};

TcpFaultProxy::TcpFaultProxy(QString targetHost, quint16 targetPort)
    : m_worker(new Worker(std::move(targetHost), targetPort))
{
    m_thread.setObjectName(QStringLiteral("TcpFaultProxy"));
    m_worker->moveToThread(&m_thread);
}

TcpFaultProxy::~TcpFaultProxy()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, [this] { m_worker->shutdown(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_worker;
}

bool TcpFaultProxy::start(QString *error)
{
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker, [&] { ok = m_worker->listen(error); }, Qt::BlockingQueuedConnection);
    if (ok)
        m_port = m_worker->port();
    return ok;
}

void TcpFaultProxy::setMode(Mode mode)
{
    QString error;
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker, [&] { ok = m_worker->setMode(mode, &error); }, Qt::BlockingQueuedConnection);
    if (!ok)
        qFatal("TcpFaultProxy: cannot listen again on port %u: %s", unsigned(m_port), qPrintable(error));
    m_mode = mode;
}

int TcpFaultProxy::openConnections() const
{
    int n = 0;
    QMetaObject::invokeMethod(
        m_worker, [&] { n = m_worker->openConnections(); }, Qt::BlockingQueuedConnection);
    return n;
}

int TcpFaultProxy::acceptedConnections() const
{
    int n = 0;
    QMetaObject::invokeMethod(
        m_worker, [&] { n = m_worker->accepted(); }, Qt::BlockingQueuedConnection);
    return n;
}

} // namespace kakanai::test
