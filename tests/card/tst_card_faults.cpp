// Integration: PIN rules and faults against real pcscd + vpcd + kakanai-vcard.
// Reader 2 of KAKANAI_TEST_READERS (so it can run next to tst_card_pcsc).
#include "card/MyNumberCard.h"
#include "card/PcscTransport.h"

#include "CardTestMacros.h"
#include "CardTestSupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace kakanai;
using namespace kakanai::test;

class TestCardFaults : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void wrongPinDecrementsAndReportsTries();
    void oneTryGuardSendsNothing();
    void lastTryWrongBlocks();
    void blockedCard();
    void foreignCard();
    void removedAfterEachApdu_data();
    void removedAfterEachApdu();
    void garbledAnswers_data();
    void garbledAnswers();
    void noCard();
    void unknownReader();
    void slowReaderTimesOut();

private:
    Result<int> tries(MyNumberCard::Key key = MyNumberCard::Key::Pin);
    Result<CardHolder> readPin(const QByteArray &pin, bool confirm = false, bool withNumber = false);

    QString m_reader;
    int m_port = 0;
    QList<FixturePerson> m_persons;
    std::unique_ptr<ReaderWatch> m_watch;
    VirtualCard m_card;
};

// APDUs of a full PIN read with the individual number, for person 0.
static constexpr int kFullReadApdus = 13;

void TestCardFaults::initTestCase()
{
    KAKANAI_REQUIRE_PCSCD();
    QVERIFY(PcscTestEnv::readers().size() >= 3);
    m_reader = PcscTestEnv::readers().at(2);
    m_port = PcscTestEnv::ports().at(2);
    m_persons = loadPersons();
    QVERIFY(m_persons.size() >= 9);
    m_watch = std::make_unique<ReaderWatch>(m_reader);
    QTRY_VERIFY(m_watch->monitor().isServiceAvailable());
}

void TestCardFaults::cleanup()
{
    if (m_watch && m_card.isRunning())
        KAKANAI_EJECT(m_card, *m_watch);
}

void TestCardFaults::cleanupTestCase()
{
    m_card.stop();
    m_watch.reset();
}

Result<int> TestCardFaults::tries(MyNumberCard::Key key)
{
    PcscTransport t;
    MyNumberCard card(t);
    return card.triesLeft(m_reader, key);
}

Result<CardHolder> TestCardFaults::readPin(const QByteArray &pin, bool confirm, bool withNumber)
{
    PcscTransport t;
    MyNumberCard card(t);
    MyNumberCard::ReadOptions o;
    o.confirmLastTry = confirm;
    o.withIndividualNumber = withNumber;
    return card.read(m_reader, SecureBuffer::fromBytes(pin), o);
}

void TestCardFaults::wrongPinDecrementsAndReportsTries()
{
    const FixturePerson &p = m_persons.at(0);
    QCOMPARE(p.triesLeft, 3);
    KAKANAI_INSERT(m_card, *m_watch, m_port, 0);
    const QByteArray wrong = p.pin == "1111" ? QByteArray("2222") : QByteArray("1111");

    auto r = readPin(wrong);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::CardWrongPin);
    QCOMPARE(r.error().triesLeft(), 2);
    QCOMPARE(tries().value_or(-1), 2);

    r = readPin(wrong);
    QCOMPARE(r.error().code(), ErrorCode::CardWrongPin);
    QCOMPARE(r.error().triesLeft(), 1);

    // The right PIN resets the counter.
    auto ok = readPin(p.pin, true);
    QVERIFY2(ok.has_value(), ok ? "" : qPrintable(ok.error().toString()));
    QCOMPARE(tries().value_or(-1), 3);
}

void TestCardFaults::oneTryGuardSendsNothing()
{
    const FixturePerson &p = m_persons.at(5);
    QCOMPARE(p.triesLeft, 1);
    KAKANAI_INSERT(m_card, *m_watch, m_port, 5);
    for (const QByteArray &pin : {p.pin, QByteArray("9999")}) {
        auto r = readPin(pin, false);
        QVERIFY(!r.has_value());
        QVERIFY2(MyNumberCard::needsLastTryConfirmation(r.error()), qPrintable(r.error().toString()));
        QCOMPARE(r.error().triesLeft(), 1);
    }
    // Had anything been sent, the wrong one would have blocked the card.
    QCOMPARE(tries().value_or(-1), 1);
    auto ok = readPin(p.pin, true, true);
    QVERIFY2(ok.has_value(), ok ? "" : qPrintable(ok.error().toString()));
    QCOMPARE(ok->individualNumber->view().toByteArray(), p.individualNumber);
    QCOMPARE(tries().value_or(-1), 3);
}

void TestCardFaults::lastTryWrongBlocks()
{
    const FixturePerson &p = m_persons.at(5);
    KAKANAI_INSERT(m_card, *m_watch, m_port, 5);
    auto r = readPin(p.pin == "0000" ? QByteArray("1111") : QByteArray("0000"), true);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::CardPinBlocked);
    QCOMPARE(r.error().triesLeft(), 0);
    auto t = tries();
    QVERIFY(!t.has_value());
    QCOMPARE(t.error().code(), ErrorCode::CardPinBlocked);
    // The right PIN no longer helps: blocked is blocked.
    auto again = readPin(p.pin, true);
    QCOMPARE(again.error().code(), ErrorCode::CardPinBlocked);
}

