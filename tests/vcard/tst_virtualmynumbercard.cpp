// Unit tests of the virtual My Number card's APDU logic (no sockets).

#include "PersonFile.h"
#include "VirtualMyNumberCard.h"

#include <QCryptographicHash>
#include <QTest>

using namespace kakanai::vcard;
Q_DECLARE_METATYPE(kakanai::vcard::Person)
using Card = VirtualMyNumberCard;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text); // spaces are skipped
}

quint16 sw(const QByteArray &response)
{
    if (response.size() < 2)
        return 0;
    return static_cast<quint16>((static_cast<quint8>(response.at(response.size() - 2)) << 8)
                                | static_cast<quint8>(response.at(response.size() - 1)));
}

QByteArray dataOf(const QByteArray &response)
{
    return response.left(response.size() - 2);
}

QByteArray selectAid(Card::Application app)
{
    return hex("00 A4 04 0C 0A") + Card::aid(app);
}

QByteArray selectEf(quint16 fid)
{
    QByteArray a = hex("00 A4 02 0C 02");
    a.append(static_cast<char>(fid >> 8));
    a.append(static_cast<char>(fid & 0xFF));
    return a;
}

QByteArray verifyApdu(const QByteArray &value)
{
    if (value.isEmpty())
        return hex("00 20 00 80");
    QByteArray a = hex("00 20 00 80");
    a.append(static_cast<char>(value.size()));
    return a + value;
}

QByteArray readBinary(int offset, int le)
{
    QByteArray a = hex("00 B0");
    a.append(static_cast<char>((offset >> 8) & 0xFF));
    a.append(static_cast<char>(offset & 0xFF));
    a.append(static_cast<char>(le & 0xFF)); // 256 → 00
    return a;
}

Person yamada()
{
    Person p;
    p.name = QStringLiteral("山田　太郎");
    p.address = QStringLiteral("東京都千代田区霞が関２－１－２");
    p.birthDate = QDate(1980, 2, 17);
    p.sex = QLatin1Char('1');
    p.individualNumber = "123456789018";
    p.pin = "4821";
    p.triesLeft = 3;
    p.expiryYear = 2035;
    p.securityCode = "2285";
    return p;
}

QString fixturePath()
{
    return QStringLiteral(KAKANAI_VCARD_TEST_DATA_DIR "/persons.json");
}

QList<Person> fixturePersons()
{
    auto r = PersonFile::load(fixturePath());
    if (!r)
        qFatal("fixture persons: %s", qPrintable(r.error()));
    return *r;
}

// A powered card with 券面事項入力補助AP selected.
void openTextAp(Card &card)
{
    card.powerOn();
    QCOMPARE(sw(card.processApdu(selectAid(Card::Application::TextInput))), 0x9000);
}

void presentKey(Card &card, quint16 keyFid, const QByteArray &value, quint16 expectedSw = 0x9000)
{
    QCOMPARE(sw(card.processApdu(selectEf(keyFid))), 0x9000);
    QCOMPARE(sw(card.processApdu(verifyApdu(value))), expectedSw);
}

// Reads the selected EF to its physical end as an app would: chunk after
// chunk, taking whatever the card returns, until 6B 00.
QByteArray readWholeEf(Card &card, int le = 256, int maxExpectedChunk = 256)
{
    QByteArray out;
    for (int guard = 0; guard < 5000; ++guard) {
        const QByteArray r = card.processApdu(readBinary(static_cast<int>(out.size()), le));
        if (sw(r) == 0x6B00)
            return out;
        if (sw(r) != 0x9000) {
            qWarning("READ BINARY answered %04X", sw(r));
            return {};
        }
        const QByteArray d = dataOf(r);
        if (d.isEmpty() || d.size() > std::min(le, maxExpectedChunk)) {
            qWarning("READ BINARY returned %d bytes", static_cast<int>(d.size()));
            return {};
        }
        out += d;
    }
    return {};
}

// ---- a tiny test-only BER-TLV walk (two-byte tags as on the card) ----------
struct Tlv {
    int tag = -1;
    int headerStart = 0;
    int valueStart = 0;
    int length = 0;
};

// Reads one TLV at `pos` with a 1- or 2-byte tag (second byte when the low 5
// bits of the first are all ones). Returns tag -1 on filler (00/FF) or error.
Tlv readTlv(const QByteArray &b, int pos)
{
    Tlv t;
    t.headerStart = pos;
    if (pos >= b.size())
        return t;
    const auto at = [&](int i) { return static_cast<quint8>(b.at(i)); };
    int tag = at(pos++);
    if ((tag & 0x1F) == 0x1F) {
        if (pos >= b.size())
            return t;
        tag = (tag << 8) | at(pos++);
    }
    if (pos >= b.size())
        return t;
    int len = at(pos++);
    if (len == 0x81) {
        len = at(pos++);
    } else if (len == 0x82) {
        len = (at(pos) << 8) | at(pos + 1);
        pos += 2;
    } else if (len > 0x80) {
        return t;
    }
    if (pos + len > b.size())
        return t;
    t.tag = tag;
    t.valueStart = pos;
    t.length = len;
    return t;
}

struct Attributes {
    QString name;
    QString address;
    QByteArray birthDate;
    QByteArray sex;
    QList<int> offsets;       // the DF21 table
    QList<int> actualOffsets; // where DF22..DF25 really start
    QByteArray digestSource;  // outer value from DF22 to its end
    int tlvEnd = 0;
};

