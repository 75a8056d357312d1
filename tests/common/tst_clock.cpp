#include "common/Clock.h"

#include <QTest>

using namespace kakanai;

class TestClock : public QObject {
    Q_OBJECT
private slots:
    void manualClockMovesOnlyWhenTold();
    void officeTodayFollowsOfficeZone_data();
    void officeTodayFollowsOfficeZone();
    void startOfDayIsLocalMidnight();
    void systemClockIsUtc();
};

void TestClock::manualClockMovesOnlyWhenTold()
{
    const QDateTime start(QDate(2026, 3, 31), QTime(23, 59, 59), Qt::UTC);
    ManualClock clock(start);
    QCOMPARE(clock.nowUtc(), start);
    QCOMPARE(clock.nowUtc(), start);
    clock.advanceSecs(1);
    QCOMPARE(clock.nowUtc(), QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
    clock.advanceDays(1);
    QCOMPARE(clock.nowUtc().date(), QDate(2026, 4, 2));
    clock.advanceMsecs(500);
    QCOMPARE(clock.nowUtc().time().msec(), 500);
}

void TestClock::officeTodayFollowsOfficeZone_data()
{
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("today");
    // Tokyo is UTC+9 all year: 14:59 UTC is still the same day, 15:00 is the next.
    QTest::newRow("tokyo before midnight") << QDateTime(QDate(2026, 4, 1), QTime(14, 59, 59), Qt::UTC)
                                           << QByteArray("Asia/Tokyo") << QDate(2026, 4, 1);
    QTest::newRow("tokyo at midnight") << QDateTime(QDate(2026, 4, 1), QTime(15, 0), Qt::UTC)
                                       << QByteArray("Asia/Tokyo") << QDate(2026, 4, 2);
    QTest::newRow("utc office") << QDateTime(QDate(2026, 4, 1), QTime(15, 0), Qt::UTC) << QByteArray("UTC")
                                << QDate(2026, 4, 1);
}

void TestClock::officeTodayFollowsOfficeZone()
{
    QFETCH(QDateTime, utc);
    QFETCH(QByteArray, zone);
    QFETCH(QDate, today);
    ManualClock clock(utc);
    OfficeCalendar calendar(clock, QTimeZone(zone));
    QCOMPARE(calendar.today(), today);
}

void TestClock::startOfDayIsLocalMidnight()
{
    ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(3, 0), Qt::UTC));
    OfficeCalendar calendar(clock, OfficeCalendar::defaultZone());
    QCOMPARE(calendar.startOfDayUtc(QDate(2026, 4, 2)), QDateTime(QDate(2026, 4, 1), QTime(15, 0), Qt::UTC));
    QVERIFY(calendar.zone().isValid());
}

void TestClock::systemClockIsUtc()
{
    SystemClock clock;
    QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
