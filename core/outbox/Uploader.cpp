#include "Uploader.h"

#include "BackoffPolicy.h"
#include "HttpTransport.h"
#include "Outbox.h"
#include "RecordCipher.h"
#include "common/Clock.h"
#include "common/LogCategories.h"

#include <QPointer>

#include <algorithm>
#include <limits>

namespace kakanai {

using std::chrono::milliseconds;

Uploader::Uploader(Outbox &outbox, HttpTransport &transport, const BackoffPolicy &backoff, const Clock &clock,
                   UploaderOptions options, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_transport(transport), m_backoff(backoff), m_clock(clock), m_options(options)
{
    static const int registered = qRegisterMetaType<kakanai::OutboxCounts>();
    Q_UNUSED(registered);
    m_options.batchSize = std::max(1, m_options.batchSize);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Uploader::runPass);
}

Uploader::~Uploader()
{
    for (OutboxItem &item : m_batch)
        RecordCipher::wipe(item.body);
}

Status Uploader::start()
{
    auto recovered = m_outbox.recoverInterrupted();
    if (!recovered)
        return std::unexpected(recovered.error());
    m_running = true;
    refreshCounts();
    schedule(milliseconds(0));
    return {};
}

void Uploader::stop()
{
    m_running = false;
    m_timer.stop();
}

void Uploader::schedule(milliseconds delay)
{
    if (!m_running)
        return;
    // QTimer takes int milliseconds.
    m_timer.start(int(std::clamp<qint64>(delay.count(), 0, std::numeric_limits<int>::max())));
}

void Uploader::uploadNow()
{
    if (m_running && !isBusy())
        schedule(milliseconds(0));
}

void Uploader::retryAllNow()
{
    if (auto made = m_outbox.makeAllDue(); !made)
        emit storeProblem(made.error().message());
    m_pausedUntil = QDateTime();
    m_consecutiveFailures = 0;
    uploadNow();
}

void Uploader::setNetworkAvailable(bool available)
{
    if (available == m_networkAvailable)
        return;
    m_networkAvailable = available;
    qCInfo(lcOutbox) << (available ? "network available: resuming uploads" : "network unavailable: uploads paused");
    if (available) {
        // Whatever backoff the outage built up is moot now.
        m_pausedUntil = QDateTime();
        m_consecutiveFailures = 0;
        uploadNow();
    } else {
        setReachable(false);
    }
}

void Uploader::runPass()
{
    if (!m_running || isBusy())
        return;
    if (!m_networkAvailable) {
        emit passFinished();
        return; // setNetworkAvailable(true) starts the next pass
    }
    const QDateTime now = m_clock.nowUtc();
    if (m_pausedUntil.isValid() && now < m_pausedUntil) {
        schedule(milliseconds(now.msecsTo(m_pausedUntil)));
        emit passFinished();
        return;
    }
    auto claim = m_outbox.claimDue(m_options.batchSize);
    if (!claim) {
        qCWarning(lcOutbox) << "cannot read the outbox:" << claim.error().toString();
        emit storeProblem(claim.error().message());
        schedule(m_options.storeRetry);
        emit passFinished();
        return;
    }
    if (claim->firstProblem) {
        qCWarning(lcOutbox) << claim->undecryptable << "record(s) cannot be decrypted:" << claim->firstProblem->toString();
        emit storeProblem(claim->firstProblem->message());
    }
    for (const QString &uuid : std::as_const(claim->damaged))
        emit recordDamaged(uuid);
    if (claim->items.isEmpty()) {
        refreshCounts();
        if (claim->damaged.isEmpty())
            scheduleAfterIdle();
        else
            schedule(milliseconds(0)); // damaged rows took the batch: the next ones may be due
        emit passFinished();
        return;
    }
    ++m_batchId;
    m_batch = std::move(claim->items);
    m_outcomes = QList<UploadOutcome>(m_batch.size());
    m_verdicts = QList<Verdict>(m_batch.size());
    m_remaining = int(m_batch.size());
    qCDebug(lcOutbox) << "sending a batch of" << m_batch.size();
    for (int i = 0; i < m_batch.size(); ++i)
        startItem(i);
}

void Uploader::startItem(int index)
{
    if (m_batch.at(index).verifyFirst)
        sendLookup(index);
    else
        sendPost(index);
}

void Uploader::sendPost(int index)
{
    const OutboxItem &item = m_batch.at(index);
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/records");
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("Idempotency-Key"), item.uuid.toLatin1()}};
    if (m_auditCheckpoint) {
        if (const QByteArray checkpoint = m_auditCheckpoint(); !checkpoint.isEmpty())
            request.headers.append({auditCheckpointHeader(), checkpoint});
    }
    request.body = item.body;
    send(std::move(request), index, &ResponseClassifier::classifyPost, &Uploader::onPostAnswer);
}

