#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace kakanai {

struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

// Numbered schema migrations, embedded as resources (:/kakanai/migrations/
// NNNN_name.sql). PRAGMA user_version holds the version reached; each
// migration runs in its own transaction together with the version bump.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    // The built-in migrations. Fails if the numbers have a gap or a duplicate.
    static Result<QList<Migration>> builtIn();
    static int latestVersion();

    // Splits a script into complete SQL statements (trigger bodies stay whole).
    static QStringList splitStatements(const QString &script);

    // Brings `db` from its user_version to the latest. Refuses a newer database.
    static Result<int> migrate(QSqlDatabase &db, const QString &path, const QList<Migration> &migrations);
    static Result<int> userVersion(QSqlDatabase &db, const QString &path);
    // DatabaseTooNew when a store at schema `current` is newer than `latest`.
    static Status refuseNewer(int current, int latest, const QString &path);
};

} // namespace kakanai
