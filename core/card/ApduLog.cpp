#include "ApduLog.h"

namespace kakanai {

namespace {

QString hexByte(char b)
{
    return QStringLiteral("%1").arg(static_cast<quint8>(b), 2, 16, QLatin1Char('0')).toUpper();
}

} // namespace

QString ApduLog::command(QByteArrayView apdu)
{
    if (apdu.size() < 4)
        return QStringLiteral("(short APDU, %1 bytes)").arg(apdu.size());
    QString s = QStringLiteral("%1 %2 %3 %4").arg(hexByte(apdu[0]), hexByte(apdu[1]), hexByte(apdu[2]), hexByte(apdu[3]));
    const qsizetype body = apdu.size() - 4;
    if (body == 1) {
        s += QStringLiteral(" Le=%1").arg(static_cast<quint8>(apdu[4]));
    } else if (body > 1) {
        const int lc = static_cast<quint8>(apdu[4]);
        s += QStringLiteral(" Lc=%1").arg(lc);
        if (body == 2 + lc)
            s += QStringLiteral(" Le=%1").arg(static_cast<quint8>(apdu[apdu.size() - 1]));
    }
    return s;
}

QString ApduLog::response(const QByteArray &response)
{
    if (response.size() < 2)
        return QStringLiteral("(no status word, %1 bytes)").arg(response.size());
    return QStringLiteral("%1 %2 (%3 bytes)")
        .arg(hexByte(response.at(response.size() - 2)), hexByte(response.at(response.size() - 1)))
        .arg(response.size() - 2);
}

} // namespace kakanai
