// Integration: MyNumberCard + PcscTransport + ReaderMonitor against real pcscd,
// the vpcd reader driver and kakanai-vcard. Reader 0 of KAKANAI_TEST_READERS.
#include "card/MyNumberCard.h"
#include "card/PcscTransport.h"

#include "CardTestMacros.h"
#include "CardTestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace kakanai;
using namespace kakanai::test;

namespace {
QByteArray hexBytes(const char *s)
{
    return QByteArray::fromHex(QByteArray(s).replace(' ', QByteArray()));
}
quint16 sw(const QByteArray &r)
{
    return r.size() < 2 ? 0 : static_cast<quint16>((static_cast<quint8>(r.at(r.size() - 2)) << 8) | static_cast<quint8>(r.at(r.size() - 1)));
}
} // namespace

class TestCardPcsc : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void readersAreListed();
    void everyPersonReadsBack_data();
    void everyPersonReadsBack();
    void retriesAfter6F00();
    void slowCard();
    void pinIsClearedByPowerOff();
    void resetByAnotherConnectionIsRecovered();
    void exclusiveReadBlocksOthers();
    void monitorSeesRemoval();

private:
    QString m_reader;
    int m_port = 0;
    QList<FixturePerson> m_persons;
    std::unique_ptr<ReaderWatch> m_watch;
    VirtualCard m_card;
};

void TestCardPcsc::initTestCase()
{
    KAKANAI_REQUIRE_PCSCD();
    m_reader = PcscTestEnv::readers().at(0);
    m_port = PcscTestEnv::ports().at(0);
    m_persons = loadPersons();
    QVERIFY(m_persons.size() >= 9);
    m_watch = std::make_unique<ReaderWatch>(m_reader);
    QTRY_VERIFY(m_watch->monitor().isServiceAvailable());
}

void TestCardPcsc::cleanup()
{
    if (m_watch && m_card.isRunning())
        KAKANAI_EJECT(m_card, *m_watch);
}

void TestCardPcsc::cleanupTestCase()
{
    m_card.stop();
    m_watch.reset();
}

void TestCardPcsc::readersAreListed()
{
    PcscTransport t;
    auto readers = t.readers();
    QVERIFY2(readers.has_value(), readers ? "" : qPrintable(readers.error().toString()));
    QStringList names;
    for (const ReaderState &r : *readers)
        names.append(r.name);
    for (const QString &expected : PcscTestEnv::readers())
        QVERIFY2(names.contains(expected), qPrintable(names.join(QLatin1Char(','))));
    QTRY_VERIFY(m_watch->monitor().readers().size() >= PcscTestEnv::readers().size());
}

void TestCardPcsc::everyPersonReadsBack_data()
{
    QTest::addColumn<int>("person");
    QTest::addColumn<QStringList>("vcardArgs");
    QTest::addColumn<bool>("withCodeB");
    const QList<FixturePerson> persons = loadPersons();
    for (int i = 0; i < persons.size(); ++i) {
        const QByteArray tag = QByteArray::number(i);
        QTest::newRow(tag + " pin") << i << QStringList{} << false;
        QTest::newRow(tag + " pin, max-chunk 7") << i << QStringList{QStringLiteral("--max-chunk"), QStringLiteral("7")} << false;
        QTest::newRow(tag + " matching code B") << i << QStringList{} << true;
    }
    QTest::newRow("4 pin, max-chunk 1") << 4 << QStringList{QStringLiteral("--max-chunk"), QStringLiteral("1")} << false;
}

void TestCardPcsc::everyPersonReadsBack()
{
    QFETCH(int, person);
    QFETCH(QStringList, vcardArgs);
    QFETCH(bool, withCodeB);
    const FixturePerson &p = m_persons.at(person);
    KAKANAI_INSERT(m_card, *m_watch, m_port, person, vcardArgs);

    PcscTransport transport;
    MyNumberCard card(transport);
    MyNumberCard::ReadOptions options;
    Result<CardHolder> r = std::unexpected(Error(ErrorCode::Internal, QString()));
    const bool usePin = !withCodeB && p.triesLeft > 0;
    if (usePin) {
        options.withIndividualNumber = true;
        options.confirmLastTry = p.triesLeft == 1; // the clerk has warned the citizen
        r = card.read(m_reader, SecureBuffer::fromBytes(p.pin), options);
    } else {
        r = card.readWithMatchingCodeB(m_reader, SecureBuffer::fromBytes(p.matchingCodeB()));
    }
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->name, p.name);
    QCOMPARE(r->address, p.address);
    QCOMPARE(r->birthDate, p.birthDate);
    QCOMPARE(CardHolder::sexCode(r->sex), p.sex);
    if (usePin) {
        QVERIFY(r->individualNumber.has_value());
        QCOMPARE(r->individualNumber->view().toByteArray(), p.individualNumber);
    } else {
        QVERIFY(!r->individualNumber.has_value());
    }
    QVERIFY(!transport.isConnected());
}

