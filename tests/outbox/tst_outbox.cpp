// Outbox over the store: one transaction per enqueue, encrypted payloads,
// states and counts, recovery after a crash, resend, and what a full disk or
// a failing statement at any point leaves behind.
#include "OutboxTestSupport.h"

#include "outbox/RecordDocument.h"
#include "outbox/RecordKeyBinding.h"
#include "security/AuditLog.h"
#include "security/MemoryAuditAnchor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "outbox/UploaderLock.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace kakanai;
using namespace kakanai::test;

class TestOutbox : public QObject {
    Q_OBJECT
private slots:
    void enqueueStoresEncryptedRecordAndRow();
    void enqueueSameDocumentTwiceIsNoOp();
    void enqueueSameIdOtherDocumentRefused();
    void enqueueValidates_data();
    void enqueueValidates();
    void countsAndList();
    void claimMarksSendingInBatches();
    void claimTakesOnlyDueRows();
    void applyOutcomes();
    void recoverInterruptedMarksVerifyFirst();
    void resendOnlyRejected();
    void resendAuthoriserCanRefuse();
    void makeAllDue();
    void damagedRecordIsMarked_data();
    void damagedRecordIsMarked();
    void undecryptableWithUnprovenKeyIsPushedBack();
    void failedAuditLeavesDamagedRowPending();
    void resendAuditorCommitsWithTheResend();
    void sendingRowsAreStaleOnlyWithoutUploader();
    void uploaderLockIsExclusive();
    void faultInjectionWalk_data();
    void faultInjectionWalk();
    void diskFullAtEnqueue();
};

void TestOutbox::enqueueStoresEncryptedRecordAndRow()
{
    TempStore s;
    QVERIFY2(s.isValid(), qPrintable(s.lastError()));
    const QString id = newUuid();
    const QByteArray doc = makeRecord(id, QStringLiteral("moving"));
    auto queued = s.outbox().enqueue(doc);
    QVERIFY2(queued, queued ? "" : qPrintable(queued.error().toString()));
    QCOMPARE(queued->uuid, id);
    QVERIFY(!queued->alreadyQueued);

    const QByteArray payload = s.payload(id);
    QVERIFY(payload.startsWith("KKR1"));
    QVERIFY(!payload.contains(personalMarker()));
    auto opened = s.cipher().decrypt(payload, id);
    QVERIFY(opened);
    QCOMPARE(*opened, doc);

    QCOMPARE(s.outboxColumn(id, QStringLiteral("state")), QStringLiteral("pending"));
    QCOMPARE(s.outboxColumn(id, QStringLiteral("attempts")), QStringLiteral("0"));
    QCOMPARE(s.outboxColumn(id, QStringLiteral("created_at")), QStringLiteral("2026-11-24T09:00:00.000Z"));
    QCOMPARE(s.outboxColumn(id, QStringLiteral("next_attempt_at")), QStringLiteral("2026-11-24T09:00:00.000Z"));
    QCOMPARE(s.outboxColumn(id, QStringLiteral("last_http_status")), QStringLiteral("<null>"));
    QCOMPARE(s.outboxColumn(id, QStringLiteral("sent_at")), QStringLiteral("<null>"));

    // Neither the database file nor its WAL holds the personal data in clear.
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(s.path() + suffix);
        if (f.open(QIODevice::ReadOnly))
            QVERIFY(!f.readAll().contains(personalMarker()));
    }
}

void TestOutbox::enqueueSameDocumentTwiceIsNoOp()
{
    TempStore s;
    QVERIFY(s.isValid());
    const QString id = newUuid();
    QVERIFY(s.outbox().enqueue(makeRecord(id)));
    s.clock().advanceSecs(60);
    auto again = s.outbox().enqueue(makeRecord(id));
    QVERIFY(again);
    QVERIFY(again->alreadyQueued);
    QCOMPARE(s.rowCount(QStringLiteral("record")), 1);
    QCOMPARE(s.rowCount(QStringLiteral("outbox")), 1);
    QCOMPARE(s.outboxColumn(id, QStringLiteral("created_at")), QStringLiteral("2026-11-24T09:00:00.000Z"));
}

void TestOutbox::enqueueSameIdOtherDocumentRefused()
{
    TempStore s;
    QVERIFY(s.isValid());
    const QString id = newUuid();
    QVERIFY(s.outbox().enqueue(makeRecord(id, QStringLiteral("moving"))));
    auto other = s.outbox().enqueue(makeRecord(id, QStringLiteral("certificate")));
    QVERIFY(!other);
    QCOMPARE(other.error().code(), ErrorCode::InvalidData);
    QCOMPARE(s.rowCount(QStringLiteral("record")), 1);
}

