// `keys rotate` in process (RecordKeyRotation, docs/security.md "Rotating
// the key"): every record and draft sealed anew in one audited transaction;
// an interrupted rotation is finished or undone at the next open; a payload
// that does not open leaves everything as it was.
#include "OutboxTestSupport.h"

#include "common/Clock.h"
#include "common/PrivateFiles.h"
#include "outbox/FileKeyProvider.h"
#include "outbox/Outbox.h"
#include "outbox/RecordCipher.h"
#include "outbox/RecordKeyBinding.h"
#include "outbox/RecordKeyRotation.h"
#include "outbox/SecretKey.h"
#include "outbox/UploaderLock.h"
#include "security/AuditLog.h"
#include "security/MemoryAuditAnchor.h"
#include "store/Database.h"
#include "store/MetaStore.h"

#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <cstring>

using namespace kakanai;
using namespace kakanai::test;

class TestRecordKeyRotation : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rotationResealsEveryRecordAndDraft();
    void secondRotationStartsFromTheNewKey();
    void interruptedAfterCommitIsFinishedAtNextOpen();
    void pendingKeyOfRolledBackRotationIsDiscarded();
    void pendingKeyIsLeftWhileAnotherProgramWrites();
    void damagedRecordAbortsWithNothingChanged();
    void damagedDraftAbortsWithNothingChanged();
    void refusedWhileTheUploaderLockIsHeld();

private:
    QString keyPath() const { return m_dir->filePath(QStringLiteral("record.key")); }
    QString dbPath() const { return m_dir->filePath(QStringLiteral("kakanai.sqlite")); }
    QString keptId();
    QByteArray fileBytes(const QString &path);
    void writeKeyFile(const QString &path, const QByteArray &bytes);
    // uuid → sealed payload, for records and drafts ("draft:<id>").
    QMap<QString, QByteArray> payloads();
    QString enqueue(RecordCipher &cipher);
    QString saveDraft(RecordCipher &cipher, const QString &staffId);
    int auditCount();
    Result<RecordKeyRotation::Outcome> rotate();
    static std::unique_ptr<RecordCipher> cipherOf(const QByteArray &keyBytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordCipher> m_cipher;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC)};
    QMap<QString, QByteArray> m_plain; // what every record/draft holds in clear
};

void TestRecordKeyRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open({dbPath(), 5000, Durability::Full});
    QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
    m_db = std::move(*db);
    FileKeyProvider keys(keyPath());
    auto cipher = RecordKeyBinding::open(*m_db, keys);
    QVERIFY2(cipher, cipher ? "" : qPrintable(cipher.error().toString()));
    m_cipher = std::move(*cipher);
    m_plain.clear();
}

