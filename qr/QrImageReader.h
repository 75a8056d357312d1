#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

namespace kakanai::qr {

// Finds the QR symbols in an image, a photo or a PDF and returns their texts.
// It does not look at what the texts say (the pre-registration format is
// core/prereg's business). Errors never quote a decoded text; the technical
// detail is one of "empty-image", "not-found", "unreadable", "not-image",
// "bad-pdf", "pdf-locked", "no-qr", "not-text", "decoder-exception".
class QrImageReader {
    Q_DECLARE_TR_FUNCTIONS(QrImageReader)
public:
    struct Options {
        // zxing: more finder-pattern candidates and a second pass at full resolution.
        bool tryHarder = true;
        // zxing: also the image turned by 90, 180, 270 degrees.
        bool tryRotate = true;
        // zxing: also a downscaled copy of a large image (a photo, a 200 dpi page).
        bool tryDownscale = true;
        // zxing 1.4 has no inverted pass: when nothing is found we read the
        // negative once more (light modules on a dark background, a phone's dark mode).
        bool tryInverted = true;
        // zxing: the downscaled copies are 1/factor, 1/factor², … of the image
        // (2–4; zxing's own default is 3).
        int downscaleFactor = 3;
        // zxing: local thresholds (LocalAverage) or one per image (GlobalHistogram).
        bool globalHistogram = false;
        // When nothing was found: once more on a copy at half the size, each
        // pixel the mean of four (zxing's own downscaling skips pixels). It
        // smooths aliasing and noise on codes drawn with 3–5 pixels a module.
        bool tryHalfSize = true;
        // When nothing was found: once more with the grey levels stretched
        // to the full range (1st to 99th percentile → 0–255). zxing's local
        // binarizer takes a block whose levels differ by less than 24 as
        // one colour, so a washed-out or dim code is otherwise not seen.
        bool tryStretched = true;
    };

    // Resolution at which PDF pages are rendered.
    static constexpr double kPdfDpi = 200.0;

    QrImageReader() = default;
    explicit QrImageReader(Options options) : m_options(options) {}

    const Options &options() const { return m_options; }

    // The texts of every QR symbol in the image, each text once, in the order
    // zxing found them. Error "no-qr" (NotFound) when there is none, "not-text"
    // (InvalidData) when every symbol found holds binary data.
    Result<QStringList> readImage(const QImage &image) const;

    // An image file (whatever QImageReader reads: PNG, JPEG, BMP, …) or a PDF
    // (every page, kPdfDpi); the symbols of all pages, each text once.
    Result<QStringList> readFile(const QString &path) const;

private:
    Options m_options;
};

} // namespace kakanai::qr
