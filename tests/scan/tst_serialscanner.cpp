// SerialScanner against a pseudo-terminal: the test writes to the master as
// the scanner would; the scanner opens the slave through a symlink in a
// temporary directory, as it would a /dev/serial/by-id/… link. Unplug is
// closing the master and removing the link; replug is a new pty behind the
// same link.
#include "scan/SerialScanner.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

using namespace kakanai::scan;

namespace {

// One end of a pseudo-terminal pair: the master, written by the test.
class Pty {
public:
    Pty() = default;
    Pty(const Pty &) = delete;
    Pty &operator=(const Pty &) = delete;
    ~Pty() { close(); }

    bool open()
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
            return false;
        const char *name = ::ptsname(m_master);
        if (!name)
            return false;
        m_slave = QString::fromLocal8Bit(name);
        return true;
    }
    void close()
    {
        if (m_master >= 0)
            ::close(m_master);
        m_master = -1;
    }
    const QString &slave() const { return m_slave; }

    // Writes everything, letting the event loop run (the reader is in this
    // thread) while the terminal's buffer is full.
    bool write(const QByteArray &bytes)
    {
        qsizetype done = 0;
        int stalls = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_master, bytes.constData() + done, size_t(bytes.size() - done));
            if (n > 0) {
                done += n;
                stalls = 0;
            } else if (n < 0 && errno == EAGAIN && ++stalls < 5000) {
                QTest::qWait(1);
            } else {
                return false;
            }
        }
        return true;
    }

private:
    int m_master = -1;
    QString m_slave;
};

bool pointLink(const QString &link, const QString &target)
{
    QFile::remove(link);
    return target.isEmpty() || QFile::link(target, link);
}

} // namespace

class TestSerialScanner : public QObject {
    Q_OBJECT
private slots:
    void init();
    void lineEndings_data();
    void lineEndings();
    void overlongLineRefused();
    void invalidUtf8Refused();
    void noSuffixEndsOnPause();
    void waitsForTheDevice();
    void unplugAndReplug();
    void stopStopsRetrying();

private:
    SerialScanner::Options options() const
    {
        SerialScanner::Options o;
        o.portName = m_link;
        o.baudRate = 115200;
        o.retryIntervalMs = 30;
        return o;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_link;
};

void TestSerialScanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_link = m_dir->filePath(QStringLiteral("usb-Kakanai_Test_Scanner-if00"));
}

void TestSerialScanner::lineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("scans");

    const QStringList two{QStringLiteral("KKN1AAAA"), QStringLiteral("KKN1BBBB")};
    QTest::newRow("CR") << QByteArray("KKN1AAAA\rKKN1BBBB\r") << two;
    QTest::newRow("LF") << QByteArray("KKN1AAAA\nKKN1BBBB\n") << two;
    QTest::newRow("CRLF") << QByteArray("KKN1AAAA\r\nKKN1BBBB\r\n") << two;
    QTest::newRow("empty lines ignored") << QByteArray("\r\n\r\nKKN1AAAA\r\n\n\rKKN1BBBB\n") << two;
    QTest::newRow("UTF-8 kept") << QByteArray("ＫＫＮ１ｋｋ\r\n") << QStringList{QStringLiteral("ＫＫＮ１ｋｋ")};
}

void TestSerialScanner::lineEndings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, scans);

    Pty pty;
    QVERIFY(pty.open());
    QVERIFY(pointLink(m_link, pty.slave()));
    SerialScanner scanner(options());
    QSignalSpy scanned(&scanner, &SerialScanner::scanned);
    QSignalSpy problems(&scanner, &SerialScanner::problem);
    scanner.start();
    QCOMPARE(scanner.state(), SerialScanner::State::Connected);

    // Split in two writes in the middle of a line ending: still one line end.
    const qsizetype half = bytes.indexOf('\r') >= 0 ? bytes.indexOf('\r') + 1 : bytes.size() / 2;
    QVERIFY(pty.write(bytes.left(half)));
    QTest::qWait(0);
    QVERIFY(pty.write(bytes.mid(half)));
    QTRY_COMPARE(scanned.size(), scans.size());
    for (int i = 0; i < scans.size(); ++i)
        QCOMPARE(scanned.at(i).at(0).toString(), scans.at(i));
    QCOMPARE(problems.size(), 0);
}

