// Integration: the smart card service goes away under a running ReaderMonitor
// and comes back. The test kills the pcscd that scripts/lib/pcsc-test-env.sh
// started (pid from KAKANAI_TEST_PCSCD_PIDFILE), starts a new one with the same
// reader configuration and writes its pid back, so kakanai_pcscd_stop stops
// the new one. Locks every reader (RESOURCE_LOCK): nothing else may use pcscd
// meanwhile.
#include "card/MyNumberCard.h"
#include "card/PcscTransport.h"

#include "CardTestMacros.h"
#include "CardTestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace kakanai;
using namespace kakanai::test;

namespace {

qint64 pidFromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    QByteArray digits;
    for (char c : f.readAll()) {
        if (c >= '0' && c <= '9')
            digits.append(c);
    }
    bool ok = false;
    const qint64 pid = digits.toLongLong(&ok);
    return ok && pid > 1 ? pid : -1;
}

bool alive(qint64 pid)
{
    return pid > 1 && ::kill(static_cast<pid_t>(pid), 0) == 0;
}

} // namespace

class TestPcscdRestart : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void monitorSurvivesPcscdRestart_data();
    void monitorSurvivesPcscdRestart();

private:
    bool startPcscd(QString *error);

    QString m_pidFile;
    QString m_conf;
    QString m_binary;
    QString m_log;
};

void TestPcscdRestart::initTestCase()
{
    KAKANAI_REQUIRE_PCSCD();
    m_pidFile = qEnvironmentVariable("KAKANAI_TEST_PCSCD_PIDFILE");
    m_conf = qEnvironmentVariable("KAKANAI_TEST_PCSCD_CONF");
    m_binary = qEnvironmentVariable("KAKANAI_TEST_PCSCD_BIN");
    m_log = qEnvironmentVariable("KAKANAI_TEST_PCSCD_LOG");
    QVERIFY2(!m_pidFile.isEmpty() && !m_conf.isEmpty() && !m_binary.isEmpty(),
             "KAKANAI_TEST_PCSCD_PIDFILE / _CONF / _BIN not exported by pcsc-test-env.sh");
    QVERIFY2(alive(pidFromFile(m_pidFile)), "the test pcscd is not running");
}

void TestPcscdRestart::cleanupTestCase()
{
    // Whatever happened, leave a running pcscd behind for the tests after us.
    if (!m_pidFile.isEmpty() && !alive(pidFromFile(m_pidFile))) {
        QString error;
        if (!startPcscd(&error))
            qWarning("could not restart pcscd: %s", qPrintable(error));
    }
}

bool TestPcscdRestart::startPcscd(QString *error)
{
    QProcess p;
    p.setProgram(m_binary);
    p.setArguments({QStringLiteral("-f"), QStringLiteral("-c"), m_conf});
    p.setStandardOutputFile(m_log.isEmpty() ? QStringLiteral("/dev/null") : m_log, QIODevice::Append);
    p.setStandardErrorFile(m_log.isEmpty() ? QStringLiteral("/dev/null") : m_log, QIODevice::Append);
    qint64 pid = -1;
    if (!p.startDetached(&pid)) {
        *error = QStringLiteral("cannot start %1").arg(m_binary);
        return false;
    }
    QFile f(m_pidFile);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1").arg(m_pidFile);
        return false;
    }
    f.write(QByteArray::number(pid) + '\n');
    return true;
}

void TestPcscdRestart::monitorSurvivesPcscdRestart_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGKILL") << int(SIGKILL);
}

void TestPcscdRestart::monitorSurvivesPcscdRestart()
{
    QFETCH(int, signal);
    const QString reader = PcscTestEnv::readers().at(0);
    const int port = PcscTestEnv::ports().at(0);

    ReaderWatch watch(reader);
    ReaderMonitor &monitor = watch.monitor();
    QSignalSpy service(&monitor, &ReaderMonitor::serviceStateChanged);
    QSignalSpy added(&monitor, &ReaderMonitor::readerAdded);
    QSignalSpy goneReaders(&monitor, &ReaderMonitor::readerRemoved);
    QTRY_VERIFY(monitor.isServiceAvailable());
    // Every reader pcscd has (the test ones and their idle second slots) comes in one picture.
    QTRY_VERIFY(added.size() >= PcscTestEnv::readers().size());
    const int readerCount = int(added.size());
    QCOMPARE(int(monitor.readers().size()), readerCount);

    // A card in the reader, and a transport whose context predates the restart.
    VirtualCard card;
    KAKANAI_INSERT(card, watch, port, 0, QStringLiteral("--reconnect"));
    PcscTransport oldTransport;
    QVERIFY(oldTransport.readers().has_value());
    QCOMPARE(oldTransport.contextGeneration(), 1);

    // Service gone: reported, every reader and card reported removed.
    const qint64 oldPid = pidFromFile(m_pidFile);
    QVERIFY(::kill(static_cast<pid_t>(oldPid), signal) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(!alive(oldPid), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!service.isEmpty() && service.last().at(0).toBool() == false, 10000);
    QTRY_COMPARE(goneReaders.size(), readerCount);
    QTRY_VERIFY(!watch.cardPresent());
    QVERIFY(!monitor.isServiceAvailable());
    auto down = oldTransport.readers();
    QVERIFY(!down.has_value());
    QCOMPARE(down.error().code(), ErrorCode::ReaderServiceStopped);

    // Back: the monitor finds the readers again (back-off, not a busy loop),
    // and the emulator (--reconnect) is seen as a newly inserted card.
    QString error;
    QVERIFY2(startPcscd(&error), qPrintable(error));
    const int insertionsBefore = watch.insertions();
    QTRY_VERIFY_WITH_TIMEOUT(!service.isEmpty() && service.last().at(0).toBool() == true, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 2 * readerCount, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(watch.insertions() > insertionsBefore && watch.cardPresent(), 15000);

    // The old transport re-establishes its context by itself and reads.
    MyNumberCard myNumber(oldTransport);
    auto r = myNumber.read(reader, SecureBuffer::fromBytes(loadPersons().at(0).pin));
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->name, loadPersons().at(0).name);
    QVERIFY(oldTransport.contextGeneration() >= 2);

    // And a new card after the restart.
    KAKANAI_EJECT(card, watch);
    KAKANAI_INSERT(card, watch, port, 1);
    PcscTransport fresh;
    MyNumberCard second(fresh);
    auto r2 = second.read(reader, SecureBuffer::fromBytes(loadPersons().at(1).pin));
    QVERIFY2(r2.has_value(), r2 ? "" : qPrintable(r2.error().toString()));
    QCOMPARE(r2->name, loadPersons().at(1).name);
    KAKANAI_EJECT(card, watch);
}

QTEST_GUILESS_MAIN(TestPcscdRestart)
#include "tst_card_pcscd_restart.moc"
