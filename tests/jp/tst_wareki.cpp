#include "jp/Wareki.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::jp;

namespace {

// The era table as facts, written here independently of the code under test.
struct Boundary {
    QDate first;
    int era;          // 1 明治 … 5 令和
    int lastYearOfPrevious;
};
const Boundary kBoundaries[] = {
    {QDate(1912, 7, 30), 2, 45}, // 大正, 明治45年 before
    {QDate(1926, 12, 25), 3, 15}, // 昭和, 大正15年 before
    {QDate(1989, 1, 8), 4, 64},   // 平成, 昭和64年 before
    {QDate(2019, 5, 1), 5, 31},   // 令和, 平成31年 before
};

Era era(int code)
{
    return *Wareki::eraFromCode(code);
}

} // namespace

class TestWareki : public QObject {
    Q_OBJECT
private slots:
    void fromDate_data();
    void fromDate();
    void fromEraDate_data() { fromDate_data(); }
    void fromEraDate();
    void firstYearAsNumeral();
    void roundTripAroundBoundaries_data();
    void roundTripAroundBoundaries();
    void everyDayAgreesWithEraTable();
    void refusesEraDates_data();
    void refusesEraDates();
    void refusesGregorianDates_data();
    void refusesGregorianDates();
    void eraYYMMDD_data();
    void eraYYMMDD();
    void eraYYMMDDNeedsTwoDigitYear();
    void eraLookups_data();
    void eraLookups();
    void unknownEraLookups();
    void supportedRange_data();
    void supportedRange();
};

void TestWareki::fromDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("era");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("kanji");
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QString>("padded");

    auto row = [](const char *name, QDate d, int e, int y, const char16_t *k, const char16_t *l, const char16_t *p) {
        QTest::newRow(name) << d << e << y << QString::fromUtf16(k) << QString::fromUtf16(l) << QString::fromUtf16(p);
    };
    row("first supported day", QDate(1873, 1, 1), 1, 6, u"明治6年1月1日", u"M6.1.1", u"M06.01.01");
    row("last of Meiji", QDate(1912, 7, 29), 1, 45, u"明治45年7月29日", u"M45.7.29", u"M45.07.29");
    row("first of Taisho", QDate(1912, 7, 30), 2, 1, u"大正元年7月30日", u"T1.7.30", u"T01.07.30");
    row("last of Taisho", QDate(1926, 12, 24), 2, 15, u"大正15年12月24日", u"T15.12.24", u"T15.12.24");
    row("first of Showa", QDate(1926, 12, 25), 3, 1, u"昭和元年12月25日", u"S1.12.25", u"S01.12.25");
    row("Showa 2 new year", QDate(1927, 1, 1), 3, 2, u"昭和2年1月1日", u"S2.1.1", u"S02.01.01");
    row("1980-02-17", QDate(1980, 2, 17), 3, 55, u"昭和55年2月17日", u"S55.2.17", u"S55.02.17");
    row("last of Showa", QDate(1989, 1, 7), 3, 64, u"昭和64年1月7日", u"S64.1.7", u"S64.01.07");
    row("first of Heisei", QDate(1989, 1, 8), 4, 1, u"平成元年1月8日", u"H1.1.8", u"H01.01.08");
    row("leap day 2000", QDate(2000, 2, 29), 4, 12, u"平成12年2月29日", u"H12.2.29", u"H12.02.29");
    row("last of Heisei", QDate(2019, 4, 30), 4, 31, u"平成31年4月30日", u"H31.4.30", u"H31.04.30");
    row("first of Reiwa", QDate(2019, 5, 1), 5, 1, u"令和元年5月1日", u"R1.5.1", u"R01.05.01");
    row("Reiwa 2 new year", QDate(2020, 1, 1), 5, 2, u"令和2年1月1日", u"R2.1.1", u"R02.01.01");
    row("2024-04-01", QDate(2024, 4, 1), 5, 6, u"令和6年4月1日", u"R6.4.1", u"R06.04.01");
    row("2024-12-31", QDate(2024, 12, 31), 5, 6, u"令和6年12月31日", u"R6.12.31", u"R06.12.31");
}

void TestWareki::fromDate()
{
    QFETCH(QDate, date);
    QFETCH(int, era);
    QFETCH(int, year);
    QFETCH(QString, kanji);
    QFETCH(QString, letter);
    QFETCH(QString, padded);

    const auto w = Wareki::fromDate(date);
    QVERIFY2(w.has_value(), w ? "" : qPrintable(w.error().toString()));
    QCOMPARE(Wareki::eraCode(w->era()), era);
    QCOMPARE(w->year(), year);
    QCOMPARE(w->month(), date.month());
    QCOMPARE(w->day(), date.day());
    QCOMPARE(w->toDate(), date);
    QCOMPARE(w->toString(), kanji);
    QCOMPARE(w->toString(Wareki::Style::Kanji), kanji);
    QCOMPARE(w->toString(Wareki::Style::Letter), letter);
    QCOMPARE(w->toString(Wareki::Style::LetterPadded), padded);
}