void Uploader::sendLookup(int index)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = QStringLiteral("/records/") + m_batch.at(index).uuid;
    send(std::move(request), index, &ResponseClassifier::classifyLookup, &Uploader::onLookupAnswer);
}

void Uploader::send(HttpRequest request, int index, Classifier classify, AnswerHandler onAnswer)
{
    request.timeoutMs = m_options.requestTimeoutMs;
    const QPointer<Uploader> self(this);
    const quint64 batch = m_batchId;
    const QString key = m_batch.at(index).uuid;
    // An answer for a batch that was abandoned (stop, restart) is dropped.
    m_transport.send(request, [self, batch, index, key, classify, onAnswer](const HttpResponse &response) {
        if (!self || self->m_batchId != batch)
            return;
        ((*self).*onAnswer)(index, classify(response, key, self->m_clock.nowUtc()));
    });
}

QDateTime Uploader::retryAt(int attempts, const Verdict &verdict) const
{
    return m_clock.nowUtc().addMSecs(m_backoff.delay(std::max(0, attempts - 1), verdict.retryAfter).count());
}

void Uploader::onPostAnswer(int index, const Verdict &verdict)
{
    const OutboxItem &item = m_batch.at(index);
    UploadOutcome o;
    o.uuid = item.uuid;
    o.httpStatus = verdict.httpStatus;
    o.error = verdict.reason;
    switch (verdict.kind) {
    case Verdict::Kind::Sent:
        o.kind = UploadOutcome::Kind::Sent;
        break;
    case Verdict::Kind::Rejected:
        o.kind = UploadOutcome::Kind::Rejected;
        break;
    case Verdict::Kind::Unknown:
        o.kind = UploadOutcome::Kind::Retry;
        o.verifyFirst = true;
        o.nextAttemptAt = retryAt(item.attempts, verdict);
        break;
    case Verdict::Kind::NotStored:  // not an answer to POST; treat as "try later"
    case Verdict::Kind::AuthFailed:
    case Verdict::Kind::RetryLater:
        o.kind = UploadOutcome::Kind::Retry;
        o.verifyFirst = false;
        o.nextAttemptAt = retryAt(item.attempts, verdict);
        break;
    }
    complete(index, std::move(o), verdict);
}

void Uploader::onLookupAnswer(int index, const Verdict &verdict)
{
    const OutboxItem &item = m_batch.at(index);
    if (verdict.kind == Verdict::Kind::NotStored) {
        // Not there: safe to send now, in this same attempt.
        sendPost(index);
        return;
    }
    UploadOutcome o;
    o.uuid = item.uuid;
    o.httpStatus = verdict.httpStatus;
    o.error = verdict.reason;
    if (verdict.kind == Verdict::Kind::Sent) {
        o.kind = UploadOutcome::Kind::Sent;
        qCInfo(lcOutbox) << "the back office already had" << item.uuid << "- marked sent without sending again";
    } else {
        // Still unknown whether it is stored: ask again next time.
        o.kind = UploadOutcome::Kind::Retry;
        o.verifyFirst = true;
        o.nextAttemptAt = retryAt(item.attempts, verdict);
    }
    complete(index, std::move(o), verdict);
}

void Uploader::complete(int index, UploadOutcome outcome, const Verdict &verdict)
{
    RecordCipher::wipe(m_batch[index].body);
    m_outcomes[index] = std::move(outcome);
    m_verdicts[index] = verdict;
    if (--m_remaining == 0)
        finishBatch();
}

