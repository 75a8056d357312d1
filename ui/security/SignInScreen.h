#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace kakanai {

class SessionController;

// The screen the app opens to, and the lock screen. Locked, it names the
// clerk whose session it is and asks only for the password; "another staff
// member" switches to the full form (the open visit is then parked).
class SignInScreen : public QWidget {
    Q_OBJECT
public:
    explicit SignInScreen(SessionController &session, QWidget *parent = nullptr);

public slots:
    // Shows the form for the current state (signed out / locked).
    void reset();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void useAnotherAccount();

    SessionController &m_session;
    QLabel *m_title;
    QLabel *m_lockedFor;
    QLabel *m_idLabel;
    QLineEdit *m_staffId;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QPushButton *m_another;
    QLabel *m_message;
    QTimer *m_cooldown;
    int m_failures = 0;
    bool m_lockMode = false;
};

} // namespace kakanai
