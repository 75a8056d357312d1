#include "TicketLogging.h"

Q_LOGGING_CATEGORY(lcTicketPrint, "kakanai.print.ticket", QtInfoMsg)
