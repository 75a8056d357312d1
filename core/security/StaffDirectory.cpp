#include "StaffDirectory.h"

#include "AuditLog.h"
#include "common/Clock.h"
#include "common/LogCategories.h"
#include "store/SqlStore.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace kakanai {

namespace {
QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

StaffDirectory::StaffDirectory(SqlStore &db, const Clock &clock, AuditLog &audit, PasswordHasher hasher,
                               LockoutPolicy policy)
    : m_db(db), m_clock(clock), m_audit(audit), m_hasher(hasher), m_policy(policy),
      m_dummyHash(m_hasher.hash(QStringLiteral("not-a-password-0")))
{
}

Status StaffDirectory::checkPasswordPolicy(const QString &password)
{
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    static const QRegularExpression digit(QStringLiteral("\\d"));
    if (password.size() < 8 || !password.contains(letter) || !password.contains(digit))
        return fail(ErrorCode::WeakPassword,
                    tr("The password needs at least 8 characters, with both letters and digits."));
    return {};
}

Status StaffDirectory::checkStaffId(const QString &staffId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,32}$"));
    if (!pattern.match(staffId).hasMatch())
        return fail(ErrorCode::InvalidArgument,
                    tr("A staff ID has 1 to 32 letters, digits, dots, hyphens or underscores."));
    return {};
}

Result<bool> StaffDirectory::needsFirstAdministrator() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM staff WHERE role = 'administrator' AND active = 1"));
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    q.next();
    return q.value(0).toInt() == 0;
}

Status StaffDirectory::create(const StaffMember &member, const QString &password, const QString &actingStaffId)
{
    if (auto ok = checkStaffId(member.staffId); !ok)
        return ok;
    if (member.displayName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Enter the staff member's name."));
    if (auto ok = checkPasswordPolicy(password); !ok)
        return ok;
    const QByteArray hash = m_hasher.hash(password);
    if (hash.isEmpty())
        return fail(ErrorCode::Internal, tr("The password could not be processed (out of memory)."));
    return m_db.inTransaction([&]() -> Status {
        QSqlQuery exists(m_db.connection());
        exists.prepare(QStringLiteral("SELECT 1 FROM staff WHERE staff_id = ?"));
        exists.addBindValue(member.staffId);
        if (auto ok = m_db.exec(exists); !ok)
            return ok;
        if (exists.next())
            return fail(ErrorCode::InvalidArgument, tr("This staff ID is already in use."));
        const QString now = isoUtc(m_clock.nowUtc());
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO staff (staff_id, display_name, role, password_hash, created_at, "
                                 "password_changed_at) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(member.staffId);
        q.addBindValue(member.displayName.trimmed());
        q.addBindValue(Permissions::roleName(member.role));
        q.addBindValue(QString::fromLatin1(hash));
        q.addBindValue(now);
        q.addBindValue(now);
        if (auto ok = m_db.exec(q); !ok)
            return ok;
        return m_audit.appendInTransaction(actingStaffId, QStringLiteral("staff-created"), member.staffId,
                                           QStringLiteral("role=%1").arg(Permissions::roleName(member.role)));
    });
}

Result<StaffMember> StaffDirectory::signIn(const QString &staffId, const QString &password)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT display_name, role, password_hash, failed_attempts, locked_until, active "
                             "FROM staff WHERE staff_id = ?"));
    q.addBindValue(staffId);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    const auto wrong = [this] {
        return fail(ErrorCode::SignInFailed, tr("The staff ID or the password is wrong."));
    };
    if (!q.next()) {
        m_hasher.verify(m_dummyHash, password); // same work as for a real account
        m_audit.append(QString(), QStringLiteral("sign-in-failed"), QString(), QStringLiteral("unknown-id"));
        return wrong();
    }
    const QString displayName = q.value(0).toString();
    const auto role = Permissions::roleFromName(q.value(1).toString());
    const QByteArray hash = q.value(2).toString().toLatin1();
    const int failures = q.value(3).toInt();
    const QDateTime lockedUntil = q.value(4).isNull() ? QDateTime()
                                                      : QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    const bool active = q.value(5).toInt() == 1;
    const QDateTime now = m_clock.nowUtc();

    if (lockedUntil.isValid() && now < lockedUntil) {
        m_audit.append(staffId, QStringLiteral("sign-in-refused-locked"));
        const qint64 minutes = (now.secsTo(lockedUntil) + 59) / 60;
        return fail(ErrorCode::AccountLocked,
                    tr("This account is locked after too many wrong passwords. Try again in %n minute(s), or ask "
                       "an administrator to reset the password.", nullptr, int(minutes)));
    }
    if (!m_hasher.verify(hash, password) || !active || !role) {
        // A lock that has run out starts a fresh count.
        const int count = (lockedUntil.isValid() ? 0 : failures) + 1;
        if (auto ok = recordFailure(staffId, count); !ok)
            return std::unexpected(ok.error());
        if (count >= m_policy.maxFailures)
            return fail(ErrorCode::AccountLocked,
                        tr("Too many wrong passwords: this account is now locked for %n minute(s).", nullptr,
                           int(m_policy.lockDuration.count())));
        return wrong();
    }
    auto reset = m_db.inTransaction([&]() -> Status {
        QSqlQuery u(m_db.connection());
        u.prepare(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE staff_id = ?"));
        u.addBindValue(staffId);
        if (auto ok = m_db.exec(u); !ok)
            return ok;
        if (m_hasher.needsRehash(hash)) {
            QSqlQuery r(m_db.connection());
            r.prepare(QStringLiteral("UPDATE staff SET password_hash = ? WHERE staff_id = ?"));
            r.addBindValue(QString::fromLatin1(m_hasher.hash(password)));
            r.addBindValue(staffId);
            if (auto ok = m_db.exec(r); !ok)
                return ok;
        }
        return m_audit.appendInTransaction(staffId, QStringLiteral("sign-in"));
    });
    if (!reset)
        return std::unexpected(reset.error());
    return StaffMember{staffId, displayName, *role, active};
}

