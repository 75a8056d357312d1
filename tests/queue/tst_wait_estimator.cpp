// Unit: the wait estimate (docs/queue.md, "Wait estimate"): people ahead ×
// recent mean service time ÷ counters serving, the default until there are
// enough services today, no estimate without an open counter.
#include "queue/WaitEstimator.h"

#include <QTest>

using namespace kakanai::queue;

class TestWaitEstimator : public QObject {
    Q_OBJECT
private slots:
    void estimate_data();
    void estimate();
    void minutesRoundUp();
};

void TestWaitEstimator::estimate_data()
{
    QTest::addColumn<int>("ahead");
    QTest::addColumn<double>("counters");
    QTest::addColumn<QList<qint64>>("recentMs");
    QTest::addColumn<int>("expected"); // seconds; -1: none
    // 4 × 480 s ÷ 2 = 960 s: the default (fewer than 3 services today).
    QTest::newRow("default service") << 4 << 2.0 << QList<qint64>{60000, 60000} << 960;
    // mean(60, 120, 180) = 120 s; 3 × 120 ÷ 1 = 360 s.
    QTest::newRow("recent mean") << 3 << 1.0 << QList<qint64>{60000, 120000, 180000} << 360;
    // A counter shared by 3 categories counts 1/3: 2 × 120 ÷ (1/3) = 720 s.
    QTest::newRow("shared counter") << 2 << (1.0 / 3) << QList<qint64>{120000, 120000, 120000} << 720;
    QTest::newRow("nobody ahead") << 0 << 1.0 << QList<qint64>{} << 0;
    QTest::newRow("no counter open") << 5 << 0.0 << QList<qint64>{60000, 60000, 60000} << -1;
    // Only the newest 20 count: 20 × 60 s and then 5 × 600 s → mean 60 s.
    QList<qint64> many(20, 60000);
    many.append(QList<qint64>(5, 600000));
    QTest::newRow("newest 20 only") << 1 << 1.0 << many << 60;
}

void TestWaitEstimator::estimate()
{
    QFETCH(int, ahead);
    QFETCH(double, counters);
    QFETCH(QList<qint64>, recentMs);
    QFETCH(int, expected);
    WaitEstimator::Basis basis;
    basis.peopleAhead = ahead;
    basis.countersServing = counters;
    basis.recentServiceMs = recentMs;
    basis.defaultServiceSeconds = 480;
    const auto seconds = WaitEstimator::estimateSeconds(basis);
    if (expected < 0) {
        QVERIFY(!seconds.has_value());
    } else {
        QVERIFY(seconds.has_value());
        QCOMPARE(*seconds, expected);
    }
}

void TestWaitEstimator::minutesRoundUp()
{
    QCOMPARE(WaitEstimator::minutes(0), std::optional<int>(0));
    QCOMPARE(WaitEstimator::minutes(1), std::optional<int>(1));
    QCOMPARE(WaitEstimator::minutes(60), std::optional<int>(1));
    QCOMPARE(WaitEstimator::minutes(61), std::optional<int>(2));
    QVERIFY(!WaitEstimator::minutes(std::nullopt).has_value());
}

QTEST_GUILESS_MAIN(TestWaitEstimator)
#include "tst_wait_estimator.moc"
