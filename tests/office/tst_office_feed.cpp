// Integration, both engines: the office store's change feed between
// processes. A committer probe and a listener probe (two "PCs",
// kakanai-office-probe) share a store; the listener sees every commit of the
// other, with the right table and key, none lost and none extra, in commit
// order; the time from a commit returning to the other process seeing it is
// printed (median, max). The bound asserted is generous (a correctness check;
// the speed is bench/office's). A transaction that rolls back produces no
// change, neither in this process nor in another one.
#include "office/ChangeFeed.h"
#include "office/DailyNumbers.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "office/ProbeSwarm.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::test;

namespace {

// Generous: a loaded 2-core CI machine, not the goal (≤ 100 ms, bench/office).
constexpr qint64 kSeenWithinNs = 2'000'000'000;

Status insertStaff(OfficeStore &store, const QString &id)
{
    QSqlQuery q(store.connection());
    q.prepare(QStringLiteral("INSERT INTO staff (staff_id, display_name, role, password_hash, created_at, "
                             "password_changed_at) VALUES (?, 'test', 'clerk', 'x', '2026-01-01', '2026-01-01')"));
    q.addBindValue(id);
    return store.exec(q);
}

// Every key of every changed() emission, as "table key".
QStringList changesIn(const QSignalSpy &spy)
{
    QStringList all;
    for (const QList<QVariant> &args : spy)
        for (const QString &key : args.at(1).toStringList())
            all << args.at(0).toString() + u' ' + key;
    return all;
}

} // namespace

class TestOfficeFeed : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyCommitReachesTheOtherProcess_data();
    void everyCommitReachesTheOtherProcess();
    void rollbackProducesNoChange_data();
    void rollbackProducesNoChange();

private:
    QString m_probe;
};

void TestOfficeFeed::initTestCase()
{
    QString why;
    QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    m_probe = ProbeSwarm::programFromEnvironment();
    QVERIFY2(QFileInfo(m_probe).isExecutable(),
             "KAKANAI_OFFICE_PROBE does not name the built kakanai-office-probe (run through ctest)");
}

void TestOfficeFeed::everyCommitReachesTheOtherProcess_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("intervalMs");
    for (const QString &engine : OfficeTestEnv::engines()) {
        // Paced like counters (each commit alone), and a burst (several
        // commits land between two looks of the listener).
        QTest::addRow("%s paced", qPrintable(engine)) << engine << 10;
        QTest::addRow("%s burst", qPrintable(engine)) << engine << 0;
    }
}

void TestOfficeFeed::everyCommitReachesTheOtherProcess()
{
    QFETCH(QString, engine);
    QFETCH(int, intervalMs);
    constexpr int kCommits = 40;
    constexpr int kKeys = 5; // 5 inserts, then updates round the same 5 rows: order per key matters

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, dir);
    auto store = OfficeStore::open(options); // creates the schema before the probes come
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));

    ProbeSwarm swarm(m_probe);
    const QStringList storeArgs = ProbeSwarm::storeArguments(options);
    const int listener =
        swarm.start(storeArgs
                    + QStringList{QStringLiteral("listen"), QStringLiteral("--count"), QString::number(kCommits),
                                  QStringLiteral("--wait-ms"), QStringLiteral("30000")});
    QVERIFY2(swarm.waitForEvent(listener, QStringLiteral("ready"), 20000), qPrintable(swarm.report()));
    const int committer =
        swarm.start(storeArgs
                    + QStringList{QStringLiteral("commit"), QStringLiteral("--count"), QString::number(kCommits),
                                  QStringLiteral("--interval-ms"), QString::number(intervalMs), QStringLiteral("--tag"),
                                  QStringLiteral("feed"), QStringLiteral("--keys"), QString::number(kKeys)});
    QVERIFY2(swarm.waitForFinished(40000), qPrintable(swarm.report()));
    QVERIFY2(swarm.exitCode(committer) == 0 && swarm.exitCode(listener) == 0, qPrintable(swarm.report()));

    QList<QJsonObject> committed, seen;
    for (const QJsonObject &line : swarm.lines(committer))
        if (line.value(QStringLiteral("event")).toString() == QLatin1String("committed"))
            committed << line;
    for (const QJsonObject &line : swarm.lines(listener))
        if (line.value(QStringLiteral("event")).toString() == QLatin1String("change"))
            seen << line;
    QVERIFY2(committed.size() == kCommits, qPrintable(swarm.report()));
    // The listener stops after kCommits changes: none lost, and none made up
    // (a change of a key never committed, or one too many, fails the order check).
    QCOMPARE(seen.size(), kCommits);
    // Seen through the feed, not by a re-read after an interruption.
    QVERIFY2(!swarm.hasEvent(listener, QStringLiteral("resync")), qPrintable(swarm.report()));

    QList<qint64> latencies;
    for (int i = 0; i < kCommits; ++i) {
        const QJsonObject &c = committed.at(i);
        const QJsonObject &s = seen.at(i);
        QCOMPARE(s.value(QStringLiteral("table")).toString(), QStringLiteral("staff"));
        // One committer: what the other PC sees comes in commit order, so in order per key too.
        QCOMPARE(s.value(QStringLiteral("key")).toString(), c.value(QStringLiteral("key")).toString());
        const qint64 latency =
            qint64(s.value(QStringLiteral("mono")).toDouble()) - qint64(c.value(QStringLiteral("mono")).toDouble());
        QVERIFY2(latency < kSeenWithinNs,
                 qPrintable(QStringLiteral("commit %1 seen after %2 ms").arg(i).arg(double(latency) / 1e6)));
        latencies << latency;
    }
    // A stamp may come before the committer's: the listener can be told
    // while COMMIT's answer is still on its way back.
    qInfo().noquote() << engine << "interval" << intervalMs
                      << "ms, commit -> seen by another process:" << DurationSummary::of(latencies).toString();
}

