#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace kakanai {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

struct HttpRequest {
    QByteArray method;   // "GET", "POST"
    QString path;        // below the base URL, e.g. "/records"
    HttpHeaders headers; // besides Authorization, which the transport adds
    QByteArray body;
    int timeoutMs = 30000;
};

struct HttpResponse {
    // Set when there was no complete HTTP answer.
    enum class NetworkError {
        None,
        ConnectionRefused,
        HostNotFound,
        Timeout,
        ConnectionClosed, // closed or reset before a complete answer
        Tls,              // handshake or certificate problem
        PinMismatch,      // the server's public key is not the configured pin
        Cancelled,        // aborted by us (shutdown)
        Other,
    };
    NetworkError error = NetworkError::None;
    QString errorDetail;  // technical, for the log and last_error
    int status = 0;       // 0 when error != None
    HttpHeaders headers;
    QByteArray body;

    bool isNetworkError() const { return error != NetworkError::None; }
    // Case-insensitive; empty when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers)
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    static HttpResponse networkError(NetworkError error, QString detail)
    {
        HttpResponse r;
        r.error = error;
        r.errorDetail = std::move(detail);
        return r;
    }
    static HttpResponse answer(int status, QByteArray body = {}, HttpHeaders headers = {})
    {
        HttpResponse r;
        r.status = status;
        r.body = std::move(body);
        r.headers = std::move(headers);
        return r;
    }
};

// How the uploader talks HTTP. Real: QtHttpTransport; unit tests: FakeHttpTransport.
class HttpTransport {
public:
    using Callback = std::function<void(const HttpResponse &)>;
    virtual ~HttpTransport() = default;

    // Starts the request and returns at once. `done` is called exactly once,
    // later (never from inside send()), on the thread that called send() —
    // unless the transport is destroyed first, in which case it is not called.
    virtual void send(const HttpRequest &request, Callback done) = 0;
    // Ends every request in flight now; their callbacks get Cancelled.
    virtual void abortAll() = 0;
};

} // namespace kakanai
