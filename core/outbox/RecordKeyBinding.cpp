#include "RecordKeyBinding.h"

#include "KeyProvider.h"
#include "SecretKey.h"
#include "common/LogCategories.h"
#include "store/Database.h"
#include "store/MetaStore.h"

#include <QSqlQuery>

#include <sodium.h>

namespace kakanai {

namespace {

struct Sealed {
    bool any = false;
    QString newestRecordUuid;
    QByteArray newestRecordPayload;
};

Result<Sealed> sealedRows(Database &db)
{
    Sealed sealed;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT uuid, payload FROM record ORDER BY id DESC LIMIT 1"));
    if (auto ok = db.exec(q); !ok)
        return std::unexpected(ok.error());
    if (q.next()) {
        sealed.any = true;
        sealed.newestRecordUuid = q.value(0).toString();
        sealed.newestRecordPayload = q.value(1).toByteArray();
    }
    q.finish();
    if (!sealed.any) {
        QSqlQuery drafts(db.connection());
        drafts.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM visit_draft)"));
        if (auto ok = db.exec(drafts); !ok)
            return std::unexpected(ok.error());
        sealed.any = drafts.next() && drafts.value(0).toBool();
    }
    return sealed;
}

} // namespace

QString RecordKeyBinding::keyId(const SecretKey &key)
{
    return RecordCipher::keyId(key);
}

namespace {

// What is left of a rotation that stopped before its end (docs/security.md,
// "Rotating the key"); `storeId` is the id the store keeps.
//  - The store already names the pending key (the rotation committed, the
//    crash came before the key was put in place): the pending key becomes the key.
//  - The key is the store's and a pending key waits beside it (the rotation
//    rolled back, or a promoted key was not yet removed): it is discarded.
//    Decided under the store's write lock, which a rotation holds from before
//    it keeps its pending key until its commit: a rotation under way is
//    never mistaken for one that rolled back.
enum class Recovered { Nothing, Promoted, StoreChanged };

Result<Recovered> recoverRotation(Database &db, KeyProvider &provider, const QString &storeId, const QString &currentId)
{
    auto pending = provider.loadPending();
    if (!pending) {
        // A damaged pending key does not stop the store from opening with its key.
        qCWarning(lcOutbox) << "the pending record key could not be read:" << pending.error().technicalDetail();
        return Recovered::Nothing;
    }
    if (!*pending)
        return Recovered::Nothing;
    const QString pendingId = RecordKeyBinding::keyId(**pending);
    pending->reset();
    if (currentId != storeId) {
        if (pendingId != storeId)
            return Recovered::Nothing;
        qCWarning(lcOutbox) << "a record key rotation stopped after its commit; putting the new key" << storeId
                            << "in place of" << (currentId.isEmpty() ? QStringLiteral("(missing)") : currentId);
        if (auto promoted = provider.promotePending(); !promoted && promoted.error().code() != ErrorCode::NotFound)
            return std::unexpected(promoted.error());
        return Recovered::Promoted;
    }
    if (pendingId == currentId) {
        if (auto discarded = provider.discardPending(); !discarded)
            qCWarning(lcOutbox) << "a copy of the record key left by a rotation could not be removed:"
                                << discarded.error().technicalDetail();
        return Recovered::Nothing;
    }
    bool storeChanged = false;
    auto decided = db.inTransaction([&]() -> Status {
        auto kept = MetaStore(db).value(RecordKeyBinding::metaKey());
        if (!kept)
            return std::unexpected(kept.error());
        if (kept->value_or(QString()) != storeId) {
            storeChanged = true; // a rotation committed meanwhile
            return {};
        }
        qCWarning(lcOutbox) << "a record key rotation to the key" << pendingId
                            << "did not commit; the store keeps the key" << storeId << "and the new key is discarded";
        return provider.discardPending();
    });
    if (!decided) {
        // Read-only store, or a writer holds it: decided at a later start.
        qCWarning(lcOutbox) << "the pending record key" << pendingId << "is left for later:" << decided.error().technicalDetail();
        return Recovered::Nothing;
    }
    return storeChanged ? Recovered::StoreChanged : Recovered::Nothing;
}

} // namespace

