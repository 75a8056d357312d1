#include "FormsTestSupport.h"

#include "forms/FieldValidator.h"
#include "forms/IndividualNumber.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::forms;
using namespace kakanai::forms::test;

Q_DECLARE_METATYPE(kakanai::forms::ValidationState)

class TestFieldValidator : public QObject {
    Q_OBJECT
private slots:
    void validate_data();
    void validate();
    void emptyValues_data();
    void emptyValues();
    void childrenUntilTheMarchAfter18();
    void membersAreFilteredAndCut();
    void reasonsDoNotRepeatTheValue();
};

namespace {

const QDate kToday(2024, 6, 1);

QByteArray fieldJson(const char *type, const char *extra = "")
{
    return QByteArray("{\"id\": \"f\", \"label\": {\"ja\": \"項目\", \"en\": \"Item\"}, \"type\": \"") + type + "\""
        + (qstrlen(extra) ? QByteArray(", ") + extra : QByteArray()) + "}";
}

const char *kChoice = "\"options\": [{\"value\": \"tennyu\", \"label\": {\"ja\": \"転入\", \"en\": \"Moving in\"}},"
                      " {\"value\": \"tenkyo\", \"label\": {\"ja\": \"転居\", \"en\": \"Moving within\"}}]";

} // namespace

