#pragma once

#include "common/Error.h"
#include "ticket/TicketPrintout.h"

#include <QCoreApplication>
#include <QImage>

namespace kakanai::print {

// Draws a ticket slip as a picture for a receipt printer: `widthDots` wide
// (the printer's print width, Settings TicketPaperWidthDots: 384 for 58 mm,
// 576 for 80 mm paper at 203 dpi) and as tall as the slip needs. From the top:
// office name, 再発行/REPRINT when reprinted, the ticket number (the largest
// element), category, issue date and time in the office's zone, people ahead,
// the estimate, and the QR of the status address. The result is Grayscale8
// holding only black (0) and white (255), so it goes to paper (GS v 0) or to a
// PDF dot for dot. Needs a QGuiApplication and a Japanese font (Noto CJK).
class TicketImage {
    Q_DECLARE_TR_FUNCTIONS(TicketImage)
public:
    static constexpr int kWidth58mm = 384;
    static constexpr int kWidth80mm = 576;
    static constexpr int kMinWidthDots = 256;
    static constexpr int kMaxWidthDots = 1024;
    // Thermal receipt printers print 8 dots a millimetre (203 dpi).
    static constexpr double kDotsPerMm = 8.0;

    // Errors: InvalidArgument (width out of range, a status address too long
    // for a QR on this width), NotFound (no Japanese font), Internal (no
    // QGuiApplication).
    static Result<QImage> render(const TicketPrintout &ticket, int widthDots);
};

} // namespace kakanai::print
