#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace kakanai {

class AuditLog;

// 監査ログ for supervisors: the newest entries, a chain check, CSV export.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    explicit AuditPage(AuditLog &log, QWidget *parent = nullptr);

    void refresh();
    // Checks the hash chain and shows the result; returns true when intact.
    bool verifyChain();
    // Writes every entry as UTF-8 CSV (with BOM, for Excel). False + message on failure.
    bool exportCsv(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    AuditLog &m_log;
    QLabel *m_title;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QPushButton *m_verify;
    QPushButton *m_export;
    QLabel *m_result;
};

} // namespace kakanai
