#include "MainWindow.h"

#include "card/ReaderMonitor.h"
#include "common/LanguageManager.h"
#include "common/Settings.h"
#include "outbox/OutboxStatusBadge.h"
#include "outbox/Uploader.h"
#include "OfficeFeedStatus.h"
#include "pages/PlaceholderPage.h"
#include "pages/SettingsPage.h"
#include "security/PasswordChangeDialog.h"
#include "security/SessionController.h"
#include "security/SignInScreen.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

namespace kakanai {

QList<MainWindow::Page> MainWindow::allPages()
{
    return {Page::Intake, Page::Appointments, Page::Queue, Page::Statistics,
            Page::Outbox, Page::Audit, Page::Staff, Page::Settings};
}

Action MainWindow::requiredAction(Page page)
{
    switch (page) {
    case Page::Intake: return Action::ReadCard;
    case Page::Appointments: return Action::BookAppointment;
    case Page::Queue: return Action::IssueTicket;
    case Page::Statistics: return Action::ViewStatistics;
    case Page::Outbox: return Action::ViewOutbox;
    case Page::Audit: return Action::ViewAudit;
    case Page::Staff: return Action::ManageStaff;
    case Page::Settings: return Action::ChangeSettings;
    }
    return Action::ChangeSettings;
}

QString MainWindow::pageTitle(Page page)
{
    switch (page) {
    case Page::Intake: return tr("Intake");
    case Page::Appointments: return tr("Appointments");
    case Page::Queue: return tr("Queue");
    case Page::Statistics: return tr("Statistics");
    case Page::Outbox: return tr("Outbox");
    case Page::Audit: return tr("Audit log");
    case Page::Staff: return tr("Staff");
    case Page::Settings: return tr("Settings");
    }
    return {};
}

MainWindow::MainWindow(Settings &settings, LanguageManager &languages, StoreInfo store, PageWidgets composed,
                       QWidget *parent)
    : QMainWindow(parent), m_root(new QStackedWidget(this)), m_workspace(new QWidget(m_root)),
      m_navigation(new QListWidget(m_workspace)), m_pages(new QStackedWidget(m_workspace)),
      m_readerStatus(new QLabel(this)), m_backOfficeStatus(new QLabel(this)), m_outboxStatus(new QLabel(this)),
      m_outboxBadge(new OutboxStatusBadge(this)),
      m_officeFeedStatus(new OfficeFeedStatus(this)),
      m_staffStatus(new QLabel(this)), m_lockButton(new QPushButton(this)), m_signOutButton(new QPushButton(this)),
      m_passwordButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_readerStatus->setObjectName(QStringLiteral("readerStatus"));
    m_backOfficeStatus->setObjectName(QStringLiteral("backOfficeStatus"));
    m_outboxStatus->setObjectName(QStringLiteral("outboxStatus"));
    m_staffStatus->setObjectName(QStringLiteral("staffStatus"));
    m_lockButton->setObjectName(QStringLiteral("lockButton"));
    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    m_passwordButton->setObjectName(QStringLiteral("changePasswordButton"));

    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.25);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(4);
    m_navigation->setMinimumWidth(170);
    m_navigation->setMaximumWidth(240);

    auto placeholder = [this](std::function<QString()> title, std::function<QString()> text) {
        return new PlaceholderPage(std::move(title), std::move(text), m_pages);
    };
    auto adopt = [this](QWidget *w) {
        w->setParent(m_pages);
        return w;
    };
    const QList<QWidget *> pages = {
        composed.intake ? adopt(composed.intake)
                        : placeholder([] { return tr("Intake"); },
                                      [] { return tr("Here the clerk will read the citizen's My Number card, scan the "
                                                     "pre-registration QR code, choose the procedures and check the "
                                                     "pre-filled forms."); }),
        placeholder([] { return tr("Appointments"); },
                    [] { return tr("Here reception will book visit slots and check in citizens who booked."); }),
        composed.queue ? adopt(composed.queue)
                       : placeholder([] { return tr("Queue"); },
                                     [] { return tr("Here staff will issue tickets by procedure, call the next citizen "
                                                    "and drive the calling board."); }),
        composed.statistics ? adopt(composed.statistics)
                            : placeholder([] { return tr("Statistics"); },
                                          [] { return tr("Here supervisors will see waiting and service times by day, "
                                                         "hour and procedure."); }),
        composed.outbox ? adopt(composed.outbox)
                        : placeholder([] { return tr("Outbox"); },
                                      [] { return tr("Here staff will see the completed records waiting to be sent "
                                                     "to the back office, and the ones it rejected."); }),
        composed.audit ? adopt(composed.audit)
                       : placeholder([] { return tr("Audit log"); },
                                     [] { return tr("Here supervisors will see who did what at this counter."); }),
        composed.staff ? adopt(composed.staff)
                       : placeholder([] { return tr("Staff"); },
                                     [] { return tr("Here administrators will manage the staff accounts."); }),
        new SettingsPage(settings, languages, store.databasePath, store.schemaVersion, m_pages),
    };
    for (QWidget *p : pages) {
        m_pages->addWidget(p);
        m_navigation->addItem(QString());
    }
    pages.at(int(Page::Settings))->setObjectName(QStringLiteral("settingsPage"));

    auto *layout = new QHBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    m_root->addWidget(m_workspace);
    setCentralWidget(m_root);

    for (QLabel *label : {m_readerStatus, m_backOfficeStatus, m_outboxStatus, m_staffStatus})
        label->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(m_readerStatus);
    statusBar()->addWidget(m_backOfficeStatus);
    statusBar()->addWidget(m_officeFeedStatus);
    statusBar()->addPermanentWidget(m_outboxStatus);
    statusBar()->addPermanentWidget(m_outboxBadge);
    m_outboxBadge->setVisible(false);
    statusBar()->addPermanentWidget(m_staffStatus);
    statusBar()->addPermanentWidget(m_passwordButton);
    statusBar()->addPermanentWidget(m_lockButton);
    statusBar()->addPermanentWidget(m_signOutButton);
    m_staffStatus->setVisible(false);
    m_passwordButton->setVisible(false);
    m_lockButton->setVisible(false);
    m_signOutButton->setVisible(false);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    // Ctrl+1 … Ctrl+8 reach every page from anywhere, as on the counter
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

