// The ESC/POS encoder and status parser (print/ticket/EscPos): exact bytes
// for small hand-made images, bands, feed and cut, and every status bit.

#include "ticket/EscPos.h"

#include <QImage>
#include <QTest>

using namespace kakanai::print;

namespace {

// An image from rows of '#' (black) and '.' (white).
QImage imageOf(const QStringList &rows)
{
    QImage image(int(rows.first().size()), int(rows.size()), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.scanLine(y)[x] = rows[y][x] == QLatin1Char('#') ? 0 : 255;
    return image;
}

QByteArray hex(const char *text) { return QByteArray::fromHex(text); }

} // namespace

class TestEscPos : public QObject {
    Q_OBJECT
private slots:
    void raster_data();
    void raster();
    void rasterReadsAnyFormat();
    void rasterBands();
    void rasterEmptyImage();
    void commands_data();
    void commands();
    void ticketJobFrame();
    void lookalikes_data();
    void lookalikes();
    void statusBits_data();
    void statusBits();
    void refusesNonStatusBytes_data();
    void refusesNonStatusBytes();
};

void TestEscPos::raster_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QByteArray>("expected");
    // 10 × 2 dots: 2 bytes a row, the last 6 bits of each row padding (white).
    QTest::newRow("10x2") << QStringList{QStringLiteral("#.#.#.#.##"), QStringLiteral("..........")}
                          << hex("1d7630000200" "0200" "aac0" "0000");
    QTest::newRow("8x1 all black") << QStringList{QStringLiteral("########")} << hex("1d7630000100" "0100" "ff");
    QTest::newRow("leftmost is MSB") << QStringList{QStringLiteral("#.......")} << hex("1d7630000100" "0100" "80");
    QTest::newRow("rightmost is LSB") << QStringList{QStringLiteral(".......#")} << hex("1d7630000100" "0100" "01");
    QTest::newRow("1x3") << QStringList{QStringLiteral("#"), QStringLiteral("."), QStringLiteral("#")}
                         << hex("1d7630000100" "0300" "80" "00" "80");
    QTest::newRow("17 wide") << QStringList{QStringLiteral("#...............#")}
                             << hex("1d7630000300" "0100" "80" "00" "80");
}

void TestEscPos::raster()
{
    QFETCH(QStringList, rows);
    QFETCH(QByteArray, expected);
    QCOMPARE(escpos::rasterImage(imageOf(rows)).toHex(), expected.toHex());
}

void TestEscPos::rasterReadsAnyFormat()
{
    // Grey below 128 is black, from 128 up white; colour goes through its grey.
    QImage image(4, 1, QImage::Format_RGB32);
    image.setPixelColor(0, 0, QColor(0, 0, 0));
    image.setPixelColor(1, 0, QColor(127, 127, 127));
    image.setPixelColor(2, 0, QColor(128, 128, 128));
    image.setPixelColor(3, 0, QColor(255, 255, 255));
    QCOMPARE(escpos::rasterImage(image).toHex(), hex("1d7630000100" "0100" "c0").toHex());
}

void TestEscPos::rasterBands()
{
    // 600 lines of 16 dots: bands of 255, 255 and 90 lines, each with its header.
    QImage image(16, 600, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < image.height(); ++y)
        image.scanLine(y)[y % 16] = 0;
    const QByteArray bytes = escpos::rasterImage(image);
    QCOMPARE(bytes.size(), 3 * 8 + 600 * 2);
    QCOMPARE(bytes.mid(0, 8).toHex(), hex("1d7630000200ff00").toHex());
    QCOMPARE(bytes.mid(8 + 255 * 2, 8).toHex(), hex("1d7630000200ff00").toHex());
    QCOMPARE(bytes.mid(2 * (8 + 255 * 2), 8).toHex(), hex("1d76300002005a00").toHex());
    // Line 255 (the first of the second band) has its black dot at x = 255 % 16 = 15.
    QCOMPARE(bytes.mid(8 + 255 * 2 + 8, 2).toHex(), hex("0001").toHex());

    // A smaller band size, e.g. for a printer with a tiny buffer.
    const QByteArray small = escpos::rasterImage(image, 100);
    QCOMPARE(small.count(QByteArray("\x1d\x76\x30", 3)), 6);
    QCOMPARE(small.size(), 6 * 8 + 600 * 2);
    // Out of range band sizes are clamped, never a 16-bit yH.
    QCOMPARE(escpos::rasterImage(image, 1000), bytes);
}

void TestEscPos::rasterEmptyImage()
{
    QVERIFY(escpos::rasterImage(QImage()).isEmpty());
}

void TestEscPos::commands_data()
{
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("ESC @") << escpos::initialize() << hex("1b40");
    QTest::newRow("ESC d 4") << escpos::feedLines(4) << hex("1b6404");
    QTest::newRow("ESC d clamped high") << escpos::feedLines(300) << hex("1b64ff");
    QTest::newRow("ESC d clamped low") << escpos::feedLines(-1) << hex("1b6400");
    QTest::newRow("GS V 1") << escpos::partialCut() << hex("1d5601");
    QTest::newRow("DLE EOT 1") << escpos::statusRequest(1) << hex("100401");
    QTest::newRow("DLE EOT 1 2 4") << escpos::fullStatusRequest() << hex("100401100402100404");
}

void TestEscPos::commands()
{
    QFETCH(QByteArray, actual);
    QFETCH(QByteArray, expected);
    QCOMPARE(actual.toHex(), expected.toHex());
}

