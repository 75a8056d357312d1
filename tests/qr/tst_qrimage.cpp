// QrImageReader and QrImageWriter: what the writer draws the reader reads
// back, from images, sheets, files and PDFs, also turned, scaled and seen in
// perspective; and the errors for everything else.
#include "QrImageReader.h"
#include "QrImageWriter.h"
#include "QrTestImages.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

using namespace kakanai;
using namespace kakanai::qr;
using kakanai::qr::test::kakanaiLikeText;
using kakanai::qr::test::onCanvas;

class TestQrImage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void upperCaseBase32IsAlphanumericAtLevelM();
    void writerRefusesWhatItCannotDraw();
    void sheetHoldsEverySymbol_data();
    void sheetHoldsEverySymbol();
    void turnedScaledAndSlanted_data();
    void turnedScaledAndSlanted();
    void invertedNeedsTheInvertedPass();
    void washedOutNeedsTheStretchedPass();
    void transparentBackgroundIsPaper();
    void photoWithoutCodeIsNoQr();
    void binarySymbolIsNotText();
    void emptyImageIsAnError();
    void imageFiles_data();
    void imageFiles();
    void pdfWithCodeOnPageTwo();
    void pdfWithoutCode();
    void missingFile();
    void notAnImage_data();
    void notAnImage();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString makePdf(const QString &name, const QImage &onPageTwo);

    QTemporaryDir m_dir;
    QRandomGenerator m_random{20261203};
};

void TestQrImage::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestQrImage::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("moduleSize");
    for (int length : {20, 100, 300, 700, 1150}) {
        for (int moduleSize : {2, 4}) {
            QTest::addRow("%d chars, %d px", length, moduleSize) << kakanaiLikeText(length, m_random) << moduleSize;
        }
    }
    QTest::addRow("byte mode, Japanese") << QStringLiteral("山田　太郎 KKN1") << 4;
}

void TestQrImage::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, moduleSize);
    const auto image = QrImageWriter::makeImage(text, moduleSize);
    QVERIFY2(image, image ? "" : qPrintable(image.error().toString()));
    // Square, the quiet zone white, the symbol a whole number of modules.
    QCOMPARE(image->width(), image->height());
    QCOMPARE(image->width() % moduleSize, 0);
    const int quiet = QrImageWriter::kQuietZoneModules * moduleSize;
    QCOMPARE(qGray(image->pixel(quiet - 1, quiet - 1)), 255);
    QCOMPARE(qGray(image->pixel(quiet, quiet)), 0);  // the finder pattern's corner

    const auto texts = QrImageReader().readImage(*image);
    QVERIFY2(texts, texts ? "" : qPrintable(texts.error().toString()));
    QCOMPARE(*texts, QStringList{text});
}

namespace {

int versionOf(const QImage &symbol, int moduleSize)
{
    const int modules = symbol.width() / moduleSize - 2 * QrImageWriter::kQuietZoneModules;
    return (modules - 17) / 4;
}

} // namespace

