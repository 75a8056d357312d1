#include "jp/JapaneseDate.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::jp;

class TestJapaneseDate : public QObject {
    Q_OBJECT
private slots:
    void parsesInputForms_data();
    void parsesInputForms();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void errorsDoNotRepeatInput();
    void roundTripAroundBoundaries_data();
    void roundTripAroundBoundaries();
    void formats_data();
    void formats();
    void formatRefusesEarlyDates();
    void eraYYMMDD_data();
    void eraYYMMDD();
    void parseWareki();
};

void TestJapaneseDate::parsesInputForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("expected");
    const QDate apr1(2024, 4, 1);
    auto row = [](const char16_t *input, QDate expected) {
        const QString s = QString::fromUtf16(input);
        QTest::newRow(qPrintable(s)) << s << expected;
    };
    // Era letters
    row(u"R6.4.1", apr1);
    row(u"r6/4/1", apr1);
    row(u"R06.04.01", apr1);
    row(u"R6-4-1", apr1);
    row(u"R.6.4.1", apr1);
    row(u"H31.4.30", QDate(2019, 4, 30));
    row(u"h1.1.8", QDate(1989, 1, 8));
    row(u"S64.1.7", QDate(1989, 1, 7));
    row(u"S55.2.17", QDate(1980, 2, 17));
    row(u"T1.7.30", QDate(1912, 7, 30));
    row(u"M45.7.29", QDate(1912, 7, 29));
    row(u"M6.1.1", QDate(1873, 1, 1));
    row(u"R1.5.1", QDate(2019, 5, 1));
    // Kanji
    row(u"令和6年4月1日", apr1);
    row(u"令和元年5月1日", QDate(2019, 5, 1));
    row(u"令和1年5月1日", QDate(2019, 5, 1));
    row(u"平成31年4月30日", QDate(2019, 4, 30));
    row(u"平成元年1月8日", QDate(1989, 1, 8));
    row(u"昭和64年1月7日", QDate(1989, 1, 7));
    row(u"大正元年7月30日", QDate(1912, 7, 30));
    row(u"明治45年7月29日", QDate(1912, 7, 29));
    row(u"令和 6年 4月 1日", apr1);
    row(u"令和６年４月１日", apr1);
    row(u"令和０６年０４月０１日", apr1);
    row(u"令和6.4.1", apr1);
    row(u"R6年4月1日", apr1);
    row(u"Ｒ６．４．１", apr1);
    row(u"ｒ６／４／１", apr1);
    row(u"  令和6年4月1日  ", apr1);
    row(u"　令和6年4月1日　", apr1);
    // Squared era ligatures (NFKC)
    row(u"㍻31年4月30日", QDate(2019, 4, 30));
    row(u"㋿6年4月1日", apr1);
    // 7-digit code
    row(u"5060401", apr1);
    row(u"５０６０４０１", apr1);
    row(u"4310430", QDate(2019, 4, 30));
    row(u"5010501", QDate(2019, 5, 1));
    row(u"3550217", QDate(1980, 2, 17));
    row(u"3640107", QDate(1989, 1, 7));
    row(u"2010730", QDate(1912, 7, 30));
    row(u"1450729", QDate(1912, 7, 29));
    // Gregorian
    row(u"2024-04-01", apr1);
    row(u"2024/4/1", apr1);
    row(u"2024.4.1", apr1);
    row(u"2024年4月1日", apr1);
    row(u"２０２４／０４／０１", apr1);
    row(u"2024ー4ー1", apr1);
    row(u"20240401", apr1);
    row(u"2000-02-29", QDate(2000, 2, 29));
    row(u"1873-01-01", QDate(1873, 1, 1));
}

void TestJapaneseDate::parsesInputForms()
{
    QFETCH(QString, input);
    QFETCH(QDate, expected);
    const auto date = JapaneseDate::parse(input);
    QVERIFY2(date, date ? "" : qPrintable(date.error().toString()));
    QCOMPARE(*date, expected);
}

