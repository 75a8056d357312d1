#include "FirstAdministratorScreen.h"

#include "security/SessionController.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai {

FirstAdministratorScreen::FirstAdministratorScreen(SessionController &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_intro(new QLabel(this)),
      m_staffId(new QLineEdit(this)), m_name(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_create(new QPushButton(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("firstAdministratorScreen"));
    m_staffId->setObjectName(QStringLiteral("adminIdEdit"));
    m_name->setObjectName(QStringLiteral("adminNameEdit"));
    m_password->setObjectName(QStringLiteral("adminPasswordEdit"));
    m_confirm->setObjectName(QStringLiteral("adminConfirmEdit"));
    m_create->setObjectName(QStringLiteral("createAdminButton"));
    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #8a1010; }"));
    m_intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_title->setFont(big);

    auto *form = new QGridLayout;
    QLineEdit *fields[4] = {m_staffId, m_name, m_password, m_confirm};
    for (int i = 0; i < 4; ++i) {
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(fields[i]);
        fields[i]->setMinimumWidth(280);
        form->addWidget(m_labels[i], i, 0);
        form->addWidget(fields[i], i, 1);
    }
    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_title);
    boxLayout->addWidget(m_intro);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_create);
    boxLayout->addWidget(m_message);
    box->setMaximumWidth(560);
    auto *outer = new QGridLayout(this);
    outer->addWidget(box, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);
    connect(m_create, &QPushButton::clicked, this, &FirstAdministratorScreen::submit);
    connect(m_confirm, &QLineEdit::returnPressed, this, &FirstAdministratorScreen::submit);
    retranslate();
}

void FirstAdministratorScreen::submit()
{
    const QString password = m_password->text();
    const bool same = password == m_confirm->text();
    m_password->clear();
    m_confirm->clear();
    if (!same) {
        m_message->setText(tr("The two passwords differ. Type them again."));
        return;
    }
    StaffMember admin{m_staffId->text().trimmed(), m_name->text().trimmed(), Role::Administrator, true};
    if (auto ok = m_session.staff().create(admin, password, QString()); !ok) {
        m_message->setText(ok.error().message());
        return;
    }
    if (auto member = m_session.signIn(admin.staffId, password); !member) {
        m_message->setText(member.error().message());
        return;
    }
    emit created();
}

void FirstAdministratorScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FirstAdministratorScreen::retranslate()
{
    m_title->setText(tr("First start: create the administrator"));
    m_intro->setText(tr("No staff accounts exist on this counter PC yet. Create the administrator account; the "
                        "administrator then adds the counter staff. Passwords need at least 8 characters with "
                        "letters and digits."));
    m_labels[0]->setText(tr("&Staff ID:"));
    m_labels[1]->setText(tr("&Name:"));
    m_labels[2]->setText(tr("&Password:"));
    m_labels[3]->setText(tr("&Confirm password:"));
    m_create->setText(tr("C&reate administrator"));
}

} // namespace kakanai
