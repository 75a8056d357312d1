// Integration: the office store (core/office) on both engines, SQLite and the
// test PostgreSQL (scripts/lib/postgres-test-env.sh): opening and migrating,
// refusing a newer or (without migrate) an older schema, a failing migration
// leaving nothing behind, the invariants kept by the database itself (checks,
// append-only audit, daily number bands), the staff directory and audit log
// on the office store, transactions with afterCommit, and the change feed
// seeing commits. The parts that need no database: tst_office_parsing.
// Every store test is data-driven on the `engine` column (OfficeTestEnv::engines()).
#include "common/Clock.h"
#include "office/ChangeFeed.h"
#include "office/DailyNumbers.h"
#include "office/DirectConnection.h"
#include "office/OfficeMigrations.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "security/AuditLog.h"
#include "security/MemoryAuditAnchor.h"
#include "security/StaffDirectory.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using kakanai::test::DirectConnection;
using kakanai::test::OfficeTestEnv;

namespace {

QString codeName(ErrorCode code)
{
    return QString::fromLatin1(Error::codeName(code));
}

QString migrationsFolder(const QString &name)
{
    return qEnvironmentVariable("KAKANAI_SOURCE_DIR") + QStringLiteral("/tests/office/") + name;
}

// A staff row written directly (the store's own rules are what is tested).
Status insertStaff(OfficeStore &store, const QString &staffId, const QString &role = QStringLiteral("clerk"))
{
    QSqlQuery q(store.connection());
    q.prepare(QStringLiteral("INSERT INTO staff (staff_id, display_name, role, password_hash, created_at, "
                             "password_changed_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(staffId);
    q.addBindValue(QStringLiteral("テスト 職員"));
    q.addBindValue(role);
    q.addBindValue(QStringLiteral("$argon2id$not-a-real-hash"));
    q.addBindValue(QStringLiteral("2026-04-01T00:00:00Z"));
    q.addBindValue(QStringLiteral("2026-04-01T00:00:00Z"));
    return store.exec(q);
}

// A statement as it is (TRUNCATE cannot be prepared), classified by the store.
Status execOn(OfficeStore &store, const QString &sql)
{
    QSqlQuery q(store.connection());
    if (!q.exec(sql))
        return std::unexpected(store.classify(q.lastError()));
    return {};
}

} // namespace

// Opens a store or fails the test with the store's error.
#define OPEN_STORE(var, options)                                                                                    \
    auto var##Opened = OfficeStore::open(options);                                                                  \
    QVERIFY2(var##Opened.has_value(), qPrintable(var##Opened ? QString() : var##Opened.error().toString()));        \
    std::unique_ptr<OfficeStore> var = std::move(*var##Opened)

class TestOfficeStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void opensCreatesAndMigrates_data() { engines(); }
    void opensCreatesAndMigrates();
    void refusesNewerSchema_data() { engines(); }
    void refusesNewerSchema();
    void olderSchemaNeedsMigrate_data() { engines(); }
    void olderSchemaNeedsMigrate();
    void failingMigrationLeavesNothing_data() { engines(); }
    void failingMigrationLeavesNothing();

    void staffRoleIsChecked_data() { engines(); }
    void staffRoleIsChecked();
    void auditIsAppendOnly_data() { engines(); }
    void auditIsAppendOnly();
    void dailyNumbersTakeEachOnce_data() { engines(); }
    void dailyNumbersTakeEachOnce();
    void bandCheckRefusesDirectUpdate_data() { engines(); }
    void bandCheckRefusesDirectUpdate();

    void staffAndAuditOnTheOfficeStore_data() { engines(); }
    void staffAndAuditOnTheOfficeStore();

    void failedWorkRollsBack_data() { engines(); }
    void failedWorkRollsBack();
    void afterCommitRunsOnlyAfterCommit_data() { engines(); }
    void afterCommitRunsOnlyAfterCommit();
    void feedSeesCommits_data() { engines(); }
    void feedSeesCommits();

private:
    static void engines();

    QTemporaryDir m_dir;
};

void TestOfficeStore::engines()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : OfficeTestEnv::engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

void TestOfficeStore::initTestCase()
{
    QString why;
    QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("KAKANAI_SOURCE_DIR"), "KAKANAI_SOURCE_DIR not set (kakanai_add_test sets it)");
}

void TestOfficeStore::cleanupTestCase()
{
    OfficeTestEnv::dropAll();
}

// --- schema and migrations ---------------------------------------------------

void TestOfficeStore::opensCreatesAndMigrates()
{
    QFETCH(QString, engine);
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, m_dir);
    const int latest = OfficeStore::latestSchemaVersion();
    QVERIFY2(latest >= 3, "the built-in migrations are not all there");
    {
        OPEN_STORE(store, options);
        QCOMPARE(store->schemaVersion(), latest);
        QCOMPARE(store->migrationsApplied(), latest);
        QCOMPARE(store->wasCreated(), engine == QLatin1String("sqlite"));
        QCOMPARE(store->readSchemaVersion().value_or(-1), latest);
        QCOMPARE(store->dialect(), engine == QLatin1String("sqlite") ? SqlDialect::Sqlite : SqlDialect::Postgres);
    }

    DirectConnection direct(options);
    QVERIFY2(direct.isOpen(), qPrintable(direct.openError()));
    if (engine == QLatin1String("sqlite")) {
        QCOMPARE(direct.value(QStringLiteral("PRAGMA user_version")).toInt(), latest);
        QVERIFY(!direct.hasTable(QStringLiteral("schema_version")));
        QCOMPARE(direct.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    } else {
        // One row per migration, in order, named as its file.
        const auto builtIn = OfficeMigrations::builtIn(SqlDialect::Postgres);
        QVERIFY(builtIn);
        QStringList expected;
        for (const OfficeMigration &m : *builtIn)
            expected << QStringLiteral("%1 %2").arg(m.version).arg(m.name);
        QCOMPARE(direct.column(QStringLiteral("SELECT version || ' ' || name FROM schema_version ORDER BY version")),
                 expected);
        QCOMPARE(expected.size(), latest);
    }
    for (const QString &table : {QStringLiteral("staff"), QStringLiteral("audit_event"),
                                 QStringLiteral("audit_daily_digest"), QStringLiteral("daily_number")})
        QVERIFY2(direct.hasTable(table), qPrintable(table));
    const QStringList objectsBefore = direct.schemaObjects();

    // Opening again applies nothing and changes nothing.
    OPEN_STORE(again, options);
    QCOMPARE(again->migrationsApplied(), 0);
    QCOMPARE(again->wasCreated(), false);
    QCOMPARE(again->schemaVersion(), latest);
    QCOMPARE(direct.schemaObjects(), objectsBefore);
    QCOMPARE(direct.schemaVersion(), latest);
}

void TestOfficeStore::refusesNewerSchema()
{
    QFETCH(QString, engine);
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, m_dir);
    const int latest = OfficeStore::latestSchemaVersion();
    {
        OPEN_STORE(store, options);
        QVERIFY(insertStaff(*store, QStringLiteral("s1")));
    }
    {
        // A newer program migrated this store further.
        DirectConnection direct(options);
        QVERIFY2(direct.isOpen(), qPrintable(direct.openError()));
        QString error;
        const QString bump = engine == QLatin1String("sqlite")
                                 ? QStringLiteral("PRAGMA user_version = %1").arg(latest + 1)
                                 : QStringLiteral("INSERT INTO schema_version (version, name) VALUES (%1, 'future')")
                                       .arg(latest + 1);
        QVERIFY2(direct.exec(bump, &error), qPrintable(error));
    }
    DirectConnection direct(options);
    QVERIFY2(direct.isOpen(), qPrintable(direct.openError()));
    const QStringList objectsBefore = direct.schemaObjects();

    auto refused = OfficeStore::open(options);
    QVERIFY2(!refused, "a store with a newer schema was opened");
    QCOMPARE(codeName(refused.error().code()), codeName(ErrorCode::DatabaseTooNew));
    QVERIFY(!refused.error().message().isEmpty());
    // Also when it may not migrate (a counter PC's role).
    OfficeStoreOptions noMigrate = options;
    noMigrate.migrate = false;
    auto refusedToo = OfficeStore::open(noMigrate);
    QVERIFY(!refusedToo);
    QCOMPARE(codeName(refusedToo.error().code()), codeName(ErrorCode::DatabaseTooNew));

    QCOMPARE(direct.schemaVersion(), latest + 1);
    QCOMPARE(direct.schemaObjects(), objectsBefore);
    QCOMPARE(direct.value(QStringLiteral("SELECT count(*) FROM staff")).toInt(), 1);
}

void TestOfficeStore::olderSchemaNeedsMigrate()
{
    QFETCH(QString, engine);
    OfficeStoreOptions v1 = OfficeTestEnv::freshStore(engine, m_dir);
    v1.migrationFolder = migrationsFolder(QStringLiteral("migrations-v1"));
    {
        OPEN_STORE(store, v1);
        QCOMPARE(store->schemaVersion(), 1);
        QCOMPARE(store->migrationsApplied(), 1);
    }
    DirectConnection direct(v1);
    QVERIFY2(direct.isOpen(), qPrintable(direct.openError()));
    const QStringList objectsAtV1 = direct.schemaObjects();

    // A program that needs schema 2 on a role that may not migrate: refused, untouched.
    OfficeStoreOptions v2 = v1;
    v2.migrationFolder = migrationsFolder(QStringLiteral("migrations-v2"));
    v2.migrate = false;
    auto refused = OfficeStore::open(v2);
    QVERIFY2(!refused, "an older schema was accepted without migrating");
    QCOMPARE(codeName(refused.error().code()), codeName(ErrorCode::MigrationFailed));
    QVERIFY2(refused.error().message().contains(QLatin1String("office init")), qPrintable(refused.error().message()));
    QCOMPARE(direct.schemaVersion(), 1);
    QCOMPARE(direct.schemaObjects(), objectsAtV1);

    // With migrate, it is brought up to date: the pair's own dialect ran.
    v2.migrate = true;
    OPEN_STORE(store, v2);
    QCOMPARE(store->schemaVersion(), 2);
    QCOMPARE(store->migrationsApplied(), 1);
    QCOMPARE(direct.schemaVersion(), 2);
    QCOMPARE(direct.value(QStringLiteral("SELECT note FROM more_item WHERE item_id = 'seed'")).toString(),
             QStringLiteral("a; semicolon in a string"));
    if (engine == QLatin1String("postgresql"))
        QCOMPARE(direct.value(QStringLiteral("SELECT more_item_count()")).toInt(), 1);
}

void TestOfficeStore::failingMigrationLeavesNothing()
{
    QFETCH(QString, engine);
    OfficeStoreOptions v1 = OfficeTestEnv::freshStore(engine, m_dir);
    v1.migrationFolder = migrationsFolder(QStringLiteral("migrations-v1"));
    {
        OPEN_STORE(store, v1);
        QCOMPARE(store->schemaVersion(), 1);
    }
    DirectConnection direct(v1);
    QVERIFY2(direct.isOpen(), qPrintable(direct.openError()));
    const QStringList objectsAtV1 = direct.schemaObjects();
    const QString rows = QStringLiteral("SELECT item_id || '=' || label FROM base_item ORDER BY item_id");
    const QStringList rowsAtV1 = direct.column(rows);
    QCOMPARE(rowsAtV1, QStringList{QStringLiteral("seed=from 0001")});

    OfficeStoreOptions failing = v1;
    failing.migrationFolder = migrationsFolder(QStringLiteral("migrations-failing"));
    auto refused = OfficeStore::open(failing);
    QVERIFY2(!refused, "a failing migration was reported as applied");
    QCOMPARE(codeName(refused.error().code()), codeName(ErrorCode::MigrationFailed));
    QVERIFY2(refused.error().message().contains(QLatin1String("Nothing was changed")),
             qPrintable(refused.error().message()));

    // Nothing of schema 2: no table, no rows, no change to schema 1's row, no version.
    QCOMPARE(direct.schemaVersion(), 1);
    QVERIFY(!direct.hasTable(QStringLiteral("broken_item")));
    QCOMPARE(direct.schemaObjects(), objectsAtV1);
    QCOMPARE(direct.column(rows), rowsAtV1);

    // And the store is still usable at schema 1.
    OPEN_STORE(store, v1);
    QCOMPARE(store->schemaVersion(), 1);
    QCOMPARE(store->migrationsApplied(), 0);
}

// --- invariants kept by the database ---------------------------------------

void TestOfficeStore::staffRoleIsChecked()
{
    QFETCH(QString, engine);
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, m_dir);
    OPEN_STORE(store, options);
    auto refused = insertStaff(*store, QStringLiteral("boss1"), QStringLiteral("boss"));
    QVERIFY2(!refused, "a role outside the list was stored");
    QCOMPARE(codeName(refused.error().code()), codeName(ErrorCode::StoreConstraint));
    QVERIFY(insertStaff(*store, QStringLiteral("c1"), QStringLiteral("clerk")));
    auto twice = insertStaff(*store, QStringLiteral("c1"), QStringLiteral("supervisor"));
    QVERIFY2(!twice, "a staff ID was stored twice");
    QCOMPARE(codeName(twice.error().code()), codeName(ErrorCode::StoreConstraint));
    auto tooLong = insertStaff(*store, QString(33, QLatin1Char('x')));
    QVERIFY(!tooLong);
    QCOMPARE(codeName(tooLong.error().code()), codeName(ErrorCode::StoreConstraint));

