// Staff accounts: argon2id hashes, sign-in, lock-out with a moved clock,
// password rules, and that every step lands in the audit log without secrets.
#include "common/Clock.h"
#include "security/AuditLog.h"
#include "security/MemoryAuditAnchor.h"
#include "security/StaffDirectory.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;

namespace {
const QString kAdminPassword = QStringLiteral("kanri2026x");
const QString kClerkPassword = QStringLiteral("madoguchi7");
} // namespace

class TestStaffDirectory : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void hashesVerifyAndDiffer();
    void firstRunNeedsAdministrator();
    void signsInWithTheRightPasswordOnly();
    void unknownAndWrongLookTheSame();
    void locksAfterRepeatedFailuresAndUnlocksLater();
    void administratorResetUnlocks();
    void passwordPolicy_data();
    void passwordPolicy();
    void changePasswordNeedsTheOldOne();
    void staffIdRules_data();
    void staffIdRules();
    void auditHasEveryStepAndNoSecret();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MemoryAuditAnchor> m_anchor; // one per store, like the checkpoint file
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffDirectory> m_staff;
};

void TestStaffDirectory::init()
{
    static int n = 0;
    auto db = Database::open({m_dir.filePath(QStringLiteral("staff%1.sqlite").arg(++n))});
    QVERIFY(db);
    m_db = std::move(*db);
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
    m_anchor = std::make_unique<MemoryAuditAnchor>();
    m_audit = std::make_unique<AuditLog>(*m_db, *m_clock, QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"),
                                         *m_anchor);
    m_staff = std::make_unique<StaffDirectory>(*m_db, *m_clock, *m_audit, PasswordHasher(PasswordHasher::Cost::Minimum));
    QVERIFY(m_staff->create({QStringLiteral("admin"), QStringLiteral("管理 太郎"), Role::Administrator, true},
                            kAdminPassword, QString()));
    QVERIFY(m_staff->create({QStringLiteral("c001"), QStringLiteral("窓口 花子"), Role::Clerk, true}, kClerkPassword,
                            QStringLiteral("admin")));
}

void TestStaffDirectory::cleanup()
{
    m_staff.reset();
    m_audit.reset();
    m_db.reset();
}

void TestStaffDirectory::hashesVerifyAndDiffer()
{
    PasswordHasher hasher(PasswordHasher::Cost::Minimum);
    const QByteArray a = hasher.hash(QStringLiteral("同じパスワード1"));
    const QByteArray b = hasher.hash(QStringLiteral("同じパスワード1"));
    QVERIFY(a.startsWith("$argon2id$"));
    QVERIFY(a != b); // salted
    QVERIFY(hasher.verify(a, QStringLiteral("同じパスワード1")));
    QVERIFY(!hasher.verify(a, QStringLiteral("同じパスワード2")));
    QVERIFY(!hasher.verify(QByteArray(), QStringLiteral("x")));
    QVERIFY(PasswordHasher(PasswordHasher::Cost::Interactive).needsRehash(a));
}

void TestStaffDirectory::firstRunNeedsAdministrator()
{
    QTemporaryDir dir;
    auto db = Database::open({dir.filePath(QStringLiteral("fresh.sqlite"))});
    QVERIFY(db);
    MemoryAuditAnchor anchor;
    AuditLog audit(**db, *m_clock, QStringLiteral("t"), QTimeZone("Asia/Tokyo"), anchor);
    StaffDirectory staff(**db, *m_clock, audit, PasswordHasher(PasswordHasher::Cost::Minimum));
    QCOMPARE(staff.needsFirstAdministrator().value(), true);
    QVERIFY(staff.create({QStringLiteral("c9"), QStringLiteral("x"), Role::Clerk, true}, kClerkPassword, QString()));
    QCOMPARE(staff.needsFirstAdministrator().value(), true);
    QVERIFY(staff.create({QStringLiteral("a9"), QStringLiteral("y"), Role::Administrator, true}, kAdminPassword, QString()));
    QCOMPARE(staff.needsFirstAdministrator().value(), false);
}