void TestEscPos::ticketJobFrame()
{
    const QImage image = imageOf({QStringLiteral("#.......")});
    QCOMPARE(escpos::ticketJob(image).toHex(), hex("1b40" "1d7630000100" "0100" "80" "1b6404" "1d5601").toHex());
}

void TestEscPos::lookalikes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("count");
    QTest::newRow("none") << hex("1b40ff00") << 0;
    QTest::newRow("real request") << hex("100401") << 1;
    QTest::newRow("n=3 counts") << hex("00100403") << 1;
    QTest::newRow("n=5 does not") << hex("100405") << 0;
    QTest::newRow("n=0 does not") << hex("100400") << 0;
    QTest::newRow("two") << hex("100402ff100404") << 2;
    QTest::newRow("cut off at the end") << hex("1004") << 0;
}

void TestEscPos::lookalikes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, count);
    QCOMPARE(escpos::countStatusRequestLookalikes(bytes), count);
}

void TestEscPos::statusBits_data()
{
    QTest::addColumn<int>("printer");
    QTest::addColumn<int>("offlineCause");
    QTest::addColumn<int>("rollPaper");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<bool>("ready");
    // 0x12: only the fixed bits (1 and 4) set.
    QTest::newRow("all clear") << 0x12 << 0x12 << 0x12 << QString() << true;
    QTest::newRow("offline (1 bit 3)") << 0x1a << 0x12 << 0x12 << "offline" << false;
    QTest::newRow("waiting for recovery (1 bit 5)") << 0x32 << 0x12 << 0x12 << "waitingForRecovery" << true;
    QTest::newRow("feed button (1 bit 6)") << 0x52 << 0x12 << 0x12 << "feedButtonPressed" << true;
    QTest::newRow("cover open (2 bit 2)") << 0x12 << 0x16 << 0x12 << "coverOpen" << false;
    QTest::newRow("feeding by button (2 bit 3)") << 0x12 << 0x1a << 0x12 << "feedingByButton" << true;
    QTest::newRow("stopped by paper end (2 bit 5)") << 0x12 << 0x32 << 0x12 << "stoppedByPaperEnd" << false;
    QTest::newRow("error (2 bit 6)") << 0x12 << 0x52 << 0x12 << "errorOccurred" << false;
    QTest::newRow("near end (4 bits 2-3)") << 0x12 << 0x12 << 0x1e << "paperNearEnd" << true;
    QTest::newRow("near end, bit 2 only") << 0x12 << 0x12 << 0x16 << "paperNearEnd" << true;
    QTest::newRow("paper end (4 bits 5-6)") << 0x12 << 0x12 << 0x72 << "paperEnd" << false;
    QTest::newRow("paper end, bit 6 only") << 0x12 << 0x12 << 0x52 << "paperEnd" << false;
}

void TestEscPos::statusBits()
{
    QFETCH(int, printer);
    QFETCH(int, offlineCause);
    QFETCH(int, rollPaper);
    QFETCH(QString, flag);
    QFETCH(bool, ready);
    const auto status = escpos::parseStatus(quint8(printer), quint8(offlineCause), quint8(rollPaper));
    QVERIFY(status);
    const QList<std::pair<QString, bool>> flags{
        {QStringLiteral("offline"), status->offline},
        {QStringLiteral("waitingForRecovery"), status->waitingForRecovery},
        {QStringLiteral("feedButtonPressed"), status->feedButtonPressed},
        {QStringLiteral("coverOpen"), status->coverOpen},
        {QStringLiteral("feedingByButton"), status->feedingByButton},
        {QStringLiteral("stoppedByPaperEnd"), status->stoppedByPaperEnd},
        {QStringLiteral("errorOccurred"), status->errorOccurred},
        {QStringLiteral("paperNearEnd"), status->paperNearEnd},
        {QStringLiteral("paperEnd"), status->paperEnd},
    };
    // Exactly the one flag of the row is set.
    for (const auto &[name, set] : flags)
        QVERIFY2(set == (name == flag), qPrintable(name));
    QCOMPARE(status->readyToPrint(), ready);
}

void TestEscPos::refusesNonStatusBytes_data()
{
    QTest::addColumn<int>("byte");
    QTest::addColumn<bool>("isStatus");
    QTest::newRow("0x12") << 0x12 << true;
    QTest::newRow("0x7e all variable bits") << 0x7e << true;
    QTest::newRow("0x00") << 0x00 << false;
    QTest::newRow("0xff") << 0xff << false;
    QTest::newRow("bit 0 set 0x13") << 0x13 << false;
    QTest::newRow("bit 1 clear 0x10") << 0x10 << false;
    QTest::newRow("bit 4 clear 0x02") << 0x02 << false;
    QTest::newRow("bit 7 set 0x92") << 0x92 << false;
    // The first byte of an Automatic Status Back packet (bits 0, 1 fixed 0).
    QTest::newRow("ASB 0x14") << 0x14 << false;
}

void TestEscPos::refusesNonStatusBytes()
{
    QFETCH(int, byte);
    QFETCH(bool, isStatus);
    QCOMPARE(escpos::isStatusByte(quint8(byte)), isStatus);
    // parseStatus refuses it in any of the three positions.
    QCOMPARE(escpos::parseStatus(quint8(byte), 0x12, 0x12).has_value(), isStatus);
    QCOMPARE(escpos::parseStatus(0x12, quint8(byte), 0x12).has_value(), isStatus);
    QCOMPARE(escpos::parseStatus(0x12, 0x12, quint8(byte)).has_value(), isStatus);
}

QTEST_GUILESS_MAIN(TestEscPos)
#include "tst_escpos.moc"
