// Ticket slips on the system printer (ui/queue/SystemTicketPrinter), printed
// to a PDF and looked at with pdftoppm: one page, the slip's shape, ink on it,
// and the QR still readable from the rendered page.

#include "TicketSamples.h"

#include "QrImageReader.h"
#include "queue/SystemTicketPrinter.h"
#include "ticket/TicketImage.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;

class TestSystemTicketPrinter : public QObject {
    Q_OBJECT
private slots:
    void printsToPdf_data();
    void printsToPdf();
    void unknownPrinter();
    void describesItself();
};

void TestSystemTicketPrinter::printsToPdf_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("58 mm") << 384;
    QTest::newRow("80 mm") << 576;
}

void TestSystemTicketPrinter::printsToPdf()
{
    QFETCH(int, width);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("ticket.pdf"));
    SystemTicketPrinter printer({QString(), width, pdf});
    const auto ticket = testing::sampleTicket();
    const auto printed = printer.print(ticket);
    QVERIFY2(printed, printed ? "" : qPrintable(printed.error().toString()));

    // 203 dpi: the page comes back at about one pixel per printer dot.
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-r"), QStringLiteral("203.2"), QStringLiteral("-gray"), QStringLiteral("-png"),
                    pdf, dir.filePath(QStringLiteral("page"))});
    QVERIFY(pdftoppm.waitForFinished(30000));
    QCOMPARE(pdftoppm.exitCode(), 0);
    const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page*.png")});
    QCOMPARE(pages.size(), 1);
    const QImage page = QImage(dir.filePath(pages.first())).convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(!page.isNull());

    const auto slip = print::TicketImage::render(ticket, width);
    QVERIFY(slip);
    // The page is the slip: same width (within rounding) and the same aspect.
    QVERIFY2(qAbs(page.width() - width) <= 2, qPrintable(QString::number(page.width())));
    const double pageAspect = double(page.height()) / page.width();
    const double slipAspect = double(slip->height()) / slip->width();
    QVERIFY2(qAbs(pageAspect - slipAspect) < 0.01 * slipAspect,
             qPrintable(QStringLiteral("%1 vs %2").arg(pageAspect).arg(slipAspect)));
    // Not blank: about as much ink as the slip has.
    int dark = 0;
    int slipDark = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            dark += page.constScanLine(y)[x] < 128;
    for (int y = 0; y < slip->height(); ++y)
        for (int x = 0; x < slip->width(); ++x)
            slipDark += slip->constScanLine(y)[x] == 0;
    QVERIFY2(dark > slipDark * 8 / 10 && dark < slipDark * 12 / 10,
             qPrintable(QStringLiteral("%1 vs %2").arg(dark).arg(slipDark)));
    QCOMPARE(qr::QrImageReader().readImage(page).value_or(QStringList()), QStringList{ticket.statusUrl});
}

void TestSystemTicketPrinter::unknownPrinter()
{
    SystemTicketPrinter printer({QStringLiteral("kakanai-no-such-printer"), 576});
    const auto printed = printer.print(testing::sampleTicket());
    QVERIFY(!printed);
    QCOMPARE(printed.error().code(), ErrorCode::PrinterUnreachable);
    QCOMPARE(printed.error().technicalDetail(), QStringLiteral("kakanai-no-such-printer"));
}

void TestSystemTicketPrinter::describesItself()
{
    QCOMPARE(SystemTicketPrinter({QStringLiteral("TM-T88VI")}).describe(), QStringLiteral("System printer TM-T88VI"));
    QCOMPARE(SystemTicketPrinter({QString()}).describe(), QStringLiteral("System printer (default printer)"));
}

QTEST_MAIN(TestSystemTicketPrinter)
#include "tst_system_ticket_printer.moc"
