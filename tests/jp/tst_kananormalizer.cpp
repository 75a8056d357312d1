#include "jp/KanaNormalizer.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::jp;

namespace {
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}
} // namespace

class TestKanaNormalizer : public QObject {
    Q_OBJECT
private slots:
    void hiraganaToKatakana_data();
    void hiraganaToKatakana();
    void halfwidthToFullwidth_data();
    void halfwidthToFullwidth();
    void fullwidthAscii_data();
    void fullwidthAscii();
    void spaces_data();
    void spaces();
    void furigana_data();
    void furigana();
    void katakanaOnly_data();
    void katakanaOnly();
    void validateKatakana();
};

void TestKanaNormalizer::hiraganaToKatakana_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name") << s(u"やまだ　たろう") << s(u"ヤマダ　タロウ");
    QTest::newRow("dakuten") << s(u"がぎぐげご ざじずぜぞ だぢづでど ばびぶべぼ") << s(u"ガギグゲゴ ザジズゼゾ ダヂヅデド バビブベボ");
    QTest::newRow("handakuten") << s(u"ぱぴぷぺぽ") << s(u"パピプペポ");
    QTest::newRow("small kana") << s(u"ぁぃぅぇぉっゃゅょゎ") << s(u"ァィゥェォッャュョヮ");
    QTest::newRow("vu") << s(u"ゔぁいおりん") << s(u"ヴァイオリン");
    QTest::newRow("small ka ke") << s(u"ゕゖ") << s(u"ヵヶ");
    QTest::newRow("long vowel kept") << s(u"らーめん") << s(u"ラーメン");
    QTest::newRow("wo n") << s(u"をん") << s(u"ヲン");
    QTest::newRow("iteration marks") << s(u"ゝゞ") << s(u"ヽヾ");
    QTest::newRow("kanji untouched") << s(u"山田たろう") << s(u"山田タロウ");
    QTest::newRow("katakana untouched") << s(u"カタカナ") << s(u"カタカナ");
    QTest::newRow("half-width untouched") << s(u"ｶﾞｯｺｳ") << s(u"ｶﾞｯｺｳ");
    QTest::newRow("ASCII untouched") << s(u"ABC 123") << s(u"ABC 123");
    QTest::newRow("full-width Latin untouched") << s(u"ＡＢＣ") << s(u"ＡＢＣ");
    QTest::newRow("empty") << QString() << QString();
}

void TestKanaNormalizer::hiraganaToKatakana()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(KanaNormalizer::hiraganaToKatakana(input), expected);
}

void TestKanaNormalizer::halfwidthToFullwidth_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ga") << s(u"ｶﾞ") << s(u"ガ");
    QTest::newRow("pa") << s(u"ﾊﾟ") << s(u"パ");
    QTest::newRow("gakkou") << s(u"ｶﾞｯｺｳ") << s(u"ガッコウ");
    QTest::newRow("pan") << s(u"ﾊﾟﾝ") << s(u"パン");
    QTest::newRow("point") << s(u"ﾎﾟｲﾝﾄ") << s(u"ポイント");
    QTest::newRow("vu") << s(u"ｳﾞｧｲｵﾘﾝ") << s(u"ヴァイオリン");
    QTest::newRow("long vowel") << s(u"ﾗｰﾒﾝ") << s(u"ラーメン");
    QTest::newRow("all voiced rows") << s(u"ｶﾞｷﾞｸﾞｹﾞｺﾞｻﾞｼﾞｽﾞｾﾞｿﾞﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞ")
                                     << s(u"ガギグゲゴザジズゼゾダヂヅデドバビブベボ");
    QTest::newRow("all semi-voiced") << s(u"ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ") << s(u"パピプペポ");
    QTest::newRow("small kana") << s(u"ｧｨｩｪｫｯｬｭｮ") << s(u"ァィゥェォッャュョ");
    QTest::newRow("wo") << s(u"ｦ") << s(u"ヲ");
    QTest::newRow("punctuation") << s(u"｡｢｣､･") << s(u"。「」、・");
    QTest::newRow("ASCII space kept") << s(u"ﾔﾏﾀﾞ ﾀﾛｳ") << s(u"ヤマダ タロウ");
    QTest::newRow("ASCII kept") << s(u"ABC123-") << s(u"ABC123-");
    QTest::newRow("mixed widths") << s(u"ｶﾞ ガ が") << s(u"ガ ガ が");
    QTest::newRow("kanji kept") << s(u"山田ﾀﾛｳ") << s(u"山田タロウ");
}

