#pragma once

#include <QCameraDevice>
#include <QDialog>
#include <QMediaCaptureSession>

#include <memory>

class QCamera;
class QComboBox;
class QLabel;
class QMediaDevices;
class QVideoFrame;
class QVideoWidget;

namespace kakanai {

namespace qr {
class QrFrameDecoder;
}

// Reads pre-registration QR codes held up to a webcam (docs/qr-scanners.md).
// The live picture is shown; frames are decoded on a worker thread
// (qr::QrFrameDecoder) and every new text is announced with symbolRead().
// What the text means is the caller's business. Without a camera the dialog
// says so and can still be closed.
class CameraScanDialog : public QDialog {
    Q_OBJECT
public:
    explicit CameraScanDialog(QWidget *parent = nullptr);
    ~CameraScanDialog() override;

    bool hasCamera() const;
    // Texts announced since the dialog opened.
    int symbolsRead() const { return m_symbolsRead; }

public slots:
    // One picture as if from the camera: the video sink's frames come in here,
    // and tests feed their own.
    void processFrame(const QImage &frame);

signals:
    void symbolRead(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void done(int result) override;

private:
    void refreshCameras();
    void startSelectedCamera();
    void stopCamera();
    void onVideoFrame(const QVideoFrame &frame);
    void onDecoded(const QStringList &texts);
    void showMessage(const QString &text, bool problem);

    QComboBox *m_cameraCombo;
    QLabel *m_message;
    QLabel *m_readCount;
    QVideoWidget *m_preview = nullptr;  // made when there is a camera
    QMediaDevices *m_devices;
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    qr::QrFrameDecoder *m_decoder;
    int m_symbolsRead = 0;
};

} // namespace kakanai
