#pragma once

#include "QueueTypes.h"

class QSqlQuery;

namespace kakanai::queue {

// The queue's rows as the service reads them: column lists and their mapping,
// kept in one place so every SELECT reads the same columns in the same order.
namespace TicketRows {

QString ticketColumns();
Ticket ticket(const QSqlQuery &query);
QString categoryColumns();
QueueCategory category(const QSqlQuery &query);
QString counterColumns();
QueueCounter counter(const QSqlQuery &query);

// A list for a NOT NULL text column of space-separated words (procedures,
// categories): an empty list is "", never NULL (a null QString binds as NULL).
QString words(const QStringList &list);

// The daily_number series of a category's tickets.
QString seriesFor(const QString &categoryCode);
// outcome_detail of a ticket whose slip never printed: not counted as issued.
QString notIssued();
// Names of a counter made on first use ("3番窓口", "Counter 3").
QString defaultCounterNameJa(const QString &counterId);
QString defaultCounterNameEn(const QString &counterId);

} // namespace TicketRows

} // namespace kakanai::queue
