#pragma once

#include "ticket/TicketPrinter.h"

#include <QImage>
#include <QString>

#include <chrono>

namespace kakanai::print {

// An ESC/POS receipt printer behind a device file: a USB printer
// (/dev/usb/lp0, the usblp driver) or a serial port (/dev/ttyUSB0, set up
// beforehand: speed and flow control belong to the port, see
// docs/admin/ticket-printers.md). The same bytes as the network printer, but
// write-only: a device file gives no reliable status, so paper end or an open
// cover show only as a printer that stops taking data.
//
// print() is synchronous. The device is opened non-blocking and every wait for
// it to take more data is bounded by `timeout` (from the last progress), so a
// stopped printer cannot hang the caller. Errors:
//   path missing, no such device                      → PrinterUnreachable
//   no permission (not in group lp / dialout)         → PrinterUnreachable
//   the device stops taking data, short write, EIO    → PrinterFailed
// The device must exist: it is never created (writing to a missing
// /dev/usb/lp0 would otherwise make a plain file there).
class EscPosDevicePrinter : public TicketPrinter {
public:
    struct Options {
        QString devicePath;
        int widthDots = 576;
        std::chrono::milliseconds timeout{5000};
    };

    explicit EscPosDevicePrinter(Options options);

    Status print(const TicketPrintout &ticket) override;
    QString describe() const override;

    // Sends an image already rendered (TicketImage).
    Status printImage(const QImage &image);

    const Options &options() const { return m_options; }

private:
    Options m_options;
};

} // namespace kakanai::print
