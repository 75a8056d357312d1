// One record key per store (RecordKeyBinding, docs/security.md): a store
// that holds sealed rows never gets a new key, a different key is refused
// with both key ids, and a refusal writes nothing.
#include "OutboxTestSupport.h"

#include "common/Clock.h"
#include "outbox/FileKeyProvider.h"
#include "outbox/Outbox.h"
#include "outbox/RecordCipher.h"
#include "outbox/RecordKeyBinding.h"
#include "outbox/SecretKey.h"
#include "store/Database.h"
#include "store/MetaStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace kakanai;
using namespace kakanai::test;

class TestRecordKeyBinding : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void freshStoreMakesKeyAndKeepsItsId();
    void sameKeyOpensAgain();
    void missingKeyRefused_data();
    void missingKeyRefused();
    void otherKeyRefusedWithBothIds();
    void storeFromBeforeTheBindingAdoptsItsKey();
    void storeFromBeforeTheBindingRefusesAKeyThatDoesNotOpenIt();

private:
    QString keyPath() const { return m_dir->filePath(QStringLiteral("record.key")); }
    QString keptId();
    int records();
    void enqueueOne(RecordCipher &cipher);
    void writeOtherKey();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC)};
};

void TestRecordKeyBinding::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open({m_dir->filePath(QStringLiteral("kakanai.sqlite")), 5000, Durability::Full});
    QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
    m_db = std::move(*db);
}

void TestRecordKeyBinding::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestRecordKeyBinding::keptId()
{
    auto value = MetaStore(*m_db).value(RecordKeyBinding::metaKey());
    return value && value->has_value() ? **value : QString();
}

int TestRecordKeyBinding::records()
{
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM record")) && q.next() ? q.value(0).toInt() : -1;
}

void TestRecordKeyBinding::enqueueOne(RecordCipher &cipher)
{
    Outbox outbox(*m_db, cipher, m_clock);
    auto queued = outbox.enqueue(makeRecord(newUuid()));
    QVERIFY2(queued, queued ? "" : qPrintable(queued.error().toString()));
}

void TestRecordKeyBinding::writeOtherKey()
{
    QFile::remove(keyPath());
    FileKeyProvider other(keyPath());
    QVERIFY(other.loadOrCreateKey()); // a new, different key at the same place
}

void TestRecordKeyBinding::freshStoreMakesKeyAndKeepsItsId()
{
    QVERIFY(keptId().isEmpty());
    FileKeyProvider keys(keyPath());
    auto cipher = RecordKeyBinding::open(*m_db, keys);
    QVERIFY2(cipher, cipher ? "" : qPrintable(cipher.error().toString()));
    QVERIFY(QFile::exists(keyPath()));
    auto key = FileKeyProvider(keyPath()).loadKey(MissingKey::Refuse);
    QVERIFY(key);
    QCOMPARE(keptId(), RecordKeyBinding::keyId(**key));
    QCOMPARE(keptId().size(), 32);
}

void TestRecordKeyBinding::sameKeyOpensAgain()
{
    FileKeyProvider keys(keyPath());
    auto first = RecordKeyBinding::open(*m_db, keys);
    QVERIFY(first);
    enqueueOne(**first);
    const QString id = keptId();
    auto second = RecordKeyBinding::open(*m_db, keys);
    QVERIFY2(second, second ? "" : qPrintable(second.error().toString()));
    QCOMPARE(keptId(), id);
}

void TestRecordKeyBinding::missingKeyRefused_data()
{
    QTest::addColumn<bool>("withRecord");
    QTest::addColumn<bool>("withDraftOnly");
    QTest::newRow("records sealed") << true << false;
    QTest::newRow("bound, no records left") << false << false;
    QTest::newRow("only a draft sealed") << false << true;
}

void TestRecordKeyBinding::missingKeyRefused()
{
    QFETCH(bool, withRecord);
    QFETCH(bool, withDraftOnly);
    FileKeyProvider keys(keyPath());
    if (withDraftOnly) {
        // A draft sealed by a build that did not keep the key id yet.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO visit_draft (staff_id, draft_id, updated_at, payload) "
                                      "VALUES ('c001', 'd', '2026-12-03T00:00:00Z', x'00')")));
        QVERIFY(keys.loadOrCreateKey());
    } else {
        auto cipher = RecordKeyBinding::open(*m_db, keys);
        QVERIFY(cipher);
        if (withRecord)
            enqueueOne(**cipher);
    }
    const QString id = keptId();
    const int before = records();
    QVERIFY(QFile::remove(keyPath()));

    auto refused = RecordKeyBinding::open(*m_db, keys);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::NotFound);
    QVERIFY2(refused.error().message().contains(keyPath()), qPrintable(refused.error().message()));
    if (!id.isEmpty())
        QVERIFY2(refused.error().message().contains(id), qPrintable(refused.error().message()));
    QVERIFY(!QFile::exists(keyPath())); // no new key was made
    QCOMPARE(keptId(), id);
    QCOMPARE(records(), before);
}

void TestRecordKeyBinding::otherKeyRefusedWithBothIds()
{
    FileKeyProvider keys(keyPath());
    auto cipher = RecordKeyBinding::open(*m_db, keys);
    QVERIFY(cipher);
    enqueueOne(**cipher);
    const QString bound = keptId();
    writeOtherKey();
    auto other = FileKeyProvider(keyPath()).loadKey(MissingKey::Refuse);
    QVERIFY(other);
    const QString otherId = RecordKeyBinding::keyId(**other);
    QVERIFY(otherId != bound);

    auto refused = RecordKeyBinding::open(*m_db, keys);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::InvalidData);
    QVERIFY2(refused.error().message().contains(bound) && refused.error().message().contains(otherId),
             qPrintable(refused.error().message()));
    QCOMPARE(keptId(), bound);
    QCOMPARE(records(), 1);
}

void TestRecordKeyBinding::storeFromBeforeTheBindingAdoptsItsKey()
{
    FileKeyProvider keys(keyPath());
    auto old = RecordCipher::fromProvider(keys); // as before the binding: no id kept
    QVERIFY(old);
    enqueueOne(**old);
    QVERIFY(keptId().isEmpty());
    auto cipher = RecordKeyBinding::open(*m_db, keys);
    QVERIFY2(cipher, cipher ? "" : qPrintable(cipher.error().toString()));
    auto key = FileKeyProvider(keyPath()).loadKey(MissingKey::Refuse);
    QVERIFY(key);
    QCOMPARE(keptId(), RecordKeyBinding::keyId(**key));
}

void TestRecordKeyBinding::storeFromBeforeTheBindingRefusesAKeyThatDoesNotOpenIt()
{
    FileKeyProvider keys(keyPath());
    auto old = RecordCipher::fromProvider(keys);
    QVERIFY(old);
    enqueueOne(**old);
    writeOtherKey();
    auto refused = RecordKeyBinding::open(*m_db, keys);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::InvalidData);
    QVERIFY(keptId().isEmpty()); // the wrong key was not adopted
}

QTEST_GUILESS_MAIN(TestRecordKeyBinding)
#include "tst_recordkeybinding.moc"
