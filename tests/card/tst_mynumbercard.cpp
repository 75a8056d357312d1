#include "card/FakeCardTransport.h"
#include "card/MyNumberCard.h"

#include "SimulatedCard.h"
#include "TestCardFiles.h"

#include <QTest>

using namespace kakanai;
using kakanai::test::hex;

namespace {

const QString kReader = QStringLiteral("Test Reader 00 00");

SecureBuffer pin(const char *digits)
{
    return SecureBuffer::fromBytes(digits);
}

bool isVerifyWithData(const QByteArray &apdu)
{
    return apdu.size() > 4 && apdu.startsWith(hex("00 20 00 80"));
}

int verifiesWithData(const FakeCardTransport &t)
{
    int n = 0;
    for (const QByteArray &a : t.sentApdus())
        n += isVerifyWithData(a) ? 1 : 0;
    return n;
}

QByteArray ok(const QByteArray &data = {})
{
    return data + hex("90 00");
}

// The card's session always ends powered off.
void verifyPoweredOff(const FakeCardTransport &t)
{
    QVERIFY(!t.isConnected());
    QVERIFY(t.lastDisconnect().has_value());
    QCOMPARE(*t.lastDisconnect(), CardTransport::Disposition::Unpower);
    QCOMPARE(t.calls().last(), QStringLiteral("disconnect unpower"));
}

} // namespace

class TestMyNumberCard : public QObject {
    Q_OBJECT
private slots:
    void exactApduSequence();
    void exactApduSequenceWithNumber();
    void exactApduSequenceMatchingCodeB();
    void chunking_data();
    void chunking();
    void sixCResendsWithExactLength();
    void sixOneUsesGetResponse();
    void shortAnswersAreContinued();
    void emptyAnswerIsAnError();
    void digestMismatch_data();
    void digestMismatch();
    void oneTryGuard();
    void oneTryConfirmedSendsOnce();
    void wrongPinIsReportedNotResent();
    void lastTryWrongBlocks();
    void blockedSendsNoPin();
    void alreadyVerifiedStillSendsPin();
    void notMyNumberCard_data();
    void notMyNumberCard();
    void retriesOnceAfter6F00();
    void twice6F00IsAnError();
    void failureAtEveryStep();
    void garbledAnswers();
    void malformedBasicInfo_data();
    void malformedBasicInfo();
    void badPinInputSendsNothing_data();
    void badPinInputSendsNothing();
    void matchingCodeBCannotReadNumber();
    void triesLeft();
    void connectFailureLeavesNothingOpen();
};

void TestMyNumberCard::exactApduSequence()
{
    test::BasicInfo info;
    const QByteArray f2 = test::ef0002(info);
    const QByteArray f1 = test::ef0001("123456789018");
    const QByteArray f3 = test::ef0003(f1, f2);
    QCOMPARE(f3.size(), 336);

    FakeCardTransport t;
    t.expect(hex("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08"), ok());
    t.expect(hex("00 A4 02 0C 02 00 11"), ok());
    t.expect(hex("00 20 00 80"), hex("63 C3"));
    t.expect(hex("00 20 00 80 04 34 38 32 31"), ok());
    t.expect(hex("00 A4 02 0C 02 00 02"), ok());
    t.expect(hex("00 B0 00 00 08"), ok(f2.left(8)));
    const int rest2 = static_cast<int>(f2.size() - 8);
    QVERIFY(rest2 < 256);
    t.expect(hex("00 B0 00 08") + QByteArray(1, static_cast<char>(rest2)), ok(f2.mid(8)));
    t.expect(hex("00 A4 02 0C 02 00 03"), ok());
    t.expect(hex("00 B0 00 00 08"), ok(f3.left(8)));
    t.expect(hex("00 B0 00 08 00"), ok(f3.mid(8, 256)));
    t.expect(hex("00 B0 01 08 48"), ok(f3.mid(264)));

    MyNumberCard card(t);
    auto r = card.read(kReader, pin("4821"));
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    QVERIFY2(t.allExpectationsMet(), qPrintable(t.mismatches().join(QLatin1Char('\n'))));
    QCOMPARE(r->name, info.name);
    QCOMPARE(r->address, info.address);
    QCOMPARE(r->birthDate, QDate(1980, 2, 17));
    QCOMPARE(r->sex, Sex::Male);
    QVERIFY(!r->individualNumber.has_value());
    QCOMPARE(card.apduCount(), 11);

    const QStringList expectedFrame = {QStringLiteral("connect %1 exclusive").arg(kReader), QStringLiteral("begin")};
    QCOMPARE(t.calls().mid(0, 2), expectedFrame);
    QCOMPARE(t.calls().mid(t.calls().size() - 2),
             (QStringList{QStringLiteral("end leave"), QStringLiteral("disconnect unpower")}));
    verifyPoweredOff(t);
}

