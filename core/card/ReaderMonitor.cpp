#include "ReaderMonitor.h"

#include "common/LogCategories.h"

#include <QMetaObject>
#include <QMutexLocker>

#include <algorithm>

namespace kakanai {

ReaderMonitor::ReaderMonitor(std::unique_ptr<CardTransport> transport, QObject *parent)
    : QObject(parent)
    , m_transport(std::move(transport))
{
}

ReaderMonitor::~ReaderMonitor()
{
    stop();
}

void ReaderMonitor::setBackoff(std::chrono::milliseconds min, std::chrono::milliseconds max)
{
    m_backoffMin = min;
    m_backoffMax = std::max(min, max);
}

void ReaderMonitor::start()
{
    if (m_thread)
        return;
    m_stop = false;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("ReaderMonitor"));
    m_thread->start();
}

void ReaderMonitor::stop()
{
    if (!m_thread)
        return;
    m_stop = true;
    {
        QMutexLocker lock(&m_sleepMutex);
        m_sleepWake.wakeAll();
    }
    // SCardCancel only reaches a wait that has begun; if the worker was just
    // about to block, cancel again until it has left (bounded, rare).
    m_transport->cancelWait();
    while (!m_thread->wait(50))
        m_transport->cancelWait();
    m_thread.reset();
}

bool ReaderMonitor::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

QList<ReaderState> ReaderMonitor::readers() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_readers;
}

bool ReaderMonitor::isServiceAvailable() const
{
    return m_serviceUp.load();
}

bool ReaderMonitor::sleepUnlessStopped(std::chrono::milliseconds duration)
{
    QMutexLocker lock(&m_sleepMutex);
    if (m_stop)
        return false;
    m_sleepWake.wait(&m_sleepMutex, QDeadlineTimer(duration));
    return !m_stop;
}

void ReaderMonitor::setServiceAvailable(bool available)
{
    if (m_service == (available ? 1 : 0))
        return;
    m_service = available ? 1 : 0;
    m_serviceUp = available;
    qCInfo(lcCard) << "smart card service" << (available ? "available" : "unavailable");
    QMetaObject::invokeMethod(this, [this, available] { emit serviceStateChanged(available); }, Qt::QueuedConnection);
}

void ReaderMonitor::publish(const QList<ReaderState> &before, const QList<ReaderState> &after)
{
    {
        QMutexLocker lock(&m_stateMutex);
        m_readers = after;
    }
    const auto findIn = [](const QList<ReaderState> &list, const QString &name) -> const ReaderState * {
        for (const ReaderState &r : list) {
            if (r.name == name)
                return &r;
        }
        return nullptr;
    };
    // Queue the signals in a sensible order: removals first, then additions.
    QList<std::function<void()>> events;
    for (const ReaderState &old : before) {
        const ReaderState *now = findIn(after, old.name);
        if (!now) {
            if (old.cardPresent)
                events.append([this, n = old.name] { emit cardRemoved(n); });
            events.append([this, n = old.name] { emit readerRemoved(n); });
        } else if (old.cardPresent && (!now->cardPresent || now->eventCount != old.eventCount)) {
            // Gone, or pulled and put back between two looks (event counter moved).
            events.append([this, n = old.name] { emit cardRemoved(n); });
        }
    }
    for (const ReaderState &now : after) {
        const ReaderState *old = findIn(before, now.name);
        if (!old)
            events.append([this, n = now.name] { emit readerAdded(n); });
        const bool wasPresent = old && old->cardPresent && old->eventCount == now.eventCount;
        if (now.cardPresent && !wasPresent)
            events.append([this, n = now.name, atr = now.atr] { emit cardInserted(n, atr); });
    }
    if (events.isEmpty())
        return;
    QMetaObject::invokeMethod(
        this,
        [events = std::move(events)] {
            for (const auto &e : events)
                e();
        },
        Qt::QueuedConnection);
}

void ReaderMonitor::run()
{
    QList<ReaderState> known;
    std::chrono::milliseconds backoff = m_backoffMin;
    int quietWakeups = 0; // wake-ups that changed nothing anybody can see
    while (!m_stop) {
        auto next = m_transport->waitForChange(known, CardTransport::kInfinite);
        if (m_stop)
            break;
        if (!next) {
            const Error &e = next.error();
            if (e.code() == ErrorCode::Cancelled)
                continue;
            if (e.code() == ErrorCode::ReaderServiceStopped) {
                setServiceAvailable(false);
                publish(known, {});
                known.clear();
            } else {
                qCWarning(lcCard) << "reader monitor:" << e.technicalDetail();
                QMetaObject::invokeMethod(this, [this, m = e.message()] { emit monitorError(m); }, Qt::QueuedConnection);
            }
            qCDebug(lcCard) << "reader monitor: retrying in" << backoff.count() << "ms";
            if (!sleepUnlessStopped(backoff))
                break;
            backoff = std::min(backoff * 2, m_backoffMax);
            continue;
        }
        backoff = m_backoffMin;
        setServiceAvailable(true);
        if (*next != known) {
            quietWakeups = 0;
            publish(known, *next);
        } else if (++quietWakeups > 5) {
            // The wait keeps returning without a visible change (a flapping
            // reader state): never let that become a busy loop.
            quietWakeups = 0;
            if (!sleepUnlessStopped(m_backoffMin))
                break;
        }
        known = *std::move(next);
    }
    qCDebug(lcCard) << "reader monitor stopped";
}

} // namespace kakanai
