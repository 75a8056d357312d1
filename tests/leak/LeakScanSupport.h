#pragma once
// Shared by the leak tests: the scanner's findings as text, and every row of a
// store table scanned as raw bytes.
#include "PersonalDataScanner.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace kakanai::test {

inline QString describe(const QList<LeakFinding> &findings)
{
    QStringList lines;
    for (const LeakFinding &f : findings)
        lines.append(f.toString());
    return lines.join(QLatin1Char('\n'));
}

// Every row of a table, each column as raw bytes, one scan source per row.
inline QList<LeakFinding> scanTable(PersonalDataScanner &scanner, Database &db, const QString &table)
{
    QList<LeakFinding> findings;
    QSqlQuery q(db.connection());
    // Test code: the table name is one of ours, never input.
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return {{table, QStringLiteral("cannot read the table"), QString(), -1}};
    int row = 0;
    while (q.next()) {
        QByteArray bytes;
        for (int c = 0; c < q.record().count(); ++c) {
            const QVariant v = q.value(c);
            bytes += v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
            bytes += '\x1f';
        }
        findings += scanner.scan(QStringLiteral("table %1 row %2").arg(table).arg(++row), bytes);
    }
    return findings;
}

} // namespace kakanai::test
