#pragma once

#include "PreRegMessage.h"
#include "PreRegistration.h"
#include "QrSymbols.h"

#include <QCoreApplication>
#include <QStringList>

namespace kakanai::prereg {

// A code as read: what it says and whether its signature was checked.
struct DecodedPreRegistration {
    PreRegistration content;
    SignatureCheck signature;
    int symbolCount = 1;
};

// The whole format, both ways: PreRegistration ⇄ the texts of its QR symbols.
// Decoding is all or nothing: any error leaves nothing half read.
class PreRegCodec {
    Q_DECLARE_TR_FUNCTIONS(PreRegCodec)
public:
    PreRegCodec(const forms::FormLibrary &library, const forms::LifeEventNavi &navi, TrustedKeys trusted = {});

    Result<QStringList> make(const PreRegistration &content, const SigningKey *key = nullptr,
                             int bytesPerPart = QrSymbols::kBytesPerPart) const;
    // The texts of every symbol of one code, in any order.
    Result<DecodedPreRegistration> decode(const QStringList &typedSymbols) const;
    // An assembled message (PartCollector::message()).
    Result<DecodedPreRegistration> decodeMessage(const QByteArray &message, int symbolCount = 1) const;

    const TrustedKeys &trustedKeys() const { return m_trusted; }

private:
    const forms::FormLibrary &m_library;
    const forms::LifeEventNavi &m_navi;
    TrustedKeys m_trusted;
};

} // namespace kakanai::prereg
