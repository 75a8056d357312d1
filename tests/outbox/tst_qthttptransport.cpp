// QtHttpTransport against small in-process servers on loopback: headers and
// bearer token, timeouts, dropped connections, refused connections, and
// HTTPS with the office CA bundle and a public-key pin.
#include "outbox/QtHttpTransport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QDeadlineTimer>

#include <optional>

using namespace kakanai;
using NE = HttpResponse::NetworkError;

namespace {

// Answers one way to every request, and remembers what it was sent.
class MiniServer : public QObject {
public:
    enum class Mode { Answer, Hang, Close, Trickle };

    explicit MiniServer(QTcpServer *server) : m_server(server)
    {
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this]() {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                m_sockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onData(socket); });
            }
        });
    }

    Mode mode = Mode::Answer;
    QByteArray response = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
    QList<QByteArray> requests; // header block + body
    int connections() const { return int(m_sockets.size()); }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        requests.append(buffer.left(end + 4 + length));
        buffer.remove(0, end + 4 + length);
        switch (mode) {
        case Mode::Answer:
            socket->write(response);
            break;
        case Mode::Hang:
            break;
        case Mode::Close:
            socket->abort();
            break;
        case Mode::Trickle:
            // Headers, then a byte now and then, never finishing.
            socket->write("HTTP/1.1 201 Created\r\nContent-Length: 1000\r\n\r\n");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket]() { socket->write("x"); });
            timer->start(100);
            break;
        }
    }

    QTcpServer *m_server;
    QList<QTcpSocket *> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

std::optional<HttpResponse> sendAndWait(HttpTransport &transport, const HttpRequest &request, int waitMs = 20000)
{
    std::optional<HttpResponse> result;
    transport.send(request, [&result](const HttpResponse &r) { result = r; });
    QDeadlineTimer deadline(waitMs);
    while (!result && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return result;
}

HttpRequest post(int timeoutMs = 10000)
{
    HttpRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/records");
    r.headers = {{"Content-Type", "application/json"}, {"Idempotency-Key", "0b7d3c1e-3d0a-4f6e-9b1a-2f9c8e7d6a51"}};
    r.body = "{\"hello\":1}";
    r.timeoutMs = timeoutMs;
    return r;
}

} // namespace

class TestQtHttpTransport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void rejectsBadConfiguration();
    void sendsHeadersTokenAndBody();
    void returnsStatusHeadersBody();
    void basePathIsKept();
    void hangingServerTimesOut();
    void tricklingServerTimesOut();
    void droppedConnection();
    void refusedConnection();
    void abortAllCancels();
    void decodePin_data();
    void decodePin();
    void httpsWithOfficeCa();
    void httpsWithoutOfficeCaFails();
    void httpsPinMatches();
    void httpsPinMismatchSendsNothing();

private:
    bool makeCertificate();
    QTemporaryDir m_dir;
    QString m_certFile;
    QSslCertificate m_cert;
    QSslKey m_key;
    QString m_opensslPin;
};

void TestQtHttpTransport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestQtHttpTransport::rejectsBadConfiguration()
{
    HttpTransportConfig c;
    c.baseUrl = QUrl(QStringLiteral("ftp://example.invalid"));
    QCOMPARE(QtHttpTransport::create(c).error().code(), ErrorCode::InvalidArgument);
    c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:1"));
    c.caBundleFile = m_dir.filePath(QStringLiteral("missing.pem"));
    auto t = QtHttpTransport::create(c);
    QVERIFY(!t);
    QVERIFY(t.error().message().contains(QStringLiteral("CA bundle")));
}

void TestQtHttpTransport::sendsHeadersTokenAndBody()
{
    QTcpServer tcp;
    QVERIFY(tcp.listen(QHostAddress::LocalHost));
    MiniServer server(&tcp);
    HttpTransportConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(tcp.serverPort()));
    c.bearerToken = "s3cr3t-token";
    auto t = QtHttpTransport::create(c);
    QVERIFY(t);
    auto r = sendAndWait(**t, post());
    QVERIFY(r);
    QCOMPARE(r->status, 201);
    QCOMPARE(server.requests.size(), 1);
    const QByteArray req = server.requests.first();
    QVERIFY2(req.startsWith("POST /records HTTP/1.1\r\n"), req.constData());
    QVERIFY(req.contains("Authorization: Bearer s3cr3t-token\r\n"));
    QVERIFY(req.contains("Idempotency-Key: 0b7d3c1e-3d0a-4f6e-9b1a-2f9c8e7d6a51\r\n"));
    QVERIFY(req.contains("Content-Type: application/json\r\n"));
    QVERIFY(req.endsWith("\r\n\r\n{\"hello\":1}"));
}

