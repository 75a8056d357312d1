#pragma once

#include <QByteArray>
#include <QImage>

#include <optional>

namespace kakanai::print {

// The ESC/POS bytes Kakanai sends to a receipt printer, and the answers it
// reads back (facts from the Epson ESC/POS command reference). Tickets are
// sent as one raster image (GS v 0): no code page, no printer font, so
// Japanese prints the same on every model (docs/admin/ticket-printers.md).
namespace escpos {

// GS v 0 takes at most this many lines per command in our jobs: printers
// with a small receive buffer cope with bands, and yL stays one byte.
inline constexpr int kMaxBandLines = 255;

// What DLE EOT 1, 2 and 4 say about the printer (real-time status).
struct PrinterStatus {
    bool offline = false;            // n=1 bit 3
    bool waitingForRecovery = false; // n=1 bit 5
    bool feedButtonPressed = false;  // n=1 bit 6
    bool coverOpen = false;          // n=2 bit 2
    bool feedingByButton = false;    // n=2 bit 3
    bool stoppedByPaperEnd = false;  // n=2 bit 5
    bool errorOccurred = false;      // n=2 bit 6 (cutter, mechanism, head temperature, …)
    bool paperNearEnd = false;       // n=4 bits 2–3
    bool paperEnd = false;           // n=4 bits 5–6

    // Nothing stops a ticket from printing (a near-end roll still prints).
    bool readyToPrint() const
    {
        return !offline && !coverOpen && !stoppedByPaperEnd && !errorOccurred && !paperEnd;
    }
    bool operator==(const PrinterStatus &) const = default;
};

// ESC @: clears the buffer and the modes a previous job left behind.
QByteArray initialize();
// ESC d n: prints what is buffered and feeds n lines (n clamped to 0–255).
QByteArray feedLines(int lines);
// GS V 1: partial cut (function A, which every ESC/POS cutter knows).
QByteArray partialCut();
// DLE EOT n: ask for real-time status n (1 printer, 2 offline cause, 4 roll paper).
QByteArray statusRequest(int n);
// The three requests a job asks before and after printing: DLE EOT 1, 2, 4.
QByteArray fullStatusRequest();

// GS v 0 m=0 xL xH yL yH d1…dk, in bands of at most `maxBandLines` lines:
// one bit per dot, most significant bit = leftmost dot, 1 = black, rows
// padded with white to whole bytes. A pixel is black when its grey level is
// below 128. An empty image gives no bytes.
QByteArray rasterImage(const QImage &image, int maxBandLines = kMaxBandLines);

// One ticket: initialize, the image, a few lines of feed so the slip clears
// the cutter, and a partial cut.
QByteArray ticketJob(const QImage &image);

// Epson printers answer a DLE EOT found anywhere in the stream, also inside
// raster data. How many such look-alikes (10 04 n, n = 1–4) `bytes` holds:
// each may bring one extra status byte before the answers we asked for.
int countStatusRequestLookalikes(const QByteArray &bytes);

// A status answer has bit 0 = 0, bit 1 = 1, bit 4 = 1 and bit 7 = 0; any other
// byte is not an answer to DLE EOT.
bool isStatusByte(quint8 byte);

// The answers to DLE EOT 1, 2 and 4; nullopt when one of them is not a status byte.
std::optional<PrinterStatus> parseStatus(quint8 printer, quint8 offlineCause, quint8 rollPaper);

} // namespace escpos
} // namespace kakanai::print
