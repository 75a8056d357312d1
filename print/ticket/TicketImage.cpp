#include "TicketImage.h"

#include "FormRenderer.h"
#include "QrImageWriter.h"

#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QRawFont>

#include <algorithm>
#include <cmath>

namespace kakanai::print {

namespace {

// Paints the slip from the top down; `y` is where the next element goes.
class SlipPainter {
public:
    SlipPainter(QImage &canvas, QString family, int widthDots)
        : m_painter(&canvas), m_family(std::move(family)), m_width(widthDots),
          m_scale(widthDots / double(TicketImage::kWidth58mm)), m_margin(widthDots / 24)
    {
        m_painter.setRenderHint(QPainter::Antialiasing, false);
        m_painter.setRenderHint(QPainter::TextAntialiasing, true);
        m_painter.setPen(Qt::black);
        y = m_margin;
    }

    int px(double pixelsAt58mm) const { return std::max(1, int(std::lround(pixelsAt58mm * m_scale))); }
    int contentWidth() const { return m_width - 2 * m_margin; }
    int margin() const { return m_margin; }

    QFont font(int pixelSize, bool bold) const
    {
        QFont f(m_family);
        f.setPixelSize(pixelSize);
        f.setBold(bold);
        f.setStyleStrategy(QFont::PreferOutline);
        return f;
    }

