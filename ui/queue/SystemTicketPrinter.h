#pragma once

#include "ticket/TicketPrinter.h"

#include <QString>

namespace kakanai {

// Ticket slips on a printer the system knows (CUPS): Settings TicketPrinter
// "system:NAME", NAME empty = the default printer. The slip is the same
// picture as on an ESC/POS printer (print::TicketImage), on a page exactly as
// wide as the paper's print width at 203 dpi (widthDots / 8 mm) and as tall as
// the slip, without margins; a receipt printer's CUPS driver cuts after the
// page. The system gives no paper or cover status: print() succeeds once CUPS
// took the job. Errors: PrinterUnreachable (no such printer, no default
// printer), PrinterFailed (the job could not be started or finished).
class SystemTicketPrinter : public print::TicketPrinter {
public:
    struct Options {
        QString printerName;   // empty: the system's default printer
        int widthDots = 576;
        // Not empty: a PDF file instead of a printer (tests, a preview).
        QString pdfOutputPath{};
    };

    explicit SystemTicketPrinter(Options options);

    Status print(const print::TicketPrintout &ticket) override;
    QString describe() const override;

private:
    QString where() const;

    Options m_options;
};

} // namespace kakanai