void TestMyNumberCard::exactApduSequenceWithNumber()
{
    test::SimulatedCard sim;
    sim.pin = "4821";
    sim.setPerson(test::BasicInfo{}, "123456789018");
    FakeCardTransport t;
    t.setResponder([&sim](const QByteArray &a) { return sim(a); });

    MyNumberCard card(t);
    MyNumberCard::ReadOptions options;
    options.withIndividualNumber = true;
    auto r = card.read(kReader, pin("4821"), options);
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    QVERIFY(r->individualNumber.has_value());
    QVERIFY(r->individualNumber->equals("123456789018"));

    const QList<QByteArray> expected = {
        hex("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08"),
        hex("00 A4 02 0C 02 00 11"),
        hex("00 20 00 80"),
        hex("00 20 00 80 04 34 38 32 31"),
        hex("00 A4 02 0C 02 00 02"),
        hex("00 B0 00 00 08"),
        hex("00 B0 00 08") + QByteArray(1, static_cast<char>(test::ef0002(test::BasicInfo{}).size() - 8)),
        hex("00 A4 02 0C 02 00 01"),
        hex("00 B0 00 00 11"),
        hex("00 A4 02 0C 02 00 03"),
        hex("00 B0 00 00 08"),
        hex("00 B0 00 08 00"),
        hex("00 B0 01 08 48"),
    };
    QCOMPARE(t.sentApdus(), expected);
    verifyPoweredOff(t);
}

void TestMyNumberCard::exactApduSequenceMatchingCodeB()
{
    test::SimulatedCard sim;
    sim.setPerson(test::BasicInfo{});
    sim.pinTries = 0; // a forgotten, blocked PIN: 照合番号B still works
    FakeCardTransport t;
    t.setResponder([&sim](const QByteArray &a) { return sim(a); });

    MyNumberCard card(t);
    auto r = card.readWithMatchingCodeB(kReader, SecureBuffer::fromBytes("55021720352285"));
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->name, test::BasicInfo{}.name);
    QCOMPARE(t.sentApdus().at(1), hex("00 A4 02 0C 02 00 15"));
    QCOMPARE(t.sentApdus().at(2), hex("00 20 00 80"));
    QCOMPARE(t.sentApdus().at(3), hex("00 20 00 80 0E") + QByteArray("55021720352285"));
    for (const QByteArray &a : t.sentApdus())
        QVERIFY(a != hex("00 A4 02 0C 02 00 01")); // never EF 0001
    verifyPoweredOff(t);
}

void TestMyNumberCard::chunking_data()
{
    QTest::addColumn<int>("maxChunk");
    QTest::addColumn<int>("addressChars");
    QTest::newRow("256, short") << 256 << 10;
    QTest::newRow("256, long address") << 256 << 200; // 600 bytes: 0002 needs 82 xx xx and 3 reads
    QTest::newRow("1 byte per read") << 1 << 10;
    QTest::newRow("7") << 7 << 120;
    QTest::newRow("100") << 100 << 300;
}

