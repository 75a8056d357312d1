#pragma once

#include <QJsonObject>
#include <QString>

#include <expected>
#include <optional>

namespace kakanai::backofficesim {

enum class FaultMode {
    None,           // "none": answer correctly
    ServerError,    // "500": 500 with a JSON error; nothing stored
    TooManyRequests,// "429": 429 with Retry-After: 1; nothing stored
    Slow,           // "slow": process now, answer after delayMs
    Garbage,        // "garbage": 200 with a body that is not JSON; nothing stored
    Drop,           // "drop": read the request, close without any response; nothing stored
    Hang,           // "hang": read the request, never answer; nothing stored
    AcceptThenHang, // "accept-then-hang": process (store) the request, never answer
    Reject,         // "reject": 422 with a reason; nothing stored
};

// Which record requests a fault applies to.
enum class FaultTarget {
    Post, // "post": POST /records only (default)
    Get,  // "get": GET /records/{key} only
    All,  // "all": both
};

enum class RecordRequestKind { Post, Get };

QString faultModeName(FaultMode mode);
std::optional<FaultMode> faultModeFromName(const QString &name);
QString faultTargetName(FaultTarget target);
std::optional<FaultTarget> faultTargetFromName(const QString &name);

// What POST /_sim/fault sets: {"mode", "count"?, "delayMs"?, "on"?}.
struct FaultSpec {
    static constexpr int kDefaultDelayMs = 2000;
    static constexpr int kMaxDelayMs = 600000;
    static constexpr int kMaxCount = 1000000;

    FaultMode mode = FaultMode::None;
    std::optional<int> count; // nullopt: until changed
    int delayMs = kDefaultDelayMs;
    FaultTarget target = FaultTarget::Post;

    // A message naming the bad field on error.
    static std::expected<FaultSpec, QString> fromJson(const QJsonObject &object);
    QJsonObject toJson() const; // count: remaining, or null
};

struct AppliedFault {
    FaultMode mode = FaultMode::None;
    int delayMs = 0;
};

// The current fault, counted down per record request it applies to.
class FaultPlan {
public:
    void set(const FaultSpec &spec) { m_spec = spec; }
    const FaultSpec &current() const { return m_spec; }

    // The fault for one record request of `kind`; with a count, uses one up,
    // and the mode returns to none after the last one.
    AppliedFault take(RecordRequestKind kind);

private:
    FaultSpec m_spec;
};

} // namespace kakanai::backofficesim
