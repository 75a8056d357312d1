#include "ResponseClassifier.h"

#include "BackoffPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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

// Contract codes are short, lower-case words joined by hyphens
// (docs/backoffice-api.md). Anything else, digits above all, could be a
// piece of the record and is not repeated.
QString safeErrorCode(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue value = o.value(QLatin1String("error"));
    if (!value.isString())
        return {};
    static const QRegularExpression contractCode(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    const QString code = value.toString();
    if (code.isEmpty())
        return {};
    if (code.size() > 40 || !contractCode.match(code).hasMatch())
        return QStringLiteral("unrecognised");
    return code;
}

// The reason shown and stored for a rejection: our words, the status and
// the code, never the back office's message.
QString rejectionReason(int status, const QString &code)
{
    if (code == QLatin1String("key-reused"))
        return ResponseClassifier::tr("The back office already holds this record with different contents "
                                      "(HTTP %1, key-reused).").arg(status);
    if (code == QLatin1String("invalid-record"))
        return ResponseClassifier::tr("The back office could not read the record (HTTP %1, invalid-record).").arg(status);
    if (status == 413)
        return ResponseClassifier::tr("The record is larger than the back office accepts (HTTP 413).");
    if (code.isEmpty())
        return ResponseClassifier::tr("The back office rejected the record (HTTP %1).").arg(status);
    return ResponseClassifier::tr("The back office rejected the record (HTTP %1, code %2).").arg(status).arg(code);
}

QString networkReason(HttpResponse::NetworkError error)
{
    using E = HttpResponse::NetworkError;
    switch (error) {
    case E::ConnectionRefused: return ResponseClassifier::tr("The back office refused the connection.");
    case E::HostNotFound: return ResponseClassifier::tr("The back office's host name was not found.");
    case E::Timeout: return ResponseClassifier::tr("The back office did not answer in time.");
    case E::ConnectionClosed: return ResponseClassifier::tr("The connection to the back office was closed.");
    case E::Tls: return ResponseClassifier::tr("The secure connection to the back office failed (TLS).");
    case E::PinMismatch: return ResponseClassifier::tr("The back office's certificate key does not match the pinned key.");
    case E::Cancelled: return ResponseClassifier::tr("The request to the back office was cancelled.");
    case E::None:
    case E::Other: break;
    }
    return ResponseClassifier::tr("Network error while talking to the back office.");
}

// The transport's detail (TLS stack, peer) is not kept: only the kind.
Verdict networkVerdict(const HttpResponse &r)
{
    Verdict v;
    v.kind = Verdict::Kind::Unknown;
    v.reason = networkReason(r.error);
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
        v.reason = ResponseClassifier::tr("The back office refused the access token (HTTP %1).").arg(r.status);
        return v;
    }
    if (r.status == 408 || r.status == 429 || (r.status >= 500 && r.status <= 599)) {
        v.kind = Verdict::Kind::RetryLater;
        v.backOfficeAnswered = false;
        v.reason = ResponseClassifier::tr("The back office asked to try again later (HTTP %1).").arg(r.status);
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
            v.reason = tr("The back office answered HTTP %1 without the promised confirmation.").arg(r.status);
        }
        return v;
    }
    if (r.status >= 200 && r.status <= 299) {
        v.kind = Verdict::Kind::Unknown;
        v.reason = tr("The back office answered HTTP %1, which the contract does not define.").arg(r.status);
        return v;
    }
    if (r.status == 409 || r.status == 400 || r.status == 422) {
        v.kind = Verdict::Kind::Rejected;
        v.code = safeErrorCode(r.body);
        v.reason = rejectionReason(r.status, v.code);
        return v;
    }
    // 3xx, 404, 405, 413, …: a configuration problem more likely than a bad
    // record. Keep the record and keep trying; the reason is shown.
    v.kind = Verdict::Kind::RetryLater;
    v.reason = tr("The back office answered HTTP %1, which the contract does not define.").arg(r.status);
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
            v.reason = tr("The back office answered the lookup with HTTP 200 without the promised confirmation.");
        }
        return v;
    }
    if (r.status == 404) {
        v.kind = Verdict::Kind::NotStored;
        return v;
    }
    // Anything else leaves the question open.
    v.kind = Verdict::Kind::Unknown;
    v.reason = tr("The back office answered the lookup with HTTP %1, which the contract does not define.").arg(r.status);
    return v;
}

} // namespace kakanai
