#pragma once

#include "AuditCheckpointCopy.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace kakanai::backofficesim {

struct StoredRecord {
    QString key;
    QString receivedAt;
    QByteArray body; // the bytes as received
};

// An audit checkpoint kept from an upload, with the record it came with.
struct StoredCheckpoint {
    AuditCheckpointCopy checkpoint;
    QString recordKey;
    QString receivedAt;
    bool regressed = false; // fewer entries than one kept earlier for the same store
};

// The simulator's own SQLite file (Qt QSQLITE, WAL, synchronous=FULL), or an
// in-memory database. The records, keyed by the idempotency key, and the
// audit checkpoints that came with them (schema 2); each put() and
// keepCheckpoint() is one transaction. Errors are messages for the log and a
// 500 answer.
class RecordStore {
public:
    static constexpr int kSchemaVersion = 2;

    enum class PutOutcome {
        Created,   // stored now
        Duplicate, // this key was stored with the same body hash: nothing changed
        Conflict,  // this key was stored with a different body hash: nothing changed
    };
    struct PutResult {
        PutOutcome outcome = PutOutcome::Created;
        QString receivedAt; // of the stored record (the original one for a duplicate)
    };

    RecordStore();
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    // An empty path opens an in-memory database. A file made by a newer
    // simulator (user_version above kSchemaVersion) is refused, never changed.
    std::expected<void, QString> open(const QString &path);
    void close();
    bool isOpen() const { return m_open; }

    std::expected<PutResult, QString> put(const QString &key, const QByteArray &bodySha256, const QByteArray &body,
                                          const QString &receivedAt);
    std::expected<std::optional<StoredRecord>, QString> find(const QString &key) const;
    std::expected<QList<StoredRecord>, QString> all() const; // in the order they were stored
    std::expected<qint64, QString> count() const;
    // Forgets the records and the checkpoints.
    std::expected<void, QString> clear();

    // Keeps a checkpoint unless it repeats the last one kept for its store
    // (then nullopt). Marks it regressed when an earlier one of the same
    // store recorded more entries: that store's audit log got shorter.
    std::expected<std::optional<StoredCheckpoint>, QString> keepCheckpoint(const AuditCheckpointCopy &checkpoint,
                                                                           const QString &recordKey,
                                                                           const QString &receivedAt);
    std::expected<QList<StoredCheckpoint>, QString> checkpoints() const; // in the order they were kept

private:
    QString m_connectionName;
    bool m_open = false;
};

} // namespace kakanai::backofficesim
