#include "QueueStatistics.h"

#include "queue/ZoneOffsets.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kakanai::queue {

namespace {

// Everything one row needs, gathered in the single pass.
struct Accumulator {
    int arrivals = 0;
    int served = 0;
    int noShows = 0;
    int cancelled = 0;
    int open = 0;
    qint64 staffOnDutySum = 0;
    QList<qint64> waitsMs;
    qint64 waitSumMs = 0;
    QList<qint64> servicesMs;
    qint64 serviceSumMs = 0;
    QList<int> within;
    int estimateCount = 0;
    qint64 estimateSumMs = 0;
    qint64 actualSumMs = 0;
    qint64 absoluteErrorSumMs = 0;
    qint64 signedErrorSumMs = 0;

    void add(const TicketFacts &t, const QList<qint64> &levelsMs)
    {
        ++arrivals;
        staffOnDutySum += t.staffOnDuty;
        switch (t.outcome) {
        case TicketFacts::Outcome::Open: ++open; break;
        case TicketFacts::Outcome::Done: ++served; break;
        case TicketFacts::Outcome::NoShow: ++noShows; break;
        case TicketFacts::Outcome::Cancelled: ++cancelled; break;
        }
        if (t.firstCalledMs) {
            const qint64 wait = *t.firstCalledMs - t.arrivalMs;
            waitsMs.append(wait);
            waitSumMs += wait;
            if (within.size() != levelsMs.size())
                within.resize(levelsMs.size());
            for (qsizetype i = 0; i < levelsMs.size(); ++i)
                if (wait <= levelsMs.at(i))
                    ++within[i];
            if (t.estimatedWaitSeconds) {
                const qint64 estimate = qint64(*t.estimatedWaitSeconds) * 1000;
                ++estimateCount;
                estimateSumMs += estimate;
                actualSumMs += wait;
                absoluteErrorSumMs += std::abs(wait - estimate);
                signedErrorSumMs += wait - estimate;
            }
        }
        if (const auto service = t.serviceMs()) {
            servicesMs.append(*service);
            serviceSumMs += *service;
        }
    }
};

// QList::value() of an optional trips GCC 12's maybe-uninitialized check.
std::optional<double> figureAt(const QList<std::optional<double>> &figures, qsizetype i)
{
    if (i < 0 || i >= figures.size())
        return std::nullopt;
    return figures.at(i);
}

// Milliseconds to seconds, rounded to the microsecond: 456000.00000000006 ms
// (floating-point interpolation) is 456 s, as a person computing it gets.
double seconds(double ms)
{
    return std::round(ms * 1000.0) / 1e6;
}

std::optional<double> meanSeconds(qint64 sumMs, int count)
{
    if (count == 0)
        return std::nullopt;
    return seconds(double(sumMs) / count);
}

DurationStats durations(QList<qint64> &valuesMs, qint64 sumMs)
{
    DurationStats d;
    d.count = int(valuesMs.size());
    if (d.count == 0)
        return d;
    d.meanSeconds = meanSeconds(sumMs, d.count);
    d.medianSeconds = seconds(*QueueStatistics::percentile(valuesMs, 0.5));
    d.p90Seconds = seconds(*QueueStatistics::percentile(valuesMs, 0.9));
    return d;
}

StatsRow rowFrom(const QString &key, Accumulator &a, qsizetype levels)
{
    StatsRow row;
    row.key = key;
    row.arrivals = a.arrivals;
    row.served = a.served;
    row.noShows = a.noShows;
    row.cancelled = a.cancelled;
    row.open = a.open;
    row.wait = durations(a.waitsMs, a.waitSumMs);
    row.service = durations(a.servicesMs, a.serviceSumMs);
    a.within.resize(levels);
    row.withinServiceLevel = a.within;
    for (qsizetype i = 0; i < levels; ++i)
        row.shareWithinServiceLevel.append(row.wait.count > 0
                                               ? std::optional<double>(double(a.within.at(i)) / row.wait.count)
                                               : std::nullopt);
    row.estimate.count = a.estimateCount;
    row.estimate.meanEstimateSeconds = meanSeconds(a.estimateSumMs, a.estimateCount);
    row.estimate.meanActualSeconds = meanSeconds(a.actualSumMs, a.estimateCount);
    row.estimate.meanAbsoluteErrorSeconds = meanSeconds(a.absoluteErrorSumMs, a.estimateCount);
    row.estimate.meanSignedErrorSeconds = meanSeconds(a.signedErrorSumMs, a.estimateCount);
    if (a.arrivals > 0)
        row.meanStaffOnDuty = double(a.staffOnDutySum) / a.arrivals;
    return row;
}

bool isNumericGrouping(StatsGrouping grouping)
{
    return grouping == StatsGrouping::Day || grouping == StatsGrouping::Hour || grouping == StatsGrouping::Weekday
           || grouping == StatsGrouping::StaffOnDuty;
}

// Key order: numbers as numbers ("2" before "10", also for counter ids),
// otherwise text; the empty key ("none") last.
bool keyLess(const QString &a, const QString &b)
{
    if (a.isEmpty() != b.isEmpty())
        return b.isEmpty();
    bool aIsNumber = false;
    bool bIsNumber = false;
    const qlonglong an = a.toLongLong(&aIsNumber);
    const qlonglong bn = b.toLongLong(&bIsNumber);
    if (aIsNumber && bIsNumber && an != bn)
        return an < bn;
    if (aIsNumber != bIsNumber)
        return aIsNumber;
    return a < b;
}

QString numericKey(StatsGrouping grouping, qint64 number)
{
    switch (grouping) {
    case StatsGrouping::Day:
        return QDate::fromJulianDay(number).toString(Qt::ISODate);
    case StatsGrouping::Hour:
        return QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    default:
        return QString::number(number);
    }
}

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

template <typename T>
std::optional<double> difference(const std::optional<T> &before, const std::optional<T> &after)
{
    if (!before || !after)
        return std::nullopt;
    return seconds((double(*after) - double(*before)) * 1000.0);
}

QJsonObject durationJson(const DurationStats &d)
{
    return {{QStringLiteral("count"), d.count},
            {QStringLiteral("meanSeconds"), number(d.meanSeconds)},
            {QStringLiteral("medianSeconds"), number(d.medianSeconds)},
            {QStringLiteral("p90Seconds"), number(d.p90Seconds)}};
}

QJsonObject rowJson(const StatsRow &row, const QList<int> &levels)
{
    QJsonArray within;
    for (qsizetype i = 0; i < levels.size(); ++i)
        within.append(QJsonObject{{QStringLiteral("minutes"), levels.at(i)},
                                  {QStringLiteral("count"), row.withinServiceLevel.value(i)},
                                  {QStringLiteral("share"), number(figureAt(row.shareWithinServiceLevel, i))}});
    return {{QStringLiteral("key"), row.key},
            {QStringLiteral("arrivals"), row.arrivals},
            {QStringLiteral("served"), row.served},
            {QStringLiteral("noShows"), row.noShows},
            {QStringLiteral("cancelled"), row.cancelled},
            {QStringLiteral("open"), row.open},
            {QStringLiteral("wait"), durationJson(row.wait)},
            {QStringLiteral("service"), durationJson(row.service)},
            {QStringLiteral("withinServiceLevel"), within},
            {QStringLiteral("estimate"),
             QJsonObject{{QStringLiteral("count"), row.estimate.count},
                         {QStringLiteral("meanEstimateSeconds"), number(row.estimate.meanEstimateSeconds)},
                         {QStringLiteral("meanActualSeconds"), number(row.estimate.meanActualSeconds)},
                         {QStringLiteral("meanAbsoluteErrorSeconds"), number(row.estimate.meanAbsoluteErrorSeconds)},
                         {QStringLiteral("meanSignedErrorSeconds"), number(row.estimate.meanSignedErrorSeconds)}}},
            {QStringLiteral("meanStaffOnDuty"), number(row.meanStaffOnDuty)}};
}

QJsonValue count(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

StatsDifference differenceOf(const QString &key, const StatsRow *before, const StatsRow *after,
                             const QList<qsizetype> &beforeLevel)
{
    StatsDifference d;
    d.key = key;
    d.inBefore = before != nullptr;
    d.inAfter = after != nullptr;
    if (!before || !after)
        return d;
    d.arrivals = after->arrivals - before->arrivals;
    d.served = after->served - before->served;
    d.noShows = after->noShows - before->noShows;
    d.waitMeanSeconds = difference(before->wait.meanSeconds, after->wait.meanSeconds);
    d.waitMedianSeconds = difference(before->wait.medianSeconds, after->wait.medianSeconds);
    d.waitP90Seconds = difference(before->wait.p90Seconds, after->wait.p90Seconds);
    d.serviceMeanSeconds = difference(before->service.meanSeconds, after->service.meanSeconds);
    d.serviceMedianSeconds = difference(before->service.medianSeconds, after->service.medianSeconds);
    d.serviceP90Seconds = difference(before->service.p90Seconds, after->service.p90Seconds);
    for (qsizetype i = 0; i < after->shareWithinServiceLevel.size(); ++i) {
        const qsizetype b = beforeLevel.value(i, -1);
        if (b < 0)
            continue;
        const auto was = figureAt(before->shareWithinServiceLevel, b);
        const auto is = figureAt(after->shareWithinServiceLevel, i);
        d.shareWithinServiceLevel.append(was && is ? std::optional<double>(*is - *was) : std::nullopt);
    }
    d.estimateMeanAbsoluteErrorSeconds =
        difference(before->estimate.meanAbsoluteErrorSeconds, after->estimate.meanAbsoluteErrorSeconds);
    return d;
}

QJsonObject differenceJson(const StatsDifference &d, const QList<int> &levels)
{
    const bool both = d.inBefore && d.inAfter;
    QJsonArray within;
    for (qsizetype i = 0; i < levels.size(); ++i)
        within.append(QJsonObject{{QStringLiteral("minutes"), levels.at(i)},
                                  {QStringLiteral("share"), number(figureAt(d.shareWithinServiceLevel, i))}});
    return {{QStringLiteral("key"), d.key},
            {QStringLiteral("inBefore"), d.inBefore},
            {QStringLiteral("inAfter"), d.inAfter},
            {QStringLiteral("arrivals"), count(both ? std::optional<int>(d.arrivals) : std::nullopt)},
            {QStringLiteral("served"), count(both ? std::optional<int>(d.served) : std::nullopt)},
            {QStringLiteral("noShows"), count(both ? std::optional<int>(d.noShows) : std::nullopt)},
            {QStringLiteral("waitMeanSeconds"), number(d.waitMeanSeconds)},
            {QStringLiteral("waitMedianSeconds"), number(d.waitMedianSeconds)},
            {QStringLiteral("waitP90Seconds"), number(d.waitP90Seconds)},
            {QStringLiteral("serviceMeanSeconds"), number(d.serviceMeanSeconds)},
            {QStringLiteral("serviceMedianSeconds"), number(d.serviceMedianSeconds)},
            {QStringLiteral("serviceP90Seconds"), number(d.serviceP90Seconds)},
            {QStringLiteral("withinServiceLevel"), within},
            {QStringLiteral("estimateMeanAbsoluteErrorSeconds"), number(d.estimateMeanAbsoluteErrorSeconds)}};
}

} // namespace

QString groupingName(StatsGrouping grouping)
{
    switch (grouping) {
    case StatsGrouping::Total: return QStringLiteral("total");
    case StatsGrouping::Day: return QStringLiteral("day");
    case StatsGrouping::Hour: return QStringLiteral("hour");
    case StatsGrouping::Weekday: return QStringLiteral("weekday");
    case StatsGrouping::Category: return QStringLiteral("category");
    case StatsGrouping::Counter: return QStringLiteral("counter");
    case StatsGrouping::Staff: return QStringLiteral("staff");
    case StatsGrouping::StaffOnDuty: return QStringLiteral("staff-on-duty");
    }
    return {};
}

std::optional<StatsGrouping> groupingFromName(const QString &name)
{
    for (StatsGrouping g : {StatsGrouping::Total, StatsGrouping::Day, StatsGrouping::Hour, StatsGrouping::Weekday,
                            StatsGrouping::Category, StatsGrouping::Counter, StatsGrouping::Staff,
                            StatsGrouping::StaffOnDuty})
        if (groupingName(g) == name)
            return g;
    return std::nullopt;
}

std::optional<QList<int>> parseServiceLevels(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 4)
        return std::nullopt;
    QList<int> minutes;
    for (const QString &part : parts) {
        bool ok = false;
        const int m = part.toInt(&ok);
        if (!ok || m <= (minutes.isEmpty() ? 0 : minutes.last()) || m > 480)
            return std::nullopt;
        minutes.append(m);
    }
    return minutes;
}