void TestFieldValidator::validate_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<ValidationState>("state");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("display");

    using VS = ValidationState;
    const auto S = [](const char16_t *s) { return QString::fromUtf16(s); };
    const auto row = [](const char *tag, const QByteArray &field, const QVariant &input, VS state, const QVariant &value,
                        const QString &display) { QTest::newRow(tag) << field << input << state << value << display; };

    // kana: normalised to katakana, then katakana only
    row("kana hiragana", fieldJson("kana"), S(u"やまだ　たろう"), VS::Ok, S(u"ヤマダ　タロウ"), S(u"ヤマダ　タロウ"));
    row("kana half-width", fieldJson("kana"), S(u"ﾔﾏﾀﾞ ﾀﾛｳ"), VS::Ok, S(u"ヤマダ　タロウ"), S(u"ヤマダ　タロウ"));
    row("kana with long vowel", fieldJson("kana"), S(u"スズキ　ユーコ"), VS::Ok, S(u"スズキ　ユーコ"), S(u"スズキ　ユーコ"));
    row("kana kanji", fieldJson("kana"), S(u"山田　太郎"), VS::Invalid, S(u"山田　太郎"), S(u"山田　太郎"));
    row("kana middle dot", fieldJson("kana"), S(u"ヤマダ・タロウ"), VS::Invalid, S(u"ヤマダ・タロウ"), S(u"ヤマダ・タロウ"));
    row("kana latin", fieldJson("kana"), S(u"YAMADA"), VS::Invalid, S(u"YAMADA"), S(u"YAMADA"));
    row("kana too long", fieldJson("kana", "\"maxLength\": 3"), S(u"ヤマダ"), VS::Ok, S(u"ヤマダ"), S(u"ヤマダ"));
    row("kana over maxLength", fieldJson("kana", "\"maxLength\": 3"), S(u"ヤマダタ"), VS::Invalid, S(u"ヤマダタ"), S(u"ヤマダタ"));

    // date: 和暦 or 西暦 in, QDate out, 和暦 shown
    row("date 令和", fieldJson("date"), S(u"令和6年4月1日"), VS::Ok, QDate(2024, 4, 1), S(u"令和6年4月1日"));
    row("date R letter", fieldJson("date"), S(u"R6.4.1"), VS::Ok, QDate(2024, 4, 1), S(u"令和6年4月1日"));
    row("date 令和元年", fieldJson("date"), S(u"令和元年5月1日"), VS::Ok, QDate(2019, 5, 1), S(u"令和元年5月1日"));
    row("date 平成 last day", fieldJson("date"), S(u"H31.4.30"), VS::Ok, QDate(2019, 4, 30), S(u"平成31年4月30日"));
    row("date 昭和 full-width", fieldJson("date"), S(u"昭和５５年２月１７日"), VS::Ok, QDate(1980, 2, 17), S(u"昭和55年2月17日"));
    row("date 7-digit code", fieldJson("date"), S(u"3550217"), VS::Ok, QDate(1980, 2, 17), S(u"昭和55年2月17日"));
    row("date ISO", fieldJson("date"), S(u"2024-04-01"), VS::Ok, QDate(2024, 4, 1), S(u"令和6年4月1日"));
    row("date as QDate", fieldJson("date"), QDate(1992, 7, 4), VS::Ok, QDate(1992, 7, 4), S(u"平成4年7月4日"));
    row("date 平成32年 (outside era)", fieldJson("date"), S(u"平成32年1月1日"), VS::Invalid, S(u"平成32年1月1日"), S(u"平成32年1月1日"));
    row("date 2月30日", fieldJson("date"), S(u"令和6年2月30日"), VS::Invalid, S(u"令和6年2月30日"), S(u"令和6年2月30日"));
    row("date words", fieldJson("date"), S(u"tomorrow"), VS::Invalid, S(u"tomorrow"), S(u"tomorrow"));
    row("date notFuture ok", fieldJson("date", "\"notFuture\": true"), QDate(2024, 6, 1), VS::Ok, QDate(2024, 6, 1), S(u"令和6年6月1日"));
    row("date notFuture future", fieldJson("date", "\"notFuture\": true"), QDate(2024, 6, 2), VS::Invalid, QDate(2024, 6, 2), S(u"令和6年6月2日"));
    row("date notPast past", fieldJson("date", "\"notPast\": true"), S(u"R6.5.31"), VS::Invalid, QDate(2024, 5, 31), S(u"令和6年5月31日"));

    // postal code, phone
    row("postal full-width with 〒", fieldJson("postalCode"), S(u"〒１００－８９２６"), VS::Ok, S(u"100-8926"), S(u"100-8926"));
    row("postal digits", fieldJson("postalCode"), S(u"1008926"), VS::Ok, S(u"100-8926"), S(u"100-8926"));
    row("postal short", fieldJson("postalCode"), S(u"100-89"), VS::Invalid, S(u"100-89"), S(u"100-89"));
    row("phone mobile full-width", fieldJson("phone"), S(u"０９０−１２３４−５６７８"), VS::Ok, S(u"090-1234-5678"), S(u"090-1234-5678"));
    row("phone fixed with parentheses", fieldJson("phone"), S(u"03(1234)5678"), VS::Ok, S(u"03-1234-5678"), S(u"03-1234-5678"));
    row("phone short number", fieldJson("phone"), S(u"110"), VS::Invalid, S(u"110"), S(u"110"));

    // choice
    row("choice value", fieldJson("choice", kChoice), S(u"tennyu"), VS::Ok, S(u"tennyu"), S(u"転入"));
    row("choice Japanese label", fieldJson("choice", kChoice), S(u"転居"), VS::Ok, S(u"tenkyo"), S(u"転居"));
    row("choice not an option", fieldJson("choice", kChoice), S(u"tenshutsu"), VS::Invalid, S(u"tenshutsu"), S(u"tenshutsu"));

    // checkbox
    row("checkbox true", fieldJson("checkbox"), true, VS::Ok, true, S(u"☑"));
    row("checkbox \"1\"", fieldJson("checkbox"), S(u"1"), VS::Ok, true, S(u"☑"));
    row("checkbox unset", fieldJson("checkbox"), QVariant(), VS::Ok, false, S(u"☐"));
    row("checkbox required unticked", fieldJson("checkbox", "\"required\": true"), false, VS::Missing, false, S(u"☐"));
    row("checkbox garbage", fieldJson("checkbox"), S(u"maybe"), VS::Invalid, QVariant(), QString());

    // address: as written, line breaks become one ideographic space
    row("address as on the card", fieldJson("address"), S(u"東京都千代田区霞が関２－１－２"), VS::Ok,
        S(u"東京都千代田区霞が関２－１－２"), S(u"東京都千代田区霞が関２－１－２"));
    row("address two lines", fieldJson("address"), S(u" 大阪府大阪市北区\n中之島１－３－２０ "), VS::Ok,
        S(u"大阪府大阪市北区　中之島１－３－２０"), S(u"大阪府大阪市北区　中之島１－３－２０"));

    // text with rules
    row("text max length in characters", fieldJson("text", "\"maxLength\": 2"), S(u"𠮷野"), VS::Ok, S(u"𠮷野"), S(u"𠮷野"));
    row("text over max length", fieldJson("text", "\"maxLength\": 2"), S(u"𠮷野家"), VS::Invalid, S(u"𠮷野家"), S(u"𠮷野家"));
    row("text pattern full-width digits", fieldJson("text", "\"pattern\": \"[0-9]{7}\""), S(u"１２３４５６７"), VS::Ok,
        S(u"1234567"), S(u"1234567"));
    row("text pattern mismatch", fieldJson("text", "\"pattern\": \"[0-9]{7}\""), S(u"12345"), VS::Invalid, S(u"12345"), S(u"12345"));

    // number
    row("number full-width", fieldJson("number", "\"min\": 1, \"max\": 20"), S(u"３"), VS::Ok, 3, S(u"3"));
    row("number int", fieldJson("number", "\"min\": 1, \"max\": 20"), 2, VS::Ok, 2, S(u"2"));
    row("number below min", fieldJson("number", "\"min\": 1, \"max\": 20"), 0, VS::Invalid, 0, S(u"0"));
    row("number above max", fieldJson("number", "\"min\": 1, \"max\": 20"), S(u"21"), VS::Invalid, 21, S(u"21"));
    row("number words", fieldJson("number"), S(u"two"), VS::Invalid, QVariant(), QString());

    // individual number: 12 digits, check digit; never shown
    row("individual number spaced", fieldJson("individualNumber"), S(u"1234 5678 9018"), VS::Ok, QVariant(),
        IndividualNumber::masked());
    row("individual number full-width", fieldJson("individualNumber"), S(u"１２３４５６７８９０１８"), VS::Ok, QVariant(),
        IndividualNumber::masked());
    row("individual number check digit", fieldJson("individualNumber"), S(u"123456789012"), VS::Invalid, QVariant(),
        IndividualNumber::masked());
    row("individual number short", fieldJson("individualNumber"), S(u"12345"), VS::Invalid, QVariant(),
        IndividualNumber::masked());
    row("individual number letters", fieldJson("individualNumber"), S(u"12345678901a"), VS::Invalid, QVariant(), QString());
}

