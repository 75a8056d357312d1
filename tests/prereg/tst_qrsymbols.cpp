// The text layer of the QR format: symbols, structured append, what keyboard
// scanners do to the text (docs/qr-format.md, "The text of one symbol").
#include "prereg/Base32.h"
#include "prereg/QrSymbols.h"

#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

#include <algorithm>

using namespace kakanai;
using namespace kakanai::prereg;
using namespace Qt::StringLiterals;

namespace {

QByteArray sampleMessage(int size, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &b : bytes)
        b = static_cast<char>(random.bounded(256));
    return bytes;
}

QString detailOf(const Error &e) { return e.technicalDetail(); }

quint32 testCrc32(const QByteArray &bytes)
{
    return static_cast<quint32>(::crc32(0, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
}

} // namespace

class TestQrSymbols : public QObject {
    Q_OBJECT
private slots:
    void oneSymbolRoundTrip()
    {
        const QByteArray message = sampleMessage(120);
        auto symbols = QrSymbols::encode(message);
        QVERIFY(symbols);
        QCOMPARE(symbols->size(), 1);
        QVERIFY(symbols->first().startsWith(u"KKN1"));
        // Letters and digits only: QR alphanumeric mode, same on JIS and US keyboards.
        for (QChar c : symbols->first())
            QVERIFY(c.isUpper() || (c >= u'0' && c <= u'9'));
        auto part = QrSymbols::decodeSymbol(symbols->first());
        QVERIFY(part);
        QCOMPARE(part->index, 1);
        QCOMPARE(part->count, 1);
        QCOMPARE(part->slice, message);
        auto assembled = QrSymbols::assemble(*symbols);
        QVERIFY(assembled);
        QCOMPARE(*assembled, message);
    }

    void layoutAsDocumented()
    {
        // Byte 0 = (index-1)<<4 | (count-1); bytes 1..4 the message id.
        const QByteArray message = sampleMessage(30);
        auto symbols = QrSymbols::encode(message, 10);
        QVERIFY(symbols);
        QCOMPARE(symbols->size(), 3);
        auto bytes = base32::decode(QStringView(symbols->at(2)).mid(4));
        QVERIFY(bytes);
        QCOMPARE(quint8(bytes->at(0)), quint8(0x22));
        QCOMPARE(bytes->size(), 1 + 4 + 10 + 4);
        QCOMPARE(bytes->mid(5, 10), message.mid(20, 10));
    }

    void structuredAppendAnyOrder()
    {
        const QByteArray message = sampleMessage(1000);
        auto symbols = QrSymbols::encode(message, 100);
        QVERIFY(symbols);
        QCOMPARE(symbols->size(), 10);
        QRandomGenerator random(42);
        for (int round = 0; round < 20; ++round) {
            QStringList shuffled = *symbols;
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            auto assembled = QrSymbols::assemble(shuffled);
            QVERIFY(assembled);
            QCOMPARE(*assembled, message);

            PartCollector collector;
            for (qsizetype i = 0; i < shuffled.size(); ++i) {
                auto progress = collector.add(shuffled.at(i));
                QVERIFY(progress);
                QCOMPARE(progress->received, int(i + 1));
                QCOMPARE(progress->complete(), i + 1 == shuffled.size());
            }
            QVERIFY(collector.missing().isEmpty());
            QCOMPARE(*collector.message(), message);
        }
    }

    void collectorDuplicatesMissingAndOtherMessages()
    {
        auto first = QrSymbols::encode(sampleMessage(30, 1), 10);
        auto second = QrSymbols::encode(sampleMessage(30, 2), 10);
        QVERIFY(first && second);
        PartCollector collector;
        QVERIFY(collector.add(first->at(1)));
        auto again = collector.add(u"  "_s + first->at(1).toLower() + u"\r\n"_s);
        QVERIFY(!again);
        QCOMPARE(again.error().technicalDetail(), u"duplicate-part"_s);
        QCOMPARE(collector.progress().received, 1);
        QCOMPARE(collector.missing(), (QList<int>{1, 3}));
        auto incomplete = collector.message();
        QVERIFY(!incomplete);
        QCOMPARE(incomplete.error().technicalDetail(), u"missing-part"_s);
        QVERIFY(incomplete.error().message().contains(u"1, 3"));

        auto refused = collector.add(second->at(0), false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().technicalDetail(), u"part-mismatch"_s);
        QCOMPARE(collector.progress().received, 1);

        auto restarted = collector.add(second->at(0));
        QVERIFY(restarted);
        QCOMPARE(restarted->received, 1);
        QCOMPARE(collector.missing(), (QList<int>{2, 3}));
        collector.clear();
        QCOMPARE(collector.progress().count, 0);
    }

    void assembleErrors_data()
    {
        QTest::addColumn<QStringList>("symbols");
        QTest::addColumn<QString>("detail");
        auto a = *QrSymbols::encode(sampleMessage(40, 1), 10);
        auto b = *QrSymbols::encode(sampleMessage(40, 2), 10);
        QTest::newRow("none") << QStringList{} << u"empty"_s;
        QTest::newRow("missing") << QStringList{a[0], a[2], a[3]} << u"missing-part"_s;
        QTest::newRow("duplicate") << QStringList{a[0], a[1], a[1], a[2], a[3]} << u"duplicate-part"_s;
        QTest::newRow("mixed") << QStringList{a[0], a[1], b[2], a[3]} << u"part-mismatch"_s;
        QStringList many;
        for (int i = 0; i < 17; ++i)
            many.append(a[0]);
        QTest::newRow("17 symbols") << many << u"too-many-parts"_s;
    }
    void assembleErrors()
    {
        QFETCH(QStringList, symbols);
        QFETCH(QString, detail);
        auto result = QrSymbols::assemble(symbols);
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::InvalidData);
        QCOMPARE(detailOf(result.error()), detail);
        QVERIFY(!result.error().message().isEmpty());
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("ascii") << u"KKN1ABC234"_s << u"KKN1ABC234"_s;
        QTest::newRow("caps lock") << u"kkn1abc234"_s << u"KKN1ABC234"_s;
        QTest::newRow("full width upper") << u"ＫＫＮ１ＡＢＣ２３４"_s << u"KKN1ABC234"_s;
        QTest::newRow("full width lower") << u"ｋｋｎ１ａｂｃ"_s << u"KKN1ABC"_s;
        QTest::newRow("full width digits") << u"０１２３４５６７８９"_s << u"0123456789"_s;
        QTest::newRow("whitespace") << u" KKN1\tAB\r\nC\u3000D "_s << u"KKN1ABCD"_s;
        QTest::newRow("other kept") << u"KKN1-あ"_s << u"KKN1-あ"_s;
    }
    void normalize()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalized);
        QCOMPARE(QrSymbols::normalize(typed), normalized);
    }

    void scannedAsTypedDecodes()
    {
        const QByteArray message = sampleMessage(50);
        const QString symbol = QrSymbols::encode(message)->first();
        // A JIS keyboard in 全角 mode with Caps Lock, and a CR LF suffix.
        QString typed;
        for (QChar c : symbol.toLower())
            typed.append(QChar(char16_t(c.unicode() + 0xFEE0)));
        typed += u"\r\n"_s;
        auto part = QrSymbols::decodeSymbol(typed);
        QVERIFY(part);
        QCOMPARE(part->slice, message);
    }

    void looksLikeSymbol()
    {
        QVERIFY(QrSymbols::looksLikeSymbol(u"KKN1"));
        QVERIFY(QrSymbols::looksLikeSymbol(u"kkn2abc"));
        QVERIFY(QrSymbols::looksLikeSymbol(u"ＫＫＮ１"));
        QVERIFY(!QrSymbols::looksLikeSymbol(u"KKN"));
        QVERIFY(!QrSymbols::looksLikeSymbol(u"KKNX"));
        QVERIFY(!QrSymbols::looksLikeSymbol(u"https://example.jp"));
    }

    void symbolErrors_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("detail");
        const QString good = QrSymbols::encode(sampleMessage(20))->first();
        QTest::newRow("empty") << u" \r\n"_s << u"empty"_s;
        QTest::newRow("url") << u"https://example.jp"_s << u"not-kakanai"_s;
        QTest::newRow("magic only") << u"KKN"_s << u"not-kakanai"_s;
        QTest::newRow("version 2") << (u"KKN2"_s + good.mid(4)) << u"newer-version"_s;
        QTest::newRow("version 0") << (u"KKN0"_s + good.mid(4)) << u"newer-version"_s;
        QTest::newRow("alphabet") << (good.left(10) + u'0' + good.mid(11)) << u"bad-alphabet"_s;
        QTest::newRow("cut 1 character") << good.chopped(1) << u"bad-length"_s;
        QTest::newRow("header only") << u"KKN1AAAA"_s << u"bad-length"_s;
        QString flipped = good;
        flipped[10] = flipped[10] == u'A' ? u'B' : u'A';
        QTest::newRow("one character changed") << flipped << u"bad-checksum"_s;
        QTest::newRow("too long") << (u"KKN1"_s + QString(4300, u'A')) << u"too-long"_s;
        QTest::newRow("too long typed") << QString(5 * 4296, u' ') << u"too-long"_s;
    }
    void symbolErrors()
    {
        QFETCH(QString, typed);
        QFETCH(QString, detail);
        auto part = QrSymbols::decodeSymbol(typed);
        QVERIFY(!part);
        QCOMPARE(part.error().code(), ErrorCode::InvalidData);
        QCOMPARE(part.error().technicalDetail(), detail);
        QVERIFY(!part.error().message().isEmpty());
    }

    void newerVersionSaysWhichItReads()
    {
        auto part = QrSymbols::decodeSymbol(u"KKN2AAAAAAAA");
        QVERIFY(!part);
        QVERIFY(part.error().message().contains(u'1'));
        QVERIFY(part.error().message().contains(u'2'));
    }

    void partIndexBeyondCount()
    {
        // A well-formed symbol whose header says part 3 of 2.
        QByteArray bytes;
        bytes.append(char(0x21));
        bytes.append(QByteArray(4, char(1)));
        bytes.append("x");
        QByteArray crcInput = "KKN1" + bytes;
        const quint32 crc = testCrc32(crcInput);
        for (int s = 24; s >= 0; s -= 8)
            bytes.append(static_cast<char>(crc >> s));
        auto part = QrSymbols::decodeSymbol(u"KKN1"_s + base32::encode(bytes));
        QVERIFY(!part);
        QCOMPARE(part.error().technicalDetail(), u"bad-part"_s);
    }

    void limits()
    {
        // 16 parts are the most; 700 bytes a part by default.
        QCOMPARE(QrSymbols::encode(sampleMessage(16 * 700))->size(), 16);
        auto tooMany = QrSymbols::encode(sampleMessage(16 * 700 + 1));
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().technicalDetail(), u"too-many-parts"_s);
        auto empty = QrSymbols::encode({});
        QVERIFY(!empty);
        QCOMPARE(empty.error().technicalDetail(), u"empty"_s);
        // A default part fits a QR code of version 25-27 at level M; the reader's cap is QR's maximum.
        QVERIFY(QrSymbols::encode(sampleMessage(700))->first().size() <= 1150);
        auto tooLong = QrSymbols::encode(sampleMessage(3000), 3000);
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().technicalDetail(), u"too-long"_s);
        // The longest part that fits 4,296 characters decodes.
        auto longest = QrSymbols::encode(sampleMessage(2673), 2673);
        QVERIFY(longest);
        QVERIFY(longest->first().size() <= QrSymbols::kMaxSymbolChars);
        QVERIFY(QrSymbols::decodeSymbol(longest->first()));
    }
};

QTEST_APPLESS_MAIN(TestQrSymbols)
#include "tst_qrsymbols.moc"