std::optional<Attributes> parseEf0002(const QByteArray &file)
{
    const Tlv outer = readTlv(file, 0);
    if (outer.tag != 0xFF20)
        return std::nullopt;
    Attributes a;
    int pos = outer.valueStart;
    const int end = outer.valueStart + outer.length;
    while (pos < end) {
        const quint8 first = static_cast<quint8>(file.at(pos));
        if (first == 0x00 || first == 0xFF)
            break;
        const Tlv t = readTlv(file, pos);
        if (t.tag < 0 || t.valueStart + t.length > end)
            return std::nullopt;
        const QByteArray v = file.mid(t.valueStart, t.length);
        switch (t.tag) {
        case 0xDF21:
            for (int i = 0; i + 1 < v.size(); i += 2)
                a.offsets.append((static_cast<quint8>(v.at(i)) << 8) | static_cast<quint8>(v.at(i + 1)));
            a.digestSource = file.mid(t.valueStart + t.length, end - (t.valueStart + t.length));
            break;
        case 0xDF22:
            a.name = QString::fromUtf8(v);
            a.actualOffsets.append(t.headerStart);
            break;
        case 0xDF23:
            a.address = QString::fromUtf8(v);
            a.actualOffsets.append(t.headerStart);
            break;
        case 0xDF24:
            a.birthDate = v;
            a.actualOffsets.append(t.headerStart);
            break;
        case 0xDF25:
            a.sex = v;
            a.actualOffsets.append(t.headerStart);
            break;
        default:
            return std::nullopt;
        }
        pos = t.valueStart + t.length;
    }
    a.tlvEnd = end;
    return a;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace

class TestVirtualMyNumberCard : public QObject {
    Q_OBJECT

private slots:
    void atr();
    void unpoweredCardAnswers6F00();

    void selectApplication_data();
    void selectApplication();
    void failedSelectKeepsSelection();
    void selectElementaryFile_data();
    void selectElementaryFile();
    void jpkiToken();

    void verify_data();
    void verify();
    void verifyErrors_data();
    void verifyErrors();
    void keysHaveTheirOwnCounters();

    void keyAccess_data();
    void keyAccess();
    void readBinaryErrors_data();
    void readBinaryErrors();
    void ef0001Contents();
    void ef0004IsPublicCertificateShape();

    void ef0002RoundTrip_data();
    void ef0002RoundTrip();
    void ef0002LengthForms_data();
    void ef0002LengthForms();
    void ef0003Digests_data();
    void ef0003Digests();
    void chunkedReads_data();
    void chunkedReads();

    void powerOffClearsVerification();
    void resetKeepsVerification();
    void foreignCard();
    void claAndInsErrors_data();
    void claAndInsErrors();
    void first6F00();
    void garbleAfter();

    void eraYear_data();
    void eraYear();
    void checkDigit_data();
    void checkDigit();
};

void TestVirtualMyNumberCard::atr()
{
    QCOMPARE(Card::atr(), hex("3B E0 00 FF 81 31 FE 45 14"));
}

void TestVirtualMyNumberCard::unpoweredCardAnswers6F00()
{
    Card card(yamada());
    QCOMPARE(sw(card.processApdu(selectAid(Card::Application::TextInput))), 0x6F00);
    card.powerOn();
    QCOMPARE(sw(card.processApdu(selectAid(Card::Application::TextInput))), 0x9000);
}

void TestVirtualMyNumberCard::selectApplication_data()
{
    QTest::addColumn<QByteArray>("apdu");
    QTest::addColumn<int>("expectedSw");

    QTest::newRow("券面事項入力補助AP") << selectAid(Card::Application::TextInput) << 0x9000;
    QTest::newRow("券面事項確認AP") << selectAid(Card::Application::Surface) << 0x9000;
    QTest::newRow("JPKI-AP") << selectAid(Card::Application::Jpki) << 0x9000;
    QTest::newRow("住基AP") << selectAid(Card::Application::Juki) << 0x9000;
    QTest::newRow("partial AID (9 bytes)") << hex("00 A4 04 0C 09 D3 92 10 00 31 00 01 01 04") << 0x6A82;
    QTest::newRow("partial AID (7 bytes)") << hex("00 A4 04 0C 07 D3 92 F0 00 26 01 00") << 0x6A82;
    QTest::newRow("AID with an extra byte") << hex("00 A4 04 0C 0B D3 92 10 00 31 00 01 01 04 08 00") << 0x6A82;
    QTest::newRow("unknown AID") << hex("00 A4 04 0C 07 A0 00 00 00 03 10 10") << 0x6A82;
    QTest::newRow("P2 00 (FCI)") << hex("00 A4 04 00 0A D3 92 10 00 31 00 01 01 04 08") << 0x6A86;
    QTest::newRow("P1 00") << hex("00 A4 00 0C 02 3F 00") << 0x6A86;
    QTest::newRow("P1 01") << hex("00 A4 01 0C 02 00 01") << 0x6A86;
    QTest::newRow("no data") << hex("00 A4 04 0C") << 0x6700;
    QTest::newRow("Lc longer than data") << hex("00 A4 04 0C 0B D3 92 10 00 31 00 01 01 04 08") << 0x6700;
    QTest::newRow("Lc shorter than data") << hex("00 A4 04 0C 05 D3 92 10 00 31 00 01 01 04 08") << 0x6700;
    QTest::newRow("with Le (case 4)") << hex("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08 00") << 0x9000;
}

void TestVirtualMyNumberCard::selectApplication()
{
    QFETCH(QByteArray, apdu);
    QFETCH(int, expectedSw);
    Card card(yamada());
    card.powerOn();
    const QByteArray r = card.processApdu(apdu);
    QCOMPARE(sw(r), expectedSw);
    QCOMPARE(r.size(), 2); // SELECT with P2 0C never returns data
}

void TestVirtualMyNumberCard::failedSelectKeepsSelection()
{
    Card card(yamada());
    openTextAp(card);
    QCOMPARE(sw(card.processApdu(selectEf(0x0004))), 0x9000);
    QCOMPARE(sw(card.processApdu(hex("00 A4 04 0C 09 D3 92 10 00 31 00 01 01 04"))), 0x6A82);
    QCOMPARE(sw(card.processApdu(selectEf(0x0099))), 0x6A82);
    QCOMPARE(sw(card.processApdu(readBinary(0, 4))), 0x9000); // still 0004
    QCOMPARE(card.selectedApplication(), Card::Application::TextInput);
}

void TestVirtualMyNumberCard::selectElementaryFile_data()
{
    QTest::addColumn<int>("app"); // Card::Application, -1 for none
    QTest::addColumn<QByteArray>("apdu");
    QTest::addColumn<int>("expectedSw");

    const int text = static_cast<int>(Card::Application::TextInput);
    for (quint16 fid : {0x0001, 0x0002, 0x0003, 0x0004, 0x0011, 0x0012, 0x0014, 0x0015})
        QTest::addRow("text AP EF %04X", fid) << text << selectEf(fid) << 0x9000;
    for (quint16 fid : {0x0000, 0x0005, 0x0006, 0x0013, 0x3F00})
        QTest::addRow("text AP unknown EF %04X", fid) << text << selectEf(fid) << 0x6A82;
    const int jpki = static_cast<int>(Card::Application::Jpki);
    QTest::newRow("JPKI EF 0006") << jpki << selectEf(0x0006) << 0x9000;
    QTest::newRow("JPKI EF 0001 (not modelled)") << jpki << selectEf(0x0001) << 0x6A82;
    QTest::newRow("JPKI EF 0018 (not modelled)") << jpki << selectEf(0x0018) << 0x6A82;
    QTest::newRow("券面事項確認AP EF 0001") << static_cast<int>(Card::Application::Surface) << selectEf(0x0001) << 0x6A82;
    QTest::newRow("住基AP EF 0001") << static_cast<int>(Card::Application::Juki) << selectEf(0x0001) << 0x6A82;
    QTest::newRow("no AP selected") << -1 << selectEf(0x0001) << 0x6A82;
    QTest::newRow("3-byte file id") << text << hex("00 A4 02 0C 03 00 00 01") << 0x6700;
    QTest::newRow("1-byte file id") << text << hex("00 A4 02 0C 01 01") << 0x6700;
    QTest::newRow("P2 04") << text << hex("00 A4 02 04 02 00 01") << 0x6A86;
}

void TestVirtualMyNumberCard::selectElementaryFile()
{
    QFETCH(int, app);
    QFETCH(QByteArray, apdu);
    QFETCH(int, expectedSw);
    Card card(yamada());
    card.powerOn();
    if (app >= 0)
        QCOMPARE(sw(card.processApdu(selectAid(static_cast<Card::Application>(app)))), 0x9000);
    QCOMPARE(sw(card.processApdu(apdu)), expectedSw);
}

void TestVirtualMyNumberCard::jpkiToken()
{
    Card card(yamada());
    card.powerOn();
    QCOMPARE(sw(card.processApdu(selectAid(Card::Application::Jpki))), 0x9000);
    QCOMPARE(sw(card.processApdu(selectEf(0x0006))), 0x9000);
    const QByteArray r = card.processApdu(readBinary(0, 0x20));
    QCOMPARE(sw(r), 0x9000);
    QCOMPARE(dataOf(r), QByteArray("JPKIAPICCTOKEN2                 "));
    QCOMPARE(dataOf(r).trimmed(), QByteArray("JPKIAPICCTOKEN2"));
}

// A sequence of VERIFY attempts on one key; "" is the tries query (no data).
void TestVirtualMyNumberCard::verify_data()
{
    QTest::addColumn<int>("keyFid");
    QTest::addColumn<int>("initialTries");
    QTest::addColumn<QByteArrayList>("attempts");
    QTest::addColumn<QList<int>>("expectedSws");
    QTest::addColumn<int>("finalTries");

    const QByteArray pin = "4821";
    const QByteArray wrong = "0000";
    QTest::newRow("right PIN") << 0x11 << 3 << QByteArrayList{pin} << QList<int>{0x9000} << 3;
    QTest::newRow("wrong once") << 0x11 << 3 << QByteArrayList{wrong} << QList<int>{0x63C2} << 2;
    QTest::newRow("three wrong block, right PIN stays blocked")
        << 0x11 << 3 << QByteArrayList{wrong, wrong, wrong, pin, pin, ""}
        << QList<int>{0x63C2, 0x63C1, 0x63C0, 0x6984, 0x6984, 0x6984} << 0;
    QTest::newRow("right PIN resets the counter")
        << 0x11 << 3 << QByteArrayList{wrong, wrong, pin, wrong, ""}
        << QList<int>{0x63C2, 0x63C1, 0x9000, 0x63C2, 0x63C2} << 2;
    QTest::newRow("one try left: wrong blocks") << 0x11 << 1 << QByteArrayList{"", wrong, pin}
                                                << QList<int>{0x63C1, 0x63C0, 0x6984} << 0;
    QTest::newRow("one try left: right restores 3") << 0x11 << 1 << QByteArrayList{pin, wrong}
                                                    << QList<int>{0x9000, 0x63C2} << 2;
    QTest::newRow("blocked from the start") << 0x11 << 0 << QByteArrayList{"", pin} << QList<int>{0x6984, 0x6984} << 0;
    QTest::newRow("query does not spend a try")
        << 0x11 << 3 << QByteArrayList{"", "", wrong, "", ""} << QList<int>{0x63C3, 0x63C3, 0x63C2, 0x63C2, 0x63C2} << 2;
    QTest::newRow("query after success answers 9000") << 0x11 << 3 << QByteArrayList{pin, ""}
                                                      << QList<int>{0x9000, 0x9000} << 3;
    QTest::newRow("wrong length spends no try")
        << 0x11 << 3 << QByteArrayList{"482", "48210", "48211234", ""} << QList<int>{0x6700, 0x6700, 0x6700, 0x63C3} << 3;
    QTest::newRow("non-digit PIN of the right length is just wrong") << 0x11 << 3 << QByteArrayList{"48a1"}
                                                                     << QList<int>{0x63C2} << 2;
    QTest::newRow("照合番号A right") << 0x14 << 3 << QByteArrayList{"", "123456789018"} << QList<int>{0x63C3, 0x9000}
                                     << 3;
    QTest::newRow("照合番号A wrong, blocked")
        << 0x14 << 3 << QByteArrayList{"123456789017", "000000000000", "999999999999", "123456789018"}
        << QList<int>{0x63C2, 0x63C1, 0x63C0, 0x6984} << 0;
    QTest::newRow("照合番号A given the PIN: wrong length") << 0x14 << 3 << QByteArrayList{pin}
                                                            << QList<int>{0x6700} << 3;
    QTest::newRow("照合番号B right") << 0x15 << 3 << QByteArrayList{"55021720352285"} << QList<int>{0x9000} << 3;
    QTest::newRow("照合番号B with the Gregorian year is wrong")
        << 0x15 << 3 << QByteArrayList{"80021720352285"} << QList<int>{0x63C2} << 2;
    QTest::newRow("照合番号B 12 digits: wrong length") << 0x15 << 3 << QByteArrayList{"550217203522"}
                                                        << QList<int>{0x6700} << 3;
}

void TestVirtualMyNumberCard::verify()
{
    QFETCH(int, keyFid);
    QFETCH(int, initialTries);
    QFETCH(QByteArrayList, attempts);
    QFETCH(QList<int>, expectedSws);
    QFETCH(int, finalTries);
    QCOMPARE(attempts.size(), expectedSws.size());

    Person p = yamada();
    p.triesLeft = initialTries;
    Card card(p);
    openTextAp(card);
    QCOMPARE(sw(card.processApdu(selectEf(static_cast<quint16>(keyFid)))), 0x9000);
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        const int got = sw(card.processApdu(verifyApdu(attempts.at(i))));
        if (got != expectedSws.at(i))
            QFAIL(qPrintable(QStringLiteral("attempt %1: SW %2, expected %3")
                                 .arg(i)
                                 .arg(got, 4, 16, QLatin1Char('0'))
                                 .arg(expectedSws.at(i), 4, 16, QLatin1Char('0'))));
    }
    const Card::Key key = keyFid == 0x11 ? Card::Key::Pin : keyFid == 0x14 ? Card::Key::MatchingA : Card::Key::MatchingB;
    QCOMPARE(card.triesLeft(key), finalTries);
}

