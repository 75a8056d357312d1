#pragma once
// Builders for the files of a My Number card's text input AP, for unit tests.
// Written from the format in docs/card.md (not shared with the emulator, so
// the two check each other).

#include <QByteArray>
#include <QCryptographicHash>
#include <QDate>
#include <QString>

namespace kakanai::test {

inline QByteArray berLength(qsizetype n)
{
    QByteArray out;
    if (n < 0x80) {
        out.append(static_cast<char>(n));
    } else if (n < 0x100) {
        out.append('\x81');
        out.append(static_cast<char>(n));
    } else {
        out.append('\x82');
        out.append(static_cast<char>(n >> 8));
        out.append(static_cast<char>(n & 0xFF));
    }
    return out;
}

inline QByteArray tlv(quint16 tag, const QByteArray &value)
{
    QByteArray out;
    out.append(static_cast<char>(tag >> 8));
    out.append(static_cast<char>(tag & 0xFF));
    return out + berLength(value.size()) + value;
}

struct BasicInfo {
    QString name = QStringLiteral("山田\u3000太郎");
    QString address = QStringLiteral("東京都千代田区霞が関２－１－２");
    QDate birthDate = QDate(1980, 2, 17);
    char sex = '1';
};

// EF 0002: FF 20 { DF 21 offsets, DF 22 name, DF 23 address, DF 24 birth date, DF 25 sex }
// padded with FF to `physicalSize` (0: no padding).
inline QByteArray ef0002(const BasicInfo &info, int physicalSize = 0)
{
    const QByteArray name = tlv(0xDF22, info.name.toUtf8());
    const QByteArray address = tlv(0xDF23, info.address.toUtf8());
    const QByteArray birth = tlv(0xDF24, info.birthDate.toString(QStringLiteral("yyyyMMdd")).toLatin1());
    const QByteArray sex = tlv(0xDF25, QByteArray(1, info.sex));
    const qsizetype valueLength = 11 + name.size() + address.size() + birth.size() + sex.size();
    const qsizetype headerSize = 2 + berLength(valueLength).size();
    QByteArray offsets;
    qsizetype at = headerSize + 11;
    for (const QByteArray *f : {&name, &address, &birth, &sex}) {
        offsets.append(static_cast<char>(at >> 8));
        offsets.append(static_cast<char>(at & 0xFF));
        at += f->size();
    }
    QByteArray file = tlv(0xFF20, tlv(0xDF21, offsets) + name + address + birth + sex);
    if (physicalSize > file.size())
        file.append(QByteArray(physicalSize - file.size(), '\xFF'));
    return file;
}

// EF 0001: FF 10 0C + 12 digits, padded to 17 bytes.
inline QByteArray ef0001(const QByteArray &number)
{
    QByteArray file = QByteArray::fromHex("FF100C") + number;
    file.append(QByteArray(17 - file.size(), '\xFF'));
    return file;
}

inline QByteArray sha256(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}

// What DF 32 covers: EF 0002's outer value from DF 22 to its end.
inline QByteArray df32Source(const QByteArray &ef0002File)
{
    qsizetype pos = 2;
    qsizetype length = static_cast<quint8>(ef0002File.at(pos++));
    if (length == 0x81) {
        length = static_cast<quint8>(ef0002File.at(pos++));
    } else if (length == 0x82) {
        length = (static_cast<quint8>(ef0002File.at(pos)) << 8) | static_cast<quint8>(ef0002File.at(pos + 1));
        pos += 2;
    }
    return ef0002File.mid(pos + 11, length - 11);
}

// EF 0003: FF 30 { DF 31 sha256(EF 0001), DF 32 sha256(EF 0002 from DF 22), DF 33 signature placeholder }
inline QByteArray ef0003(const QByteArray &ef0001File, const QByteArray &ef0002File)
{
    const QByteArray value = tlv(0xDF31, sha256(ef0001File)) + tlv(0xDF32, sha256(df32Source(ef0002File)))
        + tlv(0xDF33, QByteArray(256, '\x5A'));
    return tlv(0xFF30, value);
}

inline QByteArray hex(const char *spaced)
{
    return QByteArray::fromHex(QByteArray(spaced).replace(' ', QByteArray()));
}

} // namespace kakanai::test
