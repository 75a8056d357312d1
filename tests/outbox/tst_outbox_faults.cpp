// The uploader against the real back-office simulator in every fault mode:
// nothing lost, nothing stored twice (the simulator's /_sim/stats and
// /_sim/records), rejected records visible with the reason.
#include "OutboxTestSupport.h"

#include "outbox/BackoffPolicy.h"
#include "outbox/QtHttpTransport.h"
#include "outbox/Uploader.h"

#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace kakanai;
using namespace kakanai::test;
using namespace std::chrono_literals;

namespace {
constexpr int kWaitMs = 60000;

struct Upload {
    explicit Upload(TempStore &store, const QUrl &url, const QByteArray &token = {}, int timeoutMs = 800)
        : backoff(20ms, 300ms, random)
    {
        HttpTransportConfig config;
        config.baseUrl = url;
        config.bearerToken = token;
        auto t = QtHttpTransport::create(config);
        if (!t)
            return;
        transport = std::move(*t);
        UploaderOptions options;
        options.batchSize = 4;
        options.requestTimeoutMs = timeoutMs;
        options.idleRecheck = 500ms;
        uploader = std::make_unique<Uploader>(store.outbox(), *transport, backoff, store.outboxClock(), options);
    }
    SystemRandomSource random;
    BackoffPolicy backoff;
    std::unique_ptr<QtHttpTransport> transport;
    std::unique_ptr<Uploader> uploader;
};
} // namespace

class TestOutboxFaults : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void faultMode_data();
    void faultMode();
    void backOfficeDownThenRestarted();
    void backOfficeKilledMidUpload();
    void wrongTokenKeepsRecords();

private:
    QStringList enqueue(TempStore &store, int n);
    // Every record in the outbox is in the simulator exactly once, with its
    // own document; returns false with a message otherwise.
    // `repeatedPosts`: whether the back office may have seen a POST of a
    // stored record again (answered 200, stored nothing). Qt's HTTP layer
    // repeats a request by itself when the connection closes before any
    // answer byte (a dropped connection, a killed server); the
    // Idempotency-Key makes that harmless, and this is where it is proven.
    void verifyExactlyOnce(TempStore &store, const QStringList &expectedSent, bool repeatedPosts = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimProcess> m_sim;
};

void TestOutboxFaults::initTestCase()
{
    if (SimProcess::executable().isEmpty())
        QSKIP("kakanai-backoffice-sim is not built (KAKANAI_BACKOFFICE_SIM unset)");
}

void TestOutboxFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sim = std::make_unique<SimProcess>(m_dir->filePath(QStringLiteral("sim.sqlite")));
    QVERIFY2(m_sim->start(), qPrintable(m_sim->output()));
}

void TestOutboxFaults::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << "simulator output:\n" << m_sim->output();
    m_sim.reset();
    m_dir.reset();
}

QStringList TestOutboxFaults::enqueue(TempStore &store, int n)
{
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        const QString id = newUuid();
        if (store.outbox().enqueue(makeRecord(id)))
            ids << id;
    }
    return ids;
}

void TestOutboxFaults::verifyExactlyOnce(TempStore &store, const QStringList &expectedSent, bool repeatedPosts)
{
    const auto stats = m_sim->stats();
    QVERIFY(stats);
    QCOMPARE(stats->value(QStringLiteral("stored")).toInt(), expectedSent.size());
    QCOMPARE(stats->value(QStringLiteral("conflicts")).toInt(), 0);
    // Otherwise the uploader asks before sending again, so the back office
    // never even sees a second POST of a stored record.
    if (!repeatedPosts)
        QCOMPARE(stats->value(QStringLiteral("duplicates")).toInt(), 0);
    else
        qInfo() << "repeated POSTs answered 200 by the back office:" << stats->value(QStringLiteral("duplicates")).toInt();
    const auto records = m_sim->records();
    QVERIFY(records);
    QSet<QString> seen;
    for (const QJsonValue &v : *records) {
        const QJsonObject r = v.toObject();
        const QString key = r.value(QStringLiteral("key")).toString();
        QVERIFY2(!seen.contains(key), "a record is stored twice");
        seen.insert(key);
        QCOMPARE(r.value(QStringLiteral("body")).toObject(), QJsonDocument::fromJson(makeRecord(key)).object());
    }
    QCOMPARE(seen, QSet<QString>(expectedSent.cbegin(), expectedSent.cend()));
    for (const QString &id : expectedSent)
        QCOMPARE(store.outboxColumn(id, QStringLiteral("state")), QStringLiteral("sent"));
}

