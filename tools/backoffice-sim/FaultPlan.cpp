#include "FaultPlan.h"

#include <QJsonValue>

#include <array>
#include <utility>

namespace kakanai::backofficesim {

namespace {

const std::array<std::pair<FaultMode, QLatin1StringView>, 9> kModeNames{{
    {FaultMode::None, QLatin1StringView("none")},
    {FaultMode::ServerError, QLatin1StringView("500")},
    {FaultMode::TooManyRequests, QLatin1StringView("429")},
    {FaultMode::Slow, QLatin1StringView("slow")},
    {FaultMode::Garbage, QLatin1StringView("garbage")},
    {FaultMode::Drop, QLatin1StringView("drop")},
    {FaultMode::Hang, QLatin1StringView("hang")},
    {FaultMode::AcceptThenHang, QLatin1StringView("accept-then-hang")},
    {FaultMode::Reject, QLatin1StringView("reject")},
}};

const std::array<std::pair<FaultTarget, QLatin1StringView>, 3> kTargetNames{{
    {FaultTarget::Post, QLatin1StringView("post")},
    {FaultTarget::Get, QLatin1StringView("get")},
    {FaultTarget::All, QLatin1StringView("all")},
}};

// An integer JSON value in [min, max], or nullopt.
std::optional<int> intValue(const QJsonValue &v, int min, int max)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != static_cast<double>(static_cast<qint64>(d)) || d < min || d > max)
        return std::nullopt;
    return static_cast<int>(d);
}

} // namespace

QString faultModeName(FaultMode mode)
{
    for (const auto &[m, name] : kModeNames) {
        if (m == mode)
            return name;
    }
    return QStringLiteral("none");
}

std::optional<FaultMode> faultModeFromName(const QString &name)
{
    for (const auto &[m, n] : kModeNames) {
        if (name == n)
            return m;
    }
    return std::nullopt;
}

QString faultTargetName(FaultTarget target)
{
    for (const auto &[t, name] : kTargetNames) {
        if (t == target)
            return name;
    }
    return QStringLiteral("post");
}

std::optional<FaultTarget> faultTargetFromName(const QString &name)
{
    for (const auto &[t, n] : kTargetNames) {
        if (name == n)
            return t;
    }
    return std::nullopt;
}

std::expected<FaultSpec, QString> FaultSpec::fromJson(const QJsonObject &object)
{
    static const QStringList known{QStringLiteral("mode"), QStringLiteral("count"), QStringLiteral("delayMs"),
                                   QStringLiteral("on")};
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            return std::unexpected(QStringLiteral("unknown field \"%1\" (known: mode, count, delayMs, on)").arg(key));
    }

    FaultSpec spec;
    const QJsonValue mode = object.value(QStringLiteral("mode"));
    if (!mode.isString())
        return std::unexpected(QStringLiteral("\"mode\" is required: one of none, 500, 429, slow, garbage, drop, "
                                              "hang, accept-then-hang, reject"));
    const auto m = faultModeFromName(mode.toString());
    if (!m)
        return std::unexpected(QStringLiteral("unknown \"mode\" \"%1\": one of none, 500, 429, slow, garbage, drop, "
                                              "hang, accept-then-hang, reject")
                                   .arg(mode.toString().left(40)));
    spec.mode = *m;

    const QJsonValue count = object.value(QStringLiteral("count"));
    if (!count.isUndefined() && !count.isNull()) {
        const auto c = intValue(count, 1, kMaxCount);
        if (!c)
            return std::unexpected(QStringLiteral("\"count\" must be an integer from 1 to %1, or null").arg(kMaxCount));
        spec.count = *c;
    }

    const QJsonValue delay = object.value(QStringLiteral("delayMs"));
    if (!delay.isUndefined()) {
        const auto d = intValue(delay, 0, kMaxDelayMs);
        if (!d)
            return std::unexpected(QStringLiteral("\"delayMs\" must be an integer from 0 to %1").arg(kMaxDelayMs));
        spec.delayMs = *d;
    }

    const QJsonValue on = object.value(QStringLiteral("on"));
    if (!on.isUndefined()) {
        const auto t = on.isString() ? faultTargetFromName(on.toString()) : std::nullopt;
        if (!t)
            return std::unexpected(QStringLiteral("\"on\" must be one of post, get, all"));
        spec.target = *t;
    }
    return spec;
}

QJsonObject FaultSpec::toJson() const
{
    return QJsonObject{
        {QStringLiteral("mode"), faultModeName(mode)},
        {QStringLiteral("count"), count ? QJsonValue(*count) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("delayMs"), delayMs},
        {QStringLiteral("on"), faultTargetName(target)},
    };
}

AppliedFault FaultPlan::take(RecordRequestKind kind)
{
    if (m_spec.mode == FaultMode::None)
        return {};
    const bool applies = m_spec.target == FaultTarget::All
                         || (m_spec.target == FaultTarget::Post && kind == RecordRequestKind::Post)
                         || (m_spec.target == FaultTarget::Get && kind == RecordRequestKind::Get);
    if (!applies)
        return {};
    const AppliedFault applied{m_spec.mode, m_spec.delayMs};
    if (m_spec.count) {
        if (--*m_spec.count <= 0) {
            m_spec.mode = FaultMode::None;
            m_spec.count.reset();
        }
    }
    return applied;
}

} // namespace kakanai::backofficesim
