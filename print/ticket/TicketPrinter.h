#pragma once

#include "common/Error.h"
#include "ticket/TicketPrintout.h"

#include <QString>

namespace kakanai::print {

// Prints ticket slips; the queue counts a ticket as issued only when print()
// succeeded (or reception issued it without printing on purpose). print() is
// synchronous and every wait in it is bounded (see each implementation), so it
// can run on a worker thread while the screen stays live. Errors:
// PrinterUnreachable, PrinterOutOfPaper, PrinterOffline, PrinterFailed, with a
// message that tells reception what to do and the address or device as detail.
class TicketPrinter {
public:
    virtual ~TicketPrinter() = default;

    virtual Status print(const TicketPrintout &ticket) = 0;
    // "ESC/POS 192.0.2.5:9100", for the settings page and the log.
    virtual QString describe() const = 0;
};

} // namespace kakanai::print
