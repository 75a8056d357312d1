#pragma once

#include "AuditCheckpoint.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace kakanai {

class RecordCipher;
class SecretKey;
class Settings;

// Where the audit log's checkpoint (AuditCheckpoint) is kept, outside the
// store, so that an edit of the database file alone cannot cut the log short
// unseen (docs/security.md, "The audit anchor"). AuditLog moves it up after
// every committed append and compares the log with it in verify().
class AuditAnchor {
public:
    enum class Found {
        Nothing, // no checkpoint yet
        Sealed,  // a checkpoint of this store whose MAC matches
        Forged,  // something that is not such a checkpoint: see `problem`
    };
    struct Loaded {
        Found found = Found::Nothing;
        AuditCheckpoint checkpoint; // when Sealed
        QString problem;            // when Forged: why, for people
    };
    // Given what is kept now, the checkpoint to keep instead (nullopt: leave it).
    using Decide = std::function<std::optional<AuditCheckpoint>(const Loaded &kept)>;

    virtual ~AuditAnchor() = default;

    // Where the checkpoint lives, for messages ("checkpoint file /…").
    virtual QString description() const = 0;
    // The checkpoint kept now, its MAC checked. An error only when it cannot
    // be read at all (I/O, no key).
    virtual Result<Loaded> load() const = 0;
    // Under a lock shared by every program using this anchor: reads the
    // checkpoint, asks `decide`, and seals and stores what it returns in one
    // atomic step. Two programs appending to one store thus never move the
    // checkpoint backwards.
    virtual Status update(const Decide &decide) = 0;

    // The sealed checkpoint as the upload header's value
    // (AuditCheckpoint::toHeaderValue); empty when there is none or it is forged.
    QByteArray headerValue() const;

    // A short id of the store at `databasePath` (the first 16 bytes of the
    // SHA-256 of its canonical path, hex): a checkpoint names the store it
    // belongs to, so another store's checkpoint is not taken for this one's.
    static QString storeIdFor(const QString &databasePath);
    // The MAC key: a subkey of the record key for this purpose only, so that
    // whoever can edit the database but cannot read the record key cannot
    // write a checkpoint that verifies. nullptr if no protected memory is left.
    static std::unique_ptr<SecretKey> macKey(const RecordCipher &cipher);

    // After the record key changed (`kakanai-cli keys rotate`): the checkpoint
    // kept here, checked with the old key's MAC, sealed again into `renewed`
    // (the same place, opened with the new key). Nothing kept: nothing to do;
    // a forged one is not carried over (AuditChainBroken).
    Status resealInto(AuditAnchor &renewed) const;
};

// The checkpoint in a small JSON file (AuditCheckpoint::toJson), by default
// in the settings file's folder — not the database's: restoring or editing
// the data folder does not reach it. Written to a temporary file (mode 0600)
// and renamed into place under an flock()ed "<file>.lock", so a reader never
// sees half a checkpoint.
class FileAuditAnchor final : public AuditAnchor {
    Q_DECLARE_TR_FUNCTIONS(FileAuditAnchor)
public:
    FileAuditAnchor(QString path, QString storeId, std::unique_ptr<SecretKey> macKey);
    ~FileAuditAnchor() override;

    // <dir>/audit-anchor-<store id>.json; dir: the AuditAnchorDir setting, or
    // else the folder of the settings file.
    static QString configuredPath(const Settings &settings, const QString &databasePath);
    // The anchor the app and kakanai-cli use for the store at `databasePath`.
    static std::unique_ptr<FileAuditAnchor> forStore(const Settings &settings, const QString &databasePath,
                                                     const RecordCipher &cipher);

    QString description() const override;
    Result<Loaded> load() const override;
    Status update(const Decide &decide) override;
    const QString &path() const { return m_path; }

private:
    Status write(const AuditCheckpoint &checkpoint);

    QString m_path;
    QString m_storeId;
    std::unique_ptr<SecretKey> m_key;
};

// No anchor: the record key could not be opened (or was not asked for).
// load() and update() fail with the reason, which verify() reports.
class UnavailableAuditAnchor final : public AuditAnchor {
    Q_DECLARE_TR_FUNCTIONS(UnavailableAuditAnchor)
public:
    explicit UnavailableAuditAnchor(Error why) : m_why(std::move(why)) {}
    QString description() const override;
    Result<Loaded> load() const override { return std::unexpected(m_why); }
    Status update(const Decide &) override { return std::unexpected(m_why); }

private:
    Error m_why;
};

} // namespace kakanai
