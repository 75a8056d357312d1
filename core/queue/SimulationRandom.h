#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>

namespace kakanai::queue {

// The random numbers of the history simulator (docs/queue-simulation.md,
// "Determinism"). std::mt19937_64 is specified bit for bit by the standard,
// but the std:: distributions are not (libstdc++ and libc++ turn the same bits
// into different numbers), so the draws below are our own: the same seed gives
// the same history with any standard library. What remains platform-bound is
// libm (exp, log, cos, sqrt): identical on one platform, possibly different in
// the last bit elsewhere.
class SimulationRandom {
public:
    explicit SimulationRandom(std::uint64_t seed) : m_engine(seed) {}

    // SplitMix64's finaliser: spreads a seed so that near seeds (day 1, day 2)
    // give unrelated streams.
    static std::uint64_t mix(std::uint64_t x)
    {
        x += 0x9e3779b97f4a7c15ULL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }

    std::uint64_t bits() { return m_engine(); }

    // Uniform in [0, 1), 53 random bits.
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // Uniform integer in [0, n), n > 0 (the modulo bias is below 2^-40 for our n).
    int below(int n) { return static_cast<int>(m_engine() % static_cast<std::uint64_t>(n)); }
    bool chance(double probability) { return uniform() < probability; }

    // Standard normal (Box–Muller; the second value is not kept, so one draw
    // always takes two numbers from the engine).
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]: log is finite
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }

    // Log-normal with the given median: median · e^(sigma·N(0,1)).
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    // Poisson: Knuth's product method for small means; above 40 the normal
    // approximation (its error is far below the model's own).
    int poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 40) {
            const double x = mean + std::sqrt(mean) * normal();
            return x < 0 ? 0 : static_cast<int>(std::lround(x));
        }
        const double limit = std::exp(-mean);
        int k = 0;
        double product = uniform();
        while (product > limit) {
            ++k;
            product *= uniform();
        }
        return k;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace kakanai::queue
