// QrFrameDecoder: frames that come faster than they decode are dropped (only
// the newest waits), a text is announced once while it stays in view, and
// shutdown never waits longer than it is told.
#include "QrFrameDecoder.h"
#include "QrImageWriter.h"
#include "QrTestImages.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace kakanai;
using namespace kakanai::qr;
using kakanai::qr::test::kakanaiLikeText;
using kakanai::qr::test::onCanvas;

namespace {

// A decoder the test holds at the door: each call says it started, then waits
// for the test to let it finish. The frame's text is its pixel (0,0)'s grey,
// so the test can tell frames apart without drawing codes.
struct Gate {
    QSemaphore started;
    QSemaphore release;
    std::atomic<int> lastFrame{-1};
};

QrFrameDecoder::DecodeFunction gated(std::shared_ptr<Gate> gate)
{
    return [gate](const QImage &frame) -> Result<QStringList> {
        gate->lastFrame = qGray(frame.pixel(0, 0));
        gate->started.release();
        gate->release.acquire();
        return QStringList{QStringLiteral("frame %1").arg(gate->lastFrame.load())};
    };
}

QImage numbered(int n)
{
    QImage frame(8, 8, QImage::Format_Grayscale8);
    frame.fill(n);
    return frame;
}

constexpr int kWaitMs = 10000;

} // namespace

class TestQrFrameDecoder : public QObject {
    Q_OBJECT

private slots:
    void framesArrivingWhileBusyAreDropped();
    void textAnnouncedOnceWhileInView();
    void textAnnouncedAgainAfterItWasGone();
    void realFramesAreDecoded();
    void shutdownWhenIdle();
    void shutdownWhileDecodingDoesNotWaitForever();
};

void TestQrFrameDecoder::framesArrivingWhileBusyAreDropped()
{
    auto gate = std::make_shared<Gate>();
    QrFrameDecoder decoder(gated(gate));
    QSignalSpy decoded(&decoder, &QrFrameDecoder::decoded);

    decoder.submit(numbered(1));
    QVERIFY(gate->started.tryAcquire(1, kWaitMs));  // frame 1 is being decoded
    QVERIFY(decoder.isBusy());
    for (int n = 2; n <= 10; ++n)
        decoder.submit(numbered(n));
    // Frames 2…9 were each replaced by the next; only 10 waits.
    QCOMPARE(decoder.counters().submitted, 10);
    QCOMPARE(decoder.counters().dropped, 8);

    gate->release.release();                         // frame 1 done
    QVERIFY(gate->started.tryAcquire(1, kWaitMs));  // the next is the newest
    QCOMPARE(gate->lastFrame.load(), 10);
    gate->release.release();
    QTRY_COMPARE(decoder.counters().decoded, 2);
    QTRY_COMPARE(decoded.count(), 2);
    QCOMPARE(decoded.at(0).at(0).toStringList(), QStringList{QStringLiteral("frame 1")});
    QCOMPARE(decoded.at(1).at(0).toStringList(), QStringList{QStringLiteral("frame 10")});
    QVERIFY(!decoder.isBusy());
    QCOMPARE(decoder.counters().dropped, 8);
}

void TestQrFrameDecoder::textAnnouncedOnceWhileInView()
{
    auto same = [](const QImage &) -> Result<QStringList> { return QStringList{QStringLiteral("KKN1AAAA")}; };
    QrFrameDecoder decoder(same);
    QSignalSpy decoded(&decoder, &QrFrameDecoder::decoded);
    for (int n = 1; n <= 5; ++n) {
        decoder.submit(numbered(n));
        QTRY_COMPARE(decoder.counters().decoded, n);
    }
    QTRY_COMPARE(decoded.count(), 1);
    QCOMPARE(decoded.at(0).at(0).toStringList(), QStringList{QStringLiteral("KKN1AAAA")});
    // The queued reports of all five frames have arrived: still one.
    QCoreApplication::processEvents();
    QCOMPARE(decoded.count(), 1);
}

