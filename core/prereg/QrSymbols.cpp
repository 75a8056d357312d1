#include "QrSymbols.h"

#include "Base32.h"

#include <zlib.h>

#include <algorithm>

namespace kakanai::prereg {

namespace {

constexpr QLatin1StringView kMagic{"KKN"};
constexpr int kHeaderBytes = 5;  // part byte + message id
constexpr int kCrcBytes = 4;

quint32 crc32Of(QByteArrayView bytes, quint32 crc = 0)
{
    // zlib's crc32() takes a uInt length; a message is far below 4 GiB.
    return static_cast<quint32>(
        ::crc32(crc, reinterpret_cast<const Bytef *>(bytes.data()), static_cast<uInt>(bytes.size())));
}

QByteArray magicAndVersion()
{
    return QByteArrayLiteral("KKN") + QByteArray::number(QrSymbols::kFormatVersion);
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    out.append(static_cast<char>(value >> 24));
    out.append(static_cast<char>(value >> 16));
    out.append(static_cast<char>(value >> 8));
    out.append(static_cast<char>(value));
}

quint32 readBigEndian(QByteArrayView bytes, qsizetype at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16)
         | (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}

bool isBase32Character(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'2' && u <= u'7');
}

// Base32 characters a symbol of `sliceBytes` message bytes takes, with "KKN1".
qsizetype symbolChars(qsizetype sliceBytes)
{
    return 4 + ((kHeaderBytes + sliceBytes + kCrcBytes) * 8 + 4) / 5;
}

QString partList(const QList<int> &parts)
{
    QStringList numbers;
    for (int p : parts)
        numbers.append(QString::number(p));
    return numbers.join(QStringLiteral(", "));
}

} // namespace

Result<QStringList> QrSymbols::encode(const QByteArray &message, int bytesPerPart)
{
    if (message.isEmpty())
        return fail(ErrorCode::InvalidData, tr("There is nothing to put in a QR code."), QStringLiteral("empty"));
    if (bytesPerPart < 1)
        return fail(ErrorCode::InvalidData, tr("A QR code cannot hold less than one byte."), QStringLiteral("bad-part"));
    if (symbolChars(std::min<qsizetype>(bytesPerPart, message.size())) > kMaxSymbolChars)
        return fail(ErrorCode::InvalidData,
                    tr("The parts of this QR code would be longer than %1 characters.").arg(kMaxSymbolChars),
                    QStringLiteral("too-long"));
    const qsizetype count = (message.size() + bytesPerPart - 1) / bytesPerPart;
    if (count > kMaxParts)
        return fail(ErrorCode::InvalidData,
                    tr("The application needs %1 QR codes; at most %2 are allowed.").arg(count).arg(kMaxParts),
                    QStringLiteral("too-many-parts"));

    const quint32 messageId = crc32Of(message);
    const QByteArray prefix = magicAndVersion();
    QStringList symbols;
    for (qsizetype i = 0; i < count; ++i) {
        QByteArray bytes;
        bytes.append(static_cast<char>((i << 4) | (count - 1)));
        appendBigEndian(bytes, messageId);
        bytes.append(message.mid(i * bytesPerPart, bytesPerPart));
        appendBigEndian(bytes, crc32Of(bytes, crc32Of(prefix)));
        symbols.append(QString::fromLatin1(prefix) + base32::encode(bytes));
    }
    return symbols;
}

QString QrSymbols::normalize(QStringView typed)
{
    QString out;
    out.reserve(typed.size());
    for (QChar c : typed) {
        char16_t u = c.unicode();
        // Full-width digits and letters (an input method in 全角 mode) are their ASCII forms.
        if ((u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A))
            u = static_cast<char16_t>(u - 0xFEE0);
        const QChar folded(u);
        // Spaces, tabs, CR/LF (the scanner's suffix) and U+3000 carry nothing.
        if (folded.isSpace())
            continue;
        // Caps Lock: the format is read case-insensitively.
        if (u >= u'a' && u <= u'z')
            u = static_cast<char16_t>(u - (u'a' - u'A'));
        out.append(QChar(u));
    }
    return out;
}