void TestOfficeFeed::rollbackProducesNoChange_data()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : OfficeTestEnv::engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

void TestOfficeFeed::rollbackProducesNoChange()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, dir);
    auto opened = OfficeStore::open(options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    OfficeStore &store = **opened;
    ChangeFeed *feed = store.changes();
    QSignalSpy changed(feed, &ChangeFeed::changed);
    QTRY_COMPARE_WITH_TIMEOUT(feed->state(), ChangeFeed::State::Live, 10000);

    ProbeSwarm swarm(m_probe);
    // The other PC stops at its first change: it must be the marker below.
    const int listener =
        swarm.start(ProbeSwarm::storeArguments(options)
                    + QStringList{QStringLiteral("listen"), QStringLiteral("--count"), QStringLiteral("1"),
                                  QStringLiteral("--wait-ms"), QStringLiteral("20000")});
    QVERIFY2(swarm.waitForEvent(listener, QStringLiteral("ready"), 20000), qPrintable(swarm.report()));

    // Work that gives up after writing.
    const Status abandoned = store.inTransaction([&]() -> Status {
        if (auto ok = insertStaff(store, QStringLiteral("rolled-back-1")); !ok)
            return ok;
        return fail(ErrorCode::Cancelled, QStringLiteral("test: abandon"));
    });
    QVERIFY(!abandoned);
    QCOMPARE(abandoned.error().code(), ErrorCode::Cancelled);
    // A statement the database refuses after one it accepted.
    const Status refused = store.inTransaction([&]() -> Status {
        if (auto ok = insertStaff(store, QStringLiteral("rolled-back-2")); !ok)
            return ok;
        return insertStaff(store, QStringLiteral("rolled-back-2"));
    });
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::StoreConstraint);
    // A number taken inside a transaction that then fails goes back with it.
    const Status numberBack = store.inTransaction([&]() -> Status {
        auto taken = DailyNumbers(store).takeInTransaction(QStringLiteral("R"), QDate(2026, 4, 1), {1, 9});
        if (!taken)
            return std::unexpected(taken.error());
        return fail(ErrorCode::Cancelled, QStringLiteral("test: abandon"));
    });
    QVERIFY(!numberBack);
    QCOMPARE(numberBack.error().code(), ErrorCode::Cancelled);

    const Status marker = store.inTransaction([&] { return insertStaff(store, QStringLiteral("marker")); });
    QVERIFY2(marker, qPrintable(marker ? QString() : marker.error().toString()));

    // Changes arrive in commit order: a change of the rolled-back work would come before the marker.
    QVERIFY2(swarm.waitForFinished(20000), qPrintable(swarm.report()));
    QVERIFY2(swarm.exitCode(listener) == 0, qPrintable(swarm.report()));
    const QList<QJsonObject> seen = swarm.linesWithEvent(QStringLiteral("change"));
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().value(QStringLiteral("table")).toString(), QStringLiteral("staff"));
    QCOMPARE(seen.first().value(QStringLiteral("key")).toString(), QStringLiteral("marker"));

    QTRY_VERIFY_WITH_TIMEOUT(changesIn(changed).contains(QStringLiteral("staff marker")), 5000);
    QCOMPARE(changesIn(changed), QStringList{QStringLiteral("staff marker")});

    QSqlQuery rows(store.connection());
    QVERIFY(rows.exec(QStringLiteral("SELECT (SELECT count(*) FROM staff WHERE staff_id LIKE 'rolled-back%'), "
                                     "(SELECT count(*) FROM daily_number)")));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toInt(), 0);
    QCOMPARE(rows.value(1).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestOfficeFeed)
#include "tst_office_feed.moc"