void TestQrFrameDecoder::textAnnouncedAgainAfterItWasGone()
{
    // Frames 1–3 show A, 4 shows A and B, 5–6 nothing, 7 shows A and B again.
    const QList<QStringList> script = {
        {QStringLiteral("A")}, {QStringLiteral("A")}, {QStringLiteral("A")},
        {QStringLiteral("A"), QStringLiteral("B")}, {}, {}, {QStringLiteral("A"), QStringLiteral("B")}};
    auto byFrame = [script](const QImage &frame) -> Result<QStringList> {
        return script.at(qGray(frame.pixel(0, 0)) - 1);
    };
    QrFrameDecoder decoder(byFrame);
    decoder.setForgetAfterFrames(2);
    QSignalSpy decoded(&decoder, &QrFrameDecoder::decoded);
    QList<QStringList> announced;
    for (int n = 1; n <= script.size(); ++n) {
        decoder.submit(numbered(n));
        QTRY_COMPARE(decoder.counters().decoded, n);
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE(decoded.count(), 3);
    QCOMPARE(decoded.at(0).at(0).toStringList(), QStringList{QStringLiteral("A")});
    QCOMPARE(decoded.at(1).at(0).toStringList(), QStringList{QStringLiteral("B")});
    // Gone for two frames: both are news again.
    QCOMPARE(decoded.at(2).at(0).toStringList(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
}

void TestQrFrameDecoder::realFramesAreDecoded()
{
    QRandomGenerator random(42);
    const QString text = kakanaiLikeText(1100, random);
    const auto symbol = QrImageWriter::makeImage(text, 4);
    QVERIFY(symbol);
    const QImage frame = onCanvas(*symbol, QSize(1280, 720), QTransform().rotate(8).scale(0.9, 0.9))
                             .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage empty(1280, 720, QImage::Format_ARGB32_Premultiplied);
    empty.fill(Qt::darkGray);

    QrFrameDecoder decoder;
    QSignalSpy decoded(&decoder, &QrFrameDecoder::decoded);
    decoder.submit(empty);
    QTRY_COMPARE_WITH_TIMEOUT(decoder.counters().decoded, 1, kWaitMs);
    decoder.submit(frame);
    QTRY_COMPARE_WITH_TIMEOUT(decoded.count(), 1, kWaitMs);
    QCOMPARE(decoded.at(0).at(0).toStringList(), QStringList{text});
}

void TestQrFrameDecoder::shutdownWhenIdle()
{
    auto decoder = std::make_unique<QrFrameDecoder>(
        [](const QImage &) -> Result<QStringList> { return QStringList{QStringLiteral("X")}; });
    decoder->submit(numbered(1));
    QTRY_COMPARE(decoder->counters().decoded, 1);
    QVERIFY(decoder->shutdown());
    QVERIFY(decoder->shutdown());  // idempotent
    decoder->submit(numbered(2));  // ignored
    QCOMPARE(decoder->counters().submitted, 1);
    QVERIFY(!decoder->isBusy());
    decoder.reset();
}

void TestQrFrameDecoder::shutdownWhileDecodingDoesNotWaitForever()
{
    auto gate = std::make_shared<Gate>();
    std::weak_ptr<Gate> stillHeld = gate;
    auto decoder = std::make_unique<QrFrameDecoder>(gated(gate));
    QSignalSpy decoded(decoder.get(), &QrFrameDecoder::decoded);
    decoder->submit(numbered(1));
    QVERIFY(gate->started.tryAcquire(1, kWaitMs));
    decoder->submit(numbered(2));  // waiting: dropped by the shutdown

    QElapsedTimer timer;
    timer.start();
    QVERIFY(!decoder->shutdown(std::chrono::milliseconds(100)));
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(decoder->counters().dropped, 1);
    decoder.reset();  // the dialog closes; the worker is still in frame 1

    // Frame 1 ends: the thread reports nothing, and deletes itself (and with
    // it the decode function that holds the gate).
    Gate *raw = gate.get();
    gate.reset();
    raw->release.release();
    QTRY_VERIFY_WITH_TIMEOUT(stillHeld.expired(), kWaitMs);
    QCOMPARE(decoded.count(), 0);
}

QTEST_MAIN(TestQrFrameDecoder)
#include "tst_qrframedecoder.moc"
