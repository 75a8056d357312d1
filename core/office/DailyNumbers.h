#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kakanai {

class SqlStore;

// A range of numbers a series gives out each office day (tickets: A 1–499, …).
struct NumberBand {
    int first = 1;
    int last = 999;
};

// Numbers given out per series and office day, each exactly once, from the
// office store's daily_number table: the row is moved up inside the caller's
// write transaction, so a number is never given twice however many PCs ask
// at once (the row lock or serialization check of the engine decides, and
// OfficeStore retries the loser), and a band that has run out says so
// instead of wrapping (its CHECK). Numbers start again each office day.
// Takers wait their turn: BEGIN IMMEDIATE on SQLite; on PostgreSQL a lock on
// daily_number taken before the transaction's snapshot, so they do not fail
// one another (bench/office: 10 writers, no retry) — provided the take is
// the first statement of its transaction; after other statements it still
// works, but a concurrent take may make it fail and be retried.
class DailyNumbers {
    Q_DECLARE_TR_FUNCTIONS(DailyNumbers)
public:
    explicit DailyNumbers(SqlStore &store) : m_store(store) {}

    // The next number, in its own transaction.
    Result<int> take(const QString &series, QDate officeDate, NumberBand band);
    // The next number inside the caller's open transaction (the ticket that
    // carries it commits with it, or neither does).
    Result<int> takeInTransaction(const QString &series, QDate officeDate, NumberBand band);
    // How many have been given out in the series that day.
    Result<int> takenCount(const QString &series, QDate officeDate) const;

private:
    SqlStore &m_store;
};

} // namespace kakanai