void TestMyNumberCard::chunking()
{
    QFETCH(int, maxChunk);
    QFETCH(int, addressChars);
    test::BasicInfo info;
    info.name = QStringLiteral("𠮷野\u3000𠮷子");
    info.address = QString(addressChars, QChar(0x6771));
    test::SimulatedCard sim;
    sim.setPerson(info);
    sim.maxChunk = maxChunk;
    FakeCardTransport t;
    t.setResponder([&sim](const QByteArray &a) { return sim(a); });

    MyNumberCard card(t);
    MyNumberCard::ReadOptions options;
    options.withIndividualNumber = true;
    auto r = card.read(kReader, pin("1234"), options);
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->name, info.name);
    QCOMPARE(r->address, info.address);
    QVERIFY(r->individualNumber->equals("123456789018"));
    // Reads never go past the element: the last READ of EF 0002 ends at its TLV end.
    for (const QByteArray &a : t.sentApdus()) {
        if (a.startsWith(hex("00 B0")))
            QCOMPARE(a.size(), 5);
    }
}

void TestMyNumberCard::sixCResendsWithExactLength()
{
    test::SimulatedCard sim;
    sim.setPerson(test::BasicInfo{});
    sim.sixCAbove = 0x20;
    FakeCardTransport t;
    t.setResponder([&sim](const QByteArray &a) { return sim(a); });
    MyNumberCard card(t);
    auto r = card.read(kReader, pin("1234"));
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    // Each 6C 20 was followed by the same READ BINARY with Le = 20.
    const auto &sent = t.sentApdus();
    int resends = 0;
    for (qsizetype i = 1; i < sent.size(); ++i) {
        const QByteArray &before = sent.at(i - 1);
        if (!before.startsWith(hex("00 B0")) || before.size() != 5)
            continue;
        const int le = static_cast<quint8>(before.at(4)) == 0 ? 256 : static_cast<quint8>(before.at(4));
        if (le > 0x20) {
            QCOMPARE(sent.at(i).left(4), before.left(4));
            QCOMPARE(static_cast<quint8>(sent.at(i).at(4)), quint8(0x20));
            ++resends;
        }
    }
    QVERIFY(resends > 0);
}

void TestMyNumberCard::sixOneUsesGetResponse()
{
    test::SimulatedCard sim;
    test::BasicInfo info;
    info.address = QString(150, QChar(0x6771));
    sim.setPerson(info);
    sim.sixOneAfter = 10;
    FakeCardTransport t;
    t.setResponder([&sim](const QByteArray &a) { return sim(a); });
    MyNumberCard card(t);
    auto r = card.read(kReader, pin("1234"));
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->address, info.address);
    bool sawGetResponse = false;
    for (const QByteArray &a : t.sentApdus())
        sawGetResponse = sawGetResponse || a.startsWith(hex("00 C0 00 00"));
    QVERIFY(sawGetResponse);
}

void TestMyNumberCard::shortAnswersAreContinued()
{
    // A card that returns 3 bytes whatever is asked: the header probe itself needs 3 reads.
    test::SimulatedCard sim;
    sim.setPerson(test::BasicInfo{});
    sim.maxChunk = 3;
    FakeCardTransport t;
    t.setResponder([&sim](const QByteArray &a) { return sim(a); });
    MyNumberCard card(t);
    auto r = card.read(kReader, pin("1234"));
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(t.sentApdus().at(5), hex("00 B0 00 00 08"));
    QCOMPARE(t.sentApdus().at(6), hex("00 B0 00 03 05"));
    QCOMPARE(t.sentApdus().at(7), hex("00 B0 00 06 02"));
}

void TestMyNumberCard::emptyAnswerIsAnError()
{
    test::SimulatedCard sim;
    sim.setPerson(test::BasicInfo{});
    FakeCardTransport t;
    t.setResponder([&sim](const QByteArray &a) -> Result<QByteArray> {
        if (a.startsWith(hex("00 B0 00 08")))
            return hex("90 00"); // no data, "ok"
        return sim(a);
    });
    MyNumberCard card(t);
    auto r = card.read(kReader, pin("1234"));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::CardUnexpectedAnswer);
    QVERIFY(t.sentApdus().size() < 20); // no loop
    verifyPoweredOff(t);
}

void TestMyNumberCard::digestMismatch_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("withNumber");
    QTest::newRow("DF32 altered") << QStringLiteral("df32") << false;
    QTest::newRow("EF 0002 altered after signing") << QStringLiteral("ef0002") << false;
    QTest::newRow("DF31 altered") << QStringLiteral("df31") << true;
    QTest::newRow("EF 0001 altered after signing") << QStringLiteral("ef0001") << true;
}

