#include "PasswordChangeDialog.h"

#include "security/StaffDirectory.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai {

PasswordChangeDialog::PasswordChangeDialog(StaffDirectory &staff, QString staffId, QWidget *parent)
    : QDialog(parent), m_staff(staff), m_staffId(std::move(staffId)), m_intro(new QLabel(this)),
      m_currentLabel(new QLabel(this)), m_current(new QLineEdit(this)), m_newLabel(new QLabel(this)),
      m_new(new QLineEdit(this)), m_repeatLabel(new QLabel(this)), m_repeat(new QLineEdit(this)),
      m_rule(new QLabel(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passwordChangeDialog"));
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_message->setObjectName(QStringLiteral("passwordChangeMessage"));
    m_rule->setObjectName(QStringLiteral("passwordRuleLabel"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changePasswordButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    for (QLineEdit *e : {m_current, m_new, m_repeat}) {
        e->setEchoMode(QLineEdit::Password);
        e->setMinimumWidth(260);
        e->setMinimumHeight(32);
    }
    m_currentLabel->setBuddy(m_current);
    m_newLabel->setBuddy(m_new);
    m_repeatLabel->setBuddy(m_repeat);
    m_intro->setWordWrap(true);
    m_rule->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #8a1010; }"));

    auto *form = new QGridLayout;
    form->addWidget(m_currentLabel, 0, 0);
    form->addWidget(m_current, 0, 1);
    form->addWidget(m_newLabel, 1, 0);
    form->addWidget(m_new, 1, 1);
    form->addWidget(m_repeatLabel, 2, 0);
    form->addWidget(m_repeat, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_rule);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordChangeDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, &PasswordChangeDialog::clearPasswords);
    retranslate();
    m_current->setFocus();
}

QString PasswordChangeDialog::message() const
{
    return m_message->text();
}

void PasswordChangeDialog::clearPasswords()
{
    for (QLineEdit *e : {m_current, m_new, m_repeat})
        e->clear();
}

void PasswordChangeDialog::showProblem(const QString &text, QLineEdit *focus)
{
    m_message->setText(text);
    focus->setFocus();
    focus->selectAll();
}

void PasswordChangeDialog::submit()
{
    const QString current = m_current->text();
    const QString fresh = m_new->text();
    const QString repeat = m_repeat->text();
    if (current.isEmpty())
        return showProblem(tr("Enter your current password."), m_current);
    if (fresh.isEmpty())
        return showProblem(tr("Enter the new password."), m_new);
    if (fresh != repeat) {
        m_repeat->clear();
        return showProblem(tr("The two new passwords are not the same. Enter the new password again."), m_repeat);
    }
    // The rule is checked before the current password, so a weak choice does
    // not spend one of the tries before the lock-out.
    if (auto ok = StaffDirectory::checkPasswordPolicy(fresh); !ok) {
        m_repeat->clear();
        return showProblem(ok.error().message(), m_new);
    }
    auto changed = m_staff.changePassword(m_staffId, current, fresh);
    if (!changed) {
        // Wrong current password, account locked, same as before, or a store problem.
        m_current->clear();
        const bool newIsTheProblem = changed.error().code() == ErrorCode::WeakPassword;
        if (newIsTheProblem)
            m_repeat->clear();
        return showProblem(changed.error().message(), newIsTheProblem ? m_new : m_current);
    }
    m_message->clear();
    accept();
}

void PasswordChangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PasswordChangeDialog::retranslate()
{
    setWindowTitle(tr("Change password"));
    m_intro->setText(tr("Change the password of %1.").arg(m_staffId));
    m_currentLabel->setText(tr("&Current password:"));
    m_newLabel->setText(tr("&New password:"));
    m_repeatLabel->setText(tr("&Repeat the new password:"));
    m_rule->setText(tr("At least 8 characters, with both letters and digits."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&hange"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace kakanai