void TestOutbox::enqueueValidates_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QString id = QStringLiteral("0b7d3c1e-3d0a-4f6e-9b1a-2f9c8e7d6a51");
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = QJsonDocument::fromJson(makeRecord(id)).object();
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("not json") << QByteArray("hello") << QString();
    QTest::newRow("array") << QByteArray("[1,2]") << QString();
    QTest::newRow("too large") << makeRecord(id, QStringLiteral("moving"), RecordDocument::MaxBytes) << QString();
    QTest::newRow("no schema") << with(QStringLiteral("schema"), QJsonValue::Undefined) << QStringLiteral("schema");
    QTest::newRow("other schema") << with(QStringLiteral("schema"), QStringLiteral("kakanai.record/2")) << QStringLiteral("schema");
    QTest::newRow("no id") << with(QStringLiteral("id"), QJsonValue::Undefined) << QStringLiteral("id");
    QTest::newRow("id not uuid") << with(QStringLiteral("id"), QStringLiteral("1234")) << QStringLiteral("id");
    QTest::newRow("id uppercase") << with(QStringLiteral("id"), id.toUpper()) << QStringLiteral("id");
    QTest::newRow("id braces") << with(QStringLiteral("id"), QLatin1Char('{') + id + QLatin1Char('}')) << QStringLiteral("id");
    QTest::newRow("id number") << with(QStringLiteral("id"), 5) << QStringLiteral("id");
    QTest::newRow("no createdAt") << with(QStringLiteral("createdAt"), QJsonValue::Undefined) << QStringLiteral("createdAt");
    QTest::newRow("createdAt no zone") << with(QStringLiteral("createdAt"), QStringLiteral("2026-11-24T04:05:06")) << QStringLiteral("createdAt");
    QTest::newRow("createdAt nonsense") << with(QStringLiteral("createdAt"), QStringLiteral("yesterday")) << QStringLiteral("createdAt");
    QTest::newRow("no terminalId") << with(QStringLiteral("terminalId"), QJsonValue::Undefined) << QStringLiteral("terminalId");
    QTest::newRow("blank terminalId") << with(QStringLiteral("terminalId"), QStringLiteral("  ")) << QStringLiteral("terminalId");
    QTest::newRow("no kind") << with(QStringLiteral("kind"), QJsonValue::Undefined) << QStringLiteral("kind");
    QTest::newRow("kind not string") << with(QStringLiteral("kind"), true) << QStringLiteral("kind");
    // The whole record is read (forms::Record::fromJson), not only its envelope.
    QTest::newRow("terminalId too long") << with(QStringLiteral("terminalId"), QString(65, QLatin1Char('t'))) << QStringLiteral("terminalId");
    QTest::newRow("no staffId") << with(QStringLiteral("staffId"), QJsonValue::Undefined) << QStringLiteral("staffId");
    QTest::newRow("no forms") << with(QStringLiteral("forms"), QJsonValue::Undefined) << QStringLiteral("forms");
    QTest::newRow("forms not a list") << with(QStringLiteral("forms"), QStringLiteral("x")) << QStringLiteral("forms");
    QTest::newRow("form without id") << with(QStringLiteral("forms"), QJsonArray{QJsonObject{{QStringLiteral("formVersion"), 1}}})
                                     << QStringLiteral("formId");
    QTest::newRow("field without source")
        << with(QStringLiteral("forms"),
                QJsonArray{QJsonObject{{QStringLiteral("formId"), QStringLiteral("f")},
                                       {QStringLiteral("formVersion"), 1},
                                       {QStringLiteral("fields"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("note")},
                                                                                         {QStringLiteral("value"), QString::fromLatin1(personalMarker())}}}}}})
        << QStringLiteral("source");
    QTest::newRow("no household") << with(QStringLiteral("household"), QJsonValue::Undefined) << QStringLiteral("household");
}

void TestOutbox::enqueueValidates()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    TempStore s;
    QVERIFY(s.isValid());
    auto queued = s.outbox().enqueue(json);
    QVERIFY(!queued);
    QCOMPARE(queued.error().code(), ErrorCode::InvalidData);
    if (!field.isEmpty())
        QVERIFY2(queued.error().message().contains(field), qPrintable(queued.error().message()));
    QVERIFY(!queued.error().toString().contains(QString::fromLatin1(personalMarker())));
    QCOMPARE(s.rowCount(QStringLiteral("record")), 0);
    QCOMPARE(s.rowCount(QStringLiteral("outbox")), 0);
}