void TestWareki::fromEraDate()
{
    QFETCH(QDate, date);
    QFETCH(int, era);
    QFETCH(int, year);
    QFETCH(QString, kanji);

    const auto w = Wareki::fromEraDate(::era(era), year, date.month(), date.day());
    QVERIFY2(w.has_value(), w ? "" : qPrintable(w.error().toString()));
    QCOMPARE(w->toDate(), date);
    QCOMPARE(w->toString(), kanji);
    QCOMPARE(*w, *Wareki::fromDate(date));
}

void TestWareki::firstYearAsNumeral()
{
    const auto w = Wareki::fromDate(QDate(2019, 5, 1));
    QVERIFY(w);
    QCOMPARE(w->toString(Wareki::Style::Kanji, Wareki::FirstYear::Numeral), QStringLiteral("令和1年5月1日"));
    QCOMPARE(w->toString(Wareki::Style::Kanji, Wareki::FirstYear::Gannen), QStringLiteral("令和元年5月1日"));
    // The letter styles always use a number.
    QCOMPARE(w->toString(Wareki::Style::Letter, Wareki::FirstYear::Gannen), QStringLiteral("R1.5.1"));
    // Year 2 is never 元.
    QCOMPARE(Wareki::fromDate(QDate(2020, 5, 1))->toString(Wareki::Style::Kanji, Wareki::FirstYear::Gannen),
             QStringLiteral("令和2年5月1日"));
}

void TestWareki::roundTripAroundBoundaries_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("era");
    QTest::addColumn<int>("lastYearOfPrevious");
    for (const Boundary &b : kBoundaries)
        QTest::newRow(qPrintable(b.first.toString(Qt::ISODate))) << b.first << b.era << b.lastYearOfPrevious;
}

void TestWareki::roundTripAroundBoundaries()
{
    QFETCH(QDate, first);
    QFETCH(int, era);
    QFETCH(int, lastYearOfPrevious);
    for (int offset = -3; offset <= 3; ++offset) {
        const QDate date = first.addDays(offset);
        const auto w = Wareki::fromDate(date);
        QVERIFY2(w, qPrintable(date.toString(Qt::ISODate)));
        const bool after = offset >= 0;
        QCOMPARE(Wareki::eraCode(w->era()), after ? era : era - 1);
        QCOMPARE(w->year(), after ? 1 : lastYearOfPrevious);
        const auto back = Wareki::fromEraDate(w->era(), w->year(), w->month(), w->day());
        QVERIFY2(back, qPrintable(date.toString(Qt::ISODate)));
        QCOMPARE(back->toDate(), date);
        // The same day written in the other era is refused.
        const Era other = ::era(after ? era - 1 : era);
        const int otherYear = after ? lastYearOfPrevious : 1;
        const auto wrong = Wareki::fromEraDate(other, otherYear, date.month(), date.day());
        QVERIFY2(!wrong, qPrintable(date.toString(Qt::ISODate)));
        QCOMPARE(wrong.error().technicalDetail(), QStringLiteral("outside-era"));
    }
}

// ICU against the table above, for every day from 1873 to 2060.
void TestWareki::everyDayAgreesWithEraTable()
{
    const QDate starts[] = {QDate(1868, 1, 1), QDate(1912, 7, 30), QDate(1926, 12, 25), QDate(1989, 1, 8),
                            QDate(2019, 5, 1)};
    const int startYears[] = {1868, 1912, 1926, 1989, 2019};
    int checked = 0;
    for (QDate d(1873, 1, 1); d <= QDate(2060, 12, 31); d = d.addDays(1)) {
        int index = 4;
        while (d < starts[index])
            --index;
        const auto w = Wareki::fromDate(d);
        if (!w || Wareki::eraCode(w->era()) != index + 1 || w->year() != d.year() - startYears[index] + 1
            || w->month() != d.month() || w->day() != d.day()) {
            QFAIL(qPrintable(QStringLiteral("mismatch on ") + d.toString(Qt::ISODate)));
        }
        const auto back = Wareki::fromEraDate(w->era(), w->year(), w->month(), w->day());
        if (!back || back->toDate() != d)
            QFAIL(qPrintable(QStringLiteral("no round trip on ") + d.toString(Qt::ISODate)));
        ++checked;
    }
    QCOMPARE(checked, QDate(1873, 1, 1).daysTo(QDate(2060, 12, 31)) + 1);
}

