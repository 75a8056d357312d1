// Unit tests of the persons file loader and its validation messages.

#include "PersonFile.h"
#include "VirtualMyNumberCard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::vcard;

namespace {

QJsonObject validPerson()
{
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("山田　太郎")},
        {QStringLiteral("address"), QStringLiteral("東京都千代田区霞が関２－１－２")},
        {QStringLiteral("birthDate"), QStringLiteral("19800217")},
        {QStringLiteral("sex"), QStringLiteral("1")},
        {QStringLiteral("individualNumber"), QStringLiteral("123456789018")},
        {QStringLiteral("pin"), QStringLiteral("4821")},
        {QStringLiteral("triesLeft"), 3},
        {QStringLiteral("expiryYear"), QStringLiteral("2035")},
        {QStringLiteral("securityCode"), QStringLiteral("2285")},
    };
}

QByteArray arrayOf(const QJsonObject &o)
{
    return QJsonDocument(QJsonArray{o}).toJson(QJsonDocument::Compact);
}

QByteArray withField(const char *key, const QJsonValue &value)
{
    QJsonObject o = validPerson();
    o.insert(QLatin1String(key), value);
    return arrayOf(o);
}

QByteArray without(const char *key)
{
    QJsonObject o = validPerson();
    o.remove(QLatin1String(key));
    return arrayOf(o);
}

QString fixturePath()
{
    return QStringLiteral(KAKANAI_VCARD_TEST_DATA_DIR "/persons.json");
}

} // namespace

class TestPersonFile : public QObject {
    Q_OBJECT

private slots:
    void validPersonParses();
    void defaults();
    void errors_data();
    void errors();
    void accepted_data();
    void accepted();
    void loadMissingFile();
    void fixtureCoversTheCases();
    void fixtureMatchingCodes_data();
    void fixtureMatchingCodes();
};

void TestPersonFile::validPersonParses()
{
    const auto r = PersonFile::parse(arrayOf(validPerson()));
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error()));
    QCOMPARE(r->size(), 1);
    const Person &p = r->first();
    QCOMPARE(p.name, QStringLiteral("山田　太郎"));
    QCOMPARE(p.birthDate, QDate(1980, 2, 17));
    QCOMPARE(p.sex, QLatin1Char('1'));
    QCOMPARE(p.individualNumber, QByteArray("123456789018"));
    QCOMPARE(p.pin, QByteArray("4821"));
    QCOMPARE(p.triesLeft, 3);
    QCOMPARE(p.expiryYear, 2035);
    QCOMPARE(p.securityCode, QByteArray("2285"));
    QCOMPARE(p.matchingCodeB(), QByteArray("55021720352285"));
}

void TestPersonFile::defaults()
{
    QJsonObject o = validPerson();
    o.remove(QStringLiteral("expiryYear"));
    o.remove(QStringLiteral("securityCode"));
    o.remove(QStringLiteral("triesLeft"));
    const auto r = PersonFile::parse(arrayOf(o));
    QVERIFY(r.has_value());
    QCOMPARE(r->first().expiryYear, 2035);
    QCOMPARE(r->first().securityCode, QByteArray("0000"));
    QCOMPARE(r->first().triesLeft, 3);
    QCOMPARE(r->first().matchingCodeB(), QByteArray("55021720350000"));
}