void TestOutbox::countsAndList()
{
    TempStore s;
    QVERIFY(s.isValid());
    auto empty = s.outbox().counts();
    QVERIFY(empty);
    QCOMPARE(*empty, OutboxCounts{});
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << newUuid();
        QVERIFY(s.outbox().enqueue(makeRecord(ids.last(), i % 2 ? QStringLiteral("certificate") : QStringLiteral("moving"))));
        s.clock().advanceSecs(10);
    }
    auto claim = s.outbox().claimDue(2);
    QVERIFY(claim);
    QCOMPARE(claim->items.size(), 2);
    QVERIFY(s.outbox().applyOutcomes({{ids[0], UploadOutcome::Kind::Sent, 201, {}, {}, false},
                                      {ids[1], UploadOutcome::Kind::Rejected, 422, QStringLiteral("bad postal code"), {}, false}}));
    auto claim2 = s.outbox().claimDue(1);
    QVERIFY(claim2 && claim2->items.size() == 1);

    auto counts = s.outbox().counts();
    QVERIFY(counts);
    QCOMPARE(counts->pending, 2);
    QCOMPARE(counts->sending, 1);
    QCOMPARE(counts->sent, 1);
    QCOMPARE(counts->rejected, 1);
    QCOMPARE(counts->waiting(), 3);
    QCOMPARE(counts->oldestPendingQueuedAt, QDateTime(QDate(2026, 11, 24), QTime(9, 0, 20), Qt::UTC));

    auto all = s.outbox().list();
    QVERIFY(all);
    QCOMPARE(all->size(), 5);
    QCOMPARE(all->first().uuid, ids[4]); // newest first
    auto rejected = s.outbox().list({OutboxState::Rejected});
    QVERIFY(rejected);
    QCOMPARE(rejected->size(), 1);
    const OutboxEntry &e = rejected->first();
    QCOMPARE(e.uuid, ids[1]);
    QCOMPARE(e.kind, QStringLiteral("certificate"));
    QCOMPARE(e.state, OutboxState::Rejected);
    QCOMPARE(e.attempts, 1);
    QCOMPARE(e.lastHttpStatus, 422);
    QCOMPARE(e.lastError, QStringLiteral("bad postal code"));
    QCOMPARE(e.recordCreatedAt, QDateTime(QDate(2026, 11, 24), QTime(4, 5, 6, 789), Qt::UTC));
    auto two = s.outbox().list({OutboxState::Pending, OutboxState::Sent});
    QVERIFY(two);
    QCOMPARE(two->size(), 3);
    auto paged = s.outbox().list({}, 2, 4);
    QVERIFY(paged);
    QCOMPARE(paged->size(), 1);
    auto one = s.outbox().entry(ids[0]);
    QVERIFY(one);
    QCOMPARE(one->state, OutboxState::Sent);
    QCOMPARE(one->sentAt, s.clock().nowUtc());
    QCOMPARE(s.outbox().entry(newUuid()).error().code(), ErrorCode::NotFound);
}

void TestOutbox::claimMarksSendingInBatches()
{
    TempStore s;
    QVERIFY(s.isValid());
    QStringList ids;
    for (int i = 0; i < 7; ++i) {
        ids << newUuid();
        QVERIFY(s.outbox().enqueue(makeRecord(ids.last())));
        s.clock().advanceMsecs(1);
    }
    auto first = s.outbox().claimDue(5);
    QVERIFY(first);
    QCOMPARE(first->items.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const OutboxItem &item = first->items.at(i);
        QCOMPARE(item.uuid, ids[i]); // oldest first
        QCOMPARE(item.attempts, 1);
        QVERIFY(!item.verifyFirst);
        QCOMPARE(item.body, makeRecord(ids[i]));
        QCOMPARE(s.outboxColumn(ids[i], QStringLiteral("state")), QStringLiteral("sending"));
        QCOMPARE(s.outboxColumn(ids[i], QStringLiteral("attempts")), QStringLiteral("1"));
    }
    auto second = s.outbox().claimDue(5);
    QVERIFY(second);
    QCOMPARE(second->items.size(), 2);
    auto third = s.outbox().claimDue(5);
    QVERIFY(third);
    QCOMPARE(third->items.size(), 0);
}

void TestOutbox::claimTakesOnlyDueRows()
{
    TempStore s;
    QVERIFY(s.isValid());
    const QString a = newUuid();
    const QString b = newUuid();
    QVERIFY(s.outbox().enqueue(makeRecord(a)));
    QVERIFY(s.outbox().enqueue(makeRecord(b)));
    auto claim = s.outbox().claimDue(10);
    QVERIFY(claim && claim->items.size() == 2);
    const QDateTime later = s.clock().nowUtc().addSecs(30);
    QVERIFY(s.outbox().applyOutcomes({{a, UploadOutcome::Kind::Retry, 500, QStringLiteral("HTTP 500"), later, false},
                                      {b, UploadOutcome::Kind::Retry, 0, QStringLiteral("timeout"), later.addSecs(30), true}}));
    QCOMPARE(s.outbox().nextDueAt().value(), later);
    QCOMPARE(s.outbox().claimDue(10)->items.size(), 0);
    s.clock().advanceSecs(30);
    auto due = s.outbox().claimDue(10);
    QVERIFY(due);
    QCOMPARE(due->items.size(), 1);
    QCOMPARE(due->items.first().uuid, a);
    QCOMPARE(due->items.first().attempts, 2);
    s.clock().advanceSecs(30);
    due = s.outbox().claimDue(10);
    QCOMPARE(due->items.size(), 1);
    QCOMPARE(due->items.first().uuid, b);
    QVERIFY(due->items.first().verifyFirst);
}

