#include "BackoffPolicy.h"

#include "RandomSource.h"

#include <algorithm>
#include <cmath>

namespace kakanai {

BackoffPolicy::BackoffPolicy(ms floor, ms cap, RandomSource &random)
    : m_floor(std::max(floor, ms(1))), m_cap(std::max(cap, std::max(floor, ms(1)))), m_random(random)
{
}

BackoffPolicy::ms BackoffPolicy::bound(int attempt) const
{
    attempt = std::max(attempt, 0);
    qint64 value = m_floor.count();
    for (int i = 0; i < attempt && value < m_cap.count(); ++i)
        value *= 2; // floor <= cap <= 1 day: no overflow before the cap stops it
    return ms(std::min<qint64>(value, m_cap.count()));
}

BackoffPolicy::ms BackoffPolicy::delay(int attempt, std::optional<ms> retryAfter) const
{
    const qint64 upper = bound(attempt).count();
    const double u = std::clamp(m_random.uniform(), 0.0, 1.0);
    const qint64 jittered = std::min<qint64>(upper, qint64(std::floor(u * double(upper + 1))));
    ms result(jittered);
    if (retryAfter)
        result = std::max(result, std::clamp(*retryAfter, ms(0), MaxRetryAfter));
    return result;
}

std::optional<BackoffPolicy::ms> BackoffPolicy::parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<ms>(ms(std::min<qlonglong>(seconds, 86400) * 1000));
    // HTTP-date: "Wed, 21 Oct 2015 07:28:00 GMT".
    // Qt reads RFC 2822 dates with a numeric offset; HTTP dates say "GMT".
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    const qint64 delta = nowUtc.msecsTo(when);
    return std::min<ms>(ms(std::max<qint64>(delta, 0)), MaxRetryAfter);
}

} // namespace kakanai
