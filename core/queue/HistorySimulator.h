#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace kakanai {
class Clock;
class SqlStore;
} // namespace kakanai

namespace kakanai::queue {

// What a wait estimator gets when a simulated ticket joins its queue: the
// same facts the live service has at that moment.
struct EstimateInput {
    QString category;
    int peopleAhead = 0;     // waiting in that category when the ticket joined
    // Open counters that serve the category then; one serving k categories
    // counts 1/k (as QueueService::estimateSeconds counts them).
    double countersServing = 0;
    // The category's last services finished that day before then, in seconds,
    // oldest first (at most 20).
    QList<int> recentServiceSeconds;
};
using SimulatedEstimator = std::function<std::optional<int>(const EstimateInput &)>;

// How one category behaves in the simulation (docs/queue-simulation.md).
struct SimulatedCategory {
    QString code;                  // a row of queue_category
    double share = 0;              // of an ordinary day's arrivals
    double serviceMedianMinutes = 5;
    double serviceSigma = 0.45;    // log-normal shape of the service time
    double noShowRate = 0;         // of the citizens called, the share who never come
    double peakFactor = 1;         // arrivals ×, 3/20–4/10 (moving season)
    QString transferTo;            // where a transfer sends a ticket; empty: never transferred
};

// A counter and the categories it serves (empty: all).
struct SimulatedCounter {
    QString counterId;
    QStringList categories;
};

struct HistoryOptions {
    // Office dates, inclusive. Without them: `days` calendar days ending
    // yesterday (office time, from the clock).
    QDate firstDate;
    QDate lastDate;
    int days = 0;
    quint64 seed = 1;
    // Tickets an ordinary office day brings (before the weekday, season and
    // holiday multipliers).
    int arrivalsPerDay = 180;
    QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    // Empty: defaultCounters(arrivalsPerDay).
    QList<SimulatedCounter> counters;
    // Empty: defaultCategories().
    QList<SimulatedCategory> categories;
    int maxCalls = 3;                 // queue/maxCalls: calls before absent makes a no-show
    double accessibilityShare = 0.04; // priority 1
    double transferShare = 0.02;      // of the services, the share that end in a transfer
    double cancelShare = 0.015;       // citizens who give up early and say so
    double absentReturnShare = 0.02;  // not there when called, back later
    // Gives estimated_wait_s; without it the column stays NULL.
    SimulatedEstimator estimator;
};

struct CategorySummary {
    QString code;
    qint64 tickets = 0;    // ending in this category
    qint64 done = 0;
    qint64 noShows = 0;
    qint64 cancelled = 0;
    qint64 transfersIn = 0;
    qint64 turnedAway = 0; // arrivals refused because the category's band had run out
    // no-shows ÷ (done + no-shows): of the citizens called, the share who never came.
    double noShowShare() const;
};

struct HistorySummary {
    QDate firstDate;
    QDate lastDate;
    quint64 seed = 0;
    int officeDays = 0;
    int closedDays = 0;
    qint64 tickets = 0;
    qint64 events = 0;
    qint64 turnedAway = 0;
    QList<CategorySummary> categories;
    qint64 elapsedMs = 0;

    double noShowShare() const;
    double ticketsPerSecond() const;
    QJsonObject toJson() const;
};

// Writes a realistic queue history into the office store's tables (ticket,
// ticket_event, daily_number, queue_counter), as the live queue would have
// left it: numbers from each category's band, every transition an event, all
// tickets finished by the end of their day. For demos, the statistics and the
// benchmarks, never a production store: it refuses a range that overlaps
// existing tickets or reaches today. docs/queue-simulation.md.
class HistorySimulator {
    Q_DECLARE_TR_FUNCTIONS(HistorySimulator)
public:
    HistorySimulator(SqlStore &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    Result<HistorySummary> run(const HistoryOptions &options);

    // The live queue's estimate (WaitEstimator) for simulated tickets, so that
    // the statistics' "estimated vs actual" has history to compare.
    static SimulatedEstimator liveEstimator(int defaultServiceSeconds);

    // certificates, moves, special as seeded by migration 4.
    static QList<SimulatedCategory> defaultCategories();
    // "1"…"6" for up to ~270 arrivals a day, six more per 180 beyond.
    static QList<SimulatedCounter> defaultCounters(int arrivalsPerDay);

    // The terminal_id of every event the simulator writes: history it wrote
    // can always be told from the live queue's.
    static QString terminalId() { return QStringLiteral("simulator"); }

private:
    Status validate(const HistoryOptions &options, QDate first, QDate last) const;

    SqlStore &m_store;
    const Clock &m_clock;
};

} // namespace kakanai::queue
