#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace kakanai {

class Clock;
class Database;
class RecordCipher;

namespace intake {

// Open visits saved as the clerk works (table visit_draft, migration 5): one
// draft per clerk, encrypted with the record key like the outbox, so a crash,
// a power cut or a killed process loses nothing of what the clerk entered.
// Each save replaces the clerk's draft in one statement; every statement is
// prepared. Not thread-safe: use it from the thread that opened the Database.
class DraftStore {
    Q_DECLARE_TR_FUNCTIONS(DraftStore)
public:
    DraftStore(Database &database, const RecordCipher &cipher, const Clock &clock);

    // Encrypts and stores `document` as `staffId`'s draft (replacing any).
    Status save(const QString &staffId, QByteArrayView document);
    // The decrypted draft of `staffId`; nullopt when there is none. Wipe the
    // bytes after use. A draft that does not decrypt is an InvalidData error
    // and stays in place (the administrator decides; nothing is deleted silently).
    Result<std::optional<QByteArray>> load(const QString &staffId);
    Status remove(const QString &staffId);
    // The clerks that have a draft, oldest first.
    Result<QStringList> owners();
    // Deletes drafts not touched since `before` (the retention period);
    // returns how many. The table is secure_delete'd like the records.
    Result<int> purgeOlderThan(const QDateTime &before);

private:
    Database &m_db;
    const RecordCipher &m_cipher;
    const Clock &m_clock;
};

} // namespace intake
} // namespace kakanai
