#pragma once

#include "BoardSnapshot.h"
#include "common/Error.h"

#include <QDate>
#include <QObject>
#include <QString>

namespace kakanai {
class ChangeFeed;
}

namespace kakanai::queue {

class QueueService;

// What every calling board shows (the board window, the web board, 混雑状況),
// kept current from the office store's change feed (docs/queue.md, "Board"):
// a change of a ticket, counter or category → the snapshot is read again on
// the next event-loop turn (several changes, one read). While the feed is
// not Live, or a read fails, the last good snapshot stays, marked stale —
// the numbers are never replaced by zeros because of an error.
class BoardModel : public QObject {
    Q_OBJECT
public:
    // `feed` may be null (then only refresh() updates; tests of the reads).
    BoardModel(QueueService &queue, ChangeFeed *feed, QString officeName, int recentCount, QObject *parent = nullptr);

    const BoardSnapshot &snapshot() const { return m_snapshot; }
    // Why the last read failed, for people; empty after a good read.
    QString problem() const { return m_problem; }

public slots:
    // Reads now (the feed calls it; the board calls it once at start).
    void refresh();
    // At the office's midnight the board starts a new day (numbers begin
    // again) although nothing changed in the store: a timer asks every 30 s.
    void checkOfficeDay();

signals:
    void snapshotChanged(const kakanai::queue::BoardSnapshot &snapshot);
    // Numbers newly called or recalled since the last snapshot (the chime);
    // never on the first read, so a board that starts does not ring.
    void called(const QList<kakanai::queue::BoardSnapshot::Call> &calls);

private:
    void scheduleRefresh();
    void setStale(bool stale);
    Result<BoardSnapshot> read() const;

    QueueService &m_queue;
    ChangeFeed *m_feed;
    QString m_officeName;
    int m_recentCount;
    BoardSnapshot m_snapshot;
    QString m_problem;
    bool m_refreshQueued = false;
    QDate m_officeDay;
};

} // namespace kakanai::queue
