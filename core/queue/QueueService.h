#pragma once

#include "QueueTypes.h"
#include "common/Error.h"
#include "security/Roles.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QTimeZone>

#include <functional>
#include <optional>

class QSqlQuery;

namespace kakanai {
class Clock;
class Settings;
class SqlStore;
} // namespace kakanai

namespace kakanai::queue {

// Who acts on the queue: permissions come from the role (IssueTicket,
// CallTicket); the staff ID goes into the ticket's events.
struct QueueActor {
    QString staffId; // empty: nobody signed in (kakanai-cli without --staff)
    Role role = Role::Clerk;
};

struct IssueRequest {
    QString category;          // code; empty: the category of the procedures
    QStringList procedures;    // 手続ナビ form ids
    TicketPriority priority = TicketPriority::None;
    // false: reception issues it without a slip, on purpose; it joins the
    // queue at once. true: it stays pending until confirmPrinted().
    bool printSlip = true;
};

struct IssuedTicket {
    Ticket ticket;
    int peopleAhead = 0;
    std::optional<int> estimatedWaitSeconds;
};

struct QueueOptions {
    // office/terminalId, office/timeZone, queue/maxCalls, queue/defaultServiceMinutes.
    static QueueOptions fromSettings(const Settings &settings);

    QString terminalId;
    QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    int maxCalls = 3;                 // queue/maxCalls
    int defaultServiceSeconds = 480;  // queue/defaultServiceMinutes
};

// The queue's application layer (docs/queue.md): what reception, a counter,
// the CLI and the tests do with tickets, on the office store. Every change is
// one transaction that writes the ticket and its event together, after the
// state machine allowed it; the database holds the invariants (one number
// per series and day, one called ticket per counter). All queue writers take
// the same lock first on PostgreSQL (LOCK TABLE queue_counter), so ten
// counters calling at once wait their turn instead of failing one another;
// on SQLite BEGIN IMMEDIATE does the same.
class QueueService : public QObject {
    Q_OBJECT
public:
    QueueService(SqlStore &store, const Clock &clock, QueueOptions options, QObject *parent = nullptr);

    const QueueOptions &options() const { return m_options; }
    QDate officeToday() const;
    QDateTime nowUtc() const;

    // Categories (active ones, in their order) and counters.
    Result<QList<QueueCategory>> categories() const;
    Result<QueueCategory> category(const QString &code) const;
    // The category that serves these procedures (the first in order that
    // lists one of them); NotFound when none does.
    Result<QueueCategory> categoryForProcedures(const QStringList &procedures) const;
    Result<QList<QueueCounter>> counters() const;
    // Adds or changes a counter (kakanai-cli queue counter set).
    Status saveCounter(const QueueCounter &counter);
    // Someone is at the counter (made with default names when it is new) / left it.
    Status openCounter(const QueueActor &actor, const QString &counterId);
    Status closeCounter(const QueueActor &actor, const QString &counterId);

    // Reception.
    Result<IssuedTicket> issue(const QueueActor &actor, const IssueRequest &request);
    // The slip printed: the ticket joins the queue.
    Result<Ticket> confirmPrinted(const QueueActor &actor, const QString &ticketId);
    // The slip did not print and reception gave up: the number is spent, the
    // ticket is cancelled as never issued (not counted by the statistics).
    Result<Ticket> voidUnprinted(const QueueActor &actor, const QString &ticketId);
    Status recordReprint(const QueueActor &actor, const QString &ticketId);

    // A counter's work, on the ticket it has called or is serving.
    Result<Ticket> callNext(const QueueActor &actor, const QString &counterId);
    Result<Ticket> recall(const QueueActor &actor, const QString &counterId);
    Result<Ticket> start(const QueueActor &actor, const QString &counterId);
    Result<Ticket> finish(const QueueActor &actor, const QString &counterId, const QString &visitId = {});
    Result<Ticket> absent(const QueueActor &actor, const QString &counterId);
    // To another category and/or one counter, keeping its arrival time.
    Result<Ticket> transfer(const QueueActor &actor, const QString &ticketId, const QString &toCategory,
                            const QString &toCounter = {});
    Result<Ticket> cancel(const QueueActor &actor, const QString &ticketId);
    // The completed visit's record, on a ticket already done.
    Status linkVisit(const QueueActor &actor, const QString &ticketId, const QString &visitId);

    // Reads.
    Result<Ticket> ticket(const QString &ticketId) const;
    // Today's ticket with this number ("A012").
    Result<Ticket> ticketByDisplay(const QString &display) const;
    Result<std::optional<Ticket>> activeAt(const QString &counterId) const;
    // Today's tickets in these states (all when empty), by arrival.
    Result<QList<Ticket>> today(const QList<TicketState> &states = {}) const;
    // The waiting tickets a counter may call, in the order callNext takes them.
    Result<QList<Ticket>> waitingFor(const QString &counterId) const;
    // Today's tickets called and not yet served (newest call first), and the
    // `recent` called before them (serving or finished, newest call first).
    Result<std::pair<QList<Ticket>, QList<Ticket>>> calls(int recent) const;
    // Waiting tickets per category today.
    Result<QHash<QString, int>> waitingCounts() const;
    // Waiting before this ticket in its category (priority, then arrival).
    Result<int> peopleAhead(const Ticket &ticket) const;
    // The wait of someone who joins `category` now behind `peopleAhead`.
    Result<std::optional<int>> estimateSeconds(const QString &category, int peopleAhead) const;
    // The same with the active categories and the counters already read (the
    // board estimates every category from one read of each).
    Result<std::optional<int>> estimateSeconds(const QString &category, int peopleAhead,
                                               const QList<QueueCategory> &activeCategories,
                                               const QList<QueueCounter> &counterList) const;

signals:
    // After a change committed (the change feed tells the other PCs).
    void ticketChanged(const kakanai::queue::Ticket &ticket);

private:
    // What a transition writes besides the state.
    struct Change {
        QString counterId = {};     // call: the counter calling
        QString category = {};      // transfer: the new category (empty: the same)
        QString targetCounter = {}; // transfer: only this counter calls it
        QString visitId = {};       // finish
        QString detail = {};        // the event's detail
    };
    Result<Ticket> transition(const QueueActor &actor, Action permission, const std::function<Result<Ticket>()> &find,
                              TicketAction action, const Change &change);
    Status lockQueue();
    Status allowed(const QueueActor &actor, Action action) const;
    Result<int> staffOnDuty() const;
    // Open counters serving `category`; one serving k active categories counts 1/k.
    static double countersServing(const QString &category, const QList<QueueCategory> &activeCategories,
                                  const QList<QueueCounter> &counterList);
    Result<Ticket> activeTicketAt(const QString &counterId) const;
    Status writeTicket(const Ticket &before, const Ticket &after);
    Status writeEvent(const Ticket &ticket, const QString &staffId, const QString &kind, std::optional<TicketState> from, int onDuty,
                      const QString &detail = {});
    Result<QList<Ticket>> selectTickets(QSqlQuery &query) const;
    Result<Ticket> oneTicket(QSqlQuery &query, const QString &what) const;
    Status requireCounter(const QString &counterId) const;
    qint64 nowMs() const;

    SqlStore &m_store;
    const Clock &m_clock;
    QueueOptions m_options;
};

} // namespace kakanai::queue