void TestOutbox::applyOutcomes()
{
    TempStore s;
    QVERIFY(s.isValid());
    const QString a = newUuid();
    const QString b = newUuid();
    const QString c = newUuid();
    for (const QString &id : {a, b, c})
        QVERIFY(s.outbox().enqueue(makeRecord(id)));
    QVERIFY(s.outbox().claimDue(10));
    const QDateTime retryAt = s.clock().nowUtc().addSecs(5);
    QVERIFY(s.outbox().applyOutcomes({{a, UploadOutcome::Kind::Sent, 200, {}, {}, false},
                                      {b, UploadOutcome::Kind::Rejected, 409, QStringLiteral("key-reused"), {}, false},
                                      {c, UploadOutcome::Kind::Retry, 0, QStringLiteral("timeout"), retryAt, true}}));
    QCOMPARE(s.outboxColumn(a, QStringLiteral("state")), QStringLiteral("sent"));
    QCOMPARE(s.outboxColumn(a, QStringLiteral("last_http_status")), QStringLiteral("200"));
    QCOMPARE(s.outboxColumn(a, QStringLiteral("sent_at")), QStringLiteral("2026-11-24T09:00:00.000Z"));
    QCOMPARE(s.outboxColumn(b, QStringLiteral("state")), QStringLiteral("rejected"));
    QCOMPARE(s.outboxColumn(b, QStringLiteral("last_error")), QStringLiteral("key-reused"));
    QCOMPARE(s.outboxColumn(c, QStringLiteral("state")), QStringLiteral("pending"));
    QCOMPARE(s.outboxColumn(c, QStringLiteral("last_http_status")), QStringLiteral("<null>"));
    QCOMPARE(s.outboxColumn(c, QStringLiteral("verify_first")), QStringLiteral("1"));
    QCOMPARE(s.outboxColumn(c, QStringLiteral("next_attempt_at")), QStringLiteral("2026-11-24T09:00:05.000Z"));
    // Only rows that are `sending` change: a late answer cannot undo "sent".
    QVERIFY(s.outbox().applyOutcomes({{a, UploadOutcome::Kind::Retry, 500, QStringLiteral("late"), retryAt, false}}));
    QCOMPARE(s.outboxColumn(a, QStringLiteral("state")), QStringLiteral("sent"));
}

void TestOutbox::recoverInterruptedMarksVerifyFirst()
{
    TempStore s;
    QVERIFY(s.isValid());
    const QString a = newUuid();
    const QString b = newUuid();
    QVERIFY(s.outbox().enqueue(makeRecord(a)));
    QVERIFY(s.outbox().enqueue(makeRecord(b)));
    QVERIFY(s.outbox().claimDue(1)); // a: sending, then "the process dies"
    QCOMPARE(s.outboxColumn(a, QStringLiteral("state")), QStringLiteral("sending"));

    auto recovered = s.outbox().recoverInterrupted();
    QVERIFY(recovered);
    QCOMPARE(*recovered, 1);
    QCOMPARE(s.outboxColumn(a, QStringLiteral("state")), QStringLiteral("pending"));
    QCOMPARE(s.outboxColumn(a, QStringLiteral("verify_first")), QStringLiteral("1"));
    QCOMPARE(s.outboxColumn(a, QStringLiteral("attempts")), QStringLiteral("1"));
    QCOMPARE(s.outboxColumn(b, QStringLiteral("verify_first")), QStringLiteral("0"));
    auto claim = s.outbox().claimDue(10);
    QVERIFY(claim);
    QCOMPARE(claim->items.size(), 2);
    QVERIFY(claim->items.at(0).verifyFirst);
    QVERIFY(!claim->items.at(1).verifyFirst);
    QCOMPARE(*s.outbox().recoverInterrupted(), 2);
    QCOMPARE(*s.outbox().recoverInterrupted(), 0);
}

void TestOutbox::resendOnlyRejected()
{
    TempStore s;
    QVERIFY(s.isValid());
    const QString a = newUuid();
    const QString b = newUuid();
    QVERIFY(s.outbox().enqueue(makeRecord(a)));
    QVERIFY(s.outbox().enqueue(makeRecord(b)));
    QVERIFY(s.outbox().claimDue(10));
    QVERIFY(s.outbox().applyOutcomes({{a, UploadOutcome::Kind::Rejected, 409, QStringLiteral("key-reused"), {}, false},
                                      {b, UploadOutcome::Kind::Sent, 201, {}, {}, false}}));
    s.clock().advanceSecs(100);
    QVERIFY(s.outbox().resend(a));
    QCOMPARE(s.outboxColumn(a, QStringLiteral("state")), QStringLiteral("pending"));
    QCOMPARE(s.outboxColumn(a, QStringLiteral("attempts")), QStringLiteral("0"));
    QCOMPARE(s.outboxColumn(a, QStringLiteral("verify_first")), QStringLiteral("0"));
    QCOMPARE(s.outboxColumn(a, QStringLiteral("next_attempt_at")), QStringLiteral("2026-11-24T09:01:40.000Z"));
    QCOMPARE(s.outboxColumn(a, QStringLiteral("last_error")), QStringLiteral("key-reused")); // history stays visible
    auto again = s.outbox().resend(a);
    QVERIFY(!again);
    QCOMPARE(again.error().code(), ErrorCode::NotFound);
    QCOMPARE(s.outbox().resend(b).error().code(), ErrorCode::NotFound);
    QCOMPARE(s.outbox().resend(newUuid()).error().code(), ErrorCode::NotFound);
}

