#include "StaffPage.h"

#include "security/SessionController.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kakanai {

StaffPage::StaffPage(SessionController &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_table(new QTableWidget(this)),
      m_staffId(new QLineEdit(this)), m_name(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_password(new QLineEdit(this)), m_add(new QPushButton(this)), m_reset(new QPushButton(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("staffPage"));
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_staffId->setObjectName(QStringLiteral("newStaffIdEdit"));
    m_name->setObjectName(QStringLiteral("newStaffNameEdit"));
    m_role->setObjectName(QStringLiteral("newStaffRoleCombo"));
    m_password->setObjectName(QStringLiteral("newStaffPasswordEdit"));
    m_add->setObjectName(QStringLiteral("addStaffButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_message->setObjectName(QStringLiteral("staffMessage"));
    m_message->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_table->setColumnCount(3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QGridLayout;
    QWidget *fields[4] = {m_staffId, m_name, m_role, m_password};
    for (int i = 0; i < 4; ++i) {
        m_formLabels[i] = new QLabel(this);
        m_formLabels[i]->setBuddy(fields[i]);
        form->addWidget(m_formLabels[i], i, 0);
        form->addWidget(fields[i], i, 1);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_add, &QPushButton::clicked, this, &StaffPage::addStaff);
    connect(m_reset, &QPushButton::clicked, this, &StaffPage::resetPassword);
    retranslate();
}

void StaffPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void StaffPage::refresh()
{
    auto staff = m_session.staff().list();
    if (!staff) {
        m_message->setText(staff.error().message());
        return;
    }
    m_table->setRowCount(int(staff->size()));
    for (int i = 0; i < staff->size(); ++i) {
        const StaffMember &m = staff->at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(m.staffId));
        m_table->setItem(i, 1, new QTableWidgetItem(m.displayName));
        m_table->setItem(i, 2, new QTableWidgetItem(Permissions::displayName(m.role)));
    }
    m_table->resizeColumnsToContents();
}

void StaffPage::addStaff()
{
    if (!m_session.allows(Action::ManageStaff)) {
        m_message->setText(tr("Only an administrator can manage staff."));
        return;
    }
    StaffMember member{m_staffId->text().trimmed(), m_name->text().trimmed(),
                       Role(m_role->currentData().toInt()), true};
    const QString password = m_password->text();
    m_password->clear();
    if (auto ok = m_session.staff().create(member, password, m_session.current()->staffId); !ok) {
        m_message->setText(ok.error().message());
        return;
    }
    m_message->setText(tr("%1 was added. Give them the password in person; they can change it later.").arg(member.staffId));
    m_staffId->clear();
    m_name->clear();
    refresh();
}

void StaffPage::resetPassword()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0)) {
        m_message->setText(tr("Choose a staff member in the list first."));
        return;
    }
    if (!m_session.allows(Action::ManageStaff)) {
        m_message->setText(tr("Only an administrator can manage staff."));
        return;
    }
    const QString id = m_table->item(row, 0)->text();
    const QString password = m_password->text();
    m_password->clear();
    if (auto ok = m_session.staff().resetPassword(id, password, m_session.current()->staffId); !ok) {
        m_message->setText(ok.error().message());
        return;
    }
    m_message->setText(tr("The password of %1 was set and the account unlocked.").arg(id));
}

void StaffPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StaffPage::retranslate()
{
    m_title->setText(tr("Staff"));
    m_table->setHorizontalHeaderLabels({tr("Staff ID"), tr("Name"), tr("Role")});
    m_formLabels[0]->setText(tr("Staff &ID:"));
    m_formLabels[1]->setText(tr("&Name:"));
    m_formLabels[2]->setText(tr("&Role:"));
    m_formLabels[3]->setText(tr("&Password:"));
    const int current = m_role->currentIndex();
    m_role->clear();
    for (Role r : Permissions::allRoles())
        m_role->addItem(Permissions::displayName(r), int(r));
    m_role->setCurrentIndex(current < 0 ? 0 : current);
    m_add->setText(tr("&Add staff member"));
    m_reset->setText(tr("Set new pass&word for the selected"));
    refresh();
}

} // namespace kakanai
