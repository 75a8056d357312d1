#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace kakanai {

class RandomSource;

// Exponential backoff with full jitter: the delay before retry number
// `attempt` (0 = the first retry) is uniform in [0, min(cap, floor · 2^attempt)].
// A server's Retry-After is a lower bound on top of that (itself limited to
// one day, so a broken header cannot park records for ever).
class BackoffPolicy {
public:
    using ms = std::chrono::milliseconds;

    BackoffPolicy(ms floor, ms cap, RandomSource &random);

    ms floor() const { return m_floor; }
    ms cap() const { return m_cap; }
    // min(cap, floor · 2^attempt), without overflow.
    ms bound(int attempt) const;
    ms delay(int attempt, std::optional<ms> retryAfter = std::nullopt) const;

    static constexpr ms MaxRetryAfter = std::chrono::hours(24);
    // Retry-After as delta-seconds or an HTTP date; nullopt when absent or unreadable.
    static std::optional<ms> parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc);

private:
    ms m_floor;
    ms m_cap;
    RandomSource &m_random;
};

} // namespace kakanai
