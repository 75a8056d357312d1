// Runs the kakanai-vcard executable against a fake vpcd (a loopback TCP
// listener speaking the vpcd framing), without pcscd: connection, framing,
// control codes, --remove-after, exit codes, signals, and the log rules.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

namespace {

const QString kExe = QStringLiteral(KAKANAI_VCARD_EXE);
const QString kPersons = QStringLiteral(KAKANAI_VCARD_TEST_DATA_DIR "/persons.json");

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

// A vpcd stand-in: listens on 127.0.0.1, accepts the card, exchanges frames.
class FakeVpcd {
public:
    FakeVpcd() = default;
    ~FakeVpcd()
    {
        dropCard();
        if (m_listen >= 0)
            ::close(m_listen);
    }

    bool listen(quint16 port = 0)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(port);
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a) < 0 || ::listen(m_listen, 4) < 0)
            return false;
        socklen_t len = sizeof a;
        getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        return true;
    }
    quint16 port() const { return m_port; }

    bool acceptCard(int timeoutMs = 10000)
    {
        pollfd p{m_listen, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) != 1)
            return false;
        m_card = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        return m_card >= 0;
    }
    void dropCard()
    {
        if (m_card >= 0) {
            ::close(m_card);
            m_card = -1;
        }
    }

    bool send(const QByteArray &payload)
    {
        QByteArray f;
        f.append(static_cast<char>(payload.size() >> 8));
        f.append(static_cast<char>(payload.size() & 0xFF));
        f.append(payload);
        return ::send(m_card, f.constData(), static_cast<size_t>(f.size()), MSG_NOSIGNAL) == f.size();
    }

    // Reads one frame; nullopt on EOF or timeout.
    std::optional<QByteArray> receive(int timeoutMs = 5000)
    {
        char header[2];
        if (!readExact(header, 2, timeoutMs))
            return std::nullopt;
        const int len = (static_cast<quint8>(header[0]) << 8) | static_cast<quint8>(header[1]);
        QByteArray payload(len, Qt::Uninitialized);
        if (len > 0 && !readExact(payload.data(), len, timeoutMs))
            return std::nullopt;
        return payload;
    }

    std::optional<QByteArray> transmit(const QByteArray &payload)
    {
        if (!send(payload))
            return std::nullopt;
        return receive();
    }

    // True when the card side closed the socket within the timeout.
    bool seesEof(int timeoutMs = 5000)
    {
        pollfd p{m_card, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) != 1)
            return false;
        char c;
        return ::recv(m_card, &c, 1, 0) == 0;
    }

private:
    bool readExact(char *buffer, int length, int timeoutMs)
    {
        int got = 0;
        while (got < length) {
            pollfd p{m_card, POLLIN, 0};
            if (::poll(&p, 1, timeoutMs) != 1)
                return false;
            const ssize_t n = ::recv(m_card, buffer + got, static_cast<size_t>(length - got), 0);
            if (n <= 0)
                return false;
            got += static_cast<int>(n);
        }
        return true;
    }

    int m_listen = -1;
    int m_card = -1;
    quint16 m_port = 0;
};

quint16 unusedPort()
{
    FakeVpcd probe;
    probe.listen();
    return probe.port(); // closed again when probe goes away
}

QByteArray selectTextAp()
{
    return hex("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08");
}

} // namespace

class TestVcardProcess : public QObject {
    Q_OBJECT

private slots:
    void helpListsExitCodes();
    void commandLineErrors_data();
    void commandLineErrors();
    void readFlowAndLogRules();
    void removeAfter_data();
    void removeAfter();
    void vpcdClosedExits3();
    void reconnectPowersOff();
    void connectTimeoutExits4();
    void connectRetriesUntilListening();
    void sigtermClosesCleanly();
    void delayMs();
};

