#include "SimulatedDay.h"

#include "OfficeClosures.h"
#include "SimulationRandom.h"

#include <QDateTime>
#include <QTime>

#include <algorithm>
#include <array>
#include <map>
#include <queue>
#include <set>
#include <tuple>

namespace kakanai::queue {

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Second = 1'000;
constexpr qint64 LunchStart = (12 * 60 - 8 * 60 - 30) * Minute; // offsets from 8:30
constexpr qint64 LunchEnd = LunchStart + 60 * Minute;
constexpr qint64 ReceptionCloses = (17 * 60 + 15 - 8 * 60 - 30) * Minute;

// Arrivals per hour relative to the day's mean, 8:30–17:15: the morning peak
// (9–11), the lunch dip (12–13), a smaller bump after lunch (14–15).
struct ProfileSlot {
    int fromMinute; // after 8:30
    int toMinute;
    double rate;
};
constexpr std::array<ProfileSlot, 10> ArrivalProfile{{
    {0, 30, 0.8},    // 8:30–9:00
    {30, 90, 1.5},   // 9–10
    {90, 150, 1.6},  // 10–11
    {150, 210, 1.2}, // 11–12
    {210, 270, 0.6}, // 12–13
    {270, 330, 0.9}, // 13–14
    {330, 390, 1.1}, // 14–15
    {390, 450, 1.0}, // 15–16
    {450, 510, 0.7}, // 16–17
    {510, 525, 0.3}, // 17:00–17:15
}};

qint64 arrivalOffset(SimulationRandom &random)
{
    double total = 0;
    for (const ProfileSlot &slot : ArrivalProfile)
        total += slot.rate * (slot.toMinute - slot.fromMinute);
    double pick = random.uniform() * total;
    for (const ProfileSlot &slot : ArrivalProfile) {
        const double weight = slot.rate * (slot.toMinute - slot.fromMinute);
        if (pick < weight)
            return static_cast<qint64>((slot.fromMinute + pick / slot.rate) * Minute);
        pick -= weight;
    }
    return ReceptionCloses - 1;
}

QString uuidFrom(SimulationRandom &random)
{
    std::uint64_t hi = random.bits();
    std::uint64_t lo = random.bits();
    hi = (hi & ~0xF000ULL) | 0x4000ULL;                     // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // RFC 4122 variant
    const QString h = QStringLiteral("%1").arg(hi, 16, 16, QLatin1Char('0'));
    const QString l = QStringLiteral("%1").arg(lo, 16, 16, QLatin1Char('0'));
    return h.left(8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + l.left(4) + u'-' + l.mid(4);
}

enum class Happening { Arrival, CounterFree, Rejoin, Leave, StaffChange };

struct Scheduled {
    qint64 atMs;
    std::uint64_t order; // ties: first scheduled first
    Happening what;
    int index;           // ticket or counter
    bool operator>(const Scheduled &other) const
    {
        return std::tie(atMs, order) > std::tie(other.atMs, other.order);
    }
};

// Waiting order: higher priority first, then earlier arrival, then number order.
using QueueKey = std::tuple<int, qint64, int>;

// Per-ticket plans drawn at arrival.
struct TicketPlan {
    qint64 leaveMs = -1;      // gives up if still waiting then
    bool transferred = false; // has been moved once (not again, never leaves)
    bool returning = false;   // came back after being absent
    bool inQueue = false;
};

class DayRun {
public:
    DayRun(const HistoryOptions &options, const QList<SimulatedBand> &bands, const QList<SimulatedCounter> &counters,
           const std::vector<std::vector<int>> &serves, QDate date, SimulationRandom &random)
        : m_options(options), m_bands(bands), m_counters(counters), m_serves(serves), m_random(random),
          m_openMs(QDateTime(date, QTime(8, 30), options.zone).toMSecsSinceEpoch())
    {
        m_result.lastNumber.resize(bands.size());
        m_result.turnedAway.resize(bands.size());
        for (int c = 0; c < bands.size(); ++c)
            m_result.lastNumber[c] = bands.at(c).firstNumber - 1;
        m_queues.resize(bands.size());
        m_recentServices.resize(bands.size());
        m_busy.assign(counters.size(), false);
        planStaff(date);
    }

    SimulatedDayResult run(QDate date)
    {
        arrive(date);
        for (qint64 change : {LunchStart, LunchEnd})
            schedule(m_openMs + change, Happening::StaffChange, 0);
        while (!m_agenda.empty()) {
            const Scheduled next = m_agenda.top();
            m_agenda.pop();
            handle(next);
            dispatch(next.atMs);
        }
        closeRemaining();
        std::stable_sort(m_result.events.begin(), m_result.events.end(),
                         [](const SimulatedEvent &a, const SimulatedEvent &b) { return a.atMs < b.atMs; });
        return std::move(m_result);
    }

private:
    // Staff on duty for six counters (3–6), scaled to the counters there are:
    // morning, lunch (12–13, half of them away), afternoon; one more on a busy
    // day, one fewer on some days (leave, training).
    void planStaff(QDate date)
    {
        const bool busy = date.dayOfWeek() == Qt::Monday || OfficeClosures::isFirstDayAfterClosure(date)
                          || SimulatedDay::isMovingSeason(date) || OfficeClosures::isAmongLastOfficeDaysOfMonth(date, 2);
        const bool short_ = m_random.chance(0.15);
        const int extra = (busy ? 1 : 0) - (short_ ? 1 : 0);
        const int n = static_cast<int>(m_counters.size());
        const auto scaled = [&](int ofSix) {
            return std::clamp(static_cast<int>(std::lround(ofSix * n / 6.0)), 1, n);
        };
        m_staffMorning = scaled(std::clamp(5 + extra, 3, 6));
        m_staffLunch = scaled(std::clamp(3 + (busy ? 1 : 0), 3, 6));
        m_staffAfternoon = scaled(std::clamp(5 + extra, 3, 6));
        m_staffIds[0].reserve(n);
        m_staffIds[1].reserve(n);
        for (int k = 0; k < n; ++k) {
            m_staffIds[0].append(QStringLiteral("sim-%1").arg(k + 1, 2, 10, QLatin1Char('0')));
            m_staffIds[1].append(QStringLiteral("sim-%1").arg(n + k + 1, 2, 10, QLatin1Char('0')));
        }
    }

    int staffAt(qint64 atMs) const
    {
        const qint64 offset = atMs - m_openMs;
        return offset < LunchStart ? m_staffMorning : offset < LunchEnd ? m_staffLunch : m_staffAfternoon;
    }
    // The morning shift until the end of lunch, then the afternoon one.
    const QString &staffIdAt(int counter, qint64 atMs) const
    {
        return m_staffIds[atMs - m_openMs < LunchEnd ? 0 : 1].at(counter);
    }

    void schedule(qint64 atMs, Happening what, int index) { m_agenda.push({atMs, m_order++, what, index}); }

    void record(qint64 atMs, int ticket, SimulatedEventKind kind, std::optional<TicketState> from, TicketState to,
              int counter = -1, QString staffId = {}, QString detail = {})
    {
        m_result.events.push_back({atMs, ticket, kind, from, to, m_result.tickets[ticket].category, counter,
                                   std::move(staffId), staffAt(atMs), std::move(detail)});
    }

    void arrive(QDate date)
    {
        const double dayVolume = m_options.arrivalsPerDay * SimulatedDay::dayFactor(date) * m_random.logNormal(1.0, 0.08);
        const bool season = SimulatedDay::isMovingSeason(date);
        struct Arrival {
            qint64 offset;
            int category;
        };
        std::vector<Arrival> arrivals;
        for (int c = 0; c < m_bands.size(); ++c) {
            const SimulatedCategory &model = m_bands.at(c).model;
            const int count = m_random.poisson(dayVolume * model.share * (season ? model.peakFactor : 1.0));
            for (int i = 0; i < count; ++i)
                arrivals.push_back({arrivalOffset(m_random), c});
        }
        std::stable_sort(arrivals.begin(), arrivals.end(),
                         [](const Arrival &a, const Arrival &b) { return a.offset < b.offset; });
        m_result.tickets.reserve(arrivals.size());
        m_plans.reserve(arrivals.size());
        for (const Arrival &a : arrivals) {
            const SimulatedBand &band = m_bands.at(a.category);
            int &last = m_result.lastNumber[a.category];
            // A band that has run out turns the citizen away: numbers never wrap.
            if (last >= band.lastNumber) {
                ++m_result.turnedAway[a.category];
                continue;
            }
            SimulatedTicket t;
            t.ticketId = uuidFrom(m_random);
            t.series = a.category;
            t.category = a.category;
            t.number = ++last;
            t.priority = m_random.chance(m_options.accessibilityShare) ? TicketPriority::Accessibility
                                                                      : TicketPriority::None;
            t.procedures = pickProcedures(band.procedures);
            t.arrivalMs = m_openMs + a.offset;
            TicketPlan plan;
            // Most give up only after a long wait (the moving season); a few leave early.
            const double patienceMinutes = m_random.chance(m_options.cancelShare) ? m_random.uniform(5, 45)
                                                                                 : m_random.logNormal(150, 0.35);
            plan.leaveMs = t.arrivalMs + static_cast<qint64>(patienceMinutes * Minute);
            m_result.tickets.push_back(std::move(t));
            m_plans.push_back(plan);
            schedule(m_result.tickets.back().arrivalMs, Happening::Arrival,
                     static_cast<int>(m_result.tickets.size() - 1));
        }
    }

    QString pickProcedures(const QStringList &procedures)
    {
        if (procedures.isEmpty())
            return {};
        const int first = m_random.below(static_cast<int>(procedures.size()));
        if (procedures.size() > 1 && m_random.chance(0.2)) {
            int second = m_random.below(static_cast<int>(procedures.size()) - 1);
            if (second >= first)
                ++second;
            return procedures.at(first) + u' ' + procedures.at(second);
        }
        return procedures.at(first);
    }

    QueueKey keyOf(int ticket) const
    {
        const SimulatedTicket &t = m_result.tickets[ticket];
        return {-static_cast<int>(t.priority), t.arrivalMs, ticket};
    }

    void enqueue(int ticket)
    {
        m_queues[m_result.tickets[ticket].category].insert(keyOf(ticket));
        m_plans[ticket].inQueue = true;
        ++m_waiting;
    }

    void dequeue(int ticket)
    {
        if (!m_plans[ticket].inQueue)
            return;
        m_queues[m_result.tickets[ticket].category].erase(keyOf(ticket));
        m_plans[ticket].inQueue = false;
        --m_waiting;
    }

    void handle(const Scheduled &s)
    {
        switch (s.what) {
        case Happening::Arrival: {
            SimulatedTicket &t = m_result.tickets[s.index];
            t.state = TicketState::Waiting;
            t.staffOnDuty = staffAt(s.atMs);
            if (m_options.estimator)
                t.estimatedWaitSeconds = m_options.estimator(estimateInput(s.index, s.atMs));
            // Issued with its slip printed, as reception does: the number
            // taken (pending), then in the queue once the slip is out.
            record(s.atMs, s.index, SimulatedEventKind::Issued, std::nullopt, TicketState::Pending);
            record(s.atMs, s.index, SimulatedEventKind::Confirmed, TicketState::Pending, TicketState::Waiting);
            enqueue(s.index);
            schedule(m_plans[s.index].leaveMs, Happening::Leave, s.index);
            break;
        }
        case Happening::CounterFree:
            m_busy[s.index] = false;
            break;
        case Happening::Rejoin:
            if (m_result.tickets[s.index].state == TicketState::Waiting)
                enqueue(s.index);
            break;
        case Happening::Leave: {
            SimulatedTicket &t = m_result.tickets[s.index];
            // Only from the queue: not once called, moved on, or away after
            // an absent call (that citizen is coming back).
            if (t.state != TicketState::Waiting || m_plans[s.index].transferred || m_plans[s.index].returning)
                break;
            dequeue(s.index);
            finishWithoutService(s.index, s.atMs, QStringLiteral("left"));
            break;
        }
        case Happening::StaffChange:
            break; // dispatch() reads staffAt(); counters beyond it finish their ticket and stop
        }
    }

    void finishWithoutService(int ticket, qint64 atMs, const QString &why)
    {
        SimulatedTicket &t = m_result.tickets[ticket];
        t.state = TicketState::Cancelled;
        t.finishedMs = atMs;
        t.outcomeDetail = why;
        t.counter = -1;
        t.staffId.clear();
        record(atMs, ticket, SimulatedEventKind::Cancelled, TicketState::Waiting, TicketState::Cancelled, -1, {}, why);
    }

    EstimateInput estimateInput(int ticket, qint64 nowMs) const
    {
        const SimulatedTicket &t = m_result.tickets[ticket];
        EstimateInput in;
        in.category = m_bands.at(t.category).model.code;
        const auto &queue = m_queues[t.category];
        in.peopleAhead = static_cast<int>(std::distance(queue.begin(), queue.lower_bound(keyOf(ticket))));
        const int open = staffAt(nowMs);
        for (int k = 0; k < open; ++k)
            if (std::ranges::count(m_serves[k], t.category) > 0)
                in.countersServing += 1.0 / double(m_serves[k].size());
        const auto &done = m_recentServices[t.category];
        for (auto it = done.upper_bound(nowMs); it != done.begin() && in.recentServiceSeconds.size() < 20;) {
            --it;
            in.recentServiceSeconds.prepend(it->second);
        }
        return in;
    }

    // Every open, idle counter calls the next ticket: priority first; among
    // equals its own categories in the order it lists them (its main duty,
    // then those it helps with); in a category, earliest arrival.
    void dispatch(qint64 nowMs)
    {
        if (m_waiting == 0)
            return;
        const int open = std::min(staffAt(nowMs), static_cast<int>(m_counters.size()));
        for (int k = 0; k < open && m_waiting > 0; ++k) {
            if (m_busy[k])
                continue;
            const QueueKey *best = nullptr;
            for (int c : m_serves[k])
                if (!m_queues[c].empty()
                    && (!best || std::get<0>(*m_queues[c].begin()) < std::get<0>(*best)))
                    best = &*m_queues[c].begin();
            if (best)
                serve(k, std::get<2>(*best), nowMs);
        }
    }

    qint64 recallGap() { return 60 * Second + static_cast<qint64>(m_random.uniform(0, 30) * Second); }

    // One counter's whole exchange with a ticket, from the call to the
    // outcome; the counter is busy until then.
    void serve(int counter, int ticket, qint64 nowMs)
    {
        dequeue(ticket);
        SimulatedTicket &t = m_result.tickets[ticket];
        TicketPlan &plan = m_plans[ticket];
        const SimulatedBand &band = m_bands.at(t.category);
        const QString staff = staffIdAt(counter, nowMs);
        t.counter = counter;
        t.staffId = staff;
        t.state = TicketState::Called;
        qint64 at = nowMs;
        const auto call = [&](bool recall) {
            ++t.callCount;
            if (t.firstCalledMs < 0)
                t.firstCalledMs = at;
            t.lastCalledMs = at;
            record(at, ticket, recall ? SimulatedEventKind::Recalled : SimulatedEventKind::Called,
                 recall ? TicketState::Called : TicketState::Waiting, TicketState::Called, counter, staff);
        };
        call(false);

        const bool present = plan.transferred || plan.returning;
        const int maxCalls = std::max(1, m_options.maxCalls);
        if (!present && m_random.chance(band.model.noShowRate)) {
            while (t.callCount < maxCalls) {
                at += recallGap();
                call(true);
            }
            at += recallGap();
            t.state = TicketState::NoShow;
            t.finishedMs = at;
            record(at, ticket, SimulatedEventKind::NoShow, TicketState::Called, TicketState::NoShow, counter, staff);
            release(counter, at);
            return;
        }
        if (!present && maxCalls >= 3 && m_random.chance(m_options.absentReturnShare)) {
            // Not there after two calls: set aside, back in the queue (same
            // place) when the citizen comes back to reception.
            at += recallGap();
            call(true);
            at += recallGap();
            t.state = TicketState::Waiting;
            record(at, ticket, SimulatedEventKind::Absent, TicketState::Called, TicketState::Waiting, counter, staff);
            plan.returning = true;
            release(counter, at);
            schedule(at + static_cast<qint64>(m_random.uniform(5, 20) * Minute), Happening::Rejoin, ticket);
            return;
        }
        // Present: walks up, called again while on the way.
        const qint64 walk = static_cast<qint64>(m_random.logNormal(present ? 25 : 35, 0.6) * Second);
        const qint64 arrives = nowMs + walk;
        qint64 nextCall = at + recallGap();
        while (t.callCount < maxCalls && nextCall < arrives) {
            at = nextCall;
            call(true);
            nextCall = at + recallGap();
        }
        const qint64 start = std::min(arrives, nextCall - Second);
        t.state = TicketState::Serving;
        t.serviceStartedMs = start;
        record(start, ticket, SimulatedEventKind::Started, TicketState::Called, TicketState::Serving, counter, staff);
        const double minutes =
            std::clamp(m_random.logNormal(band.model.serviceMedianMinutes, band.model.serviceSigma), 0.5, 180.0);
        const qint64 end = start + static_cast<qint64>(minutes * Minute);
        m_recentServices[t.category].emplace(end, static_cast<int>((end - start) / Second));
        if (!plan.transferred && band.transferTo >= 0 && m_random.chance(m_options.transferShare)) {
            const QString from = band.model.code;
            t.category = band.transferTo;
            t.state = TicketState::Waiting;
            t.callCount = 0; // a new queue: its calls count again
            plan.transferred = true;
            record(end, ticket, SimulatedEventKind::Transferred, TicketState::Serving, TicketState::Waiting, counter,
                 staff, from);
            schedule(end, Happening::Rejoin, ticket);
        } else {
            t.state = TicketState::Done;
            t.finishedMs = end;
            record(end, ticket, SimulatedEventKind::Done, TicketState::Serving, TicketState::Done, counter, staff);
        }
        // A few seconds of notes before the next call.
        release(counter, end + static_cast<qint64>(m_random.uniform(5, 30) * Second));
    }

    void release(int counter, qint64 atMs)
    {
        m_busy[counter] = true;
        schedule(atMs, Happening::CounterFree, counter);
    }

    // A category no open counter serves leaves tickets behind: reception
    // cancels them at closing (the default counters never do).
    void closeRemaining()
    {
        qint64 last = m_openMs + ReceptionCloses;
        for (const SimulatedEvent &e : m_result.events)
            last = std::max(last, e.atMs);
        for (int i = 0; i < static_cast<int>(m_result.tickets.size()); ++i)
            if (!isFinal(m_result.tickets[i].state)) {
                dequeue(i);
                finishWithoutService(i, last + Minute, QStringLiteral("closed"));
            }
    }

    const HistoryOptions &m_options;
    const QList<SimulatedBand> &m_bands;
    const QList<SimulatedCounter> &m_counters;
    const std::vector<std::vector<int>> &m_serves;
    SimulationRandom &m_random;
    const qint64 m_openMs;

    SimulatedDayResult m_result;
    std::vector<TicketPlan> m_plans;
    std::vector<std::set<QueueKey>> m_queues;
    std::vector<std::multimap<qint64, int>> m_recentServices; // finished at → seconds
    std::vector<bool> m_busy;
    int m_waiting = 0;
    int m_staffMorning = 0;
    int m_staffLunch = 0;
    int m_staffAfternoon = 0;
    std::array<QStringList, 2> m_staffIds;
    std::priority_queue<Scheduled, std::vector<Scheduled>, std::greater<>> m_agenda;
    std::uint64_t m_order = 0;
};

} // namespace

QString eventKindName(SimulatedEventKind kind)
{
    switch (kind) {
    case SimulatedEventKind::Issued: return QStringLiteral("issued");
    case SimulatedEventKind::Confirmed: return QStringLiteral("confirmed");
    case SimulatedEventKind::Called: return QStringLiteral("called");
    case SimulatedEventKind::Recalled: return QStringLiteral("recalled");
    case SimulatedEventKind::Started: return QStringLiteral("started");
    case SimulatedEventKind::Done: return QStringLiteral("done");
    case SimulatedEventKind::Absent: return QStringLiteral("absent");
    case SimulatedEventKind::NoShow: return QStringLiteral("no-show");
    case SimulatedEventKind::Transferred: return QStringLiteral("transferred");
    case SimulatedEventKind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

SimulatedDay::SimulatedDay(const HistoryOptions &options, const QList<SimulatedBand> &bands,
                           const QList<SimulatedCounter> &counters)
    : m_options(options), m_bands(bands), m_counters(counters)
{
    for (const SimulatedCounter &counter : counters) {
        std::vector<int> serves;
        if (counter.categories.isEmpty()) {
            for (int c = 0; c < bands.size(); ++c)
                serves.push_back(c);
        }
        for (const QString &code : counter.categories)
            for (int c = 0; c < bands.size(); ++c)
                if (bands.at(c).model.code == code)
                    serves.push_back(c);
        m_serves.push_back(std::move(serves));
    }
}

double SimulatedDay::dayFactor(QDate date)
{
    // Mondays bring what the weekend saved up; Fridays a little more than midweek.
    static constexpr std::array<double, 8> weekday{0, 1.3, 1.0, 0.95, 1.0, 1.1, 0, 0};
    double factor = weekday[date.dayOfWeek()];
    if (OfficeClosures::isFirstDayAfterClosure(date))
        factor *= 1.4;
    if (OfficeClosures::isAmongLastOfficeDaysOfMonth(date, 2))
        factor *= 1.15;
    return factor;
}

bool SimulatedDay::isMovingSeason(QDate date)
{
    const QDate from(date.year(), 3, 20);
    const QDate to(date.year(), 4, 10);
    return date >= from && date <= to;
}

SimulatedDayResult SimulatedDay::simulate(QDate date, SimulationRandom &random) const
{
    DayRun run(m_options, m_bands, m_counters, m_serves, date, random);
    return run.run(date);
}

} // namespace kakanai::queue
