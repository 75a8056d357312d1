#pragma once

#include "common/Error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <utility>

class QSqlQuery;

namespace kakanai {

// The SQL dialect a store speaks, for the few statements that differ
// (most differences live in the migrations, one file per dialect).
enum class SqlDialect {
    Sqlite,
    Postgres,
};

// What staff, audit and the office's shared tables need from a database,
// whether it is the PC's SQLite file (Database) or the office store on SQLite
// or PostgreSQL (OfficeStore). Statements use `?` placeholders, which Qt
// passes to both drivers.
class SqlStore {
public:
    virtual ~SqlStore() = default;

    virtual QSqlDatabase connection() const = 0;
    virtual SqlDialect dialect() const = 0;
    // Where the store is, for messages and to tell stores apart (a path, or a
    // PostgreSQL URL without its password).
    virtual QString location() const = 0;

    // Runs a prepared statement, classifying failure.
    virtual Status exec(QSqlQuery &query) const = 0;
    // Runs `work` in one write transaction and commits it, or rolls back if
    // `work` fails. A store may run `work` more than once (a serialization
    // failure is retried), so `work` changes nothing outside the database;
    // what must follow the commit goes to afterCommit().
    virtual Status inTransaction(const std::function<Status()> &work) = 0;
    // Runs `done` once the transaction in progress has committed (at once when
    // none is), and drops it if that transaction rolls back. One callback per
    // `owner` and transaction; later ones from the same owner are ignored.
    virtual void afterCommit(const void *owner, std::function<void()> done) = 0;
};

// What SqlStore::afterCommit keeps for the transaction in progress: one
// callback per owner, run after COMMIT, dropped on ROLLBACK.
class AfterCommitCallbacks {
public:
    // Runs `done` at once when no transaction is open.
    void add(bool inTransaction, const void *owner, std::function<void()> done)
    {
        if (!inTransaction) {
            done();
            return;
        }
        for (const auto &pending : std::as_const(m_pending))
            if (pending.first == owner)
                return;
        m_pending.append({owner, std::move(done)});
    }
    void drop() { m_pending.clear(); }
    // After COMMIT: runs and forgets them (taken first: a callback may start
    // the next transaction).
    void runCommitted()
    {
        const auto committed = std::exchange(m_pending, {});
        for (const auto &pending : committed)
            pending.second();
    }

private:
    QList<std::pair<const void *, std::function<void()>>> m_pending;
};

} // namespace kakanai
