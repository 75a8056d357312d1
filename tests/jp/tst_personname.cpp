#include "jp/PersonName.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::jp;

namespace {
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}
// 𠮷 (U+20BB7, "tsuchi-yoshi"): one character, two UTF-16 units.
const QString kYoshi = s(u"\U00020BB7");
// 葛 followed by the ideographic variation selector VS17 (U+E0100): an IVS.
const QString kKatsuraIvs = s(u"\u845B\U000E0100");
} // namespace

class TestPersonName : public QObject {
    Q_OBJECT
private slots:
    void splits_data();
    void splits();
    void supplementaryCharactersSurvive();
    void ivsSurvives();
    void compatibilityIdeographSurvives();
    void clerkSplit_data();
    void clerkSplit();
    void clerkSplitRefuses_data();
    void clerkSplitRefuses();
    void graphemes_data();
    void graphemes();
};

void TestPersonName::splits_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::addColumn<bool>("needsClerkSplit");
    QTest::newRow("U+3000") << s(u"山田　太郎") << s(u"山田") << s(u"太郎") << false;
    QTest::newRow("ASCII space") << s(u"山田 太郎") << s(u"山田") << s(u"太郎") << false;
    QTest::newRow("two U+3000") << s(u"山田　　太郎") << s(u"山田") << s(u"太郎") << false;
    QTest::newRow("mixed run") << s(u"山田 　 太郎") << s(u"山田") << s(u"太郎") << false;
    QTest::newRow("tab") << s(u"山田\t太郎") << s(u"山田") << s(u"太郎") << false;
    QTest::newRow("padded") << s(u"  山田　太郎　") << s(u"山田") << s(u"太郎") << false;
    QTest::newRow("no space") << s(u"山田太郎") << s(u"山田太郎") << QString() << true;
    QTest::newRow("no space, padded") << s(u"　山田太郎 ") << s(u"山田太郎") << QString() << true;
    QTest::newRow("three parts") << s(u"スミス　ジョン　ポール") << s(u"スミス") << s(u"ジョン　ポール") << false;
    QTest::newRow("kana") << s(u"ヤマダ　タロウ") << s(u"ヤマダ") << s(u"タロウ") << false;
    QTest::newRow("romaji") << s(u"YAMADA TARO") << s(u"YAMADA") << s(u"TARO") << false;
    QTest::newRow("supplementary") << s(u"𠮷野　𠮷子") << s(u"𠮷野") << s(u"𠮷子") << false;
    QTest::newRow("IVS") << s(u"葛\U000E0100飾　花子") << s(u"葛\U000E0100飾") << s(u"花子") << false;
    QTest::newRow("empty") << QString() << QString() << QString() << true;
}

void TestPersonName::splits()
{
    QFETCH(QString, input);
    QFETCH(QString, family);
    QFETCH(QString, given);
    QFETCH(bool, needsClerkSplit);
    const PersonName name = PersonName::split(input);
    QCOMPARE(name.original(), input);
    QCOMPARE(name.family(), family);
    QCOMPARE(name.given(), given);
    QCOMPARE(name.needsClerkSplit(), needsClerkSplit);
    QCOMPARE(name.joined(), given.isEmpty() ? family : family + QChar(0x3000) + given);
}

void TestPersonName::supplementaryCharactersSurvive()
{
    const QString input = kYoshi + s(u"野　") + kYoshi + s(u"子");
    const PersonName name = PersonName::split(input);
    QCOMPARE(name.family().toUcs4(), (QList<uint>{0x20BB7, 0x91CE}));
    QCOMPARE(name.given().toUcs4(), (QList<uint>{0x20BB7, 0x5B50}));
    QCOMPARE(name.family().size(), 3); // a surrogate pair + 野
    QVERIFY(name.family().at(0).isHighSurrogate());
    QVERIFY(name.family().at(1).isLowSurrogate());
    QCOMPARE(name.family().toUtf8(), QByteArray("\xF0\xA0\xAE\xB7\xE9\x87\x8E"));
    QCOMPARE(name.original(), input);

    // The clerk's split counts 𠮷 as one character: after 1 is after the
    // whole pair, never between its two halves.
    const auto clerk = PersonName::split(kYoshi + s(u"野") + kYoshi + s(u"子")).splitAt(1);
    QVERIFY(clerk);
    QCOMPARE(clerk->family(), kYoshi);
    QCOMPARE(clerk->family().toUcs4(), (QList<uint>{0x20BB7}));
    QCOMPARE(clerk->given().toUcs4(), (QList<uint>{0x91CE, 0x20BB7, 0x5B50}));
    QVERIFY(!clerk->given().at(0).isLowSurrogate());
}

