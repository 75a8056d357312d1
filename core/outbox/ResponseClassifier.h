#pragma once

#include "HttpTransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace kakanai {

// The contract's table (docs/backoffice-api.md) as code: what one HTTP
// answer means for one record. Pure; the uploader acts on the verdict.
struct Verdict {
    enum class Kind {
        Sent,          // POST 201/200 with a well-formed body; GET 200
        NotStored,     // GET 404: safe to POST
        Rejected,      // 409, 400, 422: the record's fault, shown with `reason`
        AuthFailed,    // 401, 403: keep pending, back off, alert the administrator
        RetryLater,    // 408, 429, 5xx, other statuses: keep pending, back off
        Unknown,       // network error, timeout, garbage on 2xx: keep pending, GET before the next POST
    };
    Kind kind = Kind::Unknown;
    int httpStatus = 0;
    // The back office's "error" code when it looks like a contract code
    // (lower-case letters and hyphens), "unrecognised" when it sent some other
    // code, empty when none. Its "message" is never kept: it may quote the
    // record (a name, the individual number).
    QString code;
    QString reason;                                  // fixed, translated text for last_error and people
    std::optional<std::chrono::milliseconds> retryAfter;
    // Whether this says anything about the back office being there: an HTTP
    // answer that is not 408/429/5xx.
    bool backOfficeAnswered = false;
};

class ResponseClassifier {
    Q_DECLARE_TR_FUNCTIONS(ResponseClassifier)
public:
    // The answer to POST /records for the record `key`.
    static Verdict classifyPost(const HttpResponse &response, const QString &key, const QDateTime &nowUtc);
    // The answer to GET /records/{key}.
    static Verdict classifyLookup(const HttpResponse &response, const QString &key, const QDateTime &nowUtc);
};

} // namespace kakanai
