#pragma once

#include "CardTransport.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <chrono>
#include <memory>

namespace kakanai {

// Watches readers and cards on a thread of its own with one blocking
// CardTransport::waitForChange() (SCardGetStatusChange on the readers and on
// the \\?PnP?\Notification pseudo reader) — no polling. stop() cancels the
// wait (SCardCancel) and joins the thread.
//
// When the smart card service goes away, serviceStateChanged(false) is
// emitted, every known card and reader is reported removed, and the monitor
// tries again after a back-off (min → doubling → max); when the service is
// back, serviceStateChanged(true) and the readers and cards it has now.
//
// Signals are emitted on the thread the monitor lives on (queued from the
// worker), so receivers and QSignalSpy need no locking.
class ReaderMonitor : public QObject {
    Q_OBJECT
public:
    // The monitor owns its transport: a PcscTransport has one context, and
    // the wait must not share it with card reads.
    explicit ReaderMonitor(std::unique_ptr<CardTransport> transport, QObject *parent = nullptr);
    ~ReaderMonitor() override; // stops

    void setBackoff(std::chrono::milliseconds min, std::chrono::milliseconds max);

    void start();
    void stop();
    bool isRunning() const;

    // The last picture seen (thread-safe copy).
    QList<ReaderState> readers() const;
    bool isServiceAvailable() const;

signals:
    void readerAdded(const QString &reader);
    void readerRemoved(const QString &reader);
    void cardInserted(const QString &reader, const QByteArray &atr);
    void cardRemoved(const QString &reader);
    void serviceStateChanged(bool available);
    // A failure other than the service going away (logged, then retried);
    // the message is for people, already translated.
    void monitorError(const QString &message);

private:
    void run();
    void publish(const QList<ReaderState> &before, const QList<ReaderState> &after);
    void setServiceAvailable(bool available);
    bool sleepUnlessStopped(std::chrono::milliseconds duration);

    std::unique_ptr<CardTransport> m_transport;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop{false};
    QMutex m_sleepMutex;
    QWaitCondition m_sleepWake;

    mutable QMutex m_stateMutex;
    QList<ReaderState> m_readers;
    int m_service = -1; // -1 unknown, 0 down, 1 up (worker thread only)
    std::atomic<bool> m_serviceUp{false};

    std::chrono::milliseconds m_backoffMin{200};
    std::chrono::milliseconds m_backoffMax{5000};
};

} // namespace kakanai
