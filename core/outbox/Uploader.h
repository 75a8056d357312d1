#pragma once

#include "OutboxTypes.h"
#include "ResponseClassifier.h"
#include "common/Error.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace kakanai {

class BackoffPolicy;
class Clock;
class HttpTransport;
class Outbox;

struct UploaderOptions {
    int batchSize = 20;
    int requestTimeoutMs = 30000;
    // With nothing due, look again this often anyway (another program may
    // have queued records; the clock may have jumped).
    std::chrono::milliseconds idleRecheck = std::chrono::seconds(60);
    // After the local store failed (disk full, locked), try again this much later.
    std::chrono::milliseconds storeRetry = std::chrono::seconds(10);
};

// Sends the outbox to the back office, following the contract in
// docs/backoffice-api.md. Everything is asynchronous on the thread that owns
// it: HTTP goes through the (asynchronous) HttpTransport, and the store sees
// two short transactions per batch (claim; record the outcomes). The GUI only
// connects to the signals and calls the slots.
//
// One pass: claim up to batchSize due pending rows (-> sending), ask
// GET /records/{key} first for rows whose last attempt ended "unknown whether
// stored", POST the others with Idempotency-Key, then write every outcome in
// one transaction. A batch that made no progress (all network errors, 5xx,
// 429, 401/403) pauses the whole uploader with the same backoff policy, so an
// outage costs one batch per backoff step, not one request per record.
class Uploader : public QObject {
    Q_OBJECT
public:
    Uploader(Outbox &outbox, HttpTransport &transport, const BackoffPolicy &backoff, const Clock &clock,
             UploaderOptions options = {}, QObject *parent = nullptr);
    ~Uploader() override;

    // Turns rows left `sending` by a crash back into pending (they will be
    // looked up before any POST) and starts uploading.
    Status start();
    // Starts nothing new; a batch in flight still finishes and is recorded.
    void stop();

    bool isRunning() const { return m_running; }
    bool isBusy() const { return m_remaining > 0; }
    bool isNetworkAvailable() const { return m_networkAvailable; }
    QDateTime pausedUntil() const { return m_pausedUntil; }
    std::optional<bool> backOfficeReachable() const { return m_reachable; }
    const OutboxCounts &counts() const { return m_counts; }

    // The audit log's checkpoint goes with every POST, in the
    // Kakanai-Audit-Checkpoint header (docs/backoffice-api.md), so the back
    // office keeps copies of the log's head. `source` gives the header value at
    // the time of sending (empty: no header). A header, not the body: a retry
    // carries a newer checkpoint and must still be "the same record".
    static QByteArray auditCheckpointHeader() { return QByteArrayLiteral("Kakanai-Audit-Checkpoint"); }
    void setAuditCheckpointSource(std::function<QByteArray()> source) { m_auditCheckpoint = std::move(source); }

public slots:
    // Looks for due records now (call it after queueing one). Respects a pause.
    void uploadNow();
    // "Send now" from the clerk or `kakanai-cli outbox flush`: every pending
    // record becomes due and the pause is lifted.
    void retryAllNow();
    // From NetworkStatusWatcher: while false, no batch starts; true resumes at once.
    void setNetworkAvailable(bool available);

signals:
    void countsChanged(const kakanai::OutboxCounts &counts);
    void recordSent(const QString &uuid);
    void recordRejected(const QString &uuid, int httpStatus, const QString &reason);
    // The record could not be opened and was marked `damaged`: never sent (Outbox::claimDue).
    void recordDamaged(const QString &uuid);
    void backOfficeReachabilityChanged(bool reachable);
    // 401/403: the access token is wrong. Records are kept and retried.
    void authenticationFailed(int httpStatus);
    // The local store could not be read or written (message for people).
    void storeProblem(const QString &message);
    // A pass ended: nothing more is due now (or uploading is paused/offline).
    void passFinished();

private:
    void schedule(std::chrono::milliseconds delay);
    void runPass();
    void startItem(int index);
    void sendPost(int index);
    void sendLookup(int index);
    using Classifier = Verdict (*)(const HttpResponse &, const QString &, const QDateTime &);
    using AnswerHandler = void (Uploader::*)(int, const Verdict &);
    // Sends one request for batch item `index`; its answer, classified, goes to `onAnswer`.
    void send(HttpRequest request, int index, Classifier classify, AnswerHandler onAnswer);
    void onPostAnswer(int index, const Verdict &verdict);
    void onLookupAnswer(int index, const Verdict &verdict);
    void complete(int index, UploadOutcome outcome, const Verdict &verdict);
    void finishBatch();
    void scheduleAfterIdle();
    void refreshCounts();
    void setReachable(bool reachable);
    QDateTime retryAt(int attempts, const Verdict &verdict) const;

    Outbox &m_outbox;
    HttpTransport &m_transport;
    const BackoffPolicy &m_backoff;
    const Clock &m_clock;
    UploaderOptions m_options;
    QTimer m_timer;

    std::function<QByteArray()> m_auditCheckpoint;
    bool m_running = false;
    bool m_networkAvailable = true;
    quint64 m_batchId = 0;
    QList<OutboxItem> m_batch;
    QList<UploadOutcome> m_outcomes;
    QList<Verdict> m_verdicts;
    int m_remaining = 0;

    int m_consecutiveFailures = 0;
    QDateTime m_pausedUntil;
    std::optional<bool> m_reachable;
    OutboxCounts m_counts;
    bool m_countsKnown = false;
};

} // namespace kakanai
