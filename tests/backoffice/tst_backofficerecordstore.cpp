// The simulator's SQLite store: dedup outcomes, persistence, WAL, and the
// refusal to touch a newer or foreign file.

#include "RecordStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::backofficesim;

namespace {

QByteArray sha(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}

// Runs `sql` on `path` through a connection of its own; returns the first column of the first row.
QVariant queryFile(const QString &path, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return result;
}

} // namespace

class TestBackofficeRecordStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createdDuplicateConflict()
    {
        RecordStore store;
        QVERIFY(store.open(QString()).has_value());
        const auto first = store.put(QStringLiteral("k1"), sha("a"), "a", QStringLiteral("2026-01-01T00:00:00.000Z"));
        QVERIFY(first.has_value());
        QCOMPARE(first->outcome, RecordStore::PutOutcome::Created);

        const auto again = store.put(QStringLiteral("k1"), sha("a"), "a", QStringLiteral("2026-01-02T00:00:00.000Z"));
        QVERIFY(again.has_value());
        QCOMPARE(again->outcome, RecordStore::PutOutcome::Duplicate);
        QCOMPARE(again->receivedAt, QStringLiteral("2026-01-01T00:00:00.000Z"));

        const auto other = store.put(QStringLiteral("k1"), sha("b"), "b", QStringLiteral("2026-01-03T00:00:00.000Z"));
        QVERIFY(other.has_value());
        QCOMPARE(other->outcome, RecordStore::PutOutcome::Conflict);

        QCOMPARE(store.count().value(), 1);
        const auto found = store.find(QStringLiteral("k1"));
        QVERIFY(found.has_value() && found->has_value());
        QCOMPARE((*found)->body, QByteArray("a"));
        QVERIFY(!store.find(QStringLiteral("nope")).value().has_value());
    }

    void listsInStoredOrderAndClears()
    {
        RecordStore store;
        QVERIFY(store.open(QString()).has_value());
        for (const char *k : {"c", "a", "b"})
            QVERIFY(store.put(QString::fromLatin1(k), sha(k), k, QStringLiteral("t")).has_value());
        const auto all = store.all();
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).key, QStringLiteral("c"));
        QCOMPARE(all->at(2).key, QStringLiteral("b"));
        QVERIFY(store.clear().has_value());
        QCOMPARE(store.count().value(), 0);
    }

    void twoInMemoryStoresAreSeparate()
    {
        RecordStore a;
        RecordStore b;
        QVERIFY(a.open(QString()).has_value());
        QVERIFY(b.open(QString()).has_value());
        QVERIFY(a.put(QStringLiteral("k"), sha("x"), "x", QStringLiteral("t")).has_value());
        QCOMPARE(b.count().value(), 0);
    }

    void persistsInWalFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sim.sqlite"));
        {
            RecordStore store;
            QVERIFY(store.open(path).has_value());
            QVERIFY(store.put(QStringLiteral("k"), sha("x"), "x", QStringLiteral("t0")).has_value());
        }
        QCOMPARE(queryFile(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(queryFile(path, QStringLiteral("PRAGMA user_version")).toInt(), RecordStore::kSchemaVersion);
        RecordStore reopened;
        QVERIFY(reopened.open(path).has_value());
        const auto again = reopened.put(QStringLiteral("k"), sha("x"), "x", QStringLiteral("t1"));
        QCOMPARE(again->outcome, RecordStore::PutOutcome::Duplicate);
        QCOMPARE(again->receivedAt, QStringLiteral("t0"));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        queryFile(path, QStringLiteral("PRAGMA user_version=7"));
        QCOMPARE(queryFile(path, QStringLiteral("PRAGMA user_version")).toInt(), 7);
        RecordStore store;
        const auto opened = store.open(path);
        QVERIFY(!opened.has_value());
        QVERIFY2(opened.error().contains(QStringLiteral("newer")), qPrintable(opened.error()));
        QVERIFY(!store.isOpen());
        QCOMPARE(queryFile(path, QStringLiteral("PRAGMA user_version")).toInt(), 7); // untouched
        QVERIFY(!store.put(QStringLiteral("k"), sha("x"), "x", QStringLiteral("t")).has_value());
    }

    void refusesForeignFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("text.sqlite"));
        const QByteArray text(4096, 'z');
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        RecordStore store;
        QVERIFY(!store.open(path).has_value());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), text); // never "repaired"
    }

    void keepsCheckpointsAndMarksRegressions()
    {
        RecordStore store;
        QVERIFY(store.open(QString()).has_value());
        const auto copy = [](const char *storeId, qint64 entries, char hash) {
            AuditCheckpointCopy c;
            c.store = QString::fromLatin1(storeId);
            c.terminalId = QStringLiteral("counter-01");
            c.entries = c.headSeq = entries;
            c.headHash = QString(64, QLatin1Char(hash));
            c.mac = QString(64, QLatin1Char('f'));
            c.writtenAt = QStringLiteral("2026-04-01T01:00:00.000Z");
            c.headerValue = "value";
            return c;
        };
        QVERIFY(store.keepCheckpoint(copy("a", 5, '1'), QStringLiteral("k1"), QStringLiteral("t1")).value());
        // The same checkpoint again (a retry, or the next record before the log grew): kept once.
        QVERIFY(!store.keepCheckpoint(copy("a", 5, '1'), QStringLiteral("k2"), QStringLiteral("t2")).value());
        QVERIFY(store.keepCheckpoint(copy("b", 2, '2'), QStringLiteral("k3"), QStringLiteral("t3")).value());
        const auto shorter = store.keepCheckpoint(copy("a", 3, '3'), QStringLiteral("k4"), QStringLiteral("t4"));
        QVERIFY(shorter.has_value() && shorter->has_value());
        QVERIFY((*shorter)->regressed); // store a had 5 entries before
        const auto all = store.checkpoints();
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).recordKey, QStringLiteral("k1"));
        QVERIFY(!all->at(0).regressed && !all->at(1).regressed && all->at(2).regressed);
        QCOMPARE(all->at(2).checkpoint.entries, 3);
        QCOMPARE(all->at(2).checkpoint.headHash, QString(64, QLatin1Char('3')));
        QVERIFY(store.clear().has_value());
        QCOMPARE(store.checkpoints()->size(), 0);
    }

    void upgradesSchema1KeepingItsRecords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        queryFile(path, QStringLiteral("CREATE TABLE records (seq INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
                                       "body_sha256 BLOB NOT NULL, body BLOB NOT NULL, received_at TEXT NOT NULL)"));
        queryFile(path, QStringLiteral("INSERT INTO records (key, body_sha256, body, received_at) "
                                       "VALUES ('k', x'00', 'x', 't0')"));
        queryFile(path, QStringLiteral("PRAGMA user_version=1"));
        RecordStore store;
        QVERIFY(store.open(path).has_value());
        QCOMPARE(store.count().value(), 1);
        QCOMPARE(store.checkpoints()->size(), 0);
        store.close();
        QCOMPARE(queryFile(path, QStringLiteral("PRAGMA user_version")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackofficeRecordStore)
#include "tst_backofficerecordstore.moc"