    DirectConnection direct(options);
    QVERIFY2(direct.isOpen(), qPrintable(direct.openError()));
    QCOMPARE(direct.column(QStringLiteral("SELECT staff_id || ' ' || role FROM staff")),
             QStringList{QStringLiteral("c1 clerk")});
}

void TestOfficeStore::auditIsAppendOnly()
{
    QFETCH(QString, engine);
    OPEN_STORE(store, OfficeTestEnv::freshStore(engine, m_dir));
    QSqlQuery insert(store->connection());
    insert.prepare(QStringLiteral("INSERT INTO audit_event (seq, at, terminal_id, staff_id, action, prev_hash, hash) "
                                  "VALUES (1, '2026-04-01T00:00:00Z', 'counter-01', 'c1', 'sign-in', ?, ?)"));
    insert.addBindValue(QByteArray(32, '\0'));
    insert.addBindValue(QByteArray(32, '\x5a'));
    QVERIFY(store->exec(insert));

    QStringList refusals = {QStringLiteral("UPDATE audit_event SET action = 'sign-out'"),
                            QStringLiteral("UPDATE audit_event SET hash = prev_hash WHERE seq = 1"),
                            QStringLiteral("DELETE FROM audit_event"),
                            QStringLiteral("DELETE FROM audit_event WHERE seq = 1")};
    if (engine == QLatin1String("postgresql"))
        refusals << QStringLiteral("TRUNCATE audit_event");
    for (const QString &sql : std::as_const(refusals)) {
        auto refused = execOn(*store, sql);
        QVERIFY2(!refused, qPrintable(QStringLiteral("the database allowed: %1").arg(sql)));
        QVERIFY2(refused.error().code() == ErrorCode::StoreConstraint, qPrintable(refused.error().toString()));
    }
    // Also inside a write transaction, the way the program writes.
    auto inTx = store->inTransaction([&]() -> Status { return execOn(*store, QStringLiteral("DELETE FROM audit_event")); });
    QVERIFY(!inTx);
    QCOMPARE(codeName(inTx.error().code()), codeName(ErrorCode::StoreConstraint));

    QSqlQuery after(store->connection());
    QVERIFY(after.exec(QStringLiteral("SELECT seq, action, hash FROM audit_event")));
    QVERIFY(after.next());
    QCOMPARE(after.value(0).toLongLong(), 1);
    QCOMPARE(after.value(1).toString(), QStringLiteral("sign-in"));
    QCOMPARE(after.value(2).toByteArray(), QByteArray(32, '\x5a'));
    QVERIFY(!after.next());
}

