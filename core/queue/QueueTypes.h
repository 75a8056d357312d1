#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace kakanai::queue {

// A ticket's life (docs/queue.md, "States"):
//   pending → waiting → called (recalled up to N) → serving → done
//   called → waiting (absent) | no-show (absent after N calls)
//   waiting/called/serving → waiting in another category or at one counter (transfer)
//   pending/waiting/called → cancelled
// pending: the number is taken but the ticket is not in the queue until its
// slip has printed (or reception issued it without printing on purpose).
enum class TicketState { Pending, Waiting, Called, Serving, Done, NoShow, Cancelled };

// What people do to a ticket; each is one event in ticket_event.
enum class TicketAction { Confirm, Call, Recall, Start, Finish, Absent, Transfer, Cancel };

// Ordered: a higher one is called first, then earlier arrival.
enum class TicketPriority { None = 0, Accessibility = 1, Appointment = 2 };

QString stateName(TicketState state);               // "waiting", "no-show", … (stored)
std::optional<TicketState> stateFromName(const QString &name);
QString actionName(TicketAction action);             // "call", "recall", … (CLI, events)
bool isFinal(TicketState state);                     // done, no-show, cancelled

struct QueueCategory {
    QString code;        // "certificates"
    QString prefix;      // "A"
    int firstNumber = 1;
    int lastNumber = 499;
    QString nameJa;
    QString nameEn;
    QStringList procedures; // 手続ナビ form ids that send a citizen here
    int sortOrder = 0;
    bool active = true;

    // "A012": the prefix and the number, at least three digits.
    QString displayFor(int number) const;
};

struct QueueCounter {
    QString counterId;    // "3"
    QString nameJa;       // "3番窓口"
    QString nameEn;       // "Counter 3"
    QStringList categories; // codes it serves; empty: all
    bool open = false;
    QString staffId;
    QString terminalId;

    bool serves(const QString &category) const { return categories.isEmpty() || categories.contains(category); }
};

struct Ticket {
    QString ticketId;     // UUID
    QDate officeDate;
    QString series;       // category whose band gave the number
    int number = 0;
    QString display;      // "A012"
    QString category;     // where it waits now
    QStringList procedures;
    TicketState state = TicketState::Pending;
    TicketPriority priority = TicketPriority::None;
    QDateTime issuedAt;   // UTC
    QDateTime arrivalAt;  // its place in the queue; a transfer keeps it
    int callCount = 0;
    QString counterId;
    QString targetCounter;
    QString staffId;
    QDateTime firstCalledAt;
    QDateTime lastCalledAt;
    QDateTime serviceStartedAt;
    QDateTime finishedAt;
    int staffOnDuty = 0;
    std::optional<int> estimatedWaitSeconds;
    bool printed = false;
    QString visitId;
};

} // namespace kakanai::queue