QList<StatsRow> StatsReport::tableRows() const
{
    QList<StatsRow> all = rows;
    all.append(total);
    return all;
}

std::optional<double> QueueStatistics::percentile(QList<qint64> &values, double p)
{
    if (values.isEmpty())
        return std::nullopt;
    const double h = double(values.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto lower = qsizetype(std::floor(h));
    const double fraction = h - double(lower);
    // Selection instead of a sort: the value at rank ⌊h⌋, then the smallest of
    // those above it, which is the value at rank ⌊h⌋+1.
    std::nth_element(values.begin(), values.begin() + lower, values.end());
    const double below = double(values.at(lower));
    if (fraction == 0.0 || lower + 1 >= values.size())
        return below;
    const double above = double(*std::min_element(values.begin() + lower + 1, values.end()));
    return below + fraction * (above - below);
}

StatsReport QueueStatistics::compute(const QList<TicketFacts> &facts, StatsGrouping grouping,
                                     const StatsOptions &options)
{
    StatsReport report;
    report.grouping = grouping;
    report.serviceLevelMinutes = options.serviceLevelMinutes;
    QList<qint64> levelsMs;
    for (int minutes : options.serviceLevelMinutes)
        levelsMs.append(qint64(minutes) * 60 * 1000);

    Accumulator total;
    total.waitsMs.reserve(facts.size());
    total.servicesMs.reserve(facts.size());
    QList<Accumulator> groups;
    QHash<qint64, qsizetype> byNumber;
    QHash<QString, qsizetype> byText;
    QList<QString> textKeys;
    QList<qint64> numberKeys;
    const bool numeric = isNumericGrouping(grouping);
    ZoneOffsets zone(options.zone);
    // Tickets come day by day: the group of the previous ticket is the likely one.
    qint64 lastNumber = std::numeric_limits<qint64>::min();
    qsizetype lastGroup = -1;

    for (const TicketFacts &t : facts) {
        total.add(t, levelsMs);
        if (grouping == StatsGrouping::Total)
            continue;
        qsizetype group = -1;
        if (numeric) {
            qint64 key = 0;
            switch (grouping) {
            case StatsGrouping::Day: key = t.officeDate.toJulianDay(); break;
            case StatsGrouping::Hour: key = zone.localHour(t.arrivalMs); break;
            case StatsGrouping::Weekday: key = t.officeDate.dayOfWeek(); break;
            default: key = t.staffOnDuty; break;
            }
            if (key == lastNumber) {
                group = lastGroup;
            } else {
                auto it = byNumber.constFind(key);
                if (it == byNumber.cend()) {
                    it = byNumber.insert(key, groups.size());
                    groups.append(Accumulator());
                    numberKeys.append(key);
                }
                group = *it;
                lastNumber = key;
                lastGroup = group;
            }
        } else {
            const QString &key = grouping == StatsGrouping::Category  ? t.category
                                 : grouping == StatsGrouping::Counter ? t.counterId
                                                                      : t.staffId;
            auto it = byText.constFind(key);
            if (it == byText.cend()) {
                it = byText.insert(key, groups.size());
                groups.append(Accumulator());
                textKeys.append(key);
            }
            group = *it;
        }
        groups[group].add(t, levelsMs);
    }

    const qsizetype levels = levelsMs.size();
    for (qsizetype i = 0; i < groups.size(); ++i)
        report.rows.append(rowFrom(numeric ? numericKey(grouping, numberKeys.at(i)) : textKeys.at(i), groups[i], levels));
    if (numeric) {
        // Numbers sort by value; Day keys (ISO dates) sort as text too.
        QList<qsizetype> order(report.rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return numberKeys.at(a) < numberKeys.at(b); });
        QList<StatsRow> sorted;
        sorted.reserve(order.size());
        for (qsizetype i : order)
            sorted.append(std::move(report.rows[i]));
        report.rows = std::move(sorted);
    } else {
        std::sort(report.rows.begin(), report.rows.end(),
                  [](const StatsRow &a, const StatsRow &b) { return keyLess(a.key, b.key); });
    }
    report.total = rowFrom(QString(), total, levels);
    report.total.isTotal = true;
    return report;
}