void TestWareki::refusesEraDates_data()
{
    QTest::addColumn<int>("era");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("detail");
    const QString outside = QStringLiteral("outside-era");
    QTest::newRow("平成32年1月1日") << 4 << 32 << 1 << 1 << outside;
    QTest::newRow("平成31年5月1日") << 4 << 31 << 5 << 1 << outside;
    QTest::newRow("令和1年4月30日") << 5 << 1 << 4 << 30 << outside;
    QTest::newRow("昭和64年1月8日") << 3 << 64 << 1 << 8 << outside;
    QTest::newRow("昭和65年1月1日") << 3 << 65 << 1 << 1 << outside;
    QTest::newRow("平成元年1月7日") << 4 << 1 << 1 << 7 << outside;
    QTest::newRow("大正15年12月25日") << 2 << 15 << 12 << 25 << outside;
    QTest::newRow("昭和元年12月24日") << 3 << 1 << 12 << 24 << outside;
    QTest::newRow("明治45年7月30日") << 1 << 45 << 7 << 30 << outside;
    QTest::newRow("大正元年7月29日") << 2 << 1 << 7 << 29 << outside;
    QTest::newRow("year 0") << 4 << 0 << 1 << 8 << QStringLiteral("year-out-of-range");
    QTest::newRow("negative year") << 5 << -1 << 1 << 1 << QStringLiteral("year-out-of-range");
    QTest::newRow("huge year") << 5 << 2147483647 << 1 << 1 << QStringLiteral("year-out-of-range");
    QTest::newRow("month 13") << 5 << 6 << 13 << 1 << QStringLiteral("month-out-of-range");
    QTest::newRow("month 0") << 5 << 6 << 0 << 1 << QStringLiteral("month-out-of-range");
    QTest::newRow("day 32") << 5 << 6 << 1 << 32 << QStringLiteral("day-out-of-range");
    QTest::newRow("day 0") << 5 << 6 << 1 << 0 << QStringLiteral("day-out-of-range");
    QTest::newRow("4月31日") << 5 << 6 << 4 << 31 << QStringLiteral("day-out-of-range");
    QTest::newRow("平成31年2月29日 (2019)") << 4 << 31 << 2 << 29 << QStringLiteral("day-out-of-range");
    QTest::newRow("明治5年12月31日") << 1 << 5 << 12 << 31 << QStringLiteral("before-1873");
    QTest::newRow("明治元年10月23日") << 1 << 1 << 10 << 23 << QStringLiteral("before-1873");
}

void TestWareki::refusesEraDates()
{
    QFETCH(int, era);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, detail);
    const auto w = Wareki::fromEraDate(::era(era), year, month, day);
    QVERIFY2(!w, w ? qPrintable(w->toDate().toString(Qt::ISODate)) : "");
    QCOMPARE(w.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(w.error().technicalDetail(), detail);
    QVERIFY(!w.error().message().isEmpty());
}

void TestWareki::refusesGregorianDates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("detail");
    QTest::newRow("invalid") << QDate() << QStringLiteral("invalid-date");
    QTest::newRow("1872-12-31") << QDate(1872, 12, 31) << QStringLiteral("before-1873");
    QTest::newRow("ICU's Meiji start") << QDate(1868, 9, 8) << QStringLiteral("before-1873");
    QTest::newRow("1868-01-25") << QDate(1868, 1, 25) << QStringLiteral("before-1873");
}

void TestWareki::refusesGregorianDates()
{
    QFETCH(QDate, date);
    QFETCH(QString, detail);
    const auto w = Wareki::fromDate(date);
    QVERIFY(!w);
    QCOMPARE(w.error().technicalDetail(), detail);
}

void TestWareki::eraYYMMDD_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("yymmdd");
    QTest::addColumn<QString>("code7");
    QTest::newRow("1980-02-17 昭和55") << QDate(1980, 2, 17) << QStringLiteral("550217") << QStringLiteral("3550217");
    QTest::newRow("1989-01-07 昭和64") << QDate(1989, 1, 7) << QStringLiteral("640107") << QStringLiteral("3640107");
    QTest::newRow("1989-01-08 平成元") << QDate(1989, 1, 8) << QStringLiteral("010108") << QStringLiteral("4010108");
    QTest::newRow("2019-04-30 平成31") << QDate(2019, 4, 30) << QStringLiteral("310430") << QStringLiteral("4310430");
    QTest::newRow("2019-05-01 令和元") << QDate(2019, 5, 1) << QStringLiteral("010501") << QStringLiteral("5010501");
    QTest::newRow("2024-04-01 令和6") << QDate(2024, 4, 1) << QStringLiteral("060401") << QStringLiteral("5060401");
    QTest::newRow("1912-07-30 大正元") << QDate(1912, 7, 30) << QStringLiteral("010730") << QStringLiteral("2010730");
    QTest::newRow("1900-01-01 明治33") << QDate(1900, 1, 1) << QStringLiteral("330101") << QStringLiteral("1330101");
}

