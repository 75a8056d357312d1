// Uploader against FakeHttpTransport and a ManualClock: the contract's
// classification end to end, GET-before-POST after an unknown outcome,
// backoff and pause, offline, recovery, batching, and signals.
#include "OutboxTestSupport.h"

#include "outbox/BackoffPolicy.h"
#include "outbox/FakeHttpTransport.h"
#include "outbox/Uploader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace kakanai;
using namespace kakanai::test;
using namespace std::chrono_literals;
using NE = HttpResponse::NetworkError;

Q_DECLARE_METATYPE(kakanai::HttpResponse)

namespace {

QByteArray acceptedBody(const QString &key)
{
    return QStringLiteral("{\"key\":\"%1\",\"status\":\"accepted\",\"receivedAt\":\"2026-11-24T09:00:00.000Z\"}").arg(key).toUtf8();
}

QString keyOf(const HttpRequest &r)
{
    if (r.method == "GET")
        return r.path.section(QLatin1Char('/'), -1);
    for (const auto &h : r.headers)
        if (h.first == "Idempotency-Key")
            return QString::fromLatin1(h.second);
    return {};
}

// A well-behaved back office in memory.
struct FakeBackOffice {
    QSet<QString> stored;
    int posts = 0;
    int lookups = 0;
    HttpResponse operator()(const HttpRequest &r)
    {
        const QString key = keyOf(r);
        if (r.method == "POST") {
            ++posts;
            const bool had = stored.contains(key);
            stored.insert(key);
            return HttpResponse::answer(had ? 200 : 201, acceptedBody(key));
        }
        ++lookups;
        if (stored.contains(key))
            return HttpResponse::answer(200, acceptedBody(key));
        return HttpResponse::answer(404, QByteArrayLiteral("{\"error\":\"not-found\"}"));
    }
};

struct Fixture {
    Fixture(int batchSize = 20)
        : backoff(1000ms, 60000ms, random)
    {
        UploaderOptions options;
        options.batchSize = batchSize;
        options.requestTimeoutMs = 5000;
        uploader = std::make_unique<Uploader>(store.outbox(), http, backoff, store.clock(), options);
    }
    QString enqueue()
    {
        const QString id = newUuid();
        auto q = store.outbox().enqueue(makeRecord(id));
        return q ? id : QString();
    }
    TempStore store;
    FakeHttpTransport http;
    FixedRandom random; // top of the range: delay = the bound, deterministic
    BackoffPolicy backoff;
    std::unique_ptr<Uploader> uploader;
};

} // namespace

class TestUploader : public QObject {
    Q_OBJECT
private slots:
    void classification_data();
    void classification();
    void timeoutThenLookupFindsItStored();
    void timeoutThenLookupNotFoundPosts();
    void lookupFailsStaysVerifyFirst();
    void garbageOnSuccessIsLookedUp();
    void authFailureKeepsRecordAndAlerts();
    void retryAfterIsRespected();
    void noProgressPausesThenResumes();
    void offlinePausesAndResumesByItself();
    void recoversInterruptedAtStart();
    void batchesAndConcurrency();
    void storeFailureWhileRecordingPutsBatchBack();
    void reachabilitySignals();
    void retryAllNowLiftsBackoff();
    void sendIsAsynchronous();
    void everyPostCarriesTheCurrentAuditCheckpoint();
};