void TestQrImage::upperCaseBase32IsAlphanumericAtLevelM()
{
    // zxing picks the mode from the text. Alphanumeric stores 5.5 bits a
    // character, byte mode 8: the same text in lower case (not alphanumeric)
    // needs a clearly bigger symbol. Version 23 holds 1,150 alphanumeric
    // characters at level M; byte mode needs version 28.
    const QString text = kakanaiLikeText(1150, m_random);
    const auto upper = QrImageWriter::makeImage(text, 1);
    const auto lower = QrImageWriter::makeImage(text.toLower(), 1);
    QVERIFY(upper && lower);
    qInfo() << "1,150 characters at level M: version" << versionOf(*upper, 1) << "alphanumeric,"
            << versionOf(*lower, 1) << "in byte mode";
    QCOMPARE(versionOf(*upper, 1), 23);
    QCOMPARE(versionOf(*lower, 1), 28);

    // The level, as zxing reads it from the symbol's format information.
    const ZXing::ImageView view(upper->constBits(), upper->width(), upper->height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(upper->bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
    QVERIFY(result.isValid());
    QCOMPARE(QString::fromStdString(result.ecLevel()), QStringLiteral("M"));
    QCOMPARE(QString::fromStdString(result.text()), text);
}

void TestQrImage::writerRefusesWhatItCannotDraw()
{
    const auto empty = QrImageWriter::makeImage(QString());
    QVERIFY(!empty);
    QCOMPARE(empty.error().technicalDetail(), QStringLiteral("empty"));
    const auto zeroModule = QrImageWriter::makeImage(QStringLiteral("KKN1AB"), 0);
    QVERIFY(!zeroModule);
    QCOMPARE(zeroModule.error().technicalDetail(), QStringLiteral("bad-module-size"));
    // Version 40-M holds 3,391 alphanumeric characters.
    const auto tooLong = QrImageWriter::makeImage(kakanaiLikeText(3400, m_random));
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().technicalDetail(), QStringLiteral("too-long"));
    QVERIFY(!tooLong.error().message().contains(QStringLiteral("KKN1")));
    const auto noSheet = QrImageWriter::makeSheet({});
    QVERIFY(!noSheet);
}

void TestQrImage::sheetHoldsEverySymbol_data()
{
    QTest::addColumn<QStringList>("texts");
    QStringList three;
    for (int i = 0; i < 3; ++i)
        three << kakanaiLikeText(i == 2 ? 400 : 1150, m_random);
    QTest::newRow("3 parts of a long code") << three;
    QStringList sixteen;
    for (int i = 0; i < 16; ++i)
        sixteen << kakanaiLikeText(60 + 10 * i, m_random);
    QTest::newRow("16 short parts") << sixteen;
}

void TestQrImage::sheetHoldsEverySymbol()
{
    QFETCH(QStringList, texts);
    const auto sheet = QrImageWriter::makeSheet(texts, 3);
    QVERIFY2(sheet, sheet ? "" : qPrintable(sheet.error().toString()));
    const auto found = QrImageReader().readImage(*sheet);
    QVERIFY2(found, found ? "" : qPrintable(found.error().toString()));
    QStringList sortedFound = *found;
    QStringList sortedTexts = texts;
    sortedFound.sort();
    sortedTexts.sort();
    QCOMPARE(sortedFound, sortedTexts);
}

void TestQrImage::turnedScaledAndSlanted_data()
{
    QTest::addColumn<QTransform>("transform");
    QTest::newRow("turned 15°") << QTransform().rotate(15);
    QTest::newRow("turned 45°") << QTransform().rotate(45);
    QTest::newRow("turned 90°") << QTransform().rotate(90);
    QTest::newRow("upside down") << QTransform().rotate(180);
    QTest::newRow("scaled 0.7") << QTransform().scale(0.7, 0.7);
    QTest::newRow("scaled 1.8") << QTransform().scale(1.8, 1.8);
    QTest::newRow("turned 30° and scaled 1.3") << QTransform().rotate(30).scale(1.3, 1.3);
    // A sheet held at an angle: the far edge 20 % narrower (in pixels, around
    // the symbol's centre; the symbol is about 260 px wide).
    QTransform slant;
    const QPolygonF square({QPointF(-150, -150), QPointF(150, -150), QPointF(150, 150), QPointF(-150, 150)});
    const QPolygonF seen({QPointF(-120, -150), QPointF(120, -150), QPointF(150, 150), QPointF(-150, 150)});
    QVERIFY(QTransform::quadToQuad(square, seen, slant));
    QTest::newRow("perspective") << slant;
}

void TestQrImage::turnedScaledAndSlanted()
{
    QFETCH(QTransform, transform);
    const QString text = kakanaiLikeText(300, m_random);
    const auto symbol = QrImageWriter::makeImage(text, 4);
    QVERIFY(symbol);
    const QImage frame = onCanvas(*symbol, QSize(1280, 900), transform);
    const auto found = QrImageReader().readImage(frame);
    QVERIFY2(found, found ? "" : qPrintable(found.error().toString()));
    QCOMPARE(*found, QStringList{text});
}

void TestQrImage::invertedNeedsTheInvertedPass()
{
    const QString text = kakanaiLikeText(200, m_random);
    auto symbol = QrImageWriter::makeImage(text, 4);
    QVERIFY(symbol);
    symbol->invertPixels();
    const QImage frame = onCanvas(*symbol, QSize(800, 800), QTransform(), Qt::black);

    const auto found = QrImageReader().readImage(frame);
    QVERIFY2(found, found ? "" : qPrintable(found.error().toString()));
    QCOMPARE(*found, QStringList{text});

    QrImageReader::Options noInverted;
    noInverted.tryInverted = false;
    const auto notFound = QrImageReader(noInverted).readImage(frame);
    QVERIFY(!notFound);
    QCOMPARE(notFound.error().technicalDetail(), QStringLiteral("no-qr"));
}

void TestQrImage::washedOutNeedsTheStretchedPass()
{
    // A code on a dim, washed-out screen photo: every grey between 120 and 136.
    const QString text = kakanaiLikeText(200, m_random);
    auto symbol = QrImageWriter::makeImage(text, 4);
    QVERIFY(symbol);
    QImage frame = onCanvas(*symbol, QSize(800, 800), QTransform()).convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < frame.height(); ++y) {
        uchar *row = frame.scanLine(y);
        for (int x = 0; x < frame.width(); ++x)
            row[x] = static_cast<uchar>(120 + row[x] * 16 / 255);
    }
    QrImageReader::Options plain;
    plain.tryStretched = false;
    plain.tryHalfSize = false;
    plain.tryInverted = false;
    const auto notFound = QrImageReader(plain).readImage(frame);
    QVERIFY(!notFound);
    QCOMPARE(notFound.error().technicalDetail(), QStringLiteral("no-qr"));

    QrImageReader::Options stretched = plain;
    stretched.tryStretched = true;
    const auto found = QrImageReader(stretched).readImage(frame);
    QVERIFY2(found, found ? "" : qPrintable(found.error().toString()));
    QCOMPARE(*found, QStringList{text});
}