void TestOutbox::resendAuthoriserCanRefuse()
{
    TempStore s;
    QVERIFY(s.isValid());
    const QString a = newUuid();
    QVERIFY(s.outbox().enqueue(makeRecord(a)));
    QVERIFY(s.outbox().claimDue(10));
    QVERIFY(s.outbox().applyOutcomes({{a, UploadOutcome::Kind::Rejected, 422, QStringLiteral("no"), {}, false}}));
    QString askedFor;
    s.outbox().setResendAuthoriser([&](const QString &uuid) -> Status {
        askedFor = uuid;
        return fail(ErrorCode::NotAllowed, QStringLiteral("supervisors only"));
    });
    auto refused = s.outbox().resend(a);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::NotAllowed);
    QCOMPARE(askedFor, a);
    QCOMPARE(s.outboxColumn(a, QStringLiteral("state")), QStringLiteral("rejected"));
    s.outbox().setResendAuthoriser([](const QString &) -> Status { return {}; });
    QVERIFY(s.outbox().resend(a));
}

void TestOutbox::makeAllDue()
{
    TempStore s;
    QVERIFY(s.isValid());
    const QString a = newUuid();
    QVERIFY(s.outbox().enqueue(makeRecord(a)));
    QVERIFY(s.outbox().claimDue(10));
    QVERIFY(s.outbox().applyOutcomes({{a, UploadOutcome::Kind::Retry, 503, {}, s.clock().nowUtc().addSecs(3600), false}}));
    QCOMPARE(s.outbox().claimDue(10)->items.size(), 0);
    QCOMPARE(*s.outbox().makeAllDue(), 1);
    QCOMPARE(s.outbox().claimDue(10)->items.size(), 1);
}

namespace {
void setPayload(TempStore &s, const QString &uuid, const QByteArray &payload)
{
    QSqlQuery q(s.db().connection());
    q.prepare(QStringLiteral("UPDATE record SET payload = ? WHERE uuid = ?"));
    q.addBindValue(payload);
    q.addBindValue(uuid);
    QVERIFY(q.exec());
}

QList<AuditEvent> auditEvents(AuditLog &audit, const QString &action)
{
    QList<AuditEvent> found;
    const auto events = audit.events();
    for (const AuditEvent &e : events.value_or(QList<AuditEvent>()))
        if (e.action == action)
            found << e;
    return found;
}
} // namespace

void TestOutbox::damagedRecordIsMarked_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("reason"); // in last_error and the audit entry
    QTest::newRow("zeroed bytes in the ciphertext") << QStringLiteral("zeroed") << QStringLiteral("authentication failed");
    QTest::newRow("changed tag") << QStringLiteral("tag") << QStringLiteral("authentication failed");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("unknown format");
    QTest::newRow("sealed for another record") << QStringLiteral("other uuid") << QStringLiteral("authentication failed");
    QTest::newRow("opens, but not JSON") << QStringLiteral("not json") << QStringLiteral("not the row's record document");
    QTest::newRow("opens, another record's document") << QStringLiteral("other document") << QStringLiteral("not the row's record document");
    QTest::newRow("record row gone") << QStringLiteral("row gone") << QStringLiteral("no record row");
}