void TestPersonFile::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");  // substring of the message
    QTest::addColumn<QString>("forbidden"); // must not appear (a secret value)

    QTest::newRow("not JSON") << QByteArray("[\n  {\"name\": }\n]") << QStringLiteral("JSON syntax error at line 2")
                              << QString();
    QTest::newRow("top level object") << arrayOf(validPerson()).mid(1).chopped(1)
                                      << QStringLiteral("top level must be a JSON array") << QString();
    QTest::newRow("empty array") << QByteArray("[]") << QStringLiteral("holds no person") << QString();
    QTest::newRow("element not an object") << QByteArray("[1]") << QStringLiteral("person 0: must be a JSON object")
                                           << QString();
    {
        QJsonArray two{validPerson(), validPerson()};
        QJsonObject bad = validPerson();
        bad.insert(QStringLiteral("sex"), QStringLiteral("M"));
        two.append(bad);
        QTest::newRow("third person names index 2") << QJsonDocument(two).toJson()
                                                    << QStringLiteral("person 2: field \"sex\"") << QString();
    }
    QTest::newRow("unknown field") << withField("pinn", QStringLiteral("1")) << QStringLiteral("unknown field \"pinn\"")
                                   << QString();

    QTest::newRow("name missing") << without("name") << QStringLiteral("person 0: field \"name\": missing") << QString();
    QTest::newRow("name not a string") << withField("name", 5) << QStringLiteral("field \"name\": must be a JSON string")
                                       << QString();
    QTest::newRow("name empty") << withField("name", QString()) << QStringLiteral("field \"name\": is empty") << QString();
    QTest::newRow("name with newline") << withField("name", QStringLiteral("山田\n太郎"))
                                       << QStringLiteral("field \"name\": contains a control character") << QString();
    QTest::newRow("name with U+FFFD") << withField("name", QStringLiteral("山田\uFFFD")) << QStringLiteral("U+FFFD")
                                      << QString();
    QTest::newRow("name too long") << withField("name", QString(67, QChar(0x3042)))
                                   << QStringLiteral("field \"name\": is 201 bytes in UTF-8; at most 200") << QString();
    QTest::newRow("address missing") << without("address") << QStringLiteral("field \"address\": missing") << QString();
    QTest::newRow("address too long") << withField("address", QString(234, QChar(0x3042)))
                                      << QStringLiteral("field \"address\": is 702 bytes") << QString();
    QTest::newRow("address with tab") << withField("address", QStringLiteral("東京都\t千代田区"))
                                      << QStringLiteral("field \"address\": contains a control character") << QString();

    QTest::newRow("birthDate missing") << without("birthDate") << QStringLiteral("field \"birthDate\": missing")
                                       << QString();
    QTest::newRow("birthDate with dashes") << withField("birthDate", QStringLiteral("1980-02-17"))
                                           << QStringLiteral("field \"birthDate\": must be 8 ASCII digits") << QString();
    QTest::newRow("birthDate as a number") << withField("birthDate", 19800217)
                                           << QStringLiteral("field \"birthDate\": must be a JSON string") << QString();
    QTest::newRow("birthDate not a date") << withField("birthDate", QStringLiteral("19800230"))
                                          << QStringLiteral("field \"birthDate\": is not a valid date") << QString();
    QTest::newRow("birthDate full-width digits") << withField("birthDate", QStringLiteral("１９８００２１７"))
                                                 << QStringLiteral("must be 8 ASCII digits") << QString();
    QTest::newRow("birthDate before 明治") << withField("birthDate", QStringLiteral("18680101"))
                                           << QStringLiteral("before 1868-10-23") << QString();

    QTest::newRow("sex M") << withField("sex", QStringLiteral("M")) << QStringLiteral("field \"sex\": must be") << QString();
    QTest::newRow("sex 3") << withField("sex", QStringLiteral("3")) << QStringLiteral("ISO 5218") << QString();
    QTest::newRow("sex as a number") << withField("sex", 1) << QStringLiteral("field \"sex\": must be a JSON string")
                                     << QString();

    QTest::newRow("individualNumber 11 digits") << withField("individualNumber", QStringLiteral("12345678901"))
                                                << QStringLiteral("field \"individualNumber\": must be a string of 12")
                                                << QStringLiteral("12345678901");
    QTest::newRow("individualNumber as a number") << withField("individualNumber", 123456789018.0)
                                                  << QStringLiteral("field \"individualNumber\": must be a JSON string")
                                                  << QStringLiteral("123456789018");
    QTest::newRow("individualNumber with spaces") << withField("individualNumber", QStringLiteral("1234 5678 9018"))
                                                  << QStringLiteral("12 ASCII digits") << QStringLiteral("1234 5678");
    QTest::newRow("individualNumber wrong check digit")
        << withField("individualNumber", QStringLiteral("123456789017")) << QStringLiteral("wrong check digit")
        << QStringLiteral("123456789017");
    QTest::newRow("allowInvalidCheckDigit not a bool") << withField("allowInvalidCheckDigit", QStringLiteral("yes"))
                                                       << QStringLiteral("\"allowInvalidCheckDigit\": must be true or false")
                                                       << QString();

    QTest::newRow("pin missing") << without("pin") << QStringLiteral("field \"pin\": missing") << QString();
    QTest::newRow("pin 3 digits") << withField("pin", QStringLiteral("482")) << QStringLiteral("field \"pin\": must be a string of 4")
                                  << QStringLiteral("482");
    QTest::newRow("pin with a letter") << withField("pin", QStringLiteral("48x1")) << QStringLiteral("field \"pin\"")
                                       << QStringLiteral("48x1");
    QTest::newRow("pin as a number") << withField("pin", 4821) << QStringLiteral("field \"pin\": must be a JSON string")
                                     << QStringLiteral("4821");

    QTest::newRow("triesLeft 4") << withField("triesLeft", 4) << QStringLiteral("field \"triesLeft\": must be an integer from 0")
                                 << QString();
    QTest::newRow("triesLeft -1") << withField("triesLeft", -1) << QStringLiteral("field \"triesLeft\"") << QString();
    QTest::newRow("triesLeft 1.5") << withField("triesLeft", 1.5) << QStringLiteral("field \"triesLeft\"") << QString();
    QTest::newRow("triesLeft as a string") << withField("triesLeft", QStringLiteral("3")) << QStringLiteral("field \"triesLeft\"")
                                           << QString();

    QTest::newRow("expiryYear 2 digits") << withField("expiryYear", QStringLiteral("35"))
                                         << QStringLiteral("field \"expiryYear\": must be a 4-digit year") << QString();
    QTest::newRow("expiryYear 1999") << withField("expiryYear", 1999) << QStringLiteral("field \"expiryYear\"")
                                     << QString();
    QTest::newRow("expiryYear bool") << withField("expiryYear", true) << QStringLiteral("field \"expiryYear\"") << QString();

    QTest::newRow("securityCode 3 digits") << withField("securityCode", QStringLiteral("228"))
                                           << QStringLiteral("field \"securityCode\": must be a string of 4")
                                           << QStringLiteral("228");
    QTest::newRow("securityCode as a number") << withField("securityCode", 2285)
                                              << QStringLiteral("field \"securityCode\": must be a JSON string")
                                              << QStringLiteral("2285");
}

