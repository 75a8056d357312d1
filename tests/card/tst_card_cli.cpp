// Integration: `kakanai-cli card …` against real pcscd + vpcd + kakanai-vcard.
// Reader 1 of KAKANAI_TEST_READERS.
#include "CardTestMacros.h"
#include "CardTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace kakanai;
using namespace kakanai::test;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kakanai.*.info=false"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("KAKANAI_CLI_BIN"), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    CliRun r;
    if (!p.waitForStarted(5000))
        return r;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

constexpr int kExitUsage = 1;
constexpr int kExitCardError = 7;

} // namespace

class TestCardCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void readers();
    void readEveryPerson_data();
    void readEveryPerson();
    void numberOnlyWhenAsked();
    void wrongPin();
    void lastTryNeedsConfirmation();
    void noCard();
    void badInput_data();
    void badInput();

private:
    QString m_reader;
    int m_port = 0;
    QList<FixturePerson> m_persons;
    std::unique_ptr<ReaderWatch> m_watch;
    VirtualCard m_card;
};

void TestCardCli::initTestCase()
{
    KAKANAI_REQUIRE_PCSCD();
    QVERIFY2(QFileInfo(qEnvironmentVariable("KAKANAI_CLI_BIN")).isExecutable(), "KAKANAI_CLI_BIN not set");
    m_reader = PcscTestEnv::readers().at(1);
    m_port = PcscTestEnv::ports().at(1);
    m_persons = loadPersons();
    m_watch = std::make_unique<ReaderWatch>(m_reader);
    QTRY_VERIFY(m_watch->monitor().isServiceAvailable());
}

void TestCardCli::cleanup()
{
    if (m_watch && m_card.isRunning())
        KAKANAI_EJECT(m_card, *m_watch);
}

void TestCardCli::cleanupTestCase()
{
    m_card.stop();
    m_watch.reset();
}

void TestCardCli::readers()
{
    KAKANAI_INSERT(m_card, *m_watch, m_port, 0);
    const CliRun r = runCli({QStringLiteral("card"), QStringLiteral("readers")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= PcscTestEnv::readers().size());
    QVERIFY2(lines.contains(m_reader + QStringLiteral("\tcard present")), r.out.constData());
    for (const QString &line : lines)
        QVERIFY(line.endsWith(QLatin1String("\tcard present")) || line.endsWith(QLatin1String("\tempty")));
}

void TestCardCli::readEveryPerson_data()
{
    QTest::addColumn<int>("person");
    for (int i = 0; i < loadPersons().size(); ++i)
        QTest::newRow(qPrintable(QString::number(i))) << i;
}

void TestCardCli::readEveryPerson()
{
    QFETCH(int, person);
    const FixturePerson &p = m_persons.at(person);
    KAKANAI_INSERT(m_card, *m_watch, m_port, person);

    QStringList args = {QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--reader"), m_reader};
    QByteArray secret;
    const bool usePin = p.triesLeft > 0;
    if (usePin) {
        args << QStringLiteral("--with-number") << QStringLiteral("--pin-stdin");
        if (p.triesLeft == 1)
            args << QStringLiteral("--confirm-last-try");
        secret = p.pin + '\n';
    } else {
        args << QStringLiteral("--verify-b-stdin");
        secret = p.matchingCodeB() + '\n';
    }
    const CliRun r = runCli(args, secret);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    QVERIFY(r.out.endsWith('\n'));
    QCOMPARE(r.out.count('\n'), 1); // one compact object, one line

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QLatin1String("name")).toString(), p.name);
    QCOMPARE(o.value(QLatin1String("address")).toString(), p.address);
    QCOMPARE(o.value(QLatin1String("birthDate")).toString(), p.birthDate.toString(Qt::ISODate));
    QCOMPARE(o.value(QLatin1String("sex")).toString(), p.sex);
    if (usePin) {
        QCOMPARE(o.value(QLatin1String("individualNumber")).toString(), QString::fromLatin1(p.individualNumber));
        QCOMPARE(o.keys().size(), 5);
    } else {
        QVERIFY(!o.contains(QLatin1String("individualNumber")));
        QCOMPARE(o.keys().size(), 4);
    }
    // Field order as documented.
    QVERIFY(r.out.startsWith("{\"name\":"));
}