void TestRecordKeyRotation::cleanup()
{
    m_cipher.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestRecordKeyRotation::keptId()
{
    auto value = MetaStore(*m_db).value(RecordKeyBinding::metaKey());
    return value && value->has_value() ? **value : QString();
}

QByteArray TestRecordKeyRotation::fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestRecordKeyRotation::writeKeyFile(const QString &path, const QByteArray &bytes)
{
    QFile::remove(path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(f.write(bytes), bytes.size());
}

QMap<QString, QByteArray> TestRecordKeyRotation::payloads()
{
    QMap<QString, QByteArray> all;
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT uuid, payload FROM record")))
        while (q.next())
            all.insert(q.value(0).toString(), q.value(1).toByteArray());
    if (q.exec(QStringLiteral("SELECT draft_id, payload FROM visit_draft")))
        while (q.next())
            all.insert(QStringLiteral("draft:") + q.value(0).toString(), q.value(1).toByteArray());
    return all;
}

QString TestRecordKeyRotation::enqueue(RecordCipher &cipher)
{
    Outbox outbox(*m_db, cipher, m_clock);
    const QString uuid = newUuid();
    const QByteArray document = makeRecord(uuid);
    auto queued = outbox.enqueue(document);
    if (!queued)
        qWarning() << queued.error().toString();
    m_plain.insert(uuid, document);
    return uuid;
}

QString TestRecordKeyRotation::saveDraft(RecordCipher &cipher, const QString &staffId)
{
    // As DraftStore saves it: sealed with the draft id as associated data.
    const QString draftId = newUuid();
    const QByteArray document = QByteArrayLiteral("{\"draft\":\"") + personalMarker() + QByteArrayLiteral("\"}");
    auto sealed = cipher.encrypt(document, draftId);
    if (!sealed)
        return {};
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO visit_draft (staff_id, draft_id, updated_at, payload) VALUES (?, ?, ?, ?)"));
    q.addBindValue(staffId);
    q.addBindValue(draftId);
    q.addBindValue(QStringLiteral("2026-12-03T09:00:00.000Z"));
    q.addBindValue(*sealed);
    if (!q.exec())
        return {};
    m_plain.insert(QStringLiteral("draft:") + draftId, document);
    return draftId;
}

int TestRecordKeyRotation::auditCount()
{
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_event")) && q.next() ? q.value(0).toInt() : -1;
}

Result<RecordKeyRotation::Outcome> TestRecordKeyRotation::rotate()
{
    FileKeyProvider keys(keyPath());
    MemoryAuditAnchor anchor;
    AuditLog audit(*m_db, m_clock, QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"), anchor);
    return RecordKeyRotation::rotate(*m_db, keys, audit, QStringLiteral("cli"));
}

std::unique_ptr<RecordCipher> TestRecordKeyRotation::cipherOf(const QByteArray &keyBytes)
{
    auto key = SecretKey::allocate();
    if (!key || keyBytes.size() != qsizetype(SecretKey::Size))
        return nullptr;
    std::memcpy(key->writableData(), keyBytes.constData(), SecretKey::Size);
    key->makeReadOnly();
    return std::make_unique<RecordCipher>(std::move(key));
}

void TestRecordKeyRotation::rotationResealsEveryRecordAndDraft()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(!enqueue(*m_cipher).isEmpty());
    QVERIFY(!saveDraft(*m_cipher, QStringLiteral("c001")).isEmpty());
    const QMap<QString, QByteArray> before = payloads();
    QCOMPARE(before.size(), 4);
    const QByteArray oldKey = fileBytes(keyPath());
    const QString oldId = keptId();
    QVERIFY(!oldId.isEmpty());
    const int auditBefore = auditCount();

    auto outcome = rotate();
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
    QCOMPARE(outcome->oldKeyId, oldId);
    QVERIFY(outcome->newKeyId != oldId);
    QCOMPARE(outcome->records, 3);
    QCOMPARE(outcome->drafts, 1);

    // The store names the new key, and the key file holds it (promoted, private, no pending copy left).
    QCOMPARE(keptId(), outcome->newKeyId);
    const QByteArray newKey = fileBytes(keyPath());
    QCOMPARE(newKey.size(), qsizetype(SecretKey::Size));
    QVERIFY(newKey != oldKey);
    QVERIFY(PrivateFiles::isOwnerOnly(keyPath()));
    QVERIFY(!QFile::exists(keyPath() + QStringLiteral(".pending")));

    // Every payload changed, opens with the new key to the same document, and no longer with the old one.
    const auto fresh = cipherOf(newKey);
    const auto stale = cipherOf(oldKey);
    QVERIFY(fresh && stale);
    const QMap<QString, QByteArray> after = payloads();
    QCOMPARE(after.keys(), before.keys());
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        QVERIFY(it.value() != before.value(it.key()));
        const QString ad = it.key().startsWith(QLatin1String("draft:")) ? it.key().mid(6) : it.key();
        auto opened = fresh->decrypt(it.value(), ad);
        QVERIFY2(opened, qPrintable(it.key()));
        QCOMPARE(*opened, m_plain.value(it.key()));
        QVERIFY(!stale->decrypt(it.value(), ad));
    }

    // The next open goes through the binding with the new key.
    FileKeyProvider keys(keyPath());
    auto reopened = RecordKeyBinding::open(*m_db, keys);
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().toString()));
    QCOMPARE(RecordKeyBinding::keyId((*reopened)->key()), outcome->newKeyId);

    // One audit entry, with both ids and the counts.
    QCOMPARE(auditCount(), auditBefore + 1);
    MemoryAuditAnchor anchor;
    AuditLog audit(*m_db, m_clock, QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"), anchor);
    auto events = audit.events(1, 1000);
    QVERIFY(events && !events->isEmpty());
    const AuditEvent &last = events->last();
    QCOMPARE(last.action, QStringLiteral("rotate-record-key"));
    QCOMPARE(last.staffId, QStringLiteral("cli"));
    QCOMPARE(last.detail, QStringLiteral("old-key=%1 new-key=%2 records=3 drafts=1").arg(oldId, outcome->newKeyId));
    auto verified = audit.verify();
    QVERIFY(verified && !verified->firstBroken);
}