void TestVirtualMyNumberCard::verifyErrors_data()
{
    QTest::addColumn<int>("app");   // -1: none
    QTest::addColumn<int>("efFid"); // -1: none
    QTest::addColumn<QByteArray>("apdu");
    QTest::addColumn<int>("expectedSw");

    const int text = static_cast<int>(Card::Application::TextInput);
    QTest::newRow("no AP, no EF") << -1 << -1 << verifyApdu("4821") << 0x6986;
    QTest::newRow("no EF selected") << text << -1 << verifyApdu("4821") << 0x6986;
    QTest::newRow("data EF selected") << text << 0x0001 << verifyApdu("4821") << 0x6986;
    QTest::newRow("query with data EF selected") << text << 0x0002 << verifyApdu({}) << 0x6986;
    QTest::newRow("JPKI token EF selected") << static_cast<int>(Card::Application::Jpki) << 0x0006 << verifyApdu("4821")
                                            << 0x6986;
    QTest::newRow("P2 81") << text << 0x0011 << hex("00 20 00 81 04 34 38 32 31") << 0x6A86;
    QTest::newRow("P1 01") << text << 0x0011 << hex("00 20 01 80 04 34 38 32 31") << 0x6A86;
    QTest::newRow("Lc mismatch") << text << 0x0011 << hex("00 20 00 80 05 34 38 32 31") << 0x6700;
    QTest::newRow("0012 query: blocked as issued") << text << 0x0012 << verifyApdu({}) << 0x63C0;
    QTest::newRow("0012 verify: blocked") << text << 0x0012 << verifyApdu("4821") << 0x6984;
}

