#pragma once

#include "ticket/EscPos.h"
#include "ticket/TicketPrinter.h"

#include <QImage>
#include <QString>

#include <chrono>
#include <optional>

namespace kakanai::print {

// An ESC/POS receipt printer on the network (raw TCP, port 9100).
//
// print() is synchronous and every step waits at most `timeout`: connect;
// ask DLE EOT 1, 2, 4; send the job (ESC @, the slip as GS v 0 bands, feed,
// cut) until the socket has written it; ask DLE EOT 1, 2, 4 again. So a job
// takes at most about 4 × timeout; run it on a worker thread, not the GUI's.
// Errors:
//   nothing listening, host unknown, connect timeout  → PrinterUnreachable
//   paper end before the job                          → PrinterOutOfPaper, nothing printed
//   cover open, offline, error bit                    → PrinterOffline, nothing printed
//   no status answer within the timeout               → PrinterOffline ("does not answer"):
//       the port took the connection, so the machine is there, but the
//       printer behind it does not respond, which is what a printer stopped
//       in an error state does; reception treats it like a switched-off printer
//   an answer that is no status byte                  → PrinterFailed (not ESC/POS?)
//   connection closed, write not finished, no final
//   status answer                                     → PrinterFailed
//   paper end after the job                           → PrinterOutOfPaper ("while printing")
// The final status is read as soon as the printer has received the job; it
// catches a roll that ran out while the printer still held the slip in its
// buffer, not a jam after that.
class EscPosNetworkPrinter : public TicketPrinter {
public:
    static constexpr quint16 kDefaultPort = 9100;

    struct Options {
        QString host;
        quint16 port = kDefaultPort;
        int widthDots = 576;
        std::chrono::milliseconds timeout{5000};
    };

    explicit EscPosNetworkPrinter(Options options);

    Status print(const TicketPrintout &ticket) override;
    QString describe() const override;

    // Sends an image already rendered (TicketImage), same checks as print().
    Status printImage(const QImage &image);

    // What the printer said at the end of the last job (or before it, when it
    // refused): a near-end roll is not an error but reception may want to know.
    std::optional<escpos::PrinterStatus> lastStatus() const { return m_lastStatus; }

    const Options &options() const { return m_options; }

private:
    QString where() const;

    Options m_options;
    std::optional<escpos::PrinterStatus> m_lastStatus;
};

} // namespace kakanai::print