void TestMyNumberCard::digestMismatch()
{
    QFETCH(QString, what);
    QFETCH(bool, withNumber);
    test::SimulatedCard sim;
    sim.setPerson(test::BasicInfo{});
    QByteArray &f3 = sim.files[0x0003];
    if (what == QLatin1String("df31"))
        f3[10] = static_cast<char>(f3.at(10) ^ 1); // DF 31 value starts at 8
    else if (what == QLatin1String("df32"))
        f3[50] = static_cast<char>(f3.at(50) ^ 1); // DF 32 value starts at 43
    else if (what == QLatin1String("ef0002"))
        sim.files[0x0002] = test::ef0002(test::BasicInfo{QStringLiteral("山田\u3000次郎")}, 1024);
    else
        sim.files[0x0001] = test::ef0001("123456789026");
    FakeCardTransport t;
    t.setResponder([&sim](const QByteArray &a) { return sim(a); });
    MyNumberCard card(t);
    MyNumberCard::ReadOptions options;
    options.withIndividualNumber = withNumber;
    auto r = card.read(kReader, pin("1234"), options);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::CardIntegrity);
    verifyPoweredOff(t);
}

void TestMyNumberCard::oneTryGuard()
{
    FakeCardTransport t;
    t.expect(hex("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08"), ok());
    t.expect(hex("00 A4 02 0C 02 00 11"), ok());
    t.expect(hex("00 20 00 80"), hex("63 C1"));
    MyNumberCard card(t);
    auto r = card.read(kReader, pin("4821"));
    QVERIFY(!r.has_value());
    QVERIFY(MyNumberCard::needsLastTryConfirmation(r.error()));
    QCOMPARE(r.error().triesLeft(), 1);
    QVERIFY(t.allExpectationsMet());
    QCOMPARE(verifiesWithData(t), 0);
    QCOMPARE(t.sentApdus().size(), 3);
    verifyPoweredOff(t);
    // Other errors are not mistaken for it.
    QVERIFY(!MyNumberCard::needsLastTryConfirmation(Error(ErrorCode::Cancelled, QStringLiteral("x"))));
    QVERIFY(!MyNumberCard::needsLastTryConfirmation(Error(ErrorCode::CardWrongPin, QStringLiteral("x")).withTriesLeft(1)));
}

void TestMyNumberCard::oneTryConfirmedSendsOnce()
{
    test::SimulatedCard sim;
    sim.setPerson(test::BasicInfo{});
    sim.pinTries = 1;
    FakeCardTransport t;
    t.setResponder([&sim](const QByteArray &a) { return sim(a); });
    MyNumberCard card(t);
    MyNumberCard::ReadOptions options;
    options.confirmLastTry = true;
    auto r = card.read(kReader, pin("1234"), options);
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(verifiesWithData(t), 1);
    QCOMPARE(sim.pinTries, 3);
}

void TestMyNumberCard::wrongPinIsReportedNotResent()
{
    test::SimulatedCard sim;
    sim.setPerson(test::BasicInfo{});
    FakeCardTransport t;
    t.setResponder([&sim](const QByteArray &a) { return sim(a); });
    MyNumberCard card(t);
    auto r = card.read(kReader, pin("9999"));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::CardWrongPin);
    QCOMPARE(r.error().triesLeft(), 2);
    QCOMPARE(verifiesWithData(t), 1);
    QCOMPARE(t.sentApdus().size(), 4); // nothing after the failed VERIFY
    verifyPoweredOff(t);
    QVERIFY(!r.error().message().contains(QLatin1String("9999")));
    QVERIFY(!r.error().technicalDetail().contains(QLatin1String("9999")));

    // The next call queries again and sees 2.
    FakeCardTransport t2;
    t2.setResponder([&sim](const QByteArray &a) { return sim(a); });
    MyNumberCard card2(t2);
    auto tries = card2.triesLeft(kReader);
    QVERIFY(tries.has_value());
    QCOMPARE(*tries, 2);
}

