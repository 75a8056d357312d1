#include "QrInput.h"

#include "QrImageReader.h"
#include "common/Settings.h"

#include <QRegularExpression>

namespace kakanai {

Result<prereg::DecodedPreRegistration> decodeCode(const Settings &settings, const forms::FormLibrary &library,
                                                  const forms::LifeEventNavi &navi, const QStringList &symbols)
{
    auto trusted = prereg::TrustedKeys::parseSetting(settings.string(SettingKey::PreRegTrustedKeys));
    if (!trusted)
        return std::unexpected(trusted.error());
    return prereg::PreRegCodec(library, navi, std::move(*trusted)).decode(symbols);
}

QStringList symbolsFromText(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

Result<QStringList> symbolsFromImage(const QString &path)
{
    return qr::QrImageReader().readFile(path);
}

} // namespace kakanai
