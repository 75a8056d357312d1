#include "Outbox.h"

#include "RecordCipher.h"
#include "RecordDocument.h"
#include "RecordKeyBinding.h"
#include "UploaderLock.h"
#include "common/Clock.h"
#include "common/LogCategories.h"
#include "security/AuditLog.h"
#include "store/Database.h"
#include "store/MetaStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace kakanai {

namespace {
constexpr int kMaxErrorText = 500;

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text.left(kMaxErrorText));
}

QVariant nullableStatus(int status)
{
    return status > 0 ? QVariant(status) : QVariant(QMetaType(QMetaType::Int));
}
} // namespace

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending: return QStringLiteral("pending");
    case OutboxState::Sending: return QStringLiteral("sending");
    case OutboxState::Sent: return QStringLiteral("sent");
    case OutboxState::Rejected: return QStringLiteral("rejected");
    case OutboxState::Damaged: return QStringLiteral("damaged");
    }
    return QString();
}

std::optional<OutboxState> outboxStateFromName(const QString &name)
{
    for (OutboxState s : {OutboxState::Pending, OutboxState::Sending, OutboxState::Sent, OutboxState::Rejected,
                          OutboxState::Damaged})
        if (outboxStateName(s) == name)
            return s;
    return std::nullopt;
}

Outbox::Outbox(Database &database, const RecordCipher &cipher, const Clock &clock)
    : m_db(database), m_cipher(cipher), m_clock(clock)
{
}

Outbox::~Outbox() = default;

QString Outbox::storeTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Outbox::fromStoreTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

void Outbox::failStatementForTesting(int index)
{
    m_failAt = index;
    m_statementsRun = 0;
}

Status Outbox::prepare(QSqlQuery &query, const QString &sql)
{
    if (query.prepare(sql))
        return {};
    return std::unexpected(Database::classify(query.lastError(), m_db.path()));
}

Status Outbox::run(QSqlQuery &query)
{
    const int index = m_statementsRun++;
    if (m_failAt >= 0 && index == m_failAt)
        return std::unexpected(Database::classifyNative(SQLITE_FULL, QStringLiteral("injected failure"), m_db.path()));
    return m_db.exec(query);
}

Result<Outbox::Enqueued> Outbox::enqueue(QByteArrayView recordJson, const QString &printedDigest)
{
    auto meta = RecordDocument::validate(recordJson);
    if (!meta)
        return std::unexpected(meta.error());
    auto sealed = m_cipher.encrypt(recordJson, meta->id);
    if (!sealed)
        return std::unexpected(sealed.error());

    const QString now = storeTime(m_clock.nowUtc());
    Enqueued result{meta->id, false};
    auto done = m_db.inTransaction([&]() -> Status {
        QSqlQuery existing(m_db.connection());
        if (auto ok = prepare(existing, QStringLiteral("SELECT payload FROM record WHERE uuid = ?")); !ok)
            return ok;
        existing.bindValue(0, meta->id);
        if (auto ok = run(existing); !ok)
            return ok;
        if (existing.next()) {
            const QByteArray stored = existing.value(0).toByteArray();
            existing.finish();
            auto plain = m_cipher.decrypt(stored, meta->id);
            if (!plain)
                return std::unexpected(plain.error());
            const bool same = *plain == recordJson;
            RecordCipher::wipe(*plain);
            if (!same) {
                return fail(ErrorCode::InvalidData,
                            tr("Another record with the same id is already in the outbox; this one was not queued."),
                            QStringLiteral("duplicate record id"));
            }
            result.alreadyQueued = true;
            return {};
        }
        existing.finish();

        QSqlQuery record(m_db.connection());
        if (auto ok = prepare(record, QStringLiteral("INSERT INTO record (uuid, created_at, kind, payload, printed_digest) "
                                                     "VALUES (?, ?, ?, ?, ?)"));
            !ok)
            return ok;
        record.bindValue(0, meta->id);
        record.bindValue(1, storeTime(meta->createdAt));
        record.bindValue(2, meta->kind);
        record.bindValue(3, *sealed);
        record.bindValue(4, printedDigest.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(printedDigest));
        if (auto ok = run(record); !ok)
            return ok;

        QSqlQuery outbox(m_db.connection());
        if (auto ok = prepare(outbox, QStringLiteral("INSERT INTO outbox (uuid, created_at, state, attempts, next_attempt_at, verify_first) "
                                                     "VALUES (?, ?, 'pending', 0, ?, 0)"));
            !ok)
            return ok;
        outbox.bindValue(0, meta->id);
        outbox.bindValue(1, now);
        outbox.bindValue(2, now);
        return run(outbox);
    });
    if (!done)
        return std::unexpected(done.error());
    qCDebug(lcOutbox) << (result.alreadyQueued ? "record already queued" : "record queued") << result.uuid;
    return result;
}

