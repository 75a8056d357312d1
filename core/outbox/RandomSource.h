#pragma once

namespace kakanai {

// Where backoff jitter comes from. Tests inject a fixed source.
class RandomSource {
public:
    virtual ~RandomSource() = default;
    // Uniform in [0, 1).
    virtual double uniform() = 0;
};

// The system's generator (QRandomGenerator::global()).
class SystemRandomSource final : public RandomSource {
public:
    double uniform() override;
};

} // namespace kakanai