void TestRecordKeyRotation::secondRotationStartsFromTheNewKey()
{
    const QString uuid = enqueue(*m_cipher);
    auto first = rotate();
    QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
    auto second = rotate();
    QVERIFY2(second, second ? "" : qPrintable(second.error().toString()));
    QCOMPARE(second->oldKeyId, first->newKeyId);
    QCOMPARE(keptId(), second->newKeyId);
    auto opened = cipherOf(fileBytes(keyPath()))->decrypt(payloads().value(uuid), uuid);
    QVERIFY(opened);
    QCOMPARE(*opened, m_plain.value(uuid));
}

void TestRecordKeyRotation::interruptedAfterCommitIsFinishedAtNextOpen()
{
    const QString uuid = enqueue(*m_cipher);
    const QByteArray oldKey = fileBytes(keyPath());
    auto outcome = rotate();
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
    const QByteArray newKey = fileBytes(keyPath());

    // As if the process died after the commit, before the rename: the old key
    // in place, the new one (the store's) still pending.
    const QString pending = keyPath() + QStringLiteral(".pending");
    writeKeyFile(pending, newKey);
    writeKeyFile(keyPath(), oldKey);

    FileKeyProvider keys(keyPath());
    auto cipher = RecordKeyBinding::open(*m_db, keys);
    QVERIFY2(cipher, cipher ? "" : qPrintable(cipher.error().toString()));
    QCOMPARE(RecordKeyBinding::keyId((*cipher)->key()), outcome->newKeyId);
    QCOMPARE(fileBytes(keyPath()), newKey);
    QVERIFY(!QFile::exists(pending));
    QVERIFY(PrivateFiles::isOwnerOnly(keyPath()));
    auto opened = (*cipher)->decrypt(payloads().value(uuid), uuid);
    QVERIFY(opened);
    QCOMPARE(*opened, m_plain.value(uuid));
}

void TestRecordKeyRotation::pendingKeyOfRolledBackRotationIsDiscarded()
{
    const QString uuid = enqueue(*m_cipher);
    const QByteArray key = fileBytes(keyPath());
    const QString id = keptId();
    // A rotation that died before its commit: its new key pending, the store unchanged.
    QByteArray other(qsizetype(SecretKey::Size), Qt::Uninitialized);
    randombytes_buf(other.data(), std::size_t(other.size()));
    const QString pending = keyPath() + QStringLiteral(".pending");
    writeKeyFile(pending, other);

    FileKeyProvider keys(keyPath());
    auto cipher = RecordKeyBinding::open(*m_db, keys);
    QVERIFY2(cipher, cipher ? "" : qPrintable(cipher.error().toString()));
    QCOMPARE(RecordKeyBinding::keyId((*cipher)->key()), id);
    QVERIFY(!QFile::exists(pending));
    QCOMPARE(fileBytes(keyPath()), key);
    QCOMPARE(keptId(), id);
    QVERIFY((*cipher)->decrypt(payloads().value(uuid), uuid));
}

