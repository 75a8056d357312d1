#pragma once

#include "queue/TicketFacts.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace kakanai::queue {

// What the statistics group tickets by (docs/user/statistics.md).
enum class StatsGrouping {
    Total,       // one row: the whole period
    Day,         // office date the ticket was issued on: "2026-04-01"
    Hour,        // local hour of arrival in the office zone: "09"
    Weekday,     // of the office date, ISO: "1" Monday … "7" Sunday
    Category,    // where the ticket ended: the category code
    Counter,     // counter of the outcome or last call; "" never called
    Staff,       // staff id of the outcome or last call; "" never called
    StaffOnDuty, // counters open when the ticket was issued: "3"
};

QString groupingName(StatsGrouping grouping);                  // "day", "staff-on-duty", … (CLI, JSON)
std::optional<StatsGrouping> groupingFromName(const QString &name);

struct StatsOptions {
    QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Tokyo")); // for Hour
    QList<int> serviceLevelMinutes{15, 30};                      // rising
};

// The minutes in the queue/serviceLevels form "15 30" (1 to 4, rising, ≤ 480); none when invalid.
std::optional<QList<int>> parseServiceLevels(const QString &text);

// Count, mean, median and 90th percentile of a set of durations, in seconds.
// The figures are absent (never 0, never NaN) when count is 0.
struct DurationStats {
    int count = 0;
    std::optional<double> meanSeconds;
    std::optional<double> medianSeconds;
    std::optional<double> p90Seconds;
};

// What a citizen was told against what happened, over tickets with both an
// estimate and a first call. Signed error = actual − estimate: positive when
// people waited longer than they were told.
struct EstimateStats {
    int count = 0;
    std::optional<double> meanEstimateSeconds;
    std::optional<double> meanActualSeconds;
    std::optional<double> meanAbsoluteErrorSeconds;
    std::optional<double> meanSignedErrorSeconds;
};

struct StatsRow {
    QString key;     // see StatsGrouping; "" for the total
    bool isTotal = false;
    int arrivals = 0; // tickets issued
    int served = 0;   // outcome done
    int noShows = 0;
    int cancelled = 0;
    int open = 0;     // still waiting, called or being served
    DurationStats wait;    // arrival → first call, over called tickets
    DurationStats service; // service start → done, over done tickets
    // Per service level (StatsReport::serviceLevelMinutes): how many called
    // tickets waited at most that long, and their share of wait.count
    // (absent when nobody was called).
    QList<int> withinServiceLevel;
    QList<std::optional<double>> shareWithinServiceLevel;
    EstimateStats estimate;
    std::optional<double> meanStaffOnDuty; // over arrivals
};

struct StatsReport {
    StatsGrouping grouping = StatsGrouping::Total;
    QList<int> serviceLevelMinutes;
    QList<StatsRow> rows; // one per key present, in key order; empty for Total
    StatsRow total;       // always

    // rows, then the total: what a table shows.
    QList<StatsRow> tableRows() const;
};

// The main figures of `after` minus those of `before`, per key (a key found in
// one period only has its other side absent, and no differences).
struct StatsDifference {
    QString key;
    bool isTotal = false;
    bool inBefore = false;
    bool inAfter = false;
    int arrivals = 0;
    int served = 0;
    int noShows = 0;
    std::optional<double> waitMeanSeconds;
    std::optional<double> waitMedianSeconds;
    std::optional<double> waitP90Seconds;
    std::optional<double> serviceMeanSeconds;
    std::optional<double> serviceMedianSeconds;
    std::optional<double> serviceP90Seconds;
    // Per level of `after` that `before` has too: share difference (0.1 = 10 points).
    QList<std::optional<double>> shareWithinServiceLevel;
    std::optional<double> estimateMeanAbsoluteErrorSeconds;
};

struct StatsComparison {
    StatsGrouping grouping = StatsGrouping::Total;
    QList<int> serviceLevelMinutes; // the levels both reports have
    QList<StatsDifference> rows;    // union of the keys, in key order
    StatsDifference total;
};

class QueueStatistics {
    Q_DECLARE_TR_FUNCTIONS(QueueStatistics)
public:
    // One pass over the facts, then the percentiles per row (selection, not a
    // full sort). Pure: no store, no clock.
    static StatsReport compute(const QList<TicketFacts> &facts, StatsGrouping grouping, const StatsOptions &options);
    static StatsComparison compare(const StatsReport &before, const StatsReport &after);

    // Linear interpolation between closest ranks (PostgreSQL percentile_cont,
    // Excel PERCENTILE.INC): for n sorted values x[0..n−1] and 0 ≤ p ≤ 1,
    // h = (n−1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). Reorders `values`.
    static std::optional<double> percentile(QList<qint64> &values, double p);

    // Every figure, seconds as numbers, absent figures as null.
    static QJsonObject toJson(const StatsReport &report);
    static QJsonObject toJson(const StatsComparison &comparison);
    // A key as people read it: "月" / "Mon" for weekday 1, "9:00" for hour
    // 09, "(none)" for the empty counter or staff (tickets never called).
    static QString keyLabel(StatsGrouping grouping, const QString &key);
    static QString totalLabel();
};

} // namespace kakanai::queue
