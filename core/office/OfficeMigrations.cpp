#include "OfficeMigrations.h"

#include "store/Migrator.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace kakanai {

namespace {

const QString kBuiltInFolder = QStringLiteral(":/kakanai/office-migrations");

struct Files {
    QString name;
    QString common;
    QString sqlite;
    QString postgres;
};

} // namespace

Result<QList<OfficeMigration>> OfficeMigrations::builtIn(SqlDialect dialect)
{
    return fromFolder(kBuiltInFolder, dialect);
}

int OfficeMigrations::latestVersion()
{
    const auto list = builtIn(SqlDialect::Sqlite);
    return list ? int(list->size()) : 0;
}

QString OfficeMigrations::counterRoleSql()
{
    QFile in(QStringLiteral(":/kakanai/office-roles/counter-role.pg.sql"));
    if (!in.open(QIODevice::ReadOnly))
        return {}; // compiled in: cannot be missing
    return QString::fromUtf8(in.readAll());
}

Result<QList<OfficeMigration>> OfficeMigrations::fromFolder(const QString &folder, SqlDialect dialect)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+?)(\\.sqlite|\\.pg)?\\.sql$"));
    QMap<int, Files> byNumber;
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            return fail(ErrorCode::Internal, tr("An office migration file has an invalid name."), file);
        Files &entry = byNumber[match.captured(1).toInt()];
        if (!entry.name.isEmpty() && entry.name != match.captured(2))
            return fail(ErrorCode::Internal, tr("Two office migrations have the same number."), file);
        entry.name = match.captured(2);
        const QString kind = match.captured(3);
        QString &slot = kind.isEmpty() ? entry.common : kind == QLatin1String(".sqlite") ? entry.sqlite : entry.postgres;
        slot = QDir(folder).filePath(file);
    }
    QList<OfficeMigration> list;
    int expected = 1;
    for (auto it = byNumber.cbegin(); it != byNumber.cend(); ++it, ++expected) {
        const Files &f = it.value();
        if (it.key() != expected)
            return fail(ErrorCode::Internal, tr("The office migrations are not numbered 1, 2, 3, …"),
                        QStringLiteral("expected %1, found %2").arg(expected).arg(it.key()));
        // Either one file for both engines, or exactly one per engine.
        const bool shared = !f.common.isEmpty() && f.sqlite.isEmpty() && f.postgres.isEmpty();
        const bool pair = f.common.isEmpty() && !f.sqlite.isEmpty() && !f.postgres.isEmpty();
        if (!shared && !pair)
            return fail(ErrorCode::Internal,
                        tr("An office migration needs one file for both engines or one file per engine."), f.name);
        const QString path = !f.common.isEmpty() ? f.common : dialect == SqlDialect::Sqlite ? f.sqlite : f.postgres;
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Internal, tr("An office migration could not be read."), path);
        list.append({it.key(), f.name, QString::fromUtf8(in.readAll())});
    }
    return list;
}

QStringList OfficeMigrations::splitPostgres(const QString &script)
{
    QStringList statements;
    QString current;
    // Whether `current` holds anything but comments, blanks and semicolons:
    // the server answers a statement without code (a trailing comment, ";;")
    // with an empty result, which QPSQL reports as a failure.
    bool hasCode = false;
    const qsizetype n = script.size();
    auto flush = [&] {
        if (hasCode)
            statements.append(current.trimmed());
        current.clear();
        hasCode = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? n : end;
            current += script.mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            current += script.mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // A doubled quote inside is an escaped quote: the scan just goes on.
            const qsizetype end = script.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            current += script.mid(i, stop - i);
            hasCode = true;
            i = stop - 1;
        } else if (c == QLatin1Char('$')) {
            static const QRegularExpression tag(QStringLiteral("\\G\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
            const auto match = tag.match(script, i);
            if (match.hasMatch()) {
                const QString delimiter = match.captured(0);
                const qsizetype end = script.indexOf(delimiter, i + delimiter.size());
                const qsizetype stop = end < 0 ? n : end + delimiter.size();
                current += script.mid(i, stop - i);
                i = stop - 1;
            } else {
                current += c;
            }
            hasCode = true;
        } else if (c == QLatin1Char(';')) {
            current += c;
            flush();
        } else {
            current += c;
            hasCode = hasCode || !c.isSpace();
        }
    }
    flush();
    return statements;
}

} // namespace kakanai
