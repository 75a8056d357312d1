// Unit: when the simulated office is closed (core/queue/OfficeClosures):
// national holidays of whole years against the published lists, substitute
// holidays and 国民の休日, the year-end break, and the days the simulation
// treats specially (first day after a closure, the month's last office days).
#include "queue/OfficeClosures.h"

#include <QTest>

using kakanai::queue::OfficeClosures;

class TestOfficeClosures : public QObject {
    Q_OBJECT
private slots:
    void holidaysOfAYear_data();
    void holidaysOfAYear();
    void officeDays_data();
    void officeDays();
    void firstDayAfterClosure_data();
    void firstDayAfterClosure();
    void lastOfficeDaysOfMonth();
};

namespace {

QList<QDate> holidaysIn(int year)
{
    QList<QDate> found;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
        if (OfficeClosures::isNationalHoliday(d))
            found.append(d);
    return found;
}

QList<QDate> dates(int year, const QList<std::pair<int, int>> &monthDays)
{
    QList<QDate> out;
    for (const auto &[m, d] : monthDays)
        out.append(QDate(year, m, d));
    return out;
}

} // namespace

void TestOfficeClosures::holidaysOfAYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");
    // The Cabinet Office's lists (内閣府「国民の祝日」).
    QTest::newRow("2025") << 2025
                          << dates(2025, {{1, 1}, {1, 13}, {2, 11}, {2, 23}, {2, 24}, {3, 20}, {4, 29}, {5, 3},
                                          {5, 4}, {5, 5}, {5, 6}, {7, 21}, {8, 11}, {9, 15}, {9, 23}, {10, 13},
                                          {11, 3}, {11, 23}, {11, 24}});
    // 2026: 5/6 substitutes for Sunday 5/3; 9/22 lies between two holidays.
    QTest::newRow("2026") << 2026
                          << dates(2026, {{1, 1}, {1, 12}, {2, 11}, {2, 23}, {3, 20}, {4, 29}, {5, 3}, {5, 4},
                                          {5, 5}, {5, 6}, {7, 20}, {8, 11}, {9, 21}, {9, 22}, {9, 23}, {10, 12},
                                          {11, 3}, {11, 23}});
    QTest::newRow("2027") << 2027
                          << dates(2027, {{1, 1}, {1, 11}, {2, 11}, {2, 23}, {3, 21}, {3, 22}, {4, 29}, {5, 3},
                                          {5, 4}, {5, 5}, {7, 19}, {8, 11}, {9, 20}, {9, 23}, {10, 11}, {11, 3},
                                          {11, 23}});
    // The Olympic year: 海の日, スポーツの日 and 山の日 moved.
    QTest::newRow("2021") << 2021
                          << dates(2021, {{1, 1}, {1, 11}, {2, 11}, {2, 23}, {3, 20}, {4, 29}, {5, 3}, {5, 4},
                                          {5, 5}, {7, 22}, {7, 23}, {8, 8}, {8, 9}, {9, 20}, {9, 23}, {11, 3},
                                          {11, 23}});
}

void TestOfficeClosures::holidaysOfAYear()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);
    QCOMPARE(holidaysIn(year), expected);
}

void TestOfficeClosures::officeDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("open");
    QTest::newRow("ordinary Wednesday") << QDate(2026, 6, 10) << true;
    QTest::newRow("Saturday") << QDate(2026, 6, 13) << false;
    QTest::newRow("Sunday") << QDate(2026, 6, 14) << false;
    QTest::newRow("12/28 last day of the year") << QDate(2026, 12, 28) << true;
    QTest::newRow("12/29 year-end break") << QDate(2026, 12, 29) << false;
    QTest::newRow("12/31") << QDate(2026, 12, 31) << false;
    QTest::newRow("1/2") << QDate(2026, 1, 2) << false;
    QTest::newRow("1/3") << QDate(2030, 1, 3) << false;
    QTest::newRow("1/4 first day of the year") << QDate(2027, 1, 4) << true;
    QTest::newRow("substitute holiday") << QDate(2026, 5, 6) << false;
    QTest::newRow("national holiday") << QDate(2026, 11, 3) << false;
}

void TestOfficeClosures::officeDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, open);
    QCOMPARE(OfficeClosures::isOfficeDay(date), open);
}

void TestOfficeClosures::firstDayAfterClosure_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("after");
    QTest::newRow("Monday after a plain weekend") << QDate(2026, 6, 15) << false;
    QTest::newRow("Tuesday after a Monday holiday") << QDate(2026, 7, 21) << true;
    QTest::newRow("after Golden Week") << QDate(2026, 5, 7) << true;
    QTest::newRow("first day of the year") << QDate(2027, 1, 4) << true;
    QTest::newRow("ordinary Thursday") << QDate(2026, 6, 11) << false;
    QTest::newRow("a closed day itself") << QDate(2026, 5, 6) << false;
}

void TestOfficeClosures::firstDayAfterClosure()
{
    QFETCH(QDate, date);
    QFETCH(bool, after);
    QCOMPARE(OfficeClosures::isFirstDayAfterClosure(date), after);
}

void TestOfficeClosures::lastOfficeDaysOfMonth()
{
    // June 2026 ends on Tuesday 30th: the last two office days are 29 and 30.
    QVERIFY(OfficeClosures::isAmongLastOfficeDaysOfMonth(QDate(2026, 6, 30), 2));
    QVERIFY(OfficeClosures::isAmongLastOfficeDaysOfMonth(QDate(2026, 6, 29), 2));
    QVERIFY(!OfficeClosures::isAmongLastOfficeDaysOfMonth(QDate(2026, 6, 26), 2));
    // May 2026 ends on a Sunday: Thursday 28 and Friday 29.
    QVERIFY(OfficeClosures::isAmongLastOfficeDaysOfMonth(QDate(2026, 5, 28), 2));
    QVERIFY(!OfficeClosures::isAmongLastOfficeDaysOfMonth(QDate(2026, 5, 27), 2));
    QVERIFY(!OfficeClosures::isAmongLastOfficeDaysOfMonth(QDate(2026, 5, 31), 2));
}

QTEST_GUILESS_MAIN(TestOfficeClosures)
#include "tst_office_closures.moc"
