#pragma once

#include "queue/QueueService.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kakanai::queue {
class BoardModel;
struct BoardSnapshot;
} // namespace kakanai::queue

namespace kakanai {

// 呼出: the counter's calling page and reception's ticket desk (docs/user/queue.md).
// The counter part works on the ticket this PC's counter (queue/counter) has
// called: call next, recall, start, done, absent, transfer — each with a
// function key. The desk part issues tickets per category (a slip is printed
// first; the ticket joins the queue only once it has printed, unless
// reception issues it without a slip on purpose). The lists follow the board
// model, i.e. the office store's change feed; while that is stale the page
// says so in red instead of showing old numbers as current.
class QueuePage : public QWidget {
    Q_OBJECT
public:
    // Prints a ticket's slip; an error is shown to reception as it is.
    using SlipPrinter = std::function<Status(const queue::IssuedTicket &issued, bool reprint)>;

    QueuePage(queue::QueueService &queue, queue::BoardModel &board, QString counterId, QWidget *parent = nullptr);

    // Who is signed in (the staff ID and role go into every event).
    void setActorSource(std::function<queue::QueueActor()> actor) { m_actor = std::move(actor); }
    // Null: no slip printer configured (tickets are issued without slips).
    void setSlipPrinter(SlipPrinter printer) { m_printSlip = std::move(printer); }

    QString counterId() const { return m_counterId; }
    // The message last shown (errors in red), for tests.
    QString message() const;
    bool staleAlertVisible() const;

public slots:
    // The visit the clerk completed for the ticket being served: linked on done.
    void setCompletedVisit(const QString &recordUuid) { m_completedVisit = recordUuid; }
    void callNext();
    void recall();
    void start();
    void finish();
    void absent();
    void transfer();
    void reload();
    // The minutes each citizen has waited, from the list already shown (a
    // timer calls it every 30 s; nothing is read from the store).
    void updateWaitedMinutes();

signals:
    // The clerk started serving: the intake page should open for the visit.
    void serviceStarted(const kakanai::queue::Ticket &ticket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void issueTicket(const QString &category);
    void reprintSelected();
    void cancelSelected();
    void report(const Result<queue::Ticket> &result, const QString &done);
    void showError(const Error &error);
    void showInfo(const QString &text);
    void updateButtons();
    void retranslate();
    QString selectedTicketId() const;
    queue::QueueActor actor() const;

    queue::QueueService &m_queue;
    queue::BoardModel &m_board;
    QString m_counterId;
    std::function<queue::QueueActor()> m_actor;
    SlipPrinter m_printSlip;
    QString m_completedVisit;
    std::optional<queue::Ticket> m_active;

    QLabel *m_counterLabel;
    QLabel *m_staleAlert;
    QLabel *m_activeLabel;
    QLabel *m_message;
    QPushButton *m_callNext;
    QPushButton *m_recall;
    QPushButton *m_start;
    QPushButton *m_finish;
    QPushButton *m_absent;
    QPushButton *m_transfer;
    QTableWidget *m_waiting;
    QLabel *m_deskTitle;
    QComboBox *m_priority;
    QCheckBox *m_withoutSlip;
    QWidget *m_issueButtons;
    QPushButton *m_reprint;
    QPushButton *m_cancel;
};

} // namespace kakanai
