#pragma once

#include <QLoggingCategory>

// kakanai.print.ticket: printer addresses, status bits, byte counts and error
// codes only; never what a slip says beyond its number.
Q_DECLARE_LOGGING_CATEGORY(lcTicketPrint)
