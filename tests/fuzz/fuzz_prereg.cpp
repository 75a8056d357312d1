// libFuzzer target for the pre-registration QR reader (core/prereg).
// Whatever a scanner types, the reader must answer with a value or an error,
// within bounded memory, and never read outside a buffer (ASan/UBSan watch).
//
// The first byte chooses the layer, so that the fuzzer also reaches the
// layers a CRC-32 would otherwise keep it from:
//   0     the rest is an assembled message (PreRegCodec::decodeMessage)
//   1     the rest is the JSON document (PreRegistration::fromJson)
//   other the whole input is scanned text, one symbol a line: decodeSymbol,
//         PartCollector and PreRegCodec::decode
#include "forms/FormLibrary.h"
#include "forms/LifeEventNavi.h"
#include "prereg/PreRegCodec.h"

#include <QFile>

#include <sodium.h>

#include <algorithm>

#include <cstddef>
#include <cstdint>

using namespace kakanai;
using namespace kakanai::prereg;

namespace {

struct Office {
    forms::FormLibrary library;
    std::optional<forms::LifeEventNavi> navi;
    TrustedKeys trusted;
};

const Office &office()
{
    static const Office loaded = [] {
        Office o;
        const QString root = QStringLiteral(KAKANAI_FUZZ_SOURCE_DIR);
        o.library = forms::FormLibrary::loadFolders({root + QStringLiteral("/resources/forms")});
        QFile navi(root + QStringLiteral("/resources/navi/life-events.json"));
        if (!navi.open(QIODevice::ReadOnly))
            __builtin_trap();
        auto parsed = forms::LifeEventNavi::parse(navi.readAll(), navi.fileName(), o.library);
        if (!parsed || o.library.size() == 0)
            __builtin_trap();
        o.navi = *parsed;
        // The seed corpus' signed codes use this fixed test key (seed = 32 × 0x4b),
        // so that the signature check is reached too.
        if (sodium_init() < 0)
            __builtin_trap();
        unsigned char seed[crypto_sign_SEEDBYTES];
        std::fill(std::begin(seed), std::end(seed), 0x4b);
        unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
        unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
        crypto_sign_seed_keypair(publicKey, secretKey, seed);
        if (!o.trusted.add(QStringLiteral("fuzz"), QByteArray(reinterpret_cast<const char *>(publicKey), sizeof publicKey)))
            __builtin_trap();
        return o;
    }();
    return loaded;
}

void checkDecoded(const Result<DecodedPreRegistration> &decoded)
{
    if (!decoded) {
        if (decoded.error().code() != ErrorCode::InvalidData || decoded.error().message().isEmpty())
            __builtin_trap();
        return;
    }
    // What was read survives writing and reading again.
    const PreRegistration &content = decoded->content;
    auto again = PreRegistration::fromJson(content.toJson(), office().library, *office().navi);
    if (!again || !(*again == content))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Office &o = office();
    const PreRegCodec codec(o.library, *o.navi, o.trusted);
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (size == 0)
        return 0;
    if (bytes.at(0) == 0) {
        checkDecoded(codec.decodeMessage(bytes.mid(1)));
        return 0;
    }
    if (bytes.at(0) == 1) {
        auto content = PreRegistration::fromJson(bytes.mid(1), o.library, *o.navi);
        if (content) {
            auto again = PreRegistration::fromJson(content->toJson(), o.library, *o.navi);
            if (!again || !(*again == *content))
                __builtin_trap();
        }
        return 0;
    }
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    PartCollector collector;
    for (const QString &line : lines) {
        if (auto part = QrSymbols::decodeSymbol(line); part) {
            if (part->index < 1 || part->index > part->count || part->count > QrSymbols::kMaxParts || part->slice.isEmpty())
                __builtin_trap();
        }
        if (auto progress = collector.add(line); progress) {
            if (progress->received > progress->count || progress->count > QrSymbols::kMaxParts)
                __builtin_trap();
        }
    }
    if (collector.progress().complete()) {
        if (auto message = collector.message(); message)
            checkDecoded(codec.decodeMessage(*message, collector.progress().count));
    }
    checkDecoded(codec.decode(lines));
    return 0;
}