void TestMyNumberCard::lastTryWrongBlocks()
{
    test::SimulatedCard sim;
    sim.setPerson(test::BasicInfo{});
    sim.pinTries = 1;
    FakeCardTransport t;
    t.setResponder([&sim](const QByteArray &a) { return sim(a); });
    MyNumberCard card(t);
    MyNumberCard::ReadOptions options;
    options.confirmLastTry = true;
    auto r = card.read(kReader, pin("9999"), options);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::CardPinBlocked);
    QCOMPARE(r.error().triesLeft(), 0);
    QCOMPARE(sim.pinTries, 0);
}

void TestMyNumberCard::blockedSendsNoPin()
{
    for (const QByteArray &answer : {hex("69 84"), hex("63 C0")}) {
        FakeCardTransport t;
        t.expect(hex("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08"), ok());
        t.expect(hex("00 A4 02 0C 02 00 11"), ok());
        t.expect(hex("00 20 00 80"), answer);
        MyNumberCard card(t);
        MyNumberCard::ReadOptions options;
        options.confirmLastTry = true;
        auto r = card.read(kReader, pin("4821"), options);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code(), ErrorCode::CardPinBlocked);
        QCOMPARE(verifiesWithData(t), 0);
        QVERIFY(t.allExpectationsMet());
        verifyPoweredOff(t);
    }
}

void TestMyNumberCard::alreadyVerifiedStillSendsPin()
{
    test::SimulatedCard sim;
    sim.setPerson(test::BasicInfo{});
    FakeCardTransport t;
    t.setResponder([&sim](const QByteArray &a) -> Result<QByteArray> {
        if (a == hex("00 20 00 80"))
            return hex("90 00"); // left verified by someone else
        return sim(a);
    });
    MyNumberCard card(t);
    auto r = card.read(kReader, pin("1234"));
    QVERIFY(r.has_value());
    QCOMPARE(verifiesWithData(t), 1);
}

void TestMyNumberCard::notMyNumberCard_data()
{
    QTest::addColumn<QByteArray>("sw");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("6A 82") << hex("6A 82") << ErrorCode::CardNotMyNumber;
    QTest::newRow("6D 00") << hex("6D 00") << ErrorCode::CardNotMyNumber;
    QTest::newRow("6E 00") << hex("6E 00") << ErrorCode::CardNotMyNumber;
    QTest::newRow("6A 86") << hex("6A 86") << ErrorCode::CardNotMyNumber;
    QTest::newRow("65 81") << hex("65 81") << ErrorCode::CardUnexpectedAnswer;
    QTest::newRow("data + 90 00") << hex("6F 10 84 08 90 00") << ErrorCode::CardUnexpectedAnswer;
    QTest::newRow("1 byte") << hex("90") << ErrorCode::CardUnexpectedAnswer;
}

void TestMyNumberCard::notMyNumberCard()
{
    QFETCH(QByteArray, sw);
    QFETCH(ErrorCode, code);
    FakeCardTransport t;
    t.expect(hex("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08"), sw);
    MyNumberCard card(t);
    auto r = card.read(kReader, pin("4821"));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), code);
    QCOMPARE(t.sentApdus().size(), 1);
    verifyPoweredOff(t);
}

void TestMyNumberCard::retriesOnceAfter6F00()
{
    test::SimulatedCard sim;
    sim.setPerson(test::BasicInfo{});
    sim.first6F00 = true;
    FakeCardTransport t;
    t.setResponder([&sim](const QByteArray &a) { return sim(a); });
    MyNumberCard card(t);
    auto r = card.read(kReader, pin("1234"));
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(t.sentApdus().at(0), t.sentApdus().at(1));
    QCOMPARE(card.apduCount(), 12);
}

void TestMyNumberCard::twice6F00IsAnError()
{
    FakeCardTransport t;
    const QByteArray select = hex("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08");
    t.expect(select, hex("6F 00"));
    t.expect(select, hex("6F 00"));
    MyNumberCard card(t);
    auto r = card.read(kReader, pin("4821"));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::CardUnexpectedAnswer);
    QCOMPARE(t.sentApdus().size(), 2);
}

