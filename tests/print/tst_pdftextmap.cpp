// PdfTextMap: the text map of a PDF written by QPdfWriter rebuilt from the
// strings drawn, read back with pdftotext.
#include "PdfText.h"
#include "PdfTextMap.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using kakanai::print::PdfTextMap;
using kakanai::print::test::compact;
using kakanai::print::test::pdfProblems;
using kakanai::print::test::pdfText;

class TestPdfTextMap : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void drawnTextComesBack_data();
    void drawnTextComesBack();
    void textNotToldKeepsQtsMap();
    void notAPdfIsAnError();

private:
    // Draws each string on its own line of one page, tells `map` about
    // `told` of them, and returns what QPdfWriter wrote.
    static QByteArray draw(const QStringList &strings, qsizetype told, PdfTextMap &map);
    QString save(const QByteArray &pdf, const QString &name);

    QTemporaryDir m_dir;
};

QByteArray TestPdfTextMap::draw(const QStringList &strings, qsizetype told, PdfTextMap &map)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    font.setPointSizeF(12);
    for (qsizetype i = 0; i < strings.size(); ++i) {
        font.setBold(i % 2 == 1); // two fonts in the PDF
        painter.setFont(font);
        painter.drawText(QPointF(100, 200 + 150 * i), strings.at(i));
        if (i < told)
            map.addDrawn(painter.font(), strings.at(i));
    }
    painter.end();
    return pdf;
}

QString TestPdfTextMap::save(const QByteArray &pdf, const QString &name)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    return file.fileName();
}

void TestPdfTextMap::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is needed");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty(), "qpdf is needed");
}

void TestPdfTextMap::init()
{
    // A font left with Qt's map is a bug in these tests unless a test expects it.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("PDF text map")));
}

void TestPdfTextMap::drawnTextComesBack_data()
{
    QTest::addColumn<QStringList>("strings");
    QTest::addColumn<QString>("expected");
    // Noto CJK draws 日 and ⽇ U+2F47 with one glyph: the ideograph names it.
    QTest::newRow("radical and ideograph") << QStringList{QStringLiteral("⽇"), QStringLiteral("日"), QStringLiteral("日野")}
                                           << QStringLiteral("日日日野");
    QTest::newRow("radical alone") << QStringList{QStringLiteral("⽇")} << QStringLiteral("⽇");
    QTest::newRow("outside the BMP") << QStringList{QStringLiteral("𠮷野"), QStringLiteral("𠮷")} << QStringLiteral("𠮷野𠮷");
    QTest::newRow("ligature") << QStringList{QStringLiteral("certificate"), QStringLiteral("office")}
                              << QStringLiteral("certificateoffice");
    QTest::newRow("ideographic variation sequence") << QStringList{QStringLiteral("葛\U000E0100城")}
                                                    << QStringLiteral("葛\U000E0100城");
    QTest::newRow("kana, middle dot, compatibility ideograph")
        << QStringList{QStringLiteral("要介護・要支援"), QStringLiteral("\uFA19田　\uFA11")}
        << QStringLiteral("要介護・要支援\uFA19田\uFA11");
}

void TestPdfTextMap::drawnTextComesBack()
{
    QFETCH(QStringList, strings);
    QFETCH(QString, expected);
    PdfTextMap map;
    const QByteArray drawn = draw(strings, strings.size(), map);
    const auto rewritten = map.rewrite(drawn);
    QVERIFY2(rewritten, rewritten ? "" : qPrintable(rewritten.error().toString()));
    const QString path = save(*rewritten, QStringLiteral("drawn.pdf"));
    QVERIFY(!path.isEmpty());
    QVERIFY2(pdfProblems(path).isEmpty(), qPrintable(pdfProblems(path)));
    QCOMPARE(compact(pdfText(path)), expected);
}

void TestPdfTextMap::textNotToldKeepsQtsMap()
{
    // 本 was drawn but not told: the font's glyph for it has no text, so the
    // whole font keeps Qt's map (and 日 comes back as Qt names it), with a warning.
    PdfTextMap map;
    const QByteArray drawn = draw({QStringLiteral("日"), QStringLiteral("太"), QStringLiteral("本")}, 2, map);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("PDF text map: 1 of 2 glyphs")));
    const auto rewritten = map.rewrite(drawn);
    QVERIFY(rewritten);
    const QString path = save(*rewritten, QStringLiteral("untold.pdf"));
    QVERIFY(pdfProblems(path).isEmpty());
    QCOMPARE(compact(pdfText(path)), QStringLiteral("⽇太本"));
}

void TestPdfTextMap::notAPdfIsAnError()
{
    PdfTextMap map;
    const auto rewritten = map.rewrite(QByteArrayLiteral("not a PDF"));
    QVERIFY(!rewritten);
    QCOMPARE(rewritten.error().code(), ErrorCode::Internal);
    QVERIFY(!rewritten.error().message().isEmpty());
}

QTEST_MAIN(TestPdfTextMap)
#include "tst_pdftextmap.moc"
