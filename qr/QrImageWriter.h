#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

namespace kakanai::qr {

// Draws QR symbols: error correction level M, a quiet zone of 4 modules. A
// text of upper-case letters, digits and " $%*+-./:" is stored in QR
// alphanumeric mode (zxing chooses the mode from the text), anything else
// in byte mode (UTF-8 with its ECI when not ASCII). Errors: "empty",
// "bad-module-size", "too-long", "cannot-encode".
class QrImageWriter {
    Q_DECLARE_TR_FUNCTIONS(QrImageWriter)
public:
    static constexpr int kQuietZoneModules = 4;
    static constexpr int kMaxModuleSize = 64;

    // One symbol, `moduleSize` pixels per module, black on white (Grayscale8).
    static Result<QImage> makeImage(const QString &text, int moduleSize = 4);

    // Several symbols on one white image, in a grid of up to 4 columns, each
    // with "i/n" under it: a multi-part code printed or saved as one picture.
    // Needs a QGuiApplication (the captions are drawn with a font).
    static Result<QImage> makeSheet(const QStringList &texts, int moduleSize = 4);
};

} // namespace kakanai::qr
