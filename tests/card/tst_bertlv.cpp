#include "card/BerTlv.h"

#include "TestCardFiles.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kakanai;
using kakanai::test::hex;

class TestBerTlv : public QObject {
    Q_OBJECT
private slots:
    void sequence_data();
    void sequence();
    void malformed_data();
    void malformed();
    void headerWithoutValue();
    void childrenOfBasicInfo();
    void childrenOfPrimitiveIsAnError();
    void everyTruncationIsSafe();
    void randomBytesAreSafe();
    void offsetsOutsideTheBuffer();
};

void TestBerTlv::sequence_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<quint32>>("tags");
    QTest::addColumn<QList<int>>("lengths");

    QTest::newRow("empty") << QByteArray() << QList<quint32>{} << QList<int>{};
    QTest::newRow("1-byte tag") << hex("84 02 AA BB") << QList<quint32>{0x84} << QList<int>{2};
    QTest::newRow("2-byte tag DF 21") << hex("DF 21 02 00 0B") << QList<quint32>{0xDF21} << QList<int>{2};
    QTest::newRow("non-minimal FF 10") << hex("FF 10 0C 31 32 33 34 35 36 37 38 39 30 31 38")
                                       << QList<quint32>{0xFF10} << QList<int>{12};
    QTest::newRow("3-byte tag") << hex("5F 81 01 01 AA") << QList<quint32>{0x5F8101} << QList<int>{1};
    QTest::newRow("zero length") << hex("DF 22 00 DF 23 01 41") << QList<quint32>{0xDF22, 0xDF23} << QList<int>{0, 1};
    QTest::newRow("81 xx") << (hex("DF 23 81 80") + QByteArray(128, 'a')) << QList<quint32>{0xDF23} << QList<int>{128};
    QTest::newRow("82 xx xx") << (hex("DF 23 82 01 00") + QByteArray(256, 'a')) << QList<quint32>{0xDF23}
                              << QList<int>{256};
    QTest::newRow("non-minimal 81 05") << (hex("DF 23 81 05") + QByteArray(5, 'a')) << QList<quint32>{0xDF23}
                                       << QList<int>{5};
    QTest::newRow("stops at 00 filler") << hex("84 01 AA 00 00 00 13 37") << QList<quint32>{0x84} << QList<int>{1};
    QTest::newRow("stops at FF FF filler") << hex("FF 10 01 31 FF FF") << QList<quint32>{0xFF10} << QList<int>{1};
    QTest::newRow("stops at trailing FF") << hex("84 01 AA FF") << QList<quint32>{0x84} << QList<int>{1};
    QTest::newRow("FF 20 is a tag, not filler") << hex("FF 20 03 DF 25 00 FF FF FF") << QList<quint32>{0xFF20}
                                                << QList<int>{3};
    QTest::newRow("several") << hex("DF 24 08 31 39 38 30 30 32 31 37 DF 25 01 31")
                             << QList<quint32>{0xDF24, 0xDF25} << QList<int>{8, 1};
}

void TestBerTlv::sequence()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<quint32>, tags);
    QFETCH(QList<int>, lengths);
    const auto r = BerTlv::parseSequence(input);
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().technicalDetail()));
    QCOMPARE(r->size(), tags.size());
    for (qsizetype i = 0; i < r->size(); ++i) {
        QCOMPARE(r->at(i).tag, tags.at(i));
        QCOMPARE(r->at(i).length, lengths.at(i));
        QCOMPARE(r->at(i).value.size(), lengths.at(i));
        QCOMPARE(r->at(i).value, input.mid(r->at(i).valueOffset(), lengths.at(i)));
    }
}

void TestBerTlv::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("length past the buffer") << hex("DF 22 05 41 42");
    QTest::newRow("81 without its byte") << hex("DF 22 81");
    QTest::newRow("82 with one byte") << hex("DF 22 82 01");
    QTest::newRow("82 FF FF, 1 byte present") << hex("DF 22 82 FF FF 00");
    QTest::newRow("81 past the buffer") << (hex("DF 23 81 90") + QByteArray(0x8F, 'a'));
    QTest::newRow("indefinite length 80") << hex("FF 20 80 DF 25 01 31 00 00");
    QTest::newRow("83 length form") << hex("DF 22 83 00 00 01 41");
    QTest::newRow("84 length form") << hex("DF 22 84 00 00 00 01 41");
    QTest::newRow("high tag truncated") << hex("DF");
    QTest::newRow("high tag continuation truncated") << hex("5F 81");
    QTest::newRow("tag longer than 3 bytes") << hex("DF A1 A2 23 01 00");
    QTest::newRow("length missing") << hex("84");
    QTest::newRow("second element overruns") << hex("84 01 AA DF 22 10 41");
    QTest::newRow("outer 82 claims more than present") << hex("FF 20 82 01 4B DF 21 08");
}

