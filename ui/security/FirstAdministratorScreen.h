#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kakanai {

class SessionController;

// First start of a counter PC with an empty staff list: create the
// administrator account. The administrator then creates the clerks.
class FirstAdministratorScreen : public QWidget {
    Q_OBJECT
public:
    explicit FirstAdministratorScreen(SessionController &session, QWidget *parent = nullptr);

signals:
    void created();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();

    SessionController &m_session;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_labels[4];
    QLineEdit *m_staffId;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QPushButton *m_create;
    QLabel *m_message;
};

} // namespace kakanai