void TestCardPcsc::retriesAfter6F00()
{
    KAKANAI_INSERT(m_card, *m_watch, m_port, 0, QStringLiteral("--first-6f00"));
    PcscTransport transport;
    MyNumberCard card(transport);
    for (int i = 0; i < 2; ++i) { // each read powers the card on anew: 6F 00 each time
        auto r = card.read(m_reader, SecureBuffer::fromBytes(m_persons.at(0).pin));
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->name, m_persons.at(0).name);
        QCOMPARE(card.apduCount(), 12); // 11 + the repeated SELECT
    }
}

void TestCardPcsc::slowCard()
{
    KAKANAI_INSERT(m_card, *m_watch, m_port, 1, QStringLiteral("--delay-ms"), QStringLiteral("30"));
    PcscTransport transport;
    MyNumberCard card(transport);
    auto r = card.read(m_reader, SecureBuffer::fromBytes(m_persons.at(1).pin));
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->name, m_persons.at(1).name);
}

void TestCardPcsc::pinIsClearedByPowerOff()
{
    const FixturePerson &p = m_persons.at(0);
    KAKANAI_INSERT(m_card, *m_watch, m_port, 0);
    const QByteArray selectAp = hexBytes("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08");
    const QByteArray selectPin = hexBytes("00 A4 02 0C 02 00 11");
    const QByteArray select0002 = hexBytes("00 A4 02 0C 02 00 02");
    const QByteArray read0002 = hexBytes("00 B0 00 00 08");

    PcscTransport raw;
    // Control: VERIFY, then disconnect *without* power-off: the PIN stays valid
    // for the next connection — the very reason MyNumberCard powers the card off.
    QVERIFY(raw.connect(m_reader, CardTransport::Share::Shared).has_value());
    QCOMPARE(sw(*raw.transmit(selectAp)), quint16(0x9000));
    QCOMPARE(sw(*raw.transmit(selectPin)), quint16(0x9000));
    QCOMPARE(sw(*raw.transmit(hexBytes("00 20 00 80 04") + p.pin)), quint16(0x9000));
    QVERIFY(raw.disconnect(CardTransport::Disposition::Leave).has_value());
    QVERIFY(raw.connect(m_reader, CardTransport::Share::Shared).has_value());
    QCOMPARE(sw(*raw.transmit(selectAp)), quint16(0x9000));
    QCOMPARE(sw(*raw.transmit(select0002)), quint16(0x9000));
    QCOMPARE(sw(*raw.transmit(read0002)), quint16(0x9000));
    QVERIFY(raw.disconnect(CardTransport::Disposition::Leave).has_value());

    // A read by MyNumberCard ends with SCARD_UNPOWER_CARD.
    PcscTransport transport;
    MyNumberCard card(transport);
    auto r = card.read(m_reader, SecureBuffer::fromBytes(p.pin));
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));

    // A fresh connection without VERIFY: security status not satisfied.
    QVERIFY(raw.connect(m_reader, CardTransport::Share::Shared).has_value());
    QCOMPARE(sw(*raw.transmit(selectAp)), quint16(0x9000));
    QCOMPARE(sw(*raw.transmit(select0002)), quint16(0x9000));
    QCOMPARE(sw(*raw.transmit(read0002)), quint16(0x6982));
    QVERIFY(raw.disconnect(CardTransport::Disposition::Unpower).has_value());

    // The same when the read fails: the error path powers the card off too.
    // (The PIN was verified by another connection that left the card powered.)
    QVERIFY(raw.connect(m_reader, CardTransport::Share::Shared).has_value());
    QCOMPARE(sw(*raw.transmit(selectAp)), quint16(0x9000));
    QCOMPARE(sw(*raw.transmit(selectPin)), quint16(0x9000));
    QCOMPARE(sw(*raw.transmit(hexBytes("00 20 00 80 04") + p.pin)), quint16(0x9000));
    QVERIFY(raw.disconnect(CardTransport::Disposition::Leave).has_value());
    auto wrongCode = card.readWithMatchingCodeB(m_reader, SecureBuffer::fromBytes("00000000000000"));
    QVERIFY(!wrongCode.has_value());
    QCOMPARE(wrongCode.error().code(), ErrorCode::CardWrongPin);
    QVERIFY(raw.connect(m_reader, CardTransport::Share::Shared).has_value());
    QCOMPARE(sw(*raw.transmit(selectAp)), quint16(0x9000));
    QCOMPARE(sw(*raw.transmit(select0002)), quint16(0x9000));
    QCOMPARE(sw(*raw.transmit(read0002)), quint16(0x6982));
    QVERIFY(raw.disconnect(CardTransport::Disposition::Unpower).has_value());
}