void TestMyNumberCard::failureAtEveryStep()
{
    // Walk the failure point through the whole read (the card pulled out
    // after N APDUs): never a CardHolder, always powered off at the end.
    test::SimulatedCard reference;
    reference.setPerson(test::BasicInfo{});
    int total = 0;
    {
        FakeCardTransport t;
        t.setResponder([&reference](const QByteArray &a) { return reference(a); });
        MyNumberCard card(t);
        MyNumberCard::ReadOptions options;
        options.withIndividualNumber = true;
        QVERIFY(card.read(kReader, pin("1234"), options).has_value());
        total = card.apduCount();
    }
    QCOMPARE(total, 13);
    for (int n = 0; n < total; ++n) {
        test::SimulatedCard sim;
        sim.setPerson(test::BasicInfo{});
        FakeCardTransport t;
        t.setResponder([&sim](const QByteArray &a) { return sim(a); });
        t.failTransmitsAfter(n, Error(ErrorCode::CardRemoved, QStringLiteral("removed")));
        MyNumberCard card(t);
        MyNumberCard::ReadOptions options;
        options.withIndividualNumber = true;
        auto r = card.read(kReader, pin("1234"), options);
        QVERIFY2(!r.has_value(), qPrintable(QStringLiteral("n=%1").arg(n)));
        QCOMPARE(r.error().code(), ErrorCode::CardRemoved);
        QCOMPARE(card.apduCount(), n + 1);
        verifyPoweredOff(t);
    }
}

void TestMyNumberCard::garbledAnswers()
{
    // From APDU N on, the card answers noise ending in SW 12 34.
    for (int n = 0; n < 11; ++n) {
        test::SimulatedCard sim;
        sim.setPerson(test::BasicInfo{});
        int count = 0;
        FakeCardTransport t;
        t.setResponder([&sim, &count, n](const QByteArray &a) -> Result<QByteArray> {
            if (count++ >= n)
                return QByteArray::fromHex("A1B2C3D4E5F60718") + hex("12 34");
            return sim(a);
        });
        MyNumberCard card(t);
        auto r = card.read(kReader, pin("1234"));
        QVERIFY2(!r.has_value(), qPrintable(QStringLiteral("n=%1").arg(n)));
        QCOMPARE(r.error().code(), ErrorCode::CardUnexpectedAnswer);
        verifyPoweredOff(t);
    }
}

void TestMyNumberCard::malformedBasicInfo_data()
{
    QTest::addColumn<QByteArray>("ef0002");
    using test::tlv;
    const QByteArray offsets = tlv(0xDF21, QByteArray(8, '\0'));
    const QByteArray name = tlv(0xDF22, QByteArray("A"));
    const QByteArray address = tlv(0xDF23, QByteArray("B"));
    const QByteArray birth = tlv(0xDF24, QByteArray("19800217"));
    const QByteArray sex = tlv(0xDF25, QByteArray("1"));
    QTest::newRow("sex missing") << tlv(0xFF20, offsets + name + address + birth);
    QTest::newRow("sex not ISO 5218") << tlv(0xFF20, offsets + name + address + birth + tlv(0xDF25, QByteArray("M")));
    QTest::newRow("birth date not a date") << tlv(0xFF20, offsets + name + address + tlv(0xDF24, QByteArray("19800230")) + sex);
    QTest::newRow("birth date not digits") << tlv(0xFF20, offsets + name + address + tlv(0xDF24, QByteArray("1980-2-1")) + sex);
    QTest::newRow("name not UTF-8") << tlv(0xFF20, offsets + tlv(0xDF22, hex("C3 28")) + address + birth + sex);
    QTest::newRow("empty name") << tlv(0xFF20, offsets + tlv(0xDF22, QByteArray()) + address + birth + sex);
    // Issue 10, item 9: a NUL (or any control character) cut names short in
    // C strings and hid text on paper; it was accepted.
    QTest::newRow("NUL inside the name")
        << tlv(0xFF20, offsets + tlv(0xDF22, QByteArray("\xE5\xB1\xB1\xE7\x94\xB0\0\xE5\xA4\xAA", 10)) + address + birth + sex);
    QTest::newRow("escape in the address") << tlv(0xFF20, offsets + name + tlv(0xDF23, QByteArray("B\x1B[2J")) + birth + sex);
    QTest::newRow("C1 control in the name") << tlv(0xFF20, offsets + tlv(0xDF22, hex("41 C2 85 42")) + address + birth + sex);
    QTest::newRow("wrong outer tag") << tlv(0xFF21, offsets + name + address + birth + sex);
    QTest::newRow("child overruns") << (hex("FF 20 06") + hex("DF 22 09 41 42 43"));
    QTest::newRow("header claims too much") << (hex("FF 20 82 7F 00") + QByteArray(20, 'x'));
    QTest::newRow("all filler") << QByteArray(64, '\xFF');
}

