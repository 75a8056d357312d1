// BackoffPolicy: exponential bound, full jitter, floor and cap, Retry-After.
#include "OutboxTestSupport.h"
#include "outbox/BackoffPolicy.h"

#include <QTest>

using namespace kakanai;
using namespace std::chrono_literals;
using ms = std::chrono::milliseconds;

class TestBackoffPolicy : public QObject {
    Q_OBJECT
private slots:
    void boundGrowsToCap_data();
    void boundGrowsToCap();
    void fullJitterSpansZeroToBound_data();
    void fullJitterSpansZeroToBound();
    void capBelowFloorIsFloor();
    void hugeAttemptDoesNotOverflow();
    void retryAfterIsLowerBound_data();
    void retryAfterIsLowerBound();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void systemRandomStaysInRange();
};

void TestBackoffPolicy::boundGrowsToCap_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("bound");
    QTest::newRow("0: floor") << 0 << qint64(1000);
    QTest::newRow("1") << 1 << qint64(2000);
    QTest::newRow("2") << 2 << qint64(4000);
    QTest::newRow("5") << 5 << qint64(32000);
    QTest::newRow("6: capped") << 6 << qint64(60000);
    QTest::newRow("20: capped") << 20 << qint64(60000);
    QTest::newRow("negative: floor") << -3 << qint64(1000);
}

void TestBackoffPolicy::boundGrowsToCap()
{
    QFETCH(int, attempt);
    QFETCH(qint64, bound);
    test::FixedRandom random;
    const BackoffPolicy policy(1000ms, 60000ms, random);
    QCOMPARE(policy.bound(attempt).count(), bound);
    // With the random source at its top the delay is the bound itself.
    QCOMPARE(policy.delay(attempt).count(), bound);
}

void TestBackoffPolicy::fullJitterSpansZeroToBound_data()
{
    QTest::addColumn<double>("u");
    QTest::addColumn<qint64>("expected");
    // bound = 4000 (attempt 2, floor 1000)
    QTest::newRow("bottom: no wait") << 0.0 << qint64(0);
    QTest::newRow("middle") << 0.5 << qint64(2000);
    QTest::newRow("top") << 0.9999999 << qint64(4000);
    QTest::newRow("out of range above is clamped") << 7.0 << qint64(4000);
    QTest::newRow("out of range below is clamped") << -1.0 << qint64(0);
}

void TestBackoffPolicy::fullJitterSpansZeroToBound()
{
    QFETCH(double, u);
    QFETCH(qint64, expected);
    test::FixedRandom random(u);
    const BackoffPolicy policy(1000ms, 60000ms, random);
    QCOMPARE(policy.delay(2).count(), expected);
}

void TestBackoffPolicy::capBelowFloorIsFloor()
{
    test::FixedRandom random;
    const BackoffPolicy policy(5000ms, 1000ms, random);
    QCOMPARE(policy.cap().count(), 5000);
    QCOMPARE(policy.bound(0).count(), 5000);
    QCOMPARE(policy.bound(3).count(), 5000);
}

void TestBackoffPolicy::hugeAttemptDoesNotOverflow()
{
    test::FixedRandom random;
    const BackoffPolicy policy(1ms, ms(86400000), random);
    QCOMPARE(policy.bound(100000).count(), 86400000);
    QCOMPARE(policy.delay(std::numeric_limits<int>::max()).count(), 86400000);
}

void TestBackoffPolicy::retryAfterIsLowerBound_data()
{
    QTest::addColumn<double>("u");
    QTest::addColumn<qint64>("retryAfter");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("jitter below Retry-After") << 0.0 << qint64(3000) << qint64(3000);
    QTest::newRow("jitter above Retry-After") << 0.9999999 << qint64(500) << qint64(1000);
    QTest::newRow("Retry-After beyond the cap wins") << 0.5 << qint64(120000) << qint64(120000);
    QTest::newRow("Retry-After limited to a day") << 0.5 << qint64(10LL * 86400000) << qint64(86400000);
}

void TestBackoffPolicy::retryAfterIsLowerBound()
{
    QFETCH(double, u);
    QFETCH(qint64, retryAfter);
    QFETCH(qint64, expected);
    test::FixedRandom random(u);
    const BackoffPolicy policy(1000ms, 60000ms, random);
    QCOMPARE(policy.delay(0, ms(retryAfter)).count(), expected);
}

void TestBackoffPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected"); // -1: nullopt
    QTest::newRow("seconds") << QByteArray("1") << qint64(1000);
    QTest::newRow("seconds with spaces") << QByteArray(" 120 ") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("http date in 30 s") << QByteArray("Tue, 24 Nov 2026 09:00:30 GMT") << qint64(30000);
    QTest::newRow("http date in the past") << QByteArray("Tue, 24 Nov 2026 08:00:00 GMT") << qint64(0);
    QTest::newRow("huge seconds capped") << QByteArray("99999999999999") << qint64(86400000);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestBackoffPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    const auto parsed = BackoffPolicy::parseRetryAfter(header, now);
    if (expected < 0) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(parsed->count(), expected);
    }
}

void TestBackoffPolicy::systemRandomStaysInRange()
{
    SystemRandomSource random;
    const BackoffPolicy policy(100ms, 1000ms, random);
    for (int i = 0; i < 1000; ++i) {
        const qint64 d = policy.delay(3).count();
        QVERIFY(d >= 0 && d <= 800);
    }
}

QTEST_GUILESS_MAIN(TestBackoffPolicy)
#include "tst_backoffpolicy.moc"
