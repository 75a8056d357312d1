#include "common/Redaction.h"

#include <QTest>

using namespace kakanai;

class TestRedaction : public QObject {
    Q_OBJECT
private slots:
    void scrubsNumbersAndSecrets_data();
    void scrubsNumbersAndSecrets();
    void masksIndividualNumber_data();
    void masksIndividualNumber();
    void hiddenShowsOnlyLength();
};

void TestRedaction::scrubsNumbersAndSecrets_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain 12 digits") << QStringLiteral("number 123456789012 read")
                                     << QStringLiteral("number [number] read");
    QTest::newRow("grouped with spaces") << QStringLiteral("n=1234 5678 9012.") << QStringLiteral("n=[number].");
    QTest::newRow("grouped with hyphens") << QStringLiteral("1234-5678-9012") << QStringLiteral("[number]");
    QTest::newRow("full-width digits") << QStringLiteral("番号１２３４５６７８９０１２です")
                                       << QStringLiteral("番号[number]です");
    QTest::newRow("in JSON") << QStringLiteral("{\"individualNumber\":\"123456789012\"}")
                             << QStringLiteral("{\"individualNumber\":\"[redacted]\"}");
    QTest::newRow("pin pair") << QStringLiteral("verify pin=1234 ok") << QStringLiteral("verify pin=[redacted] ok");
    QTest::newRow("PIN colon") << QStringLiteral("PIN: 9876") << QStringLiteral("PIN: [redacted]");
    QTest::newRow("13 digits untouched") << QStringLiteral("id 1234567890123") << QStringLiteral("id 1234567890123");
    QTest::newRow("11 digits untouched") << QStringLiteral("tel 09012345678") << QStringLiteral("tel 09012345678");
    QTest::newRow("dates untouched") << QStringLiteral("2026-11-24 13:00") << QStringLiteral("2026-11-24 13:00");
    QTest::newRow("uuid with a decimal last group") << QStringLiteral("record 7d9f3c2e-1111-4a2b-9c3d-000000000001 sent")
                                                    << QStringLiteral("record 7d9f3c2e-1111-4a2b-9c3d-000000000001 sent");
    QTest::newRow("number after a colon") << QStringLiteral("no:123456789012") << QStringLiteral("no:[number]");
    QTest::newRow("two numbers") << QStringLiteral("111122223333 and 444455556666")
                                 << QStringLiteral("[number] and [number]");
}

void TestRedaction::scrubsNumbersAndSecrets()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(redact::scrubText(input), expected);
}

void TestRedaction::masksIndividualNumber_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("keepLastFour");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all masked") << QStringLiteral("123456789012") << false << QStringLiteral("**** **** ****");
    QTest::newRow("last four") << QStringLiteral("123456789012") << true << QStringLiteral("**** **** 9012");
    QTest::newRow("empty") << QString() << false << QString();
}

void TestRedaction::masksIndividualNumber()
{
    QFETCH(QString, digits);
    QFETCH(bool, keepLastFour);
    QFETCH(QString, expected);
    QCOMPARE(redact::maskIndividualNumber(digits, keepLastFour), expected);
}

void TestRedaction::hiddenShowsOnlyLength()
{
    const QString out = redact::hidden(QStringLiteral("山田　太郎"));
    QCOMPARE(out, QStringLiteral("[redacted 5]"));
    QVERIFY(!out.contains(QStringLiteral("山田")));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