void TestOfficeStore::dailyNumbersTakeEachOnce()
{
    QFETCH(QString, engine);
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, m_dir);
    OPEN_STORE(store, options);
    DailyNumbers numbers(*store);
    const QDate day(2026, 4, 1);
    const NumberBand band{1, 3};
    for (int expected = 1; expected <= 3; ++expected) {
        auto taken = numbers.take(QStringLiteral("A"), day, band);
        QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().toString()));
        QCOMPARE(*taken, expected);
    }
    QCOMPARE(numbers.takenCount(QStringLiteral("A"), day).value_or(-1), 3);

    DirectConnection direct(options);
    QVERIFY2(direct.isOpen(), qPrintable(direct.openError()));
    const QString row = QStringLiteral("SELECT first_number || '-' || last_number || ' next ' || next_number "
                                       "FROM daily_number WHERE series = 'A' AND office_date = '2026-04-01'");
    QCOMPARE(direct.value(row).toString(), QStringLiteral("1-3 next 4"));

    // The band is used up: said so, never wrapped, the row left as it was.
    auto exhausted = numbers.take(QStringLiteral("A"), day, band);
    QVERIFY2(!exhausted, "a number beyond the band was given");
    QCOMPARE(codeName(exhausted.error().code()), codeName(ErrorCode::StoreConstraint));
    QVERIFY(!exhausted.error().message().isEmpty());
    QCOMPARE(direct.value(row).toString(), QStringLiteral("1-3 next 4"));
    QCOMPARE(numbers.takenCount(QStringLiteral("A"), day).value_or(-1), 3);

    // A new office day starts again at the band's first number; so does another series.
    auto nextDay = numbers.take(QStringLiteral("A"), day.addDays(1), band);
    QVERIFY2(nextDay, qPrintable(nextDay ? QString() : nextDay.error().toString()));
    QCOMPARE(*nextDay, 1);
    auto other = numbers.take(QStringLiteral("B"), day, NumberBand{101, 199});
    QVERIFY(other);
    QCOMPARE(*other, 101);
    QCOMPARE(numbers.take(QStringLiteral("B"), day, NumberBand{101, 199}).value_or(-1), 102);
    QCOMPARE(direct.value(QStringLiteral("SELECT count(*) FROM daily_number")).toInt(), 3);

    // Invalid requests are refused before the database.
    auto invalid = numbers.take(QString(), day, band);
    QVERIFY(!invalid);
    QCOMPARE(codeName(invalid.error().code()), codeName(ErrorCode::InvalidArgument));
}