void TestBerTlv::malformed()
{
    QFETCH(QByteArray, input);
    const auto r = BerTlv::parseSequence(input);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code(), ErrorCode::CardUnexpectedAnswer);
    QVERIFY(!r.error().message().isEmpty());
}

void TestBerTlv::headerWithoutValue()
{
    // "Read the first bytes, take the length from the header": the value need not be there.
    const auto h = BerTlv::parseHeader(hex("FF 30 82 01 4B DF 31 20"));
    QVERIFY(h.has_value());
    QCOMPARE(h->tag, 0xFF30u);
    QVERIFY(h->constructed);
    QCOMPARE(h->headerSize, 5);
    QCOMPARE(h->length, 0x14B);
    QCOMPARE(h->totalSize(), 0x150);
    QVERIFY(!BerTlv::parseElement(hex("FF 30 82 01 4B DF 31 20")).has_value());

    const auto shortForm = BerTlv::parseHeader(hex("FF 20 7F"));
    QVERIFY(shortForm.has_value());
    QCOMPARE(shortForm->headerSize, 3);
    QCOMPARE(shortForm->length, 0x7F);
}

void TestBerTlv::childrenOfBasicInfo()
{
    test::BasicInfo info;
    info.address = QString(120, QChar(0x6771)); // 360 bytes of UTF-8: outer length needs 82 xx xx
    const QByteArray file = test::ef0002(info, 1024);
    const auto outer = BerTlv::parseElement(file);
    QVERIFY(outer.has_value());
    QCOMPARE(outer->tag, 0xFF20u);
    QCOMPARE(outer->headerSize, 5);
    const auto kids = BerTlv::children(*outer);
    QVERIFY(kids.has_value());
    QCOMPARE(kids->size(), 5);
    QCOMPARE(BerTlv::find(*kids, 0xDF22)->value, info.name.toUtf8());
    QCOMPARE(BerTlv::find(*kids, 0xDF23)->value, info.address.toUtf8());
    QCOMPARE(BerTlv::find(*kids, 0xDF23)->headerSize, 5);
    QCOMPARE(BerTlv::find(*kids, 0xDF24)->value, QByteArray("19800217"));
    QVERIFY(!BerTlv::find(*kids, 0xDF99));
    // The whole file parses as one element followed by FF filler.
    const auto all = BerTlv::parseSequence(file);
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), 1);
}

void TestBerTlv::childrenOfPrimitiveIsAnError()
{
    const auto e = BerTlv::parseElement(hex("DF 22 01 41"));
    QVERIFY(e.has_value());
    QVERIFY(!e->constructed);
    QVERIFY(!BerTlv::children(*e).has_value());
    // A constructed element whose value is malformed.
    const auto bad = BerTlv::parseElement(hex("FF 20 04 DF 22 05 41"));
    QVERIFY(bad.has_value());
    QVERIFY(!BerTlv::children(*bad).has_value());
}

void TestBerTlv::everyTruncationIsSafe()
{
    test::BasicInfo info;
    info.address = QString(100, QChar(0x6771));
    const QByteArray file = test::ef0002(info);
    for (qsizetype n = 0; n < file.size(); ++n) {
        // A copy of exactly n bytes, so a tool like ASan sees any read past it.
        const QByteArray prefix(file.constData(), n);
        const auto r = BerTlv::parseElement(prefix);
        QVERIFY2(!r.has_value() || n == file.size(), qPrintable(QStringLiteral("prefix %1").arg(n)));
        (void)BerTlv::parseSequence(prefix);
        (void)BerTlv::parseHeader(prefix);
    }
    QVERIFY(BerTlv::parseElement(file).has_value());
}

void TestBerTlv::randomBytesAreSafe()
{
    QRandomGenerator rng(0x4B414B41);
    for (int i = 0; i < 20000; ++i) {
        QByteArray b(static_cast<qsizetype>(rng.bounded(24)), Qt::Uninitialized);
        for (char &c : b)
            c = static_cast<char>(rng.bounded(256));
        if (rng.bounded(2))
            b.prepend(hex("FF 20"));
        const auto seq = BerTlv::parseSequence(b);
        if (seq) {
            for (const TlvElement &e : *seq) {
                QVERIFY(e.end() <= b.size());
                if (e.constructed)
                    (void)BerTlv::children(e);
            }
        }
    }
}

void TestBerTlv::offsetsOutsideTheBuffer()
{
    const QByteArray b = hex("84 01 AA");
    QVERIFY(!BerTlv::parseHeader(b, 3).has_value());
    QVERIFY(!BerTlv::parseHeader(b, -1).has_value());
    QVERIFY(!BerTlv::parseElement(b, 100).has_value());
    const auto s = BerTlv::parseSequence(b, 3);
    QVERIFY(s.has_value());
    QVERIFY(s->isEmpty());
    QVERIFY(!BerTlv::isFillerAt(b, 3));
}

QTEST_GUILESS_MAIN(TestBerTlv)
#include "tst_bertlv.moc"