void TestRecordKeyRotation::pendingKeyIsLeftWhileAnotherProgramWrites()
{
    // A rotation under way holds the write lock from before it keeps its
    // pending key until its commit; its pending key must not be taken for
    // the leftover of a rolled-back one.
    enqueue(*m_cipher);
    const QString id = keptId();
    QByteArray other(qsizetype(SecretKey::Size), Qt::Uninitialized);
    randombytes_buf(other.data(), std::size_t(other.size()));
    const QString pending = keyPath() + QStringLiteral(".pending");
    writeKeyFile(pending, other);

    auto writer = Database::open({dbPath(), 100, Durability::Full});
    QVERIFY(writer);
    auto reader = Database::open({dbPath(), 100, Durability::Full});
    QVERIFY(reader);
    QSqlQuery begin((*writer)->connection());
    QVERIFY(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
    FileKeyProvider keys(keyPath());
    auto cipher = RecordKeyBinding::open(**reader, keys);
    QVERIFY2(cipher, cipher ? "" : qPrintable(cipher.error().toString()));
    QCOMPARE(RecordKeyBinding::keyId((*cipher)->key()), id);
    QCOMPARE(fileBytes(pending), other);

    QVERIFY(QSqlQuery((*writer)->connection()).exec(QStringLiteral("ROLLBACK")));
    // Once nobody writes, the next open removes it.
    auto again = RecordKeyBinding::open(**reader, keys);
    QVERIFY(again);
    QVERIFY(!QFile::exists(pending));
}

void TestRecordKeyRotation::damagedRecordAbortsWithNothingChanged()
{
    enqueue(*m_cipher);
    const QString damaged = enqueue(*m_cipher);
    enqueue(*m_cipher);
    saveDraft(*m_cipher, QStringLiteral("c001"));
    {
        QByteArray payload = payloads().value(damaged);
        payload[payload.size() - 1] = char(payload.at(payload.size() - 1) ^ 0x01);
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE record SET payload = ? WHERE uuid = ?"));
        q.addBindValue(payload);
        q.addBindValue(damaged);
        QVERIFY(q.exec());
    }
    const QMap<QString, QByteArray> before = payloads();
    const QByteArray key = fileBytes(keyPath());
    const QString id = keptId();
    const int auditBefore = auditCount();

    auto outcome = rotate();
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code(), ErrorCode::InvalidData);
    QVERIFY2(outcome.error().message().contains(damaged), qPrintable(outcome.error().message()));
    QVERIFY(!outcome.error().toString().contains(QString::fromLatin1(personalMarker())));

    QCOMPARE(payloads(), before);
    QCOMPARE(fileBytes(keyPath()), key);
    QCOMPARE(keptId(), id);
    QCOMPARE(auditCount(), auditBefore);
    QVERIFY(!QFile::exists(keyPath() + QStringLiteral(".pending")));
}

void TestRecordKeyRotation::damagedDraftAbortsWithNothingChanged()
{
    enqueue(*m_cipher);
    // A draft sealed with another key (e.g. copied from another PC).
    const auto other = cipherOf(QByteArray(qsizetype(SecretKey::Size), '\x42'));
    const QString draftId = saveDraft(*other, QStringLiteral("c002"));
    QVERIFY(!draftId.isEmpty());
    const QMap<QString, QByteArray> before = payloads();
    const QByteArray key = fileBytes(keyPath());

    auto outcome = rotate();
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message().contains(draftId), qPrintable(outcome.error().message()));
    QCOMPARE(payloads(), before);
    QCOMPARE(fileBytes(keyPath()), key);
    QVERIFY(!QFile::exists(keyPath() + QStringLiteral(".pending")));
}

void TestRecordKeyRotation::refusedWhileTheUploaderLockIsHeld()
{
    enqueue(*m_cipher);
    const QMap<QString, QByteArray> before = payloads();
    const QString id = keptId();
    auto lock = UploaderLock::acquire(dbPath() + QStringLiteral(".uploader.lock"));
    QVERIFY(lock);
    auto outcome = rotate();
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code(), ErrorCode::DatabaseLocked);
    QCOMPARE(payloads(), before);
    QCOMPARE(keptId(), id);
}

QTEST_GUILESS_MAIN(TestRecordKeyRotation)
#include "tst_recordkeyrotation.moc"
