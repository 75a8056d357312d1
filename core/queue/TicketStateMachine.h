#pragma once

#include "QueueTypes.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace kakanai::queue {

// Which action may move a ticket from which state, and where to (docs/queue.md,
// "States"). Pure: QueueService asks it before it writes, and the tests walk
// every state × action pair. A refused transition is an error
// (TicketTransitionRefused), never a silent no-op.
class TicketStateMachine {
    Q_DECLARE_TR_FUNCTIONS(TicketStateMachine)
public:
    // `callCount`: calls so far (the first call and the recalls).
    // `maxCalls`: after that many, absent means no-show and recall is refused.
    static Result<TicketState> next(TicketState from, TicketAction action, int callCount, int maxCalls);
    // For people: "waiting", "called", … translated.
    static QString stateLabel(TicketState state);
    static QString actionLabel(TicketAction action);
};

} // namespace kakanai::queue
