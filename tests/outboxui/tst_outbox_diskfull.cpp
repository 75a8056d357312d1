// A full disk at completion time: the real store file is limited with
// PRAGMA max_page_count (SQLite then answers SQLITE_FULL exactly as on a full
// disk), records are queued until it is full, and the outbox must refuse the
// one that does not fit cleanly and keep everything before it sendable.
#include "../outbox/OutboxTestSupport.h"

#include "outbox/BackoffPolicy.h"
#include "outbox/FakeHttpTransport.h"
#include "outbox/Uploader.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace kakanai;
using namespace kakanai::test;
using namespace std::chrono_literals;

namespace {

int pragma(Database &db, const QString &statement)
{
    QSqlQuery q(db.connection());
    if (!q.exec(statement) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString idempotencyKey(const HttpRequest &r)
{
    for (const auto &h : r.headers)
        if (h.first == "Idempotency-Key")
            return QString::fromLatin1(h.second);
    return r.path.section(QLatin1Char('/'), -1);
}

} // namespace

class TestOutboxDiskFull : public QObject {
    Q_OBJECT
private slots:
    void fullDiskAtCompletion();
};

void TestOutboxDiskFull::fullDiskAtCompletion()
{
    TempStore store;
    QVERIFY2(store.isValid(), qPrintable(store.lastError()));
    Database &db = store.db();
    Outbox &outbox = store.outbox();

    // Room for a few records of ~6 KiB each, then no more.
    const int pages = pragma(db, QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages > 0);
    QCOMPARE(pragma(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 40)), pages + 40);

    QHash<QString, QByteArray> saved;
    QString refusedId;
    QByteArray refusedDoc;
    Error refusal(ErrorCode::Internal, QString());
    for (int i = 0; i < 200 && refusedId.isEmpty(); ++i) {
        const QString id = newUuid();
        const QByteArray doc = makeRecord(id, QStringLiteral("visit"), 6000);
        const auto before = outbox.counts();
        QVERIFY(before);
        auto queued = outbox.enqueue(doc);
        if (queued) {
            saved.insert(id, doc);
            continue;
        }
        refusedId = id;
        refusedDoc = doc;
        refusal = queued.error();
        // The failed one changed nothing.
        const auto after = outbox.counts();
        QVERIFY(after);
        QCOMPARE(*after, *before);
    }
    QVERIFY2(!refusedId.isEmpty(), "the store never became full");
    QVERIFY2(saved.size() >= 3, "the limit left no room for records before it");
    qInfo() << saved.size() << "records fitted before the store was full";
    QCOMPARE(refusal.code(), ErrorCode::DiskFull);
    QVERIFY2(refusal.message().contains(QStringLiteral("disk is full")), qPrintable(refusal.message()));
    QVERIFY(refusal.message().contains(QStringLiteral("what was saved before is safe")));
    QVERIFY(!refusal.toString().contains(QString::fromLatin1(personalMarker())));

    auto entry = outbox.entry(refusedId);
    QVERIFY(!entry);
    QCOMPARE(entry.error().code(), ErrorCode::NotFound);
    QCOMPARE(store.rowCount(QStringLiteral("record")), int(saved.size()));
    QCOMPARE(store.rowCount(QStringLiteral("outbox")), int(saved.size()));
    const auto fullCounts = outbox.counts();
    QVERIFY(fullCounts);
    QCOMPARE(fullCounts->pending, int(saved.size()));

    // While still full, every record saved before decrypts to what was queued.
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        auto plain = store.cipher().decrypt(store.payload(it.key()), it.key());
        QVERIFY2(plain, plain ? "" : qPrintable(plain.error().toString()));
        QCOMPARE(*plain, it.value());
    }

    // Space freed: the same record now goes in.
    QCOMPARE(pragma(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 10000)), pages + 10000);
    auto again = outbox.enqueue(refusedDoc);
    QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
    QVERIFY(!again->alreadyQueued);
    saved.insert(refusedId, refusedDoc);

    // And everything uploads, each document exactly as it was queued.
    FakeHttpTransport http;
    QHash<QString, QByteArray> received;
    http.setHandler([&](const HttpRequest &r) {
        const QString key = idempotencyKey(r);
        received.insert(key, r.body);
        return HttpResponse::answer(201, QStringLiteral("{\"key\":\"%1\",\"status\":\"accepted\"}").arg(key).toUtf8());
    });
    FixedRandom random;
    BackoffPolicy backoff(1000ms, 60000ms, random);
    Uploader uploader(outbox, http, backoff, store.clock(), {});
    QSignalSpy sent(&uploader, &Uploader::recordSent);
    QVERIFY(uploader.start());
    QTRY_COMPARE(sent.count(), int(saved.size()));
    QTRY_VERIFY(!uploader.isBusy());
    uploader.stop();
    QCOMPARE(received.size(), saved.size());
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        QCOMPARE(received.value(it.key()), it.value());
    const auto done = outbox.counts();
    QVERIFY(done);
    QCOMPARE(done->sent, int(saved.size()));
    QCOMPARE(done->waiting(), 0);
}

QTEST_GUILESS_MAIN(TestOutboxDiskFull)
#include "tst_outbox_diskfull.moc"
