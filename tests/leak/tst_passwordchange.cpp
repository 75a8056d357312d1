// PasswordChangeDialog driven through its widgets: each mistake gets its own
// message and changes nothing; the real change signs in with the new password
// only, and the audit log records it without any password in it.
#include "common/Clock.h"
#include "security/AuditLog.h"
#include "security/MemoryAuditAnchor.h"
#include "security/PasswordChangeDialog.h"
#include "security/StaffDirectory.h"
#include "store/Database.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;

namespace {
const QString kOld = QStringLiteral("madoguchi7");
const QString kNew = QStringLiteral("atarashii9");
} // namespace

class TestPasswordChange : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void mistakesAreExplainedAndChangeNothing_data();
    void mistakesAreExplainedAndChangeNothing();
    void changesThePasswordAndAuditsWithoutIt();
    void cancelLeavesEverythingAndClearsTheFields();

private:
    void fill(PasswordChangeDialog &dialog, const QString &current, const QString &fresh, const QString &repeat);
    QLineEdit *edit(PasswordChangeDialog &dialog, const char *name) { return dialog.findChild<QLineEdit *>(QLatin1String(name)); }
    void clickChange(PasswordChangeDialog &dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MemoryAuditAnchor> m_anchor; // one per store, like the checkpoint file
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffDirectory> m_staff;
};

void TestPasswordChange::init()
{
    static int n = 0;
    auto db = Database::open({m_dir.filePath(QStringLiteral("pw%1.sqlite").arg(++n))});
    QVERIFY(db);
    m_db = std::move(*db);
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
    m_anchor = std::make_unique<MemoryAuditAnchor>();
    m_audit = std::make_unique<AuditLog>(*m_db, *m_clock, QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"),
                                         *m_anchor);
    m_staff = std::make_unique<StaffDirectory>(*m_db, *m_clock, *m_audit, PasswordHasher(PasswordHasher::Cost::Minimum));
    QVERIFY(m_staff->create({QStringLiteral("c001"), QStringLiteral("窓口 花子"), Role::Clerk, true}, kOld, QString()));
}

void TestPasswordChange::cleanup()
{
    m_staff.reset();
    m_audit.reset();
    m_db.reset();
}

void TestPasswordChange::fill(PasswordChangeDialog &dialog, const QString &current, const QString &fresh,
                              const QString &repeat)
{
    // Typed as a clerk would, key by key.
    const std::pair<const char *, QString> inputs[] = {
        {"currentPasswordEdit", current}, {"newPasswordEdit", fresh}, {"repeatPasswordEdit", repeat}};
    for (const auto &[name, text] : inputs) {
        QLineEdit *e = edit(dialog, name);
        QVERIFY2(e, name);
        QCOMPARE(e->echoMode(), QLineEdit::Password);
        e->clear();
        QTest::keyClicks(e, text);
    }
}

void TestPasswordChange::clickChange(PasswordChangeDialog &dialog)
{
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("changePasswordButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestPasswordChange::mistakesAreExplainedAndChangeNothing_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("fresh");
    QTest::addColumn<QString>("repeat");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no current password") << QString() << kNew << kNew << QStringLiteral("current password");
    QTest::newRow("no new password") << kOld << QString() << QString() << QStringLiteral("new password");
    QTest::newRow("repeat differs") << kOld << kNew << QStringLiteral("atarashii8") << QStringLiteral("not the same");
    QTest::newRow("too short") << kOld << QStringLiteral("abc123") << QStringLiteral("abc123") << QStringLiteral("8 characters");
    QTest::newRow("no digit") << kOld << QStringLiteral("abcdefghij") << QStringLiteral("abcdefghij") << QStringLiteral("digits");
    QTest::newRow("no letter") << kOld << QStringLiteral("1234567890") << QStringLiteral("1234567890") << QStringLiteral("letters");
    QTest::newRow("same as before") << kOld << kOld << kOld << QStringLiteral("different");
    QTest::newRow("wrong current password") << QStringLiteral("chigau123") << kNew << kNew << QStringLiteral("password");
}

void TestPasswordChange::mistakesAreExplainedAndChangeNothing()
{
    QFETCH(QString, current);
    QFETCH(QString, fresh);
    QFETCH(QString, repeat);
    QFETCH(QString, messagePart);

    PasswordChangeDialog dialog(*m_staff, QStringLiteral("c001"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    fill(dialog, current, fresh, repeat);
    clickChange(dialog);

    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(messagePart, Qt::CaseInsensitive), qPrintable(dialog.message()));
    if (!fresh.isEmpty())
        QVERIFY(!dialog.message().contains(fresh));
    // The old password still works, the attempted one does not.
    QVERIFY(m_staff->signIn(QStringLiteral("c001"), kOld));
    if (!fresh.isEmpty() && fresh != kOld)
        QVERIFY(!m_staff->signIn(QStringLiteral("c001"), fresh));
    const auto events = m_audit->events();
    QVERIFY(events);
    for (const AuditEvent &e : *events)
        QVERIFY(e.action != QLatin1String("password-changed"));
}

void TestPasswordChange::changesThePasswordAndAuditsWithoutIt()
{
    PasswordChangeDialog dialog(*m_staff, QStringLiteral("c001"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    fill(dialog, kOld, kNew, kNew);
    clickChange(dialog);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!dialog.isVisible());
    QVERIFY2(dialog.message().isEmpty(), qPrintable(dialog.message()));
    // Nothing typed stays in the closed dialog.
    for (const char *name : {"currentPasswordEdit", "newPasswordEdit", "repeatPasswordEdit"})
        QVERIFY(edit(dialog, name)->text().isEmpty());

    QVERIFY(m_staff->signIn(QStringLiteral("c001"), kNew));
    QCOMPARE(m_staff->signIn(QStringLiteral("c001"), kOld).error().code(), ErrorCode::SignInFailed);

    const auto events = m_audit->events();
    QVERIFY(events);
    int changes = 0;
    for (const AuditEvent &e : *events) {
        if (e.action == QLatin1String("password-changed")) {
            ++changes;
            QCOMPARE(e.staffId, QStringLiteral("c001"));
            QCOMPARE(e.target, QStringLiteral("c001"));
        }
        for (const QString &field : {e.action, e.target, e.detail, e.staffId}) {
            QVERIFY(!field.contains(kOld));
            QVERIFY(!field.contains(kNew));
        }
    }
    QCOMPARE(changes, 1);
    const auto verification = m_audit->verify();
    QVERIFY(verification && !verification->firstBroken);
}

void TestPasswordChange::cancelLeavesEverythingAndClearsTheFields()
{
    PasswordChangeDialog dialog(*m_staff, QStringLiteral("c001"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    fill(dialog, kOld, kNew, kNew);
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(edit(dialog, "newPasswordEdit")->text().isEmpty());
    QVERIFY(m_staff->signIn(QStringLiteral("c001"), kOld));
}

QTEST_MAIN(TestPasswordChange)
#include "tst_passwordchange.moc"
