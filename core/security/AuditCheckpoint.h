#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kakanai {

class SecretKey;

// The audit chain's head at one moment: how many entries the log had and the
// hash of the newest one, sealed with a MAC under a key derived from the
// record key (AuditAnchor::macKey). It is kept outside the store (AuditAnchor)
// and sent with every upload, so that cutting off the newest entries, or all
// of them, shows (docs/security.md, "The audit anchor"). No personal data.
struct AuditCheckpoint {
    QString store; // which store (AuditAnchor::storeIdFor), set by the anchor
    QString terminalId;
    qint64 entries = 0;
    qint64 headSeq = 0;  // equals entries: the seqs run 1, 2, 3 … without gaps
    QByteArray headHash; // 32 bytes; AuditLog::genesisHash() for an empty log
    QDateTime writtenAt; // UTC
    QByteArray mac;      // 32 bytes: crypto_auth (HMAC-SHA-512-256) of signedBytes()

    // What the MAC covers: every field above but the MAC, length-prefixed.
    QByteArray signedBytes() const;
    void seal(const SecretKey &key);
    bool isSealedBy(const SecretKey &key) const;

    // {"format": "kakanai.audit-checkpoint/1", "store", "terminalId",
    //  "entries", "headSeq", "headHash" (hex), "writtenAt", "mac" (hex)}, compact.
    QByteArray toJson() const;
    // Checks the shape only (not the MAC): nullopt if it is not a checkpoint.
    static std::optional<AuditCheckpoint> fromJson(QByteArrayView json);

    // The value of the upload's Kakanai-Audit-Checkpoint header: toJson() as
    // base64url without padding (docs/backoffice-api.md).
    QByteArray toHeaderValue() const;
    static std::optional<AuditCheckpoint> fromHeaderValue(QByteArrayView value);
};

} // namespace kakanai
