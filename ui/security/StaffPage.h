#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kakanai {

class SessionController;

// 職員 for administrators: who may use this counter PC, in which role; add
// staff and set a new password for one who forgot theirs (it also unlocks).
class StaffPage : public QWidget {
    Q_OBJECT
public:
    explicit StaffPage(SessionController &session, QWidget *parent = nullptr);

    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void addStaff();
    void resetPassword();

    SessionController &m_session;
    QLabel *m_title;
    QTableWidget *m_table;
    QLabel *m_formLabels[4];
    QLineEdit *m_staffId;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QPushButton *m_add;
    QPushButton *m_reset;
    QLabel *m_message;
};

} // namespace kakanai
