#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace kakanai {

// What may be logged about an APDU: the command header and the sizes, the
// status word of a response. Never the data (it carries PINs and personal data).
class ApduLog {
public:
    // "00 A4 04 0C Lc=10" / "00 B0 00 00 Le=8"
    static QString command(QByteArrayView apdu);
    // "90 00 (8 bytes)"
    static QString response(const QByteArray &response);
};

} // namespace kakanai
