#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace kakanai {

class Settings;

// Where the office store is: a SQLite file (one PC, the default) or a
// PostgreSQL server (a whole office), parsed from the `office/url` setting:
//   sqlite:/var/lib/kakanai/office.sqlite
//   postgresql://counter01@10.0.0.5:5432/kakanai?sslmode=verify-full&sslrootcert=/etc/kakanai/office-ca.pem
// A password in the URL is refused: it would sit in the INI file. It comes
// from a 0600 file (office/passwordFile) instead (docs/admin/office.md).
class OfficeLocation {
    Q_DECLARE_TR_FUNCTIONS(OfficeLocation)
public:
    enum class Engine {
        Sqlite,
        Postgres,
    };

    static Result<OfficeLocation> parse(const QString &url);
    static OfficeLocation sqliteFile(const QString &path);
    // The `office/url` setting, or else office.sqlite in the folder of the
    // PC's local store (`localDatabasePath`).
    static Result<OfficeLocation> fromSettings(const Settings &settings, const QString &localDatabasePath);

    Engine engine() const { return m_engine; }
    // Sqlite
    const QString &path() const { return m_path; }
    // Postgres
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &database() const { return m_database; }
    const QString &user() const { return m_user; }
    const QString &sslMode() const { return m_sslMode; }
    // libpq connection options beyond host, port, database and user
    // (sslmode, sslrootcert, sslcert, sslkey), as given or defaulted.
    const QMap<QString, QString> &options() const { return m_options; }

    // The URL again, for messages, logs and `office check` (never a password;
    // the query keeps only the TLS mode).
    QString display() const;
    // True for 127.0.0.0/8, ::1 and localhost: TLS may be left to the admin there.
    bool isLoopback() const;

private:
    Engine m_engine = Engine::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_sslMode;
    QMap<QString, QString> m_options;
};

} // namespace kakanai
