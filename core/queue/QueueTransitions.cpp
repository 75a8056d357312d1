// QueueService: what changes tickets (issue and the transitions). The reads
// and counters are in QueueService.cpp.
#include "QueueService.h"

#include "TicketRows.h"
#include "TicketStateMachine.h"
#include "common/Clock.h"
#include "office/DailyNumbers.h"
#include "store/SqlStore.h"

#include <QSqlQuery>
#include <QUuid>

namespace kakanai::queue {

namespace {

QVariant nullableMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

Result<IssuedTicket> QueueService::issue(const QueueActor &actor, const IssueRequest &request)
{
    if (auto ok = allowed(actor, Action::IssueTicket); !ok)
        return std::unexpected(ok.error());
    IssuedTicket issued;
    auto done = m_store.inTransaction([&]() -> Status {
        if (auto locked = lockQueue(); !locked)
            return locked;
        auto chosen = request.category.isEmpty() ? categoryForProcedures(request.procedures) : category(request.category);
        if (!chosen)
            return std::unexpected(chosen.error());
        const QDate day = officeToday();
        DailyNumbers numbers(m_store);
        auto number = numbers.takeInTransaction(TicketRows::seriesFor(chosen->code), day,
                                                {chosen->firstNumber, chosen->lastNumber});
        if (!number) {
            if (number.error().technicalDetail().startsWith(QLatin1String("band-exhausted")))
                return fail(ErrorCode::TicketBandExhausted,
                            tr("All numbers of “%1” for today have been given out (%2 to %3). No number is given "
                               "twice: ask an administrator to widen the band (kakanai-cli queue category).")
                                .arg(chosen->nameJa, chosen->displayFor(chosen->firstNumber),
                                     chosen->displayFor(chosen->lastNumber)),
                            chosen->code);
            return std::unexpected(number.error());
        }
        auto onDuty = staffOnDuty();
        if (!onDuty)
            return std::unexpected(onDuty.error());
        Ticket t;
        t.ticketId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        t.officeDate = day;
        t.series = chosen->code;
        t.number = *number;
        t.display = chosen->displayFor(*number);
        t.category = chosen->code;
        t.procedures = request.procedures;
        t.state = request.printSlip ? TicketState::Pending : TicketState::Waiting;
        t.priority = request.priority;
        t.issuedAt = m_clock.nowUtc();
        t.arrivalAt = t.issuedAt;
        t.staffOnDuty = *onDuty;
        auto ahead = peopleAhead(t);
        if (!ahead)
            return std::unexpected(ahead.error());
        auto estimate = estimateSeconds(t.category, *ahead);
        if (!estimate)
            return std::unexpected(estimate.error());
        t.estimatedWaitSeconds = *estimate;
        QSqlQuery q(m_store.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO ticket (ticket_id, office_date, series, number, display, category, procedures, state, "
            "priority, issued_at, arrival_at, staff_on_duty, estimated_wait_s, printed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
        q.addBindValue(t.ticketId);
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(t.series);
        q.addBindValue(t.number);
        q.addBindValue(t.display);
        q.addBindValue(t.category);
        q.addBindValue(TicketRows::words(t.procedures));
        q.addBindValue(stateName(t.state));
        q.addBindValue(int(t.priority));
        q.addBindValue(t.issuedAt.toMSecsSinceEpoch());
        q.addBindValue(t.arrivalAt.toMSecsSinceEpoch());
        q.addBindValue(t.staffOnDuty);
        q.addBindValue(estimate->has_value() ? QVariant(**estimate) : QVariant(QMetaType::fromType<int>()));
        if (auto ok = m_store.exec(q); !ok)
            return ok;
        if (auto ok = writeEvent(t, actor.staffId, QStringLiteral("issued"), std::nullopt, *onDuty,
                                 request.printSlip ? QStringLiteral("slip") : QStringLiteral("no-slip"));
            !ok)
            return ok;
        issued = {t, *ahead, *estimate};
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    emit ticketChanged(issued.ticket);
    return issued;
}

Result<Ticket> QueueService::confirmPrinted(const QueueActor &actor, const QString &ticketId)
{
    return transition(actor, Action::IssueTicket, [&] { return ticket(ticketId); }, TicketAction::Confirm,
                      {.detail = QStringLiteral("printed")});
}

Result<Ticket> QueueService::voidUnprinted(const QueueActor &actor, const QString &ticketId)
{
    auto found = ticket(ticketId);
    if (!found)
        return std::unexpected(found.error());
    if (found->state != TicketState::Pending)
        return fail(ErrorCode::TicketTransitionRefused,
                    tr("Ticket %1 is already in the queue; cancel it instead.").arg(found->display), ticketId);
    return transition(actor, Action::IssueTicket, [&] { return ticket(ticketId); }, TicketAction::Cancel,
                      {.detail = TicketRows::notIssued()});
}

Status QueueService::recordReprint(const QueueActor &actor, const QString &ticketId)
{
    if (auto ok = allowed(actor, Action::IssueTicket); !ok)
        return ok;
    return m_store.inTransaction([&]() -> Status {
        if (auto locked = lockQueue(); !locked)
            return locked;
        auto t = ticket(ticketId);
        if (!t)
            return std::unexpected(t.error());
        if (isFinal(t->state) || t->state == TicketState::Pending)
            return fail(ErrorCode::TicketTransitionRefused,
                        tr("Ticket %1 is %2: there is nothing to reprint.")
                            .arg(t->display, TicketStateMachine::stateLabel(t->state)),
                        ticketId);
        auto onDuty = staffOnDuty();
        if (!onDuty)
            return std::unexpected(onDuty.error());
        return writeEvent(*t, actor.staffId, QStringLiteral("reprinted"), t->state, *onDuty);
    });
}

Result<Ticket> QueueService::callNext(const QueueActor &actor, const QString &counterId)
{
    if (auto ok = requireCounter(counterId); !ok)
        return std::unexpected(ok.error());
    auto find = [&]() -> Result<Ticket> {
        if (auto busy = activeAt(counterId); !busy)
            return std::unexpected(busy.error());
        else if (busy->has_value())
            return fail(ErrorCode::CounterBusy,
                        tr("Counter %1 still has ticket %2 (%3): finish it or mark it absent first.")
                            .arg(counterId, (*busy)->display, TicketStateMachine::stateLabel((*busy)->state)),
                        counterId);
        auto waiting = waitingFor(counterId);
        if (!waiting)
            return std::unexpected(waiting.error());
        if (waiting->isEmpty())
            return fail(ErrorCode::QueueEmpty, tr("Nobody is waiting for counter %1.").arg(counterId), counterId);
        return waiting->first();
    };
    // Calling puts the counter on duty (it counts for the wait estimate).
    auto counterList = counters();
    if (!counterList)
        return std::unexpected(counterList.error());
    bool open = false;
    for (const auto &c : *counterList)
        open = open || (c.counterId == counterId && c.open && c.staffId == actor.staffId);
    if (!open) {
        if (auto ok = openCounter(actor, counterId); !ok)
            return std::unexpected(ok.error());
    }
    return transition(actor, Action::CallTicket, find, TicketAction::Call, {.counterId = counterId});
}

Result<Ticket> QueueService::recall(const QueueActor &actor, const QString &counterId)
{
    return transition(actor, Action::CallTicket, [&] { return activeTicketAt(counterId); }, TicketAction::Recall, {});
}

Result<Ticket> QueueService::start(const QueueActor &actor, const QString &counterId)
{
    return transition(actor, Action::CallTicket, [&] { return activeTicketAt(counterId); }, TicketAction::Start, {});
}

Result<Ticket> QueueService::finish(const QueueActor &actor, const QString &counterId, const QString &visitId)
{
    return transition(actor, Action::CallTicket, [&] { return activeTicketAt(counterId); }, TicketAction::Finish,
                      {.visitId = visitId});
}

Result<Ticket> QueueService::absent(const QueueActor &actor, const QString &counterId)
{
    return transition(actor, Action::CallTicket, [&] { return activeTicketAt(counterId); }, TicketAction::Absent, {});
}

Result<Ticket> QueueService::transfer(const QueueActor &actor, const QString &ticketId, const QString &toCategory,
                                      const QString &toCounter)
{
    if (toCategory.isEmpty() && toCounter.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Say where the ticket goes: a category, a counter, or both."));
    if (!toCategory.isEmpty()) {
        if (auto c = category(toCategory); !c)
            return std::unexpected(c.error());
    }
    return transition(actor, Action::CallTicket, [&] { return ticket(ticketId); }, TicketAction::Transfer,
                      {.category = toCategory, .targetCounter = toCounter});
}

Result<Ticket> QueueService::cancel(const QueueActor &actor, const QString &ticketId)
{
    return transition(actor, Action::IssueTicket, [&] { return ticket(ticketId); }, TicketAction::Cancel,
                      {.detail = QStringLiteral("cancelled")});
}

Status QueueService::linkVisit(const QueueActor &actor, const QString &ticketId, const QString &visitId)
{
    if (auto ok = allowed(actor, Action::CallTicket); !ok)
        return ok;
    if (QUuid::fromString(visitId).isNull())
        return fail(ErrorCode::InvalidArgument, tr("That is not a visit ID."), visitId);
    Ticket linked;
    auto done = m_store.inTransaction([&]() -> Status {
        if (auto locked = lockQueue(); !locked)
            return locked;
        auto t = ticket(ticketId);
        if (!t)
            return std::unexpected(t.error());
        if (t->state != TicketState::Done && t->state != TicketState::Serving)
            return fail(ErrorCode::TicketTransitionRefused,
                        tr("Ticket %1 is %2: only a ticket being served or done is linked to a visit.")
                            .arg(t->display, TicketStateMachine::stateLabel(t->state)),
                        ticketId);
        linked = *t;
        linked.visitId = visitId;
        if (auto ok = writeTicket(*t, linked); !ok)
            return ok;
        auto onDuty = staffOnDuty();
        if (!onDuty)
            return std::unexpected(onDuty.error());
        return writeEvent(linked, actor.staffId, QStringLiteral("linked"), t->state, *onDuty, visitId);
    });
    if (!done)
        return done;
    emit ticketChanged(linked);
    return {};
}

Result<Ticket> QueueService::transition(const QueueActor &actor, Action permission,
                                        const std::function<Result<Ticket>()> &find, TicketAction action,
                                        const Change &change)
{
    if (auto ok = allowed(actor, permission); !ok)
        return std::unexpected(ok.error());
    Ticket result;
    auto done = m_store.inTransaction([&]() -> Status {
        if (auto locked = lockQueue(); !locked)
            return locked;
        auto found = find();
        if (!found)
            return std::unexpected(found.error());
        const Ticket before = *found;
        auto to = TicketStateMachine::next(before.state, action, before.callCount, m_options.maxCalls);
        if (!to)
            return fail(to.error().code(), tr("Ticket %1: %2").arg(before.display, to.error().message()),
                        to.error().technicalDetail());
        const QDateTime now = m_clock.nowUtc();
        Ticket after = before;
        after.state = *to;
        QString kind;
        QString detail = change.detail;
        switch (action) {
        case TicketAction::Confirm:
            after.printed = true;
            kind = QStringLiteral("confirmed");
            break;
        case TicketAction::Call:
            after.callCount = before.callCount + 1;
            after.counterId = change.counterId;
            after.staffId = actor.staffId;
            after.targetCounter.clear();
            if (!after.firstCalledAt.isValid())
                after.firstCalledAt = now;
            after.lastCalledAt = now;
            kind = QStringLiteral("called");
            break;
        case TicketAction::Recall:
            after.callCount = before.callCount + 1;
            after.lastCalledAt = now;
            kind = QStringLiteral("recalled");
            break;
        case TicketAction::Start:
            after.serviceStartedAt = now;
            after.staffId = actor.staffId;
            kind = QStringLiteral("started");
            break;
        case TicketAction::Finish:
            after.finishedAt = now;
            after.visitId = change.visitId;
            kind = QStringLiteral("done");
            break;
        case TicketAction::Absent:
            if (*to == TicketState::NoShow) {
                after.finishedAt = now;
                kind = QStringLiteral("no-show");
            } else {
                after.counterId.clear(); // back in the queue, the counter is free
                kind = QStringLiteral("absent");
            }
            break;
        case TicketAction::Transfer:
            detail = QStringLiteral("%1>%2%3")
                         .arg(before.category, change.category.isEmpty() ? before.category : change.category,
                              change.targetCounter.isEmpty() ? QString() : QStringLiteral("@") + change.targetCounter);
            if (!change.category.isEmpty())
                after.category = change.category;
            after.targetCounter = change.targetCounter;
            after.counterId.clear();
            after.callCount = 0; // the new counter calls it afresh
            after.serviceStartedAt = {};
            kind = QStringLiteral("transferred");
            break;
        case TicketAction::Cancel:
            after.finishedAt = now;
            kind = QStringLiteral("cancelled");
            break;
        }
        if (auto ok = writeTicket(before, after); !ok)
            return ok;
        auto onDuty = staffOnDuty();
        if (!onDuty)
            return std::unexpected(onDuty.error());
        if (auto ok = writeEvent(after, actor.staffId, kind, before.state, *onDuty, detail); !ok)
            return ok;
        result = after;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    emit ticketChanged(result);
    return result;
}

Status QueueService::writeTicket(const Ticket &before, const Ticket &after)
{
    QSqlQuery q(m_store.connection());
    // Guarded by the state and call count read in this transaction: a change
    // that slipped in between is refused instead of overwritten.
    q.prepare(QStringLiteral(
        "UPDATE ticket SET state = ?, category = ?, call_count = ?, counter_id = ?, target_counter = ?, staff_id = ?, "
        "first_called_at = ?, last_called_at = ?, service_started_at = ?, finished_at = ?, printed = ?, "
        "visit_id = ?, outcome_detail = ? WHERE ticket_id = ? AND state = ? AND call_count = ?"));
    q.addBindValue(stateName(after.state));
    q.addBindValue(after.category);
    q.addBindValue(after.callCount);
    q.addBindValue(nullableText(after.counterId));
    q.addBindValue(nullableText(after.targetCounter));
    q.addBindValue(nullableText(after.staffId));
    q.addBindValue(nullableMs(after.firstCalledAt));
    q.addBindValue(nullableMs(after.lastCalledAt));
    q.addBindValue(nullableMs(after.serviceStartedAt));
    q.addBindValue(nullableMs(after.finishedAt));
    q.addBindValue(after.printed ? 1 : 0);
    q.addBindValue(nullableText(after.visitId));
    // A pending ticket cancelled never reached the queue (its slip did not print).
    q.addBindValue(after.state == TicketState::Cancelled && before.state == TicketState::Pending
                       ? TicketRows::notIssued()
                       : QStringLiteral(""));
    q.addBindValue(after.ticketId);
    q.addBindValue(stateName(before.state));
    q.addBindValue(before.callCount);
    if (auto ok = m_store.exec(q); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return fail(ErrorCode::StoreConflict, tr("Ticket %1 was changed at another counter; look again.").arg(after.display),
                    after.ticketId);
    return {};
}

Status QueueService::writeEvent(const Ticket &t, const QString &staffId, const QString &kind, std::optional<TicketState> from, int onDuty,
                                const QString &detail)
{
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("INSERT INTO ticket_event (ticket_id, at, kind, from_state, to_state, category, "
                             "counter_id, staff_id, terminal_id, staff_on_duty, detail) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(t.ticketId);
    q.addBindValue(nowMs());
    q.addBindValue(kind);
    q.addBindValue(from ? QVariant(stateName(*from)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(stateName(t.state));
    q.addBindValue(t.category);
    q.addBindValue(nullableText(t.counterId));
    q.addBindValue(nullableText(staffId));
    q.addBindValue(m_options.terminalId);
    q.addBindValue(onDuty);
    q.addBindValue(detail.isNull() ? QStringLiteral("") : detail);
    return m_store.exec(q);
}

} // namespace kakanai::queue
