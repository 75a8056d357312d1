// `kakanai-cli audit verify` as a supervisor's script would use it.
#include "common/Clock.h"
#include "security/AuditLog.h"
#include "store/Database.h"

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
    void staffAddAndList();

private:
    struct Run {
        int exitCode = -1;
        QString out;
    };
    Run cli(const QStringList &args, const QByteArray &input = {});
    QTemporaryDir m_dir;
};

TestAuditCli::Run TestAuditCli::cli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
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

void TestAuditCli::verifiesAndNamesTheFirstBrokenEntry()
{
    const QString path = m_dir.filePath(QStringLiteral("audit.sqlite"));
    {
        auto db = Database::open({path});
        QVERIFY(db);
        ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(1, 0), Qt::UTC));
        AuditLog log(**db, clock, QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"));
        for (int i = 0; i < 5; ++i) {
            QVERIFY(log.append(QStringLiteral("c001"), QStringLiteral("read-card")));
            clock.advanceSecs(60);
        }
    }
    Run r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("intact: 5 entries")), qPrintable(r.out));

    r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QLatin1Char('\n')), 5);

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_event_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_event SET staff_id = 'c002' WHERE seq = 4")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    r = cli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 8);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("intact")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("firstBroken")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("checked")).toInt(), 3);
}

void TestAuditCli::staffAddAndList()
{
    const QString path = m_dir.filePath(QStringLiteral("staff.sqlite"));
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

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
