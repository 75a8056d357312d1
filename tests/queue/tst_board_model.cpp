// Integration: the calling board's model on both engines: a call reaches the
// snapshot through the change feed (another connection, as another PC), a
// new call and a recall ring once each, a board that starts does not ring,
// and a store that fails keeps the last good numbers, marked stale — never
// zeros — until a good read again.
#include "common/Clock.h"
#include "office/ChangeFeed.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "queue/BoardModel.h"
#include "queue/QueueService.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::queue;
using kakanai::test::OfficeTestEnv;

namespace {
const QueueActor kClerk{QStringLiteral("c001"), Role::Clerk};
}

class TestBoardModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    }
    void cleanupTestCase() { OfficeTestEnv::dropAll(); }
    void followsAnotherPc_data() { engines(); }
    void followsAnotherPc();
    void failedReadKeepsLastNumbers_data() { engines(); }
    void failedReadKeepsLastNumbers();

private:
    static void engines()
    {
        QTest::addColumn<QString>("engine");
        for (const QString &engine : OfficeTestEnv::engines())
            QTest::newRow(qPrintable(engine)) << engine;
    }
    QTemporaryDir m_dir;
};

void TestBoardModel::followsAnotherPc()
{
    QFETCH(QString, engine);
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, m_dir);
    auto boardStore = OfficeStore::open(options);
    QVERIFY2(boardStore, qPrintable(boardStore ? QString() : boardStore.error().toString()));
    auto counterStore = OfficeStore::open(OfficeTestEnv::sameStore(options));
    QVERIFY2(counterStore, qPrintable(counterStore ? QString() : counterStore.error().toString()));
    SystemClock clock;
    QueueService boardQueue(**boardStore, clock, {});
    QueueService counterQueue(**counterStore, clock, {});
    ChangeFeed *feed = (*boardStore)->changes();
    QTRY_COMPARE_WITH_TIMEOUT(feed->state(), ChangeFeed::State::Live, 10000);

    BoardModel board(boardQueue, feed, QStringLiteral("テスト市役所"), 3);
    QSignalSpy rings(&board, &BoardModel::called);
    board.refresh();
    QVERIFY(!board.snapshot().empty());
    QCOMPARE(board.snapshot().categories.size(), 3);
    QCOMPARE(board.snapshot().categories.at(0).waiting, 0);

    for (int i = 0; i < 2; ++i)
        QVERIFY(counterQueue.issue(kClerk, {QStringLiteral("certificates"), {}, TicketPriority::None, false}));
    QTRY_COMPARE_WITH_TIMEOUT(board.snapshot().categories.at(0).waiting, 2, 5000);
    QVERIFY(counterQueue.callNext(kClerk, QStringLiteral("5")));
    QTRY_COMPARE_WITH_TIMEOUT(board.snapshot().nowCalling.size(), 1, 5000);
    const auto call = board.snapshot().nowCalling.first();
    QCOMPARE(call.ticket, QStringLiteral("A001"));
    QCOMPARE(call.counterId, QStringLiteral("5"));
    QCOMPARE(call.counterNameJa, QStringLiteral("5番窓口"));
    QCOMPARE(board.snapshot().categories.at(0).waiting, 1);
    QCOMPARE(board.snapshot().categories.at(0).countersOpen, 1);
    QTRY_COMPARE_WITH_TIMEOUT(rings.size(), 1, 5000);
    QCOMPARE(rings.first().first().value<QList<BoardSnapshot::Call>>().first().ticket, QStringLiteral("A001"));

    QVERIFY(counterQueue.recall(kClerk, QStringLiteral("5")));
    QTRY_COMPARE_WITH_TIMEOUT(rings.size(), 2, 5000);
    QVERIFY(counterQueue.start(kClerk, QStringLiteral("5")));
    QTRY_COMPARE_WITH_TIMEOUT(board.snapshot().recentlyCalled.size(), 1, 5000);
    QVERIFY(board.snapshot().nowCalling.isEmpty());
    QCOMPARE(rings.size(), 2); // starting service rings nothing

    // A board started now shows the same and does not ring.
    BoardModel second(boardQueue, feed, QString(), 3);
    QSignalSpy secondRings(&second, &BoardModel::called);
    second.refresh();
    QCOMPARE(second.snapshot().recentlyCalled.first().ticket, QStringLiteral("A001"));
    QCOMPARE(secondRings.size(), 0);
}

void TestBoardModel::failedReadKeepsLastNumbers()
{
    QFETCH(QString, engine);
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, m_dir);
    auto store = OfficeStore::open(options);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    SystemClock clock;
    QueueService queue(**store, clock, {});
    for (int i = 0; i < 3; ++i)
        QVERIFY(queue.issue(kClerk, {QStringLiteral("moves"), {}, TicketPriority::None, false}));
    BoardModel board(queue, nullptr, QString(), 3);
    board.refresh();
    QCOMPARE(board.snapshot().categories.at(1).waiting, 3);
    QVERIFY(!board.snapshot().stale);
    const QDateTime goodRead = board.snapshot().readAt;

    // The store fails under the board: the ticket table is gone (renamed by
    // "another program"), so every read fails.
    auto other = OfficeStore::open(OfficeTestEnv::sameStore(options));
    QVERIFY(other);
    QSqlQuery rename((*other)->connection());
    QVERIFY(rename.exec(QStringLiteral("ALTER TABLE ticket RENAME TO ticket_away")));
    QSignalSpy changes(&board, &BoardModel::snapshotChanged);
    board.refresh();
    QCOMPARE(changes.size(), 1);
    QVERIFY(board.snapshot().stale);
    QCOMPARE(board.snapshot().categories.at(1).waiting, 3); // not 0
    QCOMPARE(board.snapshot().readAt, goodRead);
    QVERIFY(!board.problem().isEmpty());

    QVERIFY(rename.exec(QStringLiteral("ALTER TABLE ticket_away RENAME TO ticket")));
    board.refresh();
    QVERIFY(!board.snapshot().stale);
    QVERIFY(board.problem().isEmpty());
    QCOMPARE(board.snapshot().categories.at(1).waiting, 3);
}

QTEST_GUILESS_MAIN(TestBoardModel)
#include "tst_board_model.moc"
