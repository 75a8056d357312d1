#include "Settings.h"

#include "LogCategories.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace kakanai {

namespace {

struct SettingSpec {
    SettingKey key;
    const char *name;
    QMetaType::Type type;
    QVariant defaultValue;
    int min = 0; // for ints
    int max = 0;
};

const std::vector<SettingSpec> &specs()
{
    static const std::vector<SettingSpec> table = {
        {SettingKey::Language, "ui/language", QMetaType::QString, QStringLiteral("ja")},
        {SettingKey::OfficeTimeZone, "office/timeZone", QMetaType::QString, QStringLiteral("Asia/Tokyo")},
        {SettingKey::OfficeName, "office/name", QMetaType::QString, QString()},
        {SettingKey::TerminalId, "office/terminalId", QMetaType::QString, QStringLiteral("counter-01")},
        {SettingKey::DatabasePath, "store/databasePath", QMetaType::QString, QString()},
        {SettingKey::DatabaseBusyTimeoutMs, "store/busyTimeoutMs", QMetaType::Int, 5000, 0, 600000},
        {SettingKey::CardReaderName, "card/readerName", QMetaType::QString, QString()},
        {SettingKey::CardApduTimeoutMs, "card/apduTimeoutMs", QMetaType::Int, 10000, 0, 600000},
        {SettingKey::BackOfficeUrl, "backoffice/url", QMetaType::QString, QStringLiteral("http://127.0.0.1:8780")},
        {SettingKey::BackOfficeCaBundle, "backoffice/caBundle", QMetaType::QString, QString()},
        {SettingKey::BackOfficePublicKeyPin, "backoffice/publicKeyPin", QMetaType::QString, QString()},
        {SettingKey::BackOfficeToken, "backoffice/token", QMetaType::QString, QString()},
        {SettingKey::BackOfficeTimeoutMs, "backoffice/timeoutMs", QMetaType::Int, 30000, 100, 600000},
        {SettingKey::OutboxBackoffFloorMs, "outbox/backoffFloorMs", QMetaType::Int, 2000, 10, 3600000},
        {SettingKey::OutboxBackoffCapMs, "outbox/backoffCapMs", QMetaType::Int, 600000, 10, 86400000},
        {SettingKey::OutboxBatchSize, "outbox/batchSize", QMetaType::Int, 20, 1, 500},
        {SettingKey::OutboxPurgeAfterDays, "outbox/purgeAfterDays", QMetaType::Int, 30, 1, 3650},
        {SettingKey::RecordKeyFile, "security/recordKeyFile", QMetaType::QString, QString()},
        {SettingKey::IdleLockMinutes, "security/idleLockMinutes", QMetaType::Int, 10, 1, 240},
        {SettingKey::KioskMode, "ui/kioskMode", QMetaType::Bool, false},
        {SettingKey::FormsOverrideDir, "forms/overrideDir", QMetaType::QString, QString()},
        {SettingKey::CsvMappingFile, "outbox/csvMappingFile", QMetaType::QString, QString()},
        {SettingKey::RecordKeyStore, "security/recordKeyStore", QMetaType::QString, QStringLiteral("file")},
        {SettingKey::AuditAnchorDir, "security/auditAnchorDir", QMetaType::QString, QString()},
        {SettingKey::PreRegTrustedKeys, "prereg/trustedKeys", QMetaType::QString, QString()},
        {SettingKey::ScannerKeyboardWedge, "scanner/keyboardWedge", QMetaType::Bool, true},
        {SettingKey::ScannerSerialPort, "scanner/serialPort", QMetaType::QString, QString()},
        {SettingKey::ScannerSerialBaud, "scanner/serialBaud", QMetaType::Int, 9600, 1200, 921600},
        {SettingKey::OfficeUrl, "office/url", QMetaType::QString, QString()},
        {SettingKey::OfficePasswordFile, "office/passwordFile", QMetaType::QString, QString()},
        {SettingKey::OfficePasswordStore, "office/passwordStore", QMetaType::QString, QStringLiteral("file")},
        {SettingKey::OfficeTimeoutMs, "office/timeoutMs", QMetaType::Int, 5000, 500, 120000},
        {SettingKey::QueueCounterId, "queue/counter", QMetaType::QString, QString()},
        {SettingKey::QueueMaxCalls, "queue/maxCalls", QMetaType::Int, 3, 1, 10},
        {SettingKey::QueueServiceLevels, "queue/serviceLevels", QMetaType::QString, QStringLiteral("15 30")},
        {SettingKey::QueueDefaultServiceMinutes, "queue/defaultServiceMinutes", QMetaType::Int, 8, 1, 120},
        {SettingKey::TicketPrinter, "ticket/printer", QMetaType::QString, QStringLiteral("none")},
        {SettingKey::TicketPaperWidthDots, "ticket/paperWidthDots", QMetaType::Int, 576, 384, 576},
        {SettingKey::BoardWebAddress, "board/webAddress", QMetaType::QString, QStringLiteral("127.0.0.1")},
        {SettingKey::BoardWebPort, "board/webPort", QMetaType::Int, 8470, 0, 65535},
        {SettingKey::BoardPublicUrl, "board/publicUrl", QMetaType::QString, QString()},
        {SettingKey::BoardRecentCount, "board/recentCount", QMetaType::Int, 6, 0, 20},
    };
    return table;
}

const SettingSpec &spec(SettingKey key)
{
    for (const auto &s : specs())
        if (s.key == key)
            return s;
    Q_UNREACHABLE();
}

bool isValid(SettingKey key, const QVariant &v)
{
    const SettingSpec &s = spec(key);
    switch (s.type) {
    case QMetaType::Int: {
        bool ok = false;
        const int n = v.toInt(&ok);
        return ok && n >= s.min && n <= s.max;
    }
    case QMetaType::Bool:
        return v.canConvert<bool>();
    default:
        break;
    }
    const QString text = v.toString();
    switch (key) {
    case SettingKey::Language:
        return text == QLatin1String("ja") || text == QLatin1String("en");
    case SettingKey::OfficeTimeZone:
        return QTimeZone(text.toUtf8()).isValid();
    case SettingKey::TerminalId:
        return !text.trimmed().isEmpty() && text.size() <= 64;
    case SettingKey::BackOfficeUrl: {
        const QUrl url(text, QUrl::StrictMode);
        return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    }
    case SettingKey::BackOfficePublicKeyPin: {
        // Empty, or the base64 of a 32-byte SHA-256 digest ("sha256/" prefix allowed).
        if (text.isEmpty())
            return true;
        const QString b64 = text.startsWith(QLatin1String("sha256/")) ? text.mid(7) : text;
        const auto decoded = QByteArray::fromBase64Encoding(b64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        return decoded && decoded.decoded.size() == 32;
    }
    case SettingKey::RecordKeyStore:
    case SettingKey::OfficePasswordStore:
        return text == QLatin1String("file") || text == QLatin1String("keychain");
    case SettingKey::QueueCounterId:
        return text.size() <= 16;
    case SettingKey::QueueServiceLevels: {
        // 1 to 4 whole minutes, rising: "15 30".
        const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        int previous = 0;
        for (const QString &part : parts) {
            bool ok = false;
            const int minutes = part.toInt(&ok);
            if (!ok || minutes <= previous || minutes > 480)
                return false;
            previous = minutes;
        }
        return !parts.isEmpty() && parts.size() <= 4;
    }
    case SettingKey::BoardWebAddress: {
        // An address to listen on (not a host name): IPv4 dotted, or IPv6.
        if (text.contains(QLatin1Char(':')))
            return QUrl(QStringLiteral("http://[%1]/").arg(text), QUrl::StrictMode).isValid();
        const QStringList parts = text.split(QLatin1Char('.'));
        return parts.size() == 4 && std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) {
                   bool ok = false;
                   const int n = part.toInt(&ok);
                   return ok && n >= 0 && n <= 255 && !part.isEmpty() && part.size() <= 3;
               });
    }
    case SettingKey::BoardPublicUrl: {
        if (text.isEmpty())
            return true;
        const QUrl url(text, QUrl::StrictMode);
        return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    }
    case SettingKey::BackOfficeToken:
        // Goes into an HTTP header as it is: printable ASCII only, no spaces.
        return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
    default:
        return true;
    }
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("Kakanai"), QStringLiteral("kakanai")))
{
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

std::unique_ptr<Settings> Settings::temporary()
{
    auto dir = std::make_unique<QTemporaryDir>();
    auto settings = std::make_unique<Settings>(dir->filePath(QStringLiteral("kakanai.ini")));
    settings->m_tempDir = std::move(dir);
    return settings;
}

QVariant Settings::value(SettingKey key) const
{
    const SettingSpec &s = spec(key);
    const QVariant stored = m_settings->value(QLatin1String(s.name));
    if (!stored.isValid())
        return s.defaultValue;
    if (!isValid(key, stored)) {
        // A hand-edited file with a bad value must not break start-up.
        qCWarning(lcSettings) << "ignoring invalid value for" << s.name << "- using the default";
        return s.defaultValue;
    }
    QVariant converted = stored;
    converted.convert(QMetaType(s.type));
    return converted;
}

bool Settings::setValue(SettingKey key, const QVariant &value)
{
    if (!isValid(key, value))
        return false;
    m_settings->setValue(QLatin1String(spec(key).name), value);
    return true;
}

void Settings::reset(SettingKey key)
{
    m_settings->remove(QLatin1String(spec(key).name));
}

bool Settings::isSet(SettingKey key) const
{
    return m_settings->contains(QLatin1String(spec(key).name));
}

QVariant Settings::defaultValue(SettingKey key)
{
    return spec(key).defaultValue;
}

QString Settings::keyName(SettingKey key)
{
    return QLatin1String(spec(key).name);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace kakanai
