#include "OfficeLocation.h"

#include "common/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace kakanai {

namespace {

const QStringList &sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                      QStringLiteral("require"), QStringLiteral("verify-ca"),
                                      QStringLiteral("verify-full")};
    return modes;
}

// The query keys an administrator may give; anything else is a typo we say
// about rather than ignore.
const QStringList &knownOptions()
{
    static const QStringList keys = {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"), QStringLiteral("sslkey")};
    return keys;
}

} // namespace

OfficeLocation OfficeLocation::sqliteFile(const QString &path)
{
    OfficeLocation location;
    location.m_engine = Engine::Sqlite;
    location.m_path = QFileInfo(path).absoluteFilePath();
    return location;
}

Result<OfficeLocation> OfficeLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        QString path = trimmed.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty() || !QDir::isAbsolutePath(path))
            return fail(ErrorCode::InvalidArgument,
                        tr("The office store URL names no absolute file path (sqlite:/folder/office.sqlite)."),
                        QStringLiteral("sqlite"));
        return sqliteFile(path);
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return fail(ErrorCode::InvalidArgument,
                    tr("The office store URL is not understood. Use postgresql://role@server/database or "
                       "sqlite:/folder/office.sqlite."),
                    QStringLiteral("scheme"));
    if (!url.password().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("The office store URL contains a password. Remove it from the URL and put it in the password "
                       "file (office/passwordFile) instead."),
                    QStringLiteral("password-in-url"));
    OfficeLocation location;
    location.m_engine = Engine::Postgres;
    location.m_host = url.host();
    location.m_port = url.port(5432);
    location.m_user = url.userName();
    location.m_database = url.path().mid(1);
    if (location.m_host.isEmpty() || location.m_user.isEmpty() || location.m_database.isEmpty()
        || location.m_database.contains(QLatin1Char('/')))
        return fail(ErrorCode::InvalidArgument,
                    tr("The office store URL must name the role, the server and the database: "
                       "postgresql://role@server/database."),
                    QStringLiteral("incomplete"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions().contains(key))
            return fail(ErrorCode::InvalidArgument,
                        tr("The office store URL has an option this program does not know: %1.").arg(key),
                        key);
        location.m_options.insert(key, value);
    }
    // Off the PC, the server must prove who it is unless the admin says otherwise.
    if (!location.m_options.contains(QStringLiteral("sslmode")))
        location.m_options.insert(QStringLiteral("sslmode"),
                                  location.isLoopback() ? QStringLiteral("prefer") : QStringLiteral("verify-full"));
    location.m_sslMode = location.m_options.value(QStringLiteral("sslmode"));
    if (!sslModes().contains(location.m_sslMode))
        return fail(ErrorCode::InvalidArgument,
                    tr("The office store URL has an unknown sslmode; use verify-full, verify-ca, require or disable."),
                    location.m_sslMode);
    return location;
}

Result<OfficeLocation> OfficeLocation::fromSettings(const Settings &settings, const QString &localDatabasePath)
{
    const QString url = settings.string(SettingKey::OfficeUrl);
    if (url.trimmed().isEmpty())
        return sqliteFile(QFileInfo(localDatabasePath).absoluteDir().filePath(QStringLiteral("office.sqlite")));
    return parse(url);
}

QString OfficeLocation::display() const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
    url.setQuery(query);
    return url.toString();
}

bool OfficeLocation::isLoopback() const
{
    if (m_engine == Engine::Sqlite)
        return true;
    if (m_host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(m_host);
    return !address.isNull() && address.isLoopback();
}

} // namespace kakanai
