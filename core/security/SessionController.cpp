#include "SessionController.h"

#include "common/LogCategories.h"
#include "security/AuditLog.h"
#include "security/IdleMonitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace kakanai {

SessionController::SessionController(StaffDirectory &staff, AuditLog &audit, IdleMonitor &idle, QObject *parent)
    : QObject(parent), m_staff(staff), m_audit(audit), m_idle(idle)
{
    connect(&m_idle, &IdleMonitor::idle, this, &SessionController::lock);
    QCoreApplication::instance()->installEventFilter(this);
}

SessionController::~SessionController()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool SessionController::allows(Action action) const
{
    return m_current && !m_locked && Permissions::allows(m_current->role, action);
}

Result<StaffMember> SessionController::signIn(const QString &staffId, const QString &password)
{
    auto member = m_staff.signIn(staffId, password);
    if (!member)
        return member;
    if (m_current && m_current->staffId != member->staffId) {
        emit sessionEnding(m_current->staffId);
        m_staff.signOut(*m_current);
    }
    const bool wasLocked = m_locked;
    m_current = *member;
    m_locked = false;
    m_idle.activity();
    if (wasLocked)
        emit lockedChanged(false);
    emit signedIn(*member);
    return member;
}

void SessionController::signOut()
{
    if (!m_current)
        return;
    emit sessionEnding(m_current->staffId);
    m_staff.signOut(*m_current);
    m_current.reset();
    m_locked = false;
    emit signedOut();
}

void SessionController::lock()
{
    if (!m_current || m_locked)
        return;
    m_locked = true;
    audit(QStringLiteral("screen-locked"));
    emit lockedChanged(true);
}

void SessionController::audit(const QString &action, const QString &target, const QString &detail)
{
    if (auto ok = m_audit.append(m_current ? m_current->staffId : QString(), action, target, detail); !ok)
        qCWarning(lcSecurity) << "audit entry not written:" << action << ok.error().toString();
}

bool SessionController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked)
            m_idle.activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kakanai
