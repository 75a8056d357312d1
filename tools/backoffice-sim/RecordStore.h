#pragma once

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

// The simulator's own SQLite file (Qt QSQLITE, WAL, synchronous=FULL), or an
// in-memory database. One table, keyed by the idempotency key; each put() is
// one transaction. Errors are messages for the log and a 500 answer.
class RecordStore {
public:
    static constexpr int kSchemaVersion = 1;

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
    std::expected<void, QString> clear();

private:
    QString m_connectionName;
    bool m_open = false;
};

} // namespace kakanai::backofficesim