void TestOutboxFaults::faultMode_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<int>("minLookups"); // GET /records/{key} the uploader must have made

    QTest::newRow("none") << "none" << 0 << 0 << 0 << 0;
    QTest::newRow("500") << "500" << 3 << 0 << 0 << 0;
    QTest::newRow("429") << "429" << 3 << 0 << 0 << 0;
    QTest::newRow("slow, within the timeout") << "slow" << 3 << 200 << 0 << 0;
    QTest::newRow("slow, beyond the timeout") << "slow" << 2 << 2000 << 0 << 2;
    QTest::newRow("garbage") << "garbage" << 3 << 0 << 0 << 3;
    QTest::newRow("drop") << "drop" << 3 << 0 << 0 << 0; // Qt may repeat the POST itself: see verifyExactlyOnce
    QTest::newRow("hang") << "hang" << 2 << 0 << 0 << 2;
    QTest::newRow("accept-then-hang") << "accept-then-hang" << 2 << 0 << 0 << 2;
    QTest::newRow("reject") << "reject" << 3 << 0 << 3 << 0;
}

void TestOutboxFaults::faultMode()
{
    QFETCH(QString, mode);
    QFETCH(int, count);
    QFETCH(int, delayMs);
    QFETCH(int, rejected);
    QFETCH(int, minLookups);

    TempStore store(TempStore::ClockKind::System);
    QVERIFY2(store.isValid(), qPrintable(store.lastError()));
    const QStringList ids = enqueue(store, 10);
    QCOMPARE(ids.size(), 10);
    QJsonObject fault{{QStringLiteral("mode"), mode}};
    if (count > 0)
        fault.insert(QStringLiteral("count"), count);
    if (delayMs > 0)
        fault.insert(QStringLiteral("delayMs"), delayMs);
    QVERIFY(m_sim->setFault(fault));

    Upload up(store, m_sim->url());
    QVERIFY(up.uploader);
    QSignalSpy rejectedSpy(up.uploader.get(), &Uploader::recordRejected);
    QVERIFY(up.uploader->start());
    QTRY_VERIFY_WITH_TIMEOUT(up.uploader->counts().waiting() == 0 && !up.uploader->isBusy(), kWaitMs);

    QCOMPARE(rejectedSpy.count(), rejected);
    for (const QList<QVariant> &signal : rejectedSpy)
        QVERIFY(!signal.at(2).toString().contains(QString::fromLatin1(personalMarker())));
    QStringList sent;
    for (const QString &id : ids) {
        const auto e = store.outbox().entry(id);
        QVERIFY(e);
        if (e->state == OutboxState::Rejected) {
            QCOMPARE(e->lastHttpStatus, 422);
            // The simulator's message quotes the record; only its code is kept
            // (issue 10, item 3).
            QVERIFY2(e->lastError.contains(QStringLiteral("rejected")), qPrintable(e->lastError));
            QVERIFY2(!e->lastError.contains(QString::fromLatin1(personalMarker())), qPrintable(e->lastError));
            QVERIFY2(!e->lastError.contains(QStringLiteral("simulated")), qPrintable(e->lastError));
        } else {
            sent << id;
        }
    }
    QCOMPARE(sent.size(), ids.size() - rejected);
    verifyExactlyOnce(store, sent, mode == QLatin1String("drop"));
    const auto stats = m_sim->stats();
    QVERIFY(stats->value(QStringLiteral("lookups")).toInt() >= minLookups);
    if (mode != QLatin1String("none"))
        QCOMPARE(stats->value(QStringLiteral("faulted")).toInt(), count);
    qInfo() << mode << "requests" << stats->value(QStringLiteral("requests")).toInt() << "lookups"
            << stats->value(QStringLiteral("lookups")).toInt();
}