void TestWareki::eraYYMMDD()
{
    QFETCH(QDate, date);
    QFETCH(QString, yymmdd);
    QFETCH(QString, code7);
    const auto w = Wareki::fromDate(date);
    QVERIFY(w);
    QCOMPARE(w->eraYYMMDD().value_or(QString()), yymmdd);
    QCOMPARE(w->sevenDigitCode().value_or(QString()), code7);
}

void TestWareki::eraYYMMDDNeedsTwoDigitYear()
{
    const auto w = Wareki::fromDate(QDate(2118, 1, 1));
    QVERIFY(w);
    QCOMPARE(w->year(), 100);
    QCOMPARE(w->toString(), QStringLiteral("令和100年1月1日"));
    QVERIFY(!w->eraYYMMDD());
    QCOMPARE(w->eraYYMMDD().error().technicalDetail(), QStringLiteral("year-not-two-digits"));
    QVERIFY(!w->sevenDigitCode());
    QCOMPARE(Wareki::fromDate(QDate(2117, 12, 31))->eraYYMMDD().value_or(QString()), QStringLiteral("991231"));
}

void TestWareki::eraLookups_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("letter");
    QTest::newRow("明治") << 1 << QStringLiteral("明治") << QStringLiteral("M");
    QTest::newRow("大正") << 2 << QStringLiteral("大正") << QStringLiteral("T");
    QTest::newRow("昭和") << 3 << QStringLiteral("昭和") << QStringLiteral("S");
    QTest::newRow("平成") << 4 << QStringLiteral("平成") << QStringLiteral("H");
    QTest::newRow("令和") << 5 << QStringLiteral("令和") << QStringLiteral("R");
}

void TestWareki::eraLookups()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    QFETCH(QString, letter);
    const Era e = ::era(code);
    QCOMPARE(Wareki::eraCode(e), code);
    QCOMPARE(Wareki::eraName(e), name);
    QCOMPARE(QString(Wareki::eraLetter(e)), letter);
    QCOMPARE(Wareki::eraFromName(name), std::optional<Era>(e));
    QCOMPARE(Wareki::eraFromLetter(letter.front()), std::optional<Era>(e));
    QCOMPARE(Wareki::eraFromLetter(letter.front().toLower()), std::optional<Era>(e));
}

void TestWareki::unknownEraLookups()
{
    QVERIFY(!Wareki::eraFromName(QStringLiteral("慶応")));
    QVERIFY(!Wareki::eraFromName(QStringLiteral("令")));
    QVERIFY(!Wareki::eraFromName(QString()));
    QVERIFY(!Wareki::eraFromLetter(QLatin1Char('A')));
    QVERIFY(!Wareki::eraFromLetter(QLatin1Char('K')));
    QVERIFY(!Wareki::eraFromCode(0));
    QVERIFY(!Wareki::eraFromCode(6));
}

void TestWareki::supportedRange_data()
{
    QTest::addColumn<int>("era");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("明治") << 1 << QDate(1873, 1, 1) << QDate(1912, 7, 29);
    QTest::newRow("大正") << 2 << QDate(1912, 7, 30) << QDate(1926, 12, 24);
    QTest::newRow("昭和") << 3 << QDate(1926, 12, 25) << QDate(1989, 1, 7);
    QTest::newRow("平成") << 4 << QDate(1989, 1, 8) << QDate(2019, 4, 30);
    QTest::newRow("令和") << 5 << QDate(2019, 5, 1) << QDate();
}

void TestWareki::supportedRange()
{
    QFETCH(int, era);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QCOMPARE(Wareki::firstSupportedDay(::era(era)), first);
    QCOMPARE(Wareki::lastDay(::era(era)), last);
    // And ICU agrees on both ends.
    QCOMPARE(Wareki::eraCode(Wareki::fromDate(first)->era()), era);
    if (last.isValid()) {
        QCOMPARE(Wareki::eraCode(Wareki::fromDate(last)->era()), era);
        QCOMPARE(Wareki::eraCode(Wareki::fromDate(last.addDays(1))->era()), era + 1);
    }
}

QTEST_GUILESS_MAIN(TestWareki)
#include "tst_wareki.moc"
