#pragma once

#include "TicketStatusSource.h"

namespace kakanai::queue {
class BoardModel;
class QueueService;
} // namespace kakanai::queue

namespace kakanai::board {

// The ticket status pages (/ticket/<uuid>) read from the queue: number, state,
// people ahead and the estimate, and the counter once called. Stale when the
// board model is (the office store's changes are not confirmed).
class QueueTicketStatus final : public TicketStatusSource {
public:
    QueueTicketStatus(queue::QueueService &queue, const queue::BoardModel *board = nullptr)
        : m_queue(queue), m_board(board)
    {
    }
    Result<std::optional<TicketStatusView>> ticketStatus(const QString &ticketId) override;

private:
    queue::QueueService &m_queue;
    const queue::BoardModel *m_board;
};

} // namespace kakanai::board
