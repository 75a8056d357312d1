#include "FormsTestSupport.h"

#include "forms/IndividualNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kakanai;
using namespace kakanai::forms;
using namespace kakanai::forms::test;

class TestIndividualNumber : public QObject {
    Q_OBJECT
private slots:
    void fixturesHaveValidCheckDigits_data();
    void fixturesHaveValidCheckDigits();
    void checkDigit_data();
    void checkDigit();
    void rejects_data();
    void rejects();
    void fromTyped();
};

void TestIndividualNumber::fixturesHaveValidCheckDigits_data()
{
    QTest::addColumn<QByteArray>("number");
    const QByteArray json = readFile(sourceDir() + QStringLiteral("/tests/data/persons.json"));
    QVERIFY2(!json.isEmpty(), "tests/data/persons.json not found (KAKANAI_SOURCE_DIR)");
    int rows = 0;
    for (const QJsonValue &p : QJsonDocument::fromJson(json).array()) {
        const QString n = p.toObject().value(QStringLiteral("individualNumber")).toString();
        if (n.isEmpty())
            continue;
        // Row names are the person's index: the test data is made up, but the habit stays.
        QTest::addRow("person %d", rows++) << n.toLatin1();
    }
    QVERIFY(rows >= 5);
}

void TestIndividualNumber::fixturesHaveValidCheckDigits()
{
    QFETCH(QByteArray, number);
    QVERIFY(IndividualNumber::isValid(number));
    QVERIFY(IndividualNumber::validate(number));
    QCOMPARE(IndividualNumber::checkDigit(number.first(11)), number.at(11) - '0');
    // Every other last digit is wrong.
    for (char d = '0'; d <= '9'; ++d) {
        if (d == number.at(11))
            continue;
        QByteArray wrong = number;
        wrong[11] = d;
        QVERIFY(!IndividualNumber::isValid(wrong));
    }
}

void TestIndividualNumber::checkDigit_data()
{
    QTest::addColumn<QByteArray>("first11");
    QTest::addColumn<int>("expected");
    // Worked by hand from 施行令第8条: Σ Pn·Qn with P1 the rightmost digit.
    QTest::newRow("12345678901: sum 212, r 3") << QByteArray("12345678901") << 8;
    QTest::newRow("00000000000: r 0") << QByteArray("00000000000") << 0;
    QTest::newRow("00000000001: P1 weight 2, r 2") << QByteArray("00000000001") << 9;
    QTest::newRow("10000000000: P11 weight 6") << QByteArray("10000000000") << 5;
    QTest::newRow("00000100000: P6 weight 7") << QByteArray("00000100000") << 4;
    QTest::newRow("00000010000: P5 weight 6") << QByteArray("00000010000") << 5;
    QTest::newRow("00000000050: P2 weight 3, sum 15, r 4") << QByteArray("00000000050") << 7;
    QTest::newRow("00000000005: sum 10, r 10") << QByteArray("00000000005") << 1;
    QTest::newRow("00000000040: sum 12, r 1 -> 0") << QByteArray("00000000040") << 0;
    QTest::newRow("too short") << QByteArray("1234567890") << -1;
    QTest::newRow("not digits") << QByteArray("1234567890a") << -1;
}

void TestIndividualNumber::checkDigit()
{
    QFETCH(QByteArray, first11);
    QFETCH(int, expected);
    QCOMPARE(IndividualNumber::checkDigit(first11), expected);
}

void TestIndividualNumber::rejects_data()
{
    QTest::addColumn<QByteArray>("digits");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("length");
    QTest::newRow("11 digits") << QByteArray("12345678901") << QStringLiteral("length");
    QTest::newRow("13 digits") << QByteArray("1234567890180") << QStringLiteral("length");
    QTest::newRow("letter") << QByteArray("12345678901x") << QStringLiteral("length");
    QTest::newRow("wrong check digit") << QByteArray("123456789012") << QStringLiteral("check-digit");
}

void TestIndividualNumber::rejects()
{
    QFETCH(QByteArray, digits);
    QFETCH(QString, detail);
    const Status s = IndividualNumber::validate(digits);
    QVERIFY(!s);
    QCOMPARE(s.error().technicalDetail(), detail);
    QCOMPARE(s.error().code(), ErrorCode::InvalidArgument);
    if (!digits.isEmpty())
        QVERIFY(!s.error().message().contains(QString::fromLatin1(digits.first(4))));
}

void TestIndividualNumber::fromTyped()
{
    auto d = IndividualNumber::fromTyped(QString::fromUtf16(u"１２３４ ５６７８－９０１８"));
    QVERIFY(d);
    QVERIFY(d->equals("123456789018"));
    QVERIFY(!IndividualNumber::fromTyped(u"1234-5678-901x"));
    QVERIFY(IndividualNumber::fromTyped(u"")->isEmpty());
}

QTEST_GUILESS_MAIN(TestIndividualNumber)
#include "tst_individualnumber.moc"