void TestUploader::classification_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("verifyFirst");
    QTest::addColumn<qint64>("retryInMs");   // -1: not a retry
    QTest::addColumn<QString>("signal");     // sent | rejected | auth | none
    QTest::addColumn<int>("storedStatus");   // last_http_status, 0 = NULL

    const QString key = QStringLiteral("@KEY@"); // replaced by the real key in the handler
    QTest::newRow("201") << HttpResponse::answer(201, acceptedBody(key)) << "sent" << false << qint64(-1) << "sent" << 201;
    QTest::newRow("200") << HttpResponse::answer(200, acceptedBody(key)) << "sent" << false << qint64(-1) << "sent" << 200;
    QTest::newRow("409") << HttpResponse::answer(409, "{\"error\":\"key-reused\",\"message\":\"stored with another body\"}") << "rejected" << false << qint64(-1) << "rejected" << 409;
    QTest::newRow("400") << HttpResponse::answer(400, "{\"error\":\"invalid-json\",\"message\":\"bad\"}") << "rejected" << false << qint64(-1) << "rejected" << 400;
    QTest::newRow("422") << HttpResponse::answer(422, "{\"error\":\"rejected\",\"message\":\"no\"}") << "rejected" << false << qint64(-1) << "rejected" << 422;
    QTest::newRow("401") << HttpResponse::answer(401, "{\"error\":\"unauthorized\"}") << "pending" << false << qint64(1000) << "auth" << 401;
    QTest::newRow("403") << HttpResponse::answer(403, "{\"error\":\"unauthorized\"}") << "pending" << false << qint64(1000) << "auth" << 403;
    QTest::newRow("408") << HttpResponse::answer(408) << "pending" << false << qint64(1000) << "none" << 408;
    QTest::newRow("429 + Retry-After 9") << HttpResponse::answer(429, {}, {{"Retry-After", "9"}}) << "pending" << false << qint64(9000) << "none" << 429;
    QTest::newRow("500") << HttpResponse::answer(500) << "pending" << false << qint64(1000) << "none" << 500;
    QTest::newRow("503") << HttpResponse::answer(503) << "pending" << false << qint64(1000) << "none" << 503;
    QTest::newRow("refused") << HttpResponse::networkError(NE::ConnectionRefused, QStringLiteral("refused")) << "pending" << true << qint64(1000) << "none" << 0;
    QTest::newRow("reset") << HttpResponse::networkError(NE::ConnectionClosed, QStringLiteral("reset")) << "pending" << true << qint64(1000) << "none" << 0;
    QTest::newRow("timeout") << HttpResponse::networkError(NE::Timeout, QString()) << "pending" << true << qint64(1000) << "none" << 0;
    QTest::newRow("tls") << HttpResponse::networkError(NE::Tls, QStringLiteral("bad cert")) << "pending" << true << qint64(1000) << "none" << 0;
    QTest::newRow("garbage 200") << HttpResponse::answer(200, "<html/>") << "pending" << true << qint64(1000) << "none" << 200;
}

