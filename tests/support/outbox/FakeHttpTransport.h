#pragma once

#include "outbox/HttpTransport.h"

#include <QObject>

#include <deque>
#include <map>

namespace kakanai {

// Scripted HTTP for unit tests. Answers come from a queue of responses (first
// in, first out), else from a handler, else "connection refused". Every
// request is recorded. With holdResponses(true) answers wait until release().
class FakeHttpTransport final : public QObject, public HttpTransport {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    explicit FakeHttpTransport(QObject *parent = nullptr);
    ~FakeHttpTransport() override;

    void send(const HttpRequest &request, Callback done) override;
    void abortAll() override;

    void queueResponse(HttpResponse response);
    void setHandler(Handler handler);
    void holdResponses(bool hold);
    // Delivers every held response (asynchronously, in order).
    void release();

    const QList<HttpRequest> &requests() const { return m_requests; }
    int inFlight() const { return int(m_held.size() + m_scheduled.size()); }
    void clearRequests() { m_requests.clear(); }

private:
    void deliver(Callback done, HttpResponse response);

    std::deque<HttpResponse> m_queue;
    Handler m_handler;
    QList<HttpRequest> m_requests;
    bool m_hold = false;
    std::deque<std::pair<Callback, HttpResponse>> m_held;
    std::map<quint64, Callback> m_scheduled;
    quint64 m_nextId = 0;
};

} // namespace kakanai