bool QrSymbols::looksLikeSymbol(QStringView typed)
{
    // Only the start matters: a keyboard scanner's text arrives one key at a time.
    const QString start = normalize(typed.left(64));
    return start.size() >= 4 && start.startsWith(kMagic) && start.at(3).isDigit() && start.at(3).unicode() < 0x80;
}

Result<SymbolPart> QrSymbols::decodeSymbol(QStringView typed)
{
    // A scanner may add whitespace, but never several times the symbol's size.
    if (typed.size() > 4 * kMaxSymbolChars)
        return fail(ErrorCode::InvalidData,
                    tr("The scanned text is longer than a QR code can hold (%1 characters).").arg(kMaxSymbolChars),
                    QStringLiteral("too-long"));
    const QString text = normalize(typed);
    if (text.isEmpty())
        return fail(ErrorCode::InvalidData, tr("The scanned text is empty."), QStringLiteral("empty"));
    const bool digitAfterMagic = text.size() >= 4 && text.at(3).unicode() >= u'0' && text.at(3).unicode() <= u'9';
    if (!text.startsWith(kMagic) || !digitAfterMagic)
        return fail(ErrorCode::InvalidData,
                    tr("This is not a Kakanai pre-registration QR code."), QStringLiteral("not-kakanai"));
    const int version = text.at(3).unicode() - u'0';
    if (version != kFormatVersion)
        return fail(ErrorCode::InvalidData,
                    tr("This QR code is in format version %1; this Kakanai reads version %2. "
                       "Update Kakanai, or ask the citizen for a new code.").arg(version).arg(kFormatVersion),
                    QStringLiteral("newer-version"));
    if (text.size() > kMaxSymbolChars)
        return fail(ErrorCode::InvalidData,
                    tr("The scanned text is longer than a QR code can hold (%1 characters).").arg(kMaxSymbolChars),
                    QStringLiteral("too-long"));
    const QStringView body = QStringView(text).mid(4);
    if (!std::all_of(body.begin(), body.end(), isBase32Character))
        return fail(ErrorCode::InvalidData,
                    tr("The QR code was not read correctly (unexpected characters). Scan it again."),
                    QStringLiteral("bad-alphabet"));
    const std::optional<QByteArray> bytes = base32::decode(body);
    if (!bytes || bytes->size() < kHeaderBytes + 1 + kCrcBytes)
        return fail(ErrorCode::InvalidData,
                    tr("The QR code was not read completely. Scan it again."), QStringLiteral("bad-length"));

    const qsizetype crcAt = bytes->size() - kCrcBytes;
    const quint32 expected = crc32Of(QByteArrayView(*bytes).first(crcAt), crc32Of(magicAndVersion()));
    if (readBigEndian(*bytes, crcAt) != expected)
        return fail(ErrorCode::InvalidData,
                    tr("The QR code was not read correctly (checksum). Scan it again."),
                    QStringLiteral("bad-checksum"));

    SymbolPart part;
    const auto partByte = static_cast<quint8>(bytes->at(0));
    part.index = (partByte >> 4) + 1;
    part.count = (partByte & 0x0f) + 1;
    if (part.index > part.count)
        return fail(ErrorCode::InvalidData,
                    tr("The QR code says it is part %1 of %2.").arg(part.index).arg(part.count),
                    QStringLiteral("bad-part"));
    part.messageId = readBigEndian(*bytes, 1);
    part.slice = bytes->mid(kHeaderBytes, crcAt - kHeaderBytes);
    return part;
}

