#include "queue/SystemTicketPrinter.h"

#include "ticket/TicketImage.h"
#include "ticket/TicketLogging.h"
#include "ticket/TicketPrinterErrors.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace kakanai {

SystemTicketPrinter::SystemTicketPrinter(Options options) : m_options(std::move(options)) {}

QString SystemTicketPrinter::where() const
{
    if (!m_options.pdfOutputPath.isEmpty())
        return m_options.pdfOutputPath;
    return m_options.printerName.isEmpty() ? QStringLiteral("(default printer)") : m_options.printerName;
}

QString SystemTicketPrinter::describe() const
{
    if (!m_options.pdfOutputPath.isEmpty())
        return QStringLiteral("PDF %1").arg(m_options.pdfOutputPath);
    return QStringLiteral("System printer %1").arg(where());
}

Status SystemTicketPrinter::print(const print::TicketPrintout &ticket)
{
    auto image = print::TicketImage::render(ticket, m_options.widthDots);
    if (!image) {
        qCWarning(lcTicketPrint) << "ticket not rendered:" << Error::codeName(image.error().code())
                                 << image.error().technicalDetail();
        return std::unexpected(Error(ErrorCode::PrinterFailed, image.error().message(), where()));
    }

    QPrinter printer(QPrinter::HighResolution);
    if (!m_options.pdfOutputPath.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_options.pdfOutputPath);
    } else {
        // QPrinter quietly turns an unknown name into PDF output: ask first.
        const QPrinterInfo info = m_options.printerName.isEmpty() ? QPrinterInfo::defaultPrinter()
                                                                  : QPrinterInfo::printerInfo(m_options.printerName);
        if (info.isNull()) {
            qCWarning(lcTicketPrint) << "no system printer" << where();
            return std::unexpected(print::TicketPrinterErrors::systemPrinterMissing(where()));
        }
        printer.setPrinterName(info.printerName());
    }
    printer.setDocName(QStringLiteral("Kakanai ticket"));
    printer.setFullPage(true);
    const QSizeF paperMm(image->width() / print::TicketImage::kDotsPerMm,
                         image->height() / print::TicketImage::kDotsPerMm);
    printer.setPageSize(QPageSize(paperMm, QPageSize::Millimeter, QStringLiteral("Kakanai ticket"),
                                  QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);

    QPainter painter;
    if (!painter.begin(&printer)) {
        qCWarning(lcTicketPrint) << "cannot start a job on" << where();
        return std::unexpected(print::TicketPrinterErrors::notAllWritten(where()));
    }
    // Dots stay dots: no smoothing when the slip is scaled to the printer's resolution.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(printer.pageLayout().fullRectPixels(printer.resolution()), *image);
    if (!painter.end()) {
        qCWarning(lcTicketPrint) << "job on" << where() << "did not finish";
        return std::unexpected(print::TicketPrinterErrors::notAllWritten(where()));
    }
    if (!m_options.pdfOutputPath.isEmpty() && QFileInfo(m_options.pdfOutputPath).size() == 0)
        return std::unexpected(print::TicketPrinterErrors::notAllWritten(where()));
    return {};
}

} // namespace kakanai
