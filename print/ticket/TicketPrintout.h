#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace kakanai::print {

// What one ticket slip shows. Every line is printed in Japanese first and
// English on the line below, whatever the application's language: the slip
// is for the citizen, not for the clerk. It carries no personal data.
struct TicketPrintout {
    QString officeName;      // Settings OfficeName; empty: no header line
    QString ticketDisplay;   // "A012", the largest thing on the slip
    QString categoryJa;      // "証明書"
    QString categoryEn;      // "Certificates"
    QDateTime issuedAt;      // UTC
    QTimeZone officeZone = QTimeZone("Asia/Tokyo"); // the date and HH:mm are printed in this zone
    int peopleAhead = 0;
    std::optional<int> estimatedWaitMinutes; // nullopt: no estimate line
    QString statusUrl;       // the QR's content (the ticket's status page); empty: no QR
    bool reprint = false;    // marks the slip 再発行 / REPRINT
};

} // namespace kakanai::print