void TestOfficeStore::bandCheckRefusesDirectUpdate()
{
    QFETCH(QString, engine);
    OPEN_STORE(store, OfficeTestEnv::freshStore(engine, m_dir));
    DailyNumbers numbers(*store);
    const QDate day(2026, 4, 1);
    QCOMPARE(numbers.take(QStringLiteral("C"), day, NumberBand{10, 12}).value_or(-1), 10);

    // Whatever program writes the row, the database keeps next_number in first..last+1.
    for (const QString &sql : {QStringLiteral("UPDATE daily_number SET next_number = last_number + 2"),
                               QStringLiteral("UPDATE daily_number SET next_number = first_number - 1"),
                               QStringLiteral("UPDATE daily_number SET last_number = first_number - 1"),
                               QStringLiteral("UPDATE daily_number SET first_number = -1, next_number = 0")}) {
        auto refused = execOn(*store, sql);
        QVERIFY2(!refused, qPrintable(QStringLiteral("the database allowed: %1").arg(sql)));
        QCOMPARE(codeName(refused.error().code()), codeName(ErrorCode::StoreConstraint));
    }
    QCOMPARE(numbers.takenCount(QStringLiteral("C"), day).value_or(-1), 1);
    // The end of the band itself is allowed: that is "used up".
    QVERIFY(execOn(*store, QStringLiteral("UPDATE daily_number SET next_number = last_number + 1")));
    auto exhausted = numbers.take(QStringLiteral("C"), day, NumberBand{10, 12});
    QVERIFY(!exhausted);
    QCOMPARE(codeName(exhausted.error().code()), codeName(ErrorCode::StoreConstraint));
}