void TestVcardProcess::helpListsExitCodes()
{
    QProcess p;
    p.start(kExe, {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(out.contains(QStringLiteral("Exit codes")));
    QVERIFY(out.contains(QStringLiteral("--remove-after")));
    QVERIFY(out.contains(QStringLiteral("--connect-timeout-ms")));
}

void TestVcardProcess::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no persons") << QStringList{QStringLiteral("--index"), QStringLiteral("0")} << 1
                                << QStringLiteral("--persons FILE and --index N are required");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 1 << QStringLiteral("frobnicate");
    QTest::newRow("bad port") << QStringList{QStringLiteral("--persons"), kPersons, QStringLiteral("--index"),
                                             QStringLiteral("0"), QStringLiteral("--port"), QStringLiteral("70000")}
                              << 1 << QStringLiteral("--port must be an integer from 1 to 65535");
    QTest::newRow("bad max-chunk") << QStringList{QStringLiteral("--persons"), kPersons, QStringLiteral("--index"),
                                                  QStringLiteral("0"), QStringLiteral("--max-chunk"), QStringLiteral("0")}
                                   << 1 << QStringLiteral("--max-chunk must be an integer from 1 to 256");
    QTest::newRow("index out of range") << QStringList{QStringLiteral("--persons"), kPersons, QStringLiteral("--index"),
                                                       QStringLiteral("99")}
                                        << 2 << QStringLiteral("--index 99 is out of range");
    QTest::newRow("missing persons file") << QStringList{QStringLiteral("--persons"), QStringLiteral("/nonexistent/p.json"),
                                                         QStringLiteral("--index"), QStringLiteral("0")}
                                          << 2 << QStringLiteral("cannot open");
}

void TestVcardProcess::commandLineErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcess p;
    p.start(kExe, args);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), exitCode);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

void TestVcardProcess::readFlowAndLogRules()
{
    FakeVpcd vpcd;
    QVERIFY(vpcd.listen());
    QProcess p;
    p.start(kExe, {QStringLiteral("--persons"), kPersons, QStringLiteral("--index"), QStringLiteral("0"),
                   QStringLiteral("--port"), QString::number(vpcd.port()), QStringLiteral("--verbose"),
                   QStringLiteral("--max-chunk"), QStringLiteral("100")});
    QVERIFY(vpcd.acceptCard());
    QVERIFY(p.waitForReadyRead(5000));
    QCOMPARE(QString::fromUtf8(p.readLine()).trimmed(),
             QStringLiteral("kakanai-vcard: inserted into 127.0.0.1:%1").arg(vpcd.port()));

    QVERIFY(vpcd.send(hex("01"))); // power on: no answer
    QCOMPARE(vpcd.transmit(hex("04")).value_or("none"), hex("3B E0 00 FF 81 31 FE 45 14"));
    QCOMPARE(vpcd.transmit(selectTextAp()).value_or("none"), hex("90 00"));
    QCOMPARE(vpcd.transmit(hex("00 A4 02 0C 02 00 11")).value_or("none"), hex("90 00"));
    QCOMPARE(vpcd.transmit(hex("00 20 00 80")).value_or("none"), hex("63 C3"));
    QCOMPARE(vpcd.transmit(hex("00 20 00 80 04") + QByteArray("4821")).value_or("none"), hex("90 00"));
    QCOMPARE(vpcd.transmit(hex("00 A4 02 0C 02 00 01")).value_or("none"), hex("90 00"));
    QCOMPARE(vpcd.transmit(hex("00 B0 00 00 11")).value_or("none"),
             hex("FF 10 0C") + QByteArray("123456789018") + hex("FF FF 90 00"));
    QCOMPARE(vpcd.transmit(hex("00 A4 02 0C 02 00 02")).value_or("none"), hex("90 00"));
    const auto chunk = vpcd.transmit(hex("00 B0 00 00 00"));
    QVERIFY(chunk.has_value());
    QCOMPARE(chunk->size(), 102); // --max-chunk 100 + SW
    // Reset keeps the PIN verified; power off clears it.
    QVERIFY(vpcd.send(hex("02")));
    QCOMPARE(vpcd.transmit(selectTextAp()).value_or("none"), hex("90 00"));
    QCOMPARE(vpcd.transmit(hex("00 A4 02 0C 02 00 01")).value_or("none"), hex("90 00"));
    QCOMPARE(vpcd.transmit(hex("00 B0 00 00 03")).value_or("none"), hex("FF 10 0C 90 00"));
    QVERIFY(vpcd.send(hex("00")));
    QVERIFY(vpcd.send(hex("01")));
    QCOMPARE(vpcd.transmit(selectTextAp()).value_or("none"), hex("90 00"));
    QCOMPARE(vpcd.transmit(hex("00 A4 02 0C 02 00 01")).value_or("none"), hex("90 00"));
    QCOMPARE(vpcd.transmit(hex("00 B0 00 00 03")).value_or("none"), hex("69 82"));

    p.terminate();
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("INS=20 P1=00 P2=80 Lc=4 -> SW=9000")), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("INS=B0")));
    QVERIFY(err.contains(QStringLiteral("control 02: reset")));
    // Never the PIN, the number, or the personal data.
    for (const QString &secret : {QStringLiteral("4821"), QStringLiteral("34 38 32 31"), QStringLiteral("123456789018"),
                                  QStringLiteral("山田"), QStringLiteral("霞が関")})
        QVERIFY2(!err.contains(secret), qPrintable(secret));
}

