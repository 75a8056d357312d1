#include "CameraScanDialog.h"

#include "QrFrameDecoder.h"
#include "common/LogCategories.h"

#include <QCamera>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

#include <cstdlib>

namespace kakanai {

namespace {

// A 1,150-character symbol (version 24, 113 modules) needs about 3 pixels a
// module: 720 lines let it fill half the picture. Bigger frames only cost
// decoding time.
QCameraFormat preferredFormat(const QCameraDevice &device)
{
    QCameraFormat best;
    int bestScore = 0;
    for (const QCameraFormat &format : device.videoFormats()) {
        const int height = format.resolution().height();
        int score = 100000 - std::abs(height - 720) * 10 + static_cast<int>(std::min(format.maxFrameRate(), 30.0f));
        if (format.maxFrameRate() < 10)
            score -= 50000;
        if (best.isNull() || score > bestScore) {
            best = format;
            bestScore = score;
        }
    }
    return best;
}

} // namespace

CameraScanDialog::CameraScanDialog(QWidget *parent)
    : QDialog(parent), m_cameraCombo(new QComboBox(this)), m_message(new QLabel(this)), m_readCount(new QLabel(this)),
      m_devices(new QMediaDevices(this)), m_decoder(new qr::QrFrameDecoder(this))
{
    setObjectName(QStringLiteral("cameraScanDialog"));
    setWindowTitle(tr("Read a QR code with the camera"));
    m_cameraCombo->setObjectName(QStringLiteral("cameraCombo"));
    m_message->setObjectName(QStringLiteral("cameraMessage"));
    m_message->setWordWrap(true);
    m_readCount->setObjectName(QStringLiteral("readCount"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("cameraClose"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Camera:"), m_cameraCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_readCount);
    layout->addWidget(buttons);
    resize(720, 600);

    connect(m_decoder, &qr::QrFrameDecoder::decoded, this, &CameraScanDialog::onDecoded);
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &CameraScanDialog::refreshCameras);
    connect(m_cameraCombo, &QComboBox::activated, this, [this] { startSelectedCamera(); });
    refreshCameras();
}

CameraScanDialog::~CameraScanDialog()
{
    stopCamera();
    // The decoder (a child) stops its thread when deleted; a frame still in
    // zxing finishes on its own without reaching this dialog.
}

bool CameraScanDialog::hasCamera() const
{
    return m_cameraCombo->count() > 0;
}

void CameraScanDialog::refreshCameras()
{
    const QByteArray current = m_cameraCombo->currentData().toByteArray();
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    m_cameraCombo->clear();
    for (const QCameraDevice &camera : cameras)
        m_cameraCombo->addItem(camera.description(), camera.id());
    m_cameraCombo->setEnabled(!cameras.isEmpty());
    if (cameras.isEmpty()) {
        stopCamera();
        if (m_preview)
            m_preview->hide();
        showMessage(tr("No camera was found. Connect a camera and it will appear here, or read the code with a "
                       "scanner or from an image file."),
                    true);
        return;
    }
    int index = m_cameraCombo->findData(current);
    if (index < 0)
        index = m_cameraCombo->findData(QMediaDevices::defaultVideoInput().id());
    m_cameraCombo->setCurrentIndex(std::max(index, 0));
    showMessage(tr("Hold the QR code in front of the camera, flat and still, until it is read. A code in several "
                   "parts: show each part in turn."),
                false);
    if (isVisible())
        startSelectedCamera();
}

void CameraScanDialog::startSelectedCamera()
{
    stopCamera();
    const QByteArray id = m_cameraCombo->currentData().toByteArray();
    QCameraDevice device;
    for (const QCameraDevice &camera : QMediaDevices::videoInputs()) {
        if (camera.id() == id)
            device = camera;
    }
    if (device.isNull())
        return;

    if (!m_preview) {
        m_preview = new QVideoWidget(this);
        m_preview->setObjectName(QStringLiteral("cameraPreview"));
        m_preview->setMinimumSize(480, 270);
        static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_preview, 1);
        m_session.setVideoOutput(m_preview);
        connect(m_preview->videoSink(), &QVideoSink::videoFrameChanged, this, &CameraScanDialog::onVideoFrame);
    }
    m_preview->show();
    m_camera = std::make_unique<QCamera>(device);
    const QCameraFormat format = preferredFormat(device);
    if (!format.isNull())
        m_camera->setCameraFormat(format);
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &detail) {
        // The backend's text names the device, not what it sees.
        qCWarning(lcUi) << "camera error:" << detail;
        showMessage(tr("The camera could not be started. Choose another camera, or read the code with a scanner or "
                       "from an image file."),
                    true);
    });
    m_session.setCamera(m_camera.get());
    m_camera->start();
    qCInfo(lcUi) << "camera started," << format.resolution();
}

void CameraScanDialog::stopCamera()
{
    if (!m_camera)
        return;
    m_camera->stop();
    m_session.setCamera(nullptr);
    m_camera.reset();
}

void CameraScanDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (hasCamera() && !m_camera)
        startSelectedCamera();
}

void CameraScanDialog::done(int result)
{
    stopCamera();
    QDialog::done(result);
}

void CameraScanDialog::onVideoFrame(const QVideoFrame &frame)
{
    // Converting a frame costs the GUI thread a few milliseconds: skip it
    // while the worker has one anyway.
    if (!frame.isValid() || m_decoder->isBusy())
        return;
    processFrame(frame.toImage());
}

void CameraScanDialog::processFrame(const QImage &frame)
{
    m_decoder->submit(frame);
}

void CameraScanDialog::onDecoded(const QStringList &texts)
{
    for (const QString &text : texts) {
        ++m_symbolsRead;
        emit symbolRead(text);
    }
    m_readCount->setText(tr("%n QR code(s) read.", nullptr, m_symbolsRead));
}

void CameraScanDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #8a1010; }") : QString());
}

} // namespace kakanai
