#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace kakanai::backofficesim {

// One parsed HTTP/1.x request (see HttpRequestParser).
struct HttpRequest {
    QByteArray method;       // e.g. "POST", case as received (methods are case-sensitive)
    QByteArray target;       // the request target as received, e.g. "/records/abc?x=1"
    QByteArray path;         // the target without its query
    int minorVersion = 1;    // HTTP/1.<minorVersion>
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased, values without surrounding blanks
    QByteArray body;
    qint64 contentLength = 0;
    bool keepAlive = true;       // false after "Connection: close", and for HTTP/1.0 without keep-alive
    bool expectContinue = false; // "Expect: 100-continue"

    // The first value of the header `name` (lower case), or an empty array.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

} // namespace kakanai::backofficesim