void TestQrImage::transparentBackgroundIsPaper()
{
    // Dark modules on a transparent background, as a web page may save a
    // code: transparent must count as white, for both alpha layouts.
    const QString text = kakanaiLikeText(120, m_random);
    const auto symbol = QrImageWriter::makeImage(text, 4);
    QVERIFY(symbol);
    for (QImage::Format format : {QImage::Format_ARGB32, QImage::Format_ARGB32_Premultiplied, QImage::Format_RGBA8888}) {
        QImage transparent(symbol->size(), QImage::Format_ARGB32);
        for (int y = 0; y < symbol->height(); ++y) {
            for (int x = 0; x < symbol->width(); ++x)
                transparent.setPixel(x, y, qGray(symbol->pixel(x, y)) < 128 ? qRgba(0, 0, 0, 255) : qRgba(0, 0, 0, 0));
        }
        const auto found = QrImageReader().readImage(transparent.convertToFormat(format));
        QVERIFY2(found, qPrintable(QStringLiteral("format %1").arg(format)));
        QCOMPARE(*found, QStringList{text});
    }
}

void TestQrImage::photoWithoutCodeIsNoQr()
{
    // Something a webcam sees: a gradient, shapes, text, noise; no code.
    QImage photo(1280, 720, QImage::Format_RGB32);
    QPainter painter(&photo);
    QLinearGradient gradient(0, 0, 1280, 720);
    gradient.setColorAt(0, QColor(90, 80, 70));
    gradient.setColorAt(1, QColor(220, 210, 190));
    painter.fillRect(photo.rect(), gradient);
    QRandomGenerator random(7);
    for (int i = 0; i < 60; ++i) {
        painter.setBrush(QColor::fromRgb(random.bounded(256), random.bounded(256), random.bounded(256)));
        painter.drawEllipse(QPoint(random.bounded(1280), random.bounded(720)), random.bounded(5, 80), random.bounded(5, 80));
        painter.drawRect(random.bounded(1280), random.bounded(720), random.bounded(3, 40), random.bounded(3, 40));
    }
    QFont font = painter.font();
    font.setPixelSize(40);
    painter.setFont(font);
    painter.drawText(QRect(100, 300, 1000, 200), QStringLiteral("転入届 2026"));
    painter.end();
    for (int i = 0; i < 50000; ++i)
        photo.setPixel(random.bounded(1280), random.bounded(720), random.bounded(2) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));

    const auto found = QrImageReader().readImage(photo);
    QVERIFY(!found);
    QCOMPARE(found.error().code(), ErrorCode::NotFound);
    QCOMPARE(found.error().technicalDetail(), QStringLiteral("no-qr"));
    QVERIFY(!found.error().message().isEmpty());
}

void TestQrImage::binarySymbolIsNotText()
{
    // Bytes that are no text in any character set zxing guesses; our writer
    // only makes text, so zxing's writer draws it.
    std::wstring bytes;
    for (int i = 0; i < 64; ++i)
        bytes.push_back(static_cast<wchar_t>((i * 37) % 32));  // control characters only
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                        .setEncoding(ZXing::CharacterSet::BINARY)
                                        .setMargin(4)
                                        .encode(bytes, 0, 0);
    QImage image(matrix.width() * 4, matrix.height() * 4, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.scanLine(y)[x] = matrix.get(x / 4, y / 4) ? 0 : 255;
    }
    const auto found = QrImageReader().readImage(image);
    QVERIFY(!found);
    QCOMPARE(found.error().code(), ErrorCode::InvalidData);
    QCOMPARE(found.error().technicalDetail(), QStringLiteral("not-text"));
}

