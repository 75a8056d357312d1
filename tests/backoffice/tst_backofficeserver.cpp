// The simulator in-process against the contract (docs/backoffice-api.md):
// every status of the table, dedup, token, /_sim endpoints, HTTP details
// (keep-alive, close, pipelining, 100-continue, malformed input, timeouts),
// persistence across a restart, and 50 concurrent clients.

#include "BackofficeServer.h"
#include "SimTestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

#include <memory>

using namespace kakanai::backofficesim;
using namespace simtest;

namespace {

std::unique_ptr<BackofficeServer> startServer(ServerOptions options = {})
{
    options.port = 0;
    auto server = std::make_unique<BackofficeServer>(options);
    const auto started = server->start();
    if (!started) {
        qWarning("cannot start the simulator: %s", qPrintable(started.error().message));
        return nullptr;
    }
    return server;
}

QByteArray rawPost(const QString &key, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST /records HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nIdempotency-Key: "
           + key.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n"
           + body;
}

const QByteArray kHealth = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

// A counter's audit checkpoint as the uploader sends it: base64url of its JSON.
QByteArray checkpointHeader(qint64 entries, char hash = 'a', const QString &store = QStringLiteral("5f0e"))
{
    const QJsonObject o{{QStringLiteral("format"), QStringLiteral("kakanai.audit-checkpoint/1")},
                        {QStringLiteral("store"), store},
                        {QStringLiteral("terminalId"), QStringLiteral("counter-01")},
                        {QStringLiteral("entries"), entries},
                        {QStringLiteral("headSeq"), entries},
                        {QStringLiteral("headHash"), QString(64, QLatin1Char(hash))},
                        {QStringLiteral("writtenAt"), QStringLiteral("2026-04-01T01:00:00.000Z")},
                        {QStringLiteral("mac"), QString(64, QLatin1Char('0'))}};
    return toJson(o).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestBackofficeServer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<BackofficeServer> m_server;
    std::unique_ptr<SimClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_server = startServer();
        QVERIFY(m_server);
        m_client = std::make_unique<SimClient>(m_server->url());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void listensOnLoopbackByDefault()
    {
        QCOMPARE(m_server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(m_server->serverPort() != 0);
        QCOMPARE(m_server->url().toString(), QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
        QCOMPARE(ServerOptions{}.port, quint16(8780));
    }

    void created()
    {
        const QString key = newKey();
        const HttpResult r = m_client->postRecord(makeRecord(key));
        QVERIFY(r.finished);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QStringLiteral("key")).toString(), key);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        const QString receivedAt = r.json().value(QStringLiteral("receivedAt")).toString();
        QVERIFY2(QDateTime::fromString(receivedAt, Qt::ISODateWithMs).isValid(), qPrintable(receivedAt));
        QVERIFY(receivedAt.endsWith(QLatin1Char('Z')));
        QCOMPARE(receivedAt.size(), 24); // 2026-11-24T04:05:06.789Z
        QCOMPARE(r.header("Location"), "/records/" + key.toLatin1());

        const HttpResult g = m_client->get(QStringLiteral("/records/") + key);
        QCOMPARE(g.status, 200);
        QCOMPARE(g.json().value(QStringLiteral("receivedAt")).toString(), receivedAt);
        QCOMPARE(m_client->stats().value(QStringLiteral("stored")).toInt(), 1);
    }

    // Every non-2xx row of the contract table that depends on the request alone.
    void statusTable_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("header"); // Idempotency-Key; "{key}" = the record's id
        QTest::addColumn<QByteArray>("body"); // "{record}" = a valid record; "-field" removes it; "field=value" sets it
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("messageHas");

        const QByteArray json = "application/json";
        const QString key = QStringLiteral("{key}");
        QTest::newRow("missing key") << QByteArray("POST") << "/records" << json << QString() << QByteArray("{record}")
                                     << 400 << "missing-idempotency-key" << "Idempotency-Key";
        QTest::newRow("key not a uuid") << QByteArray("POST") << "/records" << json << "abc" << QByteArray("{record}")
                                        << 400 << "invalid-idempotency-key" << "UUID";
        QTest::newRow("id differs from key") << QByteArray("POST") << "/records" << json << newKey()
                                             << QByteArray("{record}") << 400 << "id-mismatch" << "\"id\"";
        QTest::newRow("not json") << QByteArray("POST") << "/records" << json << key << QByteArray("{\"schema\": ")
                                  << 400 << "invalid-json" << "not JSON";
        QTest::newRow("empty body") << QByteArray("POST") << "/records" << json << key << QByteArray() << 400
                                    << "invalid-json" << "not JSON";
        QTest::newRow("array") << QByteArray("POST") << "/records" << json << key << QByteArray("[1, 2]") << 400
                               << "not-an-object" << "object";
        QTest::newRow("string") << QByteArray("POST") << "/records" << json << key << QByteArray("\"x\"") << 400
                                << "invalid-json" << "not JSON";
        for (const char *field : {"schema", "id", "createdAt", "terminalId", "kind"}) {
            QTest::addRow("missing %s", field)
                << QByteArray("POST") << "/records" << json << key << QByteArray("-") + field << 400 << "missing-field"
                << QStringLiteral("\"%1\"").arg(QLatin1StringView(field));
            QTest::addRow("%s not a string", field)
                << QByteArray("POST") << "/records" << json << key << QByteArray(field) + "=7" << 400
                << "invalid-field" << QStringLiteral("\"%1\"").arg(QLatin1StringView(field));
        }
        QTest::newRow("createdAt not a time") << QByteArray("POST") << "/records" << json << key
                                              << QByteArray("createdAt=\"yesterday\"") << 400 << "invalid-field"
                                              << "\"createdAt\"";
        QTest::newRow("wrong content type") << QByteArray("POST") << "/records" << QByteArray("text/plain") << key
                                            << QByteArray("{record}") << 400 << "invalid-content-type"
                                            << "Content-Type";
        QTest::newRow("json with charset") << QByteArray("POST") << "/records"
                                           << QByteArray("application/json; charset=utf-8") << key
                                           << QByteArray("{record}") << 201 << QString() << QString();
        QTest::newRow("unknown schema") << QByteArray("POST") << "/records" << json << key
                                        << QByteArray("schema=\"kakanai.record/9\"") << 422 << "unsupported-schema"
                                        << "kakanai.record/1";
        // A right envelope around a wrong record: the format's reader refuses it.
        QTest::newRow("no forms") << QByteArray("POST") << "/records" << json << key << QByteArray("-forms") << 422
                                  << "invalid-record" << "\"forms\"";
        QTest::newRow("no staffId") << QByteArray("POST") << "/records" << json << key << QByteArray("-staffId") << 422
                                    << "invalid-record" << "\"staffId\"";
        QTest::newRow("get unknown key") << QByteArray("GET") << QStringLiteral("/records/") + newKey() << QByteArray()
                                         << QString() << QByteArray() << 404 << "not-found" << QString();
        QTest::newRow("get bad key") << QByteArray("GET") << "/records/not-a-uuid" << QByteArray() << QString()
                                     << QByteArray() << 400 << "invalid-key" << "UUID";
        QTest::newRow("unknown path") << QByteArray("GET") << "/nope" << QByteArray() << QString() << QByteArray()
                                      << 404 << "not-found" << QString();
        QTest::newRow("records subpath") << QByteArray("GET") << "/records/a/b" << QByteArray() << QString()
                                         << QByteArray() << 404 << "not-found" << QString();
        QTest::newRow("get /records") << QByteArray("GET") << "/records" << QByteArray() << QString() << QByteArray()
                                      << 405 << "method-not-allowed" << "POST";
        QTest::newRow("put /records") << QByteArray("PUT") << "/records" << json << key << QByteArray("{record}") << 405
                                      << "method-not-allowed" << "POST";
        QTest::newRow("delete record") << QByteArray("DELETE") << QStringLiteral("/records/") + newKey() << QByteArray()
                                       << QString() << QByteArray() << 405 << "method-not-allowed"
                                       << "GET";
        QTest::newRow("post health") << QByteArray("POST") << "/health" << json << QString() << QByteArray("{}") << 405
                                     << "method-not-allowed" << "GET";
        QTest::newRow("get reset") << QByteArray("GET") << "/_sim/reset" << QByteArray() << QString() << QByteArray()
                                   << 405 << "method-not-allowed" << "POST";
        QTest::newRow("body over 1 MiB") << QByteArray("POST") << "/records" << json << key
                                         << QByteArray(1024 * 1024 + 1, ' ') << 413 << "too-large" << "1048576";
        QTest::newRow("health") << QByteArray("GET") << "/health" << QByteArray() << QString() << QByteArray() << 200
                                << QString() << QString();
    }