void TestOutboxFaults::backOfficeDownThenRestarted()
{
    TempStore store(TempStore::ClockKind::System);
    QVERIFY(store.isValid());
    const quint16 port = m_sim->port();
    const QUrl url = m_sim->url();
    m_sim->kill(); // the back office is down before we start
    QStringList ids = enqueue(store, 5);

    Upload up(store, url);
    QVERIFY(up.uploader);
    QSignalSpy reach(up.uploader.get(), &Uploader::backOfficeReachabilityChanged);
    QVERIFY(up.uploader->start());
    QTRY_VERIFY_WITH_TIMEOUT(!reach.isEmpty(), kWaitMs);
    QCOMPARE(reach.first().first().toBool(), false);
    QCOMPARE(up.uploader->counts().pending, 5);
    // More work arrives meanwhile.
    ids += enqueue(store, 5);
    up.uploader->uploadNow();

    // The back office comes back on the same address with its data; nobody
    // tells the uploader: it finds out on its next retry.
    QVERIFY2(m_sim->start(port), qPrintable(m_sim->output()));
    QTRY_VERIFY_WITH_TIMEOUT(up.uploader->counts().waiting() == 0 && !up.uploader->isBusy(), kWaitMs);
    QCOMPARE(reach.last().first().toBool(), true);
    verifyExactlyOnce(store, ids);
}

void TestOutboxFaults::backOfficeKilledMidUpload()
{
    TempStore store(TempStore::ClockKind::System);
    QVERIFY(store.isValid());
    const quint16 port = m_sim->port();
    const QStringList ids = enqueue(store, 24);
    // Answers take a while, so requests are in flight when the process dies.
    QVERIFY(m_sim->setFault({{QStringLiteral("mode"), QStringLiteral("slow")}, {QStringLiteral("delayMs"), 150}}));
    Upload up(store, m_sim->url(), {}, 2000);
    QVERIFY(up.uploader);
    QSignalSpy sent(up.uploader.get(), &Uploader::recordSent);
    QVERIFY(up.uploader->start());
    QTRY_VERIFY_WITH_TIMEOUT(sent.count() >= 4 && up.uploader->isBusy(), kWaitMs);
    m_sim->kill();
    QVERIFY2(m_sim->start(port), qPrintable(m_sim->output()));
    QTRY_VERIFY_WITH_TIMEOUT(up.uploader->counts().waiting() == 0 && !up.uploader->isBusy(), kWaitMs);
    verifyExactlyOnce(store, ids, true);
}

void TestOutboxFaults::wrongTokenKeepsRecords()
{
    m_sim->terminate();
    QVERIFY2(m_sim->start(0, {QStringLiteral("--token"), QStringLiteral("right-token")}), qPrintable(m_sim->output()));
    TempStore store(TempStore::ClockKind::System);
    QVERIFY(store.isValid());
    const QStringList ids = enqueue(store, 3);
    {
        Upload wrong(store, m_sim->url(), QByteArrayLiteral("wrong-token"));
        QVERIFY(wrong.uploader);
        QSignalSpy auth(wrong.uploader.get(), &Uploader::authenticationFailed);
        QVERIFY(wrong.uploader->start());
        QTRY_VERIFY_WITH_TIMEOUT(!auth.isEmpty(), kWaitMs);
        QCOMPARE(auth.first().first().toInt(), 401);
        wrong.uploader->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!wrong.uploader->isBusy(), kWaitMs);
    }
    QCOMPARE(store.outbox().counts()->pending, 3);
    // The administrator fixes the token.
    Upload right(store, m_sim->url(), QByteArrayLiteral("right-token"));
    QVERIFY(right.uploader->start());
    right.uploader->retryAllNow();
    QTRY_VERIFY_WITH_TIMEOUT(right.uploader->counts().waiting() == 0 && !right.uploader->isBusy(), kWaitMs);
    verifyExactlyOnce(store, ids);
}

QTEST_GUILESS_MAIN(TestOutboxFaults)
#include "tst_outbox_faults.moc"