void TestFieldValidator::validate()
{
    QFETCH(QByteArray, field);
    QFETCH(QVariant, input);
    QFETCH(ValidationState, state);
    QFETCH(QVariant, value);
    QFETCH(QString, display);
    const FormField f = fieldFromJson(field);
    QVERIFY(!f.id.isEmpty());
    const Validation v = FieldValidator::validate(f, input, FieldValidator::Context{kToday});
    QVERIFY2(v.state == state, qPrintable(QStringLiteral("state %1, reason: %2").arg(int(v.state)).arg(v.reason)));
    if (state == ValidationState::Ok)
        QVERIFY(v.reason.isEmpty());
    else
        QVERIFY(!v.reason.isEmpty());
    if (value.isValid())
        QCOMPARE(v.value, value);
    if (!display.isNull())
        QCOMPARE(v.display, display);
}

void TestFieldValidator::emptyValues_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<ValidationState>("state");
    for (const char *type : {"text", "kana", "date", "postalCode", "phone", "address", "number", "individualNumber"}) {
        QTest::addRow("%s optional", type) << fieldJson(type) << QVariant(QStringLiteral("  ")) << ValidationState::Ok;
        QTest::addRow("%s required", type) << fieldJson(type, "\"required\": true") << QVariant() << ValidationState::Missing;
    }
    QTest::addRow("choice required") << fieldJson("choice", (QByteArray("\"required\": true, ") + kChoice).constData())
                                     << QVariant(QString()) << ValidationState::Missing;
}