    // Centred text, wrapped over as many lines as it needs.
    void paragraph(const QString &text, double sizeAt58mm, bool bold = false, double gapAfter = 4)
    {
        if (text.isEmpty())
            return;
        m_painter.setFont(font(px(sizeAt58mm), bold));
        const QRect room(m_margin, y, contentWidth(), 10 * px(sizeAt58mm) * 4);
        const QRect used = m_painter.boundingRect(room, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
        m_painter.drawText(room, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
        y += used.height() + px(gapAfter);
    }

    // One line, shrunk until it fits the width (the ticket number).
    void fittedLine(const QString &text, double maxSizeAt58mm, bool bold)
    {
        int size = px(maxSizeAt58mm);
        QFont f = font(size, bold);
        while (size > 8 && QFontMetrics(f).horizontalAdvance(text) > contentWidth()) {
            size -= std::max(1, size / 20);
            f = font(size, bold);
        }
        m_painter.setFont(f);
        const QFontMetrics metrics(f);
        // Capitals and digits only: their ink is cap height, not the font's full ascent.
        const QRect ink = metrics.tightBoundingRect(text);
        const int x = m_margin + (contentWidth() - metrics.horizontalAdvance(text)) / 2;
        // Drawn from glyph bitmaps, not as outlines: Qt fills glyphs above
        // 64 pixels from FreeType outlines, which come out a little different
        // depending on what the same font face drew before in this thread (a
        // fresh thread, another size, the reprint mark); the bitmaps do not,
        // so every slip with this number is the same dot for dot.
        const QRawFont raw = QRawFont::fromFont(f);
        const QList<quint32> glyphs = raw.glyphIndexesForString(text);
        const QList<QPointF> advances = raw.advancesForGlyphIndexes(glyphs);
        const int baseline = y - ink.top();
        qreal pen = x;
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            const QImage alpha = raw.alphaMapForGlyph(glyphs[i], QRawFont::PixelAntialiasing)
                                     .convertToFormat(QImage::Format_Alpha8);
            QImage glyph(alpha.size(), QImage::Format_ARGB32_Premultiplied);
            for (int row = 0; row < alpha.height(); ++row) {
                const uchar *in = alpha.constScanLine(row);
                auto *out = reinterpret_cast<QRgb *>(glyph.scanLine(row));
                for (int col = 0; col < alpha.width(); ++col)
                    out[col] = qRgba(0, 0, 0, in[col]);
            }
            const QRectF box = raw.boundingRect(glyphs[i]);
            m_painter.drawImage(QPointF(std::round(pen + box.left()), baseline + std::round(box.top())), glyph);
            pen += advances[i].x();
        }
        y += ink.height() + px(10);
    }

    // White text on a black band across the slip.
    void banner(const QString &text, double sizeAt58mm)
    {
        const QFont f = font(px(sizeAt58mm), true);
        const QFontMetrics metrics(f);
        const QRect band(m_margin, y, contentWidth(), metrics.height() + px(8));
        m_painter.fillRect(band, Qt::black);
        m_painter.setFont(f);
        m_painter.setPen(Qt::white);
        m_painter.drawText(band, Qt::AlignCenter, text);
        m_painter.setPen(Qt::black);
        y += band.height() + px(8);
    }

    void rule()
    {
        y += px(4);
        m_painter.fillRect(QRect(m_margin, y, contentWidth(), std::max(2, px(2))), Qt::black);
        y += std::max(2, px(2)) + px(8);
    }

    void image(const QImage &picture)
    {
        m_painter.drawImage(QPoint((m_width - picture.width()) / 2, y), picture);
        y += picture.height() + px(2);
    }

    void end() { m_painter.end(); }

    int y = 0;

private:
    QPainter m_painter;
    QString m_family;
    int m_width;
    double m_scale;
    int m_margin;
};

QString peopleAheadEn(int people)
{
    if (people <= 0)
        return QStringLiteral("No one ahead of you");
    if (people == 1)
        return QStringLiteral("1 person ahead of you");
    return QStringLiteral("%1 people ahead of you").arg(people);
}

// The QR at the largest whole number of dots per module that keeps it within
// about 60 % of the width (whole modules keep every module square on paper).
Result<QImage> qrFor(const QString &url, int maxWidth)
{
    auto probe = qr::QrImageWriter::makeImage(url, 1);
    if (!probe)
        return std::unexpected(probe.error());
    const int modules = probe->width();
    const int moduleSize = std::min(qr::QrImageWriter::kMaxModuleSize, maxWidth / std::max(1, modules));
    if (moduleSize < 2)
        return std::unexpected(Error(ErrorCode::InvalidArgument,
                                     TicketImage::tr("The ticket's status address is too long for a QR code on this "
                                                     "paper. Ask the administrator to shorten the board address."),
                                     QStringLiteral("qr-too-wide modules=%1 width=%2").arg(modules).arg(maxWidth)));
    return qr::QrImageWriter::makeImage(url, moduleSize);
}

// The slip in black and white only: what a thermal head can print.
QImage paintSlip(const TicketPrintout &ticket, int widthDots, const QString &family, const QImage &qrImage)
{
    // Taller than any slip; cropped to what was drawn.
    QImage canvas(widthDots, widthDots * 4 + qrImage.height(), QImage::Format_RGB32);
    canvas.fill(Qt::white);
    SlipPainter slip(canvas, family, widthDots);

    if (!ticket.officeName.isEmpty()) {
        slip.paragraph(ticket.officeName, 22, false, 2);
        slip.rule();
    }
    if (ticket.reprint)
        slip.banner(QStringLiteral("再発行 / REPRINT"), 24);
    slip.paragraph(QStringLiteral("受付番号 / Your number"), 20, false, 6);
    slip.fittedLine(ticket.ticketDisplay, 150, true);
    slip.paragraph(ticket.categoryJa, 34, true, 2);
    slip.paragraph(ticket.categoryEn, 20, false, 4);
    slip.rule();

    const QDateTime local = ticket.issuedAt.toTimeZone(ticket.officeZone);
    slip.paragraph(QLocale(QLocale::Japanese, QLocale::Japan).toString(local, QStringLiteral("yyyy年M月d日(ddd) HH:mm 発券")),
                   22, false, 0);
    slip.paragraph(QLocale(QLocale::English, QLocale::UnitedKingdom)
                       .toString(local, QStringLiteral("'Issued' ddd d MMM yyyy, HH:mm")),
                   18, false, 10);
    slip.paragraph(QStringLiteral("お待ちの方 %1 人").arg(std::max(0, ticket.peopleAhead)), 32, true, 0);
    slip.paragraph(peopleAheadEn(ticket.peopleAhead), 20, false, 8);
    if (ticket.estimatedWaitMinutes) {
        const int minutes = std::max(0, *ticket.estimatedWaitMinutes);
        slip.paragraph(QStringLiteral("待ち時間の目安 約 %1 分").arg(minutes), 24, false, 0);
        slip.paragraph(QStringLiteral("About %1 min wait (estimate)").arg(minutes), 18, false, 8);
    }
    if (!qrImage.isNull()) {
        slip.rule();
        slip.paragraph(QStringLiteral("呼出状況はこちらから"), 22, false, 0);
        slip.paragraph(QStringLiteral("Scan to see when you are called"), 18, false, 0);
        slip.image(qrImage);
    }
    const int height = slip.y + slip.margin();
    slip.end();

    QImage grey = canvas.copy(0, 0, widthDots, height).convertToFormat(QImage::Format_Grayscale8);
    for (int row = 0; row < grey.height(); ++row) {
        uchar *line = grey.scanLine(row);
        for (int x = 0; x < grey.width(); ++x)
            line[x] = line[x] < 128 ? 0 : 255;
    }
    return grey;
}

} // namespace

Result<QImage> TicketImage::render(const TicketPrintout &ticket, int widthDots)
{
    if (widthDots < kMinWidthDots || widthDots > kMaxWidthDots)
        return std::unexpected(Error(ErrorCode::InvalidArgument,
                                     tr("The ticket paper width must be between %1 and %2 dots (384 for 58 mm paper, "
                                        "576 for 80 mm).").arg(kMinWidthDots).arg(kMaxWidthDots),
                                     QStringLiteral("width=%1").arg(widthDots)));
    auto family = FormRenderer::japaneseFontFamily();
    if (!family) {
        if (family.error().code() != ErrorCode::NotFound)
            return std::unexpected(family.error());
        return std::unexpected(Error(ErrorCode::NotFound,
                                     tr("No Japanese font is installed, so tickets cannot be printed. Ask the "
                                        "administrator to install the Noto CJK fonts (Debian package fonts-noto-cjk)."),
                                     family.error().technicalDetail()));
    }

    QImage qrImage;
    if (!ticket.statusUrl.isEmpty()) {
        auto made = qrFor(ticket.statusUrl, widthDots * 6 / 10);
        if (!made)
            return std::unexpected(made.error());
        qrImage = *made;
    }

    return paintSlip(ticket, widthDots, *family, qrImage);
}

} // namespace kakanai::print
