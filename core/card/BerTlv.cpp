#include "BerTlv.h"

namespace kakanai {

namespace {

quint8 byteAt(const QByteArray &data, qsizetype i)
{
    return static_cast<quint8>(data.at(i));
}

} // namespace

std::unexpected<Error> BerTlv::malformed(const QString &detail)
{
    return fail(ErrorCode::CardUnexpectedAnswer, tr("The card sent data in an unexpected format."), detail);
}

bool BerTlv::isFillerAt(const QByteArray &data, qsizetype offset)
{
    if (offset < 0 || offset >= data.size())
        return false;
    const quint8 b = byteAt(data, offset);
    if (b == 0x00)
        return true;
    if (b == 0xFF)
        return offset + 1 >= data.size() || byteAt(data, offset + 1) == 0xFF;
    return false;
}

Result<BerTlv::Header> BerTlv::parseHeader(const QByteArray &data, qsizetype offset)
{
    if (offset < 0 || offset >= data.size())
        return malformed(QStringLiteral("tlv: no tag at offset %1 of %2").arg(offset).arg(data.size()));

    Header h;
    qsizetype pos = offset;
    const quint8 first = byteAt(data, pos++);
    h.tag = first;
    h.tagSize = 1;
    h.constructed = (first & 0x20) != 0;
    if ((first & 0x1F) == 0x1F) {
        // High tag number: subsequent bytes while bit 8 is set.
        for (;;) {
            if (pos >= data.size())
                return malformed(QStringLiteral("tlv: tag truncated at offset %1").arg(offset));
            if (h.tagSize == 3)
                return malformed(QStringLiteral("tlv: tag longer than 3 bytes at offset %1").arg(offset));
            const quint8 b = byteAt(data, pos++);
            h.tag = (h.tag << 8) | b;
            ++h.tagSize;
            if ((b & 0x80) == 0)
                break;
        }
    }

    if (pos >= data.size())
        return malformed(QStringLiteral("tlv: length missing at offset %1").arg(pos));
    const quint8 l = byteAt(data, pos++);
    if (l < 0x80) {
        h.length = l;
    } else if (l == 0x81 || l == 0x82) {
        const int n = l & 0x7F;
        if (pos + n > data.size())
            return malformed(QStringLiteral("tlv: length octets truncated at offset %1").arg(pos));
        qsizetype length = 0;
        for (int i = 0; i < n; ++i)
            length = (length << 8) | byteAt(data, pos++);
        h.length = length;
    } else {
        return malformed(QStringLiteral("tlv: unsupported length form 0x%1 at offset %2")
                             .arg(l, 2, 16, QLatin1Char('0'))
                             .arg(pos - 1));
    }
    h.headerSize = pos - offset;
    return h;
}

Result<TlvElement> BerTlv::parseElement(const QByteArray &data, qsizetype offset)
{
    auto h = parseHeader(data, offset);
    if (!h)
        return std::unexpected(h.error());
    // Compare without overflow: the remaining bytes after the header.
    const qsizetype remaining = data.size() - offset - h->headerSize;
    if (h->length > remaining)
        return malformed(QStringLiteral("tlv: tag 0x%1 at offset %2 claims %3 bytes, %4 present")
                             .arg(h->tag, 0, 16)
                             .arg(offset)
                             .arg(h->length)
                             .arg(remaining));
    TlvElement e;
    e.tag = h->tag;
    e.tagSize = h->tagSize;
    e.constructed = h->constructed;
    e.offset = offset;
    e.headerSize = h->headerSize;
    e.length = h->length;
    e.value = data.mid(offset + h->headerSize, h->length);
    return e;
}

Result<QList<TlvElement>> BerTlv::parseSequence(const QByteArray &data, qsizetype offset)
{
    QList<TlvElement> out;
    qsizetype pos = offset;
    while (pos < data.size() && !isFillerAt(data, pos)) {
        auto e = parseElement(data, pos);
        if (!e)
            return std::unexpected(e.error());
        pos = e->end();
        out.append(*std::move(e));
    }
    return out;
}

Result<QList<TlvElement>> BerTlv::children(const TlvElement &element)
{
    if (!element.constructed)
        return malformed(QStringLiteral("tlv: tag 0x%1 is not constructed").arg(element.tag, 0, 16));
    return parseSequence(element.value);
}

std::optional<TlvElement> BerTlv::find(const QList<TlvElement> &elements, quint32 tag)
{
    for (const TlvElement &e : elements) {
        if (e.tag == tag)
            return e;
    }
    return std::nullopt;
}

} // namespace kakanai