void TestKanaNormalizer::halfwidthToFullwidth()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(KanaNormalizer::halfwidthToFullwidthKatakana(input), expected);
}

void TestKanaNormalizer::fullwidthAscii_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("letters and digits") << s(u"ＡＢＣ１２３") << s(u"ABC123");
    QTest::newRow("lower case") << s(u"ａｂｃｘｙｚ") << s(u"abcxyz");
    QTest::newRow("punctuation") << s(u"－（）＋＠") << s(u"-()+@");
    QTest::newRow("katakana and U+3000 kept") << s(u"ヤマダ　ＴＡＲＯ") << s(u"ヤマダ　TARO");
    QTest::newRow("half-width katakana kept") << s(u"ｶﾞ") << s(u"ｶﾞ");
    QTest::newRow("long vowel kept") << s(u"ラーメン") << s(u"ラーメン");
    QTest::newRow("enclosed kept") << s(u"㈱①") << s(u"㈱①");
    QTest::newRow("compatibility ideograph kept") << s(u"\uFA11") << s(u"\uFA11");
    QTest::newRow("surrogate pair kept") << s(u"𠮷１") << s(u"𠮷1");
}

void TestKanaNormalizer::fullwidthAscii()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(KanaNormalizer::fullwidthAsciiToAscii(input), expected);
}

void TestKanaNormalizer::spaces_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ideographic");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ASCII → U+3000") << s(u"ヤマダ タロウ") << true << s(u"ヤマダ　タロウ");
    QTest::newRow("U+3000 → ASCII") << s(u"YAMADA　TARO") << false << s(u"YAMADA TARO");
    QTest::newRow("runs collapse") << s(u"ヤマダ 　\t タロウ") << true << s(u"ヤマダ　タロウ");
    QTest::newRow("trimmed") << s(u"　 ヤマダ　タロウ 　") << true << s(u"ヤマダ　タロウ");
    QTest::newRow("three parts") << s(u"スミス ジョン  ポール") << true << s(u"スミス　ジョン　ポール");
    QTest::newRow("NBSP") << s(u"A\u00A0B") << false << s(u"A B");
    QTest::newRow("only spaces") << s(u"　 　") << true << QString();
}

void TestKanaNormalizer::spaces()
{
    QFETCH(QString, input);
    QFETCH(bool, ideographic);
    QFETCH(QString, expected);
    QCOMPARE(KanaNormalizer::normalizeSpaces(
                 input, ideographic ? KanaNormalizer::Spaces::Ideographic : KanaNormalizer::Spaces::Ascii),
             expected);
}

void TestKanaNormalizer::furigana_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("valid");
    QTest::newRow("hiragana") << s(u"やまだ　たろう") << s(u"ヤマダ　タロウ") << true;
    QTest::newRow("half-width, ASCII space") << s(u"ﾔﾏﾀﾞ ﾀﾛｳ") << s(u"ヤマダ　タロウ") << true;
    QTest::newRow("mixed scripts and widths") << s(u"ﾔﾏだ　たﾛウ") << s(u"ヤマダ　タロウ") << true;
    QTest::newRow("spaces everywhere") << s(u"  やまだ  \u3000 ﾀﾛｳ ") << s(u"ヤマダ　タロウ") << true;
    QTest::newRow("long vowel") << s(u"すずき　いちろー") << s(u"スズキ　イチロー") << true;
    QTest::newRow("half-width long vowel") << s(u"ｽｽﾞｷ ｲﾁﾛｰ") << s(u"スズキ　イチロー") << true;
    QTest::newRow("decomposed dakuten (NFD)") << s(u"か\u3099とう") << s(u"ガトウ") << true;
    QTest::newRow("decomposed katakana") << s(u"ハ\u309Aク") << s(u"パク") << true;
    QTest::newRow("vu and small ke") << s(u"ゔぃヶ") << s(u"ヴィヶ") << true;
    QTest::newRow("full-width Latin folds") << s(u"ＡＢＣ") << s(u"ABC") << false;
    QTest::newRow("kanji stays and fails") << s(u"山田　たろう") << s(u"山田　タロウ") << false;
}

void TestKanaNormalizer::furigana()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, valid);
    const QString out = KanaNormalizer::normalizeFurigana(input);
    QCOMPARE(out, expected);
    QCOMPARE(bool(KanaNormalizer::isKatakanaOnly(out)), valid);
}

