#include "EscPos.h"

#include <algorithm>

namespace kakanai::print::escpos {

namespace {
constexpr char kEsc = 0x1b;
constexpr char kGs = 0x1d;
constexpr char kDle = 0x10;
constexpr char kEot = 0x04;

bool bit(quint8 byte, int n) { return (byte >> n) & 1; }

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    out.reserve(int(values.size()));
    for (int v : values)
        out.append(char(v & 0xff));
    return out;
}
} // namespace

QByteArray initialize() { return bytes({kEsc, '@'}); }

QByteArray feedLines(int lines) { return bytes({kEsc, 'd', std::clamp(lines, 0, 255)}); }

QByteArray partialCut() { return bytes({kGs, 'V', 1}); }

QByteArray statusRequest(int n) { return bytes({kDle, kEot, n}); }

QByteArray fullStatusRequest() { return statusRequest(1) + statusRequest(2) + statusRequest(4); }

QByteArray rasterImage(const QImage &image, int maxBandLines)
{
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return {};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int widthBytes = (grey.width() + 7) / 8;
    const int bandLines = std::clamp(maxBandLines, 1, kMaxBandLines);
    QByteArray out;
    out.reserve((8 + widthBytes * bandLines) * ((grey.height() + bandLines - 1) / bandLines));
    for (int top = 0; top < grey.height(); top += bandLines) {
        const int lines = std::min(bandLines, grey.height() - top);
        out.append(bytes({kGs, 'v', '0', 0, widthBytes & 0xff, widthBytes >> 8, lines & 0xff, lines >> 8}));
        for (int y = top; y < top + lines; ++y) {
            const uchar *row = grey.constScanLine(y);
            for (int byteIndex = 0; byteIndex < widthBytes; ++byteIndex) {
                quint8 packed = 0;
                for (int b = 0; b < 8; ++b) {
                    const int x = byteIndex * 8 + b;
                    if (x < grey.width() && row[x] < 128)
                        packed |= quint8(0x80 >> b);
                }
                out.append(char(packed));
            }
        }
    }
    return out;
}

QByteArray ticketJob(const QImage &image)
{
    // Four lines (about 17 mm at the default spacing) carry the end of the
    // image past the cutter on common 58/80 mm printers.
    return initialize() + rasterImage(image) + feedLines(4) + partialCut();
}

int countStatusRequestLookalikes(const QByteArray &data)
{
    int count = 0;
    for (qsizetype i = 0; i + 2 < data.size(); ++i) {
        if (data[i] == kDle && data[i + 1] == kEot && data[i + 2] >= 1 && data[i + 2] <= 4)
            ++count;
    }
    return count;
}

bool isStatusByte(quint8 byte) { return (byte & 0x93) == 0x12; }

std::optional<PrinterStatus> parseStatus(quint8 printer, quint8 offlineCause, quint8 rollPaper)
{
    if (!isStatusByte(printer) || !isStatusByte(offlineCause) || !isStatusByte(rollPaper))
        return std::nullopt;
    PrinterStatus status;
    status.offline = bit(printer, 3);
    status.waitingForRecovery = bit(printer, 5);
    status.feedButtonPressed = bit(printer, 6);
    status.coverOpen = bit(offlineCause, 2);
    status.feedingByButton = bit(offlineCause, 3);
    status.stoppedByPaperEnd = bit(offlineCause, 5);
    status.errorOccurred = bit(offlineCause, 6);
    // The reference sets both bits of a sensor together; one is enough for us.
    status.paperNearEnd = bit(rollPaper, 2) || bit(rollPaper, 3);
    status.paperEnd = bit(rollPaper, 5) || bit(rollPaper, 6);
    return status;
}

} // namespace kakanai::print::escpos
