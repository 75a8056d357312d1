// The ticket slip as a picture (print/ticket/TicketImage): its width, black
// and white only, the QR reads back to the status address, the reprint mark.

#include "TicketSamples.h"

#include "QrImageReader.h"
#include "ticket/TicketImage.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::print;

namespace {

int blackDots(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.constScanLine(y)[x] == 0;
    return count;
}

} // namespace

class TestTicketImage : public QObject {
    Q_OBJECT
private slots:
    void widthAndColours_data();
    void widthAndColours();
    void qrReadsBack_data();
    void qrReadsBack();
    void noQrWithoutStatusUrl();
    void reprintMarksTheSlip();
    void numberAndTimeChangeTheSlip();
    void refusesBadWidth_data();
    void refusesBadWidth();
    void longTextsStayOnTheSlip();
};

void TestTicketImage::widthAndColours_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("58 mm") << TicketImage::kWidth58mm;
    QTest::newRow("80 mm") << TicketImage::kWidth80mm;
}

void TestTicketImage::widthAndColours()
{
    QFETCH(int, width);
    const auto image = TicketImage::render(testing::sampleTicket(), width);
    QVERIFY2(image, image ? "" : qPrintable(image.error().toString()));
    QCOMPARE(image->width(), width);
    QCOMPARE(image->format(), QImage::Format_Grayscale8);
    // A slip, not a strip: taller than wide with a QR, and not absurdly long.
    QVERIFY2(image->height() > width && image->height() < 4 * width, qPrintable(QString::number(image->height())));
    int other = 0;
    for (int y = 0; y < image->height(); ++y)
        for (int x = 0; x < width; ++x)
            other += image->constScanLine(y)[x] != 0 && image->constScanLine(y)[x] != 255;
    QCOMPARE(other, 0);
    const int black = blackDots(*image);
    QVERIFY2(black > width * 20, qPrintable(QString::number(black)));
    // White margins left and right: nothing printed in the outer 8 dots.
    for (int y = 0; y < image->height(); ++y)
        for (int x : {0, 7, width - 8, width - 1})
            QCOMPARE(image->constScanLine(y)[x], uchar(255));
}

void TestTicketImage::qrReadsBack_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("url");
    QTest::newRow("58 mm") << 384 << testing::sampleTicket().statusUrl;
    QTest::newRow("80 mm") << 576 << testing::sampleTicket().statusUrl;
    QTest::newRow("short") << 384 << QStringLiteral("http://kakanai.example/t/1");
}

void TestTicketImage::qrReadsBack()
{
    QFETCH(int, width);
    QFETCH(QString, url);
    auto ticket = testing::sampleTicket();
    ticket.statusUrl = url;
    const auto image = TicketImage::render(ticket, width);
    QVERIFY(image);
    const auto texts = qr::QrImageReader().readImage(*image);
    QVERIFY2(texts, texts ? "" : qPrintable(texts.error().toString()));
    QCOMPARE(*texts, QStringList{url});
}

void TestTicketImage::noQrWithoutStatusUrl()
{
    auto ticket = testing::sampleTicket();
    const auto withQr = TicketImage::render(ticket, 576);
    ticket.statusUrl.clear();
    const auto without = TicketImage::render(ticket, 576);
    QVERIFY(withQr && without);
    const auto texts = qr::QrImageReader().readImage(*without);
    QVERIFY(!texts);
    QCOMPARE(texts.error().code(), ErrorCode::NotFound);
    QVERIFY(without->height() < withQr->height());
}

void TestTicketImage::reprintMarksTheSlip()
{
    auto ticket = testing::sampleTicket();
    const auto first = TicketImage::render(ticket, 384);
    ticket.reprint = true;
    const auto again = TicketImage::render(ticket, 384);
    QVERIFY(first && again);
    QVERIFY(*first != *again);
    QVERIFY(again->height() > first->height());
    // The mark is a black band: many more black dots.
    QVERIFY(blackDots(*again) > blackDots(*first) + 384 * 10);
    // And the QR still reads.
    QCOMPARE(qr::QrImageReader().readImage(*again).value_or(QStringList()), QStringList{ticket.statusUrl});
}

void TestTicketImage::numberAndTimeChangeTheSlip()
{
    const auto ticket = testing::sampleTicket();
    const auto base = TicketImage::render(ticket, 384);
    auto other = ticket;
    other.ticketDisplay = QStringLiteral("A013");
    auto later = ticket;
    later.issuedAt = ticket.issuedAt.addSecs(60);
    auto sameLocalTime = ticket;
    // The same instant seen from another zone's clock is still printed in the
    // office zone: only the zone of the QDateTime changes, not the slip.
    sameLocalTime.issuedAt = ticket.issuedAt.toTimeZone(QTimeZone("Europe/Berlin"));
    QVERIFY(base);
    QVERIFY(*TicketImage::render(other, 384) != *base);
    QVERIFY(*TicketImage::render(later, 384) != *base);
    QCOMPARE(*TicketImage::render(sameLocalTime, 384), *base);
}

void TestTicketImage::refusesBadWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("0") << 0;
    QTest::newRow("too narrow") << TicketImage::kMinWidthDots - 1;
    QTest::newRow("too wide") << TicketImage::kMaxWidthDots + 1;
}

void TestTicketImage::refusesBadWidth()
{
    QFETCH(int, width);
    const auto image = TicketImage::render(testing::sampleTicket(), width);
    QVERIFY(!image);
    QCOMPARE(image.error().code(), ErrorCode::InvalidArgument);
    QVERIFY(!image.error().message().isEmpty());
}

void TestTicketImage::longTextsStayOnTheSlip()
{
    auto ticket = testing::sampleTicket();
    ticket.ticketDisplay = QStringLiteral("C999");
    ticket.categoryJa = QStringLiteral("戸籍・おくやみ・転入転出・マイナンバーカードの手続き");
    ticket.categoryEn = QStringLiteral("Family register, bereavement, moving in and out, My Number card");
    ticket.peopleAhead = 123;
    const auto image = TicketImage::render(ticket, 384);
    QVERIFY(image);
    QCOMPARE(image->width(), 384);
    for (int y = 0; y < image->height(); ++y)
        for (int x : {0, 383})
            QCOMPARE(image->constScanLine(y)[x], uchar(255));
    QCOMPARE(qr::QrImageReader().readImage(*image).value_or(QStringList()), QStringList{ticket.statusUrl});
}

QTEST_MAIN(TestTicketImage)
#include "tst_ticket_image.moc"