void TestJapaneseDate::rejectsBadInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("detail");
    auto row = [](const char16_t *input, const char *detail) {
        const QString s = QString::fromUtf16(input);
        QTest::newRow(qPrintable(QStringLiteral("%1 → %2").arg(s, QLatin1String(detail))))
            << s << QString::fromLatin1(detail);
    };
    // unknown era
    row(u"X6.4.1", "unknown-era");
    row(u"A1.1.1", "unknown-era");
    row(u"慶応3年1月1日", "unknown-era");
    row(u"令6年4月1日", "unknown-era");
    row(u"RR6.4.1", "unknown-era");
    row(u"6060401", "unknown-era");
    row(u"0060401", "unknown-era");
    row(u"9010101", "unknown-era");
    // out of range
    row(u"R6.13.1", "month-out-of-range");
    row(u"R6.0.1", "month-out-of-range");
    row(u"2024-13-01", "month-out-of-range");
    row(u"5061301", "month-out-of-range");
    row(u"R6.4.31", "day-out-of-range");
    row(u"R6.4.0", "day-out-of-range");
    row(u"令和6年2月30日", "day-out-of-range");
    row(u"2024-02-30", "day-out-of-range");
    row(u"2023-02-29", "day-out-of-range");
    row(u"H31.2.29", "day-out-of-range");
    row(u"5060431", "day-out-of-range");
    row(u"令和0年1月1日", "year-out-of-range");
    row(u"R0.5.1", "year-out-of-range");
    // outside the era
    row(u"平成32年1月1日", "outside-era");
    row(u"H32.1.1", "outside-era");
    row(u"令和1年4月30日", "outside-era");
    row(u"令和元年4月30日", "outside-era");
    row(u"昭和64年1月8日", "outside-era");
    row(u"平成元年1月7日", "outside-era");
    row(u"H31.5.1", "outside-era");
    row(u"4310501", "outside-era");
    row(u"大正15年12月25日", "outside-era");
    row(u"昭和100年1月1日", "outside-era");
    // before the Gregorian calendar
    row(u"明治5年12月31日", "before-1873");
    row(u"M1.10.23", "before-1873");
    row(u"1872-12-31", "before-1873");
    row(u"1051231", "before-1873");
    row(u"1000101", "year-out-of-range");
    // garbage
    row(u"", "unrecognised-format");
    row(u"   ", "unrecognised-format");
    row(u"hello", "unrecognised-format");
    row(u"R6.4", "unrecognised-format");
    row(u"令和6年4月", "unrecognised-format");
    row(u"R6.4.1.2", "unrecognised-format");
    row(u"2024-04-01T00:00", "unrecognised-format");
    row(u"24-04-01", "unrecognised-format");
    row(u"060401", "unrecognised-format");
    row(u"123456789", "unrecognised-format");
    row(u"令和六年四月一日", "unrecognised-format");
    row(u"R6..4.1", "unrecognised-format");
    row(u"R6.4.1x", "unrecognised-format");
}

void TestJapaneseDate::rejectsBadInput()
{
    QFETCH(QString, input);
    QFETCH(QString, detail);
    const auto date = JapaneseDate::parse(input);
    QVERIFY2(!date, date ? qPrintable(date->toString(Qt::ISODate)) : "");
    QCOMPARE(date.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(date.error().technicalDetail(), detail);
    QVERIFY(!date.error().message().isEmpty());
}

// A date of birth is personal data: the error must not echo it.
void TestJapaneseDate::errorsDoNotRepeatInput()
{
    for (const QString &input : {QStringLiteral("S55.2.30"), QStringLiteral("X55.2.17"), QStringLiteral("3550230"),
                                 QStringLiteral("1980-02-30")}) {
        const auto date = JapaneseDate::parse(input);
        QVERIFY(!date);
        QVERIFY2(!date.error().toString().contains(input), qPrintable(date.error().toString()));
        QVERIFY2(!date.error().toString().contains(QStringLiteral("55")), qPrintable(date.error().toString()));
    }
}

void TestJapaneseDate::roundTripAroundBoundaries_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QString>("eraName");
    QTest::addColumn<QString>("previousEraName");
    QTest::newRow("大正") << QDate(1912, 7, 30) << QStringLiteral("大正") << QStringLiteral("明治");
    QTest::newRow("昭和") << QDate(1926, 12, 25) << QStringLiteral("昭和") << QStringLiteral("大正");
    QTest::newRow("平成") << QDate(1989, 1, 8) << QStringLiteral("平成") << QStringLiteral("昭和");
    QTest::newRow("令和") << QDate(2019, 5, 1) << QStringLiteral("令和") << QStringLiteral("平成");
}