void TestVcardProcess::removeAfter_data()
{
    QTest::addColumn<int>("n");
    QTest::newRow("0: after the ATR") << 0;
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
}

void TestVcardProcess::removeAfter()
{
    QFETCH(int, n);
    FakeVpcd vpcd;
    QVERIFY(vpcd.listen());
    QProcess p;
    p.start(kExe, {QStringLiteral("--persons"), kPersons, QStringLiteral("--index"), QStringLiteral("1"),
                   QStringLiteral("--port"), QString::number(vpcd.port()), QStringLiteral("--remove-after"),
                   QString::number(n)});
    QVERIFY(vpcd.acceptCard());
    QVERIFY(vpcd.send(hex("01")));
    QCOMPARE(vpcd.transmit(hex("04")).value_or("none"), hex("3B E0 00 FF 81 31 FE 45 14"));
    for (int i = 0; i < n; ++i) {
        QCOMPARE(vpcd.transmit(selectTextAp()).value_or("none"), hex("90 00"));
        if (i < n - 1) // control codes do not count
            QCOMPARE(vpcd.transmit(hex("04")).value_or("none"), hex("3B E0 00 FF 81 31 FE 45 14"));
    }
    QVERIFY(vpcd.seesEof());
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("removed from 127.0.0.1")));
}

void TestVcardProcess::vpcdClosedExits3()
{
    FakeVpcd vpcd;
    QVERIFY(vpcd.listen());
    QProcess p;
    p.start(kExe, {QStringLiteral("--persons"), kPersons, QStringLiteral("--index"), QStringLiteral("0"),
                   QStringLiteral("--port"), QString::number(vpcd.port())});
    QVERIFY(vpcd.acceptCard());
    QVERIFY(vpcd.send(hex("01")));
    QCOMPARE(vpcd.transmit(hex("04")).value_or("none"), hex("3B E0 00 FF 81 31 FE 45 14"));
    vpcd.dropCard();
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 3);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("closed the connection")));
}

void TestVcardProcess::reconnectPowersOff()
{
    FakeVpcd vpcd;
    QVERIFY(vpcd.listen());
    QProcess p;
    p.start(kExe, {QStringLiteral("--persons"), kPersons, QStringLiteral("--index"), QStringLiteral("0"),
                   QStringLiteral("--port"), QString::number(vpcd.port()), QStringLiteral("--reconnect")});
    QVERIFY(vpcd.acceptCard());
    QVERIFY(vpcd.send(hex("01")));
    QCOMPARE(vpcd.transmit(selectTextAp()).value_or("none"), hex("90 00"));
    QCOMPARE(vpcd.transmit(hex("00 A4 02 0C 02 00 11")).value_or("none"), hex("90 00"));
    QCOMPARE(vpcd.transmit(hex("00 20 00 80 04 30 30 30 30")).value_or("none"), hex("63 C2"));
    QCOMPARE(vpcd.transmit(hex("00 20 00 80 04") + QByteArray("4821")).value_or("none"), hex("90 00"));
    QCOMPARE(vpcd.transmit(hex("00 20 00 80 04 30 30 30 30")).value_or("none"), hex("63 C2"));
    vpcd.dropCard();

    QVERIFY(vpcd.acceptCard()); // back again
    QVERIFY(vpcd.send(hex("01")));
    QCOMPARE(vpcd.transmit(selectTextAp()).value_or("none"), hex("90 00"));
    QCOMPARE(vpcd.transmit(hex("00 A4 02 0C 02 00 11")).value_or("none"), hex("90 00"));
    QCOMPARE(vpcd.transmit(hex("00 20 00 80")).value_or("none"), hex("63 C2")); // counter kept, not verified
    p.terminate();
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).count(QStringLiteral("inserted into")), 2);
}

