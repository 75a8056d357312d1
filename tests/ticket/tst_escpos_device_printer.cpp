// An ESC/POS printer behind a device file (print/ticket/EscPosDevicePrinter):
// the bytes written are the encoder's, a missing device is "unreachable" and
// is never created, a device that stops taking data fails within the timeout.

#include "TicketSamples.h"

#include "ticket/EscPos.h"
#include "ticket/EscPosDevicePrinter.h"
#include "ticket/TicketImage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kakanai;
using namespace kakanai::print;

class TestEscPosDevicePrinter : public QObject {
    Q_OBJECT
private slots:
    void writesTheEncodedJob_data();
    void writesTheEncodedJob();
    void missingDevice_data();
    void missingDevice();
    void nobodyBehindTheDevice();
    void deviceStopsTakingData();
    void describesItself();
};

void TestEscPosDevicePrinter::writesTheEncodedJob_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("58 mm") << 384;
    QTest::newRow("80 mm") << 576;
}

void TestEscPosDevicePrinter::writesTheEncodedJob()
{
    QFETCH(int, width);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Stands in for /dev/usb/lp0, which exists while the printer is plugged in.
    const QString device = dir.filePath(QStringLiteral("lp0"));
    {
        QFile file(device);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    EscPosDevicePrinter printer({device, width, std::chrono::milliseconds(2000)});
    const auto ticket = testing::sampleTicket();
    const auto printed = printer.print(ticket);
    QVERIFY2(printed, printed ? "" : qPrintable(printed.error().toString()));

    const auto image = TicketImage::render(ticket, width);
    QVERIFY(image);
    QFile file(device);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written.size(), escpos::ticketJob(*image).size());
    QVERIFY(written == escpos::ticketJob(*image));
    QVERIFY(written.startsWith(QByteArray("\x1b\x40", 2)));
    QVERIFY(written.endsWith(QByteArray("\x1d\x56\x01", 3)));
}

void TestEscPosDevicePrinter::missingDevice_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("no such device") << QStringLiteral("lp0");
    QTest::newRow("no such directory") << QStringLiteral("usb/lp0");
}

void TestEscPosDevicePrinter::missingDevice()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString device = dir.filePath(relativePath);
    EscPosDevicePrinter printer({device, 384, std::chrono::milliseconds(2000)});
    const auto printed = printer.print(testing::sampleTicket());
    QVERIFY(!printed);
    QCOMPARE(printed.error().code(), ErrorCode::PrinterUnreachable);
    QCOMPARE(printed.error().technicalDetail(), device);
    // Never a plain file where the device should be.
    QVERIFY(!QFile::exists(device));
}

void TestEscPosDevicePrinter::nobodyBehindTheDevice()
{
    // A FIFO nobody reads from: opening it for writing fails (ENXIO), as a
    // serial adapter without its printer can.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("printer.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    EscPosDevicePrinter printer({fifo, 384, std::chrono::milliseconds(2000)});
    const auto printed = printer.print(testing::sampleTicket());
    QVERIFY(!printed);
    QCOMPARE(printed.error().code(), ErrorCode::PrinterUnreachable);
}

void TestEscPosDevicePrinter::deviceStopsTakingData()
{
    // A FIFO whose reader never reads: the pipe buffer (64 KiB) fills up like
    // the buffer of a printer that stopped, and the write must give up.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("printer.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    QVERIFY(reader >= 0);
    QImage tall(576, 2000, QImage::Format_Grayscale8);
    tall.fill(0);
    QVERIFY(escpos::ticketJob(tall).size() > 128 * 1024);

    constexpr int timeoutMs = 500;
    EscPosDevicePrinter printer({fifo, 576, std::chrono::milliseconds(timeoutMs)});
    QElapsedTimer timer;
    timer.start();
    const auto printed = printer.printImage(tall);
    const qint64 elapsed = timer.elapsed();
    ::close(reader);
    QVERIFY(!printed);
    QCOMPARE(printed.error().code(), ErrorCode::PrinterFailed);
    QCOMPARE(printed.error().technicalDetail(), fifo);
    QVERIFY2(elapsed >= timeoutMs - 50 && elapsed < timeoutMs + 1500, qPrintable(QString::number(elapsed)));
}

void TestEscPosDevicePrinter::describesItself()
{
    EscPosDevicePrinter printer({QStringLiteral("/dev/usb/lp0")});
    QCOMPARE(printer.describe(), QStringLiteral("ESC/POS /dev/usb/lp0"));
}

QTEST_MAIN(TestEscPosDevicePrinter)
#include "tst_escpos_device_printer.moc"
