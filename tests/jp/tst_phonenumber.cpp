#include "jp/PhoneNumber.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::jp;

class TestPhoneNumber : public QObject {
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
};

void TestPhoneNumber::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("formatted");
    using K = PhoneNumber::Kind;
    auto row = [](const char16_t *input, K kind, const char *digits, const char *formatted) {
        const QString s = QString::fromUtf16(input);
        QTest::newRow(qPrintable(s)) << s << int(kind) << QString::fromLatin1(digits) << QString::fromLatin1(formatted);
    };
    // mobile, 3-4-4 whatever the input grouping
    row(u"090-1234-5678", K::Mobile, "09012345678", "090-1234-5678");
    row(u"09012345678", K::Mobile, "09012345678", "090-1234-5678");
    row(u"0901-234-5678", K::Mobile, "09012345678", "090-1234-5678");
    row(u"080‐1234‐5678", K::Mobile, "08012345678", "080-1234-5678");
    row(u"070 1234 5678", K::Mobile, "07012345678", "070-1234-5678");
    row(u"０９０－１２３４－５６７８", K::Mobile, "09012345678", "090-1234-5678");
    row(u"090ー1234ー5678", K::Mobile, "09012345678", "090-1234-5678");
    row(u"090ｰ1234ｰ5678", K::Mobile, "09012345678", "090-1234-5678");
    row(u"090−1234−5678", K::Mobile, "09012345678", "090-1234-5678");
    row(u"090　1234　5678", K::Mobile, "09012345678", "090-1234-5678");
    row(u"+81-90-1234-5678", K::Mobile, "09012345678", "090-1234-5678");
    row(u"＋８１ ９０ １２３４ ５６７８", K::Mobile, "09012345678", "090-1234-5678");
    // IP phone
    row(u"050-1234-5678", K::IpPhone, "05012345678", "050-1234-5678");
    row(u"05012345678", K::IpPhone, "05012345678", "050-1234-5678");
    // free dial and navi dial
    row(u"0120-123-456", K::FreeDial, "0120123456", "0120-123-456");
    row(u"0120123456", K::FreeDial, "0120123456", "0120-123-456");
    row(u"0800-123-4567", K::FreeDial, "08001234567", "0800-123-4567");
    row(u"08001234567", K::FreeDial, "08001234567", "0800-123-4567");
    row(u"0570-123-456", K::NaviDial, "0570123456", "0570-123-456");
    // fixed lines: the caller's plausible grouping is kept, otherwise bare digits
    row(u"03-1234-5678", K::Fixed, "0312345678", "03-1234-5678");
    row(u"03(1234)5678", K::Fixed, "0312345678", "03-1234-5678");
    row(u"（03）1234-5678", K::Fixed, "0312345678", "03-1234-5678");
    row(u"011-123-4567", K::Fixed, "0111234567", "011-123-4567");
    row(u"0123-45-6789", K::Fixed, "0123456789", "0123-45-6789");
    row(u"01267-2-3456", K::Fixed, "0126723456", "01267-2-3456");
    row(u"０３－１２３４－５６７８", K::Fixed, "0312345678", "03-1234-5678");
    row(u"0312345678", K::Fixed, "0312345678", "0312345678");
    row(u"0312-345-678", K::Fixed, "0312345678", "0312345678");
    row(u"03-12345678", K::Fixed, "0312345678", "0312345678");
    row(u"+81 3 1234 5678", K::Fixed, "0312345678", "03-1234-5678");
}

void TestPhoneNumber::accepts()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    QFETCH(QString, digits);
    QFETCH(QString, formatted);
    const auto phone = PhoneNumber::parse(input);
    QVERIFY2(phone, phone ? "" : qPrintable(phone.error().toString()));
    QCOMPARE(int(phone->kind()), kind);
    QCOMPARE(phone->digits(), digits);
    QCOMPARE(phone->formatted(), formatted);
    // What we print reads back as the same number.
    const auto again = PhoneNumber::parse(phone->formatted());
    QVERIFY(again);
    QCOMPARE(*again, *phone);
}

void TestPhoneNumber::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("detail");
    auto row = [](const char16_t *input, const char *detail) {
        const QString s = QString::fromUtf16(input);
        QTest::newRow(qPrintable(s.isEmpty() ? QStringLiteral("(empty)") : s)) << s << QString::fromLatin1(detail);
    };
    row(u"", "empty");
    row(u"  ", "empty");
    row(u"12345678", "not-starting-zero");
    row(u"110", "not-starting-zero");
    row(u"9012345678", "not-starting-zero");
    row(u"090-1234-567", "wrong-length");
    row(u"090-1234-56789", "wrong-length");
    row(u"050-1234-567", "wrong-length");
    row(u"03-1234-567", "wrong-length");
    row(u"03-1234-56789", "wrong-length");
    row(u"0800-123-456", "wrong-length");
    row(u"0120-123-4567", "wrong-length");
    row(u"01234567890", "wrong-length");
    row(u"0", "wrong-length");
    row(u"0080-1234-5678", "international-prefix");
    row(u"010-1-212-555-0100", "international-prefix");
    row(u"020-1234-5678", "unsupported-prefix");
    row(u"090-1234-5678 ext", "invalid-character");
    row(u"tel:0312345678", "invalid-character");
    row(u"03-1234-5678#2", "invalid-character");
    row(u"〇九〇一二三四五六七八", "invalid-character");
    row(u"090.1234.5678", "invalid-character");
}

void TestPhoneNumber::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, detail);
    const auto phone = PhoneNumber::parse(input);
    QVERIFY2(!phone, phone ? qPrintable(phone->formatted()) : "");
    QCOMPARE(phone.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(phone.error().technicalDetail(), detail);
    QVERIFY(!phone.error().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