void TestUploader::classification()
{
    QFETCH(HttpResponse, response);
    QFETCH(QString, state);
    QFETCH(bool, verifyFirst);
    QFETCH(qint64, retryInMs);
    QFETCH(QString, signal);
    QFETCH(int, storedStatus);

    Fixture f;
    QVERIFY(f.store.isValid());
    const QString id = f.enqueue();
    QVERIFY(!id.isEmpty());
    f.http.setHandler([&](const HttpRequest &r) {
        HttpResponse out = response;
        out.body.replace("@KEY@", keyOf(r).toLatin1());
        return out;
    });
    QSignalSpy sent(f.uploader.get(), &Uploader::recordSent);
    QSignalSpy rejected(f.uploader.get(), &Uploader::recordRejected);
    QSignalSpy auth(f.uploader.get(), &Uploader::authenticationFailed);
    QSignalSpy finished(f.uploader.get(), &Uploader::passFinished);
    QVERIFY(f.uploader->start());
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());

    QCOMPARE(f.http.requests().size(), 1);
    const HttpRequest &req = f.http.requests().first();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, QStringLiteral("/records"));
    QCOMPARE(keyOf(req), id);
    QCOMPARE(req.body, makeRecord(id));
    QCOMPARE(req.timeoutMs, 5000);

    QCOMPARE(f.store.outboxColumn(id, QStringLiteral("state")), state);
    QCOMPARE(f.store.outboxColumn(id, QStringLiteral("attempts")), QStringLiteral("1"));
    QCOMPARE(f.store.outboxColumn(id, QStringLiteral("verify_first")), verifyFirst ? QStringLiteral("1") : QStringLiteral("0"));
    QCOMPARE(f.store.outboxColumn(id, QStringLiteral("last_http_status")),
             storedStatus ? QString::number(storedStatus) : QStringLiteral("<null>"));
    if (retryInMs >= 0) {
        QCOMPARE(f.store.outboxColumn(id, QStringLiteral("next_attempt_at")),
                 Outbox::storeTime(f.store.clock().nowUtc().addMSecs(retryInMs)));
        QVERIFY(!f.store.outboxColumn(id, QStringLiteral("last_error")).startsWith(QLatin1Char('<')));
    }
    QCOMPARE(sent.count(), signal == QLatin1String("sent") ? 1 : 0);
    QCOMPARE(rejected.count(), signal == QLatin1String("rejected") ? 1 : 0);
    QCOMPARE(auth.count(), signal == QLatin1String("auth") ? 1 : 0);
    if (!rejected.isEmpty()) {
        QCOMPARE(rejected.first().at(0).toString(), id);
        QCOMPARE(rejected.first().at(1).toInt(), storedStatus);
        QVERIFY(!rejected.first().at(2).toString().isEmpty());
        QCOMPARE(f.store.outboxColumn(id, QStringLiteral("last_error")), rejected.first().at(2).toString());
    }
    const OutboxCounts c = f.uploader->counts();
    QCOMPARE(c.sent + c.rejected + c.pending, 1);
    QCOMPARE(c.sending, 0);
}

void TestUploader::timeoutThenLookupFindsItStored()
{
    Fixture f;
    const QString id = f.enqueue();
    FakeBackOffice server;
    // The first POST is stored, but its answer never arrives (timeout).
    f.http.setHandler([&](const HttpRequest &r) {
        HttpResponse answer = server(r);
        return server.posts == 1 && r.method == "POST" ? HttpResponse::networkError(NE::Timeout, QString()) : answer;
    });
    QSignalSpy finished(f.uploader.get(), &Uploader::passFinished);
    QVERIFY(f.uploader->start());
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    QCOMPARE(f.store.outboxColumn(id, QStringLiteral("state")), QStringLiteral("pending"));
    QCOMPARE(f.store.outboxColumn(id, QStringLiteral("verify_first")), QStringLiteral("1"));

    f.store.clock().advanceSecs(61);
    finished.clear();
    f.uploader->uploadNow();
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    QCOMPARE(f.store.outboxColumn(id, QStringLiteral("state")), QStringLiteral("sent"));
    QCOMPARE(f.http.requests().size(), 2);
    QCOMPARE(f.http.requests().at(1).method, QByteArray("GET"));
    QCOMPARE(f.http.requests().at(1).path, QStringLiteral("/records/") + id);
    QCOMPARE(server.posts, 1); // never POSTed twice
    QCOMPARE(f.store.outboxColumn(id, QStringLiteral("attempts")), QStringLiteral("2"));
}

void TestUploader::timeoutThenLookupNotFoundPosts()
{
    Fixture f;
    const QString id = f.enqueue();
    FakeBackOffice server;
    // The first POST never reached the back office.
    bool first = true;
    f.http.setHandler([&](const HttpRequest &r) {
        if (first && r.method == "POST") {
            first = false;
            return HttpResponse::networkError(NE::Timeout, QString());
        }
        return server(r);
    });
    QSignalSpy finished(f.uploader.get(), &Uploader::passFinished);
    QVERIFY(f.uploader->start());
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    f.store.clock().advanceSecs(61);
    finished.clear();
    f.uploader->uploadNow();
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    QCOMPARE(f.store.outboxColumn(id, QStringLiteral("state")), QStringLiteral("sent"));
    QStringList calls;
    for (const HttpRequest &r : f.http.requests())
        calls << QString::fromLatin1(r.method);
    QCOMPARE(calls, (QStringList{QStringLiteral("POST"), QStringLiteral("GET"), QStringLiteral("POST")}));
    QCOMPARE(server.stored.size(), 1);
}

