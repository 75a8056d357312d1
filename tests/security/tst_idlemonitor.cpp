#include "common/Clock.h"
#include "security/IdleMonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace kakanai;

class TestIdleMonitor : public QObject {
    Q_OBJECT
private slots:
    void locksAfterTheLimitOnce();
    void activityPostponesTheLock();
    void timerDrivesCheck();
};

void TestIdleMonitor::locksAfterTheLimitOnce()
{
    ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
    IdleMonitor idle(clock, std::chrono::minutes(10));
    QSignalSpy spy(&idle, &IdleMonitor::idle);
    clock.advanceSecs(9 * 60 + 59);
    idle.check();
    QCOMPARE(spy.count(), 0);
    clock.advanceSecs(1);
    idle.check();
    QCOMPARE(spy.count(), 1);
    clock.advanceSecs(600);
    idle.check();
    QCOMPARE(spy.count(), 1); // once per idle period
    idle.activity();
    clock.advanceSecs(600);
    idle.check();
    QCOMPARE(spy.count(), 2);
}

void TestIdleMonitor::activityPostponesTheLock()
{
    ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
    IdleMonitor idle(clock, std::chrono::minutes(10));
    QSignalSpy spy(&idle, &IdleMonitor::idle);
    for (int i = 0; i < 6; ++i) {
        clock.advanceSecs(5 * 60);
        idle.activity();
        idle.check();
    }
    QCOMPARE(spy.count(), 0);
    idle.setLimit(std::chrono::minutes(1));
    clock.advanceSecs(60);
    idle.check();
    QCOMPARE(spy.count(), 1);
}

void TestIdleMonitor::timerDrivesCheck()
{
    ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
    IdleMonitor idle(clock, std::chrono::minutes(10));
    QSignalSpy spy(&idle, &IdleMonitor::idle);
    idle.start(std::chrono::milliseconds(10));
    clock.advanceSecs(601);
    QTRY_COMPARE(spy.count(), 1);
    idle.stop();
}

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
