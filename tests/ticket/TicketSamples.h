#pragma once

// A ticket as the queue would print it, for the ticket tests.

#include "ticket/TicketPrintout.h"

namespace kakanai::testing {

inline print::TicketPrintout sampleTicket()
{
    print::TicketPrintout ticket;
    ticket.officeName = QStringLiteral("かかない市役所 市民課");
    ticket.ticketDisplay = QStringLiteral("A012");
    ticket.categoryJa = QStringLiteral("証明書");
    ticket.categoryEn = QStringLiteral("Certificates");
    ticket.issuedAt = QDateTime(QDate(2025, 4, 1), QTime(0, 5), QTimeZone::utc()); // 09:05 in Tokyo
    ticket.officeZone = QTimeZone("Asia/Tokyo");
    ticket.peopleAhead = 3;
    ticket.estimatedWaitMinutes = 15;
    ticket.statusUrl = QStringLiteral("http://192.0.2.10:8080/ticket/4f7c2a9e-0d3b-4c51-9a0e-6b2f1d8c3e77");
    return ticket;
}

} // namespace kakanai::testing
