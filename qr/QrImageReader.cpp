#include "QrImageReader.h"

#include "QrLogging.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <ZXing/ReadBarcode.h>
#include <poppler/qt6/poppler-qt6.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace kakanai::qr {

namespace {

// 8-bit luminance of an image, as zxing wants it. Either a view of a
// Grayscale8 image (which the caller keeps alive) or our own buffer.
struct Luminance {
    std::vector<uint8_t> owned;
    const uint8_t *data = nullptr;
    int width = 0;
    int height = 0;
    int stride = 0;

    void own()
    {
        data = owned.data();
        stride = width;
    }
};

// ITU-R BT.601 weights in fixed point (the ones zxing uses itself).
inline uint8_t lumaOf(unsigned r, unsigned g, unsigned b)
{
    return static_cast<uint8_t>((306 * r + 601 * g + 117 * b + 0x200) >> 10);
}

// Transparent pixels count as white paper: a PNG with a transparent background
// and dark modules must not turn into black on black.
inline uint8_t overWhitePremultiplied(unsigned r, unsigned g, unsigned b, unsigned a)
{
    return static_cast<uint8_t>(lumaOf(r, g, b) + (255 - a));
}

inline uint8_t overWhite(unsigned r, unsigned g, unsigned b, unsigned a)
{
    return static_cast<uint8_t>((lumaOf(r, g, b) * a + 255 * (255 - a) + 127) / 255);
}

template <typename PixelToLuma>
Luminance convert(const QImage &image, PixelToLuma pixelToLuma)
{
    Luminance lum;
    lum.width = image.width();
    lum.height = image.height();
    lum.owned.resize(static_cast<size_t>(lum.width) * static_cast<size_t>(lum.height));
    for (int y = 0; y < lum.height; ++y) {
        const uchar *line = image.constScanLine(y);
        uint8_t *out = lum.owned.data() + static_cast<size_t>(y) * static_cast<size_t>(lum.width);
        for (int x = 0; x < lum.width; ++x)
            out[x] = pixelToLuma(line, x);
    }
    lum.own();
    return lum;
}

// The formats a camera frame or a decoded file usually comes in are converted
// in one pass; anything else goes through ARGB32_Premultiplied first.
Luminance toLuminance(const QImage &image)
{
    const auto argb32 = [](const uchar *line, int x, bool premultiplied) {
        QRgb p;
        std::memcpy(&p, line + 4 * x, sizeof p);
        return premultiplied ? overWhitePremultiplied(qRed(p), qGreen(p), qBlue(p), qAlpha(p))
                             : overWhite(qRed(p), qGreen(p), qBlue(p), qAlpha(p));
    };
    switch (image.format()) {
    case QImage::Format_Grayscale8: {
        Luminance lum;
        lum.data = image.constBits();
        lum.width = image.width();
        lum.height = image.height();
        lum.stride = static_cast<int>(image.bytesPerLine());
        return lum;
    }
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32_Premultiplied:
        return convert(image, [&](const uchar *line, int x) { return argb32(line, x, true); });
    case QImage::Format_ARGB32:
        return convert(image, [&](const uchar *line, int x) { return argb32(line, x, false); });
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888_Premultiplied:
        return convert(image, [](const uchar *line, int x) {
            const uchar *p = line + 4 * x;
            return overWhitePremultiplied(p[0], p[1], p[2], p[3]);
        });
    case QImage::Format_RGBA8888:
        return convert(image, [](const uchar *line, int x) {
            const uchar *p = line + 4 * x;
            return overWhite(p[0], p[1], p[2], p[3]);
        });
    default:
        return toLuminance(image.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }
}

void invert(Luminance &lum)
{
    if (lum.owned.empty()) {
        // A view of the caller's Grayscale8 image: copy it row by row (the
        // stride may be padded).
        lum.owned.resize(static_cast<size_t>(lum.width) * static_cast<size_t>(lum.height));
        for (int y = 0; y < lum.height; ++y)
            std::memcpy(lum.owned.data() + static_cast<size_t>(y) * static_cast<size_t>(lum.width),
                        lum.data + static_cast<ptrdiff_t>(y) * lum.stride, static_cast<size_t>(lum.width));
        lum.own();
    }
    for (uint8_t &v : lum.owned)
        v = static_cast<uint8_t>(255 - v);
}

// The grey levels from the 1st to the 99th percentile spread over 0–255.
// False when the image is already (nearly) full range: nothing to gain.
bool stretch(Luminance &lum)
{
    std::array<size_t, 256> histogram{};
    for (int y = 0; y < lum.height; ++y) {
        const uint8_t *row = lum.data + static_cast<ptrdiff_t>(y) * lum.stride;
        for (int x = 0; x < lum.width; ++x)
            ++histogram[row[x]];
    }
    const size_t total = static_cast<size_t>(lum.width) * static_cast<size_t>(lum.height);
    size_t seen = 0;
    int low = 0;
    while (low < 255 && (seen += histogram[static_cast<size_t>(low)]) < total / 100)
        ++low;
    seen = 0;
    int high = 255;
    while (high > 0 && (seen += histogram[static_cast<size_t>(high)]) < total / 100)
        --high;
    if (high - low < 1 || (low < 16 && high > 239))
        return false;
    std::array<uint8_t, 256> map{};
    for (int v = 0; v < 256; ++v)
        map[static_cast<size_t>(v)] = static_cast<uint8_t>(std::clamp((v - low) * 255 / (high - low), 0, 255));
    std::vector<uint8_t> out(total);
    for (int y = 0; y < lum.height; ++y) {
        const uint8_t *row = lum.data + static_cast<ptrdiff_t>(y) * lum.stride;
        uint8_t *dst = out.data() + static_cast<size_t>(y) * static_cast<size_t>(lum.width);
        for (int x = 0; x < lum.width; ++x)
            dst[x] = map[row[x]];
    }
    lum.owned = std::move(out);
    lum.own();
    return true;
}

Luminance halfSize(const Luminance &lum)
{
    Luminance half;
    half.width = lum.width / 2;
    half.height = lum.height / 2;
    half.owned.resize(static_cast<size_t>(half.width) * static_cast<size_t>(half.height));
    for (int y = 0; y < half.height; ++y) {
        const uint8_t *a = lum.data + static_cast<ptrdiff_t>(2 * y) * lum.stride;
        const uint8_t *b = a + lum.stride;
        uint8_t *out = half.owned.data() + static_cast<size_t>(y) * static_cast<size_t>(half.width);
        for (int x = 0; x < half.width; ++x)
            out[x] = static_cast<uint8_t>((a[2 * x] + a[2 * x + 1] + b[2 * x] + b[2 * x + 1] + 2) / 4);
    }
    half.own();
    return half;
}

struct Found {
    QStringList texts;
    int notText = 0;
};

bool isText(ZXing::ContentType type)
{
    // GS1 and ISO 15434 are text with a structure of their own; Binary, Mixed
    // and an unknown ECI are bytes we cannot show as text.
    return type == ZXing::ContentType::Text || type == ZXing::ContentType::GS1
        || type == ZXing::ContentType::ISO15434;
}

// poppler reports a damaged file's structure problems through qDebug of its
// own; they go to our category instead (debug, compiled out in releases).
void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) { qCDebug(lcQr) << "poppler:" << message; }, QVariant());
    });
}