void TestVirtualMyNumberCard::verifyErrors()
{
    QFETCH(int, app);
    QFETCH(int, efFid);
    QFETCH(QByteArray, apdu);
    QFETCH(int, expectedSw);
    Card card(yamada());
    card.powerOn();
    if (app >= 0)
        QCOMPARE(sw(card.processApdu(selectAid(static_cast<Card::Application>(app)))), 0x9000);
    if (efFid >= 0)
        QCOMPARE(sw(card.processApdu(selectEf(static_cast<quint16>(efFid)))), 0x9000);
    QCOMPARE(sw(card.processApdu(apdu)), expectedSw);
    QCOMPARE(card.triesLeft(Card::Key::Pin), 3);
}

void TestVirtualMyNumberCard::keysHaveTheirOwnCounters()
{
    Card card(yamada());
    openTextAp(card);
    presentKey(card, 0x14, "000000000000", 0x63C2);
    presentKey(card, 0x14, "000000000000", 0x63C1);
    presentKey(card, 0x14, "000000000000", 0x63C0);
    QCOMPARE(card.triesLeft(Card::Key::MatchingA), 0);
    QCOMPARE(card.triesLeft(Card::Key::Pin), 3);
    QCOMPARE(card.triesLeft(Card::Key::MatchingB), 3);
    presentKey(card, 0x11, {}, 0x63C3);
    presentKey(card, 0x15, "55021720352285", 0x9000);
    presentKey(card, 0x14, "123456789018", 0x6984);
}

