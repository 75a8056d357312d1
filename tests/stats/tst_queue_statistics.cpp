// QueueStatistics::compute and compare on small fact sets whose figures are
// worked out by hand below (percentiles: linear interpolation between closest
// ranks, as PostgreSQL percentile_cont and Excel PERCENTILE.INC).
#include "queue/QueueStatistics.h"
#include "queue/ZoneOffsets.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace kakanai::queue;
using Outcome = TicketFacts::Outcome;

Q_DECLARE_METATYPE(StatsGrouping)

namespace {

const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
constexpr double absent = -1; // in the data tables: "no figure"

// A ticket that arrived (and was issued) at `arrival` Tokyo time on `date`,
// called `waitS` later, served 30 s after the call for `serviceS`.
TicketFacts ticket(const QString &id, const QString &category, QDate date, QTime arrival, std::optional<int> waitS,
                   std::optional<int> serviceS, Outcome outcome, const QString &counter, const QString &staff,
                   int staffOnDuty, std::optional<int> estimateS = std::nullopt)
{
    TicketFacts t;
    t.ticketId = id;
    t.category = category;
    t.officeDate = date;
    t.arrivalMs = QDateTime(date, arrival, tokyo).toMSecsSinceEpoch();
    t.issuedMs = t.arrivalMs;
    if (waitS) {
        t.firstCalledMs = t.arrivalMs + qint64(*waitS) * 1000;
        if (serviceS) {
            t.serviceStartedMs = *t.firstCalledMs + 30000;
            t.finishedMs = *t.serviceStartedMs + qint64(*serviceS) * 1000;
        } else if (outcome == Outcome::NoShow) {
            t.finishedMs = *t.firstCalledMs + 600000; // declared a no-show after the last recall
        }
    }
    t.outcome = outcome;
    t.counterId = counter;
    t.staffId = staff;
    t.staffOnDuty = staffOnDuty;
    t.estimatedWaitSeconds = estimateS;
    return t;
}

const QDate wed(2026, 4, 1);
const QDate thu(2026, 4, 2);
const QDate mon(2026, 4, 6);
const QString certificates = QStringLiteral("certificates");
const QString moves = QStringLiteral("moves");

// The seven tickets most cases use:
//   id  category      day  arrival wait  service outcome    counter staff duty estimate
//   t1  certificates  Wed  09:10    60    300    done       1       s1    2    120
//   t2  certificates  Wed  09:40   120    420    done       2       s2    2     60
//   t3  moves         Wed  10:05   180     –     no-show    1       s1    3     –
//   t4  moves         Thu  09:20   240    600    done       10      s2    3    300
//   t5  certificates  Thu  10:30   600    900    done       2       s1    4     –
//   t6  moves         Mon  09:05    –      –     cancelled  –       –     4     –
//   t7  certificates  Mon  11:00    –      –     open       –       –     3     –
QList<TicketFacts> seven()
{
    return {ticket(QStringLiteral("t1"), certificates, wed, QTime(9, 10), 60, 300, Outcome::Done, QStringLiteral("1"),
                   QStringLiteral("s1"), 2, 120),
            ticket(QStringLiteral("t2"), certificates, wed, QTime(9, 40), 120, 420, Outcome::Done, QStringLiteral("2"),
                   QStringLiteral("s2"), 2, 60),
            ticket(QStringLiteral("t3"), moves, wed, QTime(10, 5), 180, std::nullopt, Outcome::NoShow,
                   QStringLiteral("1"), QStringLiteral("s1"), 3),
            ticket(QStringLiteral("t4"), moves, thu, QTime(9, 20), 240, 600, Outcome::Done, QStringLiteral("10"),
                   QStringLiteral("s2"), 3, 300),
            ticket(QStringLiteral("t5"), certificates, thu, QTime(10, 30), 600, 900, Outcome::Done, QStringLiteral("2"),
                   QStringLiteral("s1"), 4),
            ticket(QStringLiteral("t6"), moves, mon, QTime(9, 5), std::nullopt, std::nullopt, Outcome::Cancelled, {}, {},
                   4),
            ticket(QStringLiteral("t7"), certificates, mon, QTime(11, 0), std::nullopt, std::nullopt, Outcome::Open, {},
                   {}, 3)};
}

StatsOptions levels(QList<int> minutes)
{
    StatsOptions options;
    options.zone = tokyo;
    options.serviceLevelMinutes = std::move(minutes);
    return options;
}

bool same(const std::optional<double> &actual, double expected)
{
    if (expected == absent)
        return !actual.has_value();
    return actual && std::abs(*actual - expected) < 1e-9;
}

QString show(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("absent");
}

#define COMPARE_FIGURE(actual, expected)                                                                               \
    QVERIFY2(same((actual), (expected)),                                                                              \
             qPrintable(QStringLiteral("%1 is %2, expected %3").arg(QLatin1String(#actual), show(actual)).arg(expected)))

} // namespace

class TestQueueStatistics : public QObject {
    Q_OBJECT
private slots:
    void percentile_data();
    void percentile();
    void totalOfSeven();
    void grouped_data();
    void grouped();
    void serviceLevelBoundsAreInclusive();
    void emptyInputHasCountsButNoFigures();
    void compareGivesDifferencesPerKey();
    void localHourFollowsTheZone_data();
    void localHourFollowsTheZone();
    void computesAMonthQuickly_data();
    void computesAMonthQuickly();
};

void TestQueueStatistics::percentile_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    const QList<qint64> five{600, 60, 240, 120, 180}; // unsorted on purpose
    // n = 5: h = (5−1)·0.5 = 2 → x[2] = 180
    QTest::newRow("median of 5") << five << 0.5 << 180.0;
    // h = 4·0.9 = 3.6 → x[3] + 0.6·(x[4] − x[3]) = 240 + 0.6·360 = 456
    QTest::newRow("p90 of 5") << five << 0.9 << 456.0;
    // n = 4 (300 420 600 900): h = 3·0.5 = 1.5 → 420 + 0.5·180 = 510
    QTest::newRow("median of 4") << QList<qint64>{900, 300, 600, 420} << 0.5 << 510.0;
    // h = 3·0.9 = 2.7 → 600 + 0.7·300 = 810
    QTest::newRow("p90 of 4") << QList<qint64>{900, 300, 600, 420} << 0.9 << 810.0;
    QTest::newRow("one value") << QList<qint64>{42} << 0.9 << 42.0;
    QTest::newRow("p0 is the minimum") << five << 0.0 << 60.0;
    QTest::newRow("p100 is the maximum") << five << 1.0 << 600.0;
    // Ties: 10 10 10 20, h = 3·0.9 = 2.7 → 10 + 0.7·10 = 17
    QTest::newRow("ties") << QList<qint64>{10, 20, 10, 10} << 0.9 << 17.0;
}

void TestQueueStatistics::percentile()
{
    QFETCH(QList<qint64>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    COMPARE_FIGURE(QueueStatistics::percentile(values, p), expected);
    QList<qint64> none;
    QVERIFY(!QueueStatistics::percentile(none, p));
}

void TestQueueStatistics::totalOfSeven()
{
    const StatsReport report = QueueStatistics::compute(seven(), StatsGrouping::Total, levels({2, 5}));
    QVERIFY(report.rows.isEmpty());
    const StatsRow &t = report.total;
    QVERIFY(t.isTotal);
    QCOMPARE(t.arrivals, 7);
    QCOMPARE(t.served, 4);
    QCOMPARE(t.noShows, 1);
    QCOMPARE(t.cancelled, 1);
    QCOMPARE(t.open, 1);
    // Waits of the 5 called tickets (the no-show too): 60 120 180 240 600.
    QCOMPARE(t.wait.count, 5);
    COMPARE_FIGURE(t.wait.meanSeconds, 240.0);   // 1200 / 5
    COMPARE_FIGURE(t.wait.medianSeconds, 180.0); // x[2]
    COMPARE_FIGURE(t.wait.p90Seconds, 456.0);    // 240 + 0.6·(600 − 240)
    // Services of the 4 done tickets: 300 420 600 900.
    QCOMPARE(t.service.count, 4);
    COMPARE_FIGURE(t.service.meanSeconds, 555.0);   // 2220 / 4
    COMPARE_FIGURE(t.service.medianSeconds, 510.0); // 420 + 0.5·180
    COMPARE_FIGURE(t.service.p90Seconds, 810.0);    // 600 + 0.7·300
    // Within 2 min: 60 120 → 2 of 5; within 5 min: 60 120 180 240 → 4 of 5.
    QCOMPARE(t.withinServiceLevel, (QList<int>{2, 4}));
    COMPARE_FIGURE(t.shareWithinServiceLevel.at(0), 0.4);
    COMPARE_FIGURE(t.shareWithinServiceLevel.at(1), 0.8);
    // Estimates: t1 told 120 waited 60, t2 told 60 waited 120, t4 told 300 waited 240.
    QCOMPARE(t.estimate.count, 3);
    COMPARE_FIGURE(t.estimate.meanEstimateSeconds, 160.0);      // 480 / 3
    COMPARE_FIGURE(t.estimate.meanActualSeconds, 140.0);        // 420 / 3
    COMPARE_FIGURE(t.estimate.meanAbsoluteErrorSeconds, 60.0);  // (60 + 60 + 60) / 3
    COMPARE_FIGURE(t.estimate.meanSignedErrorSeconds, -20.0);   // (−60 + 60 − 60) / 3
    COMPARE_FIGURE(t.meanStaffOnDuty, 3.0);                     // (2+2+3+3+4+4+3) / 7

    // The JSON has every figure, seconds as numbers.
    const QJsonObject json = QueueStatistics::toJson(report);
    QCOMPARE(json.value(QStringLiteral("by")).toString(), QStringLiteral("total"));
    const QJsonObject total = json.value(QStringLiteral("total")).toObject();
    QCOMPARE(total.value(QStringLiteral("wait")).toObject().value(QStringLiteral("p90Seconds")).toDouble(), 456.0);
    QCOMPARE(total.value(QStringLiteral("withinServiceLevel")).toArray().at(1).toObject().value(QStringLiteral("share")).toDouble(),
             0.8);
    QCOMPARE(total.value(QStringLiteral("estimate")).toObject().value(QStringLiteral("meanSignedErrorSeconds")).toDouble(),
             -20.0);
}

void TestQueueStatistics::grouped_data()
{
    QTest::addColumn<StatsGrouping>("grouping");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QList<int>>("arrivals");
    QTest::addColumn<QList<int>>("served");
    QTest::addColumn<QList<int>>("waitCounts");
    QTest::addColumn<QList<double>>("waitMedians");
    QTest::addColumn<QList<double>>("waitP90s");

    // certificates t1 t2 t5 t7: waits 60 120 600 → median 120, p90 h = 1.8: 120 + 0.8·480 = 504
    // moves t3 t4 t6: waits 180 240 → median 210, p90 h = 0.9: 180 + 0.9·60 = 234
    QTest::newRow("category") << StatsGrouping::Category << QStringList{certificates, moves} << QList<int>{4, 3}
                              << QList<int>{3, 1} << QList<int>{3, 2} << QList<double>{120, 210}
                              << QList<double>{504, 234};
    // 1: t1 t3 (60 180) → 120, 60 + 0.9·120 = 168; 2: t2 t5 (120 600) → 360, 120 + 0.9·480 = 552;
    // 10: t4 (240); none: t6 t7, never called. Counter ids sort as numbers, "none" last.
    QTest::newRow("counter") << StatsGrouping::Counter << QStringList{QStringLiteral("1"), QStringLiteral("2"),
                                                                       QStringLiteral("10"), QString()}
                             << QList<int>{2, 2, 1, 2} << QList<int>{1, 2, 1, 0} << QList<int>{2, 2, 1, 0}
                             << QList<double>{120, 360, 240, absent} << QList<double>{168, 552, 240, absent};
    // s1: t1 t3 t5 (60 180 600) → 180, h = 1.8: 180 + 0.8·420 = 516; s2: t2 t4 (120 240) → 180, 120 + 0.9·120 = 228
    QTest::newRow("staff") << StatsGrouping::Staff
                           << QStringList{QStringLiteral("s1"), QStringLiteral("s2"), QString()}
                           << QList<int>{3, 2, 2} << QList<int>{2, 2, 0} << QList<int>{3, 2, 0}
                           << QList<double>{180, 180, absent} << QList<double>{516, 228, absent};
    // Wed t1 t2 t3 (60 120 180) → 120, 120 + 0.8·60 = 168; Thu t4 t5 (240 600) → 420, 240 + 0.9·360 = 564; Mon: none called
    QTest::newRow("day") << StatsGrouping::Day
                         << QStringList{QStringLiteral("2026-04-01"), QStringLiteral("2026-04-02"),
                                        QStringLiteral("2026-04-06")}
                         << QList<int>{3, 2, 2} << QList<int>{2, 2, 0} << QList<int>{3, 2, 0}
                         << QList<double>{120, 420, absent} << QList<double>{168, 564, absent};
    // ISO weekdays: Monday 1, Wednesday 3, Thursday 4.
    QTest::newRow("weekday") << StatsGrouping::Weekday
                             << QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("4")}
                             << QList<int>{2, 3, 2} << QList<int>{0, 2, 2} << QList<int>{0, 3, 2}
                             << QList<double>{absent, 120, 420} << QList<double>{absent, 168, 564};
    // Tokyo hour of arrival: 09 t1 t2 t4 t6 (60 120 240) → 120, 120 + 0.8·120 = 216;
    // 10 t3 t5 (180 600) → 390, 180 + 0.9·420 = 558; 11 t7 (open).
    QTest::newRow("hour") << StatsGrouping::Hour
                          << QStringList{QStringLiteral("09"), QStringLiteral("10"), QStringLiteral("11")}
                          << QList<int>{4, 2, 1} << QList<int>{3, 1, 0} << QList<int>{3, 2, 0}
                          << QList<double>{120, 390, absent} << QList<double>{216, 558, absent};
    // Counters open at issue: 2 t1 t2 (60 120) → 90, 60 + 0.9·60 = 114; 3 t3 t4 t7 (180 240) → 210, 234; 4 t5 t6 (600).
    QTest::newRow("staff on duty") << StatsGrouping::StaffOnDuty
                                   << QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}
                                   << QList<int>{2, 3, 2} << QList<int>{2, 1, 1} << QList<int>{2, 2, 1}
                                   << QList<double>{90, 210, 600} << QList<double>{114, 234, 600};
}

void TestQueueStatistics::grouped()
{
    QFETCH(StatsGrouping, grouping);
    QFETCH(QStringList, keys);
    QFETCH(QList<int>, arrivals);
    QFETCH(QList<int>, served);
    QFETCH(QList<int>, waitCounts);
    QFETCH(QList<double>, waitMedians);
    QFETCH(QList<double>, waitP90s);

    const StatsReport report = QueueStatistics::compute(seven(), grouping, levels({15, 30}));
    QCOMPARE(report.grouping, grouping);
    QStringList actualKeys;
    for (const StatsRow &row : report.rows)
        actualKeys << row.key;
    QCOMPARE(actualKeys, keys);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const StatsRow &row = report.rows.at(i);
        QCOMPARE(row.arrivals, arrivals.at(i));
        QCOMPARE(row.served, served.at(i));
        QCOMPARE(row.wait.count, waitCounts.at(i));
        COMPARE_FIGURE(row.wait.medianSeconds, waitMedians.at(i));
        COMPARE_FIGURE(row.wait.p90Seconds, waitP90s.at(i));
        // Every wait here is under 15 minutes: share 1 where anyone was called.
        COMPARE_FIGURE(row.shareWithinServiceLevel.at(0), waitCounts.at(i) > 0 ? 1.0 : absent);
        QVERIFY(!row.isTotal);
    }
    // The total is there whatever the grouping, and the same.
    QCOMPARE(report.total.arrivals, 7);
    COMPARE_FIGURE(report.total.wait.p90Seconds, 456.0);
    QCOMPARE(report.tableRows().size(), keys.size() + 1);
    QVERIFY(report.tableRows().last().isTotal);
}

void TestQueueStatistics::serviceLevelBoundsAreInclusive()
{
    // Waits 899 900 901 1800 1801 s: within 15 min (900 s) 899 900 → 2 of 5 = 0.4;
    // within 30 min (1800 s) the first four → 0.8. Default levels: 15 and 30.
    QList<TicketFacts> facts;
    int n = 0;
    for (int wait : {899, 900, 901, 1800, 1801})
        facts << ticket(QStringLiteral("w%1").arg(++n), certificates, wed, QTime(9, 0), wait, 60, Outcome::Done,
                        QStringLiteral("1"), QStringLiteral("s1"), 1);
    StatsOptions options;
    QCOMPARE(options.serviceLevelMinutes, (QList<int>{15, 30}));
    const StatsReport report = QueueStatistics::compute(facts, StatsGrouping::Total, options);
    QCOMPARE(report.total.withinServiceLevel, (QList<int>{2, 4}));
    COMPARE_FIGURE(report.total.shareWithinServiceLevel.at(0), 0.4);
    COMPARE_FIGURE(report.total.shareWithinServiceLevel.at(1), 0.8);
    // 899 900 901 1800 1801: median 901; p90 h = 3.6 → 1800 + 0.6·1 = 1800.6
    COMPARE_FIGURE(report.total.wait.medianSeconds, 901.0);
    COMPARE_FIGURE(report.total.wait.p90Seconds, 1800.6);
    // The queue/serviceLevels text.
    QCOMPARE(parseServiceLevels(QStringLiteral(" 10 20  45 ")), std::optional<QList<int>>(QList<int>{10, 20, 45}));
    QVERIFY(!parseServiceLevels(QStringLiteral("30 15")));
    QVERIFY(!parseServiceLevels(QStringLiteral("")));
    QVERIFY(!parseServiceLevels(QStringLiteral("5 x")));
    QVERIFY(!parseServiceLevels(QStringLiteral("1 2 3 4 5")));
}

void TestQueueStatistics::emptyInputHasCountsButNoFigures()
{
    for (StatsGrouping grouping : {StatsGrouping::Total, StatsGrouping::Day, StatsGrouping::Category}) {
        const StatsReport report = QueueStatistics::compute({}, grouping, levels({15, 30}));
        QVERIFY(report.rows.isEmpty());
        const StatsRow &t = report.total;
        QCOMPARE(t.arrivals, 0);
        QCOMPARE(t.wait.count, 0);
        QCOMPARE(t.service.count, 0);
        QVERIFY(!t.wait.meanSeconds && !t.wait.medianSeconds && !t.wait.p90Seconds);
        QVERIFY(!t.service.meanSeconds && !t.service.medianSeconds && !t.service.p90Seconds);
        QCOMPARE(t.withinServiceLevel, (QList<int>{0, 0}));
        QCOMPARE(t.shareWithinServiceLevel.size(), 2);
        QVERIFY(!t.shareWithinServiceLevel.at(0) && !t.shareWithinServiceLevel.at(1));
        QCOMPARE(t.estimate.count, 0);
        QVERIFY(!t.estimate.meanAbsoluteErrorSeconds);
        QVERIFY(!t.meanStaffOnDuty);
        // JSON: null, never NaN (which QJsonDocument would refuse to write).
        const QByteArray json = QJsonDocument(QueueStatistics::toJson(report)).toJson(QJsonDocument::Compact);
        QVERIFY2(json.contains("\"medianSeconds\":null"), json.constData());
        QVERIFY(!json.contains("nan"));
    }
}

void TestQueueStatistics::compareGivesDifferencesPerKey()
{
    const StatsReport before = QueueStatistics::compute(seven(), StatsGrouping::Category, levels({2, 5}));
    // After: t1–t4 again, and a ticket in a new category (waited 30 s).
    QList<TicketFacts> afterFacts = seven().mid(0, 4);
    afterFacts << ticket(QStringLiteral("t8"), QStringLiteral("special"), thu, QTime(11, 0), 30, 60, Outcome::Done,
                         QStringLiteral("3"), QStringLiteral("s3"), 2);
    const StatsReport after = QueueStatistics::compute(afterFacts, StatsGrouping::Category, levels({5, 10}));
    const StatsComparison c = QueueStatistics::compare(before, after);

    QCOMPARE(c.serviceLevelMinutes, QList<int>{5}); // the only level both have
    QCOMPARE(c.rows.size(), 3);
    // certificates: after t1 t2 (60 120): arrivals 2 − 4 = −2, served 2 − 3 = −1,
    // median 90 − 120 = −30, p90 (60 + 0.9·60 = 114) − 504 = −390;
    // within 5 min: after 2/2 = 1, before 2/3 → +1/3.
    const StatsDifference &cert = c.rows.at(0);
    QCOMPARE(cert.key, certificates);
    QVERIFY(cert.inBefore && cert.inAfter);
    QCOMPARE(cert.arrivals, -2);
    QCOMPARE(cert.served, -1);
    COMPARE_FIGURE(cert.waitMedianSeconds, -30.0);
    COMPARE_FIGURE(cert.waitP90Seconds, -390.0);
    QCOMPARE(cert.shareWithinServiceLevel.size(), 1);
    COMPARE_FIGURE(cert.shareWithinServiceLevel.at(0), 1.0 - 2.0 / 3.0);
    // moves: t3 t4 both times, t6 only before: arrivals −1, the same waits.
    const StatsDifference &mv = c.rows.at(1);
    QCOMPARE(mv.key, moves);
    QCOMPARE(mv.arrivals, -1);
    QCOMPARE(mv.served, 0);
    COMPARE_FIGURE(mv.waitMedianSeconds, 0.0);
    // special: after only, so no differences.
    const StatsDifference &sp = c.rows.at(2);
    QCOMPARE(sp.key, QStringLiteral("special"));
    QVERIFY(!sp.inBefore && sp.inAfter);
    QVERIFY(!sp.waitMedianSeconds);
    // Total: 5 − 7 = −2 arrivals; median of 30 60 120 180 240 is 120, before 180 → −60.
    QVERIFY(c.total.isTotal);
    QCOMPARE(c.total.arrivals, -2);
    COMPARE_FIGURE(c.total.waitMedianSeconds, -60.0);
    const QJsonObject json = QueueStatistics::toJson(c);
    QCOMPARE(json.value(QStringLiteral("total")).toObject().value(QStringLiteral("waitMedianSeconds")).toDouble(), -60.0);
    QVERIFY(json.value(QStringLiteral("rows")).toArray().at(2).toObject().value(QStringLiteral("arrivals")).isNull());
}

void TestQueueStatistics::localHourFollowsTheZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QByteArray>("iso");
    QTest::newRow("Tokyo morning") << QByteArrayLiteral("Asia/Tokyo")
                                   << QDateTime(QDate(2026, 4, 1), QTime(0, 10, 5, 250), Qt::UTC)
                                   << QByteArrayLiteral("2026-04-01T09:10:05.250+09:00");
    QTest::newRow("Tokyo, UTC's previous day") << QByteArrayLiteral("Asia/Tokyo")
                                               << QDateTime(QDate(2026, 3, 31), QTime(23, 59, 59, 999), Qt::UTC)
                                               << QByteArrayLiteral("2026-04-01T08:59:59.999+09:00");
    // Berlin springs forward at 01:00 UTC on 2026-03-29.
    QTest::newRow("Berlin before DST") << QByteArrayLiteral("Europe/Berlin")
                                       << QDateTime(QDate(2026, 3, 29), QTime(0, 59, 59), Qt::UTC)
                                       << QByteArrayLiteral("2026-03-29T01:59:59.000+01:00");
    QTest::newRow("Berlin in DST") << QByteArrayLiteral("Europe/Berlin")
                                   << QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC)
                                   << QByteArrayLiteral("2026-03-29T03:00:00.000+02:00");
    QTest::newRow("west of UTC") << QByteArrayLiteral("America/St_Johns")
                                 << QDateTime(QDate(2026, 1, 15), QTime(2, 0), Qt::UTC)
                                 << QByteArrayLiteral("2026-01-14T22:30:00.000-03:30");
}