Result<QString> Outbox::printedDigest(const QString &uuid)
{
    QSqlQuery q(m_db.connection());
    if (auto ok = prepare(q, QStringLiteral("SELECT printed_digest FROM record WHERE uuid = ?")); !ok)
        return std::unexpected(ok.error());
    q.bindValue(0, uuid);
    if (auto ok = run(q); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, tr("There is no record with this id in the outbox."), uuid);
    return q.value(0).toString();
}

Result<int> Outbox::recoverInterrupted()
{
    int recovered = 0;
    auto done = m_db.inTransaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (auto ok = prepare(q, QStringLiteral("UPDATE outbox SET state = 'pending', verify_first = 1 WHERE state = 'sending'")); !ok)
            return ok;
        if (auto ok = run(q); !ok)
            return ok;
        recovered = q.numRowsAffected();
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    if (recovered > 0)
        qCInfo(lcOutbox) << recovered << "interrupted upload(s) recovered; the back office will be asked about them first";
    return recovered;
}

Result<bool> Outbox::sendingRowsAreStale()
{
    QSqlQuery any(m_db.connection());
    if (auto ok = prepare(any, QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE state = 'sending')")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = run(any); !ok)
        return std::unexpected(ok.error());
    if (!any.next() || !any.value(0).toBool())
        return false;
    any.finish();
    // The lock is touched only when there are such rows (an application
    // starting at that very moment would find it taken and run without its
    // uploader), and let go at once: this only asks.
    auto lock = acquireUploaderLock();
    if (!lock) {
        if (lock.error().code() == ErrorCode::DatabaseLocked)
            return false; // an uploader runs: its `sending` rows are being sent
        return std::unexpected(lock.error());
    }
    return true;
}

Result<OutboxCounts> Outbox::counts()
{
    OutboxCounts counts;
    QSqlQuery q(m_db.connection());
    if (auto ok = prepare(q, QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = run(q); !ok)
        return std::unexpected(ok.error());
    while (q.next()) {
        // A state this program does not know can only come from changed bytes:
        // counted (and listed) as damaged, never left out.
        const auto state = outboxStateFromName(q.value(0).toString()).value_or(OutboxState::Damaged);
        const int n = q.value(1).toInt();
        switch (state) {
        case OutboxState::Pending: counts.pending = n; break;
        case OutboxState::Sending: counts.sending = n; break;
        case OutboxState::Sent: counts.sent = n; break;
        case OutboxState::Rejected: counts.rejected = n; break;
        case OutboxState::Damaged: counts.damaged += n; break;
        }
    }
    QSqlQuery oldest(m_db.connection());
    if (auto ok = prepare(oldest, QStringLiteral("SELECT min(created_at) FROM outbox WHERE state IN ('pending', 'sending')")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = run(oldest); !ok)
        return std::unexpected(ok.error());
    if (oldest.next())
        counts.oldestPendingQueuedAt = fromStoreTime(oldest.value(0).toString());
    return counts;
}

namespace {
// LEFT JOIN: an outbox row whose record row is gone is listed (damaged), as counts() counts it.
const QString kEntryColumns = QStringLiteral(
    "o.uuid, r.kind, r.created_at, o.created_at, o.state, o.attempts, o.next_attempt_at, "
    "o.last_http_status, o.last_error, o.sent_at");
const QString kEntryFrom = QStringLiteral(" FROM outbox o LEFT JOIN record r ON r.uuid = o.uuid");
const QString kKnownStates = QStringLiteral("('pending', 'sending', 'sent', 'rejected', 'damaged')");

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.uuid = q.value(0).toString();
    e.kind = q.value(1).toString();
    e.recordCreatedAt = Outbox::fromStoreTime(q.value(2).toString());
    e.queuedAt = Outbox::fromStoreTime(q.value(3).toString());
    e.state = outboxStateFromName(q.value(4).toString()).value_or(OutboxState::Damaged);
    e.attempts = q.value(5).toInt();
    e.nextAttemptAt = Outbox::fromStoreTime(q.value(6).toString());
    e.lastHttpStatus = q.value(7).isNull() ? 0 : q.value(7).toInt();
    e.lastError = q.value(8).toString();
    e.sentAt = Outbox::fromStoreTime(q.value(9).toString());
    return e;
}
} // namespace

Result<QList<OutboxEntry>> Outbox::list(const QList<OutboxState> &states, int limit, int offset)
{
    // Four fixed placeholders keep the statement prepared and static; unused
    // ones repeat the first state.
    QString sql = QStringLiteral("SELECT ") + kEntryColumns + kEntryFrom;
    if (!states.isEmpty()) {
        sql += QStringLiteral(" WHERE (o.state IN (?, ?, ?, ?)");
        if (states.contains(OutboxState::Damaged))
            sql += QStringLiteral(" OR o.state NOT IN ") + kKnownStates; // as counts() counts them
        sql += QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY o.created_at DESC, r.id DESC LIMIT ? OFFSET ?");
    QSqlQuery q(m_db.connection());
    if (auto ok = prepare(q, sql); !ok)
        return std::unexpected(ok.error());
    int index = 0;
    if (!states.isEmpty()) {
        for (int i = 0; i < 4; ++i)
            q.bindValue(index++, outboxStateName(states.value(i, states.first())));
    }
    q.bindValue(index++, qMax(0, limit));
    q.bindValue(index++, qMax(0, offset));
    if (auto ok = run(q); !ok)
        return std::unexpected(ok.error());
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

Result<OutboxEntry> Outbox::entry(const QString &uuid)
{
    QSqlQuery q(m_db.connection());
    if (auto ok = prepare(q, QStringLiteral("SELECT ") + kEntryColumns + kEntryFrom + QStringLiteral(" WHERE o.uuid = ?")); !ok)
        return std::unexpected(ok.error());
    q.bindValue(0, uuid);
    if (auto ok = run(q); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, tr("There is no record with this id in the outbox."), uuid);
    return entryFrom(q);
}

void Outbox::setResendAuthoriser(ResendAuthoriser authoriser)
{
    m_resendAuthoriser = std::move(authoriser);
}

void Outbox::setResendAuditor(ResendAuditor auditor)
{
    m_resendAuditor = std::move(auditor);
}

void Outbox::setAuditLog(AuditLog *audit)
{
    m_audit = audit;
}

Status Outbox::resend(const QString &uuid)
{
    if (m_resendAuthoriser) {
        if (auto allowed = m_resendAuthoriser(uuid); !allowed)
            return allowed;
    }
    int changed = 0;
    auto done = m_db.inTransaction([&]() -> Status {
        // Not verify-first: after a 409 the back office holds a different
        // document under this key, and "GET says stored" would be a lie.
        QSqlQuery q(m_db.connection());
        if (auto ok = prepare(q, QStringLiteral("UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ?, "
                                                "verify_first = 0 WHERE uuid = ? AND state = 'rejected'"));
            !ok)
            return ok;
        q.bindValue(0, storeTime(m_clock.nowUtc()));
        q.bindValue(1, uuid);
        if (auto ok = run(q); !ok)
            return ok;
        changed = q.numRowsAffected();
        if (changed > 0 && m_resendAuditor)
            return m_resendAuditor(uuid);
        return {};
    });
    if (!done)
        return done;
    if (changed == 0)
        return fail(ErrorCode::NotFound, tr("There is no rejected record with this id in the outbox."), uuid);
    qCInfo(lcOutbox) << "rejected record queued again" << uuid;
    return {};
}

Outbox::Opened Outbox::openRecord(const QString &uuid, const QVariant &payload) const
{
    Opened opened;
    if (payload.isNull()) {
        opened.problem = Error(ErrorCode::InvalidData, tr("The record of this outbox entry is missing from the store."),
                               QStringLiteral("no record row"));
        return opened;
    }
    auto plain = m_cipher.decrypt(payload.toByteArray(), uuid);
    if (!plain) {
        opened.problem = plain.error();
        opened.decryptFailed = true;
        return opened;
    }
    // The sealed bytes are authenticated with the row's UUID; what opens
    // must still be a record document, and this row's.
    const QJsonDocument doc = QJsonDocument::fromJson(*plain);
    if (!doc.isObject() || doc.object().value(QStringLiteral("id")).toString() != uuid) {
        RecordCipher::wipe(*plain);
        opened.problem = Error(ErrorCode::InvalidData, tr("A stored record opened, but it is not this entry's record document."),
                               QStringLiteral("not the row's record document"));
        return opened;
    }
    opened.document = std::move(*plain);
    return opened;
}

Result<QString> Outbox::storeKeyId()
{
    auto kept = MetaStore(m_db).value(RecordKeyBinding::metaKey());
    if (!kept)
        return std::unexpected(kept.error());
    return kept->value_or(QString());
}

Result<bool> Outbox::cipherIsStoreKey()
{
    auto kept = storeKeyId();
    if (!kept)
        return std::unexpected(kept.error());
    return !kept->isEmpty() && *kept == m_cipher.keyId();
}

Result<Outbox::Claim> Outbox::claimDue(int limit)
{
    Claim claim;
    const QDateTime now = m_clock.nowUtc();
    auto done = m_db.inTransaction([&]() -> Status {
        claim = Claim{};
        QSqlQuery due(m_db.connection());
        // LEFT JOIN: a row whose record row is gone is found, and marked damaged.
        if (auto ok = prepare(due, QStringLiteral("SELECT o.uuid, r.payload, o.attempts, o.verify_first FROM outbox o "
                                                  "LEFT JOIN record r ON r.uuid = o.uuid "
                                                  "WHERE o.state = 'pending' AND o.next_attempt_at <= ? "
                                                  "ORDER BY o.next_attempt_at, o.created_at, r.id LIMIT ?"));
            !ok)
            return ok;
        due.bindValue(0, storeTime(now));
        due.bindValue(1, qMax(1, limit));
        if (auto ok = run(due); !ok)
            return ok;
        struct Row {
            QString uuid;
            QVariant payload;
            int attempts;
            bool verify;
        };
        QList<Row> rows;
        while (due.next())
            rows.append({due.value(0).toString(), due.value(1), due.value(2).toInt(), due.value(3).toInt() != 0});
        due.finish();

        QSqlQuery mark(m_db.connection());
        if (auto ok = prepare(mark, QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE uuid = ?")); !ok)
            return ok;
        QSqlQuery pushBack(m_db.connection());
        if (auto ok = prepare(pushBack, QStringLiteral("UPDATE outbox SET last_error = ?, next_attempt_at = ? WHERE uuid = ?")); !ok)
            return ok;
        QSqlQuery markDamaged(m_db.connection());
        if (auto ok = prepare(markDamaged, QStringLiteral("UPDATE outbox SET state = 'damaged', last_error = ?, verify_first = 0 "
                                                          "WHERE uuid = ? AND state = 'pending'"));
            !ok)
            return ok;
        std::optional<bool> keyProven; // looked up at the first record that does not decrypt
        for (Row &row : rows) {
            Opened opened = openRecord(row.uuid, row.payload);
            if (opened.problem) {
                if (opened.decryptFailed && !keyProven) {
                    auto proven = cipherIsStoreKey();
                    if (!proven)
                        return std::unexpected(proven.error());
                    keyProven = *proven;
                }
                const QString detail = opened.problem->technicalDetail();
                if (opened.decryptFailed && !*keyProven) {
                    // Not proven to be the store's key: keep it, try again in
                    // an hour (or at once after "upload now" with the right key).
                    ++claim.undecryptable;
                    if (!claim.firstProblem)
                        claim.firstProblem = opened.problem;
                    pushBack.bindValue(0, detail);
                    pushBack.bindValue(1, storeTime(now.addSecs(3600)));
                    pushBack.bindValue(2, row.uuid);
                    if (auto ok = run(pushBack); !ok)
                        return ok;
                    continue;
                }
                // The store's own key does not open it (or it is not this
                // row's record): the bytes changed. Sending is impossible and
                // retrying pointless; it waits, visible, for an administrator.
                markDamaged.bindValue(0, nullableText(QStringLiteral("damaged: ") + detail));
                markDamaged.bindValue(1, row.uuid);
                if (auto ok = run(markDamaged); !ok)
                    return ok;
                if (m_audit) {
                    if (auto ok = m_audit->appendInTransaction(QString(), QStringLiteral("outbox-damaged"), row.uuid, detail); !ok)
                        return ok;
                }
                claim.damaged.append(row.uuid);
                continue;
            }
            mark.bindValue(0, row.uuid);
            if (auto ok = run(mark); !ok) {
                RecordCipher::wipe(opened.document);
                return ok;
            }
            claim.items.append({row.uuid, std::move(opened.document), row.attempts + 1, row.verify});
        }
        return {};
    });
    if (!done) {
        for (OutboxItem &item : claim.items)
            RecordCipher::wipe(item.body);
        return std::unexpected(done.error());
    }
    for (const QString &uuid : std::as_const(claim.damaged))
        qCWarning(lcOutbox) << "record" << uuid << "is damaged: marked so, kept, and not sent";
    return claim;
}

Result<QList<Outbox::UnreadableRecord>> Outbox::findUnreadableRecords()
{
    QSqlQuery q(m_db.connection());
    if (auto ok = prepare(q, QStringLiteral("SELECT o.uuid, o.state, r.payload FROM outbox o LEFT JOIN record r ON r.uuid = o.uuid "
                                            "ORDER BY o.created_at, o.uuid"));
        !ok)
        return std::unexpected(ok.error());
    q.setForwardOnly(true);
    if (auto ok = run(q); !ok)
        return std::unexpected(ok.error());
    QList<UnreadableRecord> unreadable;
    while (q.next()) {
        const QString uuid = q.value(0).toString();
        const auto state = outboxStateFromName(q.value(1).toString());
        Opened opened = openRecord(uuid, q.value(2));
        RecordCipher::wipe(opened.document);
        if (opened.problem)
            unreadable.append({uuid, state.value_or(OutboxState::Damaged), opened.problem->technicalDetail()});
        else if (!state)
            unreadable.append({uuid, OutboxState::Damaged, QStringLiteral("unknown outbox state")});
    }
    return unreadable;
}

Result<QList<Outbox::DamagedRecord>> Outbox::damagedRecords()
{
    auto keyId = storeKeyId();
    if (!keyId)
        return std::unexpected(keyId.error());
    QSqlQuery q(m_db.connection());
    if (auto ok = prepare(q, QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(", r.payload") + kEntryFrom + QStringLiteral(" WHERE o.state NOT IN "
                                                                                      "('pending', 'sending', 'sent', 'rejected') "
                                                                                      "ORDER BY o.created_at, o.uuid"));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = run(q); !ok)
        return std::unexpected(ok.error());
    QList<DamagedRecord> damaged;
    while (q.next())
        damaged.append({entryFrom(q), q.value(10).toByteArray(), *keyId});
    return damaged;
}

Status Outbox::applyOutcomes(const QList<UploadOutcome> &outcomes)
{
    if (outcomes.isEmpty())
        return {};
    const QString now = storeTime(m_clock.nowUtc());
    return m_db.inTransaction([&]() -> Status {
        QSqlQuery sent(m_db.connection());
        if (auto ok = prepare(sent, QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = ?, last_http_status = ?, "
                                                   "last_error = NULL, verify_first = 0 WHERE uuid = ? AND state = 'sending'"));
            !ok)
            return ok;
        QSqlQuery rejected(m_db.connection());
        if (auto ok = prepare(rejected, QStringLiteral("UPDATE outbox SET state = 'rejected', last_http_status = ?, last_error = ?, "
                                                       "verify_first = 0 WHERE uuid = ? AND state = 'sending'"));
            !ok)
            return ok;
        QSqlQuery retry(m_db.connection());
        if (auto ok = prepare(retry, QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_http_status = ?, "
                                                    "last_error = ?, verify_first = ? WHERE uuid = ? AND state = 'sending'"));
            !ok)
            return ok;
        for (const UploadOutcome &o : outcomes) {
            QSqlQuery *q = nullptr;
            switch (o.kind) {
            case UploadOutcome::Kind::Sent:
                sent.bindValue(0, now);
                sent.bindValue(1, nullableStatus(o.httpStatus));
                sent.bindValue(2, o.uuid);
                q = &sent;
                break;
            case UploadOutcome::Kind::Rejected:
                rejected.bindValue(0, nullableStatus(o.httpStatus));
                rejected.bindValue(1, nullableText(o.error));
                rejected.bindValue(2, o.uuid);
                q = &rejected;
                break;
            case UploadOutcome::Kind::Retry:
                retry.bindValue(0, storeTime(o.nextAttemptAt.isValid() ? o.nextAttemptAt : m_clock.nowUtc()));
                retry.bindValue(1, nullableStatus(o.httpStatus));
                retry.bindValue(2, nullableText(o.error));
                retry.bindValue(3, o.verifyFirst ? 1 : 0);
                retry.bindValue(4, o.uuid);
                q = &retry;
                break;
            }
            if (auto ok = run(*q); !ok)
                return ok;
        }
        return {};
    });
}

Result<QDateTime> Outbox::nextDueAt()
{
    QSqlQuery q(m_db.connection());
    if (auto ok = prepare(q, QStringLiteral("SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending'")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = run(q); !ok)
        return std::unexpected(ok.error());
    if (!q.next() || q.value(0).isNull())
        return QDateTime();
    return fromStoreTime(q.value(0).toString());
}

Result<int> Outbox::makeAllDue()
{
    int changed = 0;
    auto done = m_db.inTransaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (auto ok = prepare(q, QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending' AND next_attempt_at > ?")); !ok)
            return ok;
        const QString now = storeTime(m_clock.nowUtc());
        q.bindValue(0, now);
        q.bindValue(1, now);
        if (auto ok = run(q); !ok)
            return ok;
        changed = q.numRowsAffected();
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return changed;
}

Result<std::unique_ptr<UploaderLock>> Outbox::acquireUploaderLock()
{
    return UploaderLock::acquire(m_db.path() + QStringLiteral(".uploader.lock"));
}

} // namespace kakanai
