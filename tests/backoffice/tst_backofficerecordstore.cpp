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
};

QTEST_GUILESS_MAIN(TestBackofficeRecordStore)
#include "tst_backofficerecordstore.moc"
