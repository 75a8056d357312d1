#include "ResponseClassifier.h"

#include "BackoffPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kakanai {

namespace {

// {"key": "<key>", "status": "accepted", …}: the back office has the record.
bool isAcceptedBody(const QByteArray &body, const QString &key)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    return o.value(QLatin1String("key")).toString() == key && o.value(QLatin1String("status")).toString() == QLatin1String("accepted");
}

// The server's own words for a rejection: "message", else "error", else the status.
QString rejectionReason(const HttpResponse &r)
{
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QString message = o.value(QLatin1String("message")).toString().trimmed();
    const QString code = o.value(QLatin1String("error")).toString().trimmed();
    if (message.isEmpty())
        message = code;
    else if (!code.isEmpty())
        message = QStringLiteral("%1 (%2)").arg(message, code);
    if (message.isEmpty())
        message = QStringLiteral("HTTP %1").arg(r.status);
    return message.left(500);
}

Verdict networkVerdict(const HttpResponse &r)
{
    Verdict v;
    v.kind = Verdict::Kind::Unknown;
    v.reason = networkErrorName(r.error);
    if (!r.errorDetail.isEmpty() && r.error != HttpResponse::NetworkError::Timeout
        && r.errorDetail.compare(v.reason, Qt::CaseInsensitive) != 0)
        v.reason += QStringLiteral(": ") + r.errorDetail.left(200);
    return v;
}

// Statuses that mean the same for POST and GET.
std::optional<Verdict> common(const HttpResponse &r, const QDateTime &nowUtc)
{
    Verdict v;
    v.httpStatus = r.status;
    v.backOfficeAnswered = true;
    if (r.status == 401 || r.status == 403) {
        v.kind = Verdict::Kind::AuthFailed;
        v.reason = QStringLiteral("HTTP %1: the back office refused the access token").arg(r.status);
        return v;
    }
    if (r.status == 408 || r.status == 429 || (r.status >= 500 && r.status <= 599)) {
        v.kind = Verdict::Kind::RetryLater;
        v.backOfficeAnswered = false;
        v.reason = QStringLiteral("HTTP %1").arg(r.status);
        if (r.status == 429 || r.status == 503)
            v.retryAfter = BackoffPolicy::parseRetryAfter(r.header("Retry-After"), nowUtc);
        return v;
    }
    return std::nullopt;
}

} // namespace

Verdict ResponseClassifier::classifyPost(const HttpResponse &r, const QString &key, const QDateTime &nowUtc)
{
    if (r.isNetworkError())
        return networkVerdict(r);
    if (auto v = common(r, nowUtc))
        return *v;
    Verdict v;
    v.httpStatus = r.status;
    v.backOfficeAnswered = true;
    if (r.status == 201 || r.status == 200) {
        if (isAcceptedBody(r.body, key)) {
            v.kind = Verdict::Kind::Sent;
        } else {
            // Something answered 2xx, but not with the promised body: we do
            // not know whether it stored the record. Ask before sending again.
            v.kind = Verdict::Kind::Unknown;
            v.reason = QStringLiteral("HTTP %1 with an unreadable answer").arg(r.status);
        }
        return v;
    }
    if (r.status >= 200 && r.status <= 299) {
        v.kind = Verdict::Kind::Unknown;
        v.reason = QStringLiteral("HTTP %1 (not in the contract)").arg(r.status);
        return v;
    }
    if (r.status == 409 || r.status == 400 || r.status == 422) {
        v.kind = Verdict::Kind::Rejected;
        v.reason = rejectionReason(r);
        return v;
    }
    // 3xx, 404, 405, 413, …: a configuration problem more likely than a bad
    // record. Keep the record and keep trying; the reason is shown.
    v.kind = Verdict::Kind::RetryLater;
    v.reason = QStringLiteral("HTTP %1 (not in the contract)").arg(r.status);
    return v;
}

Verdict ResponseClassifier::classifyLookup(const HttpResponse &r, const QString &key, const QDateTime &nowUtc)
{
    if (r.isNetworkError())
        return networkVerdict(r);
    if (auto v = common(r, nowUtc))
        return *v;
    Verdict v;
    v.httpStatus = r.status;
    v.backOfficeAnswered = true;
    if (r.status == 200) {
        if (isAcceptedBody(r.body, key)) {
            v.kind = Verdict::Kind::Sent;
        } else {
            v.kind = Verdict::Kind::Unknown;
            v.reason = QStringLiteral("HTTP 200 with an unreadable answer to the lookup");
        }
        return v;
    }
    if (r.status == 404) {
        v.kind = Verdict::Kind::NotStored;
        return v;
    }
    // Anything else leaves the question open.
    v.kind = Verdict::Kind::Unknown;
    v.reason = QStringLiteral("HTTP %1 to the lookup (not in the contract)").arg(r.status);
    return v;
}

} // namespace kakanai
