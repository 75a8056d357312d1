// An ESC/POS printer on the network (print/ticket/EscPosNetworkPrinter)
// against a fake printer on a loopback port: the bytes it receives, read back
// into an image dot for dot, and every fault path. print() is synchronous, so
// it runs on a worker thread while the fake printer answers on this one.

#include "EscPosStream.h"
#include "FakeEscPosPrinter.h"
#include "TicketSamples.h"

#include "ticket/EscPos.h"
#include "ticket/EscPosNetworkPrinter.h"
#include "ticket/TicketImage.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>

using namespace kakanai;
using namespace kakanai::print;
using kakanai::testing::EscPosCommand;
using kakanai::testing::FakeEscPosPrinter;

using Kind = EscPosCommand::Kind;
using StatusBytes = std::array<quint8, 3>;
Q_DECLARE_METATYPE(StatusBytes)
Q_DECLARE_METATYPE(kakanai::ErrorCode)

namespace {

const QByteArray kRasterCommand("\x1d\x76\x30", 3);

QList<Kind> kindsOf(const QList<EscPosCommand> &commands)
{
    QList<Kind> kinds;
    for (const auto &command : commands)
        kinds.append(command.kind);
    return kinds;
}

// The picture in `commands` compared with `expected` dot for dot.
int differingDots(const QList<EscPosCommand> &commands, const QImage &expected)
{
    const QImage printed = testing::stackRasterBands(commands, expected.width());
    if (printed.size() != expected.size())
        return -1;
    int differing = 0;
    for (int y = 0; y < expected.height(); ++y)
        for (int x = 0; x < expected.width(); ++x)
            differing += printed.constScanLine(y)[x] != expected.constScanLine(y)[x];
    return differing;
}

} // namespace

class TestEscPosNetworkPrinter : public QObject {
    Q_OBJECT
private slots:
    void printsTheSlip_data();
    void printsTheSlip();
    void statusLookalikesInTheRaster_data();
    void statusLookalikesInTheRaster();
    void refusesBeforePrinting_data();
    void refusesBeforePrinting();
    void paperRunsOutDuringTheJob();
    void nothingListening();
    void printerClosesMidJob();
    void printerNeverAnswers();
    void answerIsNotAStatus();
    void describesItself();

private:
    // Runs `job` on a worker thread and waits (bounded) until it is done.
    void runOnWorker(const std::function<Status()> &job, int waitMs = 30000);
    EscPosNetworkPrinter::Options optionsFor(const FakeEscPosPrinter &fake, int widthDots = 576,
                                            int timeoutMs = 3000) const;

    std::optional<Status> m_result;
    qint64 m_elapsedMs = 0;
};

void TestEscPosNetworkPrinter::runOnWorker(const std::function<Status()> &job, int waitMs)
{
    m_result.reset();
    QElapsedTimer timer;
    timer.start();
    std::optional<Status> result;
    const auto wait = [](QThread *thread) {
        thread->wait();
        delete thread;
    };
    std::unique_ptr<QThread, decltype(wait)> thread(QThread::create([&result, job] { result = job(); }), wait);
    thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), waitMs);
    m_elapsedMs = timer.elapsed();
    m_result = result;
}

EscPosNetworkPrinter::Options TestEscPosNetworkPrinter::optionsFor(const FakeEscPosPrinter &fake, int widthDots,
                                                                  int timeoutMs) const
{
    return {QStringLiteral("127.0.0.1"), fake.port(), widthDots, std::chrono::milliseconds(timeoutMs)};
}

void TestEscPosNetworkPrinter::printsTheSlip_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("answersInsideData");
    QTest::addColumn<bool>("reprint");
    QTest::newRow("80 mm") << 576 << true << false;
    QTest::newRow("58 mm") << 384 << true << false;
    QTest::newRow("80 mm, reprint") << 576 << true << true;
    QTest::newRow("80 mm, printer answers commands only") << 576 << false << false;
}

