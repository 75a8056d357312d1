#pragma once

#include "HistorySimulator.h"
#include "QueueTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kakanai::queue {

class SimulationRandom;

// A category as the simulation runs it: the model and what the office store
// says about it (prefix, band, procedures).
struct SimulatedBand {
    SimulatedCategory model;
    QString prefix;
    int firstNumber = 1;
    int lastNumber = 999;
    QStringList procedures;
    int transferTo = -1; // index of the category transfers go to
};

// One ticket at the end of its simulated day (always in a final state).
struct SimulatedTicket {
    QString ticketId;
    int series = 0;   // index of the category whose band gave the number
    int category = 0; // where it ended
    int number = 0;
    TicketPriority priority = TicketPriority::None;
    QString procedures;
    qint64 arrivalMs = 0;
    TicketState state = TicketState::Waiting;
    int callCount = 0;
    int counter = -1; // index into the counters; -1: none
    QString staffId;
    qint64 firstCalledMs = -1;
    qint64 lastCalledMs = -1;
    qint64 serviceStartedMs = -1;
    qint64 finishedMs = -1;
    int staffOnDuty = 0;
    std::optional<int> estimatedWaitSeconds;
    QString outcomeDetail;
};

enum class SimulatedEventKind { Issued, Confirmed, Called, Recalled, Started, Done, Absent, NoShow, Transferred, Cancelled };
QString eventKindName(SimulatedEventKind kind);

struct SimulatedEvent {
    qint64 atMs = 0;
    int ticket = 0; // index into the day's tickets
    SimulatedEventKind kind = SimulatedEventKind::Issued;
    std::optional<TicketState> fromState;
    TicketState toState = TicketState::Waiting;
    int category = 0; // where the ticket is after the event
    int counter = -1;
    QString staffId;
    int staffOnDuty = 0;
    QString detail;
};

struct SimulatedDayResult {
    std::vector<SimulatedTicket> tickets;   // in order of arrival
    std::vector<SimulatedEvent> events;     // in order of time (per ticket, in order of happening)
    QList<int> lastNumber;                  // per category; firstNumber - 1 when none was given
    QList<qint64> turnedAway;               // per category
};

// One office day of the queue: arrivals from the day's profile and
// multipliers, then a discrete-event run of the counters until every ticket
// is finished (docs/queue-simulation.md, "The model").
class SimulatedDay {
public:
    SimulatedDay(const HistoryOptions &options, const QList<SimulatedBand> &bands, const QList<SimulatedCounter> &counters);

    // The expected arrivals of `date` relative to an ordinary day (weekday,
    // first day after a closure, month end), before the season and noise.
    static double dayFactor(QDate date);
    static bool isMovingSeason(QDate date);

    SimulatedDayResult simulate(QDate date, SimulationRandom &random) const;

private:
    const HistoryOptions &m_options;
    const QList<SimulatedBand> &m_bands;
    const QList<SimulatedCounter> &m_counters;
    std::vector<std::vector<int>> m_serves; // per counter: the categories it serves, its main one first
};

} // namespace kakanai::queue