void addUnique(QStringList &texts, const QString &text)
{
    if (!texts.contains(text))
        texts.append(text);
}

void collect(const ZXing::Results &results, Found &found)
{
    for (const ZXing::Result &result : results) {
        if (!result.isValid() || result.format() != ZXing::BarcodeFormat::QRCode)
            continue;
        if (!isText(result.contentType())) {
            ++found.notText;
            continue;
        }
        addUnique(found.texts, QString::fromStdString(result.text()));
    }
}

} // namespace

Result<QStringList> QrImageReader::readImage(const QImage &image) const
{
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return std::unexpected(Error(ErrorCode::InvalidArgument, tr("The image is empty."), QStringLiteral("empty-image")));

    Luminance lum = toLuminance(image);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode)
        .setTryHarder(m_options.tryHarder)
        .setTryRotate(m_options.tryRotate)
        .setTryDownscale(m_options.tryDownscale)
        .setDownscaleFactor(static_cast<uint8_t>(std::clamp(m_options.downscaleFactor, 2, 4)))
        .setBinarizer(m_options.globalHistogram ? ZXing::Binarizer::GlobalHistogram : ZXing::Binarizer::LocalAverage);

    Found found;
    try {
        const auto read = [&] {
            const ZXing::ImageView view(lum.data, lum.width, lum.height, ZXing::ImageFormat::Lum, lum.stride);
            collect(ZXing::ReadBarcodes(view, hints), found);
        };
        read();
        const auto nothing = [&] { return found.texts.isEmpty() && found.notText == 0; };
        if (nothing() && m_options.tryHalfSize && lum.width >= 400 && lum.height >= 400) {
            Luminance full = std::move(lum);
            lum = halfSize(full);
            read();
            if (nothing())
                lum = std::move(full);
        }
        if (nothing() && m_options.tryStretched && stretch(lum))
            read();
        if (nothing() && m_options.tryInverted) {
            invert(lum);
            read();
        }
    } catch (const std::exception &e) {
        // zxing throws only on a bug or an impossible image; its message names no content.
        qCWarning(lcQr) << "zxing failed:" << e.what();
        return std::unexpected(Error(ErrorCode::Internal, tr("The QR code reader failed on this image."),
                                     QStringLiteral("decoder-exception")));
    }

    if (!found.texts.isEmpty())
        return found.texts;
    if (found.notText > 0)
        return std::unexpected(Error(ErrorCode::InvalidData,
                                     tr("The QR code does not hold text, so it is not a code Kakanai reads."),
                                     QStringLiteral("not-text")));
    return std::unexpected(Error(ErrorCode::NotFound,
                                 tr("No QR code was found. Use a sharper, evenly lit picture in which the whole "
                                    "code is visible."),
                                 QStringLiteral("no-qr")));
}

