#pragma once

#include "outbox/CsvExport.h"
#include "outbox/OutboxTypes.h"
#include "security/Roles.h"

#include <QWidget>

#include <chrono>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace kakanai {

class Database;
class Outbox;
class RecordCipher;

// 送信: what is waiting for the back office, what it refused and why, "send
// now", resending a rejected record (supervisor) and the 標準仕様書 CSV
// export. Shows no personal data: times, states, attempts, HTTP statuses and
// the back office's messages only; the CSV export decrypts records straight
// into the file.
class OutboxPage : public QWidget {
    Q_OBJECT
public:
    OutboxPage(Outbox &outbox, Database &database, const RecordCipher &cipher, QWidget *parent = nullptr);
    ~OutboxPage() override;

    // Who may resend (Action::ResendRejected) and export (Action::ExportCsv),
    // e.g. [&session](Action a) { return session.allows(a); }. Without a check
    // both stay disabled. Call updateActions() when the signed-in clerk changes.
    using PermissionCheck = std::function<bool(Action)>;
    void setPermissionCheck(PermissionCheck check);
    // The administrator's CSV mapping file; empty = the built-in default.
    void setMappingFile(const QString &path);
    void setRefreshInterval(std::chrono::milliseconds interval);

    const OutboxCounts &counts() const { return m_counts; }
    QString selectedUuid() const;
    bool selectUuid(const QString &uuid);
    QString message() const;

    // Resends the selected rejected record; false + message when not allowed or it failed.
    bool resendSelected();
    // Writes the CSV with the kind, encoding and dates chosen on the page;
    // false + message on failure (nothing is written then).
    bool exportCsv(const QString &path);

public slots:
    // Reloads counts and list (also on a timer while shown); emits
    // countsChanged when the counts differ from the last ones.
    void refresh();
    // Enables the buttons for the selection and the signed-in role.
    void updateActions();

signals:
    // "今すぐ送信": the application connects it to Uploader::retryAllNow.
    void uploadNowRequested();
    void countsChanged(const kakanai::OutboxCounts &counts);
    void recordResent(const QString &uuid);
    // Records left the store as a CSV file: the application audits it.
    void csvExported(const QString &kind, int rows);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void showMessage(const QString &text, bool isError);
    bool allows(Action action) const;
    void chooseFileAndExport();

    Outbox &m_outbox;
    Database &m_db;
    const RecordCipher &m_cipher;
    PermissionCheck m_permissions;
    QString m_mappingFile;
    OutboxCounts m_counts;
    bool m_countsKnown = false;

    QLabel *m_title;
    QLabel *m_pendingLabel;
    QLabel *m_sendingLabel;
    QLabel *m_sentLabel;
    QLabel *m_rejectedLabel;
    QLabel *m_damagedLabel;
    QComboBox *m_stateFilter;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QPushButton *m_uploadNow;
    QPushButton *m_resend;
    QLabel *m_exportTitle;
    QComboBox *m_kind;
    QComboBox *m_encoding;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_export;
    QLabel *m_message;
    QTimer *m_timer;
};

} // namespace kakanai
