#include "card/MatchingCodeB.h"

#include <QTest>

using namespace kakanai;

class TestMatchingCodeB : public QObject {
    Q_OBJECT
private slots:
    void eraYyMmDd_data();
    void eraYyMmDd();
    void eraNames();
    void build_data();
    void build();
    void rejects_data();
    void rejects();
};

void TestMatchingCodeB::eraYyMmDd_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QByteArray>("expected"); // empty: not representable

    QTest::newRow("before 明治") << QDate(1868, 10, 22) << QByteArray();
    QTest::newRow("明治 1st day") << QDate(1868, 10, 23) << QByteArray("011023");
    QTest::newRow("明治 last day") << QDate(1912, 7, 29) << QByteArray("450729");
    QTest::newRow("大正 1st day") << QDate(1912, 7, 30) << QByteArray("010730");
    QTest::newRow("大正 last day") << QDate(1926, 12, 24) << QByteArray("151224");
    QTest::newRow("昭和 1st day") << QDate(1926, 12, 25) << QByteArray("011225");
    QTest::newRow("昭和 55 (doc example)") << QDate(1980, 2, 17) << QByteArray("550217");
    QTest::newRow("昭和 last day") << QDate(1989, 1, 7) << QByteArray("640107");
    QTest::newRow("平成 1st day") << QDate(1989, 1, 8) << QByteArray("010108");
    QTest::newRow("平成 leap day") << QDate(2000, 2, 29) << QByteArray("120229");
    QTest::newRow("平成 last day") << QDate(2019, 4, 30) << QByteArray("310430");
    QTest::newRow("令和 1st day") << QDate(2019, 5, 1) << QByteArray("010501");
    QTest::newRow("令和 2024") << QDate(2024, 12, 31) << QByteArray("061231");
    QTest::newRow("invalid date") << QDate() << QByteArray();
}

void TestMatchingCodeB::eraYyMmDd()
{
    QFETCH(QDate, date);
    QFETCH(QByteArray, expected);
    const auto r = MatchingCodeB::eraYyMmDd(date);
    if (expected.isEmpty()) {
        QVERIFY(!r.has_value());
    } else {
        QVERIFY(r.has_value());
        QCOMPARE(*r, expected);
    }
}

void TestMatchingCodeB::eraNames()
{
    QCOMPARE(MatchingCodeB::eraOf(QDate(1912, 7, 29))->era, MatchingCodeB::Era::Meiji);
    QCOMPARE(MatchingCodeB::eraOf(QDate(1912, 7, 30))->era, MatchingCodeB::Era::Taisho);
    QCOMPARE(MatchingCodeB::eraOf(QDate(1926, 12, 25))->era, MatchingCodeB::Era::Showa);
    QCOMPARE(MatchingCodeB::eraOf(QDate(1989, 1, 8))->era, MatchingCodeB::Era::Heisei);
    QCOMPARE(MatchingCodeB::eraOf(QDate(2019, 5, 1))->era, MatchingCodeB::Era::Reiwa);
    QCOMPARE(MatchingCodeB::eraOf(QDate(2019, 5, 1))->year, 1);
}

void TestMatchingCodeB::build_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("expiry");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("expected");
    // The worked example of docs/mynumber-card.md and the fixture persons.
    QTest::newRow("昭和55") << QDate(1980, 2, 17) << 2035 << QByteArray("2285") << QByteArray("55021720352285");
    QTest::newRow("平成4") << QDate(1992, 7, 4) << 2035 << QByteArray("0000") << QByteArray("04070420350000");
    QTest::newRow("昭和30") << QDate(1955, 11, 3) << 2030 << QByteArray("0912") << QByteArray("30110320300912");
    QTest::newRow("大正 last day") << QDate(1926, 12, 24) << 2031 << QByteArray("4455") << QByteArray("15122420314455");
    QTest::newRow("令和 1st day") << QDate(2019, 5, 1) << 2029 << QByteArray("7788") << QByteArray("01050120297788");
    QTest::newRow("昭和 last day") << QDate(1989, 1, 7) << 2034 << QByteArray("1111") << QByteArray("64010720341111");
    QTest::newRow("平成 1st day") << QDate(1989, 1, 8) << 2033 << QByteArray("2222") << QByteArray("01010820332222");
    QTest::newRow("明治 last day") << QDate(1912, 7, 29) << 2027 << QByteArray("3333") << QByteArray("45072920273333");
}

void TestMatchingCodeB::build()
{
    QFETCH(QDate, birth);
    QFETCH(int, expiry);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, expected);
    const auto r = MatchingCodeB::build(birth, expiry, code);
    QVERIFY(r.has_value());
    QCOMPARE(r->size(), MatchingCodeB::kLength);
    QVERIFY(r->equals(expected));
}

void TestMatchingCodeB::rejects_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("expiry");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("before 明治") << QDate(1868, 1, 1) << 2035 << QByteArray("1234");
    QTest::newRow("3-digit code") << QDate(1980, 2, 17) << 2035 << QByteArray("123");
    QTest::newRow("5-digit code") << QDate(1980, 2, 17) << 2035 << QByteArray("12345");
    QTest::newRow("letter in code") << QDate(1980, 2, 17) << 2035 << QByteArray("12a4");
    QTest::newRow("2-digit expiry") << QDate(1980, 2, 17) << 35 << QByteArray("1234");
    QTest::newRow("invalid date") << QDate() << 2035 << QByteArray("1234");
}

void TestMatchingCodeB::rejects()
{
    QFETCH(QDate, birth);
    QFETCH(int, expiry);
    QFETCH(QByteArray, code);
    const auto r = MatchingCodeB::build(birth, expiry, code);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::InvalidArgument);
    QVERIFY(!r.error().message().contains(QString::fromLatin1(code)) || code.isEmpty());
}

QTEST_GUILESS_MAIN(TestMatchingCodeB)
#include "tst_matchingcodeb.moc"
