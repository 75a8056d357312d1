#pragma once
// Clients for the back-office simulator tests: a QNetworkAccessManager wrapper
// (what the app's uploader uses) and a raw QTcpSocket client for the HTTP
// details QNAM hides. Waiting processes events (the server may run in-process)
// and is always bounded.

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <optional>
#include <utility>

namespace simtest {

// Generous: the CI machine has 2 cores and builds in parallel.
constexpr int kWaitMs = 30000;

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// True as soon as `condition` holds (events are processed meanwhile), false
// when it still does not after timeoutMs.
template <typename Condition>
bool waitUntil(Condition condition, int timeoutMs = kWaitMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

inline QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QJsonObject makeRecord(const QString &key)
{
    return QJsonObject{
        {QStringLiteral("schema"), QStringLiteral("kakanai.record/1")},
        {QStringLiteral("id"), key},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-24T04:05:06.789Z")},
        {QStringLiteral("terminalId"), QStringLiteral("counter-01")},
        {QStringLiteral("kind"), QStringLiteral("move-in")},
        {QStringLiteral("staffId"), QStringLiteral("c001")},
        {QStringLiteral("forms"),
         QJsonArray{QJsonObject{{QStringLiteral("formId"), QStringLiteral("jumin-ido")},
                                {QStringLiteral("formVersion"), 1},
                                {QStringLiteral("fields"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("name")},
                                                                                  {QStringLiteral("value"), QStringLiteral("試験 花子")},
                                                                                  {QStringLiteral("source"), QStringLiteral("card")}}}}}}},
        {QStringLiteral("household"), QJsonArray()},
    };
}

inline QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct HttpResult {
    bool finished = false;
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

class SimClient {
public:
    explicit SimClient(const QUrl &base)
        : m_base(base)
    {
    }

    void setBase(const QUrl &base) { m_base = base; }
    QNetworkAccessManager &manager() { return m_nam; }

    // Sends and waits (bounded). transferTimeoutMs > 0: the client gives up after it.
    HttpResult request(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                       const HeaderList &headers = {}, int transferTimeoutMs = 0)
    {
        QNetworkReply *reply = start(verb, path, body, headers, transferTimeoutMs);
        return finish(reply);
    }

    QNetworkReply *start(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                         const HeaderList &headers = {}, int transferTimeoutMs = 0)
    {
        QUrl url = m_base;
        url.setPath(path);
        QNetworkRequest req(url);
        for (const auto &[k, v] : headers)
            req.setRawHeader(k, v);
        if (transferTimeoutMs > 0)
            req.setTransferTimeout(transferTimeoutMs);
        return m_nam.sendCustomRequest(req, verb, body);
    }

    static HttpResult finish(QNetworkReply *reply, int waitMs = kWaitMs)
    {
        HttpResult r;
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(waitMs);
        }
        r.finished = reply->isFinished();
        if (!r.finished)
            reply->abort();
        r.error = reply->error();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    QNetworkReply *startPostRecord(const QByteArray &body, const QString &key, const HeaderList &extra = {},
                                   int transferTimeoutMs = 0)
    {
        HeaderList headers{{"Content-Type", "application/json"}};
        if (!key.isNull())
            headers.append({"Idempotency-Key", key.toLatin1()});
        headers += extra;
        return start("POST", QStringLiteral("/records"), body, headers, transferTimeoutMs);
    }

    HttpResult postRecord(const QJsonObject &record, const HeaderList &extra = {}, int transferTimeoutMs = 0)
    {
        return finish(startPostRecord(toJson(record), record.value(QStringLiteral("id")).toString(), extra,
                                      transferTimeoutMs));
    }

    HttpResult get(const QString &path, const HeaderList &headers = {}, int transferTimeoutMs = 0)
    {
        return request("GET", path, {}, headers, transferTimeoutMs);
    }

    HttpResult postJson(const QString &path, const QJsonObject &body)
    {
        return request("POST", path, toJson(body), {{"Content-Type", "application/json"}});
    }

    HttpResult setFault(const QJsonObject &fault) { return postJson(QStringLiteral("/_sim/fault"), fault); }

    QJsonObject stats() { return get(QStringLiteral("/_sim/stats")).json(); }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

// One raw HTTP response as read from the socket.
struct RawResponse {
    int status = 0;
    QByteArray head; // status line + headers
    QByteArray body;
    bool closes() const { return head.toLower().contains("\r\nconnection: close"); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A raw HTTP/1.1 client on one TCP connection.
class RawClient {
public:
    bool connectTo(quint16 port, int timeoutMs = kWaitMs)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_received += m_socket.readAll(); });
        return waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
    }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    // The next complete response (interim 1xx responses are returned too), or nullopt on timeout/EOF.
    std::optional<RawResponse> readResponse(int timeoutMs = kWaitMs)
    {
        std::optional<RawResponse> parsed;
        waitUntil(
            [&] {
                parsed = take();
                return parsed.has_value() || isClosed();
            },
            timeoutMs);
        if (!parsed)
            parsed = take();
        return parsed;
    }

    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    bool waitForClose(int timeoutMs = kWaitMs)
    {
        return waitUntil([this] { return isClosed(); }, timeoutMs);
    }
    QByteArray pendingBytes() const { return m_received; }
    QTcpSocket &socket() { return m_socket; }

private:
    std::optional<RawResponse> take()
    {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        RawResponse r;
        r.head = m_received.first(end);
        const QList<QByteArray> first = r.head.split('\r').constFirst().split(' ');
        r.status = first.size() >= 2 ? first.at(1).toInt() : -1;
        qsizetype length = 0;
        for (const QByteArray &line : r.head.split('\n')) {
            const QByteArray l = line.trimmed().toLower();
            if (l.startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
        }
        if (m_received.size() < end + 4 + length)
            return std::nullopt;
        r.body = m_received.mid(end + 4, length);
        m_received.remove(0, end + 4 + length);
        return r;
    }

    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace simtest