// --- staff and audit on the office store -----------------------------------

void TestOfficeStore::staffAndAuditOnTheOfficeStore()
{
    QFETCH(QString, engine);
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, m_dir);
    OPEN_STORE(store, options);
    const QString adminPassword = QStringLiteral("kanri2026x");
    const QString clerkPassword = QStringLiteral("madoguchi7");
    ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
    const QTimeZone zone("Asia/Tokyo");
    MemoryAuditAnchor anchor;
    AuditLog audit(*store, clock, QStringLiteral("counter-01"), zone, anchor);
    StaffDirectory staff(*store, clock, audit, PasswordHasher(PasswordHasher::Cost::Minimum));

    QCOMPARE(staff.needsFirstAdministrator().value_or(false), true);
    auto created = staff.create({QStringLiteral("admin"), QStringLiteral("管理 太郎"), Role::Administrator, true},
                                adminPassword, QString());
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    QVERIFY(staff.create({QStringLiteral("c001"), QStringLiteral("窓口 花子"), Role::Clerk, true}, clerkPassword,
                         QStringLiteral("admin")));
    QCOMPARE(staff.needsFirstAdministrator().value_or(true), false);
    auto signedIn = staff.signIn(QStringLiteral("c001"), clerkPassword);
    QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.error().toString()));
    QCOMPARE(signedIn->role, Role::Clerk);
    QCOMPARE(signedIn->displayName, QStringLiteral("窓口 花子"));
    auto wrong = staff.signIn(QStringLiteral("c001"), QStringLiteral("madoguchi8"));
    QVERIFY(!wrong);
    QCOMPARE(codeName(wrong.error().code()), codeName(ErrorCode::SignInFailed));

    // Another PC of the office: the same staff sign in there, into the same chain.
    OPEN_STORE(secondPc, OfficeTestEnv::sameStore(options));
    MemoryAuditAnchor secondAnchor;
    AuditLog secondAudit(*secondPc, clock, QStringLiteral("counter-02"), zone, secondAnchor);
    StaffDirectory secondStaff(*secondPc, clock, secondAudit, PasswordHasher(PasswordHasher::Cost::Minimum));
    auto there = secondStaff.signIn(QStringLiteral("c001"), clerkPassword);
    QVERIFY2(there, qPrintable(there ? QString() : there.error().toString()));
    for (int i = 0; i < 3; ++i) {
        clock.advanceSecs(30);
        QVERIFY(audit.append(QStringLiteral("c001"), QStringLiteral("open-visit"), QStringLiteral("v%1").arg(i)));
        QVERIFY(secondAudit.append(QStringLiteral("c001"), QStringLiteral("open-visit"), QStringLiteral("w%1").arg(i)));
    }

    auto events = audit.events();
    QVERIFY(events);
    QSet<QString> terminals;
    qint64 seq = 0;
    for (const AuditEvent &event : *events) {
        QCOMPARE(event.seq, ++seq);
        terminals.insert(event.terminalId);
        QVERIFY2(!event.detail.contains(clerkPassword) && !event.target.contains(clerkPassword), "a password in the log");
    }
    QCOMPARE(terminals, (QSet<QString>{QStringLiteral("counter-01"), QStringLiteral("counter-02")}));
    DirectConnection direct(options);
    QCOMPARE(direct.value(QStringLiteral("SELECT count(*) FROM audit_event")).toLongLong(), seq);

    for (AuditLog *log : {&audit, &secondAudit}) {
        auto verified = log->verify();
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().toString()));
        QVERIFY2(verified->intact(), qPrintable(verified->reason + QLatin1Char(' ') + verified->anchorReason));
        QCOMPARE(verified->checked, seq);
    }
    QVERIFY(anchor.checkpoint().has_value());
}

