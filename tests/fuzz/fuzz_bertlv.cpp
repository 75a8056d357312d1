// libFuzzer target for the card's BER-TLV parser (core/card/BerTlv).
// Whatever the bytes, the parser must return a value or an error and never
// read outside its buffer (ASan/UBSan watch that). Also runs the header path
// MyNumberCard uses before it knows a file's length.
#include "card/BerTlv.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy of exactly `size` bytes, so a read past the end is a heap overflow ASan sees.
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    if (auto header = kakanai::BerTlv::parseHeader(bytes); header) {
        if (header->headerSize > kakanai::BerTlv::kMaxHeaderSize || header->headerSize > bytes.size())
            __builtin_trap();
    }
    auto sequence = kakanai::BerTlv::parseSequence(bytes);
    if (!sequence)
        return 0;
    for (const kakanai::TlvElement &e : *sequence) {
        if (e.end() > bytes.size() || e.value.size() != e.length)
            __builtin_trap();
        if (!e.constructed)
            continue;
        // One level down, like EF 0002 / EF 0003, and one more.
        if (auto kids = kakanai::BerTlv::children(e); kids) {
            for (const kakanai::TlvElement &k : *kids) {
                if (k.end() > e.value.size())
                    __builtin_trap();
                if (k.constructed)
                    (void)kakanai::BerTlv::children(k);
            }
        }
    }
    return 0;
}