void TestUploader::lookupFailsStaysVerifyFirst()
{
    Fixture f;
    const QString id = f.enqueue();
    f.http.queueResponse(HttpResponse::networkError(NE::ConnectionClosed, QStringLiteral("drop")));
    f.http.queueResponse(HttpResponse::answer(503));                                  // the lookup
    f.http.queueResponse(HttpResponse::networkError(NE::Timeout, QString()));         // the lookup again
    f.http.queueResponse(HttpResponse::answer(200, acceptedBody(id)));                 // the lookup, finally
    QSignalSpy finished(f.uploader.get(), &Uploader::passFinished);
    QVERIFY(f.uploader->start());
    for (int round = 0; round < 4; ++round) {
        QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
        finished.clear();
        if (round < 3) {
            QCOMPARE(f.store.outboxColumn(id, QStringLiteral("verify_first")), QStringLiteral("1"));
            f.store.clock().advanceSecs(3600);
            f.uploader->uploadNow();
        }
    }
    QCOMPARE(f.store.outboxColumn(id, QStringLiteral("state")), QStringLiteral("sent"));
    QCOMPARE(f.http.requests().size(), 4);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(f.http.requests().at(i).method, QByteArray("GET"));
}

void TestUploader::garbageOnSuccessIsLookedUp()
{
    Fixture f;
    const QString id = f.enqueue();
    FakeBackOffice server;
    f.http.setHandler([&](const HttpRequest &r) {
        HttpResponse answer = server(r);
        if (r.method == "POST")
            answer.body = QByteArrayLiteral("<!DOCTYPE html><p>proxy</p>");
        return answer;
    });
    QSignalSpy finished(f.uploader.get(), &Uploader::passFinished);
    QVERIFY(f.uploader->start());
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    QCOMPARE(f.store.outboxColumn(id, QStringLiteral("state")), QStringLiteral("pending"));
    f.store.clock().advanceSecs(61);
    finished.clear();
    f.uploader->uploadNow();
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    QCOMPARE(f.store.outboxColumn(id, QStringLiteral("state")), QStringLiteral("sent"));
    QCOMPARE(server.posts, 1);
    QCOMPARE(server.lookups, 1);
}

void TestUploader::authFailureKeepsRecordAndAlerts()
{
    Fixture f;
    const QString a = f.enqueue();
    const QString b = f.enqueue();
    f.http.setHandler([](const HttpRequest &) { return HttpResponse::answer(401, "{\"error\":\"unauthorized\"}"); });
    QSignalSpy auth(f.uploader.get(), &Uploader::authenticationFailed);
    QSignalSpy reach(f.uploader.get(), &Uploader::backOfficeReachabilityChanged);
    QSignalSpy finished(f.uploader.get(), &Uploader::passFinished);
    QVERIFY(f.uploader->start());
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    QCOMPARE(auth.count(), 1); // one alert per batch, not per record
    QCOMPARE(auth.first().first().toInt(), 401);
    QCOMPARE(reach.count(), 1);
    QCOMPARE(reach.first().first().toBool(), true); // it answered: reachable, but refusing us
    for (const QString &id : {a, b})
        QCOMPARE(f.store.outboxColumn(id, QStringLiteral("state")), QStringLiteral("pending"));
    QVERIFY(f.uploader->pausedUntil().isValid());
    // Paused: asking again right away sends nothing.
    const qsizetype before = f.http.requests().size();
    finished.clear();
    f.uploader->uploadNow();
    QTRY_VERIFY(finished.count() >= 1);
    QCOMPARE(f.http.requests().size(), before);
}

