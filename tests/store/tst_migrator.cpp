// Numbered migrations: statement splitting, one transaction per migration,
// and a failed migration leaving the database exactly as it was.
#include "store/Migrator.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;

class TestMigrator : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void splitsStatements_data();
    void splitsStatements();
    void builtInMigrationsAreNumberedFromOne();
    void appliesInOrderAndRecordsVersion();
    void failedMigrationChangesNothing();
    void refusesNewerSchema();
    void outboxRebuildKeepsRowsAndAddsDamaged();

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    int tableCount(const QString &name);
};

void TestMigrator::init()
{
    static int n = 0;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m%1").arg(++n));
    m_db.setDatabaseName(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(n)));
    QVERIFY(m_db.open());
}

void TestMigrator::cleanup()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

int TestMigrator::tableCount(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestMigrator::splitsStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("count");
    QTest::newRow("two") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n") << 2;
    QTest::newRow("comments only") << QStringLiteral("-- nothing here\n-- at all;\n") << 0;
    QTest::newRow("semicolon in string") << QStringLiteral("INSERT INTO a VALUES ('x;y');\n") << 1;
    QTest::newRow("trigger body stays whole")
        << QStringLiteral("CREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                          "  UPDATE a SET x = 1;\n  UPDATE a SET x = 2;\nEND;\nCREATE TABLE b (y);\n")
        << 3;
    QTest::newRow("multi-line statement") << QStringLiteral("CREATE TABLE a (\n  x,\n  y\n);\n") << 1;
}

void TestMigrator::splitsStatements()
{
    QFETCH(QString, script);
    QFETCH(int, count);
    QCOMPARE(Migrator::splitStatements(script).size(), count);
}

void TestMigrator::builtInMigrationsAreNumberedFromOne()
{
    auto list = Migrator::builtIn();
    QVERIFY(list);
    QVERIFY(list->size() >= 2);
    for (qsizetype i = 0; i < list->size(); ++i) {
        QCOMPARE(list->at(i).version, int(i + 1));
        QVERIFY(!Migrator::splitStatements(list->at(i).sql).isEmpty());
    }
}

void TestMigrator::appliesInOrderAndRecordsVersion()
{
    const QList<Migration> migrations = {
        {1, QStringLiteral("one"), QStringLiteral("CREATE TABLE a (x);")},
        {2, QStringLiteral("two"), QStringLiteral("ALTER TABLE a ADD COLUMN y;\nCREATE TABLE b (z);")},
    };
    auto v = Migrator::migrate(m_db, m_db.databaseName(), migrations.mid(0, 1));
    QVERIFY(v);
    QCOMPARE(*v, 1);
    v = Migrator::migrate(m_db, m_db.databaseName(), migrations);
    QVERIFY(v);
    QCOMPARE(*v, 2);
    QCOMPARE(tableCount(QStringLiteral("b")), 1);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO a (x, y) VALUES (1, 2)")));
}

void TestMigrator::failedMigrationChangesNothing()
{
    const QList<Migration> migrations = {
        {1, QStringLiteral("one"), QStringLiteral("CREATE TABLE a (x);")},
        {2, QStringLiteral("broken"), QStringLiteral("CREATE TABLE half (x);\nTHIS IS NOT SQL;")},
    };
    auto v = Migrator::migrate(m_db, m_db.databaseName(), migrations);
    QVERIFY(!v);
    QCOMPARE(v.error().code(), ErrorCode::MigrationFailed);
    auto version = Migrator::userVersion(m_db, m_db.databaseName());
    QVERIFY(version);
    QCOMPARE(*version, 1);
    QCOMPARE(tableCount(QStringLiteral("a")), 1);
    QCOMPARE(tableCount(QStringLiteral("half")), 0);
}

void TestMigrator::refusesNewerSchema()
{
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
    const QList<Migration> migrations = {{1, QStringLiteral("one"), QStringLiteral("CREATE TABLE a (x);")}};
    auto v = Migrator::migrate(m_db, m_db.databaseName(), migrations);
    QVERIFY(!v);
    QCOMPARE(v.error().code(), ErrorCode::DatabaseTooNew);
    QCOMPARE(tableCount(QStringLiteral("a")), 0);
}

// Schema 6 rebuilds the outbox table to let its CHECK accept 'damaged':
// every row, the constraints, the indexes and the cascade from record survive.
void TestMigrator::outboxRebuildKeepsRowsAndAddsDamaged()
{
    auto builtIn = Migrator::builtIn();
    QVERIFY(builtIn);
    QVERIFY(builtIn->size() >= 6);
    QSqlQuery fk(m_db);
    QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_keys = ON"))); // as Database::open runs it
    QVERIFY(Migrator::migrate(m_db, m_db.databaseName(), builtIn->mid(0, 5)));

    const auto exec = [this](const QString &sql) {
        QSqlQuery q(m_db);
        return q.exec(sql);
    };
    QVERIFY(exec(QStringLiteral("INSERT INTO record (uuid, created_at, kind, payload) VALUES "
                                "('a', '2026-11-24T00:00:00.000Z', 'moving', x'01'), "
                                "('b', '2026-11-24T00:00:01.000Z', 'moving', x'02'), "
                                "('c', '2026-11-24T00:00:02.000Z', 'moving', x'03')")));
    QVERIFY(exec(QStringLiteral("INSERT INTO outbox (uuid, created_at, state, attempts, next_attempt_at, last_http_status, "
                                "last_error, sent_at, verify_first) VALUES "
                                "('a', '2026-11-24T01:00:00.000Z', 'pending', 2, '2026-11-24T02:00:00.000Z', NULL, 'refused', NULL, 1), "
                                "('b', '2026-11-24T01:00:01.000Z', 'sent', 1, '2026-11-24T01:00:01.000Z', 201, NULL, "
                                "'2026-11-24T01:00:05.000Z', 0), "
                                "('c', '2026-11-24T01:00:02.000Z', 'rejected', 1, '2026-11-24T01:00:02.000Z', 409, 'conflict', NULL, 0)")));
    const auto rows = [this]() {
        QStringList out;
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT * FROM outbox ORDER BY uuid")))
            return out;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
            out << row.join(QLatin1Char('|'));
        }
        return out;
    };
    const QStringList before = rows();
    QCOMPARE(before.size(), 3);

    auto v = Migrator::migrate(m_db, m_db.databaseName(), *builtIn);
    QVERIFY2(v, v ? "" : qPrintable(v.error().toString()));
    QCOMPARE(rows(), before);
    QVERIFY(exec(QStringLiteral("UPDATE outbox SET state = 'damaged' WHERE uuid = 'a'")));
    QVERIFY(!exec(QStringLiteral("UPDATE outbox SET state = 'lost' WHERE uuid = 'a'")));
    QVERIFY(!exec(QStringLiteral("UPDATE outbox SET sent_at = NULL WHERE uuid = 'b'"))); // sent needs sent_at
    QVERIFY(!exec(QStringLiteral("INSERT INTO outbox (uuid, created_at, next_attempt_at) VALUES ('x', 't', 't')"))); // no record 'x'
    QSqlQuery indexes(m_db);
    QVERIFY(indexes.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'outbox' "
                                        "AND name IN ('outbox_due', 'outbox_created_at')")));
    QVERIFY(indexes.next());
    QCOMPARE(indexes.value(0).toInt(), 2);
    QVERIFY(exec(QStringLiteral("DELETE FROM record WHERE uuid = 'c'")));
    QCOMPARE(rows().size(), 2); // the cascade still holds
    QCOMPARE(tableCount(QStringLiteral("outbox_v6")), 0);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
