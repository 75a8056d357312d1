#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kakanai::queue {

// One ticket as the statistics see it: plain numbers, read in bulk from the
// office store (a year is a million of them). Times are milliseconds since
// 1970-01-01 UTC; absent when the ticket never got there.
struct TicketFacts {
    enum class Outcome { Open, Done, NoShow, Cancelled };

    QString ticketId;
    QString category;            // where it ended
    QDate officeDate;            // the office day it was issued on
    qint64 issuedMs = 0;
    qint64 arrivalMs = 0;        // its place in the queue (kept on transfer)
    std::optional<qint64> firstCalledMs;
    std::optional<qint64> serviceStartedMs;
    std::optional<qint64> finishedMs;
    Outcome outcome = Outcome::Open;
    QString counterId;           // counter of the outcome (or last call)
    QString staffId;
    int staffOnDuty = 0;         // counters open when it was issued
    std::optional<int> estimatedWaitSeconds; // what the citizen was told
    int priority = 0;

    // Wait: arrival to first call. Service: start of service to done.
    std::optional<qint64> waitMs() const
    {
        return firstCalledMs ? std::optional<qint64>(*firstCalledMs - arrivalMs) : std::nullopt;
    }
    std::optional<qint64> serviceMs() const
    {
        return serviceStartedMs && finishedMs && outcome == Outcome::Done
                   ? std::optional<qint64>(*finishedMs - *serviceStartedMs)
                   : std::nullopt;
    }
};

} // namespace kakanai::queue