void Uploader::finishBatch()
{
    const QList<UploadOutcome> outcomes = std::exchange(m_outcomes, {});
    const QList<Verdict> verdicts = std::exchange(m_verdicts, {});
    m_batch.clear();

    if (auto written = m_outbox.applyOutcomes(outcomes); !written) {
        // The answers are lost, not the records: put the rows back to
        // pending, to be looked up before they are sent again.
        qCWarning(lcOutbox) << "cannot record upload results:" << written.error().toString();
        emit storeProblem(written.error().message());
        if (auto recovered = m_outbox.recoverInterrupted(); !recovered)
            qCWarning(lcOutbox) << "cannot put the batch back to pending:" << recovered.error().toString();
        schedule(m_options.storeRetry);
        emit passFinished();
        return;
    }

    bool progress = false;
    bool answered = false;
    int authStatus = 0;
    std::optional<milliseconds> retryAfter;
    for (int i = 0; i < outcomes.size(); ++i) {
        const UploadOutcome &o = outcomes.at(i);
        const Verdict &v = verdicts.at(i);
        answered = answered || v.backOfficeAnswered;
        if (v.kind == Verdict::Kind::AuthFailed)
            authStatus = v.httpStatus;
        if (v.retryAfter)
            retryAfter = std::max(retryAfter.value_or(milliseconds(0)), *v.retryAfter);
        switch (o.kind) {
        case UploadOutcome::Kind::Sent:
            progress = true;
            emit recordSent(o.uuid);
            break;
        case UploadOutcome::Kind::Rejected:
            progress = true;
            qCWarning(lcOutbox) << "the back office rejected" << o.uuid << "with HTTP" << o.httpStatus;
            emit recordRejected(o.uuid, o.httpStatus, o.error);
            break;
        case UploadOutcome::Kind::Retry:
            qCInfo(lcOutbox).noquote() << "will retry" << o.uuid << "at" << Outbox::storeTime(o.nextAttemptAt) << "-" << o.error;
            break;
        }
    }
    setReachable(answered || progress);
    if (authStatus != 0) {
        qCWarning(lcOutbox) << "the back office refused the access token (HTTP" << authStatus << ")";
        emit authenticationFailed(authStatus);
    }
    if (progress) {
        m_consecutiveFailures = 0;
        m_pausedUntil = QDateTime();
    } else {
        const milliseconds pause = m_backoff.delay(m_consecutiveFailures, retryAfter);
        ++m_consecutiveFailures;
        m_pausedUntil = m_clock.nowUtc().addMSecs(pause.count());
        qCInfo(lcOutbox) << "no progress; pausing uploads for" << pause.count() << "ms";
    }
    refreshCounts();
    if (m_running) {
        if (m_pausedUntil.isValid())
            schedule(milliseconds(m_clock.nowUtc().msecsTo(m_pausedUntil)));
        else
            schedule(milliseconds(0)); // the next batch
    }
    if (!m_running || m_pausedUntil.isValid())
        emit passFinished();
}

void Uploader::scheduleAfterIdle()
{
    const QDateTime now = m_clock.nowUtc();
    auto next = m_outbox.nextDueAt();
    milliseconds delay = m_options.idleRecheck;
    if (!next) {
        delay = m_options.storeRetry;
    } else if (next->isValid()) {
        const qint64 until = now.msecsTo(*next);
        // Due already but nothing was claimed: do not spin.
        delay = std::min(delay, milliseconds(until <= 0 ? 1000 : until));
    }
    schedule(delay);
}

void Uploader::refreshCounts()
{
    auto counts = m_outbox.counts();
    if (!counts) {
        emit storeProblem(counts.error().message());
        return;
    }
    if (!m_countsKnown || !(*counts == m_counts)) {
        m_counts = *counts;
        m_countsKnown = true;
        emit countsChanged(m_counts);
    }
}

void Uploader::setReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    qCInfo(lcOutbox) << (reachable ? "back office reachable" : "back office unreachable");
    emit backOfficeReachabilityChanged(reachable);
}

} // namespace kakanai
