#pragma once

#include <QList>

#include <optional>

namespace kakanai::queue {

// How long a newcomer will wait (docs/queue.md, "Wait estimate"):
//   people ahead × recent service time ÷ counters serving the category.
// Recent service time: the mean of the category's last services today (the
// mean, not the median: n people take n × the mean); the default until
// there are kMinSamples of them. A counter that serves k categories counts
// as 1/k of a counter for each. No counter open: no estimate (a number
// would be a guess the board must not show).
class WaitEstimator {
public:
    static constexpr int kMinSamples = 3;
    static constexpr int kMaxSamples = 20;

    struct Basis {
        int peopleAhead = 0;
        double countersServing = 0;      // open counters, shared ones counted by share
        QList<qint64> recentServiceMs;   // newest first; only the first kMaxSamples count
        int defaultServiceSeconds = 480;
    };

    static std::optional<int> estimateSeconds(const Basis &basis);
    // Whole minutes for people, rounded up; 0 only when nobody is ahead.
    static std::optional<int> minutes(std::optional<int> seconds);
    // The service time the estimate uses, in seconds.
    static double serviceSeconds(const Basis &basis);
};

} // namespace kakanai::queue
