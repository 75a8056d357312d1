// Role × action: the whole table, stated here independently of the code,
// so a change to either shows up as a failing row. docs/security.md has the
// same table for people.
#include "security/Roles.h"

#include <QTest>

using namespace kakanai;

class TestPermissions : public QObject {
    Q_OBJECT
private slots:
    void everyRoleAndAction_data();
    void everyRoleAndAction();
    void tableCoversEveryAction();
    void roleNamesRoundTrip();
};

namespace {
// Allowed roles per action: c = clerk, r = reception, s = supervisor, a = administrator.
const QList<QPair<Action, const char *>> kTable = {
    {Action::ReadCard, "cs"},
    {Action::ReadIndividualNumber, "cs"},
    {Action::RevealIndividualNumber, "cs"},
    {Action::CompleteVisit, "cs"},
    {Action::IssueTicket, "crs"},
    {Action::CallTicket, "crs"},
    {Action::BookAppointment, "crs"},
    {Action::ViewOutbox, "csa"},
    {Action::ResendRejected, "sa"},
    {Action::ExportCsv, "sa"},
    {Action::ViewStatistics, "sa"},
    {Action::ViewAudit, "sa"},
    {Action::ExportAudit, "sa"},
    {Action::ManageStaff, "a"},
    {Action::ChangeSettings, "a"},
};
char letter(Role r)
{
    switch (r) {
    case Role::Clerk: return 'c';
    case Role::Reception: return 'r';
    case Role::Supervisor: return 's';
    case Role::Administrator: return 'a';
    }
    return '?';
}
} // namespace

void TestPermissions::everyRoleAndAction_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");
    for (const auto &[action, roles] : kTable)
        for (Role role : Permissions::allRoles())
            QTest::addRow("%s by %s", qPrintable(Permissions::actionName(action)), qPrintable(Permissions::roleName(role)))
                << role << action << (QByteArray(roles).contains(letter(role)));
}

void TestPermissions::everyRoleAndAction()
{
    QFETCH(Role, role);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    QCOMPARE(Permissions::allows(role, action), allowed);
}

void TestPermissions::tableCoversEveryAction()
{
    QCOMPARE(kTable.size(), Permissions::allActions().size());
    for (Action a : Permissions::allActions()) {
        bool found = false;
        for (const auto &row : kTable)
            found = found || row.first == a;
        QVERIFY2(found, qPrintable(Permissions::actionName(a)));
    }
}

void TestPermissions::roleNamesRoundTrip()
{
    for (Role r : Permissions::allRoles()) {
        QCOMPARE(Permissions::roleFromName(Permissions::roleName(r)), std::optional<Role>(r));
        QVERIFY(!Permissions::displayName(r).isEmpty());
    }
    QVERIFY(!Permissions::roleFromName(QStringLiteral("root")).has_value());
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
