// The contract's status table (docs/backoffice-api.md), row by row.
#include "outbox/ResponseClassifier.h"

#include <QTest>

using namespace kakanai;
using Kind = Verdict::Kind;
using NE = HttpResponse::NetworkError;

Q_DECLARE_METATYPE(kakanai::Verdict::Kind)
Q_DECLARE_METATYPE(kakanai::HttpResponse)

namespace {
const QString kKey = QStringLiteral("0b7d3c1e-3d0a-4f6e-9b1a-2f9c8e7d6a51");
const QDateTime kNow(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);

QByteArray accepted(const QString &key = kKey)
{
    return QStringLiteral("{\"key\":\"%1\",\"status\":\"accepted\",\"receivedAt\":\"2026-11-24T09:00:00.000Z\"}").arg(key).toUtf8();
}
HttpResponse answer(int status, QByteArray body = {}, HttpHeaders headers = {})
{
    return HttpResponse::answer(status, std::move(body), std::move(headers));
}
} // namespace

class TestResponseClassifier : public QObject {
    Q_OBJECT
private slots:
    void post_data();
    void post();
    void lookup_data();
    void lookup();
    void rejectionKeepsOnlyASafeCode_data();
    void rejectionKeepsOnlyASafeCode();
    void networkErrorKeepsOnlyTheKind();
};

void TestResponseClassifier::post_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<qint64>("retryAfterMs"); // -1: none

    QTest::newRow("201 created") << answer(201, accepted()) << Kind::Sent << true << qint64(-1);
    QTest::newRow("200 retry of stored") << answer(200, accepted()) << Kind::Sent << true << qint64(-1);
    QTest::newRow("409 key reused") << answer(409, "{\"error\":\"key-reused\",\"message\":\"different body\"}") << Kind::Rejected << true << qint64(-1);
    QTest::newRow("400 malformed") << answer(400, "{\"error\":\"invalid-json\",\"message\":\"bad\"}") << Kind::Rejected << true << qint64(-1);
    QTest::newRow("422 fails checks") << answer(422, "{\"error\":\"rejected\",\"message\":\"no\"}") << Kind::Rejected << true << qint64(-1);
    QTest::newRow("401") << answer(401, "{\"error\":\"unauthorized\"}") << Kind::AuthFailed << true << qint64(-1);
    QTest::newRow("403") << answer(403, "{\"error\":\"unauthorized\"}") << Kind::AuthFailed << true << qint64(-1);
    QTest::newRow("408") << answer(408) << Kind::RetryLater << false << qint64(-1);
    QTest::newRow("429 without Retry-After") << answer(429) << Kind::RetryLater << false << qint64(-1);
    QTest::newRow("429 Retry-After 7") << answer(429, {}, {{"Retry-After", "7"}}) << Kind::RetryLater << false << qint64(7000);
    QTest::newRow("500") << answer(500, "{\"error\":\"internal\"}") << Kind::RetryLater << false << qint64(-1);
    QTest::newRow("502") << answer(502, "<html>bad gateway</html>") << Kind::RetryLater << false << qint64(-1);
    QTest::newRow("503 Retry-After 2") << answer(503, {}, {{"retry-after", "2"}}) << Kind::RetryLater << false << qint64(2000);
    QTest::newRow("connection refused") << HttpResponse::networkError(NE::ConnectionRefused, QStringLiteral("refused")) << Kind::Unknown << false << qint64(-1);
    QTest::newRow("connection reset") << HttpResponse::networkError(NE::ConnectionClosed, QStringLiteral("closed")) << Kind::Unknown << false << qint64(-1);
    QTest::newRow("timeout") << HttpResponse::networkError(NE::Timeout, QStringLiteral("timeout")) << Kind::Unknown << false << qint64(-1);
    QTest::newRow("TLS error") << HttpResponse::networkError(NE::Tls, QStringLiteral("handshake")) << Kind::Unknown << false << qint64(-1);
    QTest::newRow("pin mismatch") << HttpResponse::networkError(NE::PinMismatch, QStringLiteral("pin")) << Kind::Unknown << false << qint64(-1);
    QTest::newRow("garbage on 200") << answer(200, "<html>proxy</html>") << Kind::Unknown << true << qint64(-1);
    QTest::newRow("garbage on 201") << answer(201, "{\"status\":\"accepted\"}") << Kind::Unknown << true << qint64(-1);
    QTest::newRow("200 for another key") << answer(200, accepted(QStringLiteral("11111111-2222-4333-8444-555555555555"))) << Kind::Unknown << true << qint64(-1);
    QTest::newRow("202 not in contract") << answer(202, accepted()) << Kind::Unknown << true << qint64(-1);
    QTest::newRow("404 wrong URL: keep") << answer(404) << Kind::RetryLater << true << qint64(-1);
    QTest::newRow("301 redirect: keep") << answer(301) << Kind::RetryLater << true << qint64(-1);
}

