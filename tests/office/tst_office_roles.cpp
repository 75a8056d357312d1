// Integration: the counter PCs' least-privilege role that `kakanai-cli office
// roles` prints (core/office/roles/counter-role.pg.sql), tried on the test
// PostgreSQL: it names every table of the schema, and a counter's login role
// does a counter's work and nothing else. PostgreSQL only: a SQLite office
// store has no roles.
#include "common/Clock.h"
#include "office/DailyNumbers.h"
#include "office/OfficeMigrations.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "security/AuditLog.h"
#include "security/MemoryAuditAnchor.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using kakanai::OfficeLocation;
using kakanai::OfficeStore;
using kakanai::OfficeStoreOptions;
using kakanai::test::CliRun;
using kakanai::test::OfficeTestEnv;

namespace {

// The tables the role SQL grants anything on.
QSet<QString> tablesGranted(const QString &sql)
{
    static const QRegularExpression grant(
        QStringLiteral("^GRANT\\s+[A-Z, ]+\\s+ON\\s+(?:TABLE\\s+)?([a-z0-9_, ]+?)\\s+TO\\s+kakanai_counter\\s*;"),
        QRegularExpression::MultilineOption);
    QSet<QString> tables;
    for (auto it = grant.globalMatch(sql); it.hasNext();) {
        const auto match = it.next();
        for (const QString &table : match.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            tables.insert(table.trimmed());
    }
    return tables;
}

} // namespace

class TestOfficeRoles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void roleSqlNamesEveryTable();
    void counterRoleHasLeastPrivilege();

private:
    CliRun cli(const QStringList &args) const { return OfficeTestEnv::runCli(m_dir, m_settings, args); }
    // A fresh PostgreSQL store and the arguments that point kakanai-cli at it.
    QStringList freshStoreArgs(OfficeStoreOptions *options) const
    {
        *options = OfficeTestEnv::freshStore(QStringLiteral("postgresql"), m_dir);
        return OfficeTestEnv::cliStoreArgs(*options);
    }

    QTemporaryDir m_dir;
    QString m_settings;
};

void TestOfficeRoles::initTestCase()
{
    QString why;
    QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(qEnvironmentVariable("KAKANAI_CLI")), "KAKANAI_CLI must point at the built kakanai-cli");
    // An empty settings file: office/url empty, office/passwordFile empty.
    m_settings = kakanai::test::writeTestFile(m_dir.filePath(QStringLiteral("kakanai.ini")), QByteArray());
    QVERIFY(!m_settings.isEmpty());
}

void TestOfficeRoles::cleanupTestCase()
{
    OfficeTestEnv::dropAll();
    // The roles counterRoleHasLeastPrivilege made (they outlive databases) are gone.
    QCOMPARE(OfficeTestEnv::superuserColumn(QStringLiteral("postgres"),
                                            QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname = "
                                                           "'kakanai_counter' OR rolname LIKE 'counter\\_t\\_%'")),
             QStringList());
}