void TestPersonName::ivsSurvives()
{
    const QString input = kKatsuraIvs + s(u"飾　花子");
    const PersonName name = PersonName::split(input);
    QCOMPARE(name.family().toUcs4(), (QList<uint>{0x845B, 0xE0100, 0x98FE}));
    QCOMPARE(name.given(), s(u"花子"));
    QCOMPARE(name.original(), input);

    // 葛 and its selector are one character for the clerk's split.
    const PersonName joined = PersonName::split(kKatsuraIvs + s(u"飾花子"));
    QVERIFY(joined.needsClerkSplit());
    QCOMPARE(PersonName::graphemeCount(joined.original()), 4);
    const auto afterOne = joined.splitAt(1);
    QVERIFY(afterOne);
    QCOMPARE(afterOne->family().toUcs4(), (QList<uint>{0x845B, 0xE0100}));
    QCOMPARE(afterOne->given(), s(u"飾花子"));
    const auto afterTwo = joined.splitAt(2);
    QVERIFY(afterTwo);
    QCOMPARE(afterTwo->family().toUcs4(), (QList<uint>{0x845B, 0xE0100, 0x98FE}));
    QCOMPARE(afterTwo->given(), s(u"花子"));
    QVERIFY(!afterTwo->needsClerkSplit());
    QCOMPARE(afterTwo->original(), joined.original());
}

// 﨑 (U+FA11) is a CJK compatibility ideograph: NFC would turn it into 崎.
void TestPersonName::compatibilityIdeographSurvives()
{
    const PersonName name = PersonName::split(s(u"\uFA11山　太郎"));
    QCOMPARE(name.family().toUcs4(), (QList<uint>{0xFA11, 0x5C71}));
}

void TestPersonName::clerkSplit_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("at");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::newRow("山田|太郎") << s(u"山田太郎") << 2 << s(u"山田") << s(u"太郎");
    QTest::newRow("山|田太郎") << s(u"山田太郎") << 1 << s(u"山") << s(u"田太郎");
    QTest::newRow("長谷川|一") << s(u"長谷川一") << 3 << s(u"長谷川") << s(u"一");
    QTest::newRow("padded") << s(u" 山田太郎 ") << 2 << s(u"山田") << s(u"太郎");
    QTest::newRow("𠮷野|𠮷子") << s(u"𠮷野𠮷子") << 2 << s(u"𠮷野") << s(u"𠮷子");
    QTest::newRow("override an automatic split") << s(u"スミス　ジョン　ポール") << 7 << s(u"スミス　ジョン")
                                                 << s(u"ポール");
    QTest::newRow("cut at the space") << s(u"山田　太郎") << 3 << s(u"山田") << s(u"太郎");
    QTest::newRow("decomposed kana") << s(u"カ\u3099ス\u3099ミ") << 1 << s(u"カ\u3099") << s(u"ス\u3099ミ");
}

void TestPersonName::clerkSplit()
{
    QFETCH(QString, input);
    QFETCH(int, at);
    QFETCH(QString, family);
    QFETCH(QString, given);
    const auto name = PersonName::split(input).splitAt(at);
    QVERIFY2(name, name ? "" : qPrintable(name.error().toString()));
    QCOMPARE(name->family(), family);
    QCOMPARE(name->given(), given);
    QCOMPARE(name->original(), input);
    QVERIFY(!name->needsClerkSplit());
}

void TestPersonName::clerkSplitRefuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("at");
    QTest::newRow("zero") << s(u"山田太郎") << 0;
    QTest::newRow("negative") << s(u"山田太郎") << -1;
    QTest::newRow("at the end") << s(u"山田太郎") << 4;
    QTest::newRow("past the end") << s(u"山田太郎") << 9;
    QTest::newRow("one character") << s(u"山") << 1;
    QTest::newRow("empty") << QString() << 1;
    QTest::newRow("pair counts as one") << s(u"𠮷野") << 2;
    QTest::newRow("only a space on one side") << s(u"山田　") << 2;
}

void TestPersonName::clerkSplitRefuses()
{
    QFETCH(QString, input);
    QFETCH(int, at);
    const auto name = PersonName::split(input).splitAt(at);
    QVERIFY(!name);
    QCOMPARE(name.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(name.error().technicalDetail(), QStringLiteral("split-out-of-range"));
    QVERIFY(!input.isEmpty() ? !name.error().toString().contains(input) : true);
}

void TestPersonName::graphemes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("count");
    QTest::newRow("ascii") << s(u"abc") << 3;
    QTest::newRow("kanji") << s(u"山田") << 2;
    QTest::newRow("surrogate pairs") << s(u"𠮷野𠮷子") << 4;
    QTest::newRow("IVS") << s(u"葛\U000E0100飾") << 2;
    QTest::newRow("combining dakuten") << s(u"カ\u3099") << 1;
    QTest::newRow("empty") << QString() << 0;
}

void TestPersonName::graphemes()
{
    QFETCH(QString, input);
    QFETCH(int, count);
    const QStringList parts = PersonName::graphemes(input);
    QCOMPARE(parts.size(), count);
    QCOMPARE(parts.join(QString()), input);
}

QTEST_GUILESS_MAIN(TestPersonName)
#include "tst_personname.moc"
