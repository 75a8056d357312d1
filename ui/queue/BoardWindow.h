#pragma once

#include "queue/BoardSnapshot.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QSoundEffect;
class QTimer;
class QVBoxLayout;

namespace kakanai::queue {
class BoardModel;
}

namespace kakanai {

// The calling board in a window (`kakanai --board`, full screen on the
// waiting room's monitor): the numbers being called with their counters, the
// ones called before, and per category the people waiting and the estimated
// wait, in Japanese and English at once. It draws the board model's snapshot;
// when that is stale it keeps the numbers and shows 情報更新停止中 across the
// top; before any good read it shows "—", never 0. A new call or a recall
// plays the chime.
class BoardWindow : public QWidget {
    Q_OBJECT
public:
    explicit BoardWindow(queue::BoardModel &model, QWidget *parent = nullptr);

    // For tests: what is on screen.
    QStringList callingTickets() const;
    QStringList recentTickets() const;
    QString waitingText(const QString &categoryCode) const;
    bool staleNoticeVisible() const;
    int chimesPlayed() const { return m_chimes; }

private:
    void display(const queue::BoardSnapshot &snapshot);
    void chime();
    void updateClock();

    queue::BoardModel &m_model;
    QLabel *m_office;
    QLabel *m_clock;
    QLabel *m_stale;
    QGridLayout *m_calling;
    QLabel *m_recent;
    QGridLayout *m_categories;
    QSoundEffect *m_sound;
    QTimer *m_clockTimer;
    QStringList m_callingTickets;
    QStringList m_recentTickets;
    QHash<QString, QString> m_waitingText;
    int m_chimes = 0;
};

} // namespace kakanai
