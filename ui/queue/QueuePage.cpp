#include "QueuePage.h"

#include "queue/BoardModel.h"
#include "queue/TicketStateMachine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace kakanai {

using namespace kakanai::queue;

QueuePage::QueuePage(QueueService &queue, BoardModel &board, QString counterId, QWidget *parent)
    : QWidget(parent), m_queue(queue), m_board(board), m_counterId(std::move(counterId))
{
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_counterLabel = new QLabel;
    m_counterLabel->setObjectName(QStringLiteral("counterLabel"));
    m_staleAlert = new QLabel;
    m_staleAlert->setObjectName(QStringLiteral("staleAlert"));
    m_staleAlert->setStyleSheet(QStringLiteral("QLabel { background: #b00020; color: white; padding: 4px; font-weight: bold; }"));
    m_staleAlert->setVisible(false);
    header->addWidget(m_counterLabel);
    header->addStretch();
    header->addWidget(m_staleAlert);
    layout->addLayout(header);

    auto *counterBox = new QGroupBox;
    counterBox->setObjectName(QStringLiteral("counterBox"));
    auto *counterLayout = new QVBoxLayout(counterBox);
    m_activeLabel = new QLabel;
    m_activeLabel->setObjectName(QStringLiteral("activeTicket"));
    QFont big = m_activeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_activeLabel->setFont(big);
    counterLayout->addWidget(m_activeLabel);
    auto *buttons = new QHBoxLayout;
    const auto button = [&](const char *name, Qt::Key key, void (QueuePage::*slot)()) {
        auto *b = new QPushButton;
        b->setObjectName(QString::fromLatin1(name));
        // Only while this page is shown (the other pages have their own keys).
        auto *shortcut = new QShortcut(QKeySequence(key), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, b, [b] {
            if (b->isEnabled())
                b->click();
        });
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    m_callNext = button("callNext", Qt::Key_F5, &QueuePage::callNext);
    m_recall = button("recall", Qt::Key_F6, &QueuePage::recall);
    m_start = button("start", Qt::Key_F7, &QueuePage::start);
    m_finish = button("finish", Qt::Key_F8, &QueuePage::finish);
    m_absent = button("absent", Qt::Key_F9, &QueuePage::absent);
    m_transfer = button("transfer", Qt::Key_F10, &QueuePage::transfer);
    counterLayout->addLayout(buttons);
    layout->addWidget(counterBox);

    m_waiting = new QTableWidget(0, 5);
    m_waiting->setObjectName(QStringLiteral("waitingList"));
    m_waiting->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_waiting->setSelectionMode(QAbstractItemView::SingleSelection);
    m_waiting->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_waiting->horizontalHeader()->setStretchLastSection(true);
    m_waiting->verticalHeader()->setVisible(false);
    layout->addWidget(m_waiting, 1);

    auto *desk = new QGroupBox;
    desk->setObjectName(QStringLiteral("deskBox"));
    auto *deskLayout = new QVBoxLayout(desk);
    m_deskTitle = new QLabel;
    deskLayout->addWidget(m_deskTitle);
    m_issueButtons = new QWidget;
    m_issueButtons->setLayout(new QHBoxLayout);
    m_issueButtons->layout()->setContentsMargins(0, 0, 0, 0);
    deskLayout->addWidget(m_issueButtons);
    auto *options = new QHBoxLayout;
    m_priority = new QComboBox;
    m_priority->setObjectName(QStringLiteral("priority"));
    m_withoutSlip = new QCheckBox;
    m_withoutSlip->setObjectName(QStringLiteral("withoutSlip"));
    m_reprint = new QPushButton;
    m_reprint->setObjectName(QStringLiteral("reprint"));
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("cancelTicket"));
    connect(m_reprint, &QPushButton::clicked, this, &QueuePage::reprintSelected);
    connect(m_cancel, &QPushButton::clicked, this, &QueuePage::cancelSelected);
    options->addWidget(m_priority);
    options->addWidget(m_withoutSlip);
    options->addStretch();
    options->addWidget(m_reprint);
    options->addWidget(m_cancel);
    deskLayout->addLayout(options);
    layout->addWidget(desk);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(&m_board, &BoardModel::snapshotChanged, this, [this](const BoardSnapshot &snapshot) {
        m_staleAlert->setVisible(snapshot.stale);
        if (!snapshot.stale)
            reload();
    });
    auto *minuteTimer = new QTimer(this);
    minuteTimer->setInterval(30000);
    connect(minuteTimer, &QTimer::timeout, this, &QueuePage::updateWaitedMinutes);
    minuteTimer->start();
    retranslate();
    reload();
}

QString QueuePage::message() const
{
    return m_message->text();
}

bool QueuePage::staleAlertVisible() const
{
    return !m_staleAlert->isHidden();
}

QueueActor QueuePage::actor() const
{
    return m_actor ? m_actor() : QueueActor{};
}

void QueuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QueuePage::retranslate()
{
    m_counterLabel->setText(m_counterId.isEmpty() ? tr("This PC calls no tickets (no counter set in Settings).")
                                                  : tr("Counter %1").arg(m_counterId));
    m_staleAlert->setText(tr("情報更新停止中: the queue shown may be out of date"));
    m_callNext->setText(tr("Call next (F5)"));
    m_recall->setText(tr("Recall (F6)"));
    m_start->setText(tr("Start (F7)"));
    m_finish->setText(tr("Done (F8)"));
    m_absent->setText(tr("Absent (F9)"));
    m_transfer->setText(tr("Transfer… (F10)"));
    m_waiting->setHorizontalHeaderLabels(
        {tr("Number"), tr("Category"), tr("Priority"), tr("Waited (min)"), tr("For counter")});
    m_deskTitle->setText(tr("Issue a ticket"));
    const int priority = std::max(m_priority->currentIndex(), 0);
    m_priority->clear();
    m_priority->addItems({tr("No priority"), tr("Accessibility"), tr("Appointment")});
    m_priority->setCurrentIndex(priority);
    m_withoutSlip->setText(tr("Without a slip"));
    m_reprint->setText(tr("Reprint slip"));
    m_cancel->setText(tr("Cancel ticket"));
    reload();
}

void QueuePage::showError(const Error &error)
{
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->setText(error.message());
}

void QueuePage::showInfo(const QString &text)
{
    m_message->setStyleSheet(QString());
    m_message->setText(text);
}

void QueuePage::report(const Result<Ticket> &result, const QString &done)
{
    if (!result)
        showError(result.error());
    else
        showInfo(done.arg(result->display));
    reload();
}

void QueuePage::callNext()
{
    auto called = m_queue.callNext(actor(), m_counterId);
    report(called, tr("Called %1."));
}

void QueuePage::recall()
{
    report(m_queue.recall(actor(), m_counterId), tr("Called %1 again."));
}

void QueuePage::start()
{
    auto started = m_queue.start(actor(), m_counterId);
    report(started, tr("Serving %1."));
    if (started) {
        m_completedVisit.clear();
        emit serviceStarted(*started);
    }
}

void QueuePage::finish()
{
    auto done = m_queue.finish(actor(), m_counterId, m_completedVisit);
    report(done, m_completedVisit.isEmpty() ? tr("%1 is done.") : tr("%1 is done; its visit is linked."));
    if (done)
        m_completedVisit.clear();
}

void QueuePage::absent()
{
    auto result = m_queue.absent(actor(), m_counterId);
    if (result && result->state == TicketState::NoShow)
        report(result, tr("%1 did not come after the last call: marked as a no-show."));
    else
        report(result, tr("%1 is absent: back in the queue."));
}

