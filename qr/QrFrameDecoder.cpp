#include "QrFrameDecoder.h"

#include "QrImageReader.h"
#include "QrLogging.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <utility>

namespace kakanai::qr {

// The worker: waits for a frame, decodes it, reports the texts. Lives in the
// GUI thread as an object; run() is the worker thread. Its state is guarded
// by one mutex and outlives the QrFrameDecoder when a shutdown times out.
class FrameDecoderThread : public QThread {
    Q_OBJECT
public:
    explicit FrameDecoderThread(QrFrameDecoder::DecodeFunction decode) : m_decode(std::move(decode)) {}

    void submit(const QImage &frame)
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return;
        ++m_counters.submitted;
        if (m_hasPending)
            ++m_counters.dropped;
        m_pending = frame;
        m_hasPending = true;
        m_wake.wakeOne();
    }

    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        if (m_hasPending) {
            ++m_counters.dropped;
            m_pending = QImage();
            m_hasPending = false;
        }
        m_wake.wakeOne();
    }

    bool isBusy() const
    {
        QMutexLocker lock(&m_mutex);
        return m_busy || m_hasPending;
    }

    QrFrameDecoder::Counters counters() const
    {
        QMutexLocker lock(&m_mutex);
        return m_counters;
    }

signals:
    void frameDecoded(const QStringList &texts);

protected:
    void run() override
    {
        for (;;) {
            QImage frame;
            {
                QMutexLocker lock(&m_mutex);
                while (!m_hasPending && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_stopping)
                    return;
                frame = std::move(m_pending);
                m_pending = QImage();
                m_hasPending = false;
                m_busy = true;
            }
            const Result<QStringList> texts = m_decode(frame);
            bool stopping = false;
            {
                QMutexLocker lock(&m_mutex);
                m_busy = false;
                ++m_counters.decoded;
                stopping = m_stopping;
            }
            // Errors ("no-qr" on most frames) are not news; nothing is sent
            // once stopping, so a late frame cannot reach a closed dialog.
            if (!stopping)
                emit frameDecoded(texts ? *texts : QStringList());
        }
    }

private:
    const QrFrameDecoder::DecodeFunction m_decode;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QImage m_pending;
    bool m_hasPending = false;
    bool m_busy = false;
    bool m_stopping = false;
    QrFrameDecoder::Counters m_counters;
};

namespace {

QrFrameDecoder::DecodeFunction frameReader()
{
    QrImageReader::Options options;
    options.tryInverted = false;
    options.tryHalfSize = false;
    return [reader = QrImageReader(options)](const QImage &frame) { return reader.readImage(frame); };
}

} // namespace

QrFrameDecoder::QrFrameDecoder(QObject *parent) : QrFrameDecoder(frameReader(), parent) {}

QrFrameDecoder::QrFrameDecoder(DecodeFunction decode, QObject *parent)
    : QObject(parent), m_thread(new FrameDecoderThread(std::move(decode)))
{
    // Queued: the signal comes from the worker thread, the slot runs here.
    connect(m_thread, &FrameDecoderThread::frameDecoded, this, &QrFrameDecoder::onFrameDecoded,
            Qt::QueuedConnection);
    m_thread->setObjectName(QStringLiteral("QrFrameDecoder"));
    m_thread->start(QThread::LowPriority);
}

QrFrameDecoder::~QrFrameDecoder()
{
    shutdown();
}

void QrFrameDecoder::submit(const QImage &frame)
{
    if (m_thread && !frame.isNull())
        m_thread->submit(frame);
}

bool QrFrameDecoder::isBusy() const
{
    return m_thread && m_thread->isBusy();
}

QrFrameDecoder::Counters QrFrameDecoder::counters() const
{
    return m_thread ? m_thread->counters() : m_lastCounters;
}

bool QrFrameDecoder::shutdown(std::chrono::milliseconds timeout)
{
    if (!m_thread)
        return true;
    FrameDecoderThread *thread = std::exchange(m_thread, nullptr);
    disconnect(thread, nullptr, this, nullptr);
    thread->stop();
    const bool stopped = thread->wait(QDeadlineTimer(timeout));
    m_lastCounters = thread->counters();
    if (stopped) {
        delete thread;
        return true;
    }
    // One frame is still being decoded and zxing cannot be interrupted: the
    // thread finishes it and deletes itself. deleteLater twice is harmless, and
    // covers the thread finishing between wait() and connect().
    qCWarning(lcQr) << "frame decoder still busy after" << timeout.count() << "ms; it will finish on its own";
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    if (thread->isFinished())
        thread->deleteLater();
    return false;
}

void QrFrameDecoder::onFrameDecoded(const QStringList &texts)
{
    if (!m_thread)
        return;  // posted just before shutdown()
    ++m_frameNumber;
    QStringList fresh;
    for (const QString &text : texts) {
        const auto seen = m_lastSeen.constFind(text);
        if (seen == m_lastSeen.cend() || m_frameNumber - *seen > m_forgetAfterFrames)
            fresh.append(text);
        m_lastSeen.insert(text, m_frameNumber);
    }
    // Forget texts long gone, so the table stays small over a long session.
    for (auto it = m_lastSeen.begin(); it != m_lastSeen.end();) {
        if (m_frameNumber - it.value() > m_forgetAfterFrames)
            it = m_lastSeen.erase(it);
        else
            ++it;
    }
    if (!fresh.isEmpty())
        emit decoded(fresh);
}

} // namespace kakanai::qr

#include "QrFrameDecoder.moc"