// Issue 10, item 7: a record whose bytes changed stayed pending for ever.
void TestOutbox::damagedRecordIsMarked()
{
    QFETCH(QString, damage);
    QFETCH(QString, reason);
    TempStore s;
    QVERIFY2(s.isValid(), qPrintable(s.lastError()));
    MemoryAuditAnchor anchor;
    AuditLog audit(s.db(), s.clock(), QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"), anchor);
    s.outbox().setAuditLog(&audit);
    const QString good = newUuid();
    const QString bad = newUuid();
    QVERIFY(s.outbox().enqueue(makeRecord(bad)));
    QVERIFY(s.outbox().enqueue(makeRecord(good)));

    QByteArray sealed = s.payload(bad);
    if (damage == QLatin1String("zeroed")) {
        sealed.replace(40, 16, QByteArray(16, '\0'));
    } else if (damage == QLatin1String("tag")) {
        sealed[sealed.size() - 1] = char(sealed.at(sealed.size() - 1) ^ 0x55);
    } else if (damage == QLatin1String("truncated")) {
        sealed.truncate(10);
    } else if (damage == QLatin1String("other uuid")) {
        sealed = *s.cipher().encrypt(makeRecord(bad), newUuid());
    } else if (damage == QLatin1String("not json")) {
        sealed = *s.cipher().encrypt(QByteArrayLiteral("\0\0\0\0 not a document"), bad);
    } else if (damage == QLatin1String("other document")) {
        sealed = *s.cipher().encrypt(makeRecord(good), bad);
    }
    if (damage == QLatin1String("row gone")) {
        // As a damaged page would: the outbox row without its record row.
        QSqlQuery q(s.db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        q.prepare(QStringLiteral("DELETE FROM record WHERE uuid = ?"));
        q.addBindValue(bad);
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        sealed.clear();
    } else {
        setPayload(s, bad, sealed);
    }

    auto claim = s.outbox().claimDue(10);
    QVERIFY(claim);
    QCOMPARE(claim->items.size(), 1);
    QCOMPARE(claim->items.first().uuid, good);
    QCOMPARE(claim->damaged, QStringList{bad});
    QCOMPARE(claim->undecryptable, 0);
    QCOMPARE(s.outboxColumn(bad, QStringLiteral("state")), QStringLiteral("damaged"));
    QVERIFY2(s.outboxColumn(bad, QStringLiteral("last_error")).startsWith(QStringLiteral("damaged: ")),
             qPrintable(s.outboxColumn(bad, QStringLiteral("last_error"))));
    QVERIFY(s.outboxColumn(bad, QStringLiteral("last_error")).contains(reason));
    QCOMPARE(s.outboxColumn(bad, QStringLiteral("attempts")), QStringLiteral("0")); // never tried
    QCOMPARE(s.payload(bad), sealed); // kept as it is, for recovery

    // Counted and listed alike: damaged, not waiting.
    auto counts = s.outbox().counts();
    QVERIFY(counts);
    QCOMPARE(counts->damaged, 1);
    QCOMPARE(counts->pending, 0);
    QCOMPARE(counts->sending, 1);
    QCOMPARE(counts->waiting(), 1);
    auto all = s.outbox().list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    auto damagedOnly = s.outbox().list({OutboxState::Damaged});
    QVERIFY(damagedOnly);
    QCOMPARE(damagedOnly->size(), 1);
    QCOMPARE(damagedOnly->first().uuid, bad);
    QCOMPARE(damagedOnly->first().state, OutboxState::Damaged);
    QCOMPARE(s.outbox().entry(bad)->state, OutboxState::Damaged);

    // Audited once, by the system, with the reason and no content.
    auto entries = auditEvents(audit, QStringLiteral("outbox-damaged"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().target, bad);
    QCOMPARE(entries.first().staffId, QString());
    QVERIFY(entries.first().detail.contains(reason));
    QVERIFY(audit.verify()->firstBroken == std::nullopt);

    // Never claimed again, never audited again, whatever "upload now" does.
    QVERIFY(s.outbox().applyOutcomes({{good, UploadOutcome::Kind::Retry, 503, {}, s.clock().nowUtc(), false}}));
    QVERIFY(s.outbox().makeAllDue());
    auto again = s.outbox().claimDue(10);
    QVERIFY(again);
    QCOMPARE(again->items.size(), 1);
    QCOMPARE(again->items.first().uuid, good);
    QVERIFY(again->damaged.isEmpty());
    QCOMPARE(auditEvents(audit, QStringLiteral("outbox-damaged")).size(), 1);

    // The full check finds it (and only it) without changing anything;
    // the export hands over the stored bytes and the store's key id.
    auto unreadable = s.outbox().findUnreadableRecords();
    QVERIFY(unreadable);
    QCOMPARE(unreadable->size(), 1);
    QCOMPARE(unreadable->first().uuid, bad);
    QCOMPARE(unreadable->first().state, OutboxState::Damaged);
    QVERIFY(unreadable->first().reason.contains(reason));
    auto exported = s.outbox().damagedRecords();
    QVERIFY(exported);
    QCOMPARE(exported->size(), 1);
    QCOMPARE(exported->first().entry.uuid, bad);
    QCOMPARE(exported->first().sealed, sealed);
    QCOMPARE(exported->first().storeKeyId, s.cipher().keyId());
}

// Without the store's key id there is no telling changed bytes from a wrong
// key: such a record is kept pending and tried again later, not marked.
void TestOutbox::undecryptableWithUnprovenKeyIsPushedBack()
{
    TempStore s;
    QVERIFY(s.isValid());
    const QString good = newUuid();
    const QString bad = newUuid();
    QVERIFY(s.outbox().enqueue(makeRecord(bad)));
    QVERIFY(s.outbox().enqueue(makeRecord(good)));
    QByteArray damaged = s.payload(bad);
    damaged[damaged.size() - 1] = char(damaged.at(damaged.size() - 1) ^ 0x55);
    setPayload(s, bad, damaged);
    QSqlQuery q(s.db().connection());
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.addBindValue(RecordKeyBinding::metaKey());
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);

    auto claim = s.outbox().claimDue(10);
    QVERIFY(claim);
    QCOMPARE(claim->items.size(), 1);
    QCOMPARE(claim->items.first().uuid, good);
    QVERIFY(claim->damaged.isEmpty());
    QCOMPARE(claim->undecryptable, 1);
    QVERIFY(claim->firstProblem);
    QCOMPARE(claim->firstProblem->code(), ErrorCode::InvalidData);
    // Kept, not rejected, not deleted; tried again later.
    QCOMPARE(s.outboxColumn(bad, QStringLiteral("state")), QStringLiteral("pending"));
    QCOMPARE(s.outboxColumn(bad, QStringLiteral("next_attempt_at")), QStringLiteral("2026-11-24T10:00:00.000Z"));
    QCOMPARE(s.payload(bad), damaged);
}

// The mark and its audit entry commit together, or neither does.
void TestOutbox::failedAuditLeavesDamagedRowPending()
{
    TempStore s;
    QVERIFY(s.isValid());
    MemoryAuditAnchor anchor;
    AuditLog audit(s.db(), s.clock(), QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"), anchor);
    s.outbox().setAuditLog(&audit);
    const QString bad = newUuid();
    QVERIFY(s.outbox().enqueue(makeRecord(bad)));
    setPayload(s, bad, s.payload(bad).left(10));
    QSqlQuery q(s.db().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_event "
                                  "BEGIN SELECT RAISE(ABORT, 'audit refused'); END")));
    auto claim = s.outbox().claimDue(10);
    QVERIFY(!claim);
    QCOMPARE(s.outboxColumn(bad, QStringLiteral("state")), QStringLiteral("pending"));
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.refuse_audit")));
    claim = s.outbox().claimDue(10);
    QVERIFY(claim);
    QCOMPARE(claim->damaged, QStringList{bad});
    QCOMPARE(auditEvents(audit, QStringLiteral("outbox-damaged")).size(), 1);
}

// Issue 10, item 9: kakanai-cli's resend is audited through this hook.
void TestOutbox::resendAuditorCommitsWithTheResend()
{
    TempStore s;
    QVERIFY(s.isValid());
    const QString a = newUuid();
    QVERIFY(s.outbox().enqueue(makeRecord(a)));
    QVERIFY(s.outbox().claimDue(10));
    QVERIFY(s.outbox().applyOutcomes({{a, UploadOutcome::Kind::Rejected, 422, QStringLiteral("no"), {}, false}}));
    QStringList audited;
    bool refuse = true;
    s.outbox().setResendAuditor([&](const QString &uuid) -> Status {
        if (refuse)
            return fail(ErrorCode::DiskFull, QStringLiteral("audit not written"));
        audited << uuid;
        return {};
    });
    auto failed = s.outbox().resend(a);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code(), ErrorCode::DiskFull);
    QCOMPARE(s.outboxColumn(a, QStringLiteral("state")), QStringLiteral("rejected")); // rolled back with it
    refuse = false;
    QVERIFY(s.outbox().resend(a));
    QCOMPARE(audited, QStringList{a});
    QCOMPARE(s.outboxColumn(a, QStringLiteral("state")), QStringLiteral("pending"));
    QVERIFY(!s.outbox().resend(a)); // nothing to resend: nothing audited
    QCOMPARE(audited, QStringList{a});
}

