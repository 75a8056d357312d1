// The local store: opening, migrating, and telling locked / corrupt / too new
// apart — and never changing a file it refuses.
#include "common/Clock.h"
#include "store/Database.h"
#include "demo/DemoData.h"
#include "store/MetaStore.h"
#include "store/Migrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace kakanai;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString sourceFile(const QString &relative)
{
    return qEnvironmentVariable("KAKANAI_SOURCE_DIR") + QLatin1Char('/') + relative;
}

// A second, independent connection to the same file (as another program would have).
class RawConnection {
public:
    explicit RawConnection(const QString &path) : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        { QSqlDatabase::database(m_name).close(); }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
    static inline int s_counter = 0;
};

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void freshDatabaseIsMigratedToLatest();
    void reopeningKeepsData();
    void upgradesSampleVersion1File();
    void refusesNewerDatabaseWithoutChangingIt();
    void reportsCorruptFileWithoutDeletingIt_data();
    void reportsCorruptFileWithoutDeletingIt();
    void reportsLockedFileAsLocked();
    void checkDoesNotModify();
    void backupIsConsistentCopy();
    void backupRefusesExistingTarget();
    void transactionRollsBackOnFailure();
    void afterCommitRunsOnlyForWhatCommitted();
    void classifiesSqliteCodes_data();
    void classifiesSqliteCodes();
    void walAndForeignKeysAreOn();
    void demoDataIsSeededOnce();

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)); }
};

void TestDatabase::freshDatabaseIsMigratedToLatest()
{
    auto db = Database::open({newPath()});
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), Migrator::latestVersion());
    QVERIFY(Migrator::latestVersion() >= 2);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM procedure_category")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 5);
}

void TestDatabase::reopeningKeepsData()
{
    const QString path = newPath();
    {
        auto db = Database::open({path});
        QVERIFY(db);
        QVERIFY(MetaStore(**db).setValue(QStringLiteral("k"), QStringLiteral("値")));
    }
    auto db = Database::open({path});
    QVERIFY(db);
    auto v = MetaStore(**db).value(QStringLiteral("k"));
    QVERIFY(v && v->has_value());
    QCOMPARE(**v, QStringLiteral("値"));
}