void TestUploader::retryAfterIsRespected()
{
    Fixture f;
    const QString id = f.enqueue();
    f.http.queueResponse(HttpResponse::answer(429, {}, {{"Retry-After", "120"}}));
    QSignalSpy finished(f.uploader.get(), &Uploader::passFinished);
    QVERIFY(f.uploader->start());
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    const QDateTime t0 = f.store.clock().nowUtc();
    QCOMPARE(f.store.outboxColumn(id, QStringLiteral("next_attempt_at")), Outbox::storeTime(t0.addSecs(120)));
    QVERIFY(f.uploader->pausedUntil() >= t0.addSecs(120));
    f.http.setHandler(FakeBackOffice());
    // 119 s later it is still too early.
    f.store.clock().advanceSecs(119);
    finished.clear();
    f.uploader->uploadNow();
    QTRY_VERIFY(finished.count() >= 1);
    QCOMPARE(f.http.requests().size(), 1);
    f.store.clock().advanceSecs(1);
    finished.clear();
    f.uploader->uploadNow();
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    QCOMPARE(f.store.outboxColumn(id, QStringLiteral("state")), QStringLiteral("sent"));
}

void TestUploader::noProgressPausesThenResumes()
{
    Fixture f(2);
    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids << f.enqueue();
    f.http.setHandler([](const HttpRequest &) { return HttpResponse::answer(503); });
    QSignalSpy finished(f.uploader.get(), &Uploader::passFinished);
    QVERIFY(f.uploader->start());
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    // One batch, then the uploader pauses instead of hammering with the rest.
    QCOMPARE(f.http.requests().size(), 2);
    const QDateTime firstPause = f.uploader->pausedUntil();
    QCOMPARE(firstPause, f.store.clock().nowUtc().addMSecs(1000));

    f.store.clock().setNowUtc(firstPause);
    finished.clear();
    f.uploader->uploadNow();
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    QCOMPARE(f.http.requests().size(), 4);
    // The second pause is twice as long (full jitter at the top of its range).
    QCOMPARE(f.uploader->pausedUntil(), f.store.clock().nowUtc().addMSecs(2000));

    // The back office recovers: everything goes, oldest first.
    f.http.setHandler(FakeBackOffice());
    f.store.clock().advanceSecs(3600);
    finished.clear();
    f.uploader->uploadNow();
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    for (const QString &id : std::as_const(ids))
        QCOMPARE(f.store.outboxColumn(id, QStringLiteral("state")), QStringLiteral("sent"));
    QVERIFY(!f.uploader->pausedUntil().isValid());
}

void TestUploader::offlinePausesAndResumesByItself()
{
    Fixture f;
    f.http.setHandler(FakeBackOffice());
    QSignalSpy finished(f.uploader.get(), &Uploader::passFinished);
    QSignalSpy reach(f.uploader.get(), &Uploader::backOfficeReachabilityChanged);
    f.uploader->setNetworkAvailable(false);
    QVERIFY(f.uploader->start());
    QTRY_VERIFY(finished.count() >= 1);
    const QString id = f.enqueue();
    f.uploader->uploadNow();
    QTRY_VERIFY(finished.count() >= 2);
    QCOMPARE(f.http.requests().size(), 0);
    QCOMPARE(reach.count(), 1);
    QCOMPARE(reach.first().first().toBool(), false);
    // The network comes back: no call needed, it resumes on its own.
    f.uploader->setNetworkAvailable(true);
    QTRY_COMPARE(f.store.outboxColumn(id, QStringLiteral("state")), QStringLiteral("sent"));
    QCOMPARE(reach.last().first().toBool(), true);
}