void TestStaffDirectory::signsInWithTheRightPasswordOnly()
{
    auto ok = m_staff->signIn(QStringLiteral("c001"), kClerkPassword);
    QVERIFY(ok);
    QCOMPARE(ok->role, Role::Clerk);
    QCOMPARE(ok->displayName, QStringLiteral("窓口 花子"));
    auto bad = m_staff->signIn(QStringLiteral("c001"), QStringLiteral("madoguchi8"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code(), ErrorCode::SignInFailed);
}

void TestStaffDirectory::unknownAndWrongLookTheSame()
{
    auto unknown = m_staff->signIn(QStringLiteral("nobody"), kClerkPassword);
    auto wrong = m_staff->signIn(QStringLiteral("c001"), QStringLiteral("wrong1234"));
    QVERIFY(!unknown && !wrong);
    QCOMPARE(unknown.error().code(), wrong.error().code());
    QCOMPARE(unknown.error().message(), wrong.error().message());
}

void TestStaffDirectory::locksAfterRepeatedFailuresAndUnlocksLater()
{
    for (int i = 1; i <= 4; ++i) {
        auto r = m_staff->signIn(QStringLiteral("c001"), QStringLiteral("wrong1234"));
        QCOMPARE(r.error().code(), ErrorCode::SignInFailed);
    }
    auto fifth = m_staff->signIn(QStringLiteral("c001"), QStringLiteral("wrong1234"));
    QCOMPARE(fifth.error().code(), ErrorCode::AccountLocked);
    // While locked, even the right password is refused.
    auto during = m_staff->signIn(QStringLiteral("c001"), kClerkPassword);
    QVERIFY(!during);
    QCOMPARE(during.error().code(), ErrorCode::AccountLocked);
    m_clock->advanceSecs(14 * 60);
    QCOMPARE(m_staff->signIn(QStringLiteral("c001"), kClerkPassword).error().code(), ErrorCode::AccountLocked);
    m_clock->advanceSecs(61);
    QVERIFY(m_staff->signIn(QStringLiteral("c001"), kClerkPassword));
    // The count starts again after a success.
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(m_staff->signIn(QStringLiteral("c001"), QStringLiteral("x1234567")).error().code(), ErrorCode::SignInFailed);
    QVERIFY(m_staff->signIn(QStringLiteral("c001"), kClerkPassword));
}

void TestStaffDirectory::administratorResetUnlocks()
{
    for (int i = 0; i < 5; ++i)
        m_staff->signIn(QStringLiteral("c001"), QStringLiteral("wrong1234"));
    QCOMPARE(m_staff->signIn(QStringLiteral("c001"), kClerkPassword).error().code(), ErrorCode::AccountLocked);
    QVERIFY(m_staff->resetPassword(QStringLiteral("c001"), QStringLiteral("atarashii9"), QStringLiteral("admin")));
    QVERIFY(m_staff->signIn(QStringLiteral("c001"), QStringLiteral("atarashii9")));
    QVERIFY(!m_staff->signIn(QStringLiteral("c001"), kClerkPassword));
    QCOMPARE(m_staff->resetPassword(QStringLiteral("ghost"), QStringLiteral("atarashii9"), QStringLiteral("admin")).error().code(),
             ErrorCode::NotFound);
}

void TestStaffDirectory::passwordPolicy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("too short") << QStringLiteral("abc123") << false;
    QTest::newRow("letters only") << QStringLiteral("abcdefghij") << false;
    QTest::newRow("digits only") << QStringLiteral("1234567890") << false;
    QTest::newRow("8 mixed") << QStringLiteral("abcd1234") << true;
    QTest::newRow("japanese letters") << QStringLiteral("まどぐち窓口2026") << true;
}

void TestStaffDirectory::passwordPolicy()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    auto r = StaffDirectory::checkPasswordPolicy(password);
    QCOMPARE(r.has_value(), accepted);
    if (!accepted)
        QCOMPARE(r.error().code(), ErrorCode::WeakPassword);
    auto created = m_staff->create({QStringLiteral("p1"), QStringLiteral("p"), Role::Clerk, true}, password,
                                   QStringLiteral("admin"));
    QCOMPARE(created.has_value(), accepted);
}

void TestStaffDirectory::changePasswordNeedsTheOldOne()
{
    QCOMPARE(m_staff->changePassword(QStringLiteral("c001"), QStringLiteral("wrong1234"), QStringLiteral("atarashii9"))
                 .error().code(),
             ErrorCode::SignInFailed);
    QCOMPARE(m_staff->changePassword(QStringLiteral("c001"), kClerkPassword, kClerkPassword).error().code(),
             ErrorCode::WeakPassword);
    QVERIFY(m_staff->changePassword(QStringLiteral("c001"), kClerkPassword, QStringLiteral("atarashii9")));
    QVERIFY(m_staff->signIn(QStringLiteral("c001"), QStringLiteral("atarashii9")));
}

void TestStaffDirectory::staffIdRules_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << QStringLiteral("c002") << true;
    QTest::newRow("dotted") << QStringLiteral("yamada.t") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("c 002") << false;
    QTest::newRow("japanese") << QStringLiteral("山田") << false;
    QTest::newRow("too long") << QString(33, QLatin1Char('a')) << false;
    QTest::newRow("taken") << QStringLiteral("c001") << false;
}

void TestStaffDirectory::staffIdRules()
{
    QFETCH(QString, id);
    QFETCH(bool, accepted);
    auto created = m_staff->create({id, QStringLiteral("x"), Role::Reception, true}, kClerkPassword, QStringLiteral("admin"));
    QCOMPARE(created.has_value(), accepted);
}

void TestStaffDirectory::auditHasEveryStepAndNoSecret()
{
    m_staff->signIn(QStringLiteral("c001"), kClerkPassword);
    m_staff->signIn(QStringLiteral("c001"), QStringLiteral("wrong1234"));
    m_staff->signIn(QStringLiteral("nobody"), QStringLiteral("wrong1234"));
    auto events = m_audit->events();
    QVERIFY(events);
    QStringList actions;
    for (const AuditEvent &e : std::as_const(*events)) {
        actions << e.action;
        for (const QString &field : {e.staffId, e.action, e.target, e.detail}) {
            QVERIFY(!field.contains(kClerkPassword));
            QVERIFY(!field.contains(kAdminPassword));
            QVERIFY(!field.contains(QStringLiteral("wrong1234")));
        }
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("staff-created"), QStringLiteral("staff-created"),
                                   QStringLiteral("sign-in"), QStringLiteral("sign-in-failed"),
                                   QStringLiteral("sign-in-failed")}));
    QVERIFY(m_audit->verify()->firstBroken == std::nullopt);
}

QTEST_GUILESS_MAIN(TestStaffDirectory)
#include "tst_staffdirectory.moc"