// --- transactions and the change feed --------------------------------------

void TestOfficeStore::failedWorkRollsBack()
{
    QFETCH(QString, engine);
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, m_dir);
    OPEN_STORE(store, options);
    DirectConnection direct(options);
    QVERIFY2(direct.isOpen(), qPrintable(direct.openError()));
    DailyNumbers numbers(*store);

    bool afterCommitRan = false;
    auto failed = store->inTransaction([&]() -> Status {
        if (auto ok = insertStaff(*store, QStringLiteral("gone1")); !ok)
            return ok;
        // A nested transaction is part of this one: it goes too.
        if (auto ok = store->inTransaction([&] { return insertStaff(*store, QStringLiteral("gone2")); }); !ok)
            return ok;
        if (auto n = numbers.takeInTransaction(QStringLiteral("A"), QDate(2026, 4, 1), NumberBand{1, 9}); !n)
            return std::unexpected(n.error());
        store->afterCommit(this, [&] { afterCommitRan = true; });
        return fail(ErrorCode::InvalidArgument, QStringLiteral("work failed on purpose"), QStringLiteral("test"));
    });
    QVERIFY(!failed);
    // The work's own error, unchanged.
    QCOMPARE(codeName(failed.error().code()), codeName(ErrorCode::InvalidArgument));
    QCOMPARE(failed.error().technicalDetail(), QStringLiteral("test"));
    QCOMPARE(store->lastAttempts(), 1);
    QVERIFY2(!afterCommitRan, "afterCommit ran for a rolled-back transaction");
    QCOMPARE(direct.value(QStringLiteral("SELECT count(*) FROM staff")).toInt(), 0);
    QCOMPARE(direct.value(QStringLiteral("SELECT count(*) FROM daily_number")).toInt(), 0);

    // A statement the database refuses rolls back what came before it too.
    auto refused = store->inTransaction([&]() -> Status {
        if (auto ok = insertStaff(*store, QStringLiteral("gone3")); !ok)
            return ok;
        return insertStaff(*store, QStringLiteral("gone4"), QStringLiteral("boss"));
    });
    QVERIFY(!refused);
    QCOMPARE(codeName(refused.error().code()), codeName(ErrorCode::StoreConstraint));
    QCOMPARE(direct.value(QStringLiteral("SELECT count(*) FROM staff")).toInt(), 0);

    // The store goes on working; the number was not used up by the rollback.
    QVERIFY(store->inTransaction([&] { return insertStaff(*store, QStringLiteral("kept")); }));
    QCOMPARE(direct.column(QStringLiteral("SELECT staff_id FROM staff")), QStringList{QStringLiteral("kept")});
    QCOMPARE(numbers.take(QStringLiteral("A"), QDate(2026, 4, 1), NumberBand{1, 9}).value_or(-1), 1);
}

