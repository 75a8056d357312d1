// ReaderMonitor against FakeCardTransport: the event logic, service loss and
// recovery, no busy loop, prompt stop. (The same against real pcscd is in
// tst_card_pcsc and tst_card_pcscd_restart.)
#include "card/FakeCardTransport.h"
#include "card/ReaderMonitor.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace kakanai;

namespace {

ReaderState reader(const QString &name, bool card, int events = 0)
{
    ReaderState r;
    r.name = name;
    r.cardPresent = card;
    r.eventCount = events;
    if (card)
        r.atr = QByteArray::fromHex("3BE000FF8131FE4514");
    return r;
}

const QString kA = QStringLiteral("Reader A");
const QString kB = QStringLiteral("Reader B");

// The fake, also telling how the monitor waits: with which timeout, and
// whether its thread is inside waitForChange() right now.
class WaitWatchingTransport : public FakeCardTransport {
public:
    Result<QList<ReaderState>> waitForChange(const QList<ReaderState> &known,
                                             std::chrono::milliseconds timeout) override
    {
        m_lastTimeoutMs.store(timeout.count());
        m_waiting.store(true);
        auto result = FakeCardTransport::waitForChange(known, timeout);
        m_waiting.store(false);
        return result;
    }
    qint64 lastTimeoutMs() const { return m_lastTimeoutMs.load(); }
    bool isWaiting() const { return m_waiting.load(); }

private:
    std::atomic<qint64> m_lastTimeoutMs{0};
    std::atomic<bool> m_waiting{false};
};

} // namespace

class TestReaderMonitor : public QObject {
    Q_OBJECT
private slots:
    void initialPicture();
    void insertAndRemove();
    void quickReinsertSeenThroughEventCounter();
    void readersComeAndGo();
    void serviceLossAndRecovery();
    void idleDoesNotSpin();
    void stopIsPrompt();
    void stopDuringBackoffIsPrompt();
};

void TestReaderMonitor::initialPicture()
{
    auto owned = std::make_unique<FakeCardTransport>();
    FakeCardTransport *fake = owned.get();
    fake->setReaders({reader(kA, true), reader(kB, false)});
    ReaderMonitor monitor(std::move(owned));
    QSignalSpy added(&monitor, &ReaderMonitor::readerAdded);
    QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
    QSignalSpy service(&monitor, &ReaderMonitor::serviceStateChanged);
    monitor.start();
    QTRY_COMPARE(added.size(), 2);
    QTRY_COMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(0).toString(), kA);
    QCOMPARE(inserted.first().at(1).toByteArray(), QByteArray::fromHex("3BE000FF8131FE4514"));
    QCOMPARE(service.size(), 1);
    QCOMPARE(service.first().at(0).toBool(), true);
    QVERIFY(monitor.isServiceAvailable());
    QCOMPARE(monitor.readers().size(), 2);
}

void TestReaderMonitor::insertAndRemove()
{
    auto owned = std::make_unique<FakeCardTransport>();
    FakeCardTransport *fake = owned.get();
    fake->setReaders({reader(kA, false)});
    ReaderMonitor monitor(std::move(owned));
    QSignalSpy added(&monitor, &ReaderMonitor::readerAdded);
    QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
    QSignalSpy removed(&monitor, &ReaderMonitor::cardRemoved);
    monitor.start();
    QTRY_COMPARE(added.size(), 1);
    fake->setReaders({reader(kA, true, 1)});
    QTRY_COMPARE(inserted.size(), 1);
    fake->setReaders({reader(kA, false, 2)});
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(0).toString(), kA);
    QCOMPARE(inserted.size(), 1);
}

void TestReaderMonitor::quickReinsertSeenThroughEventCounter()
{
    auto owned = std::make_unique<FakeCardTransport>();
    FakeCardTransport *fake = owned.get();
    fake->setReaders({reader(kA, true, 1)});
    ReaderMonitor monitor(std::move(owned));
    QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
    QSignalSpy removed(&monitor, &ReaderMonitor::cardRemoved);
    monitor.start();
    QTRY_COMPARE(inserted.size(), 1);
    // Present before and after, but the counter moved by 2: out and in again.
    fake->setReaders({reader(kA, true, 3)});
    QTRY_COMPARE(inserted.size(), 2);
    QCOMPARE(removed.size(), 1);
}

void TestReaderMonitor::readersComeAndGo()
{
    auto owned = std::make_unique<FakeCardTransport>();
    FakeCardTransport *fake = owned.get();
    ReaderMonitor monitor(std::move(owned));
    QSignalSpy added(&monitor, &ReaderMonitor::readerAdded);
    QSignalSpy goneReader(&monitor, &ReaderMonitor::readerRemoved);
    QSignalSpy removed(&monitor, &ReaderMonitor::cardRemoved);
    monitor.start();
    QTRY_VERIFY(fake->waitCount() >= 1);
    fake->setReaders({reader(kA, true)});
    QTRY_COMPARE(added.size(), 1);
    fake->setReaders({});
    QTRY_COMPARE(goneReader.size(), 1);
    QCOMPARE(removed.size(), 1); // its card went with it
}