void TestVirtualMyNumberCard::keyAccess_data()
{
    QTest::addColumn<int>("keyFid"); // -1: nothing presented
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("sw0001");
    QTest::addColumn<int>("sw0002");
    QTest::addColumn<int>("sw0003");
    QTest::addColumn<int>("sw0004");

    QTest::newRow("nothing presented") << -1 << QByteArray() << 0x6982 << 0x6982 << 0x6982 << 0x9000;
    QTest::newRow("PIN opens 0001 and 0002") << 0x11 << QByteArray("4821") << 0x9000 << 0x9000 << 0x9000 << 0x9000;
    QTest::newRow("照合番号A opens 0001 only") << 0x14 << QByteArray("123456789018") << 0x9000 << 0x6982 << 0x9000
                                               << 0x9000;
    QTest::newRow("照合番号B opens 0002 only") << 0x15 << QByteArray("55021720352285") << 0x6982 << 0x9000 << 0x9000
                                               << 0x9000;
    QTest::newRow("wrong PIN opens nothing") << 0x11 << QByteArray("0000") << 0x6982 << 0x6982 << 0x6982 << 0x9000;
}

void TestVirtualMyNumberCard::keyAccess()
{
    QFETCH(int, keyFid);
    QFETCH(QByteArray, value);
    QFETCH(int, sw0001);
    QFETCH(int, sw0002);
    QFETCH(int, sw0003);
    QFETCH(int, sw0004);

    Card card(yamada());
    openTextAp(card);
    if (keyFid >= 0) {
        QCOMPARE(sw(card.processApdu(selectEf(static_cast<quint16>(keyFid)))), 0x9000);
        card.processApdu(verifyApdu(value));
    }
    const QList<QPair<quint16, int>> expectations = {{0x0001, sw0001}, {0x0002, sw0002}, {0x0003, sw0003}, {0x0004, sw0004}};
    for (const auto &[fid, expected] : expectations) {
        QCOMPARE(sw(card.processApdu(selectEf(fid))), 0x9000);
        const QByteArray r = card.processApdu(readBinary(0, 0));
        if (sw(r) != expected)
            QFAIL(qPrintable(QStringLiteral("EF %1: SW %2").arg(fid, 4, 16, QLatin1Char('0')).arg(sw(r), 4, 16)));
        if (expected != 0x9000)
            QCOMPARE(r.size(), 2); // no data leaks with an error
    }
}

void TestVirtualMyNumberCard::readBinaryErrors_data()
{
    QTest::addColumn<int>("efFid"); // -1: none
    QTest::addColumn<QByteArray>("apdu");
    QTest::addColumn<int>("expectedSw");
    QTest::addColumn<int>("expectedDataLength");

    const int certSize = static_cast<int>(Card::buildEf0004().size());
    QTest::newRow("no EF selected") << -1 << readBinary(0, 0) << 0x6986 << 0;
    QTest::newRow("P1 bit 8 (short EF id)") << 0x0004 << hex("00 B0 84 00 10") << 0x6A86 << 0;
    QTest::newRow("offset = size") << 0x0004 << readBinary(certSize, 16) << 0x6B00 << 0;
    QTest::newRow("offset past the end") << 0x0004 << readBinary(0x7FFF, 16) << 0x6B00 << 0;
    QTest::newRow("last byte, Le 16") << 0x0004 << readBinary(certSize - 1, 16) << 0x9000 << 1;
    QTest::newRow("Le 00 = 256") << 0x0004 << readBinary(0, 256) << 0x9000 << 256;
    QTest::newRow("Le 01") << 0x0004 << readBinary(0, 1) << 0x9000 << 1;
    QTest::newRow("key EF selected") << 0x0011 << readBinary(0, 0) << 0x6981 << 0;
    QTest::newRow("no Le (case 1)") << 0x0004 << hex("00 B0 00 00") << 0x6700 << 0;
    QTest::newRow("with data (case 3)") << 0x0004 << hex("00 B0 00 00 01 00") << 0x6700 << 0;
    QTest::newRow("with data and Le (case 4)") << 0x0004 << hex("00 B0 00 00 02 00 00 00") << 0x6700 << 0;
}

void TestVirtualMyNumberCard::readBinaryErrors()
{
    QFETCH(int, efFid);
    QFETCH(QByteArray, apdu);
    QFETCH(int, expectedSw);
    QFETCH(int, expectedDataLength);
    Card card(yamada());
    openTextAp(card);
    if (efFid >= 0)
        QCOMPARE(sw(card.processApdu(selectEf(static_cast<quint16>(efFid)))), 0x9000);
    const QByteArray r = card.processApdu(apdu);
    QCOMPARE(sw(r), expectedSw);
    QCOMPARE(dataOf(r).size(), expectedDataLength);
}

void TestVirtualMyNumberCard::ef0001Contents()
{
    Card card(yamada());
    openTextAp(card);
    presentKey(card, 0x11, "4821");
    QCOMPARE(sw(card.processApdu(selectEf(0x0001))), 0x9000);
    const QByteArray r = card.processApdu(readBinary(0, 0));
    QCOMPARE(sw(r), 0x9000);
    QCOMPARE(dataOf(r), hex("FF 10 0C") + QByteArray("123456789018") + hex("FF FF"));
    QCOMPARE(dataOf(r).size(), 17);
    const Tlv t = readTlv(dataOf(r), 0);
    QCOMPARE(t.tag, 0xFF10);
    QCOMPARE(dataOf(r).mid(t.valueStart, t.length), QByteArray("123456789018"));
}