void QueuePage::transfer()
{
    const QString ticketId = m_active ? m_active->ticketId : selectedTicketId();
    if (ticketId.isEmpty()) {
        showInfo(tr("Choose a ticket to transfer."));
        return;
    }
    auto categories = m_queue.categories();
    auto counters = m_queue.counters();
    if (!categories || !counters) {
        showError(categories ? counters.error() : categories.error());
        return;
    }
    QStringList choices;
    QList<std::pair<QString, QString>> targets; // category, counter
    for (const auto &c : *categories) {
        choices.append(tr("Category: %1 (%2)").arg(c.nameJa, c.prefix));
        targets.append({c.code, QString()});
    }
    for (const auto &c : *counters) {
        choices.append(tr("Counter: %1").arg(c.nameJa));
        targets.append({QString(), c.counterId});
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Transfer"), tr("Send the ticket to:"), choices, 0, false, &ok);
    if (!ok)
        return;
    const auto &[category, counter] = targets.at(choices.indexOf(chosen));
    report(m_queue.transfer(actor(), ticketId, category, counter), tr("%1 is transferred; it keeps its place."));
}

void QueuePage::issueTicket(const QString &category)
{
    const bool slip = m_printSlip && !m_withoutSlip->isChecked();
    auto issued = m_queue.issue(actor(), {category, {}, TicketPriority(m_priority->currentIndex()), slip});
    if (!issued) {
        showError(issued.error());
        return;
    }
    if (slip) {
        if (auto printed = m_printSlip(*issued, false); !printed) {
            // Not printed: the ticket does not count (its number is spent).
            if (auto voided = m_queue.voidUnprinted(actor(), issued->ticket.ticketId); !voided)
                showError(voided.error());
            else
                showError(Error(printed.error().code(),
                                tr("%1 was not issued: %2").arg(issued->ticket.display, printed.error().message())));
            reload();
            return;
        }
        if (auto confirmed = m_queue.confirmPrinted(actor(), issued->ticket.ticketId); !confirmed) {
            showError(confirmed.error());
            return;
        }
    }
    showInfo(tr("Issued %1: %n person(s) ahead.", nullptr, issued->peopleAhead).arg(issued->ticket.display));
    reload();
}

QString QueuePage::selectedTicketId() const
{
    const auto rows = m_waiting->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_waiting->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void QueuePage::reprintSelected()
{
    const QString ticketId = selectedTicketId();
    if (ticketId.isEmpty() || !m_printSlip) {
        showInfo(m_printSlip ? tr("Choose a ticket to reprint.") : tr("No ticket printer is set up."));
        return;
    }
    auto t = m_queue.ticket(ticketId);
    if (!t) {
        showError(t.error());
        return;
    }
    auto ahead = m_queue.peopleAhead(*t);
    const IssuedTicket again{*t, ahead.value_or(0), t->estimatedWaitSeconds};
    if (auto printed = m_printSlip(again, true); !printed) {
        showError(printed.error());
        return;
    }
    if (auto ok = m_queue.recordReprint(actor(), ticketId); !ok) {
        showError(ok.error());
        return;
    }
    showInfo(tr("Reprinted %1.").arg(t->display));
}

void QueuePage::cancelSelected()
{
    const QString ticketId = selectedTicketId();
    if (ticketId.isEmpty()) {
        showInfo(tr("Choose a ticket to cancel."));
        return;
    }
    report(m_queue.cancel(actor(), ticketId), tr("%1 is cancelled (kept in the history)."));
}

void QueuePage::reload()
{
    if (!m_counterId.isEmpty()) {
        auto active = m_queue.activeAt(m_counterId);
        if (!active) {
            showError(active.error());
            return;
        }
        m_active = *active;
    }
    m_activeLabel->setText(m_active ? tr("%1 — %2").arg(m_active->display,
                                                         TicketStateMachine::stateLabel(m_active->state))
                                    : tr("No ticket at this counter"));
    auto waiting = m_counterId.isEmpty() ? m_queue.today({TicketState::Waiting}) : m_queue.waitingFor(m_counterId);
    auto categories = m_queue.categories();
    if (!waiting || !categories) {
        showError(waiting ? categories.error() : waiting.error());
        return;
    }
    QHash<QString, QString> categoryNames;
    for (const auto &c : *categories)
        categoryNames.insert(c.code, c.nameJa);
    const QDateTime now = m_queue.nowUtc();
    m_waiting->setRowCount(int(waiting->size()));
    for (int row = 0; row < waiting->size(); ++row) {
        const Ticket &t = waiting->at(row);
        auto *number = new QTableWidgetItem(t.display);
        number->setData(Qt::UserRole, t.ticketId);
        m_waiting->setItem(row, 0, number);
        m_waiting->setItem(row, 1, new QTableWidgetItem(categoryNames.value(t.category, t.category)));
        m_waiting->setItem(row, 2, new QTableWidgetItem(m_priority->itemText(int(t.priority))));
        auto *waited = new QTableWidgetItem(QString::number(t.arrivalAt.msecsTo(now) / 60000));
        waited->setData(Qt::UserRole, t.arrivalAt);
        waited->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_waiting->setItem(row, 3, waited);
        m_waiting->setItem(row, 4, new QTableWidgetItem(t.targetCounter));
    }
    // One issue button per category, rebuilt when the categories change.
    QStringList codes;
    for (const auto &c : *categories)
        codes.append(c.code);
    if (m_issueButtons->property("codes").toStringList() != codes) {
        qDeleteAll(m_issueButtons->findChildren<QPushButton *>(Qt::FindDirectChildrenOnly));
        for (const auto &c : *categories) {
            auto *b = new QPushButton(QStringLiteral("%1  %2").arg(c.prefix, c.nameJa), m_issueButtons);
            b->setObjectName(QStringLiteral("issue-") + c.code);
            b->setToolTip(c.nameEn);
            connect(b, &QPushButton::clicked, this, [this, code = c.code] { issueTicket(code); });
            m_issueButtons->layout()->addWidget(b);
        }
        m_issueButtons->setProperty("codes", codes);
    }
    updateButtons();
}

void QueuePage::updateWaitedMinutes()
{
    const QDateTime now = m_queue.nowUtc();
    for (int row = 0; row < m_waiting->rowCount(); ++row)
        if (QTableWidgetItem *item = m_waiting->item(row, 3))
            item->setText(QString::number(item->data(Qt::UserRole).toDateTime().msecsTo(now) / 60000));
}

void QueuePage::updateButtons()
{
    const bool counter = !m_counterId.isEmpty();
    const auto state = m_active ? std::optional<TicketState>(m_active->state) : std::nullopt;
    m_callNext->setEnabled(counter && !state);
    m_recall->setEnabled(state == TicketState::Called);
    m_start->setEnabled(state == TicketState::Called);
    m_finish->setEnabled(state == TicketState::Serving);
    m_absent->setEnabled(state == TicketState::Called);
    m_transfer->setEnabled(counter);
}

} // namespace kakanai
