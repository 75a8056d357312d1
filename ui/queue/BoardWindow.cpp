#include "BoardWindow.h"

#include "queue/BoardModel.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QPalette>
#include <QSoundEffect>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace kakanai {

using namespace kakanai::queue;

namespace {

QLabel *label(const QString &text, double scale, bool bold = false, const QString &objectName = {})
{
    auto *l = new QLabel(text);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    if (!objectName.isEmpty())
        l->setObjectName(objectName);
    return l;
}

void clear(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

BoardWindow::BoardWindow(BoardModel &model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setWindowTitle(tr("Calling board"));
    setAutoFillBackground(true);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x0b, 0x1e, 0x3a));
    dark.setColor(QPalette::WindowText, Qt::white);
    setPalette(dark);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_office = label(QString(), 1.6, true);
    m_clock = label(QString(), 1.6, true, QStringLiteral("clock"));
    top->addWidget(m_office);
    top->addStretch();
    top->addWidget(m_clock);
    layout->addLayout(top);
    m_stale = label(QStringLiteral("情報更新停止中 / Updates paused"), 2.0, true, QStringLiteral("staleNotice"));
    m_stale->setStyleSheet(QStringLiteral("QLabel { background: #ffcc00; color: black; padding: 8px; }"));
    m_stale->setAutoFillBackground(true);
    m_stale->setAlignment(Qt::AlignCenter);
    m_stale->setVisible(false);
    layout->addWidget(m_stale);
    layout->addWidget(label(QStringLiteral("お呼び出し中 / Now calling"), 1.8, true));
    m_calling = new QGridLayout;
    layout->addLayout(m_calling, 3);
    m_recent = label(QString(), 1.6, false, QStringLiteral("recent"));
    m_recent->setWordWrap(true);
    layout->addWidget(m_recent);
    layout->addWidget(label(QStringLiteral("お待ちの方 / Waiting"), 1.6, true));
    m_categories = new QGridLayout;
    layout->addLayout(m_categories, 2);

    m_sound = new QSoundEffect(this);
    m_sound->setSource(QUrl(QStringLiteral("qrc:/kakanai/sounds/chime.wav")));
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &BoardWindow::updateClock);
    m_clockTimer->start();
    updateClock();

    connect(&m_model, &BoardModel::snapshotChanged, this, &BoardWindow::display);
    connect(&m_model, &BoardModel::called, this, &BoardWindow::chime);
    display(m_model.snapshot());
}

void BoardWindow::updateClock()
{
    m_clock->setText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm")));
}

void BoardWindow::chime()
{
    ++m_chimes;
    m_sound->play();
}

void BoardWindow::display(const BoardSnapshot &s)
{
    m_office->setText(s.officeName);
    m_stale->setVisible(s.stale);
    clear(m_calling);
    m_callingTickets.clear();
    if (s.empty()) {
        m_calling->addWidget(label(QStringLiteral("—"), 5, true), 0, 0);
    }
    for (int i = 0; i < s.nowCalling.size(); ++i) {
        const auto &call = s.nowCalling.at(i);
        m_callingTickets.append(call.ticket);
        const int row = i / 3;
        const int column = i % 3;
        auto *number = label(call.ticket, 6, true, QStringLiteral("calling-") + call.ticket);
        number->setAlignment(Qt::AlignCenter);
        auto *counter = label(QStringLiteral("%1 / %2").arg(call.counterNameJa, call.counterNameEn), 2.2);
        counter->setAlignment(Qt::AlignCenter);
        auto *cell = new QWidget;
        auto *v = new QVBoxLayout(cell);
        v->addWidget(number);
        v->addWidget(counter);
        m_calling->addWidget(cell, row, column);
    }
    m_recentTickets.clear();
    for (const auto &call : s.recentlyCalled)
        m_recentTickets.append(call.ticket);
    m_recent->setText(QStringLiteral("さきほどの呼び出し / Called before:  ") + m_recentTickets.join(QStringLiteral("  ")));

    clear(m_categories);
    m_waitingText.clear();
    for (int row = 0; row < s.categories.size(); ++row) {
        const auto &c = s.categories.at(row);
        const QString waiting = s.empty() ? QStringLiteral("—") : QStringLiteral("%1 人 / people").arg(c.waiting);
        const QString estimate = c.estimatedWaitMinutes
                                     ? QStringLiteral("約 %1 分 / about %1 min").arg(*c.estimatedWaitMinutes)
                                     : QStringLiteral("—");
        m_waitingText.insert(c.code, waiting);
        m_categories->addWidget(label(QStringLiteral("%1  %2 / %3").arg(c.prefix, c.nameJa, c.nameEn), 1.6), row, 0);
        m_categories->addWidget(label(waiting, 1.8, true, QStringLiteral("waiting-") + c.code), row, 1);
        m_categories->addWidget(label(estimate, 1.6), row, 2);
    }
}

QStringList BoardWindow::callingTickets() const
{
    return m_callingTickets;
}

QStringList BoardWindow::recentTickets() const
{
    return m_recentTickets;
}

QString BoardWindow::waitingText(const QString &categoryCode) const
{
    return m_waitingText.value(categoryCode);
}

bool BoardWindow::staleNoticeVisible() const
{
    return !m_stale->isHidden();
}

} // namespace kakanai