void TestVirtualMyNumberCard::ef0004IsPublicCertificateShape()
{
    Card card(yamada());
    openTextAp(card);
    QCOMPARE(sw(card.processApdu(selectEf(0x0004))), 0x9000);
    const QByteArray file = readWholeEf(card);
    QCOMPARE(file, Card::buildEf0004());
    const Tlv outer = readTlv(file, 0);
    QCOMPARE(outer.tag, 0x7F21);
    QCOMPARE(outer.valueStart + outer.length, file.size());
    const Tlv body = readTlv(file, outer.valueStart);
    QCOMPARE(body.tag, 0x5F4E);
    QCOMPARE(body.length, 297); // 16 + 16 + 265 (RSA-2048: 90 exponent, 91 modulus)
    QCOMPARE(file.mid(body.valueStart + 32, 5), hex("90 03 01 00 01"));
    const Tlv modulus = readTlv(file, body.valueStart + 37);
    QCOMPARE(modulus.tag, 0x91);
    QCOMPARE(modulus.length, 256);
    const Tlv signature = readTlv(file, body.valueStart + body.length);
    QCOMPARE(signature.tag, 0x5F37);
    QCOMPARE(signature.length, 256);
}

void TestVirtualMyNumberCard::ef0002RoundTrip_data()
{
    QTest::addColumn<Person>("person");
    const QList<Person> persons = fixturePersons();
    for (qsizetype i = 0; i < persons.size(); ++i)
        QTest::addRow("fixture %d", static_cast<int>(i)) << persons.at(i);
}

void TestVirtualMyNumberCard::ef0002RoundTrip()
{
    QFETCH(Person, person);
    Card card(person);
    openTextAp(card);
    // 照合番号B works for every fixture person, blocked PIN or not.
    presentKey(card, 0x15, person.matchingCodeB());
    QCOMPARE(sw(card.processApdu(selectEf(0x0002))), 0x9000);
    const QByteArray file = readWholeEf(card);
    QCOMPARE(file.size(), Card::kEf0002Size);

    const auto a = parseEf0002(file);
    QVERIFY(a.has_value());
    QCOMPARE(a->name, person.name);
    QCOMPARE(a->address, person.address);
    QCOMPARE(a->birthDate, person.birthDate.toString(QStringLiteral("yyyyMMdd")).toLatin1());
    QCOMPARE(a->sex, QByteArray(1, person.sex.toLatin1()));
    QCOMPARE(a->offsets, a->actualOffsets);
    QCOMPARE(a->offsets.size(), 4);
    // FF filler after the TLV, to the fixed size.
    QCOMPARE(file.mid(a->tlvEnd), QByteArray(Card::kEf0002Size - a->tlvEnd, '\xFF'));
}

void TestVirtualMyNumberCard::ef0002LengthForms_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("expectedHeader"); // outer header + DF21 + the first offset

    // Outer value = DF21 (11) + DF22 山田　太郎 (2+1+15) + DF23 + DF24 (11) + DF25 (4).
    // 東京都 = 9 bytes → DF23 12 bytes → value 56 = 0x38, DF22 at 3 + 11 = 0x0E.
    QTest::newRow("short form: value < 128") << QStringLiteral("東京都") << hex("FF 20 38 DF 21 08 00 0E");
    // 30 × あ = 90 bytes → DF23 93 → value 137 = 0x89, DF22 at 4 + 11 = 0x0F.
    QTest::newRow("81 xx: value 128..255") << QString(30, QChar(0x3042)) << hex("FF 20 81 89 DF 21 08 00 0F");
    // 100 × あ = 300 bytes → DF23 2 + 3 + 300 → value 349 = 0x15D, DF22 at 5 + 11 = 0x10.
    QTest::newRow("82 xx xx: value > 255") << QString(100, QChar(0x3042)) << hex("FF 20 82 01 5D DF 21 08 00 10");
}

void TestVirtualMyNumberCard::ef0002LengthForms()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, expectedHeader);
    Person p = yamada();
    p.address = address;
    const QByteArray file = Card::buildEf0002(p);
    QCOMPARE(file.left(expectedHeader.size()), expectedHeader);
    const auto a = parseEf0002(file);
    QVERIFY(a.has_value());
    QCOMPARE(a->name, p.name);
    QCOMPARE(a->address, address);
    QCOMPARE(a->offsets, a->actualOffsets);
}

void TestVirtualMyNumberCard::ef0003Digests_data()
{
    ef0002RoundTrip_data();
}

void TestVirtualMyNumberCard::ef0003Digests()
{
    QFETCH(Person, person);
    Card card(person);
    openTextAp(card);
    presentKey(card, 0x14, person.individualNumber); // A: 0001 and 0003
    presentKey(card, 0x15, person.matchingCodeB());   // B: 0002

    QCOMPARE(sw(card.processApdu(selectEf(0x0001))), 0x9000);
    const QByteArray ef0001 = readWholeEf(card);
    QCOMPARE(ef0001.size(), 17);
    QCOMPARE(sw(card.processApdu(selectEf(0x0002))), 0x9000);
    const QByteArray ef0002 = readWholeEf(card);
    QCOMPARE(sw(card.processApdu(selectEf(0x0003))), 0x9000);
    const QByteArray ef0003 = readWholeEf(card);
    QCOMPARE(ef0003.size(), Card::kEf0003Size);
    QCOMPARE(ef0003.left(5), hex("FF 30 82 01 4B"));

    const Tlv d31 = readTlv(ef0003, 5);
    QCOMPARE(d31.tag, 0xDF31);
    QCOMPARE(d31.length, 32);
    const Tlv d32 = readTlv(ef0003, d31.valueStart + d31.length);
    QCOMPARE(d32.tag, 0xDF32);
    QCOMPARE(d32.length, 32);
    const Tlv d33 = readTlv(ef0003, d32.valueStart + d32.length);
    QCOMPARE(d33.tag, 0xDF33);
    QCOMPARE(d33.length, 256);
    QCOMPARE(ef0003.mid(d33.headerStart, 4), hex("DF 33 82 01"));
    QCOMPARE(d33.valueStart + d33.length, ef0003.size());

    QCOMPARE(ef0003.mid(d31.valueStart, 32), sha256(ef0001));
    const auto a = parseEf0002(ef0002);
    QVERIFY(a.has_value());
    QVERIFY(a->digestSource.startsWith(hex("DF 22")));
    QCOMPARE(ef0003.mid(d32.valueStart, 32), sha256(a->digestSource));
    // The digest of the whole file (with DF21 or the filler) must differ.
    QVERIFY(ef0003.mid(d32.valueStart, 32) != sha256(ef0002));
    // Deterministic placeholder signature.
    QCOMPARE(Card::buildEf0003(ef0001, ef0002), ef0003);
}