void TestCardPcsc::resetByAnotherConnectionIsRecovered()
{
    KAKANAI_INSERT(m_card, *m_watch, m_port, 0);
    const QByteArray selectAp = hexBytes("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08");
    PcscTransport a;
    PcscTransport b;
    QVERIFY(a.connect(m_reader, CardTransport::Share::Shared).has_value());
    QVERIFY(b.connect(m_reader, CardTransport::Share::Shared).has_value());
    QCOMPARE(sw(*a.transmit(selectAp)), quint16(0x9000));
    QVERIFY(b.disconnect(CardTransport::Disposition::Reset).has_value());

    // In the middle of an exchange: reported (the card lost its selection)…
    auto afterReset = a.transmit(selectAp);
    QVERIFY(!afterReset.has_value());
    QCOMPARE(afterReset.error().code(), ErrorCode::CardBusy);
    QVERIFY(afterReset.error().technicalDetail().contains(QLatin1String("SCARD_W_RESET_CARD")));
    // …but the handle was reconnected and works again.
    QVERIFY(a.isConnected());
    QCOMPARE(sw(*a.transmit(selectAp)), quint16(0x9000));

    // At the start of a transaction the reset is absorbed (reconnect + retry).
    QVERIFY(b.connect(m_reader, CardTransport::Share::Shared).has_value());
    QVERIFY(b.disconnect(CardTransport::Disposition::Reset).has_value());
    auto begun = a.beginTransaction();
    QVERIFY2(begun.has_value(), begun ? "" : qPrintable(begun.error().toString()));
    QCOMPARE(sw(*a.transmit(selectAp)), quint16(0x9000));
    QVERIFY(a.endTransaction(CardTransport::Disposition::Leave).has_value());
    QVERIFY(a.disconnect(CardTransport::Disposition::Unpower).has_value());
}

void TestCardPcsc::exclusiveReadBlocksOthers()
{
    KAKANAI_INSERT(m_card, *m_watch, m_port, 0);
    PcscTransport holder;
    QVERIFY(holder.connect(m_reader, CardTransport::Share::Shared).has_value());
    PcscTransport transport;
    MyNumberCard card(transport);
    auto r = card.read(m_reader, SecureBuffer::fromBytes(m_persons.at(0).pin));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::CardBusy);
    QVERIFY(holder.disconnect(CardTransport::Disposition::Leave).has_value());
    auto again = card.read(m_reader, SecureBuffer::fromBytes(m_persons.at(0).pin));
    QVERIFY2(again.has_value(), again ? "" : qPrintable(again.error().toString()));
}

void TestCardPcsc::monitorSeesRemoval()
{
    // Other tests use other readers at the same time: look at this reader's events only.
    QSignalSpy removed(&m_watch->monitor(), &ReaderMonitor::cardRemoved);
    QSignalSpy inserted(&m_watch->monitor(), &ReaderMonitor::cardInserted);
    const auto forThisReader = [this](const QSignalSpy &spy) {
        QList<QList<QVariant>> out;
        for (const QList<QVariant> &args : spy) {
            if (args.at(0).toString() == m_reader)
                out.append(args);
        }
        return out;
    };
    KAKANAI_INSERT(m_card, *m_watch, m_port, 2);
    const auto ins = forThisReader(inserted);
    QCOMPARE(ins.size(), 1);
    QCOMPARE(ins.first().at(1).toByteArray(), hexBytes("3B E0 00 FF 81 31 FE 45 14"));
    KAKANAI_EJECT(m_card, *m_watch);
    QCOMPARE(forThisReader(removed).size(), 1);
    bool present = true;
    for (const ReaderState &s : m_watch->monitor().readers()) {
        if (s.name == m_reader)
            present = s.cardPresent;
    }
    QVERIFY(!present);
}

QTEST_GUILESS_MAIN(TestCardPcsc)
#include "tst_card_pcsc.moc"