// The role SQL grants on every table of the schema: a migration that adds a
// table without updating core/office/roles/counter-role.pg.sql fails here.
void TestOfficeRoles::roleSqlNamesEveryTable()
{
    OfficeStoreOptions options;
    const QStringList store = freshStoreArgs(&options);
    QCOMPARE(cli(QStringList{QStringLiteral("office"), QStringLiteral("init")} + store).exitCode, 0);
    const QStringList inSchema = OfficeTestEnv::superuserColumn(
        options.location.database(),
        QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY 1"));
    QVERIFY(inSchema.contains(QStringLiteral("schema_version")));
    QVERIFY(inSchema.contains(QStringLiteral("audit_event")));
    const QSet<QString> schemaTables(inSchema.cbegin(), inSchema.cend());
    const QSet<QString> granted = tablesGranted(kakanai::OfficeMigrations::counterRoleSql());
    QVERIFY2(schemaTables == granted,
             qPrintable(QStringLiteral("tables in the schema without a grant: %1; grants on tables not in it: %2")
                            .arg(QStringList((schemaTables - granted).values()).join(u' '),
                                 QStringList((granted - schemaTables).values()).join(u' '))));
    // And the command prints that very file, as the administrators' page shows it.
    const CliRun roles = cli({QStringLiteral("office"), QStringLiteral("roles")});
    QCOMPARE(roles.exitCode, 0);
    QCOMPARE(roles.out, kakanai::OfficeMigrations::counterRoleSql());
    QFile page(qEnvironmentVariable("KAKANAI_SOURCE_DIR") + QStringLiteral("/docs/admin/office.md"));
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
    QVERIFY2(QString::fromUtf8(page.readAll()).contains(QStringLiteral("```sql\n") + roles.out + QStringLiteral("```")),
             "docs/admin/office.md must show core/office/roles/counter-role.pg.sql as it is");
}

// The printed role SQL, run as the superuser, then a counter PC's login role:
// it does a counter's work and nothing else.
void TestOfficeRoles::counterRoleHasLeastPrivilege()
{
    OfficeStoreOptions options;
    const QStringList store = freshStoreArgs(&options);
    const QString database = options.location.database();
    QCOMPARE(cli(QStringList{QStringLiteral("office"), QStringLiteral("init")} + store).exitCode, 0);
    const CliRun roles = cli({QStringLiteral("office"), QStringLiteral("roles")});
    QCOMPARE(roles.exitCode, 0);

    const QString counter = QStringLiteral("counter_t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
    const QString password = QUuid::createUuid().toString(QUuid::Id128);
    // Roles live in the cluster, beyond the test's database: dropped at the end
    // whatever happens.
    const auto dropRoles = qScopeGuard([&] {
        QString ignored;
        OfficeTestEnv::superuserScript(database, QStringLiteral("DROP OWNED BY %1, kakanai_counter;").arg(counter), &ignored);
        OfficeTestEnv::superuserExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(counter), &ignored);
        OfficeTestEnv::superuserExec(QStringLiteral("DROP ROLE IF EXISTS kakanai_counter"), &ignored);
    });
    QString error;
    QVERIFY2(OfficeTestEnv::superuserScript(database, roles.out, &error), qPrintable(error));
    // Twice: running it again (after an upgrade) is harmless.
    QVERIFY2(OfficeTestEnv::superuserScript(database, roles.out, &error), qPrintable(error));
    QVERIFY2(OfficeTestEnv::superuserScript(database,
                             QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE kakanai_counter;")
                                 .arg(counter, password),
                             &error),
             qPrintable(error));

    // Exactly the grants the counters need, on the tables and the schema.
    const QStringList grants = OfficeTestEnv::superuserColumn(
        database, QStringLiteral("SELECT table_name || ':' || string_agg(privilege_type, ',' ORDER BY privilege_type) "
                                 "FROM information_schema.role_table_grants WHERE grantee = 'kakanai_counter' "
                                 "GROUP BY table_name ORDER BY table_name"));
    QCOMPARE(grants, (QStringList{QStringLiteral("audit_daily_digest:INSERT,SELECT"),
                                  QStringLiteral("audit_event:INSERT,SELECT"),
                                  QStringLiteral("daily_number:INSERT,SELECT,UPDATE"),
                                  QStringLiteral("queue_category:SELECT"),
                                  QStringLiteral("queue_counter:INSERT,SELECT,UPDATE"),
                                  QStringLiteral("schema_version:SELECT"),
                                  QStringLiteral("staff:INSERT,SELECT,UPDATE"),
                                  QStringLiteral("ticket:INSERT,SELECT,UPDATE"),
                                  QStringLiteral("ticket_event:INSERT,SELECT")}));
    QCOMPARE(OfficeTestEnv::superuserColumn(database, QStringLiteral("SELECT has_schema_privilege('kakanai_counter', 'public', "
                                                      "'CREATE')::text || ',' || has_schema_privilege("
                                                      "'kakanai_counter', 'public', 'USAGE')::text")),
             QStringList{QStringLiteral("false,true")});
    QCOMPARE(OfficeTestEnv::superuserColumn(QStringLiteral("postgres"),
                             QStringLiteral("SELECT rolcanlogin::text FROM pg_roles WHERE rolname = 'kakanai_counter'")),
             QStringList{QStringLiteral("false")});

    const QString passwordFile =
        OfficeTestEnv::privateFile(m_dir.filePath(counter + QStringLiteral(".password")), password.toUtf8());
    QVERIFY(!passwordFile.isEmpty());
    auto location = OfficeLocation::parse(QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
                                              .arg(counter, OfficeTestEnv::host())
                                              .arg(OfficeTestEnv::port())
                                              .arg(database));
    QVERIFY(location.has_value());

    // The counter's role can run the checks an administrator asks for at a PC.
    const QStringList asCounter{QStringLiteral("--office"), location->display(), QStringLiteral("--password-file"),
                                passwordFile};
    CliRun r = cli(QStringList{QStringLiteral("office"), QStringLiteral("check")} + asCounter);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(QStringList{QStringLiteral("office"), QStringLiteral("init")} + asCounter);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // up to date: nothing it may not do

    OfficeStoreOptions counterOptions;
    counterOptions.location = *location;
    counterOptions.passwordFile = passwordFile;
    counterOptions.migrate = false;
    counterOptions.createIfMissing = false;
    counterOptions.applicationName = QStringLiteral("kakanai-test-counter");
    auto opened = OfficeStore::open(counterOptions);
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().toString()));
    OfficeStore &office = **opened;

    // Allowed: a ticket number, an audit entry, a staff row and its sign-in count.
    kakanai::DailyNumbers numbers(office);
    const QDate today(2026, 4, 1);
    auto first = numbers.take(QStringLiteral("A"), today, {1, 99});
    QVERIFY2(first.has_value(), first ? "" : qPrintable(first.error().toString()));
    QCOMPARE(*first, 1);
    auto second = numbers.take(QStringLiteral("A"), today, {1, 99});
    QVERIFY(second.has_value());
    QCOMPARE(*second, 2);
    kakanai::SystemClock clock;
    kakanai::MemoryAuditAnchor anchor;
    kakanai::AuditLog audit(office, clock, QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"), anchor);
    auto appended = audit.append(QStringLiteral("clerk01"), QStringLiteral("sign-in"));
    QVERIFY2(appended.has_value(), appended ? "" : qPrintable(appended.error().toString()));
    auto events = audit.events();
    QVERIFY(events.has_value());
    QCOMPARE(events->size(), 1);
    const QStringList allowed = {
        QStringLiteral("INSERT INTO staff (staff_id, display_name, role, password_hash, created_at, "
                       "password_changed_at) VALUES ('c01', 'x', 'clerk', 'h', '2026-04-01', '2026-04-01')"),
        QStringLiteral("UPDATE staff SET failed_attempts = 1 WHERE staff_id = 'c01'"),
    };
    for (const QString &sql : allowed) {
        QSqlQuery q(office.connection());
        QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(" -> ") + q.lastError().text()));
    }

    // Refused: changing the record, deleting, emptying, and any schema change.
    const QStringList refused = {
        QStringLiteral("UPDATE audit_event SET action = 'x'"),
        QStringLiteral("DELETE FROM audit_event"),
        QStringLiteral("TRUNCATE audit_event"),
        QStringLiteral("UPDATE audit_daily_digest SET last_seq = 0"),
        QStringLiteral("DELETE FROM staff"),
        QStringLiteral("DELETE FROM daily_number"),
        QStringLiteral("INSERT INTO schema_version (version, name) VALUES (99, 'x')"),
        QStringLiteral("CREATE TABLE intruder (x INTEGER)"),
        QStringLiteral("CREATE TEMP TABLE intruder (x INTEGER)"),
        QStringLiteral("DROP TABLE staff"),
        QStringLiteral("ALTER TABLE staff ADD COLUMN x INTEGER"),
        QStringLiteral("DROP TRIGGER audit_event_append_only ON audit_event"),
    };
    for (const QString &sql : refused) {
        QSqlQuery q(office.connection());
        QVERIFY2(!q.exec(sql), qPrintable(sql + QStringLiteral(" was allowed")));
        const kakanai::Error e = office.classify(q.lastError());
        QVERIFY2(e.code() == kakanai::ErrorCode::PermissionDenied,
                 qPrintable(sql + QStringLiteral(" -> ") + e.toString()));
    }
    // What was allowed is there, nothing refused changed anything.
    QCOMPARE(OfficeTestEnv::superuserColumn(database, QStringLiteral("SELECT count(*) FROM audit_event")), QStringList{QStringLiteral("1")});
    QCOMPARE(OfficeTestEnv::superuserColumn(database, QStringLiteral("SELECT count(*) FROM staff")), QStringList{QStringLiteral("1")});
    QCOMPARE(OfficeTestEnv::superuserColumn(database, QStringLiteral("SELECT next_number FROM daily_number")),
             QStringList{QStringLiteral("3")});
}

QTEST_GUILESS_MAIN(TestOfficeRoles)
#include "tst_office_roles.moc"