void TestVirtualMyNumberCard::chunkedReads_data()
{
    QTest::addColumn<int>("maxChunk");
    QTest::addColumn<int>("le");
    for (int chunk : {1, 7, 64, 200, 255, 256}) {
        for (int le : {256, 100, 16})
            QTest::addRow("max-chunk %d, Le %d", chunk, le) << chunk << le;
    }
}

void TestVirtualMyNumberCard::chunkedReads()
{
    QFETCH(int, maxChunk);
    QFETCH(int, le);
    const Person person = fixturePersons().at(4); // the long address
    CardOptions options;
    options.maxChunk = maxChunk;
    Card card(person, options);
    openTextAp(card);
    presentKey(card, 0x11, person.pin);
    QCOMPARE(sw(card.processApdu(selectEf(0x0002))), 0x9000);

    // The header tells the TLV length; it passes 256 bytes for this person.
    const QByteArray first = card.processApdu(readBinary(0, le));
    QCOMPARE(sw(first), 0x9000);
    QCOMPARE(dataOf(first).size(), std::min(maxChunk, le));

    const QByteArray file = readWholeEf(card, le, maxChunk);
    QCOMPARE(file, Card::buildEf0002(person));
    const Tlv outer = readTlv(file, 0);
    QVERIFY(outer.valueStart + outer.length > 256);
    QCOMPARE(file.mid(2, 3), hex("82") + file.mid(3, 2)); // 82 xx xx form
}

void TestVirtualMyNumberCard::powerOffClearsVerification()
{
    Card card(yamada());
    openTextAp(card);
    presentKey(card, 0x11, "4821");
    presentKey(card, 0x15, "00000000000000", 0x63C2); // spend a B try
    QVERIFY(card.isVerified(Card::Key::Pin));

    card.powerOff();
    QVERIFY(!card.isVerified(Card::Key::Pin));
    openTextAp(card);
    QCOMPARE(sw(card.processApdu(selectEf(0x0001))), 0x9000);
    QCOMPARE(sw(card.processApdu(readBinary(0, 0))), 0x6982);
    // Tries counters survive power off.
    presentKey(card, 0x15, {}, 0x63C2);
    presentKey(card, 0x11, {}, 0x63C3);
}

void TestVirtualMyNumberCard::resetKeepsVerification()
{
    Card card(yamada());
    openTextAp(card);
    presentKey(card, 0x11, "4821");
    QCOMPARE(sw(card.processApdu(selectEf(0x0001))), 0x9000);

    card.reset();
    QVERIFY(card.isPowered());
    QVERIFY(card.isVerified(Card::Key::Pin));
    QCOMPARE(card.selectedApplication(), Card::Application::None);
    QCOMPARE(sw(card.processApdu(readBinary(0, 0))), 0x6986); // selection is gone
    QCOMPARE(sw(card.processApdu(selectAid(Card::Application::TextInput))), 0x9000);
    QCOMPARE(sw(card.processApdu(selectEf(0x0001))), 0x9000);
    QCOMPARE(sw(card.processApdu(readBinary(0, 0))), 0x9000); // still verified
}

void TestVirtualMyNumberCard::foreignCard()
{
    CardOptions options;
    options.foreign = true;
    Card card(yamada(), options);
    card.powerOn();
    for (auto app : {Card::Application::TextInput, Card::Application::Surface, Card::Application::Jpki,
                     Card::Application::Juki})
        QCOMPARE(sw(card.processApdu(selectAid(app))), 0x6A82);
    QCOMPARE(sw(card.processApdu(selectEf(0x0006))), 0x6A82);
    QCOMPARE(sw(card.processApdu(readBinary(0, 0))), 0x6986);
    QCOMPARE(Card::atr(), hex("3B E0 00 FF 81 31 FE 45 14"));
}

void TestVirtualMyNumberCard::claAndInsErrors_data()
{
    QTest::addColumn<QByteArray>("apdu");
    QTest::addColumn<int>("expectedSw");

    QTest::newRow("CLA 01 (logical channel 1)") << hex("01 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08") << 0x6881;
    QTest::newRow("CLA 03 (logical channel 3)") << hex("03 B0 00 00 00") << 0x6881;
    QTest::newRow("CLA 80") << hex("80 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08") << 0x6881;
    QTest::newRow("CLA 0C (secure messaging)") << hex("0C B0 00 00 00") << 0x6881;
    QTest::newRow("CLA FF (reader pseudo-APDU)") << hex("FF CA 00 00 00") << 0x6881;
    QTest::newRow("INS CA GET DATA") << hex("00 CA 00 00 00") << 0x6D00;
    QTest::newRow("INS 84 GET CHALLENGE") << hex("00 84 00 00 08") << 0x6D00;
    QTest::newRow("INS C0 GET RESPONSE") << hex("00 C0 00 00 00") << 0x6D00;
    QTest::newRow("INS 24 CHANGE REFERENCE DATA") << hex("00 24 01 80 04 31 32 33 34") << 0x6D00;
    QTest::newRow("INS B1") << hex("00 B1 00 00 00") << 0x6D00;
    QTest::newRow("empty") << QByteArray() << 0x6700;
    QTest::newRow("1 byte") << hex("00") << 0x6700;
    QTest::newRow("3 bytes") << hex("00 A4 04") << 0x6700;
    QTest::newRow("extended Lc") << hex("00 A4 04 0C 00 00 0A D3 92 10 00 31 00 01 01 04 08") << 0x6700;
    QTest::newRow("Lc 2, 1 byte of data") << hex("00 A4 02 0C 02 00") << 0x6700;
}

