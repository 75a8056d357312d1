// CameraScanDialog offscreen. This machine has no camera: the dialog says
// so, stays usable and closes. Frames fed through processFrame() (the path
// the video sink's frames take) are decoded and each text is announced once.
#include "QrImageReader.h"
#include "QrImageWriter.h"
#include "QrTestImages.h"
#include "prereg/CameraScanDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace kakanai;
using kakanai::qr::QrImageWriter;
using kakanai::qr::test::kakanaiLikeText;
using kakanai::qr::test::onCanvas;

class TestCameraScanDialog : public QObject {
    Q_OBJECT

private slots:
    void withoutCameraSaysSoAndCloses();
    void framesAnnounceEachTextOnce();
};

void TestCameraScanDialog::withoutCameraSaysSoAndCloses()
{
    CameraScanDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("cameraCombo"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("cameraMessage"));
    QVERIFY(combo && message);
    // What this machine has decides the branch; the build machines have no camera.
    const qsizetype cameras = QMediaDevices::videoInputs().size();
    QCOMPARE(combo->count(), cameras);
    QCOMPARE(dialog.hasCamera(), cameras > 0);
    if (cameras == 0) {
        QVERIFY(!combo->isEnabled());
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), CameraScanDialog::tr("No camera was found. Connect a camera and it will appear "
                                                       "here, or read the code with a scanner or from an image file."));
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("cameraPreview")));
    } else {
        QVERIFY(combo->isEnabled());
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("cameraPreview")));
    }

    auto *close = dialog.findChild<QPushButton *>(QStringLiteral("cameraClose"));
    QVERIFY(close && close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestCameraScanDialog::framesAnnounceEachTextOnce()
{
    QRandomGenerator random(5);
    const QString first = kakanaiLikeText(1100, random);
    const QString second = kakanaiLikeText(400, random);
    const auto firstSymbol = QrImageWriter::makeImage(first, 4);
    const auto secondSymbol = QrImageWriter::makeImage(second, 4);
    QVERIFY(firstSymbol && secondSymbol);
    // As QVideoFrame::toImage() gives them: 32-bit, 1280×720.
    const QImage firstFrame = onCanvas(*firstSymbol, QSize(1280, 720), QTransform().rotate(-8))
                                  .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage secondFrame = onCanvas(*secondSymbol, QSize(1280, 720), QTransform().scale(1.4, 1.4))
                                   .convertToFormat(QImage::Format_RGBA8888);

    // The frames themselves are readable (what the webcam path reads).
    kakanai::qr::QrImageReader::Options webcam;
    webcam.tryInverted = false;
    QCOMPARE(kakanai::qr::QrImageReader(webcam).readImage(firstFrame).value_or(QStringList()), QStringList{first});
    QCOMPARE(kakanai::qr::QrImageReader(webcam).readImage(secondFrame).value_or(QStringList()), QStringList{second});

    CameraScanDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy read(&dialog, &CameraScanDialog::symbolRead);

    dialog.processFrame(firstFrame);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 10000);
    QCOMPARE(read.at(0).at(0).toString(), first);
    // The same code in the next frames: nothing new.
    dialog.processFrame(firstFrame);
    dialog.processFrame(secondFrame);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 2, 10000);
    QCOMPARE(read.at(1).at(0).toString(), second);
    QCOMPARE(dialog.symbolsRead(), 2);
    auto *count = dialog.findChild<QLabel *>(QStringLiteral("readCount"));
    QVERIFY(count);
    QCOMPARE(count->text(), CameraScanDialog::tr("%n QR code(s) read.", nullptr, 2));

    dialog.reject();
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestCameraScanDialog)
#include "tst_camerascandialog.moc"