void TestQtHttpTransport::returnsStatusHeadersBody()
{
    QTcpServer tcp;
    QVERIFY(tcp.listen(QHostAddress::LocalHost));
    MiniServer server(&tcp);
    server.response = "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 3\r\nContent-Length: 5\r\n\r\nslow!";
    HttpTransportConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(tcp.serverPort()));
    auto t = QtHttpTransport::create(c);
    QVERIFY(t);
    auto r = sendAndWait(**t, post());
    QVERIFY(r);
    QVERIFY(!r->isNetworkError());
    QCOMPARE(r->status, 429);
    QCOMPARE(r->header("retry-after"), QByteArray("3"));
    QCOMPARE(r->body, QByteArray("slow!"));
    QVERIFY(!server.requests.first().contains("Authorization")); // no token configured
}

void TestQtHttpTransport::basePathIsKept()
{
    QTcpServer tcp;
    QVERIFY(tcp.listen(QHostAddress::LocalHost));
    MiniServer server(&tcp);
    HttpTransportConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(tcp.serverPort()));
    auto t = QtHttpTransport::create(c);
    QVERIFY(t);
    HttpRequest get;
    get.method = "GET";
    get.path = QStringLiteral("/records/abc");
    QVERIFY(sendAndWait(**t, get));
    QVERIFY(server.requests.first().startsWith("GET /api/v1/records/abc HTTP/1.1\r\n"));
}

void TestQtHttpTransport::hangingServerTimesOut()
{
    QTcpServer tcp;
    QVERIFY(tcp.listen(QHostAddress::LocalHost));
    MiniServer server(&tcp);
    server.mode = MiniServer::Mode::Hang;
    HttpTransportConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(tcp.serverPort()));
    auto t = QtHttpTransport::create(c);
    QVERIFY(t);
    QElapsedTimer timer;
    timer.start();
    auto r = sendAndWait(**t, post(300));
    QVERIFY(r);
    QCOMPARE(r->error, NE::Timeout);
    QVERIFY(timer.elapsed() >= 250);
    QCOMPARE(server.requests.size(), 1); // it did arrive: "unknown whether stored"
}

void TestQtHttpTransport::tricklingServerTimesOut()
{
    QTcpServer tcp;
    QVERIFY(tcp.listen(QHostAddress::LocalHost));
    MiniServer server(&tcp);
    server.mode = MiniServer::Mode::Trickle;
    HttpTransportConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(tcp.serverPort()));
    auto t = QtHttpTransport::create(c);
    QVERIFY(t);
    auto r = sendAndWait(**t, post(700));
    QVERIFY(r);
    QCOMPARE(r->error, NE::Timeout);
    QCOMPARE(r->status, 0);
}

void TestQtHttpTransport::droppedConnection()
{
    QTcpServer tcp;
    QVERIFY(tcp.listen(QHostAddress::LocalHost));
    MiniServer server(&tcp);
    server.mode = MiniServer::Mode::Close;
    HttpTransportConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(tcp.serverPort()));
    auto t = QtHttpTransport::create(c);
    QVERIFY(t);
    auto r = sendAndWait(**t, post());
    QVERIFY(r);
    QVERIFY(r->isNetworkError());
    QCOMPARE(r->status, 0);
}

void TestQtHttpTransport::refusedConnection()
{
    quint16 port = 0;
    {
        QTcpServer tcp; // find a free port, then close it
        QVERIFY(tcp.listen(QHostAddress::LocalHost));
        port = tcp.serverPort();
    }
    HttpTransportConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    auto t = QtHttpTransport::create(c);
    QVERIFY(t);
    auto r = sendAndWait(**t, post());
    QVERIFY(r);
    QCOMPARE(r->error, NE::ConnectionRefused);
}

void TestQtHttpTransport::abortAllCancels()
{
    QTcpServer tcp;
    QVERIFY(tcp.listen(QHostAddress::LocalHost));
    MiniServer server(&tcp);
    server.mode = MiniServer::Mode::Hang;
    HttpTransportConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(tcp.serverPort()));
    auto t = QtHttpTransport::create(c);
    QVERIFY(t);
    int calls = 0;
    std::optional<HttpResponse> result;
    (*t)->send(post(60000), [&](const HttpResponse &r) {
        ++calls;
        result = r;
    });
    QTRY_COMPARE(server.requests.size(), 1);
    (*t)->abortAll();
    QTRY_COMPARE(calls, 1);
    QCOMPARE(result->error, NE::Cancelled);
    // Destroying the transport with a request open calls nothing.
    bool called = false;
    (*t)->send(post(60000), [&](const HttpResponse &) { called = true; });
    QTRY_COMPARE(server.requests.size(), 2);
    t->reset();
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestQtHttpTransport::decodePin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("size");
    const QString b64 = QString::fromLatin1(QByteArray(32, '\x07').toBase64());
    QTest::newRow("bare") << b64 << 32;
    QTest::newRow("prefixed") << QStringLiteral("sha256/") + b64 << 32;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("short") << QString::fromLatin1(QByteArray(20, 'a').toBase64()) << 0;
    QTest::newRow("not base64") << QStringLiteral("sha256/!!!!") << 0;
}