void TestPersonFile::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QFETCH(QString, forbidden);
    const auto r = PersonFile::parse(json);
    QVERIFY2(!r.has_value(), "parse unexpectedly succeeded");
    if (!r.error().contains(expected))
        QFAIL(qPrintable(QStringLiteral("message \"%1\" lacks \"%2\"").arg(r.error(), expected)));
    if (!forbidden.isEmpty())
        QVERIFY2(!r.error().contains(forbidden), qPrintable(r.error()));
}

void TestPersonFile::accepted_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("matchingCodeB");

    QTest::newRow("comment field") << withField("_comment", QStringLiteral("anything")) << QStringLiteral("55021720352285");
    QTest::newRow("expiryYear as a number") << withField("expiryYear", 2031) << QStringLiteral("55021720312285");
    QTest::newRow("triesLeft 0") << withField("triesLeft", 0) << QStringLiteral("55021720352285");
    {
        QJsonObject o = validPerson();
        o.insert(QStringLiteral("individualNumber"), QStringLiteral("123456789017"));
        o.insert(QStringLiteral("allowInvalidCheckDigit"), true);
        QTest::newRow("bad check digit on purpose") << arrayOf(o) << QStringLiteral("55021720352285");
    }
    QTest::newRow("name without U+3000") << withField("name", QStringLiteral("SMITH JOHN")) << QStringLiteral("55021720352285");
    QTest::newRow("name of 200 bytes") << withField("name", QString(66, QChar(0x3042)) + QStringLiteral("ab"))
                                       << QStringLiteral("55021720352285");
    QTest::newRow("address of 700 bytes") << withField("address", QString(233, QChar(0x3042)) + QStringLiteral("a"))
                                          << QStringLiteral("55021720352285");
    QTest::newRow("born on 明治 day one") << withField("birthDate", QStringLiteral("18681023"))
                                          << QStringLiteral("01102320352285");
}