void TestUploader::recoversInterruptedAtStart()
{
    Fixture f;
    const QString a = f.enqueue();
    const QString b = f.enqueue();
    // A previous run claimed `a` and died in the middle of the POST.
    QVERIFY(f.store.outbox().claimDue(1));
    QCOMPARE(f.store.outboxColumn(a, QStringLiteral("state")), QStringLiteral("sending"));
    FakeBackOffice server;
    server.stored.insert(a); // … and the back office did store it
    f.http.setHandler([&](const HttpRequest &r) { return server(r); });
    QSignalSpy finished(f.uploader.get(), &Uploader::passFinished);
    QVERIFY(f.uploader->start());
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    QCOMPARE(f.store.outboxColumn(a, QStringLiteral("state")), QStringLiteral("sent"));
    QCOMPARE(f.store.outboxColumn(b, QStringLiteral("state")), QStringLiteral("sent"));
    QCOMPARE(server.posts, 1);   // only b
    QCOMPARE(server.lookups, 1); // a was asked about, not sent again
}

void TestUploader::batchesAndConcurrency()
{
    Fixture f(20);
    for (int i = 0; i < 45; ++i)
        QVERIFY(!f.enqueue().isEmpty());
    FakeBackOffice server;
    f.http.setHandler([&](const HttpRequest &r) { return server(r); });
    f.http.holdResponses(true);
    QSignalSpy counts(f.uploader.get(), &Uploader::countsChanged);
    QVERIFY(f.uploader->start());
    QTRY_COMPARE(f.http.inFlight(), 20);
    QCOMPARE(f.uploader->isBusy(), true);
    f.http.holdResponses(false);
    f.http.release();
    QTRY_COMPARE(server.stored.size(), 45);
    QTRY_COMPARE(f.uploader->counts().sent, 45);
    QCOMPARE(server.posts, 45);
    QVERIFY(counts.count() >= 3);
    const auto last = counts.last().first().value<OutboxCounts>();
    QCOMPARE(last.sent, 45);
    QCOMPARE(last.waiting(), 0);
}

void TestUploader::storeFailureWhileRecordingPutsBatchBack()
{
    Fixture f;
    const QString a = f.enqueue();
    const QString b = f.enqueue();
    FakeBackOffice server;
    f.http.setHandler([&](const HttpRequest &r) { return server(r); });
    f.http.holdResponses(true);
    QSignalSpy problems(f.uploader.get(), &Uploader::storeProblem);
    QSignalSpy sent(f.uploader.get(), &Uploader::recordSent);
    QVERIFY(f.uploader->start());
    QTRY_COMPARE(f.http.inFlight(), 2);
    // The disk fills up between sending and recording the answers.
    f.store.outbox().failStatementForTesting(0);
    f.http.release();
    QTRY_COMPARE(problems.count(), 1);
    f.store.outbox().failStatementForTesting(-1);
    QCOMPARE(sent.count(), 0); // nothing claimed as sent that is not recorded as sent
    for (const QString &id : {a, b}) {
        QCOMPARE(f.store.outboxColumn(id, QStringLiteral("state")), QStringLiteral("pending"));
        QCOMPARE(f.store.outboxColumn(id, QStringLiteral("verify_first")), QStringLiteral("1"));
    }
    // Next time they are looked up, found, and marked sent without a second POST.
    f.http.holdResponses(false);
    f.uploader->uploadNow();
    QTRY_COMPARE(sent.count(), 2);
    QCOMPARE(server.posts, 2);
    QCOMPARE(server.lookups, 2);
}

void TestUploader::reachabilitySignals()
{
    Fixture f;
    const QString a = f.enqueue();
    f.http.queueResponse(HttpResponse::networkError(NE::ConnectionRefused, QStringLiteral("refused")));
    QSignalSpy reach(f.uploader.get(), &Uploader::backOfficeReachabilityChanged);
    QSignalSpy finished(f.uploader.get(), &Uploader::passFinished);
    QVERIFY(f.uploader->start());
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    QCOMPARE(reach.count(), 1);
    QCOMPARE(reach.at(0).first().toBool(), false);
    QCOMPARE(f.uploader->backOfficeReachable(), std::optional<bool>(false));
    f.http.setHandler(FakeBackOffice());
    f.store.clock().advanceSecs(60);
    f.uploader->uploadNow();
    QTRY_COMPARE(reach.count(), 2);
    QCOMPARE(reach.at(1).first().toBool(), true);
    QTRY_COMPARE(f.store.outboxColumn(a, QStringLiteral("state")), QStringLiteral("sent"));
}

