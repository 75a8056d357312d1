#include "Migrator.h"

#include "Database.h"
#include "common/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace kakanai {

namespace {
const QString kMigrationDir = QStringLiteral(":/kakanai/migrations");
}

Result<QList<Migration>> Migrator::builtIn()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> list;
    const QStringList files = QDir(kMigrationDir).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            return fail(ErrorCode::Internal, tr("A migration file has an invalid name."), file);
        QFile f(kMigrationDir + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Internal, tr("A migration could not be read."), file);
        list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).version != i + 1)
            return fail(ErrorCode::Internal, tr("The built-in migrations are not numbered 1, 2, 3, …"),
                        QStringLiteral("expected %1, found %2").arg(i + 1).arg(list.at(i).version));
    }
    return list;
}

int Migrator::latestVersion()
{
    const auto list = builtIn();
    return list ? int(list->size()) : 0;
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        current += line;
        current += QLatin1Char('\n');
        const QByteArray utf8 = current.toUtf8();
        if (sqlite3_complete(utf8.constData())) {
            const QString statement = current.trimmed();
            // A "statement" that is only comments is complete but empty.
            QString withoutComments = statement;
            withoutComments.remove(QRegularExpression(QStringLiteral("--[^\\n]*")));
            if (!withoutComments.trimmed().isEmpty() && withoutComments.trimmed() != QLatin1String(";"))
                statements.append(statement);
            current.clear();
        }
    }
    return statements;
}

Result<int> Migrator::userVersion(QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return std::unexpected(Database::classify(q.lastError(), path));
    return q.value(0).toInt();
}

Status Migrator::refuseNewer(int current, int latest, const QString &path)
{
    if (current <= latest)
        return {};
    return fail(ErrorCode::DatabaseTooNew,
                tr("The database was written by a newer version of Kakanai (schema %1; this program knows up to %2). "
                   "Install the newer version. The database has not been changed.")
                    .arg(current)
                    .arg(latest),
                path);
}

Result<int> Migrator::migrate(QSqlDatabase &db, const QString &path, const QList<Migration> &migrations)
{
    auto current = userVersion(db, path);
    if (!current)
        return current;
    const int latest = int(migrations.size());
    if (auto notNewer = refuseNewer(*current, latest, path); !notNewer)
        return std::unexpected(notNewer.error());
    for (const Migration &m : migrations) {
        if (m.version <= *current)
            continue;
        qCInfo(lcStore) << "applying migration" << m.version << m.name;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return std::unexpected(Database::classify(q.lastError(), path));
        auto rollbackWith = [&](const QSqlError &err) -> Result<int> {
            Error e = Database::classify(err, path);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            if (e.code() == ErrorCode::DatabaseLocked || e.code() == ErrorCode::DiskFull || e.code() == ErrorCode::Io)
                return std::unexpected(e);
            return fail(ErrorCode::MigrationFailed,
                        tr("The database could not be upgraded to schema %1. Nothing was changed.").arg(m.version),
                        QStringLiteral("%1: %2").arg(m.name, err.text()));
        };
        for (const QString &statement : splitStatements(m.sql)) {
            QSqlQuery s(db);
            if (!s.exec(statement))
                return rollbackWith(s.lastError());
        }
        // PRAGMA takes no bound parameters; the version is our own integer.
        QSqlQuery v(db);
        if (!v.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
            return rollbackWith(v.lastError());
        QSqlQuery c(db);
        if (!c.exec(QStringLiteral("COMMIT")))
            return rollbackWith(c.lastError());
        *current = m.version;
    }
    return *current;
}

} // namespace kakanai
