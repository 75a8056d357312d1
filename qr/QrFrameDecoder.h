#pragma once

#include "common/Error.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <functional>

namespace kakanai::qr {

class FrameDecoderThread;

// Decodes webcam frames on a worker thread of its own. A camera delivers
// frames faster than they decode, so only the newest frame waits: one that
// arrives while another is waiting replaces it (counted as dropped). A text
// is announced once while it stays in view; it is announced again only after
// it was missing from `forgetAfterFrames` decoded frames in a row.
class QrFrameDecoder : public QObject {
    Q_OBJECT
public:
    using DecodeFunction = std::function<Result<QStringList>(const QImage &)>;

    struct Counters {
        int submitted = 0;
        int decoded = 0;  // frames the worker finished, with or without a symbol
        int dropped = 0;  // frames replaced by a newer one before the worker took them
    };

    static constexpr int kDefaultForgetAfterFrames = 10;

    // Decodes with QrImageReader without the inverted and half-size passes:
    // most frames hold no code, and extra passes on each would cut the frame
    // rate; the next frame is another chance anyway.
    explicit QrFrameDecoder(QObject *parent = nullptr);
    // Decodes with `decode` (tests).
    explicit QrFrameDecoder(DecodeFunction decode, QObject *parent = nullptr);
    // Stops the worker with the default timeout (see shutdown()).
    ~QrFrameDecoder() override;

    void setForgetAfterFrames(int frames) { m_forgetAfterFrames = std::max(1, frames); }

    // From any thread; cheap (the image is shared, not copied).
    void submit(const QImage &frame);
    // Whether a frame is being decoded or waiting: a caller may skip
    // converting its next frame then.
    bool isBusy() const;
    Counters counters() const;

    // Stops the worker: the waiting frame is dropped, the one being decoded is
    // finished. Waits at most `timeout`; false when the worker was still busy
    // then: it finishes that one frame on its own, emits nothing more, and
    // cleans itself up. Afterwards submit() ignores frames. Idempotent.
    bool shutdown(std::chrono::milliseconds timeout = std::chrono::milliseconds(3000));

signals:
    // The texts of a frame that were not announced for the last frames.
    void decoded(const QStringList &texts);

private:
    void onFrameDecoded(const QStringList &texts);

    FrameDecoderThread *m_thread = nullptr;
    Counters m_lastCounters;  // after shutdown()
    // Text -> number of the last decoded frame it was in.
    QHash<QString, qint64> m_lastSeen;
    qint64 m_frameNumber = 0;
    int m_forgetAfterFrames = kDefaultForgetAfterFrames;
};

} // namespace kakanai::qr
