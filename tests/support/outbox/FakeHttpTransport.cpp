#include "FakeHttpTransport.h"

#include <QTimer>

namespace kakanai {

FakeHttpTransport::FakeHttpTransport(QObject *parent)
    : QObject(parent)
{
}

FakeHttpTransport::~FakeHttpTransport() = default;

void FakeHttpTransport::send(const HttpRequest &request, Callback done)
{
    m_requests.append(request);
    HttpResponse response;
    if (!m_queue.empty()) {
        response = std::move(m_queue.front());
        m_queue.pop_front();
    } else if (m_handler) {
        response = m_handler(request);
    } else {
        response = HttpResponse::networkError(HttpResponse::NetworkError::ConnectionRefused, QStringLiteral("fake: no answer scripted"));
    }
    if (m_hold) {
        m_held.emplace_back(std::move(done), std::move(response));
        return;
    }
    deliver(std::move(done), std::move(response));
}

void FakeHttpTransport::deliver(Callback done, HttpResponse response)
{
    const quint64 id = ++m_nextId;
    m_scheduled.emplace(id, std::move(done));
    QTimer::singleShot(0, this, [this, id, response = std::move(response)]() {
        const auto it = m_scheduled.find(id);
        if (it == m_scheduled.end())
            return; // aborted meanwhile: the callback already had its answer
        Callback callback = std::move(it->second);
        m_scheduled.erase(it);
        callback(response);
    });
}

void FakeHttpTransport::abortAll()
{
    // Everything in flight ends now, cancelled.
    std::deque<std::pair<Callback, HttpResponse>> held;
    held.swap(m_held);
    std::map<quint64, Callback> scheduled;
    scheduled.swap(m_scheduled);
    const auto cancelled = HttpResponse::networkError(HttpResponse::NetworkError::Cancelled, QStringLiteral("fake: aborted"));
    for (auto &h : held)
        h.first(cancelled);
    for (auto &s : scheduled)
        s.second(cancelled);
}

void FakeHttpTransport::queueResponse(HttpResponse response)
{
    m_queue.push_back(std::move(response));
}

void FakeHttpTransport::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeHttpTransport::holdResponses(bool hold)
{
    m_hold = hold;
}

void FakeHttpTransport::release()
{
    std::deque<std::pair<Callback, HttpResponse>> held;
    held.swap(m_held);
    for (auto &h : held)
        deliver(std::move(h.first), std::move(h.second));
}

} // namespace kakanai