Result<QStringList> QrImageReader::readFile(const QString &path) const
{
    // The path is never put in a message or the log: a file name may be a
    // citizen's name.
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(Error(ErrorCode::NotFound, tr("The file does not exist."), QStringLiteral("not-found")));
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        const bool denied = file.error() == QFileDevice::PermissionsError;
        return std::unexpected(Error(denied ? ErrorCode::PermissionDenied : ErrorCode::Io,
                                     tr("The file could not be opened."), QStringLiteral("unreadable")));
    }

    if (file.peek(5) == QByteArrayLiteral("%PDF-")) {
        file.close();
        routePopplerMessages();
        std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
        if (!document)
            return std::unexpected(Error(ErrorCode::InvalidData, tr("The PDF could not be read; it may be damaged."),
                                         QStringLiteral("bad-pdf")));
        if (document->isLocked())
            return std::unexpected(Error(ErrorCode::InvalidData,
                                         tr("The PDF is protected by a password. Open it, and print or save it "
                                            "without the password first."),
                                         QStringLiteral("pdf-locked")));
        document->setRenderHint(Poppler::Document::Antialiasing, true);
        QStringList texts;
        std::optional<Error> lastError;
        for (int i = 0; i < document->numPages(); ++i) {
            const std::unique_ptr<Poppler::Page> page = document->page(i);
            const QImage rendered = page ? page->renderToImage(kPdfDpi, kPdfDpi) : QImage();
            if (rendered.isNull()) {
                qCWarning(lcQr) << "PDF page" << i + 1 << "could not be rendered";
                continue;
            }
            auto onPage = readImage(rendered);
            if (!onPage) {
                // "not-text" says more than "no-qr": keep it if any page had it.
                if (!lastError || onPage.error().technicalDetail() == QLatin1String("not-text"))
                    lastError = onPage.error();
                continue;
            }
            for (const QString &text : *onPage)
                addUnique(texts, text);
        }
        qCInfo(lcQr) << "PDF:" << document->numPages() << "pages," << texts.size() << "symbols";
        if (!texts.isEmpty())
            return texts;
        if (lastError)
            return std::unexpected(*lastError);
        return std::unexpected(Error(ErrorCode::InvalidData, tr("The PDF has no page that could be read."),
                                     QStringLiteral("bad-pdf")));
    }

    QImageReader reader(&file);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    QImage image;
    if (!reader.canRead() || !reader.read(&image) || image.isNull()) {
        qCInfo(lcQr) << "not an image:" << reader.errorString();
        return std::unexpected(Error(ErrorCode::InvalidData, tr("The file is neither an image nor a PDF."),
                                     QStringLiteral("not-image")));
    }
    return readImage(image);
}

} // namespace kakanai::qr
