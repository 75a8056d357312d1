// The simulator's fault modes, as the uploader's client (QNetworkAccessManager)
// and a raw socket see them: status faults, slow, garbage, drop, hang,
// accept-then-hang, "count", which requests a fault applies to, and the
// validation of POST /_sim/fault.

#include "BackofficeServer.h"
#include "SimTestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <memory>

using namespace kakanai::backofficesim;
using namespace simtest;

namespace {

// Short enough to keep the tests quick, long enough for a loaded 2-core machine
// to answer a healthy request well within it.
constexpr int kClientGivesUpMs = 3000;

QJsonObject fault(const QString &mode)
{
    return QJsonObject{{QStringLiteral("mode"), mode}};
}

} // namespace

class TestBackofficeFaults : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<BackofficeServer> m_server;
    std::unique_ptr<SimClient> m_client;

    int stored() { return m_client->stats().value(QStringLiteral("stored")).toInt(); }
    int faulted() { return m_client->stats().value(QStringLiteral("faulted")).toInt(); }
    bool isStored(const QString &key) { return m_client->get(QStringLiteral("/records/") + key).status == 200; }

private Q_SLOTS:
    void init()
    {
        ServerOptions options;
        options.port = 0;
        m_server = std::make_unique<BackofficeServer>(options);
        QVERIFY(m_server->start().has_value());
        m_client = std::make_unique<SimClient>(m_server->url());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void statusFaults_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("500") << "500" << 500 << "internal";
        QTest::newRow("429") << "429" << 429 << "rate-limited";
        QTest::newRow("reject") << "reject" << 422 << "rejected";
    }

    void statusFaults()
    {
        QFETCH(QString, mode);
        QFETCH(int, status);
        QFETCH(QString, error);
        QCOMPARE(m_client->setFault(fault(mode)).status, 200);
        const QString key = newKey();
        for (int attempt = 0; attempt < 2; ++attempt) { // until changed: every attempt
            const HttpResult r = m_client->postRecord(makeRecord(key));
            QCOMPARE(r.status, status);
            QCOMPARE(r.json().value(QStringLiteral("error")).toString(), error);
            QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
            if (status == 429)
                QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        }
        QCOMPARE(stored(), 0);
        QCOMPARE(faulted(), 2);
        QVERIFY(!isStored(key)); // GET is not faulted by default
    }

    void garbage()
    {
        QCOMPARE(m_client->setFault(fault(QStringLiteral("garbage"))).status, 200);
        const QString key = newKey();
        const HttpResult r = m_client->postRecord(makeRecord(key));
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!r.isJson());
        QVERIFY(!isStored(key));
        QCOMPARE(stored(), 0);
    }

    void countLimitsTheFault_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("faultStatus");
        QTest::newRow("500 x1") << "500" << 1 << 500;
        QTest::newRow("500 x3") << "500" << 3 << 500;
        QTest::newRow("429 x2") << "429" << 2 << 429;
        QTest::newRow("reject x2") << "reject" << 2 << 422;
    }

    void countLimitsTheFault()
    {
        QFETCH(QString, mode);
        QFETCH(int, count);
        QFETCH(int, faultStatus);
        QJsonObject f = fault(mode);
        f.insert(QStringLiteral("count"), count);
        const HttpResult set = m_client->setFault(f);
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(QStringLiteral("count")).toInt(), count);

        const QString key = newKey();
        for (int i = 0; i < count; ++i) {
            QCOMPARE(m_client->postRecord(makeRecord(key)).status, faultStatus);
            // Requests a fault does not apply to do not use it up.
            QCOMPARE(m_client->get(QStringLiteral("/health")).status, 200);
            QCOMPARE(m_client->get(QStringLiteral("/records/") + key).status, 404);
        }
        QCOMPARE(m_client->postRecord(makeRecord(key)).status, 201);
        QCOMPARE(m_client->postRecord(makeRecord(key)).status, 200);
        const QJsonObject now = m_client->get(QStringLiteral("/_sim/fault")).json();
        QCOMPARE(now.value(QStringLiteral("mode")).toString(), QStringLiteral("none"));
        QCOMPARE(faulted(), count);
    }

    void slowAnswersLate()
    {
        QJsonObject f = fault(QStringLiteral("slow"));
        f.insert(QStringLiteral("delayMs"), 400);
        QCOMPARE(m_client->setFault(f).status, 200);
        const QString key = newKey();
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = m_client->postRecord(makeRecord(key));
        QCOMPARE(r.status, 201);
        QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(isStored(key));
    }

    void slowDefaultDelay()
    {
        const HttpResult set = m_client->setFault(fault(QStringLiteral("slow")));
        QCOMPARE(set.json().value(QStringLiteral("delayMs")).toInt(), 2000);
    }

    void slowPastTheClientTimeout()
    {
        // The record is processed at once and the answer comes late: a client that
        // gives up sooner does not know, and must ask GET /records/{key}.
        QJsonObject f = fault(QStringLiteral("slow"));
        f.insert(QStringLiteral("delayMs"), 60000);
        QCOMPARE(m_client->setFault(f).status, 200);
        const QString key = newKey();
        const HttpResult r = m_client->postRecord(makeRecord(key), {}, kClientGivesUpMs);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
        QVERIFY(isStored(key));
    }

    void dropAsQnamSeesIt()
    {
        // QNAM resends a request once or twice by itself when a connection closes
        // without an answer; with the fault on every request it gives up.
        QCOMPARE(m_client->setFault(fault(QStringLiteral("drop"))).status, 200);
        const QString key = newKey();
        const HttpResult r = m_client->postRecord(makeRecord(key));
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(faulted() >= 1);
        QVERIFY(!isStored(key));
        QCOMPARE(stored(), 0);
    }

    // QNAM (Qt 6.4) resends a request once by itself when the connection closes
    // without any answer, so one drop is invisible to it and two are not.
    void dropCountAsQnamSeesIt_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("freshConnection"); // the fault is set from another client
        QTest::addColumn<int>("status");
        QTest::newRow("1, reused connection") << 1 << false << 201;
        QTest::newRow("1, fresh connection") << 1 << true << 201;
        QTest::newRow("2, reused connection") << 2 << false << 0;
        QTest::newRow("2, fresh connection") << 2 << true << 0;
    }

    void dropCountAsQnamSeesIt()
    {
        QFETCH(int, count);
        QFETCH(bool, freshConnection);
        QFETCH(int, status);
        QJsonObject f = fault(QStringLiteral("drop"));
        f.insert(QStringLiteral("count"), count);
        SimClient other(m_server->url());
        QCOMPARE((freshConnection ? other : *m_client).setFault(f).status, 200);
        const QString key = newKey();
        const HttpResult r = m_client->postRecord(makeRecord(key));
        QVERIFY(r.finished);
        QCOMPARE(r.status, status);
        QCOMPARE(r.error, status == 0 ? QNetworkReply::RemoteHostClosedError : QNetworkReply::NoError);
        QCOMPARE(other.stats().value(QStringLiteral("faulted")).toInt(), count);
        QCOMPARE(isStored(key), status == 201);
    }

    void dropOnce()
    {
        QJsonObject f = fault(QStringLiteral("drop"));
        f.insert(QStringLiteral("count"), 1);
        QCOMPARE(m_client->setFault(f).status, 200);
        const QString key = newKey();
        const QByteArray body = toJson(makeRecord(key));
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->serverPort()));
        raw.send("POST /records HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nIdempotency-Key: "
                 + key.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(raw.waitForClose());
        QVERIFY(raw.pendingBytes().isEmpty()); // not a single byte of answer
        QVERIFY(!isStored(key));
        QCOMPARE(m_client->postRecord(makeRecord(key)).status, 201); // the fault is used up
    }

    void hangAsQnamSeesIt()
    {
        QCOMPARE(m_client->setFault(fault(QStringLiteral("hang"))).status, 200);
        const QString key = newKey();
        QSignalSpy applied(m_server.get(), &BackofficeServer::faultApplied);
        const HttpResult r = m_client->postRecord(makeRecord(key), {}, kClientGivesUpMs);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.at(0).at(0).toString(), QStringLiteral("hang"));
        QVERIFY(!isStored(key));
    }

    void hangKeepsTheSocketOpen()
    {
        QCOMPARE(m_client->setFault(fault(QStringLiteral("hang"))).status, 200);
        QSignalSpy applied(m_server.get(), &BackofficeServer::faultApplied);
        const QString key = newKey();
        const QByteArray body = toJson(makeRecord(key));
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->serverPort()));
        raw.send("POST /records HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nIdempotency-Key: "
                 + key.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(applied.wait(kWaitMs));
        // A full round trip on another connection: an answer on the hung one would be here by now.
        QCOMPARE(m_client->get(QStringLiteral("/health")).status, 200);
        QVERIFY(!isStored(key));
        QVERIFY(!raw.isClosed());
        QVERIFY(raw.pendingBytes().isEmpty());
        // More bytes on a hung connection are swallowed, not answered.
        raw.send("GET /health HTTP/1.1\r\nHost: h\r\n\r\n");
        QCOMPARE(m_client->get(QStringLiteral("/health")).status, 200);
        QVERIFY(raw.pendingBytes().isEmpty());
        QVERIFY(!raw.isClosed());
    }

    void acceptThenHang()
    {
        QCOMPARE(m_client->setFault(fault(QStringLiteral("accept-then-hang"))).status, 200);
        const QString key = newKey();
        const HttpResult r = m_client->postRecord(makeRecord(key), {}, kClientGivesUpMs);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError);

        // The uploader's recovery: ask first, and find it stored.
        const HttpResult g = m_client->get(QStringLiteral("/records/") + key);
        QCOMPARE(g.status, 200);
        QCOMPARE(g.json().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(stored(), 1);
        // A blind resend would hang again, yet still store nothing twice.
        const HttpResult again = m_client->postRecord(makeRecord(key), {}, kClientGivesUpMs);
        QCOMPARE(again.status, 0);
        const QJsonObject stats = m_client->stats();
        QCOMPARE(stats.value(QStringLiteral("stored")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("duplicates")).toInt(), 1);
    }

    void acceptThenHangOnce()
    {
        QJsonObject f = fault(QStringLiteral("accept-then-hang"));
        f.insert(QStringLiteral("count"), 1);
        QCOMPARE(m_client->setFault(f).status, 200);
        const QString key = newKey();
        QCOMPARE(m_client->postRecord(makeRecord(key), {}, kClientGivesUpMs).error,
                 QNetworkReply::OperationCanceledError);
        const HttpResult again = m_client->postRecord(makeRecord(key));
        QCOMPARE(again.status, 200); // stored by the hung attempt
    }

    void faultTarget_data()
    {
        QTest::addColumn<QString>("on");
        QTest::addColumn<int>("postStatus");
        QTest::addColumn<int>("getStatus");
        QTest::newRow("default (post)") << QString() << 500 << 404;
        QTest::newRow("post") << "post" << 500 << 404;
        QTest::newRow("get") << "get" << 201 << 500;
        QTest::newRow("all") << "all" << 500 << 500;
    }

    void faultTarget()
    {
        QFETCH(QString, on);
        QFETCH(int, postStatus);
        QFETCH(int, getStatus);
        QJsonObject f = fault(QStringLiteral("500"));
        if (!on.isNull())
            f.insert(QStringLiteral("on"), on);
        const HttpResult set = m_client->setFault(f);
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(QStringLiteral("on")).toString(), on.isNull() ? QStringLiteral("post") : on);
        const QString key = newKey();
        QCOMPARE(m_client->postRecord(makeRecord(key)).status, postStatus);
        QCOMPARE(m_client->get(QStringLiteral("/records/") + key).status, getStatus);
    }

    void neverOnHealthOrSim_data()
    {
        QTest::addColumn<QString>("mode");
        for (const char *m : {"500", "429", "slow", "garbage", "drop", "hang", "accept-then-hang", "reject"})
            QTest::newRow(m) << QString::fromLatin1(m);
    }

    void neverOnHealthOrSim()
    {
        QFETCH(QString, mode);
        QJsonObject f = fault(mode);
        f.insert(QStringLiteral("on"), QStringLiteral("all"));
        f.insert(QStringLiteral("delayMs"), 60000);
        QCOMPARE(m_client->setFault(f).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/health")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/_sim/stats")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/_sim/records")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/_sim/fault")).json().value(QStringLiteral("mode")).toString(), mode);
        QCOMPARE(m_client->request("POST", QStringLiteral("/_sim/reset")).status, 200);
        QCOMPARE(faulted(), 0);
    }

    void resetClearsTheFault()
    {
        QCOMPARE(m_client->setFault(fault(QStringLiteral("500"))).status, 200);
        QCOMPARE(m_client->request("POST", QStringLiteral("/_sim/reset")).status, 200);
        QCOMPARE(m_client->postRecord(makeRecord(newKey())).status, 201);
    }

    void faultFromOptions()
    {
        ServerOptions options;
        options.port = 0;
        options.fault.mode = FaultMode::TooManyRequests;
        options.fault.count = 1;
        BackofficeServer server(options);
        QVERIFY(server.start().has_value());
        SimClient client(server.url());
        const QString key = newKey();
        QCOMPARE(client.postRecord(makeRecord(key)).status, 429);
        QCOMPARE(client.postRecord(makeRecord(key)).status, 201);
    }

    void invalidFaults_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messageHas");
        QTest::newRow("not json") << QByteArray("mode=500") << "JSON object";
        QTest::newRow("array") << QByteArray("[\"500\"]") << "JSON object";
        QTest::newRow("no mode") << QByteArray("{}") << "\"mode\"";
        QTest::newRow("unknown mode") << QByteArray("{\"mode\": \"explode\"}") << "\"mode\"";
        QTest::newRow("mode not a string") << QByteArray("{\"mode\": 500}") << "\"mode\"";
        QTest::newRow("count 0") << QByteArray("{\"mode\": \"500\", \"count\": 0}") << "\"count\"";
        QTest::newRow("count fraction") << QByteArray("{\"mode\": \"500\", \"count\": 1.5}") << "\"count\"";
        QTest::newRow("count string") << QByteArray("{\"mode\": \"500\", \"count\": \"2\"}") << "\"count\"";
        QTest::newRow("negative delay") << QByteArray("{\"mode\": \"slow\", \"delayMs\": -1}") << "\"delayMs\"";
        QTest::newRow("huge delay") << QByteArray("{\"mode\": \"slow\", \"delayMs\": 600001}") << "\"delayMs\"";
        QTest::newRow("bad target") << QByteArray("{\"mode\": \"500\", \"on\": \"put\"}") << "\"on\"";
        QTest::newRow("unknown field") << QByteArray("{\"mode\": \"500\", \"times\": 2}") << "\"times\"";
    }

    void invalidFaults()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messageHas);
        const HttpResult r =
            m_client->request("POST", QStringLiteral("/_sim/fault"), body, {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json().value(QStringLiteral("message")).toString().contains(messageHas), r.body.constData());
        QCOMPARE(m_client->get(QStringLiteral("/_sim/fault")).json().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("none"));
    }

    void countNullMeansUntilChanged()
    {
        const HttpResult set = m_client->setFault(
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("500")}, {QStringLiteral("count"), QJsonValue::Null}});
        QCOMPARE(set.status, 200);
        QVERIFY(set.json().value(QStringLiteral("count")).isNull());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_client->postRecord(makeRecord(newKey())).status, 500);
    }
};

QTEST_GUILESS_MAIN(TestBackofficeFaults)
#include "tst_backofficefaults.moc"
