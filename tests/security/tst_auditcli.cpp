// `kakanai-cli audit verify` as a supervisor's script would use it.
#include "common/Clock.h"
#include "security/AuditLog.h"
#include "security/MemoryAuditAnchor.h"
#include "security/StaffDirectory.h"
#include "store/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;

class TestAuditCli : public QObject {
    Q_OBJECT
private slots:
    void verifiesAndNamesTheFirstBrokenEntry();
    void truncationFailsVerify_data();
    void truncationFailsVerify();
    void staffAddAndList();
    void firstUseMovesTheLocalStaffAndAudit();

private:
    struct Run {
        int exitCode = -1;
        QString out;
    };
    Run cli(const QStringList &args, const QByteArray &input = {});
    bool tamper(const QString &path, const QStringList &sql);
    // A folder of its own for each case: the office store (office.sqlite)
    // lies beside the local store, so stores in one folder share it.
    QString folder(const QString &name);
    QTemporaryDir m_dir;
};

TestAuditCli::Run TestAuditCli::cli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Its own HOME: the record key (data) and the audit checkpoint (config) stay in the test's folder.
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("KAKANAI_CLI"), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

QString TestAuditCli::folder(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(path);
    return path;
}

// Someone with the database file and a SQLite tool.
bool TestAuditCli::tamper(const QString &path, const QStringList &sql)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : sql)
            ok = ok && q.exec(statement);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

void TestAuditCli::verifiesAndNamesTheFirstBrokenEntry()
{
    // A chain in the PC's own store (records purged, keys): audit … --local.
    const QString path = folder(QStringLiteral("local")) + QStringLiteral("/audit.sqlite");
    {
        auto db = Database::open({path});
        QVERIFY(db);
        ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(1, 0), Qt::UTC));
        MemoryAuditAnchor anchor; // the CLI's first verify starts the real one
        AuditLog log(**db, clock, QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"), anchor);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(log.append(QStringLiteral("c001"), QStringLiteral("read-card")));
            clock.advanceSecs(60);
        }
    }
    Run r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--local")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("intact: 5 entries")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("the anchor starts now")), qPrintable(r.out));

    r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--local")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QLatin1Char('\n')), 5);
    // The office's chain is another one: empty here (no staff to move in).
    r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());

    QVERIFY(tamper(path, {QStringLiteral("DROP TRIGGER audit_event_no_update"),
                          QStringLiteral("UPDATE audit_event SET staff_id = 'c002' WHERE seq = 4")}));
    r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--local"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 8);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("intact")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("firstBroken")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("checked")).toInt(), 3);
}

void TestAuditCli::truncationFailsVerify_data()
{
    QTest::addColumn<QString>("attack");
    QTest::addColumn<int>("left");
    QTest::newRow("the last entry") << QStringLiteral("DELETE FROM audit_event WHERE seq = 4") << 3;
    QTest::newRow("the last three") << QStringLiteral("DELETE FROM audit_event WHERE seq > 1") << 1;
    QTest::newRow("all") << QStringLiteral("DELETE FROM audit_event") << 0;
}

void TestAuditCli::truncationFailsVerify()
{
    QFETCH(QString, attack);
    QFETCH(int, left);
    const QString dir = folder(QStringLiteral("cut-%1").arg(left));
    const QString path = dir + QStringLiteral("/kakanai.sqlite");
    const QString office = dir + QStringLiteral("/office.sqlite"); // staff and their audit live there
    QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 0);
    // Four entries, each anchored by the CLI that wrote it.
    for (int i = 0; i < 4; ++i) {
        const QStringList add = {QStringLiteral("--db"), path, QStringLiteral("staff"), QStringLiteral("add"),
                                 QStringLiteral("c%1").arg(i), QStringLiteral("--name"), QStringLiteral("職員"),
                                 QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--password-stdin")};
        QCOMPARE(cli(add, "madoguchi9\n").exitCode, 0);
    }
    Run r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("intact: 4 entries")), qPrintable(r.out));

    QVERIFY(QFile::exists(office));
    QVERIFY(tamper(office, {QStringLiteral("DROP TRIGGER audit_event_no_delete"), attack}));
    r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 8); // as for a broken chain
    QVERIFY2(r.out.contains(QStringLiteral("TRUNCATED")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("%1 entries are missing after entry %2").arg(4 - left).arg(left))
                 || (4 - left == 1 && r.out.contains(QStringLiteral("1 entry is missing after entry %1").arg(left))),
             qPrintable(r.out));
    r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 8);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("intact")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("checked")).toInt(), left);
    const QJsonObject anchor = o.value(QStringLiteral("anchor")).toObject();
    QCOMPARE(anchor.value(QStringLiteral("state")).toString(), QStringLiteral("truncated"));
    QCOMPARE(anchor.value(QStringLiteral("checkpointEntries")).toInt(), 4);
    QCOMPARE(anchor.value(QStringLiteral("missing")).toInt(), 4 - left);
    QCOMPARE(anchor.value(QStringLiteral("missingAfter")).toInt(), left);
}

