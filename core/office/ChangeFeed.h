#pragma once

#include "OfficeLocation.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace kakanai {

class OfficeStore;

// Tells every view built on the office store what changed, whichever PC
// committed it, within a fraction of a second (bench/office):
//  - PostgreSQL: LISTEN kakanai_change on a connection of its own, driven by
//    the event loop without ever blocking it (libpq's asynchronous calls);
//    triggers NOTIFY in the committing transaction.
//  - SQLite: triggers write office_change in the committing transaction; this
//    PC's programs learn of a commit from a file watch on the WAL (and this
//    process at once), confirm with PRAGMA data_version, and read the rows
//    after the last one seen.
// When it cannot confirm that it sees every change (server restarted,
// network cut, heartbeat unanswered within the timeout), it says so
// (state() Stale, with the reason), retries with backoff, and after
// reconnecting asks every view to re-read its state (resynchronise()) before
// going Live again. Views show "情報更新停止中" while it is not Live.
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    enum class State {
        Connecting, // not yet confirmed
        Live,       // every commit is seen
        Stale,      // cannot confirm: what a view shows may be out of date
    };
    Q_ENUM(State)

    ~ChangeFeed() override;

    State state() const { return m_state; }
    // Why it is Stale, for people (translated); empty otherwise.
    QString staleReason() const { return m_staleReason; }
    static QString stateName(State state); // "live", "stale", "connecting"

signals:
    // Rows of `table` changed (their keys; a key may repeat). Several changes
    // of one event-loop turn come together.
    void changed(const QString &table, const QStringList &keys);
    void stateChanged(kakanai::ChangeFeed::State state);
    // The feed was interrupted and is back: anything shown may have changed
    // unseen, so re-read it. Emitted before the state returns to Live.
    void resynchronise();

protected:
    explicit ChangeFeed(QObject *parent) : QObject(parent) {}
    void setLive();
    void setStale(const QString &reason);
    // Queues one change; they are emitted together on the next event-loop turn.
    void queueChange(const QString &table, const QString &key);
    // Next delay before reconnecting: 250 ms doubling to 5 s, reset when Live.
    int nextBackoffMs();
    void resetBackoff() { m_backoffMs = 0; }

private:
    friend class OfficeStore;
    static ChangeFeed *create(OfficeStore &store, const struct OfficeStoreOptions &options, const QString &password);
    void flush();

    State m_state = State::Connecting;
    QString m_staleReason;
    bool m_wasInterrupted = false;
    bool m_flushQueued = false;
    QList<std::pair<QString, QString>> m_pending;
    int m_backoffMs = 0;
};

} // namespace kakanai