StatsComparison QueueStatistics::compare(const StatsReport &before, const StatsReport &after)
{
    StatsComparison comparison;
    comparison.grouping = after.grouping;
    // Levels of `after` that `before` has too, and where they are in `before`.
    QList<qsizetype> beforeLevel;
    for (int minutes : after.serviceLevelMinutes) {
        const qsizetype b = before.serviceLevelMinutes.indexOf(minutes);
        beforeLevel.append(b);
        if (b >= 0)
            comparison.serviceLevelMinutes.append(minutes);
    }

    QHash<QString, const StatsRow *> beforeRows;
    for (const StatsRow &row : before.rows)
        beforeRows.insert(row.key, &row);
    QHash<QString, const StatsRow *> afterRows;
    for (const StatsRow &row : after.rows)
        afterRows.insert(row.key, &row);
    QStringList keys = beforeRows.keys() + afterRows.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end(), keyLess);
    for (const QString &key : std::as_const(keys))
        comparison.rows.append(differenceOf(key, beforeRows.value(key), afterRows.value(key), beforeLevel));
    comparison.total = differenceOf(QString(), &before.total, &after.total, beforeLevel);
    comparison.total.isTotal = true;
    return comparison;
}

QJsonObject QueueStatistics::toJson(const StatsReport &report)
{
    QJsonArray rows;
    for (const StatsRow &row : report.rows)
        rows.append(rowJson(row, report.serviceLevelMinutes));
    QJsonArray levels;
    for (int minutes : report.serviceLevelMinutes)
        levels.append(minutes);
    return {{QStringLiteral("by"), groupingName(report.grouping)},
            {QStringLiteral("serviceLevelMinutes"), levels},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("total"), rowJson(report.total, report.serviceLevelMinutes)}};
}