void TestFieldValidator::emptyValues()
{
    QFETCH(QByteArray, field);
    QFETCH(QVariant, input);
    QFETCH(ValidationState, state);
    const Validation v = FieldValidator::validate(fieldFromJson(field), input, FieldValidator::Context{kToday});
    QCOMPARE(v.state, state);
    QVERIFY(v.empty);
}

void TestFieldValidator::childrenUntilTheMarchAfter18()
{
    // Born 2006-04-02: turns 18 on 2024-04-01, covered until 2025-03-31.
    QVERIFY(FieldValidator::isChildOn(QDate(2006, 4, 2), QDate(2025, 3, 31)));
    QVERIFY(!FieldValidator::isChildOn(QDate(2006, 4, 2), QDate(2025, 4, 1)));
    // Born 2006-04-01: turns 18 on 2024-03-31, covered until that day.
    QVERIFY(FieldValidator::isChildOn(QDate(2006, 4, 1), QDate(2024, 3, 31)));
    QVERIFY(!FieldValidator::isChildOn(QDate(2006, 4, 1), QDate(2024, 4, 1)));
    QVERIFY(FieldValidator::isChildOn(QDate(2024, 5, 1), kToday));
    QVERIFY(!FieldValidator::isChildOn(QDate(2024, 7, 1), kToday)); // not born yet
}

void TestFieldValidator::membersAreFilteredAndCut()
{
    const FormField f = fieldFromJson(
        "{\"id\": \"children\", \"label\": {\"ja\": \"児童\", \"en\": \"Children\"}, \"type\": \"members\", \"required\": true,"
        " \"source\": \"visit.household\", \"filter\": \"children\", \"columns\": [\"name\", \"birthDate\"]}");
    QCOMPARE(f.filter, QStringLiteral("children"));
    const QVariantList rows{
        QVariantMap{{QStringLiteral("name"), QString::fromUtf16(u"山田　花子")}, {QStringLiteral("birthDate"), QDate(2015, 5, 5)},
                    {QStringLiteral("relationship"), QString::fromUtf16(u"子")}},
        QVariantMap{{QStringLiteral("name"), QString::fromUtf16(u"山田　梅")}, {QStringLiteral("birthDate"), QDate(1950, 1, 1)}},
    };
    const Validation v = FieldValidator::validate(f, rows, FieldValidator::Context{kToday});
    QCOMPARE(v.state, ValidationState::Ok);
    const QVariantList kept = v.value.toList();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().toMap().keys(), (QStringList{QStringLiteral("birthDate"), QStringLiteral("name")}));
    QCOMPARE(v.display, QString::fromUtf16(u"山田　花子"));

    const Validation none = FieldValidator::validate(f, QVariantList{rows.at(1)}, FieldValidator::Context{kToday});
    QCOMPARE(none.state, ValidationState::Missing);
}

void TestFieldValidator::reasonsDoNotRepeatTheValue()
{
    const QString typed = QString::fromUtf16(u"山田太郎");
    for (const char *type : {"kana", "date", "postalCode", "phone"}) {
        const Validation v = FieldValidator::validate(fieldFromJson(fieldJson(type)), typed, FieldValidator::Context{kToday});
        QCOMPARE(v.state, ValidationState::Invalid);
        QVERIFY2(!v.reason.contains(QString::fromUtf16(u"山田")), type);
    }
    const Validation n = FieldValidator::validate(fieldFromJson(fieldJson("individualNumber")), QStringLiteral("123456789012"),
                                                  FieldValidator::Context{kToday});
    QVERIFY(!n.reason.contains(QStringLiteral("1234")));
    QVERIFY(!n.value.isValid());
}

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "tst_fieldvalidator.moc"
