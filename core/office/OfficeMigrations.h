#pragma once

#include "common/Error.h"
#include "store/SqlStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kakanai {

struct OfficeMigration {
    int version = 0;
    QString name;
    QString sql; // in the dialect it was loaded for
};

// The office store's numbered migrations, embedded as resources under
// :/kakanai/office-migrations/. A number has either one file both engines run
// (NNNN_name.sql) or one per engine side by side (NNNN_name.sqlite.sql and
// NNNN_name.pg.sql): where the SQL differs, it differs in files, not in C++.
class OfficeMigrations {
    Q_DECLARE_TR_FUNCTIONS(OfficeMigrations)
public:
    static Result<QList<OfficeMigration>> builtIn(SqlDialect dialect);
    // From another folder (the tests' own migrations), with the same rules.
    static Result<QList<OfficeMigration>> fromFolder(const QString &folder, SqlDialect dialect);
    static int latestVersion();

    // PostgreSQL: the SQL a superuser runs to make the group role
    // `kakanai_counter` with exactly the rights a counter PC needs
    // (core/office/roles/counter-role.pg.sql; docs/admin/office.md). Names
    // every table of the schema; a migration that adds one updates it.
    static QString counterRoleSql();

    // Splits a PostgreSQL script into statements at top-level semicolons:
    // quoted strings, quoted names, comments and dollar-quoted function
    // bodies ($$ … $$, $tag$ … $tag$) stay whole.
    static QStringList splitPostgres(const QString &script);
};

} // namespace kakanai
