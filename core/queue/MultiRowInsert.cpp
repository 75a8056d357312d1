#include "MultiRowInsert.h"

#include "store/SqlStore.h"

namespace kakanai::queue {

MultiRowInsert::MultiRowInsert(SqlStore &store, QString table, QStringList columns, int rowsPerStatement,
                               QString conflictClause)
    : m_store(store), m_table(std::move(table)), m_columns(std::move(columns)),
      m_rowsPerStatement(std::max(1, rowsPerStatement)), m_conflictClause(std::move(conflictClause))
{
    m_pending.reserve(m_columns.size() * m_rowsPerStatement);
}

QString MultiRowInsert::statementFor(int rows) const
{
    QStringList marks;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString row = u'(' + marks.join(u',') + u')';
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values << row;
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(m_table, m_columns.join(u','), values.join(u','));
    if (!m_conflictClause.isEmpty())
        sql += u' ' + m_conflictClause;
    return sql;
}

Status MultiRowInsert::send(QSqlQuery &query, int rows)
{
    const int count = rows * static_cast<int>(m_columns.size());
    for (int i = 0; i < count; ++i)
        query.bindValue(i, m_pending.at(i));
    auto sent = m_store.exec(query);
    m_pending.clear();
    return sent;
}

Status MultiRowInsert::addRow(const QVariantList &values)
{
    if (values.size() != m_columns.size())
        return fail(ErrorCode::Internal, QString(), QStringLiteral("multi-row-insert %1 columns").arg(m_table));
    m_pending.append(values);
    if (m_pending.size() < m_columns.size() * m_rowsPerStatement)
        return {};
    if (!m_full) {
        m_full.emplace(m_store.connection());
        m_full->prepare(statementFor(m_rowsPerStatement));
    }
    return send(*m_full, m_rowsPerStatement);
}

Status MultiRowInsert::finish()
{
    const int rows = static_cast<int>(m_pending.size() / m_columns.size());
    if (rows == 0)
        return {};
    QSqlQuery rest(m_store.connection());
    rest.prepare(statementFor(rows));
    return send(rest, rows);
}

} // namespace kakanai::queue
