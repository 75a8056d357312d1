#include "jp/PostalCode.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::jp;

class TestPostalCode : public QObject {
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
};

void TestPostalCode::accepts_data()
{
    QTest::addColumn<QString>("input");
    auto row = [](const char16_t *input) {
        const QString s = QString::fromUtf16(input);
        QTest::newRow(qPrintable(s)) << s;
    };
    row(u"123-4567");
    row(u"1234567");
    row(u"〒123-4567");
    row(u"〒 123-4567");
    row(u"〒1234567");
    row(u"１２３４５６７");
    row(u"１２３－４５６７");
    row(u"〒１２３ー４５６７");
    row(u"123 4567");
    row(u"123　4567");
    row(u"123ー4567");
    row(u"123‐4567");
    row(u"123−4567");
    row(u"123ｰ4567");
    row(u"123 - 4567");
    row(u" 123-4567 ");
}

void TestPostalCode::accepts()
{
    QFETCH(QString, input);
    const auto code = PostalCode::parse(input);
    QVERIFY2(code, code ? "" : qPrintable(code.error().toString()));
    QCOMPARE(code->toString(), QStringLiteral("123-4567"));
    QCOMPARE(code->digits(), QStringLiteral("1234567"));
    QCOMPARE(PostalCode::normalize(input).value_or(QString()), QStringLiteral("123-4567"));
}

void TestPostalCode::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("detail");
    auto row = [](const char16_t *input, const char *detail) {
        const QString s = QString::fromUtf16(input);
        QTest::newRow(qPrintable(s.isEmpty() ? QStringLiteral("(empty)") : s)) << s << QString::fromLatin1(detail);
    };
    row(u"", "empty");
    row(u"〒", "empty");
    row(u"　", "empty");
    row(u"123-456", "not-seven-digits count=6");
    row(u"12345678", "not-seven-digits count=8");
    row(u"123-45678", "not-seven-digits count=8");
    row(u"abc-defg", "not-seven-digits count=0");
    row(u"一二三-四五六七", "not-seven-digits count=0");
    row(u"12-34567", "bad-shape");
    row(u"1234-567", "bad-shape");
    row(u"123--4567", "bad-shape");
    row(u"123-4567x", "bad-shape");
    row(u"123.4567", "bad-shape");
    row(u"1 2 3 4 5 6 7", "bad-shape");
}

void TestPostalCode::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, detail);
    const auto code = PostalCode::parse(input);
    QVERIFY2(!code, code ? qPrintable(code->toString()) : "");
    QCOMPARE(code.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(code.error().technicalDetail(), detail);
    QVERIFY(!code.error().message().isEmpty());
    QVERIFY(!PostalCode::normalize(input));
}

QTEST_GUILESS_MAIN(TestPostalCode)
#include "tst_postalcode.moc"
