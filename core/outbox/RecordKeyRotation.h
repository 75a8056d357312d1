#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace kakanai {

class AuditLog;
class Database;
class KeyProvider;

// `kakanai-cli keys rotate` (docs/security.md, "Rotating the key"): every
// record and open-visit draft is sealed anew with a new record key, crash-safely:
//  1. the current key is loaded through RecordKeyBinding (it must be the store's);
//  2. in ONE transaction: each payload is opened with the old key and sealed
//     with the new one (same associated data), the new key is kept by the
//     provider as its *pending* key, the store's record_key_id becomes the new
//     id, and the audit entry "rotate-record-key" is appended;
//  3. after the commit the pending key becomes the key.
// A crash before the commit leaves the old key and the old payloads (the
// pending key is discarded at the next open); a crash after it leaves the
// new payloads and the new key as pending (put in place at the next open).
// A payload that does not open aborts the rotation with nothing changed.
// Refused while another program holds the store's uploader lock (the app):
// it would go on sealing with the old key it holds in memory.
class RecordKeyRotation {
    Q_DECLARE_TR_FUNCTIONS(RecordKeyRotation)
public:
    struct Outcome {
        QString oldKeyId;
        QString newKeyId;
        int records = 0;
        int drafts = 0;
    };

    static QString auditAction() { return QStringLiteral("rotate-record-key"); }

    static Result<Outcome> rotate(Database &db, KeyProvider &provider, AuditLog &audit, const QString &staffId);
};

} // namespace kakanai
