#pragma once

#include "security/Roles.h"
#include "security/StaffDirectory.h"

#include <QObject>

#include <optional>

namespace kakanai {

class AuditLog;
class IdleMonitor;

// Who is signed in at this counter, and whether the screen is locked.
// Watches keyboard and mouse input application-wide to feed the idle monitor;
// when it fires, the session locks (the signed-in clerk stays known, so the
// same clerk unlocks with the password and continues).
class SessionController : public QObject {
    Q_OBJECT
public:
    SessionController(StaffDirectory &staff, AuditLog &audit, IdleMonitor &idle, QObject *parent = nullptr);
    ~SessionController() override;

    const std::optional<StaffMember> &current() const { return m_current; }
    bool isLocked() const { return m_locked; }
    bool allows(Action action) const;

    // Signs in. When the screen was locked by another clerk, their session
    // ends (sessionEnding is emitted first so open work can be parked).
    Result<StaffMember> signIn(const QString &staffId, const QString &password);
    void signOut();
    void lock();

    // Audit on behalf of the signed-in clerk ("" when nobody is).
    void audit(const QString &action, const QString &target = {}, const QString &detail = {});

    StaffDirectory &staff() { return m_staff; }

signals:
    // About to switch away from this staff member: park their open work.
    void sessionEnding(const QString &staffId);
    void signedIn(const StaffMember &member);
    void signedOut();
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StaffDirectory &m_staff;
    AuditLog &m_audit;
    IdleMonitor &m_idle;
    std::optional<StaffMember> m_current;
    bool m_locked = false;
};

} // namespace kakanai