void TestResponseClassifier::post()
{
    QFETCH(HttpResponse, response);
    QFETCH(Kind, kind);
    QFETCH(bool, answered);
    QFETCH(qint64, retryAfterMs);
    const Verdict v = ResponseClassifier::classifyPost(response, kKey, kNow);
    QCOMPARE(v.kind, kind);
    QCOMPARE(v.backOfficeAnswered, answered);
    QCOMPARE(v.httpStatus, response.status);
    if (retryAfterMs < 0)
        QVERIFY(!v.retryAfter);
    else
        QCOMPARE(v.retryAfter.value_or(std::chrono::milliseconds(-1)).count(), retryAfterMs);
    if (kind != Kind::Sent)
        QVERIFY(!v.reason.isEmpty());
}

void TestResponseClassifier::lookup_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("200 stored") << answer(200, accepted()) << Kind::Sent;
    QTest::newRow("404 not stored") << answer(404, "{\"error\":\"not-found\"}") << Kind::NotStored;
    QTest::newRow("401") << answer(401) << Kind::AuthFailed;
    QTest::newRow("403") << answer(403) << Kind::AuthFailed;
    QTest::newRow("429") << answer(429, {}, {{"Retry-After", "1"}}) << Kind::RetryLater;
    QTest::newRow("500") << answer(500) << Kind::RetryLater;
    QTest::newRow("timeout") << HttpResponse::networkError(NE::Timeout, QString()) << Kind::Unknown;
    QTest::newRow("refused") << HttpResponse::networkError(NE::ConnectionRefused, QString()) << Kind::Unknown;
    QTest::newRow("garbage 200") << answer(200, "not json") << Kind::Unknown;
    QTest::newRow("400 odd") << answer(400) << Kind::Unknown;
}

void TestResponseClassifier::lookup()
{
    QFETCH(HttpResponse, response);
    QFETCH(Kind, kind);
    QCOMPARE(ResponseClassifier::classifyLookup(response, kKey, kNow).kind, kind);
}

// The back office's own words may quote what it was sent (a name, the
// individual number): only a code that looks like a contract code survives,
// inside a fixed text of ours (issue 10, item 3).
void TestResponseClassifier::rejectionKeepsOnlyASafeCode_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<QString>("code");          // what Verdict::code must be
    QTest::addColumn<QStringList>("forbidden"); // none of these may be in the reason

    const QStringList personal{QStringLiteral("123456789018"), QStringLiteral("山田"), QStringLiteral("spouse")};
    QTest::newRow("422 message quotes the number")
        << answer(422, QStringLiteral(R"({"error":"invalid-field","message":"spouse number 123456789018 of 山田 is wrong"})").toUtf8())
        << QStringLiteral("invalid-field") << personal;
    QTest::newRow("409 key reused")
        << answer(409, QStringLiteral(R"({"error":"key-reused","message":"山田 123456789018 spouse"})").toUtf8())
        << QStringLiteral("key-reused") << personal;
    QTest::newRow("code is the number")
        << answer(422, R"({"error":"123456789018","message":"x"})") << QStringLiteral("unrecognised")
        << QStringList{QStringLiteral("123456789018")};
    QTest::newRow("code with digits")
        << answer(400, R"({"error":"field-123456789018"})") << QStringLiteral("unrecognised")
        << QStringList{QStringLiteral("123456789018")};
    QTest::newRow("code in Japanese")
        << answer(422, QStringLiteral(R"({"error":"山田太郎"})").toUtf8()) << QStringLiteral("unrecognised")
        << QStringList{QStringLiteral("山田")};
    QTest::newRow("code too long")
        << answer(422, QByteArray(R"({"error":")") + QByteArray(200, 'a') + "\"}") << QStringLiteral("unrecognised")
        << QStringList{QString(41, QLatin1Char('a'))};
    QTest::newRow("no JSON") << answer(400, "spouse 123456789018") << QString() << personal;
    QTest::newRow("message only")
        << answer(422, R"({"message":"spouse 123456789018"})") << QString() << personal;
}

void TestResponseClassifier::rejectionKeepsOnlyASafeCode()
{
    QFETCH(HttpResponse, response);
    QFETCH(QString, code);
    QFETCH(QStringList, forbidden);
    const Verdict v = ResponseClassifier::classifyPost(response, kKey, kNow);
    QCOMPARE(v.kind, Kind::Rejected);
    QCOMPARE(v.code, code);
    QVERIFY(!v.reason.isEmpty());
    QVERIFY2(v.reason.contains(QString::number(response.status)), qPrintable(v.reason));
    if (!code.isEmpty() && code != QLatin1String("unrecognised"))
        QVERIFY2(v.reason.contains(code), qPrintable(v.reason));
    for (const QString &text : forbidden)
        QVERIFY2(!v.reason.contains(text), qPrintable(v.reason));
}

// A network error's detail comes from the TLS stack or the peer: only the
// kind of error is kept.
void TestResponseClassifier::networkErrorKeepsOnlyTheKind()
{
    const Verdict v = ResponseClassifier::classifyPost(
        HttpResponse::networkError(NE::Tls, QStringLiteral("certificate for 山田 123456789018 rejected")), kKey, kNow);
    QCOMPARE(v.kind, Kind::Unknown);
    QVERIFY(!v.reason.isEmpty());
    QVERIFY2(!v.reason.contains(QStringLiteral("123456789018")) && !v.reason.contains(QStringLiteral("山田")), qPrintable(v.reason));
}

QTEST_GUILESS_MAIN(TestResponseClassifier)
#include "tst_responseclassifier.moc"
