#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace kakanai::board {

// What the citizen's phone shows for one ticket (/ticket/<uuid>, the QR on the
// ticket slip). Numbers, states and counters only: never personal data.
struct TicketStatusView {
    QString display;          // "A012"
    QString categoryNameJa;
    QString categoryNameEn;
    QString state;            // queue::stateName: "waiting", "called", "serving", "done", …
    int peopleAhead = 0;
    std::optional<int> estimatedWaitMinutes; // none: no counter open or no basis yet
    QString counterNameJa;    // when called or being served
    QString counterNameEn;
    QDateTime readAt;         // UTC, when this was read
    bool stale = false;       // the store's changes are not confirmed (情報更新停止中)

    // /api/ticket/<uuid>: {"ticket", "category": {"ja","en"}, "state",
    // "peopleAhead", "estimatedWaitMinutes" (or null), "counterName": {"ja","en"}
    // (or null), "readAt" (or null), "stale"} (docs/admin/board.md).
    QJsonObject toJson() const;
};

// Where the web board reads one ticket's status; the queue implements it on
// the office store. Called on the server's thread, once per request.
class TicketStatusSource {
public:
    virtual ~TicketStatusSource();
    // nullopt: no ticket with this id (unknown, or not from today's office).
    virtual Result<std::optional<TicketStatusView>> ticketStatus(const QString &ticketId) = 0;
};

} // namespace kakanai::board
