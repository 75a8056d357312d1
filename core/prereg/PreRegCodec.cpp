#include "PreRegCodec.h"

namespace kakanai::prereg {

PreRegCodec::PreRegCodec(const forms::FormLibrary &library, const forms::LifeEventNavi &navi, TrustedKeys trusted)
    : m_library(library), m_navi(navi), m_trusted(std::move(trusted))
{
}

Result<QStringList> PreRegCodec::make(const PreRegistration &content, const SigningKey *key, int bytesPerPart) const
{
    const QByteArray json = content.toJson();
    // A maker never issues a code its own reader would refuse.
    if (json.size() > PreRegMessage::kMaxJsonBytes)
        return fail(ErrorCode::InvalidData,
                    tr("The application is larger than %1 bytes.").arg(PreRegMessage::kMaxJsonBytes),
                    QStringLiteral("too-large"));
    if (Result<PreRegistration> checked = PreRegistration::fromJson(json, m_library, m_navi); !checked)
        return std::unexpected(checked.error());
    return QrSymbols::encode(PreRegMessage::seal(json, key), bytesPerPart);
}

Result<DecodedPreRegistration> PreRegCodec::decode(const QStringList &typedSymbols) const
{
    Result<QByteArray> message = QrSymbols::assemble(typedSymbols);
    if (!message)
        return std::unexpected(message.error());
    return decodeMessage(*message, static_cast<int>(typedSymbols.size()));
}

Result<DecodedPreRegistration> PreRegCodec::decodeMessage(const QByteArray &message, int symbolCount) const
{
    Result<PreRegMessage::Opened> opened = PreRegMessage::open(message, m_trusted);
    if (!opened)
        return std::unexpected(opened.error());
    Result<PreRegistration> content = PreRegistration::fromJson(opened->json, m_library, m_navi);
    if (!content)
        return std::unexpected(content.error());
    return DecodedPreRegistration{std::move(*content), opened->signature, symbolCount};
}

} // namespace kakanai::prereg
