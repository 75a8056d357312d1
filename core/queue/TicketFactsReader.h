#pragma once

#include "common/Error.h"
#include "queue/TicketFacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace kakanai {
class SqlStore;
}

namespace kakanai::queue {

// The statistics' input from the office store's ticket table: one prepared
// query over index ticket_by_date, read forward only, numbers as numbers.
// Only issued tickets count: a 'pending' one (its slip has not printed yet)
// and a 'cancelled' one with outcome_detail 'not-issued' (the slip failed to
// print) never reached the queue.
class TicketFactsReader {
    Q_DECLARE_TR_FUNCTIONS(TicketFactsReader)
public:
    // Tickets of the office dates from … to, both included, date by date (in
    // no particular order within a day: the statistics need none, and a sort
    // would cost the month view time).
    // An invalid date, or from after to: InvalidArgument.
    static Result<QList<TicketFacts>> read(SqlStore &store, QDate from, QDate to);

    // The WHERE clause of issued tickets between two bound office dates (the
    // CSV export reads the same tickets).
    static QString issuedTicketsBetween();
    static Status checkRange(QDate from, QDate to);
    // waiting/called/serving → Open, done → Done, no-show → NoShow,
    // cancelled → Cancelled.
    static TicketFacts::Outcome outcomeForState(QStringView state);
    static QString outcomeName(TicketFacts::Outcome outcome); // "open", "done", "no-show", "cancelled"
};

} // namespace kakanai::queue
