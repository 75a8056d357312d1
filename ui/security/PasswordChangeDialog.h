#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kakanai {

class StaffDirectory;

// The signed-in staff member changes their own password: the current one,
// the new one twice. The rules are StaffDirectory's (checkPasswordPolicy);
// StaffDirectory::changePassword checks the current password like a sign-in
// (wrong ones count towards the lock-out) and writes the "password-changed"
// audit entry. No password is kept after the dialog closes or fails.
class PasswordChangeDialog : public QDialog {
    Q_OBJECT
public:
    PasswordChangeDialog(StaffDirectory &staff, QString staffId, QWidget *parent = nullptr);

    // What the dialog says about the last attempt (empty = nothing to say).
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void showProblem(const QString &text, QLineEdit *focus);
    void clearPasswords();

    StaffDirectory &m_staff;
    QString m_staffId;
    QLabel *m_intro;
    QLabel *m_currentLabel;
    QLineEdit *m_current;
    QLabel *m_newLabel;
    QLineEdit *m_new;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    QLabel *m_rule;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace kakanai