void TestEscPosNetworkPrinter::printsTheSlip()
{
    QFETCH(int, width);
    QFETCH(bool, answersInsideData);
    QFETCH(bool, reprint);
    FakeEscPosPrinter fake;
    QVERIFY(fake.listen());
    fake.setAnswersInsideData(answersInsideData);
    auto ticket = testing::sampleTicket();
    ticket.reprint = reprint;
    EscPosNetworkPrinter printer(optionsFor(fake, width));

    runOnWorker([&] { return printer.print(ticket); });
    QVERIFY(m_result);
    QVERIFY2(m_result->has_value(), qPrintable(m_result->error().toString()));
    QCOMPARE(fake.connections(), 1);

    const auto commands = testing::parseEscPos(fake.received());
    const QList<Kind> kinds = kindsOf(commands);
    // Status first, then the job, then status again; nothing unknown, nothing left over.
    QVERIFY(!kinds.contains(Kind::Unknown));
    QVERIFY(kinds.size() >= 10);
    QCOMPARE(kinds.mid(0, 4), (QList<Kind>{Kind::StatusRequest, Kind::StatusRequest, Kind::StatusRequest,
                                           Kind::Initialize}));
    QCOMPARE(kinds.mid(kinds.size() - 5), (QList<Kind>{Kind::Feed, Kind::Cut, Kind::StatusRequest,
                                                        Kind::StatusRequest, Kind::StatusRequest}));
    QCOMPARE(commands[commands.size() - 4].value, 1); // GS V 1: partial cut
    QCOMPARE(commands.last().value, 4);
    // The received bytes start with the job's ESC @ right after the 9 status bytes.
    QCOMPARE(fake.received().mid(9, 2).toHex(), QByteArray("1b40"));

    const auto expected = TicketImage::render(ticket, width);
    QVERIFY(expected);
    const int bands = int(kinds.count(Kind::Raster));
    QCOMPARE(bands, (expected->height() + escpos::kMaxBandLines - 1) / escpos::kMaxBandLines);
    for (const auto &command : commands)
        if (command.kind == Kind::Raster)
            QVERIFY(command.band.height() <= escpos::kMaxBandLines && command.band.width() == width);
    QCOMPARE(differingDots(commands, *expected), 0);
    QVERIFY(printer.lastStatus() && printer.lastStatus()->readyToPrint());
}

void TestEscPosNetworkPrinter::statusLookalikesInTheRaster_data()
{
    QTest::addColumn<bool>("answersInsideData");
    QTest::newRow("Epson: answers look-alikes too") << true;
    QTest::newRow("answers commands only") << false;
}

void TestEscPosNetworkPrinter::statusLookalikesInTheRaster()
{
    // A row whose bytes are 10 04 01 10 04 02 …: a printer that answers DLE EOT
    // inside data sends extra status bytes before the ones asked for. With the
    // roll empty after the cut, only the real answers say so.
    QFETCH(bool, answersInsideData);
    FakeEscPosPrinter fake;
    QVERIFY(fake.listen());
    fake.setAnswersInsideData(answersInsideData);
    fake.setStatusAfterCut({0x12, 0x12, 0x1e}); // near end: still a success
    QImage image(256, 4, QImage::Format_Grayscale8);
    image.fill(255);
    const QByteArray row = QByteArray::fromHex("100401100402100404");
    for (int i = 0; i < row.size(); ++i)
        for (int b = 0; b < 8; ++b)
            image.scanLine(1)[i * 8 + b] = (quint8(row[i]) & (0x80 >> b)) ? 0 : 255;
    QCOMPARE(escpos::countStatusRequestLookalikes(escpos::ticketJob(image)), 3);

    EscPosNetworkPrinter printer(optionsFor(fake, 256));
    runOnWorker([&] { return printer.printImage(image); });
    QVERIFY(m_result);
    QVERIFY2(m_result->has_value(), qPrintable(m_result->error().toString()));
    QCOMPARE(fake.answersSent(), answersInsideData ? 9 : 6);
    QVERIFY(printer.lastStatus());
    QVERIFY(printer.lastStatus()->paperNearEnd);
    QCOMPARE(differingDots(testing::parseEscPos(fake.received()), image), 0);
}

void TestEscPosNetworkPrinter::refusesBeforePrinting_data()
{
    QTest::addColumn<StatusBytes>("status");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("paper end (roll sensor)") << StatusBytes{0x12, 0x12, 0x72} << ErrorCode::PrinterOutOfPaper;
    QTest::newRow("stopped by paper end, offline")
        << StatusBytes{0x1a, 0x32, 0x72} << ErrorCode::PrinterOutOfPaper;
    QTest::newRow("cover open") << StatusBytes{0x1a, 0x16, 0x12} << ErrorCode::PrinterOffline;
    QTest::newRow("offline") << StatusBytes{0x1a, 0x12, 0x12} << ErrorCode::PrinterOffline;
    QTest::newRow("error (cutter)") << StatusBytes{0x1a, 0x52, 0x12} << ErrorCode::PrinterOffline;
}

void TestEscPosNetworkPrinter::refusesBeforePrinting()
{
    QFETCH(StatusBytes, status);
    QFETCH(ErrorCode, code);
    FakeEscPosPrinter fake;
    QVERIFY(fake.listen());
    fake.setStatus(status);
    EscPosNetworkPrinter printer(optionsFor(fake));

    runOnWorker([&] { return printer.print(testing::sampleTicket()); });
    QVERIFY(m_result);
    QVERIFY(!m_result->has_value());
    QCOMPARE(m_result->error().code(), code);
    QCOMPARE(m_result->error().technicalDetail(), QStringLiteral("127.0.0.1:%1").arg(fake.port()));
    QVERIFY(!m_result->error().message().isEmpty());
    // Nothing of the job was sent: only the status requests.
    QCOMPARE(fake.received().toHex(), escpos::fullStatusRequest().toHex());
    QVERIFY(!fake.received().contains(kRasterCommand));
}

