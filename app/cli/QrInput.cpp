#include "QrInput.h"

#include "QrImageReader.h"
#include "common/Settings.h"

#include <QRegularExpression>

namespace kakanai {

Result<prereg::TrustedKeys> trustedKeysFrom(const Settings &settings)
{
    const QString entries = settings.string(SettingKey::PreRegTrustedKeys);
    return prereg::TrustedKeys::parse(entries.split(QLatin1Char(';'), Qt::SkipEmptyParts));
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