void TestReaderMonitor::serviceLossAndRecovery()
{
    auto owned = std::make_unique<FakeCardTransport>();
    FakeCardTransport *fake = owned.get();
    fake->setReaders({reader(kA, true)});
    ReaderMonitor monitor(std::move(owned));
    monitor.setBackoff(std::chrono::milliseconds(10), std::chrono::milliseconds(80));
    QSignalSpy service(&monitor, &ReaderMonitor::serviceStateChanged);
    QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
    QSignalSpy removed(&monitor, &ReaderMonitor::cardRemoved);
    QSignalSpy goneReader(&monitor, &ReaderMonitor::readerRemoved);
    monitor.start();
    QTRY_COMPARE(inserted.size(), 1);

    fake->setServiceAvailable(false);
    QTRY_COMPARE(service.size(), 2);
    QCOMPARE(service.at(1).at(0).toBool(), false);
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(goneReader.size(), 1);
    QVERIFY(!monitor.isServiceAvailable());

    // Back-off, not a busy loop: after the n-th failed wait in a row the
    // monitor sleeps s(n) = 10, 20, 40, 80, 80 … ms (min 10, doubling, max 80).
    // Seen at count c >= 2 (try c happened less than s(c) ago, else the count
    // would be c + 1), try c + 5 comes s(c) + … + s(c+4) after try c, so more
    // than 300 - 20 = 280 ms from now. Retrying at a fixed 10 ms would take
    // ~50 ms, a busy loop ~0.
    const int before = fake->waitCount();
    QTRY_VERIFY_WITH_TIMEOUT(fake->waitCount() > before, 5000);
    QElapsedTimer spacing;
    spacing.start();
    const int seen = fake->waitCount();
    QTRY_VERIFY_WITH_TIMEOUT(fake->waitCount() >= seen + 5, 10000);
    const qint64 elapsed = spacing.elapsed();
    QVERIFY2(elapsed >= 250, qPrintable(QStringLiteral("5 retries in %1 ms").arg(elapsed)));

    fake->setReaders({reader(kA, false), reader(kB, true)});
    fake->setServiceAvailable(true);
    QTRY_COMPARE(service.size(), 3);
    QCOMPARE(service.at(2).at(0).toBool(), true);
    QTRY_COMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(0).toString(), kB);
}

// Idle, the monitor sits in one wait that only a change ends: no timeout to
// wake up for, so nothing to spin on. A change wakes it exactly once, and it
// goes straight back into such a wait.
void TestReaderMonitor::idleDoesNotSpin()
{
    auto owned = std::make_unique<WaitWatchingTransport>();
    WaitWatchingTransport *fake = owned.get();
    fake->setReaders({reader(kA, false)});
    ReaderMonitor monitor(std::move(owned));
    QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
    monitor.start();
    QTRY_VERIFY(fake->waitCount() >= 2 && fake->isWaiting());
    QCOMPARE(fake->lastTimeoutMs(), qint64(CardTransport::kInfinite.count()));
    const int before = fake->waitCount();

    fake->setReaders({reader(kA, true)});
    QTRY_COMPARE(inserted.size(), 1);
    QTRY_VERIFY(fake->isWaiting());
    QCOMPARE(fake->waitCount(), before + 1);
    QCOMPARE(fake->lastTimeoutMs(), qint64(CardTransport::kInfinite.count()));
}

void TestReaderMonitor::stopIsPrompt()
{
    auto owned = std::make_unique<FakeCardTransport>();
    owned->setReaders({reader(kA, false)});
    ReaderMonitor monitor(std::move(owned));
    monitor.start();
    QTRY_VERIFY(monitor.isServiceAvailable());
    QElapsedTimer timer;
    timer.start();
    monitor.stop();
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(!monitor.isRunning());
    monitor.start(); // restartable
    QVERIFY(monitor.isRunning());
}

void TestReaderMonitor::stopDuringBackoffIsPrompt()
{
    auto owned = std::make_unique<FakeCardTransport>();
    FakeCardTransport *fake = owned.get();
    fake->setServiceAvailable(false);
    ReaderMonitor monitor(std::move(owned));
    monitor.setBackoff(std::chrono::seconds(30), std::chrono::seconds(30));
    monitor.start();
    QTRY_VERIFY(fake->waitCount() >= 1);
    QElapsedTimer timer;
    timer.start();
    monitor.stop();
    QVERIFY(timer.elapsed() < 1000);
}

QTEST_GUILESS_MAIN(TestReaderMonitor)
#include "tst_readermonitor.moc"