    void statusTable()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, header);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, messageHas);

        const QString key = newKey();
        QJsonObject record = makeRecord(key);
        if (body.startsWith('-')) {
            record.remove(QString::fromLatin1(body.mid(1)));
            body = "{record}";
        } else if (body.contains('=') && !body.startsWith('{')) {
            const qsizetype eq = body.indexOf('=');
            record.insert(QString::fromLatin1(body.left(eq)),
                QJsonDocument::fromJson("[" + body.mid(eq + 1) + "]").array().at(0));
            body = "{record}";
        }
        if (body == "{record}")
            body = toJson(record);
        HeaderList headers;
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        if (!header.isNull())
            headers.append({"Idempotency-Key", header == QStringLiteral("{key}") ? key.toLatin1() : header.toLatin1()});

        const HttpResult r = m_client->request(method, path, body, headers);
        QVERIFY(r.finished);
        QCOMPARE(r.status, status);
        QVERIFY2(r.isJson(), r.body.constData());
        if (!error.isEmpty())
            QCOMPARE(r.json().value(QStringLiteral("error")).toString(), error);
        if (!messageHas.isEmpty())
            QVERIFY2(r.json().value(QStringLiteral("message")).toString().contains(messageHas), r.body.constData());
        if (status == 405)
            QVERIFY(!r.header("Allow").isEmpty());
        if (status >= 400)
            QCOMPARE(m_client->stats().value(QStringLiteral("stored")).toInt(), 0);
    }

    void health()
    {
        const HttpResult r = m_client->get(QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}));
    }

    void sameBodyIsADuplicate()
    {
        const QString key = newKey();
        const QJsonObject record = makeRecord(key);
        const HttpResult first = m_client->postRecord(record);
        QCOMPARE(first.status, 201);
        const HttpResult second = m_client->postRecord(record);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json(), first.json()); // the original receivedAt

        // The same record with other whitespace and key order is the same body.
        QByteArray reordered = "{\n";
        const QStringList names = record.keys();
        for (auto it = names.crbegin(); it != names.crend(); ++it) {
            const QByteArray value = QJsonDocument(QJsonArray{record.value(*it)}).toJson(QJsonDocument::Compact);
            reordered += "  \"" + it->toUtf8() + "\" : " + value.mid(1, value.size() - 2) + ",\n";
        }
        reordered.chop(2);
        reordered += "\n}";
        QVERIFY(reordered != toJson(record));
        const HttpResult third = SimClient::finish(m_client->startPostRecord(reordered, key));
        QCOMPARE(third.status, 200);
        QCOMPARE(third.json(), first.json());

        const QJsonObject stats = m_client->stats();
        QCOMPARE(stats.value(QStringLiteral("stored")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("duplicates")).toInt(), 2);
        QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 3);
        QCOMPARE(stats.value(QStringLiteral("conflicts")).toInt(), 0);
    }

    void differentBodyIsAConflict()
    {
        const QString key = newKey();
        QJsonObject record = makeRecord(key);
        QCOMPARE(m_client->postRecord(record).status, 201);
        record.insert(QStringLiteral("kind"), QStringLiteral("move-out"));
        const HttpResult r = m_client->postRecord(record);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("key-reused"));
        QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());

        const QJsonObject stats = m_client->stats();
        QCOMPARE(stats.value(QStringLiteral("stored")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("conflicts")).toInt(), 1);
        const QJsonArray stored = QJsonDocument::fromJson(m_client->get(QStringLiteral("/_sim/records")).body).array();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0)[QStringLiteral("body")][QStringLiteral("kind")].toString(), QStringLiteral("move-in"));
    }

    void token_data()
    {
        QTest::addColumn<QByteArray>("authorization"); // "" = no header
        QTest::addColumn<int>("status");
        QTest::newRow("no header") << QByteArray() << 401;
        QTest::newRow("wrong token") << QByteArray("Bearer s3cret-nope") << 401;
        QTest::newRow("prefix of the token") << QByteArray("Bearer s3cret") << 401;
        QTest::newRow("basic scheme") << QByteArray("Basic czNjcmV0LXRva2Vu") << 401;
        QTest::newRow("no scheme") << QByteArray("s3cret-token") << 401;
        QTest::newRow("right token") << QByteArray("Bearer s3cret-token") << 201;
        QTest::newRow("scheme in lower case") << QByteArray("bearer s3cret-token") << 201;
    }

    void token()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        ServerOptions options;
        options.token = QStringLiteral("s3cret-token");
        auto server = startServer(options);
        QVERIFY(server);
        SimClient client(server->url());
        HeaderList auth;
        if (!authorization.isEmpty())
            auth.append({"Authorization", authorization});

        const QString key = newKey();
        const HttpResult post = client.postRecord(makeRecord(key), auth);
        QCOMPARE(post.status, status);
        const HttpResult get = client.get(QStringLiteral("/records/") + key, auth);
        QCOMPARE(get.status, status == 201 ? 200 : 401);
        if (status == 401) {
            QCOMPARE(post.json().value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
            QCOMPARE(post.header("WWW-Authenticate"), QByteArray("Bearer"));
        }
        // /health and /_sim/* need no token.
        QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
        const QJsonObject stats = client.stats();
        QCOMPARE(stats.value(QStringLiteral("stored")).toInt(), status == 201 ? 1 : 0);
        QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 1);
    }

    void simEndpoints()
    {
        const QString a = newKey();
        const QString b = newKey();
        QCOMPARE(m_client->postRecord(makeRecord(a)).status, 201);
        QCOMPARE(m_client->postRecord(makeRecord(b)).status, 201);
        QCOMPARE(m_client->postRecord(makeRecord(b)).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/records/") + newKey()).status, 404);

        const HttpResult list = m_client->get(QStringLiteral("/_sim/records"));
        QCOMPARE(list.status, 200);
        const QJsonArray records = QJsonDocument::fromJson(list.body).array();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0)[QStringLiteral("key")].toString(), a);
        QCOMPARE(records.at(1)[QStringLiteral("key")].toString(), b);
        QCOMPARE(records.at(0)[QStringLiteral("body")].toObject(), makeRecord(a));
        QVERIFY(!records.at(0)[QStringLiteral("receivedAt")].toString().isEmpty());

        QCOMPARE(m_client->stats(), (QJsonObject{{QStringLiteral("stored"), 2},
                                                 {QStringLiteral("duplicates"), 1},
                                                 {QStringLiteral("conflicts"), 0},
                                                 {QStringLiteral("requests"), 3},
                                                 {QStringLiteral("lookups"), 1},
                                                 {QStringLiteral("faulted"), 0}}));

        QCOMPARE(m_client->setFault(QJsonObject{{QStringLiteral("mode"), QStringLiteral("500")}}).status, 200);
        const HttpResult reset = m_client->request("POST", QStringLiteral("/_sim/reset"));
        QCOMPARE(reset.status, 200);
        QCOMPARE(m_client->stats().value(QStringLiteral("stored")).toInt(), 0);
        QCOMPARE(m_client->stats().value(QStringLiteral("requests")).toInt(), 0);
        QCOMPARE(m_client->get(QStringLiteral("/_sim/fault")).json().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("none"));
        QCOMPARE(m_client->postRecord(makeRecord(a)).status, 201); // forgotten, so new again
    }

    void auditCheckpointsAreKept()
    {
        const QString a = newKey();
        const QByteArray at5 = checkpointHeader(5);
        QCOMPARE(m_client->postRecord(makeRecord(a), {{"Kakanai-Audit-Checkpoint", at5}}).status, 201);
        // A retry of the same record with a newer checkpoint is still the same record.
        QCOMPARE(m_client->postRecord(makeRecord(a), {{"Kakanai-Audit-Checkpoint", checkpointHeader(6, 'b')}}).status,
                 200);
        // No header (an older counter): the record as ever.
        QCOMPARE(m_client->postRecord(makeRecord(newKey())).status, 201);
        // Not a checkpoint: the record is stored all the same, the header is not kept.
        QCOMPARE(m_client->postRecord(makeRecord(newKey()), {{"Kakanai-Audit-Checkpoint", "bm90LWpzb24"}}).status, 201);
        // A rejected record keeps nothing.
        QJsonObject bad = makeRecord(newKey());
        bad.remove(QStringLiteral("kind"));
        QCOMPARE(m_client->postRecord(bad, {{"Kakanai-Audit-Checkpoint", checkpointHeader(7, 'c')}}).status, 400);
        // The counter's log got shorter (cut off, or rolled back with its checkpoint).
        QCOMPARE(m_client->postRecord(makeRecord(newKey()), {{"Kakanai-Audit-Checkpoint", checkpointHeader(4, 'd')}})
                     .status,
                 201);

        const HttpResult list = m_client->get(QStringLiteral("/_sim/audit-checkpoints"));
        QCOMPARE(list.status, 200);
        const QJsonObject o = list.json();
        const QJsonArray kept = o.value(QStringLiteral("checkpoints")).toArray();
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.at(0)[QStringLiteral("entries")].toInt(), 5);
        QCOMPARE(kept.at(0)[QStringLiteral("recordKey")].toString(), a);
        QCOMPARE(kept.at(0)[QStringLiteral("headerValue")].toString(), QString::fromLatin1(at5));
        QCOMPARE(kept.at(0)[QStringLiteral("store")].toString(), QStringLiteral("5f0e"));
        QCOMPARE(kept.at(1)[QStringLiteral("entries")].toInt(), 6);
        QCOMPARE(kept.at(2)[QStringLiteral("entries")].toInt(), 4);
        QCOMPARE(kept.at(2)[QStringLiteral("regressed")].toBool(), true);
        QCOMPARE(o.value(QStringLiteral("regressions")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("malformed")).toInt(), 1);

        QCOMPARE(m_client->request("POST", QStringLiteral("/_sim/reset")).status, 200);
        const QJsonObject after = m_client->get(QStringLiteral("/_sim/audit-checkpoints")).json();
        QCOMPARE(after.value(QStringLiteral("checkpoints")).toArray().size(), 0);
        QCOMPARE(after.value(QStringLiteral("malformed")).toInt(), 0);
    }

    void keepAliveServesManyRequestsOnOneConnection()
    {
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->serverPort()));
        for (int i = 0; i < 3; ++i) {
            const QString key = newKey();
            raw.send(rawPost(key, toJson(makeRecord(key))));
            const auto r = raw.readResponse();
            QVERIFY(r);
            QCOMPARE(r->status, 201);
            QVERIFY(!r->closes());
        }
        raw.send(kHealth);
        QCOMPARE(raw.readResponse()->status, 200);
        QVERIFY(!raw.isClosed());
    }

    void connectionCloseIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("Connection: close")
            << QByteArray("GET /health HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
        QTest::newRow("HTTP/1.0") << QByteArray("GET /health HTTP/1.0\r\n\r\n");
    }

    void connectionCloseIsHonoured()
    {
        QFETCH(QByteArray, request);
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->serverPort()));
        raw.send(request);
        const auto r = raw.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QVERIFY(r->closes());
        QVERIFY(raw.waitForClose());
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        const QString key = newKey();
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->serverPort()));
        raw.send(rawPost(key, toJson(makeRecord(key))) + "GET /records/" + key.toLatin1()
                 + " HTTP/1.1\r\nHost: h\r\n\r\n" + kHealth);
        QCOMPARE(raw.readResponse()->status, 201);
        const auto second = raw.readResponse();
        QVERIFY(second);
        QCOMPARE(second->status, 200);
        QCOMPARE(second->json().value(QStringLiteral("key")).toString(), key);
        QCOMPARE(raw.readResponse()->status, 200);
    }

    void expect100Continue()
    {
        const QString key = newKey();
        const QByteArray body = toJson(makeRecord(key));
        const QByteArray request = rawPost(key, body, "Expect: 100-continue\r\n");
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->serverPort()));
        raw.send(request.left(request.size() - body.size()));
        const auto interim = raw.readResponse();
        QVERIFY(interim);
        QCOMPARE(interim->status, 100);
        raw.send(body);
        QCOMPARE(raw.readResponse()->status, 201);
    }

    void tooLargeIsAnsweredBeforeTheBody()
    {
        // The client announces 2 MiB and sends none of it: the answer comes anyway, then the close.
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->serverPort()));
        raw.send("POST /records HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
                 "Content-Length: 2097152\r\n\r\n");
        const auto r = raw.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 413);
        QVERIFY(r->closes());
        QVERIFY(raw.waitForClose());
    }

    void malformedHttp_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET /health HTTP/1.1\nHost: h\n\n") << 400;
        QTest::newRow("no host") << QByteArray("GET /health HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x01\x01\xfc\x03\x03\r\n\r\n") << 400;
        QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400;
        QTest::newRow("http/3.0") << QByteArray("GET / HTTP/3.0\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("chunked") << QByteArray("POST /records HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                               "5\r\nhello\r\n0\r\n\r\n")
                                 << 501;
        QTest::newRow("head too large") << "GET /health HTTP/1.1\r\nHost: h\r\nX: " + QByteArray(20000, 'x') << 431;
        QTest::newRow("after a good request")
            << QByteArray("GET /health HTTP/1.1\r\nHost: h\r\n\r\nGET /health HTTP/1.1\r\nHost h\r\n\r\n") << 400;
    }

    void malformedHttp()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->serverPort()));
        raw.send(bytes);
        auto r = raw.readResponse();
        QVERIFY(r);
        if (QByteArray(QTest::currentDataTag()) == "after a good request") {
            QCOMPARE(r->status, 200);
            r = raw.readResponse();
            QVERIFY(r);
        }
        QCOMPARE(r->status, status);
        QVERIFY(r->closes());
        QVERIFY(r->json().contains(QStringLiteral("message")));
        QVERIFY(raw.waitForClose());
        // The server is unharmed.
        QCOMPARE(m_client->get(QStringLiteral("/health")).status, 200);
    }

    void abruptClientsDoNotHurt()
    {
        // Clients that vanish mid-head, mid-body, and right after a full request.
        const QString key = newKey();
        const QByteArray full = rawPost(key, toJson(makeRecord(key)));
        for (const QByteArray &part : {full.left(20), full.left(full.size() - 10), full}) {
            RawClient raw;
            QVERIFY(raw.connectTo(m_server->serverPort()));
            raw.send(part);
            raw.socket().abort();
        }
        QVERIFY(waitUntil([&] { return m_client->get(QStringLiteral("/health")).status == 200; }));
        const int stored = m_client->stats().value(QStringLiteral("stored")).toInt();
        QVERIFY(stored <= 1); // the full one may or may not have been read before the reset
    }

    void incompleteRequestTimesOut()
    {
        ServerOptions options;
        options.idleTimeoutMs = 300;
        auto server = startServer(options);
        QVERIFY(server);

        RawClient partial;
        QVERIFY(partial.connectTo(server->serverPort()));
        partial.send("POST /records HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc");
        const auto r = partial.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 408);
        QVERIFY(partial.waitForClose());

        RawClient idle;
        QVERIFY(idle.connectTo(server->serverPort()));
        QVERIFY(idle.waitForClose()); // closed without an answer
        QVERIFY(idle.pendingBytes().isEmpty());
    }

    void persistsAcrossRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ServerOptions options;
        options.databasePath = dir.filePath(QStringLiteral("backoffice.sqlite"));
        const QString key = newKey();
        QString receivedAt;
        {
            auto server = startServer(options);
            QVERIFY(server);
            SimClient client(server->url());
            const HttpResult r = client.postRecord(makeRecord(key));
            QCOMPARE(r.status, 201);
            receivedAt = r.json().value(QStringLiteral("receivedAt")).toString();
        }
        auto server = startServer(options);
        QVERIFY(server);
        SimClient client(server->url());
        const HttpResult g = client.get(QStringLiteral("/records/") + key);
        QCOMPARE(g.status, 200);
        QCOMPARE(g.json().value(QStringLiteral("receivedAt")).toString(), receivedAt);
        const HttpResult again = client.postRecord(makeRecord(key));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("receivedAt")).toString(), receivedAt);
        QCOMPARE(client.stats().value(QStringLiteral("stored")).toInt(), 1);
    }

    void fiftyConcurrentClients()
    {
        constexpr int kClients = 50;
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        QList<QNetworkReply *> replies;
        QSet<QString> keys;
        auto postAll = [&] {
            replies.clear();
            int i = 0;
            for (const QString &key : std::as_const(keys)) {
                QUrl url = m_server->url();
                url.setPath(QStringLiteral("/records"));
                QNetworkRequest req(url);
                req.setRawHeader("Content-Type", "application/json");
                req.setRawHeader("Idempotency-Key", key.toLatin1());
                if (i % 2 == 1)
                    req.setRawHeader("Connection", "close"); // half keep-alive, half close
                replies.append(managers.at(static_cast<size_t>(i))->post(req, toJson(makeRecord(key))));
                ++i;
            }
        };
        for (int i = 0; i < kClients; ++i) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            keys.insert(newKey());
        }

        postAll();
        QVERIFY(waitUntil([&] {
            return std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); });
        }, 120000));
        for (QNetworkReply *r : std::as_const(replies)) {
            QCOMPARE(r->error(), QNetworkReply::NoError);
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            r->deleteLater();
        }

        // Every client sends again (a retry storm): nothing is stored twice.
        postAll();
        QVERIFY(waitUntil([&] {
            return std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); });
        }, 120000));
        for (QNetworkReply *r : std::as_const(replies)) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            r->deleteLater();
        }

        const QJsonArray stored = QJsonDocument::fromJson(m_client->get(QStringLiteral("/_sim/records")).body).array();
        QCOMPARE(stored.size(), kClients);
        QSet<QString> storedKeys;
        for (const QJsonValue &v : stored)
            storedKeys.insert(v[QStringLiteral("key")].toString());
        QCOMPARE(storedKeys, keys);
        const QJsonObject stats = m_client->stats();
        QCOMPARE(stats.value(QStringLiteral("stored")).toInt(), kClients);
        QCOMPARE(stats.value(QStringLiteral("duplicates")).toInt(), kClients);
        QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 2 * kClients);
    }

    void databaseErrorsAreReported()
    {
        ServerOptions options;
        QTemporaryDir dir;
        options.databasePath = dir.path(); // a directory is no database
        BackofficeServer server(options);
        const auto started = server.start();
        QVERIFY(!started.has_value());
        QCOMPARE(started.error().kind, BackofficeServer::StartError::Kind::Database);
        QVERIFY(!server.isListening());
    }

    void portInUseIsReported()
    {
        ServerOptions options;
        options.port = m_server->serverPort();
        BackofficeServer second(options);
        const auto started = second.start();
        QVERIFY(!started.has_value());
        QCOMPARE(started.error().kind, BackofficeServer::StartError::Kind::Listen);
    }
};

QTEST_GUILESS_MAIN(TestBackofficeServer)
#include "tst_backofficeserver.moc"