Result<QByteArray> QrSymbols::assemble(const QStringList &typedSymbols)
{
    if (typedSymbols.isEmpty())
        return fail(ErrorCode::InvalidData, tr("No QR code was scanned."), QStringLiteral("empty"));
    if (typedSymbols.size() > kMaxParts)
        return fail(ErrorCode::InvalidData,
                    tr("%1 QR codes were scanned; one application has at most %2.").arg(typedSymbols.size()).arg(kMaxParts),
                    QStringLiteral("too-many-parts"));
    QList<SymbolPart> parts;
    for (const QString &typed : typedSymbols) {
        Result<SymbolPart> part = decodeSymbol(typed);
        if (!part)
            return std::unexpected(part.error());
        parts.append(std::move(*part));
    }
    for (const SymbolPart &part : parts) {
        if (part.count != parts.first().count || part.messageId != parts.first().messageId)
            return fail(ErrorCode::InvalidData,
                        tr("The QR codes scanned belong to different applications."), QStringLiteral("part-mismatch"));
    }
    std::map<int, QByteArray> slices;
    for (const SymbolPart &part : parts) {
        if (!slices.emplace(part.index, part.slice).second)
            return fail(ErrorCode::InvalidData,
                        tr("Part %1 of the QR code was scanned twice.").arg(part.index), QStringLiteral("duplicate-part"));
    }
    QList<int> missing;
    for (int i = 1; i <= parts.first().count; ++i) {
        if (!slices.contains(i))
            missing.append(i);
    }
    if (!missing.isEmpty())
        return fail(ErrorCode::InvalidData,
                    tr("Parts %1 of %2 of the QR code are missing.").arg(partList(missing)).arg(parts.first().count),
                    QStringLiteral("missing-part"));
    QByteArray message;
    for (const auto &[index, slice] : slices)
        message.append(slice);
    if (crc32Of(message) != parts.first().messageId)
        return fail(ErrorCode::InvalidData,
                    tr("The parts of the QR code do not fit together. Scan them again."),
                    QStringLiteral("bad-message-id"));
    return message;
}

// ---- PartCollector ----------------------------------------------------------------

Result<PartCollector::Progress> PartCollector::add(QStringView typed, bool restartOnOtherMessage)
{
    Result<SymbolPart> part = QrSymbols::decodeSymbol(typed);
    if (!part)
        return std::unexpected(part.error());
    const bool otherMessage = m_count > 0 && (part->count != m_count || part->messageId != m_messageId);
    if (otherMessage) {
        if (!restartOnOtherMessage)
            return fail(ErrorCode::InvalidData,
                        tr("This QR code belongs to another application than the parts scanned so far."),
                        QStringLiteral("part-mismatch"));
        clear();
    }
    if (m_slices.contains(part->index))
        return fail(ErrorCode::InvalidData,
                    tr("Part %1 of the QR code was scanned already.").arg(part->index), QStringLiteral("duplicate-part"));
    m_count = part->count;
    m_messageId = part->messageId;
    m_slices.emplace(part->index, std::move(part->slice));
    return progress();
}

PartCollector::Progress PartCollector::progress() const
{
    return Progress{static_cast<int>(m_slices.size()), m_count};
}

QList<int> PartCollector::missing() const
{
    QList<int> result;
    for (int i = 1; i <= m_count; ++i) {
        if (!m_slices.contains(i))
            result.append(i);
    }
    return result;
}

Result<QByteArray> PartCollector::message() const
{
    if (m_count == 0)
        return fail(ErrorCode::InvalidData, tr("No QR code was scanned."), QStringLiteral("empty"));
    const QList<int> absent = missing();
    if (!absent.isEmpty())
        return fail(ErrorCode::InvalidData,
                    tr("Parts %1 of %2 of the QR code are missing.").arg(partList(absent)).arg(m_count),
                    QStringLiteral("missing-part"));
    QByteArray joined;
    for (const auto &[index, slice] : m_slices)
        joined.append(slice);
    if (crc32Of(joined) != m_messageId)
        return fail(ErrorCode::InvalidData,
                    tr("The parts of the QR code do not fit together. Scan them again."),
                    QStringLiteral("bad-message-id"));
    return joined;
}

void PartCollector::clear()
{
    m_messageId = 0;
    m_count = 0;
    m_slices.clear();
}

} // namespace kakanai::prereg
