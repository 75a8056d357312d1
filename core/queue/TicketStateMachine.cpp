#include "TicketStateMachine.h"

namespace kakanai::queue {

Result<TicketState> TicketStateMachine::next(TicketState from, TicketAction action, int callCount, int maxCalls)
{
    std::optional<TicketState> to;
    QString why;
    switch (action) {
    case TicketAction::Confirm:
        if (from == TicketState::Pending)
            to = TicketState::Waiting;
        break;
    case TicketAction::Call:
        if (from == TicketState::Waiting)
            to = TicketState::Called;
        break;
    case TicketAction::Recall:
        if (from == TicketState::Called) {
            if (callCount < maxCalls)
                to = TicketState::Called;
            else
                why = tr("It has been called %n time(s), the most allowed: mark it absent instead.", nullptr, callCount);
        }
        break;
    case TicketAction::Start:
        if (from == TicketState::Called)
            to = TicketState::Serving;
        break;
    case TicketAction::Finish:
        if (from == TicketState::Serving)
            to = TicketState::Done;
        break;
    case TicketAction::Absent:
        // Back in the queue until the last call; then a no-show.
        if (from == TicketState::Called)
            to = callCount < maxCalls ? TicketState::Waiting : TicketState::NoShow;
        break;
    case TicketAction::Transfer:
        if (from == TicketState::Waiting || from == TicketState::Called || from == TicketState::Serving)
            to = TicketState::Waiting;
        break;
    case TicketAction::Cancel:
        if (from == TicketState::Pending || from == TicketState::Waiting || from == TicketState::Called)
            to = TicketState::Cancelled;
        break;
    }
    if (to)
        return *to;
    if (why.isEmpty())
        why = tr("A ticket that is %1 cannot be given “%2”.").arg(stateLabel(from), actionLabel(action));
    return fail(ErrorCode::TicketTransitionRefused, why,
                QStringLiteral("%1 -> %2").arg(stateName(from), actionName(action)));
}

QString TicketStateMachine::stateLabel(TicketState state)
{
    switch (state) {
    case TicketState::Pending: return tr("being printed");
    case TicketState::Waiting: return tr("waiting");
    case TicketState::Called: return tr("called");
    case TicketState::Serving: return tr("being served");
    case TicketState::Done: return tr("done");
    case TicketState::NoShow: return tr("a no-show");
    case TicketState::Cancelled: return tr("cancelled");
    }
    return {};
}

QString TicketStateMachine::actionLabel(TicketAction action)
{
    switch (action) {
    case TicketAction::Confirm: return tr("issue");
    case TicketAction::Call: return tr("call");
    case TicketAction::Recall: return tr("recall");
    case TicketAction::Start: return tr("start");
    case TicketAction::Finish: return tr("done");
    case TicketAction::Absent: return tr("absent");
    case TicketAction::Transfer: return tr("transfer");
    case TicketAction::Cancel: return tr("cancel");
    }
    return {};
}

} // namespace kakanai::queue