void TestQrImage::emptyImageIsAnError()
{
    const auto found = QrImageReader().readImage(QImage());
    QVERIFY(!found);
    QCOMPARE(found.error().technicalDetail(), QStringLiteral("empty-image"));
}

void TestQrImage::imageFiles_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("PNG") << QStringLiteral("png");
    QTest::newRow("JPEG") << QStringLiteral("jpg");
    QTest::newRow("BMP") << QStringLiteral("bmp");
}

void TestQrImage::imageFiles()
{
    QFETCH(QString, format);
    const QString text = kakanaiLikeText(500, m_random);
    const auto symbol = QrImageWriter::makeImage(text, 4);
    QVERIFY(symbol);
    // The name says nothing of the content: the reader looks at the bytes.
    const QString file = path(QStringLiteral("code-%1.img").arg(format));
    QVERIFY(onCanvas(*symbol, QSize(1000, 1000), QTransform().rotate(10)).save(file, qPrintable(format), 85));
    const auto found = QrImageReader().readFile(file);
    QVERIFY2(found, found ? "" : qPrintable(found.error().toString()));
    QCOMPARE(*found, QStringList{text});
}

QString TestQrImage::makePdf(const QString &name, const QImage &onPageTwo)
{
    const QString file = path(name);
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    painter.drawText(QRect(200, 200, 2000, 200), QStringLiteral("Page 1: instructions, no code"));
    writer.newPage();
    painter.drawText(QRect(200, 200, 2000, 200), QStringLiteral("Page 2"));
    if (!onPageTwo.isNull()) {
        // 60 mm wide at 300 dpi.
        painter.drawImage(QRect(300, 500, 709, 709), onPageTwo);
    }
    painter.end();
    return file;
}

void TestQrImage::pdfWithCodeOnPageTwo()
{
    const QString text = kakanaiLikeText(1150, m_random);
    const auto symbol = QrImageWriter::makeImage(text, 4);
    QVERIFY(symbol);
    const auto found = QrImageReader().readFile(makePdf(QStringLiteral("two-pages.pdf"), *symbol));
    QVERIFY2(found, found ? "" : qPrintable(found.error().toString()));
    QCOMPARE(*found, QStringList{text});
}

void TestQrImage::pdfWithoutCode()
{
    const auto found = QrImageReader().readFile(makePdf(QStringLiteral("no-code.pdf"), QImage()));
    QVERIFY(!found);
    QCOMPARE(found.error().technicalDetail(), QStringLiteral("no-qr"));
}

void TestQrImage::missingFile()
{
    const auto found = QrImageReader().readFile(path(QStringLiteral("山田太郎.png")));
    QVERIFY(!found);
    QCOMPARE(found.error().code(), ErrorCode::NotFound);
    QCOMPARE(found.error().technicalDetail(), QStringLiteral("not-found"));
    // The file name may be a citizen's name: never in the message.
    QVERIFY(!found.error().message().contains(QStringLiteral("山田")));
    QVERIFY(!found.error().technicalDetail().contains(QStringLiteral("山田")));
}

void TestQrImage::notAnImage_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("detail");
    QTest::newRow("text") << QByteArray("KKN1ABCDEFGH\nnot a picture\n") << QStringLiteral("not-image");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not-image");
    QTest::newRow("PNG cut short") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("not-image");
    QTest::newRow("PDF header only") << QByteArray("%PDF-1.7\nrubbish\n") << QStringLiteral("bad-pdf");
}

void TestQrImage::notAnImage()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, detail);
    const QString file = path(QStringLiteral("not-an-image-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(content);
    out.close();
    const auto found = QrImageReader().readFile(file);
    QVERIFY(!found);
    QCOMPARE(found.error().code(), ErrorCode::InvalidData);
    QCOMPARE(found.error().technicalDetail(), detail);

    const auto folder = QrImageReader().readFile(m_dir.path());
    QVERIFY(!folder);
    QCOMPARE(folder.error().technicalDetail(), QStringLiteral("unreadable"));
}

QTEST_MAIN(TestQrImage)
#include "tst_qrimage.moc"
