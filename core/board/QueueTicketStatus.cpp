#include "QueueTicketStatus.h"

#include "queue/BoardModel.h"
#include "queue/QueueService.h"
#include "queue/WaitEstimator.h"

namespace kakanai::board {

using namespace kakanai::queue;

Result<std::optional<TicketStatusView>> QueueTicketStatus::ticketStatus(const QString &ticketId)
{
    auto ticket = m_queue.ticket(ticketId);
    if (!ticket) {
        if (ticket.error().code() == ErrorCode::NotFound)
            return std::optional<TicketStatusView>();
        return std::unexpected(ticket.error());
    }
    // Only today's tickets, and never one whose slip did not print.
    if (ticket->officeDate != m_queue.officeToday() || ticket->state == TicketState::Pending)
        return std::optional<TicketStatusView>();
    TicketStatusView view;
    view.display = ticket->display;
    view.state = stateName(ticket->state);
    auto category = m_queue.category(ticket->category);
    if (category) {
        view.categoryNameJa = category->nameJa;
        view.categoryNameEn = category->nameEn;
    }
    if (ticket->state == TicketState::Waiting) {
        auto ahead = m_queue.peopleAhead(*ticket);
        if (!ahead)
            return std::unexpected(ahead.error());
        view.peopleAhead = *ahead;
        auto estimate = m_queue.estimateSeconds(ticket->category, *ahead);
        if (!estimate)
            return std::unexpected(estimate.error());
        view.estimatedWaitMinutes = WaitEstimator::minutes(*estimate);
    }
    if (!ticket->counterId.isEmpty() && (ticket->state == TicketState::Called || ticket->state == TicketState::Serving)) {
        auto counters = m_queue.counters();
        if (!counters)
            return std::unexpected(counters.error());
        for (const auto &c : *counters)
            if (c.counterId == ticket->counterId) {
                view.counterNameJa = c.nameJa;
                view.counterNameEn = c.nameEn;
            }
    }
    view.readAt = m_queue.nowUtc();
    view.stale = m_board && m_board->snapshot().stale;
    return std::optional<TicketStatusView>(view);
}

} // namespace kakanai::board
