#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace kakanai::backofficesim {

// A copy of a counter PC's audit checkpoint, as it came in the
// Kakanai-Audit-Checkpoint header of a POST /records (docs/backoffice-api.md).
// The back office cannot check its MAC (that needs the counter's record key);
// it keeps the copies, so the counter's log can be compared with them later,
// and it notices when a store's entry count goes down.
struct AuditCheckpointCopy {
    QString store;
    QString terminalId;
    qint64 entries = 0;
    qint64 headSeq = 0;
    QString headHash; // 64 lowercase hex digits
    QString writtenAt;
    QString mac;            // 64 lowercase hex digits
    QByteArray headerValue; // as received, for the copy

    // The header value: base64url of the checkpoint's JSON. nullopt when it is
    // not a well-formed checkpoint (too long, not base64url, not the JSON of
    // "kakanai.audit-checkpoint/1" with every field of the right type).
    static std::optional<AuditCheckpointCopy> parse(QByteArrayView headerValue);
    static constexpr qsizetype kMaxHeaderBytes = 2048;
};

} // namespace kakanai::backofficesim
