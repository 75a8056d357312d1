#include "QueueTypes.h"

namespace kakanai::queue {

QString stateName(TicketState state)
{
    switch (state) {
    case TicketState::Pending: return QStringLiteral("pending");
    case TicketState::Waiting: return QStringLiteral("waiting");
    case TicketState::Called: return QStringLiteral("called");
    case TicketState::Serving: return QStringLiteral("serving");
    case TicketState::Done: return QStringLiteral("done");
    case TicketState::NoShow: return QStringLiteral("no-show");
    case TicketState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<TicketState> stateFromName(const QString &name)
{
    for (TicketState s : {TicketState::Pending, TicketState::Waiting, TicketState::Called, TicketState::Serving,
                          TicketState::Done, TicketState::NoShow, TicketState::Cancelled})
        if (stateName(s) == name)
            return s;
    return std::nullopt;
}

QString actionName(TicketAction action)
{
    switch (action) {
    case TicketAction::Confirm: return QStringLiteral("confirm");
    case TicketAction::Call: return QStringLiteral("call");
    case TicketAction::Recall: return QStringLiteral("recall");
    case TicketAction::Start: return QStringLiteral("start");
    case TicketAction::Finish: return QStringLiteral("done");
    case TicketAction::Absent: return QStringLiteral("absent");
    case TicketAction::Transfer: return QStringLiteral("transfer");
    case TicketAction::Cancel: return QStringLiteral("cancel");
    }
    return {};
}

bool isFinal(TicketState state)
{
    return state == TicketState::Done || state == TicketState::NoShow || state == TicketState::Cancelled;
}

QString QueueCategory::displayFor(int number) const
{
    return prefix + QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0'));
}

} // namespace kakanai::queue
