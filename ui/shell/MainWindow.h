#pragma once

#include "security/Roles.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace kakanai {

class ChangeFeed;
class LanguageManager;
class OfficeFeedStatus;
class OutboxStatusBadge;
class ReaderMonitor;
class SessionController;
class Settings;
class SignInScreen;
class Uploader;

// The shell: a navigation list on the left, one page per task, and a status
// bar with the reader, back-office and outbox state and who is signed in.
// Pages own their logic; this class only arranges them and shows each staff
// member the pages their role allows. While nobody is signed in, or the screen
// is locked, only the sign-in screen is shown: no page (and no personal data)
// stays visible behind it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Page { Intake, Appointments, Queue, Statistics, Outbox, Audit, Staff, Settings };
    Q_ENUM(Page)

    struct StoreInfo {
        QString databasePath;
        int schemaVersion = 0;
    };
    // Composed pages; a null one is replaced by an honest placeholder (tests
    // of the shell alone).
    struct PageWidgets {
        QWidget *intake = nullptr;
        QWidget *audit = nullptr;
        QWidget *staff = nullptr;
        QWidget *outbox = nullptr;
        QWidget *queue = nullptr;
        QWidget *statistics = nullptr;
    };

    MainWindow(Settings &settings, LanguageManager &languages, StoreInfo store, PageWidgets pages,
               QWidget *parent = nullptr);

    // From now on pages follow the signed-in role. `firstRun` (may be null) is
    // shown instead of the sign-in screen until the first administrator exists.
    void attachSession(SessionController &session, SignInScreen *signInScreen, QWidget *firstRun = nullptr);
    // Shows the reader and card state in the status bar.
    void attachReaderMonitor(ReaderMonitor &monitor);
    // Shows the outbox counts and whether the back office answers.
    void attachUploader(Uploader &uploader);
    // Says in the status bar when the office store's changes are not seen
    // (情報更新停止中).
    void attachOfficeFeed(ChangeFeed &feed);

    // False (and nothing changes) when the page is not allowed for the role.
    bool showPage(Page page);
    Page currentPage() const;
    QWidget *page(Page page) const;
    bool isPageAllowed(Page page) const;
    bool isWorkspaceVisible() const;
    static QList<Page> allPages();
    static Action requiredAction(Page page);

    // Status bar texts, set by the services that know (card monitor, uploader).
    void setReaderStatus(const QString &text);
    void setBackOfficeStatus(const QString &text);
    void setOutboxStatus(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateReaderStatus();
    void updateAccess();
    static QString pageTitle(Page page);

    QStackedWidget *m_root;
    QWidget *m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_readerStatus;
    QLabel *m_backOfficeStatus;
    QLabel *m_outboxStatus;
    OutboxStatusBadge *m_outboxBadge;
    OfficeFeedStatus *m_officeFeedStatus;
    QLabel *m_staffStatus;
    QPushButton *m_lockButton;
    QPushButton *m_signOutButton;
    QPushButton *m_passwordButton;
    bool m_readerStatusSet = false;
    bool m_backOfficeStatusSet = false;
    bool m_outboxStatusSet = false;
    ReaderMonitor *m_monitor = nullptr;
    SessionController *m_session = nullptr;
    SignInScreen *m_signIn = nullptr;
    QWidget *m_firstRun = nullptr;
};

} // namespace kakanai
