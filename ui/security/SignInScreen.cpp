#include "SignInScreen.h"

#include "security/SessionController.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace kakanai {

SignInScreen::SignInScreen(SessionController &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_lockedFor(new QLabel(this)),
      m_idLabel(new QLabel(this)), m_staffId(new QLineEdit(this)), m_passwordLabel(new QLabel(this)),
      m_password(new QLineEdit(this)), m_signIn(new QPushButton(this)), m_another(new QPushButton(this)),
      m_message(new QLabel(this)), m_cooldown(new QTimer(this))
{
    setObjectName(QStringLiteral("signInScreen"));
    m_staffId->setObjectName(QStringLiteral("staffIdEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_another->setObjectName(QStringLiteral("anotherStaffButton"));
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #8a1010; }"));
    m_lockedFor->setObjectName(QStringLiteral("lockedForLabel"));
    m_lockedFor->setWordWrap(true);
    m_idLabel->setBuddy(m_staffId);
    m_passwordLabel->setBuddy(m_password);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_title->setFont(big);
    for (QLineEdit *e : {m_staffId, m_password}) {
        e->setMinimumWidth(280);
        e->setMinimumHeight(36);
    }
    m_signIn->setMinimumHeight(40);
    m_cooldown->setSingleShot(true);
    connect(m_cooldown, &QTimer::timeout, this, [this] { m_signIn->setEnabled(true); });

    auto *form = new QGridLayout;
    form->addWidget(m_idLabel, 0, 0);
    form->addWidget(m_staffId, 0, 1);
    form->addWidget(m_passwordLabel, 1, 0);
    form->addWidget(m_password, 1, 1);
    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_title);
    boxLayout->addWidget(m_lockedFor);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_signIn);
    boxLayout->addWidget(m_another);
    boxLayout->addWidget(m_message);
    box->setMaximumWidth(520);
    auto *outer = new QGridLayout(this);
    outer->addWidget(box, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);

    connect(m_signIn, &QPushButton::clicked, this, &SignInScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInScreen::submit);
    connect(m_staffId, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_another, &QPushButton::clicked, this, &SignInScreen::useAnotherAccount);
    retranslate();
    reset();
}

void SignInScreen::reset()
{
    m_lockMode = m_session.isLocked() && m_session.current().has_value();
    m_password->clear();
    m_message->clear();
    m_failures = 0;
    m_staffId->setVisible(!m_lockMode);
    m_idLabel->setVisible(!m_lockMode);
    m_another->setVisible(m_lockMode);
    m_lockedFor->setVisible(m_lockMode);
    if (m_lockMode) {
        m_staffId->setText(m_session.current()->staffId);
        m_password->setFocus();
    } else {
        m_staffId->clear();
        m_staffId->setFocus();
    }
    retranslate();
}

void SignInScreen::useAnotherAccount()
{
    m_lockMode = false;
    m_staffId->clear();
    m_staffId->setVisible(true);
    m_idLabel->setVisible(true);
    m_another->setVisible(false);
    m_lockedFor->setText(tr("The open visit of %1 will be kept and comes back when they sign in again.")
                             .arg(m_session.current() ? m_session.current()->displayName : QString()));
    m_staffId->setFocus();
}

void SignInScreen::submit()
{
    if (!m_signIn->isEnabled())
        return;
    const QString id = m_staffId->text().trimmed();
    const QString password = m_password->text();
    m_password->clear();
    if (id.isEmpty() || password.isEmpty()) {
        m_message->setText(tr("Enter your staff ID and password."));
        return;
    }
    auto member = m_session.signIn(id, password);
    if (member) {
        m_failures = 0;
        m_message->clear();
        return;
    }
    m_message->setText(member.error().message());
    // A short pause that grows with each failure slows guessing at the counter.
    ++m_failures;
    m_signIn->setEnabled(false);
    m_cooldown->start(std::min(m_failures, 5) * 1000);
}

void SignInScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignInScreen::retranslate()
{
    m_title->setText(m_lockMode ? tr("The screen is locked") : tr("Sign in to Kakanai"));
    if (m_lockMode && m_session.current())
        m_lockedFor->setText(tr("Locked for %1 (%2). Enter the password to continue.")
                                 .arg(m_session.current()->displayName, m_session.current()->staffId));
    m_idLabel->setText(tr("&Staff ID:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_signIn->setText(m_lockMode ? tr("&Unlock") : tr("Sign &in"));
    m_another->setText(tr("Sign in as &another staff member"));
}

} // namespace kakanai
