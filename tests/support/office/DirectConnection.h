#pragma once

#include "office/OfficeStore.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace kakanai::test {

// A connection of the test's own to an office store's database, beside the
// store's (as another program or PC would have): to look at what the store
// left behind, to hold a lock, or to change what the store must then refuse.
// The test role's password comes from OfficeTestEnv. Closed and removed when
// it goes out of scope.
class DirectConnection {
public:
    explicit DirectConnection(const OfficeStoreOptions &options);
    ~DirectConnection();
    DirectConnection(const DirectConnection &) = delete;
    DirectConnection &operator=(const DirectConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString openError() const { return m_openError; }
    QSqlDatabase db() const;
    bool isPostgres() const { return m_postgres; }

    // Runs a statement; false with the driver's text in `error`.
    bool exec(const QString &sql, QString *error = nullptr);
    // The first column of the first row; an invalid QVariant on failure or no row.
    QVariant value(const QString &sql, QString *error = nullptr);
    // The first column of every row.
    QStringList column(const QString &sql, QString *error = nullptr);

    // user_version on SQLite, max(schema_version.version) on PostgreSQL (0: none).
    int schemaVersion();
    // Tables and triggers, sorted: to show that nothing changed.
    QStringList schemaObjects();
    bool hasTable(const QString &table);

private:
    QString m_name;
    bool m_postgres = false;
    bool m_open = false;
    QString m_openError;
};

} // namespace kakanai::test