void TestVcardProcess::connectTimeoutExits4()
{
    const quint16 port = unusedPort();
    QProcess p;
    const auto start = std::chrono::steady_clock::now();
    p.start(kExe, {QStringLiteral("--persons"), kPersons, QStringLiteral("--index"), QStringLiteral("0"),
                   QStringLiteral("--port"), QString::number(port), QStringLiteral("--connect-timeout-ms"),
                   QStringLiteral("400")});
    QVERIFY(p.waitForFinished(10000));
    const auto elapsed = std::chrono::steady_clock::now() - start;
    QCOMPARE(p.exitCode(), 4);
    QVERIFY(elapsed >= std::chrono::milliseconds(400));
    QVERIFY(elapsed < std::chrono::milliseconds(5000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("could not connect to 127.0.0.1:%1 within 400 ms").arg(port)), qPrintable(err));
}

void TestVcardProcess::connectRetriesUntilListening()
{
    const quint16 port = unusedPort();
    QProcess p;
    p.start(kExe, {QStringLiteral("--persons"), kPersons, QStringLiteral("--index"), QStringLiteral("0"),
                   QStringLiteral("--port"), QString::number(port), QStringLiteral("--connect-timeout-ms"),
                   QStringLiteral("8000"), QStringLiteral("--verbose")});
    QVERIFY(p.waitForStarted(5000));
    // Listen only once it has been refused and is retrying (--verbose says so).
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("not reachable yet"), 5000);
    QVERIFY2(err.contains(QStringLiteral("retrying for up to 8000 ms").toUtf8()), err.constData());
    QCOMPARE(p.state(), QProcess::Running);
    FakeVpcd vpcd;
    QVERIFY(vpcd.listen(port));
    QVERIFY(vpcd.acceptCard());
    QVERIFY(vpcd.send(hex("01")));
    QCOMPARE(vpcd.transmit(hex("04")).value_or("none"), hex("3B E0 00 FF 81 31 FE 45 14"));
    p.terminate();
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 0);
}

void TestVcardProcess::sigtermClosesCleanly()
{
    FakeVpcd vpcd;
    QVERIFY(vpcd.listen());
    QProcess p;
    p.start(kExe, {QStringLiteral("--persons"), kPersons, QStringLiteral("--index"), QStringLiteral("0"),
                   QStringLiteral("--port"), QString::number(vpcd.port())});
    QVERIFY(vpcd.acceptCard());
    QVERIFY(vpcd.send(hex("01")));
    QCOMPARE(vpcd.transmit(hex("04")).value_or("none"), hex("3B E0 00 FF 81 31 FE 45 14"));
    p.terminate(); // SIGTERM while blocked in the read
    QVERIFY(vpcd.seesEof());
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
}

void TestVcardProcess::delayMs()
{
    FakeVpcd vpcd;
    QVERIFY(vpcd.listen());
    QProcess p;
    p.start(kExe, {QStringLiteral("--persons"), kPersons, QStringLiteral("--index"), QStringLiteral("0"),
                   QStringLiteral("--port"), QString::number(vpcd.port()), QStringLiteral("--delay-ms"),
                   QStringLiteral("300")});
    QVERIFY(vpcd.acceptCard());
    QVERIFY(vpcd.send(hex("01")));
    const auto atrStart = std::chrono::steady_clock::now();
    QCOMPARE(vpcd.transmit(hex("04")).value_or("none"), hex("3B E0 00 FF 81 31 FE 45 14"));
    QVERIFY(std::chrono::steady_clock::now() - atrStart < std::chrono::milliseconds(250)); // control codes: no delay
    const auto start = std::chrono::steady_clock::now();
    QCOMPARE(vpcd.transmit(selectTextAp()).value_or("none"), hex("90 00"));
    QVERIFY(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(300));
    p.terminate();
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestVcardProcess)
#include "tst_vcardprocess.moc"