// Issue 10, item 9: a `sending` row of a dead program is not "being sent".
void TestOutbox::sendingRowsAreStaleOnlyWithoutUploader()
{
    TempStore s;
    QVERIFY(s.isValid());
    const QString a = newUuid();
    QVERIFY(s.outbox().enqueue(makeRecord(a)));
    QCOMPARE(s.outbox().claimDue(10)->items.size(), 1);
    {
        auto uploader = s.outbox().acquireUploaderLock();
        QVERIFY(uploader);
        QCOMPARE(*s.outbox().sendingRowsAreStale(), false);
        QCOMPARE(s.outbox().counts()->sending, 1);
    }
    QCOMPARE(*s.outbox().sendingRowsAreStale(), true);
    QCOMPARE(s.outbox().counts()->sending, 1); // only asked: nothing changed
    QCOMPARE(*s.outbox().recoverInterrupted(), 1);
    QCOMPARE(s.outbox().counts()->sending, 0);
    QCOMPARE(s.outbox().counts()->pending, 1);
    QCOMPARE(s.outboxColumn(a, QStringLiteral("verify_first")), QStringLiteral("1")); // asked about before it is sent again
    // The lock was let go again: an uploader can start.
    QVERIFY(s.outbox().acquireUploaderLock());
}

void TestOutbox::uploaderLockIsExclusive()
{
    TempStore s;
    QVERIFY(s.isValid());
    auto first = s.outbox().acquireUploaderLock();
    QVERIFY(first);
    // A second holder counts as another program, even in the same process.
    auto second = s.outbox().acquireUploaderLock();
    QVERIFY(!second);
    QCOMPARE(second.error().code(), ErrorCode::DatabaseLocked);
    first->reset();
    auto third = s.outbox().acquireUploaderLock();
    QVERIFY(third);
    third->reset();

    // A holder killed with SIGKILL leaves no stale lock behind.
    QProcess holder;
    holder.start(QStringLiteral("flock"), {QStringLiteral("--no-fork"), s.path() + QStringLiteral(".uploader.lock"), QStringLiteral("sleep"), QStringLiteral("600")});
    if (!holder.waitForStarted(5000))
        QSKIP("no flock(1) to hold the lock from another process");
    QTRY_VERIFY(!s.outbox().acquireUploaderLock()); // once flock(1) has it
    holder.kill();
    QVERIFY(holder.waitForFinished(5000));
    QVERIFY(s.outbox().acquireUploaderLock());
}

