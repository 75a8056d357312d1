#include "BoardModel.h"

#include "QueueService.h"
#include "WaitEstimator.h"
#include "common/LogCategories.h"
#include "office/ChangeFeed.h"

#include <QTimer>

namespace kakanai::queue {

namespace {

const QStringList kQueueTables = {QStringLiteral("ticket"), QStringLiteral("queue_counter"),
                                  QStringLiteral("queue_category")};

} // namespace

BoardModel::BoardModel(QueueService &queue, ChangeFeed *feed, QString officeName, int recentCount, QObject *parent)
    : QObject(parent), m_queue(queue), m_feed(feed), m_officeName(std::move(officeName)), m_recentCount(recentCount)
{
    if (m_feed) {
        connect(m_feed, &ChangeFeed::changed, this, [this](const QString &table, const QStringList &) {
            if (kQueueTables.contains(table))
                scheduleRefresh();
        });
        connect(m_feed, &ChangeFeed::resynchronise, this, &BoardModel::scheduleRefresh);
        connect(m_feed, &ChangeFeed::stateChanged, this, [this](ChangeFeed::State state) {
            if (state == ChangeFeed::State::Live)
                scheduleRefresh();
            else
                setStale(true);
        });
    }
    // This process's own changes need not wait for the feed.
    connect(&m_queue, &QueueService::ticketChanged, this, &BoardModel::scheduleRefresh);
    auto *dayTimer = new QTimer(this);
    dayTimer->setInterval(30000);
    connect(dayTimer, &QTimer::timeout, this, &BoardModel::checkOfficeDay);
    dayTimer->start();
}

void BoardModel::checkOfficeDay()
{
    if (m_officeDay.isValid() && m_queue.officeToday() != m_officeDay)
        scheduleRefresh();
}

void BoardModel::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, &BoardModel::refresh);
}

void BoardModel::setStale(bool stale)
{
    if (m_snapshot.stale == stale)
        return;
    m_snapshot.stale = stale;
    ++m_snapshot.revision;
    emit snapshotChanged(m_snapshot);
}

void BoardModel::refresh()
{
    m_refreshQueued = false;
    auto next = read();
    if (!next) {
        // Keep the last good numbers; say they may be out of date.
        if (m_problem != next.error().message())
            qCWarning(lcQueue) << "board not updated:" << next.error().toString();
        m_problem = next.error().message();
        setStale(true);
        return;
    }
    m_problem.clear();
    m_officeDay = m_queue.officeToday();
    const bool first = m_snapshot.empty();
    QList<BoardSnapshot::Call> fresh;
    for (const auto &call : std::as_const(next->nowCalling)) {
        bool seen = false;
        for (const auto &old : std::as_const(m_snapshot.nowCalling))
            seen = seen || (old.ticket == call.ticket && old.callCount == call.callCount && old.calledAt == call.calledAt);
        if (!seen)
            fresh.append(call);
    }
    next->stale = m_feed && m_feed->state() != ChangeFeed::State::Live;
    next->revision = m_snapshot.revision + 1;
    m_snapshot = *next;
    emit snapshotChanged(m_snapshot);
    if (!first && !fresh.isEmpty())
        emit called(fresh);
}

Result<BoardSnapshot> BoardModel::read() const
{
    auto categories = m_queue.categories();
    if (!categories)
        return std::unexpected(categories.error());
    auto counters = m_queue.counters();
    if (!counters)
        return std::unexpected(counters.error());
    auto calls = m_queue.calls(m_recentCount);
    if (!calls)
        return std::unexpected(calls.error());
    auto waiting = m_queue.waitingCounts();
    if (!waiting)
        return std::unexpected(waiting.error());

    BoardSnapshot s;
    s.officeName = m_officeName;
    const auto toCall = [&](const Ticket &t) {
        BoardSnapshot::Call call;
        call.ticket = t.display;
        call.counterId = t.counterId;
        call.calledAt = t.lastCalledAt;
        call.callCount = t.callCount;
        for (const auto &c : *counters)
            if (c.counterId == t.counterId) {
                call.counterNameJa = c.nameJa;
                call.counterNameEn = c.nameEn;
            }
        return call;
    };
    for (const Ticket &t : calls->first)
        s.nowCalling.append(toCall(t));
    for (const Ticket &t : calls->second)
        s.recentlyCalled.append(toCall(t));
    for (const auto &c : *categories) {
        BoardSnapshot::Category row;
        row.code = c.code;
        row.prefix = c.prefix;
        row.nameJa = c.nameJa;
        row.nameEn = c.nameEn;
        row.waiting = waiting->value(c.code);
        for (const auto &counter : *counters)
            row.countersOpen += counter.open && counter.serves(c.code) ? 1 : 0;
        auto estimate = m_queue.estimateSeconds(c.code, row.waiting, *categories, *counters);
        if (!estimate)
            return std::unexpected(estimate.error());
        row.estimatedWaitMinutes = WaitEstimator::minutes(*estimate);
        s.categories.append(row);
    }
    s.readAt = m_queue.nowUtc();
    return s;
}

} // namespace kakanai::queue