void TestPersonFile::accepted()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, matchingCodeB);
    const auto r = PersonFile::parse(json);
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error()));
    QCOMPARE(QString::fromLatin1(r->first().matchingCodeB()), matchingCodeB);
    // Whatever passes validation fits the card's fixed EF 0002.
    QVERIFY(VirtualMyNumberCard::buildEf0002(r->first()).size() == VirtualMyNumberCard::kEf0002Size);
}

void TestPersonFile::loadMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nope.json"));
    const auto r = PersonFile::load(path);
    QVERIFY(!r.has_value());
    QVERIFY(r.error().startsWith(path));
    QVERIFY(r.error().contains(QStringLiteral("cannot open")));
}

// The fixture holds the cases the brief asks for.
void TestPersonFile::fixtureCoversTheCases()
{
    const auto r = PersonFile::load(fixturePath());
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error()));
    const QList<Person> &persons = *r;
    QVERIFY(persons.size() >= 6);

    bool ideographicSpace = false, fourByte = false, variant = false, ivs = false, longFile = false;
    bool oneTry = false, blocked = false;
    for (const Person &p : persons) {
        ideographicSpace |= p.name.contains(QChar(0x3000));
        const auto ucs4 = p.name.toUcs4();
        for (char32_t c : ucs4) {
            fourByte |= c >= 0x10000 && c < 0xE0000;
            ivs |= c >= 0xE0100 && c <= 0xE01EF;
            variant |= c == 0x9AD9 || c == 0xFA11; // 髙 﨑
        }
        longFile |= VirtualMyNumberCard::buildEf0002(p).indexOf(QByteArray::fromHex("FF2082")) == 0;
        oneTry |= p.triesLeft == 1;
        blocked |= p.triesLeft == 0;
        QCOMPARE(individualNumberCheckDigit(p.individualNumber.left(11)), p.individualNumber.at(11) - '0');
    }
    QVERIFY(ideographicSpace);
    QVERIFY(fourByte);
    QVERIFY(variant);
    QVERIFY(ivs);
    QVERIFY(longFile);
    QVERIFY(oneTry);
    QVERIFY(blocked);
}

// The table in docs/vcard.md.
void TestPersonFile::fixtureMatchingCodes_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<int>("triesLeft");
    QTest::addColumn<QByteArray>("codeB");

    QTest::newRow("0 山田") << 0 << QByteArray("4821") << 3 << QByteArray("55021720352285");
    QTest::newRow("1 𠮷野") << 1 << QByteArray("7305") << 3 << QByteArray("04070420350000");
    QTest::newRow("2 髙橋") << 2 << QByteArray("2468") << 3 << QByteArray("30110320300912");
    QTest::newRow("3 葛城 (IVS)") << 3 << QByteArray("1357") << 3 << QByteArray("15122420314455");
    QTest::newRow("4 鈴木 (long address)") << 4 << QByteArray("9090") << 3 << QByteArray("01050120297788");
    QTest::newRow("5 佐藤 (1 try)") << 5 << QByteArray("3141") << 1 << QByteArray("64010720341111");
    QTest::newRow("6 田中 (blocked)") << 6 << QByteArray("2718") << 0 << QByteArray("01010820332222");
    QTest::newRow("7 伊藤 (明治)") << 7 << QByteArray("1912") << 2 << QByteArray("45072920273333");
    QTest::newRow("8 SMITH") << 8 << QByteArray("0000") << 3 << QByteArray("12022920320000");
}

void TestPersonFile::fixtureMatchingCodes()
{
    QFETCH(int, index);
    QFETCH(QByteArray, pin);
    QFETCH(int, triesLeft);
    QFETCH(QByteArray, codeB);
    const auto r = PersonFile::load(fixturePath());
    QVERIFY(r.has_value());
    QVERIFY(index < r->size());
    const Person &p = r->at(index);
    QCOMPARE(p.pin, pin);
    QCOMPARE(p.triesLeft, triesLeft);
    QCOMPARE(p.matchingCodeB(), codeB);
}

QTEST_GUILESS_MAIN(TestPersonFile)
#include "tst_personfile.moc"