void TestEscPosNetworkPrinter::paperRunsOutDuringTheJob()
{
    FakeEscPosPrinter fake;
    QVERIFY(fake.listen());
    fake.setStatusAfterCut({0x1a, 0x32, 0x72});
    EscPosNetworkPrinter printer(optionsFor(fake));

    runOnWorker([&] { return printer.print(testing::sampleTicket()); });
    QVERIFY(m_result);
    QVERIFY(!m_result->has_value());
    QCOMPARE(m_result->error().code(), ErrorCode::PrinterOutOfPaper);
    // The job went out, and the message says the slip is not complete.
    QVERIFY(fake.received().contains(kRasterCommand));
    QVERIFY(m_result->error().message().contains(QLatin1String("while printing")));
    QVERIFY(printer.lastStatus() && printer.lastStatus()->paperEnd);
}

void TestEscPosNetworkPrinter::nothingListening()
{
    quint16 freePort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        freePort = probe.serverPort();
    }
    EscPosNetworkPrinter printer({QStringLiteral("127.0.0.1"), freePort, 576, std::chrono::milliseconds(2000)});

    runOnWorker([&] { return printer.print(testing::sampleTicket()); });
    QVERIFY(m_result);
    QVERIFY(!m_result->has_value());
    QCOMPARE(m_result->error().code(), ErrorCode::PrinterUnreachable);
    QCOMPARE(m_result->error().technicalDetail(), QStringLiteral("127.0.0.1:%1").arg(freePort));
    QVERIFY2(m_elapsedMs < 2000, qPrintable(QString::number(m_elapsedMs)));
}

void TestEscPosNetworkPrinter::printerClosesMidJob()
{
    FakeEscPosPrinter fake;
    QVERIFY(fake.listen());
    // The status requests, ESC @ and part of the first band; then the printer hangs up.
    fake.setCloseAfterBytes(9 + 2 + 2000);
    EscPosNetworkPrinter printer(optionsFor(fake));

    runOnWorker([&] { return printer.print(testing::sampleTicket()); });
    QVERIFY(m_result);
    QVERIFY(!m_result->has_value());
    QCOMPARE(m_result->error().code(), ErrorCode::PrinterFailed);
    QVERIFY(fake.received().size() >= 9 + 2 + 2000);
    QVERIFY2(m_elapsedMs < 3000, qPrintable(QString::number(m_elapsedMs)));
}

void TestEscPosNetworkPrinter::printerNeverAnswers()
{
    FakeEscPosPrinter fake;
    QVERIFY(fake.listen());
    fake.setAnswersStatus(false);
    constexpr int timeoutMs = 1000;
    EscPosNetworkPrinter printer(optionsFor(fake, 576, timeoutMs));

    runOnWorker([&] { return printer.print(testing::sampleTicket()); });
    QVERIFY(m_result);
    QVERIFY(!m_result->has_value());
    // Documented: a port that takes the connection but a printer that says nothing is "offline".
    QCOMPARE(m_result->error().code(), ErrorCode::PrinterOffline);
    QVERIFY2(m_elapsedMs >= timeoutMs - 50 && m_elapsedMs < timeoutMs + 1500,
             qPrintable(QString::number(m_elapsedMs)));
    QVERIFY(!fake.received().contains(kRasterCommand));
}

void TestEscPosNetworkPrinter::answerIsNotAStatus()
{
    FakeEscPosPrinter fake;
    QVERIFY(fake.listen());
    fake.setStatus({0x12, 0x00, 0x12});
    EscPosNetworkPrinter printer(optionsFor(fake));

    runOnWorker([&] { return printer.print(testing::sampleTicket()); });
    QVERIFY(m_result);
    QVERIFY(!m_result->has_value());
    QCOMPARE(m_result->error().code(), ErrorCode::PrinterFailed);
    QVERIFY(!fake.received().contains(kRasterCommand));
}

void TestEscPosNetworkPrinter::describesItself()
{
    EscPosNetworkPrinter v4({QStringLiteral("192.0.2.5"), 9100});
    QCOMPARE(v4.describe(), QStringLiteral("ESC/POS 192.0.2.5:9100"));
    EscPosNetworkPrinter v6({QStringLiteral("2001:db8::5"), 9101});
    QCOMPARE(v6.describe(), QStringLiteral("ESC/POS [2001:db8::5]:9101"));
}

QTEST_MAIN(TestEscPosNetworkPrinter)
#include "tst_escpos_network_printer.moc"