void TestUploader::retryAllNowLiftsBackoff()
{
    Fixture f;
    const QString a = f.enqueue();
    f.http.queueResponse(HttpResponse::answer(500));
    QSignalSpy finished(f.uploader.get(), &Uploader::passFinished);
    QVERIFY(f.uploader->start());
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    QVERIFY(f.uploader->pausedUntil().isValid());
    f.http.setHandler(FakeBackOffice());
    f.uploader->retryAllNow(); // the clerk presses "send now"; the clock has not moved
    QTRY_COMPARE(f.store.outboxColumn(a, QStringLiteral("state")), QStringLiteral("sent"));
}

void TestUploader::sendIsAsynchronous()
{
    Fixture f;
    for (int i = 0; i < 3; ++i)
        f.enqueue();
    f.http.setHandler(FakeBackOffice());
    f.http.holdResponses(true);
    QVERIFY(f.uploader->start());
    QTRY_COMPARE(f.http.inFlight(), 3);
    // Control came back to the event loop with three requests open.
    QVERIFY(f.uploader->isBusy());
    QCOMPARE(f.uploader->counts().sent, 0);
    // Stopping does not lose the answers already on their way.
    f.uploader->stop();
    f.http.release();
    QTRY_VERIFY(!f.uploader->isBusy());
    auto counts = f.store.outbox().counts();
    QVERIFY(counts);
    QCOMPARE(counts->sent, 3);
}

void TestUploader::everyPostCarriesTheCurrentAuditCheckpoint()
{
    Fixture f;
    const QString first = f.enqueue();
    FakeBackOffice server;
    bool timedOut = false;
    f.http.setHandler([&](const HttpRequest &r) {
        // The first POST is lost: its retry comes after the audit log grew.
        if (!timedOut && r.method == "POST") {
            timedOut = true;
            return HttpResponse::networkError(NE::Timeout, QString());
        }
        return server(r);
    });
    QByteArray checkpoint = "checkpoint-at-3";
    f.uploader->setAuditCheckpointSource([&checkpoint] { return checkpoint; });
    QSignalSpy finished(f.uploader.get(), &Uploader::passFinished);
    QVERIFY(f.uploader->start());
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    checkpoint = "checkpoint-at-4";
    f.store.clock().advanceSecs(61);
    finished.clear();
    f.uploader->uploadNow();
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    QCOMPARE(f.store.outboxColumn(first, QStringLiteral("state")), QStringLiteral("sent"));
    // No checkpoint (no anchor readable): no header, the record goes all the same.
    checkpoint.clear();
    const QString second = f.enqueue();
    finished.clear();
    f.uploader->uploadNow();
    QTRY_VERIFY(finished.count() >= 1 && !f.uploader->isBusy());
    QCOMPARE(f.store.outboxColumn(second, QStringLiteral("state")), QStringLiteral("sent"));

    QList<QByteArray> seen; // the header of each POST; "-" when absent
    for (const HttpRequest &r : f.http.requests()) {
        if (r.method != "POST")
            continue;
        QByteArray value = "-";
        for (const auto &h : r.headers)
            if (h.first == Uploader::auditCheckpointHeader())
                value = h.second;
        seen << value;
    }
    QCOMPARE(seen, (QList<QByteArray>{"checkpoint-at-3", "checkpoint-at-4", "-"}));
}

QTEST_GUILESS_MAIN(TestUploader)
#include "tst_uploader.moc"