void TestVirtualMyNumberCard::claAndInsErrors()
{
    QFETCH(QByteArray, apdu);
    QFETCH(int, expectedSw);
    Card card(yamada());
    card.powerOn();
    const QByteArray r = card.processApdu(apdu);
    QCOMPARE(sw(r), expectedSw);
    QCOMPARE(r.size(), 2);
}

void TestVirtualMyNumberCard::first6F00()
{
    CardOptions options;
    options.first6F00 = true;
    Card card(yamada(), options);
    card.powerOn();
    const QByteArray select = selectAid(Card::Application::TextInput);
    QCOMPARE(card.processApdu(select), hex("6F 00"));
    QCOMPARE(sw(card.processApdu(select)), 0x9000);
    QCOMPARE(sw(card.processApdu(select)), 0x9000);
    card.reset(); // warm reset: not a power-on
    QCOMPARE(sw(card.processApdu(select)), 0x9000);
    card.powerOff();
    card.powerOn();
    QCOMPARE(sw(card.processApdu(select)), 0x6F00);
    QCOMPARE(sw(card.processApdu(select)), 0x9000);

    Card plain(yamada());
    plain.powerOn();
    QCOMPARE(sw(plain.processApdu(select)), 0x9000);
}

void TestVirtualMyNumberCard::garbleAfter()
{
    CardOptions options;
    options.garbleAfter = 2;
    Card card(yamada(), options);
    Card twin(yamada(), options);
    card.powerOn();
    twin.powerOn();
    const QByteArray select = selectAid(Card::Application::TextInput);
    QCOMPARE(card.processApdu(select), hex("90 00"));
    QCOMPARE(card.processApdu(selectEf(0x0011)), hex("90 00"));
    twin.processApdu(select);
    twin.processApdu(selectEf(0x0011));
    for (int i = 0; i < 20; ++i) {
        const QByteArray r = card.processApdu(verifyApdu("4821"));
        QCOMPARE(sw(r), 0x1234);
        QVERIFY(r.size() <= 42);
        QCOMPARE(twin.processApdu(verifyApdu("4821")), r); // deterministic
    }
    QVERIFY(!card.isVerified(Card::Key::Pin)); // garbage answers do nothing
    QCOMPARE(card.apduCount(), 22);
}

void TestVirtualMyNumberCard::eraYear_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QByteArray>("expected"); // empty: none

    QTest::newRow("昭和55年2月17日") << QDate(1980, 2, 17) << QByteArray("550217");
    QTest::newRow("令和元年5月1日") << QDate(2019, 5, 1) << QByteArray("010501");
    QTest::newRow("平成31年4月30日") << QDate(2019, 4, 30) << QByteArray("310430");
    QTest::newRow("平成元年1月8日") << QDate(1989, 1, 8) << QByteArray("010108");
    QTest::newRow("昭和64年1月7日") << QDate(1989, 1, 7) << QByteArray("640107");
    QTest::newRow("昭和元年12月25日") << QDate(1926, 12, 25) << QByteArray("011225");
    QTest::newRow("大正15年12月24日") << QDate(1926, 12, 24) << QByteArray("151224");
    QTest::newRow("大正元年7月30日") << QDate(1912, 7, 30) << QByteArray("010730");
    QTest::newRow("明治45年7月29日") << QDate(1912, 7, 29) << QByteArray("450729");
    QTest::newRow("明治元年10月23日") << QDate(1868, 10, 23) << QByteArray("011023");
    QTest::newRow("before 明治") << QDate(1868, 10, 22) << QByteArray();
    QTest::newRow("令和6年2月29日") << QDate(2024, 2, 29) << QByteArray("060229");
    QTest::newRow("invalid date") << QDate() << QByteArray();
}

void TestVirtualMyNumberCard::eraYear()
{
    QFETCH(QDate, date);
    QFETCH(QByteArray, expected);
    const auto r = japaneseEraYyMmDd(date);
    if (expected.isEmpty())
        QVERIFY(!r.has_value());
    else
        QCOMPARE(r.value_or("none"), expected);
}

void TestVirtualMyNumberCard::checkDigit_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("123456789018") << QByteArray("123456789018") << true;
    QTest::newRow("983205673214") << QByteArray("983205673214") << true;
    QTest::newRow("444444444440") << QByteArray("444444444440") << true;
    QTest::newRow("123456789017") << QByteArray("123456789017") << false;
    QTest::newRow("983205673210") << QByteArray("983205673210") << false;
}

void TestVirtualMyNumberCard::checkDigit()
{
    QFETCH(QByteArray, number);
    QFETCH(bool, valid);
    QCOMPARE(individualNumberCheckDigit(number.left(11)) == number.at(11) - '0', valid);
    QCOMPARE(individualNumberCheckDigit("1234567890"), -1);
    QCOMPARE(individualNumberCheckDigit("1234567890a"), -1);
}

QTEST_GUILESS_MAIN(TestVirtualMyNumberCard)
#include "tst_virtualmynumbercard.moc"