// Every day from three days before to three days after each era change, in
// every output style, read back by the parser.
void TestJapaneseDate::roundTripAroundBoundaries()
{
    QFETCH(QDate, first);
    QFETCH(QString, eraName);
    QFETCH(QString, previousEraName);
    for (int offset = -3; offset <= 3; ++offset) {
        const QDate date = first.addDays(offset);
        const QString where = date.toString(Qt::ISODate);

        const auto kanji = JapaneseDate::format(date);
        QVERIFY2(kanji, qPrintable(where));
        QVERIFY2(kanji->startsWith(offset >= 0 ? eraName : previousEraName), qPrintable(*kanji));
        QCOMPARE(kanji->contains(QStringLiteral("元年")), offset >= 0);

        QStringList written{*kanji};
        for (const auto style : {Wareki::Style::Letter, Wareki::Style::LetterPadded})
            written << JapaneseDate::format(date, style).value_or(QString());
        written << JapaneseDate::format(date, Wareki::Style::Kanji, Wareki::FirstYear::Numeral).value_or(QString());
        written << JapaneseDate::sevenDigitCode(date).value_or(QString());
        written << date.toString(Qt::ISODate);
        for (const QString &text : std::as_const(written)) {
            const auto back = JapaneseDate::parse(text);
            QVERIFY2(back, qPrintable(where + QStringLiteral(" / ") + text));
            QCOMPARE(*back, date);
        }
    }
}

void TestJapaneseDate::formats_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("style");
    QTest::addColumn<bool>("numeral");
    QTest::addColumn<QString>("expected");
    const QDate apr1(2024, 4, 1);
    const QDate reiwa1(2019, 5, 1);
    QTest::newRow("kanji") << apr1 << int(Wareki::Style::Kanji) << false << QStringLiteral("令和6年4月1日");
    QTest::newRow("letter") << apr1 << int(Wareki::Style::Letter) << false << QStringLiteral("R6.4.1");
    QTest::newRow("padded") << apr1 << int(Wareki::Style::LetterPadded) << false << QStringLiteral("R06.04.01");
    QTest::newRow("元年") << reiwa1 << int(Wareki::Style::Kanji) << false << QStringLiteral("令和元年5月1日");
    QTest::newRow("1年") << reiwa1 << int(Wareki::Style::Kanji) << true << QStringLiteral("令和1年5月1日");
    QTest::newRow("R1") << reiwa1 << int(Wareki::Style::Letter) << false << QStringLiteral("R1.5.1");
    QTest::newRow("H01 padded") << QDate(1989, 1, 8) << int(Wareki::Style::LetterPadded) << false
                                << QStringLiteral("H01.01.08");
}

void TestJapaneseDate::formats()
{
    QFETCH(QDate, date);
    QFETCH(int, style);
    QFETCH(bool, numeral);
    QFETCH(QString, expected);
    const auto text = JapaneseDate::format(date, static_cast<Wareki::Style>(style),
                                           numeral ? Wareki::FirstYear::Numeral : Wareki::FirstYear::Gannen);
    QVERIFY(text);
    QCOMPARE(*text, expected);
}

void TestJapaneseDate::formatRefusesEarlyDates()
{
    const auto text = JapaneseDate::format(QDate(1872, 12, 31));
    QVERIFY(!text);
    QCOMPARE(text.error().technicalDetail(), QStringLiteral("before-1873"));
    QVERIFY(!JapaneseDate::format(QDate()));
}

void TestJapaneseDate::eraYYMMDD_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("照合番号B example") << QDate(1980, 2, 17) << QStringLiteral("550217");
    QTest::newRow("平成元年") << QDate(1989, 1, 8) << QStringLiteral("010108");
    QTest::newRow("昭和64年") << QDate(1989, 1, 7) << QStringLiteral("640107");
    QTest::newRow("令和元年") << QDate(2019, 5, 1) << QStringLiteral("010501");
    QTest::newRow("平成31年") << QDate(2019, 4, 30) << QStringLiteral("310430");
}

void TestJapaneseDate::eraYYMMDD()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    const auto code = JapaneseDate::eraYYMMDD(date);
    QVERIFY(code);
    QCOMPARE(*code, expected);
    QCOMPARE(code->size(), 6);
}

void TestJapaneseDate::parseWareki()
{
    const auto w = JapaneseDate::parseWareki(QStringLiteral("2019-05-01"));
    QVERIFY(w);
    QCOMPARE(w->era(), Era::Reiwa);
    QCOMPARE(w->year(), 1);
    QCOMPARE(w->toString(), QStringLiteral("令和元年5月1日"));
    const auto bad = JapaneseDate::parseWareki(QStringLiteral("令和1年4月30日"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().technicalDetail(), QStringLiteral("outside-era"));
}

QTEST_GUILESS_MAIN(TestJapaneseDate)
#include "tst_japanesedate.moc"
