#pragma once

#include "PasswordHasher.h"
#include "Roles.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <chrono>

namespace kakanai {

class AuditLog;
class Clock;
class SqlStore;

struct StaffMember {
    QString staffId;
    QString displayName;
    Role role = Role::Clerk;
    bool active = true;
};

struct LockoutPolicy {
    int maxFailures = 5;                  // wrong passwords in a row before the lock
    std::chrono::minutes lockDuration{15};
};

// Staff accounts, sign-in with lock-out, password changes. Every sign-in,
// failure, lock-out and account change is written to the audit log.
class StaffDirectory {
    Q_DECLARE_TR_FUNCTIONS(StaffDirectory)
public:
    StaffDirectory(SqlStore &db, const Clock &clock, AuditLog &audit, PasswordHasher hasher = PasswordHasher(),
                   LockoutPolicy policy = LockoutPolicy());

    // First start: there is no active administrator yet; the app asks for one.
    Result<bool> needsFirstAdministrator() const;

    // Creates an account. `actingStaffId` is who did it (empty on first run).
    Status create(const StaffMember &member, const QString &password, const QString &actingStaffId);
    Result<StaffMember> signIn(const QString &staffId, const QString &password);
    void signOut(const StaffMember &member);
    Status changePassword(const QString &staffId, const QString &oldPassword, const QString &newPassword);
    // An administrator sets a new password (forgotten password) and unlocks.
    Status resetPassword(const QString &staffId, const QString &newPassword, const QString &actingStaffId);
    Result<QList<StaffMember>> list() const;

    // At least 8 characters with letters and digits. Returns an error with
    // the reason, for the dialog.
    static Status checkPasswordPolicy(const QString &password);
    static Status checkStaffId(const QString &staffId);

private:
    Status recordFailure(const QString &staffId, int failures);

    SqlStore &m_db;
    const Clock &m_clock;
    AuditLog &m_audit;
    PasswordHasher m_hasher;
    LockoutPolicy m_policy;
    QByteArray m_dummyHash; // verified against for unknown IDs, so timing does not tell them apart
};

} // namespace kakanai