void TestAuditCli::staffAddAndList()
{
    const QString path = folder(QStringLiteral("staff")) + QStringLiteral("/staff.sqlite");
    const QStringList add = {QStringLiteral("--db"), path, QStringLiteral("staff"), QStringLiteral("add"),
                             QStringLiteral("c009"), QStringLiteral("--name"), QStringLiteral("窓口 九"),
                             QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--password-stdin")};
    Run r = cli(add, "madoguchi9\n");
    QCOMPARE(r.exitCode, 6); // a mistyped --db is no store: nothing created
    QVERIFY(!QFile::exists(path));
    QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 0);
    r = cli(add, "short\n");
    QVERIFY(r.exitCode != 0); // weak password refused
    r = cli(add, "madoguchi9\n");
    QCOMPARE(r.exitCode, 0);
    r = cli(add, "madoguchi9\n");
    QVERIFY(r.exitCode != 0); // the ID is taken
    QStringList badRole = add;
    badRole[badRole.indexOf(QStringLiteral("clerk"))] = QStringLiteral("root");
    QCOMPARE(cli(badRole, "madoguchi9\n").exitCode, 1);
    r = cli({QStringLiteral("--db"), path, QStringLiteral("staff"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("c009\tclerk\t窓口 九"));
    r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("list")});
    QVERIFY(r.out.contains(QStringLiteral("\tcli\tstaff-created\tc009\t")));
    QVERIFY(!r.out.contains(QStringLiteral("madoguchi9")));
}

// A PC from before the office store: its staff and audit were in its own
// store. The first command that needs the office store moves them into
// office.sqlite beside it; both chains verify afterwards.
void TestAuditCli::firstUseMovesTheLocalStaffAndAudit()
{
    const QString dir = folder(QStringLiteral("upgrade"));
    const QString path = dir + QStringLiteral("/kakanai.sqlite");
    {
        auto db = Database::open({path});
        QVERIFY(db);
        ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(1, 0), Qt::UTC));
        MemoryAuditAnchor anchor;
        AuditLog log(**db, clock, QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"), anchor);
        StaffDirectory staff(**db, clock, log, PasswordHasher(PasswordHasher::Cost::Minimum));
        QVERIFY(staff.create({QStringLiteral("a001"), QStringLiteral("管理 一"), Role::Administrator, true},
                             QStringLiteral("kanri1234"), QString()));
        QVERIFY(staff.create({QStringLiteral("c001"), QStringLiteral("窓口 一"), Role::Clerk, true},
                             QStringLiteral("madoguchi1"), QStringLiteral("a001")));
        QVERIFY(log.append(QStringLiteral("c001"), QStringLiteral("read-card")));
    }
    QVERIFY(!QFile::exists(dir + QStringLiteral("/office.sqlite")));
    Run r = cli({QStringLiteral("--db"), path, QStringLiteral("staff"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("a001\tadministrator\t管理 一\nc001\tclerk\t窓口 一"));
    QVERIFY(QFile::exists(dir + QStringLiteral("/office.sqlite")));

    // The three entries went over as they were, then the move itself.
    r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(2).contains(QStringLiteral("\tc001\tread-card\t")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).contains(QStringLiteral("\tlocal-store-imported\t")), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(3).contains(QStringLiteral("staff=2 kept=0 audit=3 copied=3")), qPrintable(lines.at(3)));
    r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("intact: 4 entries")), qPrintable(r.out));
    r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--local")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("intact: 3 entries")), qPrintable(r.out));

    // Only once: a later command finds the office store in use.
    r = cli({QStringLiteral("--db"), path, QStringLiteral("staff"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("list")});
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 4);
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
