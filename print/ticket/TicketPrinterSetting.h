#pragma once

#include "common/Error.h"
#include "ticket/TicketPrinter.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>

namespace kakanai::print {

// Which ticket printer this PC uses: the value of Settings TicketPrinter
// (docs/admin/ticket-printers.md).
struct TicketPrinterSpec {
    enum class Kind {
        None,          // "none" (or empty): tickets are issued without a slip
        EscPosNetwork, // "escpos-net://HOST[:PORT]", port 9100 when not given
        EscPosDevice,  // "escpos-device:///dev/usb/lp0"
        System,        // "system:NAME"; NAME empty = the system's default printer
    };
    Kind kind = Kind::None;
    QString host;              // EscPosNetwork: a name, IPv4 or IPv6 address (without brackets)
    quint16 port = 9100;       // EscPosNetwork
    QString devicePath;        // EscPosDevice: absolute
    QString systemPrinterName; // System

    bool operator==(const TicketPrinterSpec &) const = default;
};

class TicketPrinterSetting {
    Q_DECLARE_TR_FUNCTIONS(TicketPrinterSetting)
public:
    // Errors: InvalidArgument with a message naming the accepted forms; the
    // detail is the reason code ("unknown-scheme", "no-host", "bad-port",
    // "path-not-absolute", …), never the value itself.
    static Result<TicketPrinterSpec> parse(const QString &value);
    // The setting's text for a spec (parse(format(spec)) == spec).
    static QString format(const TicketPrinterSpec &spec);
};

// A printer for the ESC/POS kinds (network, device); nullptr for None and
// System (the system printer needs Qt Print Support and lives in ui/).
std::unique_ptr<TicketPrinter> makeEscPosPrinter(const TicketPrinterSpec &spec, int widthDots,
                                                 std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

} // namespace kakanai::print