void MainWindow::attachSession(SessionController &session, SignInScreen *signInScreen, QWidget *firstRun)
{
    m_session = &session;
    m_signIn = signInScreen;
    m_root->addWidget(signInScreen);
    if (firstRun) {
        m_firstRun = firstRun;
        m_root->addWidget(firstRun);
    }
    auto *lockAction = new QAction(this);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockAction, &QAction::triggered, &session, &SessionController::lock);
    addAction(lockAction);
    connect(m_lockButton, &QPushButton::clicked, &session, &SessionController::lock);
    connect(m_signOutButton, &QPushButton::clicked, &session, &SessionController::signOut);
    connect(m_passwordButton, &QPushButton::clicked, this, [this] {
        if (!m_session || !m_session->current())
            return;
        PasswordChangeDialog dialog(m_session->staff(), m_session->current()->staffId, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Your password was changed."), 5000);
    });
    connect(&session, &SessionController::signedIn, this, [this] {
        if (m_firstRun) {
            m_root->removeWidget(m_firstRun);
            m_firstRun->deleteLater();
            m_firstRun = nullptr;
        }
        updateAccess();
    });
    connect(&session, &SessionController::signedOut, this, &MainWindow::updateAccess);
    connect(&session, &SessionController::lockedChanged, this, &MainWindow::updateAccess);
    updateAccess();
}

bool MainWindow::isPageAllowed(Page page) const
{
    return !m_session || m_session->allows(requiredAction(page));
}

bool MainWindow::isWorkspaceVisible() const
{
    return m_root->currentWidget() == m_workspace;
}

