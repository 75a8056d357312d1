#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace kakanai::prereg::base32 {

// RFC 4648 Base32 (A–Z, 2–7) without padding: the alphabet of QR
// alphanumeric mode that a keyboard scanner types the same on JIS and US
// layouts (docs/qr-format.md).
QString encode(QByteArrayView bytes);

// Case-insensitive. nullopt for a character outside the alphabet, a length
// that no byte count gives (1, 3 or 6 characters over), or non-zero unused
// trailing bits. The caller strips whitespace and folds full width first.
std::optional<QByteArray> decode(QStringView text);

} // namespace kakanai::prereg::base32