Status StaffDirectory::recordFailure(const QString &staffId, int failures)
{
    return m_db.inTransaction([&]() -> Status {
        const bool lock = failures >= m_policy.maxFailures;
        QSqlQuery u(m_db.connection());
        u.prepare(QStringLiteral("UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE staff_id = ?"));
        u.addBindValue(lock ? 0 : failures);
        u.addBindValue(lock ? QVariant(isoUtc(m_clock.nowUtc().addSecs(
                                  std::chrono::duration_cast<std::chrono::seconds>(m_policy.lockDuration).count())))
                            : QVariant(QMetaType(QMetaType::QString)));
        u.addBindValue(staffId);
        if (auto ok = m_db.exec(u); !ok)
            return ok;
        return m_audit.appendInTransaction(staffId, lock ? QStringLiteral("account-locked")
                                                         : QStringLiteral("sign-in-failed"),
                                           QString(), QStringLiteral("failures=%1").arg(failures));
    });
}

void StaffDirectory::signOut(const StaffMember &member)
{
    if (auto ok = m_audit.append(member.staffId, QStringLiteral("sign-out")); !ok)
        qCWarning(lcCommon) << "sign-out not audited:" << ok.error().toString();
}

Status StaffDirectory::changePassword(const QString &staffId, const QString &oldPassword, const QString &newPassword)
{
    auto member = signIn(staffId, oldPassword);
    if (!member)
        return std::unexpected(member.error());
    if (auto ok = checkPasswordPolicy(newPassword); !ok)
        return ok;
    if (newPassword == oldPassword)
        return fail(ErrorCode::WeakPassword, tr("Choose a password different from the current one."));
    return resetPassword(staffId, newPassword, staffId);
}

Status StaffDirectory::resetPassword(const QString &staffId, const QString &newPassword, const QString &actingStaffId)
{
    if (auto ok = checkPasswordPolicy(newPassword); !ok)
        return ok;
    const QByteArray hash = m_hasher.hash(newPassword);
    return m_db.inTransaction([&]() -> Status {
        QSqlQuery u(m_db.connection());
        u.prepare(QStringLiteral("UPDATE staff SET password_hash = ?, failed_attempts = 0, locked_until = NULL, "
                                 "password_changed_at = ? WHERE staff_id = ?"));
        u.addBindValue(QString::fromLatin1(hash));
        u.addBindValue(isoUtc(m_clock.nowUtc()));
        u.addBindValue(staffId);
        if (auto ok = m_db.exec(u); !ok)
            return ok;
        if (u.numRowsAffected() != 1)
            return fail(ErrorCode::NotFound, tr("There is no staff member with this ID."));
        return m_audit.appendInTransaction(actingStaffId, QStringLiteral("password-changed"), staffId);
    });
}

Result<QList<StaffMember>> StaffDirectory::list() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT staff_id, display_name, role, active FROM staff ORDER BY staff_id"));
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<StaffMember> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(),
                    Permissions::roleFromName(q.value(2).toString()).value_or(Role::Clerk), q.value(3).toInt() == 1});
    return out;
}

} // namespace kakanai
