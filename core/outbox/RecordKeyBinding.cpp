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

Result<std::unique_ptr<RecordCipher>> RecordKeyBinding::open(Database &db, KeyProvider &provider)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, RecordCipher::tr("The encryption library could not be started."));
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