void TestOfficeStore::afterCommitRunsOnlyAfterCommit()
{
    QFETCH(QString, engine);
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, m_dir);
    OPEN_STORE(store, options);
    DirectConnection direct(options);
    QVERIFY2(direct.isOpen(), qPrintable(direct.openError()));

    int ran = 0;
    int secondOfSameOwner = 0;
    int otherOwner = 0;
    int visibleWhenRan = -1;
    bool ranInside = false;
    const int ownerA = 0;
    const int ownerB = 0;
    auto done = store->inTransaction([&]() -> Status {
        if (auto ok = insertStaff(*store, QStringLiteral("a1")); !ok)
            return ok;
        store->afterCommit(&ownerA, [&] {
            ++ran;
            // Another connection sees the row: the commit has happened.
            visibleWhenRan = direct.value(QStringLiteral("SELECT count(*) FROM staff WHERE staff_id = 'a1'")).toInt();
        });
        store->afterCommit(&ownerA, [&] { ++secondOfSameOwner; }); // one per owner and transaction
        store->afterCommit(&ownerB, [&] { ++otherOwner; });
        ranInside = ran > 0;
        return {};
    });
    QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
    QVERIFY2(!ranInside, "afterCommit ran before the commit");
    QCOMPARE(ran, 1);
    QCOMPARE(visibleWhenRan, 1);
    QCOMPARE(secondOfSameOwner, 0);
    QCOMPARE(otherOwner, 1);

    // Outside a transaction it runs at once; the next transaction starts clean.
    int now = 0;
    store->afterCommit(&ownerA, [&] { ++now; });
    QCOMPARE(now, 1);
    QVERIFY(store->inTransaction([&] { return insertStaff(*store, QStringLiteral("a2")); }));
    QCOMPARE(ran, 1);
    QCOMPARE(otherOwner, 1);
}