void TestMyNumberCard::malformedBasicInfo()
{
    QFETCH(QByteArray, ef0002);
    test::SimulatedCard sim;
    sim.setPerson(test::BasicInfo{});
    sim.files[0x0002] = ef0002 + QByteArray(64, '\xFF');
    FakeCardTransport t;
    t.setResponder([&sim](const QByteArray &a) { return sim(a); });
    MyNumberCard card(t);
    auto r = card.read(kReader, pin("1234"));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::CardUnexpectedAnswer);
    verifyPoweredOff(t);
}

void TestMyNumberCard::badPinInputSendsNothing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("3 digits") << QByteArray("123");
    QTest::newRow("5 digits") << QByteArray("12345");
    QTest::newRow("letter") << QByteArray("12a4");
    QTest::newRow("empty") << QByteArray();
}

void TestMyNumberCard::badPinInputSendsNothing()
{
    QFETCH(QByteArray, input);
    FakeCardTransport t;
    MyNumberCard card(t);
    auto r = card.read(kReader, SecureBuffer::fromBytes(input));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::InvalidArgument);
    QVERIFY(t.calls().isEmpty());
}

void TestMyNumberCard::matchingCodeBCannotReadNumber()
{
    FakeCardTransport t;
    MyNumberCard card(t);
    MyNumberCard::ReadOptions options;
    options.withIndividualNumber = true;
    auto r = card.readWithMatchingCodeB(kReader, SecureBuffer::fromBytes("55021720352285"), options);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::InvalidArgument);
    QVERIFY(t.calls().isEmpty());
    auto shortCode = card.readWithMatchingCodeB(kReader, SecureBuffer::fromBytes("5502172035228"));
    QVERIFY(!shortCode.has_value());
    QVERIFY(t.calls().isEmpty());
}

void TestMyNumberCard::triesLeft()
{
    FakeCardTransport t;
    t.expect(hex("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08"), ok());
    t.expect(hex("00 A4 02 0C 02 00 11"), ok());
    t.expect(hex("00 20 00 80"), hex("63 C2"));
    MyNumberCard card(t);
    auto r = card.triesLeft(kReader);
    QVERIFY(r.has_value());
    QCOMPARE(*r, 2);
    QVERIFY(t.allExpectationsMet());
    verifyPoweredOff(t);

    FakeCardTransport b;
    b.expect(hex("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08"), ok());
    b.expect(hex("00 A4 02 0C 02 00 15"), ok());
    b.expect(hex("00 20 00 80"), hex("69 84"));
    MyNumberCard cardB(b);
    auto blocked = cardB.triesLeft(kReader, MyNumberCard::Key::MatchingCodeB);
    QVERIFY(!blocked.has_value());
    QCOMPARE(blocked.error().code(), ErrorCode::CardPinBlocked);
}

void TestMyNumberCard::connectFailureLeavesNothingOpen()
{
    FakeCardTransport t;
    t.failNextConnect(Error(ErrorCode::NoCard, QStringLiteral("no card")));
    MyNumberCard card(t);
    auto r = card.read(kReader, pin("1234"));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::NoCard);
    QVERIFY(t.sentApdus().isEmpty());

    FakeCardTransport t2;
    t2.failNextBegin(Error(ErrorCode::CardBusy, QStringLiteral("busy")));
    MyNumberCard card2(t2);
    auto r2 = card2.read(kReader, pin("1234"));
    QVERIFY(!r2.has_value());
    QCOMPARE(r2.error().code(), ErrorCode::CardBusy);
    QVERIFY(t2.sentApdus().isEmpty());
    verifyPoweredOff(t2);
}

QTEST_GUILESS_MAIN(TestMyNumberCard)
#include "tst_mynumbercard.moc"
