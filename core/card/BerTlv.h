#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace kakanai {

// One BER-TLV element found in a buffer. Offsets are relative to the buffer
// that was parsed, so a caller can hash or slice the exact bytes.
struct TlvElement {
    quint32 tag = 0;            // the tag bytes big-endian: 0x84, 0xDF22, 0xFF20, 0x7F21 …
    int tagSize = 0;            // 1..3
    bool constructed = false;   // bit 6 of the first tag byte
    qsizetype offset = 0;       // where the tag starts
    qsizetype headerSize = 0;   // tag + length octets
    qsizetype length = 0;       // value length
    QByteArray value;

    qsizetype valueOffset() const { return offset + headerSize; }
    qsizetype end() const { return offset + headerSize + length; }
};

// A tolerant parser for the BER-TLV the My Number card uses:
//  - tags of 1 byte, or high-tag-number form (first byte xxx11111) of 2–3
//    bytes, including non-minimal forms such as FF 10 that DER rejects;
//  - lengths in short form, 81 xx or 82 xx xx (indefinite 80 and longer forms
//    are refused);
//  - a sequence ends at the end of the buffer or at filler: a 00 byte, or an
//    FF byte that is followed by FF or by nothing.
// Every length is checked against the buffer: nothing is ever read past its
// end, and a length that overruns is an error (CardUnexpectedAnswer), not a
// truncated value.
class BerTlv {
    Q_DECLARE_TR_FUNCTIONS(BerTlv)
public:
    // Largest header this parser accepts: 3 tag bytes + 82 xx xx.
    static constexpr int kMaxHeaderSize = 6;

    struct Header {
        quint32 tag = 0;
        int tagSize = 0;
        bool constructed = false;
        qsizetype headerSize = 0;
        qsizetype length = 0;
        qsizetype totalSize() const { return headerSize + length; }
    };

    // The header of the element that starts at `offset`, without needing the
    // value to be present (for "read the first bytes, then the rest").
    static Result<Header> parseHeader(const QByteArray &data, qsizetype offset = 0);

    // One element starting at `offset`; its value must lie inside `data`.
    static Result<TlvElement> parseElement(const QByteArray &data, qsizetype offset = 0);

    // All elements from `offset` up to the end of `data` or the first filler.
    static Result<QList<TlvElement>> parseSequence(const QByteArray &data, qsizetype offset = 0);

    // The children of a constructed element (its value parsed as a sequence;
    // offsets are relative to the element's value).
    static Result<QList<TlvElement>> children(const TlvElement &element);

    // True if the byte at `offset` starts filler rather than a tag.
    static bool isFillerAt(const QByteArray &data, qsizetype offset);

    static std::optional<TlvElement> find(const QList<TlvElement> &elements, quint32 tag);

private:
    static std::unexpected<Error> malformed(const QString &detail);
};

} // namespace kakanai
