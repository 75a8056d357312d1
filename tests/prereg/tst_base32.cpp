// Base32 of the QR format: RFC 4648 without padding, read case-insensitively,
// strict about lengths and left-over bits.
#include "prereg/Base32.h"

#include <QTest>

using namespace kakanai::prereg;
using namespace Qt::StringLiterals;

class TestBase32 : public QObject {
    Q_OBJECT
private slots:
    void rfc4648Vectors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        // RFC 4648 section 10, with the '=' padding left off.
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << QByteArray("f") << u"MY"_s;
        QTest::newRow("fo") << QByteArray("fo") << u"MZXQ"_s;
        QTest::newRow("foo") << QByteArray("foo") << u"MZXW6"_s;
        QTest::newRow("foob") << QByteArray("foob") << u"MZXW6YQ"_s;
        QTest::newRow("fooba") << QByteArray("fooba") << u"MZXW6YTB"_s;
        QTest::newRow("foobar") << QByteArray("foobar") << u"MZXW6YTBOI"_s;
        QTest::newRow("all ones") << QByteArray(5, char(0xff)) << u"77777777"_s;
        QTest::newRow("zeros") << QByteArray(3, char(0)) << u"AAAAA"_s;
    }
    void rfc4648Vectors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(base32::encode(bytes), text);
        const auto decoded = base32::decode(text);
        QVERIFY(decoded);
        QCOMPARE(*decoded, bytes);
    }

    void caseInsensitive()
    {
        QCOMPARE(base32::decode(u"mzxw6ytboi"), std::optional<QByteArray>(QByteArray("foobar")));
        QCOMPARE(base32::decode(u"MzXw6YtBoI"), std::optional<QByteArray>(QByteArray("foobar")));
    }

    void everyLengthRoundTrips()
    {
        QByteArray bytes;
        for (int n = 0; n < 300; ++n) {
            const QString text = base32::encode(bytes);
            QCOMPARE(text.size(), (n * 8 + 4) / 5);
            QCOMPARE(base32::decode(text), std::optional<QByteArray>(bytes));
            bytes.append(static_cast<char>((n * 37 + 11) & 0xff));
        }
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("1 over") << u"M"_s;
        QTest::newRow("3 over") << u"MZX"_s;
        QTest::newRow("6 over") << u"MZXW6Y"_s;
        QTest::newRow("9 (8+1)") << u"MZXW6YTBO"_s;
        QTest::newRow("padding") << u"MY======"_s;
        QTest::newRow("digit 0") << u"MZ0Q"_s;
        QTest::newRow("digit 1") << u"MZ1Q"_s;
        QTest::newRow("digit 8") << u"MZ8Q"_s;
        QTest::newRow("space") << u"MZ Q"_s;
        QTest::newRow("full width") << u"ＭＹ"_s;
        // "MY" is 'f' = 01100 110|00: "MZ" leaves the unused bits 01.
        QTest::newRow("bits after 1 byte") << u"MZ"_s;
        QTest::newRow("bits after 2 bytes") << u"MZXR"_s;
        QTest::newRow("bits after 3 bytes") << u"MZXW7"_s;
        QTest::newRow("bits after 4 bytes") << u"MZXW6YR"_s;
    }
    void refused()
    {
        QFETCH(QString, text);
        QVERIFY(!base32::decode(text));
    }
};

QTEST_APPLESS_MAIN(TestBase32)
#include "tst_base32.moc"