void TestDatabase::upgradesSampleVersion1File()
{
    const QString path = newPath();
    QVERIFY(QFile::copy(sourceFile(QStringLiteral("tests/data/store_v1.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }
    auto db = Database::open({path});
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), Migrator::latestVersion());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT uuid, kind, payload FROM record")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("7d9f3c2e-1111-4a2b-9c3d-000000000001"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("visit"));
    QCOMPARE(q.value(2).toByteArray(), QByteArray("{}"));
    QVERIFY(!q.next());
    QSqlQuery c((*db)->connection());
    QVERIFY(c.exec(QStringLiteral("SELECT name_ja FROM procedure_category WHERE code = 'certificate'")));
    QVERIFY(c.next());
    QCOMPARE(c.value(0).toString(), QStringLiteral("証明書の発行"));
}

void TestDatabase::refusesNewerDatabaseWithoutChangingIt()
{
    const QString path = newPath();
    {
        auto db = Database::open({path});
        QVERIFY(db);
    }
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open({path});
    QVERIFY(!db);
    QCOMPARE(db.error().code(), ErrorCode::DatabaseTooNew);
    QVERIFY(db.error().message().contains(QStringLiteral("99")));
    QCOMPARE(fileHash(path), before);
    RawConnection raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

void TestDatabase::reportsCorruptFileWithoutDeletingIt_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("not a database") << QStringLiteral("garbage");
    QTest::newRow("damaged page") << QStringLiteral("page");
}

void TestDatabase::reportsCorruptFileWithoutDeletingIt()
{
    QFETCH(QString, damage);
    const QString path = newPath();
    if (damage == QLatin1String("garbage")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    } else {
        {
            auto db = Database::open({path});
            QVERIFY(db);
            // Enough rows to fill several b-tree pages.
            for (int i = 0; i < 300; ++i)
                QVERIFY(MetaStore(**db).setValue(QStringLiteral("key%1").arg(i), QString(100, QLatin1Char('v'))));
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 4 * 4096);
        // Overwrite a whole data page near the end with noise; the file
        // header (page 1) stays intact, so SQLite opens it and must find the damage.
        const qint64 pages = f.size() / 4096;
        f.seek((pages - 2) * 4096);
        f.write(QByteArray(4096, char(0x5A)));
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open({path, 200});
    QVERIFY(!db);
    QCOMPARE(db.error().code(), ErrorCode::DatabaseCorrupt);
    QVERIFY(QFile::exists(path));
    QCOMPARE(fileHash(path), before);

    auto report = Database::check(path, 200);
    if (report) // a damaged page is found by quick_check…
        QVERIFY(!report->problems.isEmpty());
    else // …a file that is no database at all fails to open.
        QCOMPARE(report.error().code(), ErrorCode::DatabaseCorrupt);
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::reportsLockedFileAsLocked()
{
    const QString path = newPath();
    RawConnection holder(path);
    QVERIFY(holder.exec(QStringLiteral("CREATE TABLE other_program (x)")));
    QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(holder.exec(QStringLiteral("INSERT INTO other_program VALUES (1)")));

    auto db = Database::open({path, 150});
    QVERIFY(!db);
    QCOMPARE(db.error().code(), ErrorCode::DatabaseLocked);
    auto report = Database::check(path, 150);
    QVERIFY(!report);
    QCOMPARE(report.error().code(), ErrorCode::DatabaseLocked);

    QVERIFY(holder.exec(QStringLiteral("COMMIT")));
    // Once the other program lets go, the same file opens normally.
    auto again = Database::open({path, 150});
    QVERIFY2(again.has_value(), again ? "" : qPrintable(again.error().toString()));
    QCOMPARE(holder.scalar(QStringLiteral("SELECT count(*) FROM other_program")).toInt(), 1);
}

void TestDatabase::checkDoesNotModify()
{
    const QString path = newPath();
    {
        auto db = Database::open({path});
        QVERIFY(db);
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path);
    auto report = Database::check(path);
    QVERIFY(report);
    QCOMPARE(report->schemaVersion, Migrator::latestVersion());
    QVERIFY(report->problems.isEmpty());
    QCOMPARE(fileHash(path), before);

    auto missing = Database::check(m_dir.filePath(QStringLiteral("missing.sqlite")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
}

void TestDatabase::backupIsConsistentCopy()
{
    auto db = Database::open({newPath()});
    QVERIFY(db);
    QVERIFY(MetaStore(**db).setValue(QStringLiteral("office"), QStringLiteral("市民課")));
    const QString target = m_dir.filePath(QStringLiteral("backups/copy.sqlite"));
    auto ok = (*db)->backupTo(target);
    QVERIFY2(ok.has_value(), ok ? "" : qPrintable(ok.error().toString()));
    auto copy = Database::open({target});
    QVERIFY(copy);
    auto v = MetaStore(**copy).value(QStringLiteral("office"));
    QVERIFY(v && v->has_value());
    QCOMPARE(**v, QStringLiteral("市民課"));
}

void TestDatabase::backupRefusesExistingTarget()
{
    auto db = Database::open({newPath()});
    QVERIFY(db);
    const QString target = m_dir.filePath(QStringLiteral("exists.sqlite"));
    QFile f(target);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    auto ok = (*db)->backupTo(target);
    QVERIFY(!ok);
    QCOMPARE(ok.error().code(), ErrorCode::InvalidArgument);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestDatabase::transactionRollsBackOnFailure()
{
    auto db = Database::open({newPath()});
    QVERIFY(db);
    MetaStore meta(**db);
    auto result = (*db)->inTransaction([&]() -> Status {
        if (auto ok = meta.setValue(QStringLiteral("half"), QStringLiteral("done")); !ok)
            return ok;
        return fail(ErrorCode::Internal, QStringLiteral("second step failed"));
    });
    QVERIFY(!result);
    auto v = meta.value(QStringLiteral("half"));
    QVERIFY(v);
    QVERIFY(!v->has_value());
}

void TestDatabase::afterCommitRunsOnlyForWhatCommitted()
{
    auto db = Database::open({newPath()});
    QVERIFY(db);
    MetaStore meta(**db);
    int ran = 0;
    const int owner = 0, other = 0;
    // Rolled back: dropped.
    QVERIFY(!(*db)->inTransaction([&]() -> Status {
        (*db)->afterCommit(&owner, [&] { ++ran; });
        return fail(ErrorCode::Internal, QStringLiteral("failed"));
    }));
    QCOMPARE(ran, 0);
    // Committed: after the commit (the change is visible), once per owner.
    bool sawCommitted = false;
    int ranBeforeCommit = -1;
    QVERIFY((*db)->inTransaction([&]() -> Status {
        (*db)->afterCommit(&owner, [&] {
            ++ran;
            sawCommitted = meta.value(QStringLiteral("k")).value_or(std::nullopt) == QStringLiteral("v");
        });
        (*db)->afterCommit(&owner, [&] { ran += 100; });
        (*db)->afterCommit(&other, [&] { ran += 10; });
        ranBeforeCommit = ran;
        return meta.setValue(QStringLiteral("k"), QStringLiteral("v"));
    }));
    QCOMPARE(ranBeforeCommit, 0);
    QCOMPARE(ran, 11);
    QVERIFY(sawCommitted);
    // Outside a transaction: at once.
    (*db)->afterCommit(&owner, [&] { ++ran; });
    QCOMPARE(ran, 12);
}

void TestDatabase::classifiesSqliteCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("busy") << SQLITE_BUSY << ErrorCode::DatabaseLocked;
    QTest::newRow("locked") << SQLITE_LOCKED << ErrorCode::DatabaseLocked;
    QTest::newRow("busy snapshot (extended)") << (SQLITE_BUSY | (2 << 8)) << ErrorCode::DatabaseLocked;
    QTest::newRow("full") << SQLITE_FULL << ErrorCode::DiskFull;
    QTest::newRow("ioerr") << SQLITE_IOERR << ErrorCode::Io;
    QTest::newRow("ioerr write (extended)") << (SQLITE_IOERR | (3 << 8)) << ErrorCode::Io;
    QTest::newRow("readonly") << SQLITE_READONLY << ErrorCode::PermissionDenied;
    QTest::newRow("cantopen") << SQLITE_CANTOPEN << ErrorCode::PermissionDenied;
    QTest::newRow("corrupt") << SQLITE_CORRUPT << ErrorCode::DatabaseCorrupt;
    QTest::newRow("notadb") << SQLITE_NOTADB << ErrorCode::DatabaseCorrupt;
    QTest::newRow("constraint") << SQLITE_CONSTRAINT << ErrorCode::Internal;
}

void TestDatabase::classifiesSqliteCodes()
{
    QFETCH(int, code);
    QFETCH(ErrorCode, expected);
    const Error e = Database::classifyNative(code, QStringLiteral("detail"), QStringLiteral("/tmp/x.sqlite"));
    QCOMPARE(e.code(), expected);
    QVERIFY(!e.message().isEmpty());
    QVERIFY(e.technicalDetail().contains(QStringLiteral("x.sqlite")));
}

void TestDatabase::walAndForeignKeysAreOn()
{
    auto db = Database::open({newPath()});
    QVERIFY(db);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
}

void TestDatabase::demoDataIsSeededOnce()
{
    auto db = Database::open({newPath()});
    QVERIFY(db);
    ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(DemoData::seedIfNew(**db, clock));
    clock.advanceDays(1);
    QVERIFY(DemoData::seedIfNew(**db, clock));
    auto at = MetaStore(**db).value(QStringLiteral("demo_seeded_at"));
    QVERIFY(at && at->has_value());
    QCOMPARE(**at, QStringLiteral("2026-04-01T00:00:00.000Z"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