QJsonObject QueueStatistics::toJson(const StatsComparison &comparison)
{
    QJsonArray rows;
    for (const StatsDifference &row : comparison.rows)
        rows.append(differenceJson(row, comparison.serviceLevelMinutes));
    QJsonArray levels;
    for (int minutes : comparison.serviceLevelMinutes)
        levels.append(minutes);
    return {{QStringLiteral("by"), groupingName(comparison.grouping)},
            {QStringLiteral("serviceLevelMinutes"), levels},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("total"), differenceJson(comparison.total, comparison.serviceLevelMinutes)}};
}

QString QueueStatistics::totalLabel()
{
    return tr("Total");
}

QString QueueStatistics::keyLabel(StatsGrouping grouping, const QString &key)
{
    if (key.isEmpty())
        return tr("(none)");
    switch (grouping) {
    case StatsGrouping::Hour:
        return tr("%1:00").arg(key.toInt());
    case StatsGrouping::Weekday: {
        static const char *const names[] = {QT_TR_NOOP("Mon"), QT_TR_NOOP("Tue"), QT_TR_NOOP("Wed"),
                                            QT_TR_NOOP("Thu"), QT_TR_NOOP("Fri"), QT_TR_NOOP("Sat"),
                                            QT_TR_NOOP("Sun")};
        const int day = key.toInt();
        return day >= 1 && day <= 7 ? tr(names[day - 1]) : key;
    }
    case StatsGrouping::StaffOnDuty:
        return tr("%n open", nullptr, key.toInt());
    default:
        return key;
    }
}

} // namespace kakanai::queue
