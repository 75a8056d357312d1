#include "TicketPrinterErrors.h"

namespace kakanai::print {

Error TicketPrinterErrors::notReachableOnNetwork(const QString &where)
{
    return Error(ErrorCode::PrinterUnreachable,
                 tr("The ticket printer cannot be reached. Check that it is switched on and its network cable is "
                    "plugged in, then reprint."),
                 where);
}

Error TicketPrinterErrors::deviceMissing(const QString &where)
{
    return Error(ErrorCode::PrinterUnreachable,
                 tr("The ticket printer is not connected. Check that it is switched on and its cable is plugged in, "
                    "then reprint."),
                 where);
}

Error TicketPrinterErrors::deviceNotAllowed(const QString &where)
{
    return Error(ErrorCode::PrinterUnreachable,
                 tr("This program may not use the ticket printer (no permission for its device). Ask the "
                    "administrator."),
                 where);
}

Error TicketPrinterErrors::systemPrinterMissing(const QString &where)
{
    return Error(ErrorCode::PrinterUnreachable,
                 tr("The ticket printer set up for this PC is not available. Check that it is switched on, or ask the "
                    "administrator to check the printer setting."),
                 where);
}

Error TicketPrinterErrors::outOfPaper(const QString &where)
{
    return Error(ErrorCode::PrinterOutOfPaper,
                 tr("The ticket printer is out of paper. Load a new roll, then reprint."), where);
}

Error TicketPrinterErrors::ranOutOfPaperWhilePrinting(const QString &where)
{
    return Error(ErrorCode::PrinterOutOfPaper,
                 tr("The ticket printer ran out of paper while printing. Load a new roll, then reprint."), where);
}

Error TicketPrinterErrors::coverOpen(const QString &where)
{
    return Error(ErrorCode::PrinterOffline,
                 tr("The ticket printer's cover is open. Close it, then reprint."), where);
}

Error TicketPrinterErrors::offline(const QString &where)
{
    return Error(ErrorCode::PrinterOffline,
                 tr("The ticket printer is offline or reports an error. Check its lights and the paper (a jam, the "
                    "cutter); if that does not help, switch it off and on, then reprint."),
                 where);
}

Error TicketPrinterErrors::noStatusAnswer(const QString &where)
{
    return Error(ErrorCode::PrinterOffline,
                 tr("The ticket printer does not answer. Check that it is switched on and shows no error light, then "
                    "reprint."),
                 where);
}

Error TicketPrinterErrors::notEscPos(const QString &where)
{
    return Error(ErrorCode::PrinterFailed,
                 tr("The ticket printer gave an answer that is not understood. Ask the administrator to check that "
                    "the printer setting names an ESC/POS receipt printer."),
                 where);
}

Error TicketPrinterErrors::connectionBroken(const QString &where)
{
    return Error(ErrorCode::PrinterFailed,
                 tr("The connection to the ticket printer broke off, so the ticket may not have printed completely. "
                    "Check the printer, then reprint."),
                 where);
}

Error TicketPrinterErrors::notAllWritten(const QString &where)
{
    return Error(ErrorCode::PrinterFailed,
                 tr("The ticket printer did not take the whole ticket. Check the paper, the cover and its lights, then "
                    "reprint."),
                 where);
}

Error TicketPrinterErrors::notConfirmed(const QString &where)
{
    return Error(ErrorCode::PrinterFailed,
                 tr("The ticket printer took the ticket but did not confirm it. Check that the slip came out complete; "
                    "if not, reprint."),
                 where);
}

Error TicketPrinterErrors::cannotRender(const QString &where)
{
    return Error(ErrorCode::PrinterFailed,
                 tr("The ticket could not be prepared for printing. Ask the administrator to check the ticket "
                    "printer settings."),
                 where);
}

} // namespace kakanai::print