void TestSerialScanner::overlongLineRefused()
{
    Pty pty;
    QVERIFY(pty.open());
    QVERIFY(pointLink(m_link, pty.slave()));
    SerialScanner::Options o = options();
    o.maxLineBytes = 8192;
    SerialScanner scanner(o);
    QSignalSpy scanned(&scanner, &SerialScanner::scanned);
    QSignalSpy problems(&scanner, &SerialScanner::problem);
    scanner.start();

    const QByteArray exact(8192, 'A');
    QVERIFY(pty.write(QByteArray(8193, 'B') + "\r\n" + exact + "\r\nKKN1OK\r\n"));
    QTRY_COMPARE(scanned.size(), 2);
    QCOMPARE(scanned.at(0).at(0).toString(), QString::fromLatin1(exact));
    QCOMPARE(scanned.at(1).at(0).toString(), QStringLiteral("KKN1OK"));
    QCOMPARE(problems.size(), 1);
    QVERIFY(!problems.first().at(0).toString().contains(QLatin1String("BBB")));
}

void TestSerialScanner::invalidUtf8Refused()
{
    Pty pty;
    QVERIFY(pty.open());
    QVERIFY(pointLink(m_link, pty.slave()));
    SerialScanner scanner(options());
    QSignalSpy scanned(&scanner, &SerialScanner::scanned);
    QSignalSpy problems(&scanner, &SerialScanner::problem);
    scanner.start();

    // Shift_JIS "ヤマダ" (not UTF-8), a lone continuation byte, then a good line.
    QVERIFY(pty.write(QByteArray("\x83\x84\x83\x7d\x83\x5f\n") + QByteArray("KKN1\x80X\n") + "KKN1GOOD\n"));
    QTRY_COMPARE(scanned.size(), 1);
    QCOMPARE(scanned.first().at(0).toString(), QStringLiteral("KKN1GOOD"));
    QTRY_COMPARE(problems.size(), 2);
    for (const auto &p : problems)
        QVERIFY(!p.at(0).toString().contains(QLatin1String("KKN1")));
}

void TestSerialScanner::noSuffixEndsOnPause()
{
    Pty pty;
    QVERIFY(pty.open());
    QVERIFY(pointLink(m_link, pty.slave()));
    SerialScanner::Options o = options();
    o.suffix = SerialScanner::Suffix::None;
    o.idleTimeoutMs = 40;
    SerialScanner scanner(o);
    QSignalSpy scanned(&scanner, &SerialScanner::scanned);
    scanner.start();

    QVERIFY(pty.write("KKN1AB"));
    QVERIFY(pty.write("CDEF"));
    QVERIFY(scanned.wait(2000));
    QCOMPARE(scanned.size(), 1);
    QCOMPARE(scanned.first().at(0).toString(), QStringLiteral("KKN1ABCDEF"));
    QVERIFY(pty.write("KKN1XYZ"));
    QVERIFY(scanned.wait(2000));
    QCOMPARE(scanned.at(1).at(0).toString(), QStringLiteral("KKN1XYZ"));
}

void TestSerialScanner::waitsForTheDevice()
{
    SerialScanner scanner(options());
    QSignalSpy states(&scanner, &SerialScanner::stateChanged);
    QSignalSpy scanned(&scanner, &SerialScanner::scanned);
    scanner.start();
    QCOMPARE(scanner.state(), SerialScanner::State::Connecting);
    QTRY_VERIFY(scanner.openAttempts() >= 3);

    Pty pty;
    QVERIFY(pty.open());
    QVERIFY(pointLink(m_link, pty.slave()));
    QTRY_COMPARE(scanner.state(), SerialScanner::State::Connected);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).value<SerialScanner::State>(), SerialScanner::State::Connecting);
    QCOMPARE(states.at(1).at(0).value<SerialScanner::State>(), SerialScanner::State::Connected);
    QVERIFY(pty.write("KKN1HELLO\r"));
    QTRY_COMPARE(scanned.size(), 1);
}

