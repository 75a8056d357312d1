#pragma once

#include "common/Error.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace kakanai {
class SqlStore;
}

namespace kakanai::queue {

// Many rows into one table with few round trips: rows are gathered and sent
// `rowsPerStatement` at a time with one prepared multi-row INSERT (prepared
// once), the rest by finish() with a statement of its own size. Runs inside
// the caller's transaction; both engines (`?` placeholders).
class MultiRowInsert {
public:
    MultiRowInsert(SqlStore &store, QString table, QStringList columns, int rowsPerStatement,
                   QString conflictClause = {});

    // One row's values in column order; a null QVariant is NULL.
    Status addRow(const QVariantList &values);
    // Sends the rows still gathered.
    Status finish();

private:
    QString statementFor(int rows) const;
    Status send(QSqlQuery &query, int rows);

    SqlStore &m_store;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QString m_conflictClause;
    QVariantList m_pending;
    std::optional<QSqlQuery> m_full; // the full-size statement, prepared on first use
};

} // namespace kakanai::queue