void MainWindow::updateAccess()
{
    if (m_session) {
        const bool inSession = m_session->current().has_value() && !m_session->isLocked();
        QWidget *gate = m_firstRun ? m_firstRun : m_signIn;
        if (!inSession) {
            m_root->setCurrentWidget(gate);
            if (gate == m_signIn)
                m_signIn->reset();
        } else {
            m_root->setCurrentWidget(m_workspace);
        }
        m_staffStatus->setVisible(inSession);
        m_passwordButton->setVisible(inSession);
        m_lockButton->setVisible(inSession);
        m_signOutButton->setVisible(inSession);
        if (inSession)
            m_staffStatus->setText(QStringLiteral("%1 (%2)").arg(m_session->current()->displayName,
                                                                 Permissions::displayName(m_session->current()->role)));
    }
    const QList<Page> all = allPages();
    for (qsizetype i = 0; i < all.size(); ++i) {
        QListWidgetItem *item = m_navigation->item(int(i));
        const bool allowed = isPageAllowed(all.at(i));
        item->setFlags(allowed ? (item->flags() | Qt::ItemIsEnabled | Qt::ItemIsSelectable)
                               : (item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable)));
    }
    if (!isPageAllowed(currentPage())) {
        for (Page p : all)
            if (showPage(p))
                break;
    }
}

bool MainWindow::showPage(Page page)
{
    if (!isPageAllowed(page))
        return false;
    m_navigation->setCurrentRow(int(page));
    return true;
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

void MainWindow::attachReaderMonitor(ReaderMonitor &monitor)
{
    m_monitor = &monitor;
    for (auto signal : {&ReaderMonitor::readerAdded, &ReaderMonitor::readerRemoved, &ReaderMonitor::cardRemoved})
        connect(&monitor, signal, this, &MainWindow::updateReaderStatus);
    connect(&monitor, &ReaderMonitor::cardInserted, this, &MainWindow::updateReaderStatus);
    connect(&monitor, &ReaderMonitor::serviceStateChanged, this, &MainWindow::updateReaderStatus);
    updateReaderStatus();
}

void MainWindow::attachOfficeFeed(ChangeFeed &feed)
{
    m_officeFeedStatus->follow(feed);
}

void MainWindow::attachUploader(Uploader &uploader)
{
    m_outboxBadge->setVisible(true);
    setOutboxStatus(QString());
    connect(&uploader, &Uploader::countsChanged, m_outboxBadge, &OutboxStatusBadge::setCounts);
    // A store problem is shown next to the counts until the next pass clears it.
    connect(&uploader, &Uploader::passFinished, this, [this] { setOutboxStatus(QString()); });
    connect(&uploader, &Uploader::backOfficeReachabilityChanged, this, [this](bool reachable) {
        setBackOfficeStatus(reachable ? tr("Back office: connected") : tr("Back office: not reachable, will retry"));
    });
    connect(&uploader, &Uploader::authenticationFailed, this, [this](int) {
        setBackOfficeStatus(tr("Back office: access refused — ask the administrator to check the token"));
    });
    connect(&uploader, &Uploader::storeProblem, this,
            [this](const QString &message) { setOutboxStatus(tr("Outbox: %1").arg(message)); });
}

void MainWindow::updateReaderStatus()
{
    if (!m_monitor)
        return;
    const QList<ReaderState> readers = m_monitor->readers();
    int cards = 0;
    for (const ReaderState &r : readers)
        cards += r.cardPresent ? 1 : 0;
    const QString which = readers.size() == 1 ? readers.first().name
                                              : tr("%n reader(s)", nullptr, int(readers.size()));
    QString text;
    if (!m_monitor->isServiceAvailable())
        text = tr("Card reader: service not running");
    else if (readers.isEmpty())
        text = tr("Card reader: none connected");
    else if (cards > 0)
        text = tr("Card reader: %1 — card present").arg(which);
    else
        text = tr("Card reader: %1 — no card").arg(which);
    setReaderStatus(text);
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
    m_lockButton->setText(tr("Lock (Ctrl+L)"));
    m_signOutButton->setText(tr("Sign out"));
    m_passwordButton->setText(tr("Change password…"));
    updateReaderStatus();
    // Until a service reports, say honestly that nothing is known yet.
    if (!m_readerStatusSet)
        m_readerStatus->setText(tr("Card reader: not connected"));
    if (!m_backOfficeStatusSet)
        m_backOfficeStatus->setText(tr("Back office: not checked"));
    if (!m_outboxStatusSet)
        m_outboxStatus->setText(tr("Outbox: —"));
    if (m_session)
        updateAccess();
}

} // namespace kakanai
