#include "RecordKeyRotation.h"

#include "KeyProvider.h"
#include "RecordCipher.h"
#include "RecordKeyBinding.h"
#include "SecretKey.h"
#include "UploaderLock.h"
#include "common/LogCategories.h"
#include "security/AuditLog.h"
#include "store/Database.h"
#include "store/MetaStore.h"

#include <QList>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

#include <utility>

namespace kakanai {

namespace {

// One sealed payload: its row and its associated data.
struct SealedRow {
    QVariant rowKey;
    QString associatedData;
};

struct Table {
    const char *selectRows;    // rowKey, associatedData
    const char *selectPayload; // by rowKey
    const char *updatePayload; // payload, rowKey
};

constexpr Table kRecords{"SELECT id, uuid FROM record ORDER BY id", "SELECT payload FROM record WHERE id = ?",
                         "UPDATE record SET payload = ? WHERE id = ?"};
constexpr Table kDrafts{"SELECT draft_id, draft_id FROM visit_draft ORDER BY draft_id",
                        "SELECT payload FROM visit_draft WHERE draft_id = ?",
                        "UPDATE visit_draft SET payload = ? WHERE draft_id = ?"};

Status setSecureDelete(Database &db, bool on)
{
    QSqlQuery q(db.connection());
    q.prepare(on ? QStringLiteral("PRAGMA secure_delete = ON") : QStringLiteral("PRAGMA secure_delete = OFF"));
    return db.exec(q);
}

// Inside the rotation's transaction: every payload of `table` opened with
// `from` and sealed with `to`. The first that does not open stops it.
Result<int> reseal(Database &db, const Table &table, const RecordCipher &from, const RecordCipher &to, bool drafts)
{
    QList<SealedRow> rows;
    {
        QSqlQuery q(db.connection());
        q.prepare(QString::fromLatin1(table.selectRows));
        if (auto ok = db.exec(q); !ok)
            return std::unexpected(ok.error());
        while (q.next())
            rows.append({q.value(0), q.value(1).toString()});
    }
    for (const SealedRow &row : std::as_const(rows)) {
        QSqlQuery read(db.connection());
        read.prepare(QString::fromLatin1(table.selectPayload));
        read.addBindValue(row.rowKey);
        if (auto ok = db.exec(read); !ok)
            return std::unexpected(ok.error());
        if (!read.next())
            return fail(ErrorCode::Internal, QStringLiteral("row vanished during the rotation"), row.associatedData);
        const QByteArray sealed = read.value(0).toByteArray();
        read.finish();
        auto opened = from.decrypt(sealed, row.associatedData);
        if (!opened) {
            // The id only: a UUID or a random draft id, never the content.
            return fail(ErrorCode::InvalidData,
                        drafts ? RecordKeyRotation::tr("The open-visit draft %1 does not open with the current record key "
                                                       "(damaged or sealed with another key). The key was not changed "
                                                       "and nothing was written.")
                                     .arg(row.associatedData)
                               : RecordKeyRotation::tr("The record %1 does not open with the current record key (damaged "
                                                       "or sealed with another key). The key was not changed and nothing "
                                                       "was written.")
                                     .arg(row.associatedData),
                        opened.error().technicalDetail());
        }
        auto resealed = to.encrypt(*opened, row.associatedData);
        RecordCipher::wipe(*opened);
        if (!resealed)
            return std::unexpected(resealed.error());
        QSqlQuery write(db.connection());
        write.prepare(QString::fromLatin1(table.updatePayload));
        write.addBindValue(*resealed);
        write.addBindValue(row.rowKey);
        if (auto ok = db.exec(write); !ok)
            return std::unexpected(ok.error());
    }
    return int(rows.size());
}

} // namespace

Result<RecordKeyRotation::Outcome> RecordKeyRotation::rotate(Database &db, KeyProvider &provider, AuditLog &audit,
                                                           const QString &staffId)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, RecordCipher::tr("The encryption library could not be started."));
    // The same lock the app and `outbox flush` hold (Outbox::acquireUploaderLock).
    auto lock = UploaderLock::acquire(db.path() + QStringLiteral(".uploader.lock"));
    if (!lock) {
        if (lock.error().code() != ErrorCode::DatabaseLocked)
            return std::unexpected(lock.error());
        return fail(ErrorCode::DatabaseLocked,
                    tr("Kakanai or `kakanai-cli outbox flush` is using this store. Close Kakanai and stop scheduled "
                       "kakanai-cli jobs on this PC, then rotate the key."),
                    lock.error().technicalDetail());
    }

    auto current = RecordKeyBinding::open(db, provider);
    if (!current)
        return std::unexpected(current.error());
    Outcome outcome;
    outcome.oldKeyId = RecordKeyBinding::keyId((*current)->key());

    auto fresh = SecretKey::allocate();
    if (!fresh)
        return fail(ErrorCode::Internal, tr("No protected memory is available for the record key."));
    randombytes_buf(fresh->writableData(), SecretKey::Size);
    fresh->makeReadOnly();
    outcome.newKeyId = RecordKeyBinding::keyId(*fresh);
    const RecordCipher next(std::move(fresh));

    // The old ciphertext's cells are zeroed when overwritten, not left in free space.
    if (auto ok = setSecureDelete(db, true); !ok)
        return std::unexpected(ok.error());
    bool pendingKept = false;
    auto done = db.inTransaction([&]() -> Status {
        MetaStore meta(db);
        auto kept = meta.value(RecordKeyBinding::metaKey());
        if (!kept)
            return std::unexpected(kept.error());
        if (kept->value_or(QString()) != outcome.oldKeyId)
            return fail(ErrorCode::DatabaseLocked, RecordKeyBinding::tr("The record key was being changed while the store "
                                                                        "was opened. Try again."),
                        QStringLiteral("record_key_id changed before the rotation"));
        auto records = reseal(db, kRecords, **current, next, false);
        if (!records)
            return std::unexpected(records.error());
        auto drafts = reseal(db, kDrafts, **current, next, true);
        if (!drafts)
            return std::unexpected(drafts.error());
        outcome.records = *records;
        outcome.drafts = *drafts;
        // Kept durably before the commit: once the store names the new key, the key exists.
        if (auto ok = provider.storePending(next.key()); !ok)
            return ok;
        pendingKept = true;
        if (auto ok = meta.setValue(RecordKeyBinding::metaKey(), outcome.newKeyId); !ok)
            return ok;
        return audit.appendInTransaction(staffId, auditAction(), QString(),
                                         QStringLiteral("old-key=%1 new-key=%2 records=%3 drafts=%4")
                                             .arg(outcome.oldKeyId, outcome.newKeyId)
                                             .arg(outcome.records)
                                             .arg(outcome.drafts));
    });
    if (auto restored = setSecureDelete(db, false); !restored)
        qCWarning(lcOutbox) << "could not switch secure_delete off again:" << restored.error().toString();

    if (!done) {
        qCWarning(lcOutbox) << "record key rotation rolled back:" << done.error().technicalDetail();
        // Only when the store surely still names the old key: a pending key
        // the store names is the only copy of its key.
        auto kept = MetaStore(db).value(RecordKeyBinding::metaKey());
        if (pendingKept && kept && kept->value_or(QString()) == outcome.oldKeyId) {
            if (auto discarded = provider.discardPending(); !discarded)
                qCWarning(lcOutbox) << "the unused new record key is left for the next start to remove:"
                                    << discarded.error().technicalDetail();
        }
        return std::unexpected(done.error());
    }
    qCInfo(lcOutbox) << "record key rotated from" << outcome.oldKeyId << "to" << outcome.newKeyId << ":"
                     << outcome.records << "record(s)," << outcome.drafts << "draft(s)";

    // The old ciphertext leaves the -wal file too; another reader may delay that.
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!db.exec(q))
            qCInfo(lcOutbox) << "WAL checkpoint after the rotation did not run; the next one finishes it";
    }

    if (auto promoted = provider.promotePending(); !promoted) {
        // Someone who opened the store meanwhile may have put it in place already.
        auto key = provider.loadKey(MissingKey::Refuse);
        if (!key || RecordKeyBinding::keyId(**key) != outcome.newKeyId) {
            return fail(promoted.error().code(),
                        tr("The records are now sealed with the new record key %1, but it could not be put in place "
                           "of the old key (%2). It waits beside it as the pending key: do not delete it. The next "
                           "start of Kakanai or kakanai-cli puts it in place.")
                            .arg(outcome.newKeyId, provider.description()),
                        promoted.error().technicalDetail());
        }
    }
    return outcome;
}

} // namespace kakanai
