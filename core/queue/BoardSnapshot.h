#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kakanai::queue {

// What a calling board shows, read from the office store in one go: the
// board window, the web board and the 混雑状況 page all draw this.
// Never personal data: ticket numbers, counters, counts.
struct BoardSnapshot {
    struct Call {
        QString ticket;        // "A012"
        QString counterId;     // "3"
        QString counterNameJa; // "3番窓口"
        QString counterNameEn; // "Counter 3"
        QDateTime calledAt;    // UTC; a recall moves it
        int callCount = 1;
    };
    struct Category {
        QString code;
        QString prefix;
        QString nameJa;
        QString nameEn;
        int waiting = 0;
        int countersOpen = 0;                   // open counters serving it
        std::optional<int> estimatedWaitMinutes; // none: no counter open or no basis yet
    };

    QString officeName;
    QDateTime readAt;               // UTC, when these numbers were read
    QList<Call> nowCalling;         // called, not yet served: the big numbers, newest first
    QList<Call> recentlyCalled;     // called before (serving or finished), newest first
    QList<Category> categories;     // active ones, in sort order
    // The store's changes are not confirmed (情報更新停止中): the numbers are
    // the last good ones, read at readAt. Never replaced by zeros.
    bool stale = false;
    // No good read yet: nothing to show (not "0 waiting").
    bool empty() const { return !readAt.isValid(); }

    // Bumped on every change; a call that is new or recalled since the last
    // snapshot is what makes a board chime.
    quint64 revision = 0;

    // docs/queue.md, "Board and 混雑状況 JSON".
    QJsonObject toJson() const;
    // 混雑状況: only the categories (waiting, estimate), for publishing.
    QJsonObject statusJson() const;
};

} // namespace kakanai::queue
