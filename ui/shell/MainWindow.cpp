#include "MainWindow.h"

#include "common/Settings.h"
#include "common/LanguageManager.h"
#include "pages/PlaceholderPage.h"
#include "pages/SettingsPage.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

namespace kakanai {

QList<MainWindow::Page> MainWindow::allPages()
{
    return {Page::Intake, Page::Appointments, Page::Queue, Page::Statistics, Page::Outbox, Page::Settings};
}

QString MainWindow::pageTitle(Page page)
{
    switch (page) {
    case Page::Intake: return tr("Intake");
    case Page::Appointments: return tr("Appointments");
    case Page::Queue: return tr("Queue");
    case Page::Statistics: return tr("Statistics");
    case Page::Outbox: return tr("Outbox");
    case Page::Settings: return tr("Settings");
    }
    return {};
}

MainWindow::MainWindow(Settings &settings, LanguageManager &languages, StoreInfo store, QWidget *parent)
    : QMainWindow(parent), m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_readerStatus(new QLabel(this)), m_backOfficeStatus(new QLabel(this)), m_outboxStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_readerStatus->setObjectName(QStringLiteral("readerStatus"));
    m_backOfficeStatus->setObjectName(QStringLiteral("backOfficeStatus"));
    m_outboxStatus->setObjectName(QStringLiteral("outboxStatus"));

    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.25);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(4);
    m_navigation->setMinimumWidth(170);
    m_navigation->setMaximumWidth(240);

    auto placeholder = [this](std::function<QString()> title, std::function<QString()> text) {
        return new PlaceholderPage(std::move(title), std::move(text), m_pages);
    };
    const QList<QWidget *> pages = {
        placeholder([] { return tr("Intake"); },
                    [] { return tr("Here the clerk will read the citizen's My Number card, scan the pre-registration "
                                   "QR code, choose the procedures and check the pre-filled forms."); }),
        placeholder([] { return tr("Appointments"); },
                    [] { return tr("Here reception will book visit slots and check in citizens who booked."); }),
        placeholder([] { return tr("Queue"); },
                    [] { return tr("Here staff will issue tickets by procedure, call the next citizen and drive the "
                                   "calling board."); }),
        placeholder([] { return tr("Statistics"); },
                    [] { return tr("Here supervisors will see waiting and service times by day, hour and procedure."); }),
        placeholder([] { return tr("Outbox"); },
                    [] { return tr("Here staff will see the completed records waiting to be sent to the back office, "
                                   "and the ones it rejected."); }),
        new SettingsPage(settings, languages, store.databasePath, store.schemaVersion, m_pages),
    };
    for (QWidget *p : pages) {
        m_pages->addWidget(p);
        m_navigation->addItem(QString());
    }
    pages.at(int(Page::Settings))->setObjectName(QStringLiteral("settingsPage"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    for (QLabel *label : {m_readerStatus, m_backOfficeStatus, m_outboxStatus})
        label->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(m_readerStatus);
    statusBar()->addWidget(m_backOfficeStatus);
    statusBar()->addPermanentWidget(m_outboxStatus);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    // Ctrl+1 … Ctrl+6 reach every page from anywhere, as on the counter
    // systems clerks already know; F6 moves focus to the navigation.
    const QList<Page> all = allPages();
    for (qsizetype i = 0; i < all.size(); ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        const Page target = all.at(i);
        connect(action, &QAction::triggered, this, [this, target] { showPage(target); });
        addAction(action);
    }
    auto *focusNav = new QAction(this);
    focusNav->setShortcut(QKeySequence(Qt::Key_F6));
    connect(focusNav, &QAction::triggered, m_navigation, qOverload<>(&QWidget::setFocus));
    addAction(focusNav);

    setMinimumSize(1024, 640);
    // 1280×800 where it fits; on a 1366×768 counter screen, the screen.
    QSize preferred(1280, 800);
    if (const QScreen *s = screen())
        preferred = preferred.boundedTo(s->availableGeometry().size());
    resize(preferred);
    retranslate();
    showPage(Page::Intake);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QWidget *MainWindow::page(Page page) const
{
    return m_pages->widget(int(page));
}

void MainWindow::setReaderStatus(const QString &text)
{
    m_readerStatusSet = true;
    m_readerStatus->setText(text);
}

void MainWindow::setBackOfficeStatus(const QString &text)
{
    m_backOfficeStatusSet = true;
    m_backOfficeStatus->setText(text);
}

void MainWindow::setOutboxStatus(const QString &text)
{
    m_outboxStatusSet = true;
    m_outboxStatus->setText(text);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Kakanai — citizens' desk"));
    const QList<Page> all = allPages();
    for (qsizetype i = 0; i < all.size(); ++i) {
        QListWidgetItem *item = m_navigation->item(int(i));
        item->setText(QStringLiteral("%1  %2").arg(i + 1).arg(pageTitle(all.at(i))));
        item->setToolTip(tr("Ctrl+%1").arg(i + 1));
    }
    // Until a service reports, say honestly that nothing is known yet.
    if (!m_readerStatusSet)
        m_readerStatus->setText(tr("Card reader: not connected"));
    if (!m_backOfficeStatusSet)
        m_backOfficeStatus->setText(tr("Back office: not checked"));
    if (!m_outboxStatusSet)
        m_outboxStatus->setText(tr("Outbox: —"));
}

} // namespace kakanai