// Nextcloud-style: make the N-th statement fail, for N = 0, 1, 2, … until the
// operation succeeds; after every failure the store must be exactly as before.
void TestOutbox::faultInjectionWalk_data()
{
    QTest::addColumn<QString>("operation");
    for (const char *op : {"enqueue", "claim", "apply", "recover", "resend", "counts"})
        QTest::newRow(op) << QString::fromLatin1(op);
}

void TestOutbox::faultInjectionWalk()
{
    QFETCH(QString, operation);
    TempStore s;
    QVERIFY(s.isValid());
    // Set the scene: a sent, a rejected, a sending and a pending record.
    const QString sent = newUuid(), rejected = newUuid(), sending = newUuid(), pending = newUuid();
    for (const QString &id : {sent, rejected, sending})
        QVERIFY(s.outbox().enqueue(makeRecord(id)));
    QVERIFY(s.outbox().claimDue(10));
    QVERIFY(s.outbox().applyOutcomes({{sent, UploadOutcome::Kind::Sent, 201, {}, {}, false},
                                      {rejected, UploadOutcome::Kind::Rejected, 422, QStringLiteral("no"), {}, false}}));
    QVERIFY(s.outbox().enqueue(makeRecord(pending)));
    const QString fresh = newUuid();

    auto snapshot = [&]() {
        QStringList rows;
        QSqlQuery q(s.db().connection());
        q.exec(QStringLiteral("SELECT o.uuid, o.state, o.attempts, o.next_attempt_at, o.last_http_status, o.last_error, "
                              "o.verify_first, o.sent_at, length(r.payload) FROM outbox o JOIN record r ON r.uuid = o.uuid ORDER BY o.uuid"));
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < 9; ++i)
                cols << q.value(i).toString();
            rows << cols.join(QLatin1Char('|'));
        }
        rows << QString::number(s.rowCount(QStringLiteral("record")));
        return rows;
    };
    auto attempt = [&]() -> bool {
        if (operation == QLatin1String("enqueue"))
            return bool(s.outbox().enqueue(makeRecord(fresh)));
        if (operation == QLatin1String("claim"))
            return bool(s.outbox().claimDue(10));
        if (operation == QLatin1String("apply"))
            return bool(s.outbox().applyOutcomes({{sending, UploadOutcome::Kind::Sent, 201, {}, {}, false}}));
        if (operation == QLatin1String("recover"))
            return bool(s.outbox().recoverInterrupted());
        if (operation == QLatin1String("resend"))
            return bool(s.outbox().resend(rejected));
        return bool(s.outbox().counts());
    };

    const QStringList before = snapshot();
    int n = 0;
    for (;; ++n) {
        QVERIFY2(n < 50, "the operation never succeeded");
        s.outbox().failStatementForTesting(n);
        const bool ok = attempt();
        const int ran = s.outbox().statementsRunForTesting();
        s.outbox().failStatementForTesting(-1);
        if (ok) {
            QVERIFY2(ran <= n, "succeeded although a statement was made to fail");
            break;
        }
        QCOMPARE(snapshot(), before); // nothing half-written
    }
    QVERIFY2(n >= 1, "at least one statement must have been walked");
    QVERIFY(snapshot() != before || operation == QLatin1String("counts"));
}

void TestOutbox::diskFullAtEnqueue()
{
    TempStore s;
    QVERIFY(s.isValid());
    QStringList stored;
    for (int i = 0; i < 3; ++i) {
        stored << newUuid();
        QVERIFY(s.outbox().enqueue(makeRecord(stored.last(), QStringLiteral("moving"), 2000)));
    }
    // A tiny disk: the database may not grow beyond a few more pages.
    QSqlQuery pageCount(s.db().connection());
    QVERIFY(pageCount.exec(QStringLiteral("PRAGMA page_count")) && pageCount.next());
    const int pages = pageCount.value(0).toInt();
    pageCount.finish();
    QSqlQuery limit(s.db().connection());
    QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4)));
    limit.finish();

    Error last(ErrorCode::Internal, QString());
    int added = 0;
    for (int i = 0; i < 100; ++i) {
        const QString id = newUuid();
        auto queued = s.outbox().enqueue(makeRecord(id, QStringLiteral("moving"), 3000));
        if (!queued) {
            last = queued.error();
            // Nothing of the failed record is left behind.
            QCOMPARE(s.payload(id), QByteArray());
            QCOMPARE(s.outboxColumn(id, QStringLiteral("state")), QStringLiteral("<no row>"));
            break;
        }
        stored << id;
        ++added;
    }
    QCOMPARE(last.code(), ErrorCode::DiskFull);
    QVERIFY(last.message().contains(QStringLiteral("disk is full")));
    QCOMPARE(s.rowCount(QStringLiteral("record")), stored.size());
    QCOMPARE(s.rowCount(QStringLiteral("outbox")), stored.size());
    for (const QString &id : std::as_const(stored)) {
        auto plain = s.cipher().decrypt(s.payload(id), id);
        QVERIFY(plain);
        QVERIFY(plain->contains(id.toLatin1()));
    }
    // Still usable once there is room again.
    QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
    QVERIFY(s.outbox().enqueue(makeRecord(newUuid())));
    qInfo() << added << "records fitted before the disk was full";
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