void TestSerialScanner::unplugAndReplug()
{
    auto first = std::make_unique<Pty>();
    QVERIFY(first->open());
    QVERIFY(pointLink(m_link, first->slave()));
    SerialScanner scanner(options());
    QSignalSpy states(&scanner, &SerialScanner::stateChanged);
    QSignalSpy scanned(&scanner, &SerialScanner::scanned);
    QSignalSpy problems(&scanner, &SerialScanner::problem);
    scanner.start();
    QCOMPARE(scanner.state(), SerialScanner::State::Connected);
    QVERIFY(first->write("KKN1BEFORE\r\n"));
    QTRY_COMPARE(scanned.size(), 1);

    // Unplug, in the middle of a scan: the half line is dropped.
    QVERIFY(first->write("KKN1HALF"));
    QTest::qWait(0);
    first.reset();
    QVERIFY(pointLink(m_link, QString()));
    QTRY_COMPARE(scanner.state(), SerialScanner::State::Connecting);
    QCOMPARE(states.last().at(0).value<SerialScanner::State>(), SerialScanner::State::Connecting);
    QCOMPARE(problems.size(), 1);
    const int attemptsAtUnplug = scanner.openAttempts();
    QTRY_VERIFY(scanner.openAttempts() >= attemptsAtUnplug + 3); // it keeps trying
    QCOMPARE(scanner.state(), SerialScanner::State::Connecting);

    // Replug: another device node behind the same link.
    Pty second;
    QVERIFY(second.open());
    QVERIFY(pointLink(m_link, second.slave()));
    QTRY_COMPARE(scanner.state(), SerialScanner::State::Connected);
    QCOMPARE(states.last().at(0).value<SerialScanner::State>(), SerialScanner::State::Connected);
    QVERIFY(second.write("KKN1AFTER\n"));
    QTRY_COMPARE(scanned.size(), 2);
    QCOMPARE(scanned.at(1).at(0).toString(), QStringLiteral("KKN1AFTER"));

    // And again: unplug and replug a second time.
    second.close();
    QTRY_COMPARE(scanner.state(), SerialScanner::State::Connecting);
    Pty third;
    QVERIFY(third.open());
    QVERIFY(pointLink(m_link, third.slave()));
    QTRY_COMPARE(scanner.state(), SerialScanner::State::Connected);
    QVERIFY(third.write("KKN1AGAIN\r"));
    QTRY_COMPARE(scanned.size(), 3);
    QCOMPARE(scanned.at(2).at(0).toString(), QStringLiteral("KKN1AGAIN"));
}

void TestSerialScanner::stopStopsRetrying()
{
    SerialScanner scanner(options());
    QSignalSpy states(&scanner, &SerialScanner::stateChanged);
    scanner.start();
    QTRY_VERIFY(scanner.openAttempts() >= 2);
    scanner.stop();
    QCOMPARE(scanner.state(), SerialScanner::State::Stopped);
    const int attempts = scanner.openAttempts();
    Pty pty;
    QVERIFY(pty.open());
    QVERIFY(pointLink(m_link, pty.slave()));
    // A second scanner on another (absent) port, with the same interval,
    // tells when several intervals have passed: by then the stopped one
    // would have opened the port.
    SerialScanner::Options other = options();
    other.portName = m_dir->filePath(QStringLiteral("absent"));
    SerialScanner witness(other);
    witness.start();
    QTRY_VERIFY(witness.openAttempts() >= 4);
    QCOMPARE(scanner.openAttempts(), attempts);
    QCOMPARE(scanner.state(), SerialScanner::State::Stopped);
}

QTEST_GUILESS_MAIN(TestSerialScanner)
#include "tst_serialscanner.moc"
