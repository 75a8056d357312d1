#include "DirectConnection.h"

#include "OfficeTestEnv.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace kakanai::test {

DirectConnection::DirectConnection(const OfficeStoreOptions &options)
    : m_name(QStringLiteral("office-test-direct-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_postgres(options.location.engine() == OfficeLocation::Engine::Postgres)
{
    QSqlDatabase db;
    if (m_postgres) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(options.location.host());
        db.setPort(options.location.port());
        db.setDatabaseName(options.location.database());
        db.setUserName(options.location.user());
        db.setPassword(OfficeTestEnv::password());
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(options.location.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    m_open = db.open();
    if (!m_open)
        m_openError = db.lastError().text();
}

DirectConnection::~DirectConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase DirectConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

bool DirectConnection::exec(const QString &sql, QString *error)
{
    QSqlQuery q(db());
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QVariant DirectConnection::value(const QString &sql, QString *error)
{
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

QStringList DirectConnection::column(const QString &sql, QString *error)
{
    QStringList values;
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        values << QStringLiteral("<failed>");
        return values;
    }
    while (q.next())
        values << q.value(0).toString();
    return values;
}

int DirectConnection::schemaVersion()
{
    if (!m_postgres)
        return value(QStringLiteral("PRAGMA user_version")).toInt();
    if (!hasTable(QStringLiteral("schema_version")))
        return 0;
    return value(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")).toInt();
}

QStringList DirectConnection::schemaObjects()
{
    if (!m_postgres)
        return column(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master "
                                     "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    return column(QStringLiteral(
        "SELECT 'table ' || tablename FROM pg_tables WHERE schemaname = 'public' "
        "UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal "
        "UNION ALL SELECT 'function ' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' ORDER BY 1"));
}

bool DirectConnection::hasTable(const QString &table)
{
    QSqlQuery q(db());
    q.prepare(m_postgres ? QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = ?")
                         : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

} // namespace kakanai::test