void TestCardCli::numberOnlyWhenAsked()
{
    const FixturePerson &p = m_persons.at(0);
    KAKANAI_INSERT(m_card, *m_watch, m_port, 0);
    const CliRun r = runCli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--reader"), m_reader,
                             QStringLiteral("--pin-stdin")},
                            p.pin + '\n');
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains("individualNumber"));
    QVERIFY(!r.out.contains(p.individualNumber));
}

void TestCardCli::wrongPin()
{
    const FixturePerson &p = m_persons.at(0);
    KAKANAI_INSERT(m_card, *m_watch, m_port, 0);
    const QByteArray wrong = p.pin == "1111" ? "2222" : "1111";
    const CliRun r = runCli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--reader"), m_reader,
                             QStringLiteral("--pin-stdin")},
                            wrong + '\n');
    QCOMPARE(r.exitCode, kExitCardError);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("PIN is wrong") && r.err.contains("2"), r.err.constData());
    QVERIFY(!r.err.contains(wrong));

    const CliRun t = runCli({QStringLiteral("card"), QStringLiteral("tries"), QStringLiteral("--reader"), m_reader});
    QCOMPARE(t.exitCode, 0);
    QCOMPARE(t.out.trimmed(), QByteArray("2"));
}

void TestCardCli::lastTryNeedsConfirmation()
{
    const FixturePerson &p = m_persons.at(5);
    QCOMPARE(p.triesLeft, 1);
    KAKANAI_INSERT(m_card, *m_watch, m_port, 5);
    const CliRun r = runCli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--reader"), m_reader,
                             QStringLiteral("--pin-stdin")},
                            p.pin + '\n');
    QCOMPARE(r.exitCode, kExitCardError);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("--confirm-last-try"), r.err.constData());
    const CliRun t = runCli({QStringLiteral("card"), QStringLiteral("tries"), QStringLiteral("--reader"), m_reader});
    QCOMPARE(t.out.trimmed(), QByteArray("1"));
}

void TestCardCli::noCard()
{
    QVERIFY(!m_watch->cardPresent());
    const CliRun r = runCli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--reader"), m_reader,
                             QStringLiteral("--pin-stdin")},
                            "1234\n");
    QCOMPARE(r.exitCode, kExitCardError);
    QVERIFY2(r.err.contains("no card"), r.err.constData());
}

void TestCardCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    const QStringList read = {QStringLiteral("card"), QStringLiteral("read")};
    QTest::newRow("3-digit PIN") << (read + QStringList{QStringLiteral("--pin-stdin")}) << QByteArray("123\n") << kExitUsage;
    QTest::newRow("letters") << (read + QStringList{QStringLiteral("--pin-stdin")}) << QByteArray("12ab\n") << kExitUsage;
    QTest::newRow("13-digit code B") << (read + QStringList{QStringLiteral("--verify-b-stdin")})
                                    << QByteArray("5502172035228\n") << kExitUsage;
    QTest::newRow("no secret option") << read << QByteArray() << kExitUsage;
    QTest::newRow("both secrets") << (read + QStringList{QStringLiteral("--pin-stdin"), QStringLiteral("--verify-b-stdin")})
                                  << QByteArray("1234\n") << kExitUsage;
    QTest::newRow("number with code B")
        << (read + QStringList{QStringLiteral("--verify-b-stdin"), QStringLiteral("--with-number")})
        << QByteArray("55021720352285\n") << kExitUsage;
    QTest::newRow("unknown option") << (read + QStringList{QStringLiteral("--pin")}) << QByteArray() << kExitUsage;
}

void TestCardCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    const CliRun r = runCli(args, input);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCardCli)
#include "tst_card_cli.moc"
