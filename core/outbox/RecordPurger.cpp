#include "RecordPurger.h"

#include "Outbox.h"
#include "common/Clock.h"
#include "common/LogCategories.h"
#include "common/Settings.h"
#include "security/AuditLog.h"
#include "store/Database.h"

#include <QSqlQuery>

namespace kakanai {

RecordPurger::RecordPurger(Database &db, const Clock &clock, AuditLog &audit)
    : m_db(db), m_clock(clock), m_audit(audit)
{
}

Result<int> RecordPurger::purge(const Settings &settings, const QString &staffId)
{
    return purgeSentOlderThan(settings.integer(SettingKey::OutboxPurgeAfterDays), staffId);
}

Status RecordPurger::setSecureDelete(bool on)
{
    QSqlQuery q(m_db.connection());
    q.prepare(on ? QStringLiteral("PRAGMA secure_delete = ON") : QStringLiteral("PRAGMA secure_delete = OFF"));
    return m_db.exec(q);
}

bool RecordPurger::checkpoint()
{
    // TRUNCATE copies every frame into the main file and cuts the -wal file to
    // zero bytes, so the frames that still held the old ciphertext are gone.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!m_db.exec(q) || !q.next())
        return false;
    return q.value(0).toInt() == 0; // column "busy"
}

Result<int> RecordPurger::purgeSentOlderThan(int retentionDays, const QString &staffId)
{
    if (retentionDays < 1)
        return fail(ErrorCode::InvalidArgument, tr("Sent records must be kept for at least one day."),
                    QStringLiteral("retentionDays=%1").arg(retentionDays));
    const QString cutoff = Outbox::storeTime(m_clock.nowUtc().addDays(-retentionDays));

    // secure_delete zeroes the freed cells and pages instead of leaving the
    // ciphertext in the file's free space; only for this run, since every
    // other delete in the store holds nothing worth the extra writes.
    if (auto ok = setSecureDelete(true); !ok)
        return std::unexpected(ok.error());

    QStringList purged;
    auto done = m_db.inTransaction([&]() -> Status {
        QSqlQuery due(m_db.connection());
        due.prepare(QStringLiteral("SELECT uuid FROM outbox WHERE state = 'sent' AND sent_at < ? ORDER BY sent_at, uuid"));
        due.addBindValue(cutoff);
        if (auto ok = m_db.exec(due); !ok)
            return ok;
        while (due.next())
            purged.append(due.value(0).toString());
        due.finish();

        for (const QString &uuid : std::as_const(purged)) {
            QSqlQuery outbox(m_db.connection());
            // The state is checked again here so that nothing but a sent row can ever go.
            outbox.prepare(QStringLiteral("DELETE FROM outbox WHERE uuid = ? AND state = 'sent'"));
            outbox.addBindValue(uuid);
            if (auto ok = m_db.exec(outbox); !ok)
                return ok;
            QSqlQuery record(m_db.connection());
            record.prepare(QStringLiteral("DELETE FROM record WHERE uuid = ?"));
            record.addBindValue(uuid);
            if (auto ok = m_db.exec(record); !ok)
                return ok;
            if (auto ok = m_audit.appendInTransaction(staffId, QStringLiteral("record-purged"), uuid); !ok)
                return ok;
        }
        return m_audit.appendInTransaction(staffId, QStringLiteral("records-purged"), QString(),
                                           QStringLiteral("count=%1;olderThanDays=%2").arg(purged.size()).arg(retentionDays));
    });
    const auto restored = setSecureDelete(false);
    if (!done) {
        qCWarning(lcOutbox) << "purge of sent records failed:" << done.error().toString();
        return std::unexpected(done.error());
    }
    if (!restored)
        qCWarning(lcOutbox) << "could not switch secure_delete off again:" << restored.error().toString();

    m_lastPurged = purged;
    m_lastCheckpointComplete = checkpoint();
    if (!m_lastCheckpointComplete)
        qCInfo(lcOutbox) << "WAL checkpoint after the purge did not complete (another reader); the next one finishes it";
    qCInfo(lcOutbox) << purged.size() << "sent record(s) older than" << retentionDays << "day(s) purged";
    return int(purged.size());
}

} // namespace kakanai