Result<std::unique_ptr<RecordCipher>> RecordKeyBinding::open(Database &db, KeyProvider &provider)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, RecordCipher::tr("The encryption library could not be started."));
    // A rotation that commits while we look: looked at once more.
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool storeChanged = false;
        auto cipher = openOnce(db, provider, &storeChanged);
        if (!storeChanged)
            return cipher;
    }
    return fail(ErrorCode::DatabaseLocked, tr("The record key was being changed while the store was opened. Try again."),
                QStringLiteral("record key rotation in progress"));
}

Result<std::unique_ptr<RecordCipher>> RecordKeyBinding::openOnce(Database &db, KeyProvider &provider, bool *storeChanged)
{
    MetaStore meta(db);
    auto kept = meta.value(metaKey());
    if (!kept)
        return std::unexpected(kept.error());
    auto sealed = sealedRows(db);
    if (!sealed)
        return std::unexpected(sealed.error());

    const bool bound = kept->has_value() && !(*kept)->isEmpty();
    const MissingKey ifMissing = bound || sealed->any ? MissingKey::Refuse : MissingKey::Create;
    auto key = provider.loadKey(ifMissing);
    if (bound && (key || key.error().code() == ErrorCode::NotFound)) {
        auto recovered = recoverRotation(db, provider, **kept, key ? keyId(**key) : QString());
        if (!recovered)
            return std::unexpected(recovered.error());
        if (*recovered == Recovered::StoreChanged) {
            *storeChanged = true;
            return fail(ErrorCode::Internal, QString());
        }
        if (*recovered == Recovered::Promoted)
            key = provider.loadKey(MissingKey::Refuse);
    }
    if (!key) {
        if (key.error().code() != ErrorCode::NotFound || ifMissing == MissingKey::Create)
            return std::unexpected(key.error());
        return fail(ErrorCode::NotFound,
                    bound ? tr("The record key is missing (%1), but this store's records are sealed with the key "
                               "%2. No new key was made and nothing was written. Restore the key from the key backup.")
                                .arg(provider.description(), **kept)
                          : tr("The record key is missing (%1), but this store holds sealed records. No new key was "
                               "made and nothing was written. Restore the key from the key backup.")
                                .arg(provider.description()),
                    key.error().technicalDetail());
    }
    const QString id = keyId(**key);
    if (bound && id != **kept) {
        return fail(ErrorCode::InvalidData,
                    tr("The record key in %1 is the key %2, but this store's records are sealed with the key %3. "
                       "Nothing was written. Put the right key back (from the key backup).")
                        .arg(provider.description(), id, **kept),
                    QStringLiteral("record key id mismatch"));
    }
    auto cipher = std::make_unique<RecordCipher>(std::move(*key));
    if (!bound) {
        // A store from before the binding: the key must open what it holds.
        if (!sealed->newestRecordUuid.isEmpty()) {
            auto opened = cipher->decrypt(sealed->newestRecordPayload, sealed->newestRecordUuid);
            if (!opened) {
                return fail(ErrorCode::InvalidData,
                            tr("The record key in %1 (key %2) does not open the records of this store. Nothing was "
                               "written. Put the right key back (from the key backup).")
                                .arg(provider.description(), id),
                            QStringLiteral("newest record does not decrypt"));
            }
            RecordCipher::wipe(*opened);
        }
        // A read-only store cannot keep the id; the sealed rows still guard it.
        if (auto stored = meta.setValue(metaKey(), id); !stored)
            qCWarning(lcOutbox) << "the record key id could not be kept in the store:" << stored.error().technicalDetail();
        else
            qCInfo(lcOutbox) << "store bound to the record key" << id;
    }
    return cipher;
}

} // namespace kakanai
