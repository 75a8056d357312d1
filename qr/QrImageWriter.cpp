#include "QrImageWriter.h"

#include <QFont>
#include <QPainter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <string_view>

namespace kakanai::qr {

namespace {

// MultiFormatWriter's error-correction scale is 0–8; for QR it maps
// (level − 1) / 2 onto L, M, Q, H, so 4 is M.
constexpr int kEccLevelM = 4;

} // namespace

Result<QImage> QrImageWriter::makeImage(const QString &text, int moduleSize)
{
    if (text.isEmpty())
        return std::unexpected(Error(ErrorCode::InvalidArgument, tr("There is no text to put in a QR code."),
                                     QStringLiteral("empty")));
    if (moduleSize < 1 || moduleSize > kMaxModuleSize)
        return std::unexpected(Error(ErrorCode::InvalidArgument, tr("The QR code's module size is out of range."),
                                     QStringLiteral("bad-module-size")));

    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    // Margin 0 and size 0: one bit per module; we scale and add the quiet zone ourselves.
    writer.setEccLevel(kEccLevelM).setMargin(0);
    // zxing's default byte-mode character set is ISO 8859-1, which has no
    // Japanese: beyond ASCII we write UTF-8 (with its ECI). ASCII keeps the
    // default, so an alphanumeric text carries no ECI header.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii)
        writer.setEncoding(ZXing::CharacterSet::UTF8);
    ZXing::BitMatrix matrix;
    try {
        matrix = writer.encode(text.toStdWString(), 0, 0);
    } catch (const std::exception &e) {
        // For well-formed text the only reason is more than a version 40 symbol holds.
        const bool tooBig = std::string_view(e.what()).find("too big") != std::string_view::npos;
        return std::unexpected(Error(ErrorCode::InvalidArgument,
                                     tooBig ? tr("The text is too long for one QR code.")
                                            : tr("The text cannot be put in a QR code."),
                                     tooBig ? QStringLiteral("too-long") : QStringLiteral("cannot-encode")));
    }

    const int modules = matrix.width();
    const int side = (modules + 2 * kQuietZoneModules) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int my = 0; my < modules; ++my) {
        for (int py = 0; py < moduleSize; ++py) {
            uchar *line = image.scanLine((kQuietZoneModules + my) * moduleSize + py);
            for (int mx = 0; mx < modules; ++mx) {
                if (matrix.get(mx, my))
                    std::fill_n(line + (kQuietZoneModules + mx) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

Result<QImage> QrImageWriter::makeSheet(const QStringList &texts, int moduleSize)
{
    if (texts.isEmpty())
        return std::unexpected(Error(ErrorCode::InvalidArgument, tr("There is no text to put in a QR code."),
                                     QStringLiteral("empty")));
    QList<QImage> symbols;
    int cellSide = 0;
    for (const QString &text : texts) {
        auto symbol = makeImage(text, moduleSize);
        if (!symbol)
            return std::unexpected(symbol.error());
        cellSide = std::max(cellSide, symbol->width());
        symbols.append(*symbol);
    }

    const int count = static_cast<int>(symbols.size());
    const int columns = std::min(count, 4);
    const int rows = (count + columns - 1) / columns;
    // Captions are large enough to read at arm's length; they sit below the
    // symbol's quiet zone so they never touch the code.
    const int captionPixels = std::max(16, 6 * moduleSize);
    const int captionHeight = captionPixels * 2;
    const int cellHeight = cellSide + captionHeight;
    QImage sheet(columns * cellSide, rows * cellHeight, QImage::Format_RGB32);
    sheet.fill(Qt::white);

    QPainter painter(&sheet);
    QFont font = painter.font();
    font.setPixelSize(captionPixels);
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (int i = 0; i < count; ++i) {
        const int x = (i % columns) * cellSide;
        const int y = (i / columns) * cellHeight;
        const QImage &symbol = symbols.at(i);
        // Smaller symbols (a short last part) are centred in their cell.
        const int inset = (cellSide - symbol.width()) / 2;
        painter.drawImage(x + inset, y + inset, symbol);
        painter.drawText(QRect(x, y + cellSide, cellSide, captionHeight), Qt::AlignHCenter | Qt::AlignTop,
                         QStringLiteral("%1/%2").arg(i + 1).arg(count));
    }
    painter.end();
    return sheet;
}

} // namespace kakanai::qr
