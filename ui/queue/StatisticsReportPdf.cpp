#include "StatisticsReportPdf.h"

#include "PdfTextMap.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace kakanai {

namespace {

constexpr int Resolution = 150; // dots per inch: sharp enough for the charts, small files

QPageLayout reportPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                       QPageLayout::Millimeter);
}

// Two charts across, two down, with room between them.
QSize chartSizeIn(const QRect &area)
{
    return QSize(area.width() / 2 - 10, area.height() / 2 - 20);
}

bool paintReport(const StatisticsReportPdf::Content &content, QPdfWriter &writer, print::PdfTextMap &drawn)
{
    writer.setPageLayout(reportPageLayout());
    writer.setResolution(Resolution);
    writer.setTitle(StatisticsReportPdf::tr("Wait-time statistics"));
    writer.setCreator(QStringLiteral("Kakanai"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const auto text = [&](const QRect &rect, int flags, const QString &s) {
        painter.drawText(rect, flags, s);
        drawn.addDrawn(painter.font(), s);
    };
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QRect area(0, 0, page.width(), page.height());
    int y = 0;

    QFont titleFont(QStringLiteral("Noto Sans CJK JP"));
    titleFont.setPointSizeF(16);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    const int titleHeight = painter.fontMetrics().height();
    text(QRect(0, y, area.width(), titleHeight), Qt::AlignLeft, StatisticsReportPdf::tr("Wait-time statistics"));
    y += titleHeight + 10;

    QFont textFont(QStringLiteral("Noto Sans CJK JP"));
    textFont.setPointSizeF(9);
    painter.setFont(textFont);
    const int line = painter.fontMetrics().height();
    QStringList facts;
    if (!content.officeName.isEmpty())
        facts << StatisticsReportPdf::tr("Office: %1").arg(content.officeName);
    facts << StatisticsReportPdf::tr("Period: %1").arg(content.period);
    if (content.comparedPeriod)
        facts << StatisticsReportPdf::tr("Compared with: %1").arg(*content.comparedPeriod);
    facts << StatisticsReportPdf::tr("Grouped by: %1").arg(content.grouping);
    facts << StatisticsReportPdf::tr("Made: %1").arg(content.made.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (content.notCurrent)
        facts << StatisticsReportPdf::tr("NOT CURRENT: the last reading failed (%1).").arg(*content.notCurrent);
    for (const QString &fact : std::as_const(facts)) {
        text(QRect(0, y, area.width(), line), Qt::AlignLeft, fact);
        y += line;
    }
    y += line;

    // The table: the first column wider, the figures evenly after it.
    const int columns = int(content.tableHeader.size());
    const int firstWidth = area.width() / 8;
    const int width = columns > 1 ? (area.width() - firstWidth) / (columns - 1) : area.width();
    QFont small = textFont;
    small.setPointSizeF(6.5);
    painter.setFont(small);
    const int rowHeight = painter.fontMetrics().height() * 2 + 4;
    const auto cellRect = [&](int column, int top) {
        return column == 0 ? QRect(0, top, firstWidth, rowHeight)
                           : QRect(firstWidth + (column - 1) * width, top, width - 4, rowHeight);
    };
    const auto drawHeader = [&] {
        for (int c = 0; c < columns; ++c)
            text(cellRect(c, y), Qt::AlignBottom | (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::TextWordWrap,
                 content.tableHeader.at(c));
        y += rowHeight;
        painter.drawLine(0, y, area.width(), y);
    };
    drawHeader();
    for (const QStringList &row : content.tableRows) {
        if (y + rowHeight > area.height()) {
            writer.newPage();
            y = 0;
            drawHeader();
        }
        for (int c = 0; c < columns; ++c)
            text(cellRect(c, y), Qt::AlignVCenter | (c == 0 ? Qt::AlignLeft : Qt::AlignRight), row.value(c));
        y += rowHeight;
    }

    // The charts as pictures, four to a page.
    const QSize chartSize = chartSizeIn(area);
    writer.newPage();
    int index = 0;
    for (const QImage &image : content.charts) {
        painter.drawImage(QPoint(index % 2 * (chartSize.width() + 20), index / 2 * (chartSize.height() + 40)), image);
        ++index;
    }
    return painter.end();
}

} // namespace

QSize StatisticsReportPdf::chartSize()
{
    const QRect page = reportPageLayout().paintRectPixels(Resolution);
    return chartSizeIn(QRect(0, 0, page.width(), page.height()));
}

Status StatisticsReportPdf::write(const Content &content, const QString &path)
{
    // Qt's PDF goes to memory first: its text layer is rebuilt (PdfTextMap,
    // docs/forms.md "The PDF's text layer") so that the figures and names can
    // be searched and copied; then the file is written whole.
    QByteArray pdf;
    print::PdfTextMap drawn;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        if (!paintReport(content, writer, drawn))
            return fail(ErrorCode::Io, tr("The report could not be written to this file."),
                        QStringLiteral("statistics-pdf-paint"));
    }
    const auto withText = drawn.rewrite(pdf);
    if (!withText)
        return std::unexpected(withText.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*withText) != withText->size() || !file.commit())
        return fail(ErrorCode::Io, tr("The file could not be written: %1").arg(file.errorString()));
    return {};
}

} // namespace kakanai
