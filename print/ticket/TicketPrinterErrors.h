#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace kakanai::print {

// The printer faults as reception sees them: what happened and what to do,
// in one sentence each. `where` (host:port, device path or printer name) goes
// into the technical detail only.
class TicketPrinterErrors {
    Q_DECLARE_TR_FUNCTIONS(TicketPrinterErrors)
public:
    static Error notReachableOnNetwork(const QString &where);
    static Error deviceMissing(const QString &where);
    static Error deviceNotAllowed(const QString &where);
    static Error systemPrinterMissing(const QString &where);
    static Error outOfPaper(const QString &where);
    static Error ranOutOfPaperWhilePrinting(const QString &where);
    static Error coverOpen(const QString &where);
    static Error offline(const QString &where);
    static Error noStatusAnswer(const QString &where);
    static Error notEscPos(const QString &where);
    static Error connectionBroken(const QString &where);
    static Error notAllWritten(const QString &where);
    static Error notConfirmed(const QString &where);
    static Error cannotRender(const QString &where);
};

} // namespace kakanai::print
