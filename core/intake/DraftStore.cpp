#include "DraftStore.h"

#include "common/Clock.h"
#include "outbox/Outbox.h"
#include "outbox/RecordCipher.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace kakanai::intake {

DraftStore::DraftStore(Database &database, const RecordCipher &cipher, const Clock &clock)
    : m_db(database), m_cipher(cipher), m_clock(clock)
{
}

namespace {
Status prepared(Database &db, QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        return std::unexpected(Database::classify(query.lastError(), db.path()));
    return {};
}
} // namespace

Status DraftStore::save(const QString &staffId, QByteArrayView document)
{
    // A fresh id (and nonce) for every save: the old ciphertext is replaced whole.
    const QString draftId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto sealed = m_cipher.encrypt(document, draftId);
    if (!sealed)
        return std::unexpected(sealed.error());
    QSqlQuery q(m_db.connection());
    if (auto ok = prepared(m_db, q,
                           QStringLiteral("INSERT INTO visit_draft (staff_id, draft_id, updated_at, payload) VALUES (?, ?, ?, ?) "
                                          "ON CONFLICT (staff_id) DO UPDATE SET draft_id = excluded.draft_id, "
                                          "updated_at = excluded.updated_at, payload = excluded.payload"));
        !ok)
        return ok;
    q.bindValue(0, staffId);
    q.bindValue(1, draftId);
    q.bindValue(2, Outbox::storeTime(m_clock.nowUtc()));
    q.bindValue(3, *sealed);
    return m_db.exec(q);
}

Result<std::optional<QByteArray>> DraftStore::load(const QString &staffId)
{
    QSqlQuery q(m_db.connection());
    if (auto ok = prepared(m_db, q, QStringLiteral("SELECT draft_id, payload FROM visit_draft WHERE staff_id = ?")); !ok)
        return std::unexpected(ok.error());
    q.bindValue(0, staffId);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<QByteArray>();
    const QString draftId = q.value(0).toString();
    const QByteArray sealed = q.value(1).toByteArray();
    q.finish();
    auto plain = m_cipher.decrypt(sealed, draftId);
    if (!plain) {
        return fail(ErrorCode::InvalidData,
                    tr("The saved open visit could not be read with this PC's record key; it was left in place."),
                    plain.error().technicalDetail());
    }
    return std::optional<QByteArray>(std::move(*plain));
}

Status DraftStore::remove(const QString &staffId)
{
    QSqlQuery q(m_db.connection());
    if (auto ok = prepared(m_db, q, QStringLiteral("DELETE FROM visit_draft WHERE staff_id = ?")); !ok)
        return ok;
    q.bindValue(0, staffId);
    return m_db.exec(q);
}

Result<QStringList> DraftStore::owners()
{
    QSqlQuery q(m_db.connection());
    if (auto ok = prepared(m_db, q, QStringLiteral("SELECT staff_id FROM visit_draft ORDER BY updated_at")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<int> DraftStore::purgeOlderThan(const QDateTime &before)
{
    QSqlQuery q(m_db.connection());
    if (auto ok = prepared(m_db, q, QStringLiteral("DELETE FROM visit_draft WHERE updated_at < ?")); !ok)
        return std::unexpected(ok.error());
    q.bindValue(0, Outbox::storeTime(before));
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    return q.numRowsAffected();
}

} // namespace kakanai::intake