void TestCardFaults::blockedCard()
{
    const FixturePerson &p = m_persons.at(6);
    QCOMPARE(p.triesLeft, 0);
    KAKANAI_INSERT(m_card, *m_watch, m_port, 6);
    auto r = readPin(p.pin, true);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::CardPinBlocked);
    QVERIFY(!r.error().message().isEmpty());
    // The staff-assisted path still reads the 4 facts.
    QCOMPARE(tries(MyNumberCard::Key::MatchingCodeB).value_or(-1), 3);
    PcscTransport t;
    MyNumberCard card(t);
    auto b = card.readWithMatchingCodeB(m_reader, SecureBuffer::fromBytes(p.matchingCodeB()));
    QVERIFY2(b.has_value(), b ? "" : qPrintable(b.error().toString()));
    QCOMPARE(b->name, p.name);
}

void TestCardFaults::foreignCard()
{
    KAKANAI_INSERT(m_card, *m_watch, m_port, 0, QStringLiteral("--foreign"));
    auto r = readPin(m_persons.at(0).pin);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::CardNotMyNumber);
    QCOMPARE(tries().error().code(), ErrorCode::CardNotMyNumber);
}

void TestCardFaults::removedAfterEachApdu_data()
{
    QTest::addColumn<int>("n");
    for (int n = 0; n <= kFullReadApdus; ++n)
        QTest::newRow(qPrintable(QStringLiteral("after %1").arg(n))) << n;
}

void TestCardFaults::removedAfterEachApdu()
{
    QFETCH(int, n);
    const FixturePerson &p = m_persons.at(0);
    // --remove-after 0: out right after the ATR; n: after answering APDU n.
    const QStringList removeAfter = {QStringLiteral("--remove-after"), QString::number(n)};
    if (n > 0) {
        KAKANAI_INSERT(m_card, *m_watch, m_port, 0, removeAfter);
    } else {
        // Out again right after the ATR: the monitor may or may not catch it.
        const QString startError = m_card.start(0, m_port, removeAfter);
        QVERIFY2(startError.isEmpty(), qPrintable(startError));
    }

    auto r = readPin(p.pin, false, true);
    if (n < kFullReadApdus) {
        QVERIFY2(!r.has_value(), "a CardHolder from a card that was pulled out");
        const ErrorCode c = r.error().code();
        QVERIFY2(c == ErrorCode::CardRemoved || c == ErrorCode::NoCard, qPrintable(r.error().toString()));
        QVERIFY(!r.error().message().isEmpty());
    } else {
        // Pulled out after the last answer: everything was read and checked.
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    }
    QVERIFY(m_card.waitForExit());
    QTRY_VERIFY2_WITH_TIMEOUT(!m_watch->cardPresent(), qPrintable(m_watch->describe()), 20000);

    // Put back in: the next read works.
    KAKANAI_INSERT(m_card, *m_watch, m_port, 0);
    auto again = readPin(p.pin, false, true);
    QVERIFY2(again.has_value(), again ? "" : qPrintable(again.error().toString()));
    QCOMPARE(again->name, p.name);
    QCOMPARE(again->individualNumber->view().toByteArray(), p.individualNumber);
}

void TestCardFaults::garbledAnswers_data()
{
    QTest::addColumn<int>("n");
    for (int n = 0; n < kFullReadApdus; ++n)
        QTest::newRow(qPrintable(QStringLiteral("after %1").arg(n))) << n;
}

void TestCardFaults::garbledAnswers()
{
    QFETCH(int, n);
    KAKANAI_INSERT(m_card, *m_watch, m_port, 0, QStringLiteral("--garble-after"), QString::number(n));
    auto r = readPin(m_persons.at(0).pin, false, true);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::CardUnexpectedAnswer);
}

void TestCardFaults::noCard()
{
    QVERIFY(!m_watch->cardPresent());
    auto r = readPin(m_persons.at(0).pin);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::NoCard);
}

void TestCardFaults::unknownReader()
{
    PcscTransport t;
    MyNumberCard card(t);
    auto r = card.read(QStringLiteral("No Such Reader 00 00"), SecureBuffer::fromBytes("1234"));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::ReaderUnavailable);
}

// Issue 10, item 9: a reader that answers slowly was waited on without limit
// (33 s for a 3 s delay per APDU). Each command now waits at most the
// configured time; the read ends with CardTimeout after the first command
// that is late, the card is reset and released, and the next read works.
void TestCardFaults::slowReaderTimesOut()
{
    const FixturePerson &p = m_persons.at(0);
    constexpr int kDelayMs = 1500;
    KAKANAI_INSERT(m_card, *m_watch, m_port, 0, QStringLiteral("--delay-ms"), QString::number(kDelayMs));
    PcscTransport t;
    t.setApduTimeout(std::chrono::milliseconds(300));
    MyNumberCard card(t);
    MyNumberCard::ReadOptions o;
    o.withIndividualNumber = true;
    QElapsedTimer clock;
    clock.start();
    auto r = card.read(m_reader, SecureBuffer::fromBytes(p.pin), o);
    const qint64 waited = clock.elapsed();
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::CardTimeout);
    QVERIFY(!t.isConnected());
    // Not one delay per command of the read: the first late answer ended it.
    QVERIFY2(waited < kDelayMs * kFullReadApdus / 2, qPrintable(QString::number(waited)));

    // Without the delay the same card reads, with its PIN tries untouched.
    KAKANAI_EJECT(m_card, *m_watch);
    KAKANAI_INSERT(m_card, *m_watch, m_port, 0);
    QTRY_COMPARE_WITH_TIMEOUT(tries().value_or(-1), p.triesLeft, 10000);
    auto again = readPin(p.pin, false, true);
    QVERIFY2(again.has_value(), again ? "" : qPrintable(again.error().toString()));
    QCOMPARE(again->name, p.name);
}

QTEST_GUILESS_MAIN(TestCardFaults)
#include "tst_card_faults.moc"
