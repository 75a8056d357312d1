#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace kakanai {

class LanguageManager;
class Settings;

// The shell: a navigation list on the left, one page per task, and a status
// bar with the reader, back-office and outbox state. Pages own their logic;
// this class only arranges them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Page { Intake, Appointments, Queue, Statistics, Outbox, Settings };
    Q_ENUM(Page)

    struct StoreInfo {
        QString databasePath;
        int schemaVersion = 0;
    };

    MainWindow(Settings &settings, LanguageManager &languages, StoreInfo store, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    QWidget *page(Page page) const;
    static QList<Page> allPages();

    // Status bar texts, set by the services that know (card monitor, uploader).
    void setReaderStatus(const QString &text);
    void setBackOfficeStatus(const QString &text);
    void setOutboxStatus(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static QString pageTitle(Page page);

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_readerStatus;
    QLabel *m_backOfficeStatus;
    QLabel *m_outboxStatus;
    bool m_readerStatusSet = false;
    bool m_backOfficeStatusSet = false;
    bool m_outboxStatusSet = false;
};

} // namespace kakanai