void TestKanaNormalizer::katakanaOnly_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("reasonWord");
    QTest::newRow("name") << s(u"ヤマダ　タロウ") << true << -1 << QString();
    QTest::newRow("one word") << s(u"ヤマダ") << true << -1 << QString();
    QTest::newRow("long vowel") << s(u"イチロー") << true << -1 << QString();
    QTest::newRow("vu") << s(u"ヴィヴァルディ") << true << -1 << QString();
    QTest::newRow("small ka ke") << s(u"ヵヶ") << true << -1 << QString();
    QTest::newRow("three parts") << s(u"スミス　ジョン　ポール") << true << -1 << QString();
    QTest::newRow("empty") << QString() << false << -1 << QStringLiteral("empty");
    QTest::newRow("ASCII space") << s(u"ヤマダ タロウ") << false << 3 << QStringLiteral("full-width space");
    QTest::newRow("hiragana") << s(u"ヤマダたろう") << false << 3 << QStringLiteral("Hiragana");
    QTest::newRow("half-width") << s(u"ﾔﾏﾀﾞ") << false << 0 << QStringLiteral("Half-width");
    QTest::newRow("kanji") << s(u"ヤマ田") << false << 2 << QStringLiteral("Kanji");
    QTest::newRow("kanji outside BMP") << s(u"ヤマダ𠮷") << false << 3 << QStringLiteral("Kanji");
    QTest::newRow("supplementary kanji only") << s(u"𠮷") << false << 0 << QStringLiteral("Kanji");
    QTest::newRow("leading space") << s(u"　ヤマダ") << false << 0 << QStringLiteral("starts or ends");
    QTest::newRow("trailing space") << s(u"ヤマダ　") << false << 3 << QStringLiteral("starts or ends");
    QTest::newRow("two spaces") << s(u"ヤマダ　　タロウ") << false << 4 << QStringLiteral("in a row");
    QTest::newRow("middle dot") << s(u"ジョン・スミス") << false << 3 << QStringLiteral("middle dot");
    QTest::newRow("iteration mark") << s(u"ミスヾ") << false << 2 << QStringLiteral("Iteration");
    QTest::newRow("ヷ") << s(u"ヷ") << false << 0 << QStringLiteral("not allowed");
    QTest::newRow("Latin") << s(u"ABC") << false << 0 << QStringLiteral("Latin");
    QTest::newRow("full-width digit") << s(u"ヤマダ１") << false << 3 << QStringLiteral("Latin letters and digits");
    QTest::newRow("hyphen for long vowel") << s(u"イチロ-") << false << 3 << QStringLiteral("Symbols");
    QTest::newRow("full-width hyphen") << s(u"イチロ－") << false << 3 << QStringLiteral("Symbols");
    QTest::newRow("stray dakuten") << s(u"カ\u3099") << false << 1 << QStringLiteral("voiced");
    QTest::newRow("spacing dakuten") << s(u"カ゛") << false << 1 << QStringLiteral("voiced");
}

void TestKanaNormalizer::katakanaOnly()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(int, position);
    QFETCH(QString, reasonWord);
    const auto check = KanaNormalizer::isKatakanaOnly(input);
    QCOMPARE(check.ok, ok);
    QCOMPARE(bool(check), ok);
    QCOMPARE(check.position, qsizetype(position));
    if (ok) {
        QVERIFY(check.reason.isEmpty());
    } else {
        QVERIFY2(check.reason.contains(reasonWord), qPrintable(check.reason));
        if (position >= 0)
            QCOMPARE(check.codePoint, input.toUcs4().value(QStringView(input).left(position).toUcs4().size()));
    }
}

void TestKanaNormalizer::validateKatakana()
{
    QVERIFY(KanaNormalizer::validateKatakana(s(u"ヤマダ　タロウ")));
    const auto status = KanaNormalizer::validateKatakana(s(u"やまだ"));
    QVERIFY(!status);
    QCOMPARE(status.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(status.error().message(), KanaNormalizer::isKatakanaOnly(s(u"やまだ")).reason);
    QCOMPARE(status.error().technicalDetail(), QStringLiteral("not-katakana at=0"));
    QVERIFY(!status.error().toString().contains(s(u"や")));
}

QTEST_GUILESS_MAIN(TestKanaNormalizer)
#include "tst_kananormalizer.moc"