void TestQtHttpTransport::decodePin()
{
    QFETCH(QString, text);
    QFETCH(int, size);
    QCOMPARE(HttpTransportConfig::decodePin(text).size(), size);
}

bool TestQtHttpTransport::makeCertificate()
{
    if (!m_certFile.isEmpty())
        return true;
    if (!QSslSocket::supportsSsl())
        return false;
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return false;
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess p;
    p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                      QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                      QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return false;
    // The pin as an administrator would compute it with openssl.
    QProcess pub;
    pub.start(QStringLiteral("sh"), {QStringLiteral("-c"),
                                     QStringLiteral("'%1' x509 -in '%2' -pubkey -noout | '%1' pkey -pubin -outform der | "
                                                    "'%1' dgst -sha256 -binary | base64")
                                         .arg(openssl, cert)});
    if (!pub.waitForFinished(30000) || pub.exitCode() != 0)
        return false;
    m_opensslPin = QStringLiteral("sha256/") + QString::fromLatin1(pub.readAllStandardOutput().trimmed());
    QFile cf(cert), kf(key);
    if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly))
        return false;
    m_cert = QSslCertificate(cf.readAll(), QSsl::Pem);
    m_key = QSslKey(kf.readAll(), QSsl::Ec, QSsl::Pem);
    if (m_cert.isNull() || m_key.isNull())
        return false;
    m_certFile = cert;
    return true;
}

namespace {
std::unique_ptr<QSslServer> tlsServer(const QSslCertificate &cert, const QSslKey &key)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(cert);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    if (!server->listen(QHostAddress::LocalHost))
        return nullptr;
    return server;
}
} // namespace

void TestQtHttpTransport::httpsWithOfficeCa()
{
    if (!makeCertificate())
        QSKIP("no TLS backend or openssl tool to make a test certificate");
    auto tcp = tlsServer(m_cert, m_key);
    QVERIFY(tcp);
    MiniServer server(tcp.get());
    HttpTransportConfig c;
    c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tcp->serverPort()));
    c.caBundleFile = m_certFile;
    auto t = QtHttpTransport::create(c);
    QVERIFY(t);
    auto r = sendAndWait(**t, post());
    QVERIFY(r);
    QVERIFY2(!r->isNetworkError(), qPrintable(r->errorDetail));
    QCOMPARE(r->status, 201);
}

void TestQtHttpTransport::httpsWithoutOfficeCaFails()
{
    if (!makeCertificate())
        QSKIP("no TLS backend or openssl tool to make a test certificate");
    auto tcp = tlsServer(m_cert, m_key);
    QVERIFY(tcp);
    MiniServer server(tcp.get());
    HttpTransportConfig c;
    c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tcp->serverPort()));
    auto t = QtHttpTransport::create(c); // system CAs do not know our self-made certificate
    QVERIFY(t);
    auto r = sendAndWait(**t, post());
    QVERIFY(r);
    QCOMPARE(r->error, NE::Tls);
    QCOMPARE(server.requests.size(), 0);
}

void TestQtHttpTransport::httpsPinMatches()
{
    if (!makeCertificate())
        QSKIP("no TLS backend or openssl tool to make a test certificate");
    // Our pin and openssl's agree (SubjectPublicKeyInfo, SHA-256, base64).
    QCOMPARE(HttpTransportConfig::pinOf(m_cert.publicKey().toDer()), m_opensslPin);
    auto tcp = tlsServer(m_cert, m_key);
    QVERIFY(tcp);
    MiniServer server(tcp.get());
    HttpTransportConfig c;
    c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tcp->serverPort()));
    c.caBundleFile = m_certFile;
    c.publicKeyPin = HttpTransportConfig::decodePin(m_opensslPin);
    QCOMPARE(c.publicKeyPin.size(), 32);
    auto t = QtHttpTransport::create(c);
    QVERIFY(t);
    auto r = sendAndWait(**t, post());
    QVERIFY(r);
    QVERIFY2(!r->isNetworkError(), qPrintable(r->errorDetail));
    QCOMPARE(r->status, 201);
}

void TestQtHttpTransport::httpsPinMismatchSendsNothing()
{
    if (!makeCertificate())
        QSKIP("no TLS backend or openssl tool to make a test certificate");
    auto tcp = tlsServer(m_cert, m_key);
    QVERIFY(tcp);
    MiniServer server(tcp.get());
    HttpTransportConfig c;
    c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tcp->serverPort()));
    c.caBundleFile = m_certFile;
    c.publicKeyPin = QByteArray(32, '\x42');
    auto t = QtHttpTransport::create(c);
    QVERIFY(t);
    auto r = sendAndWait(**t, post());
    QVERIFY(r);
    QCOMPARE(r->error, NE::PinMismatch);
    QCOMPARE(server.requests.size(), 0); // not one byte of the record left this PC
}

QTEST_GUILESS_MAIN(TestQtHttpTransport)
#include "tst_qthttptransport.moc"
