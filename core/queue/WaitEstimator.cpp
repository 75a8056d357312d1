#include "WaitEstimator.h"

#include <algorithm>
#include <cmath>

namespace kakanai::queue {

double WaitEstimator::serviceSeconds(const Basis &basis)
{
    const qsizetype n = std::min<qsizetype>(basis.recentServiceMs.size(), kMaxSamples);
    if (n < kMinSamples)
        return basis.defaultServiceSeconds;
    double sum = 0;
    for (qsizetype i = 0; i < n; ++i)
        sum += static_cast<double>(basis.recentServiceMs.at(i));
    return sum / static_cast<double>(n) / 1000.0;
}

std::optional<int> WaitEstimator::estimateSeconds(const Basis &basis)
{
    if (basis.countersServing <= 0)
        return std::nullopt;
    if (basis.peopleAhead <= 0)
        return 0;
    return static_cast<int>(std::lround(basis.peopleAhead * serviceSeconds(basis) / basis.countersServing));
}

std::optional<int> WaitEstimator::minutes(std::optional<int> seconds)
{
    if (!seconds)
        return std::nullopt;
    return (*seconds + 59) / 60;
}

} // namespace kakanai::queue