void TestQueueStatistics::localHourFollowsTheZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, utc);
    QFETCH(QByteArray, iso);
    ZoneOffsets offsets{QTimeZone(zone)};
    QCOMPARE(offsets.isoLocal(utc.toMSecsSinceEpoch()), iso);
    QCOMPARE(offsets.localHour(utc.toMSecsSinceEpoch()), utc.toTimeZone(QTimeZone(zone)).time().hour());
}

void TestQueueStatistics::computesAMonthQuickly_data()
{
    QTest::addColumn<StatsGrouping>("grouping");
    for (StatsGrouping g : {StatsGrouping::Total, StatsGrouping::Day, StatsGrouping::Hour, StatsGrouping::Weekday,
                            StatsGrouping::Category, StatsGrouping::Counter, StatsGrouping::Staff,
                            StatsGrouping::StaffOnDuty})
        QTest::newRow(qPrintable(groupingName(g))) << g;
}

// Not the benchmark (bench/queue): a month at about 1,000,000 tickets a year
// (30 × 2800), with the time printed for the record; the total must add up.
void TestQueueStatistics::computesAMonthQuickly()
{
    QFETCH(StatsGrouping, grouping);
    static const QList<TicketFacts> month = [] {
        QList<TicketFacts> facts;
        facts.reserve(30 * 2800);
        const QStringList categories{certificates, moves, QStringLiteral("special")};
        for (int d = 0; d < 30; ++d)
            for (int i = 0; i < 2800; ++i)
                facts << ticket(QString(), categories.at(i % 3), wed.addDays(d), QTime(8, 30).addSecs(i * 10),
                                (i * 37) % 3600, (i * 53) % 1200, i % 10 == 0 ? Outcome::NoShow : Outcome::Done,
                                QString::number(i % 8 + 1), QStringLiteral("s%1").arg(i % 8 + 1), i % 5 + 4,
                                i % 2 ? std::optional<int>(600) : std::nullopt);
        return facts;
    }();
    QElapsedTimer timer;
    timer.start();
    const StatsReport report = QueueStatistics::compute(month, grouping, levels({15, 30}));
    const qint64 ms = timer.elapsed();
    QCOMPARE(report.total.arrivals, 30 * 2800);
    int sum = 0;
    for (const StatsRow &row : report.rows)
        sum += row.arrivals;
    QCOMPARE(grouping == StatsGrouping::Total ? report.total.arrivals : sum, 30 * 2800);
    qInfo("compute, %s: %lld tickets in %lld ms", QTest::currentDataTag(), qlonglong(month.size()), qlonglong(ms));
}

QTEST_GUILESS_MAIN(TestQueueStatistics)
#include "tst_queue_statistics.moc"