void TestOfficeStore::feedSeesCommits()
{
    QFETCH(QString, engine);
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, m_dir);
    OPEN_STORE(store, options);
    ChangeFeed *feed = store->changes();
    QVERIFY(feed);
    QCOMPARE(store->changes(), feed);
    QTRY_COMPARE(feed->state(), ChangeFeed::State::Live);
    QVERIFY(feed->staleReason().isEmpty());
    QSignalSpy changed(feed, &ChangeFeed::changed);
    QSignalSpy resynchronise(feed, &ChangeFeed::resynchronise);
    QSignalSpy stateChanged(feed, &ChangeFeed::stateChanged);
    QVERIFY(changed.isValid());

    const auto keysOf = [&](const QString &table) {
        QStringList keys;
        for (const QList<QVariant> &args : std::as_const(changed))
            if (args.at(0).toString() == table)
                keys << args.at(1).toStringList();
        // A key may repeat (an insert and an update of one row in one transaction).
        keys.removeDuplicates();
        keys.sort();
        return keys;
    };
    // Waits for the keys as the signals come (not in QTRY's 50 ms steps), so
    // that the time printed is the feed's.
    const auto waitForKeys = [&](const QString &table, const QStringList &expected) {
        QElapsedTimer waited;
        waited.start();
        while (keysOf(table) != expected && waited.elapsed() < 5000)
            changed.wait(int(5000 - waited.elapsed()));
    };

    // A rolled-back change is never reported; a committed one is, with its keys.
    QVERIFY(!store->inTransaction([&]() -> Status {
        if (auto ok = insertStaff(*store, QStringLiteral("gone")); !ok)
            return ok;
        return fail(ErrorCode::InvalidArgument, QStringLiteral("rolled back"));
    }));
    QElapsedTimer latency;
    latency.start();
    QVERIFY(store->inTransaction([&]() -> Status {
        if (auto ok = insertStaff(*store, QStringLiteral("f1")); !ok)
            return ok;
        return insertStaff(*store, QStringLiteral("f2"));
    }));
    waitForKeys(QStringLiteral("staff"), {QStringLiteral("f1"), QStringLiteral("f2")});
    QCOMPARE(keysOf(QStringLiteral("staff")), (QStringList{QStringLiteral("f1"), QStringLiteral("f2")}));
    qInfo("%s: own commit seen by the feed after %.1f ms", qPrintable(engine), double(latency.nsecsElapsed()) / 1e6);

    DailyNumbers numbers(*store);
    QVERIFY(numbers.take(QStringLiteral("A"), QDate(2026, 4, 1), NumberBand{1, 9}));
    QTRY_COMPARE(keysOf(QStringLiteral("daily_number")), QStringList{QStringLiteral("A")});

    // A commit by another PC (another store on the same database) is seen too.
    OPEN_STORE(secondPc, OfficeTestEnv::sameStore(options));
    latency.restart();
    QVERIFY(insertStaff(*secondPc, QStringLiteral("p2")));
    waitForKeys(QStringLiteral("staff"), {QStringLiteral("f1"), QStringLiteral("f2"), QStringLiteral("p2")});
    QCOMPARE(keysOf(QStringLiteral("staff")),
             (QStringList{QStringLiteral("f1"), QStringLiteral("f2"), QStringLiteral("p2")}));
    qInfo("%s: other store's commit seen by the feed after %.1f ms", qPrintable(engine),
          double(latency.nsecsElapsed()) / 1e6);

    // The keys of an audit entry are its sequence numbers.
    QSqlQuery insert(secondPc->connection());
    insert.prepare(QStringLiteral("INSERT INTO audit_event (seq, at, terminal_id, staff_id, action, prev_hash, hash) "
                                  "VALUES (7, '2026-04-01T00:00:00Z', 't', 's', 'a', ?, ?)"));
    insert.addBindValue(QByteArray(32, '\0'));
    insert.addBindValue(QByteArray(32, '\1'));
    QVERIFY(secondPc->exec(insert));
    QTRY_COMPARE(keysOf(QStringLiteral("audit_event")), QStringList{QStringLiteral("7")});

    QVERIFY(!keysOf(QStringLiteral("staff")).contains(QStringLiteral("gone")));
    QCOMPARE(feed->state(), ChangeFeed::State::Live);
    QCOMPARE(resynchronise.size(), 0);
    QCOMPARE(stateChanged.size(), 0);
    QCOMPARE(ChangeFeed::stateName(feed->state()), QStringLiteral("live"));
}

QTEST_GUILESS_MAIN(TestOfficeStore)
#include "tst_office_store.moc"
