#pragma once

#include "KeyProvider.h"

#include <QCoreApplication>
#include <QString>

namespace kakanai {

class Settings;

// The record key in a file of exactly 32 random bytes, mode 0600.
//  - Missing: created with randombytes_buf(), written to a temporary file with
//    mode 0600 and linked into place, so a half-written key file is never
//    seen and two processes starting together agree on one key.
//  - Present: refused if it is not a regular file, belongs to another
//    account, can be read or written by group/others, or is not 32 bytes.
//  - Pending (a rotation's new key): `<key file>.pending`, written and
//    checked the same way; promoted by rename() over the key file, so the
//    key file is always one whole key, the old or the new.
class FileKeyProvider final : public KeyProvider {
    Q_DECLARE_TR_FUNCTIONS(FileKeyProvider)
public:
    explicit FileKeyProvider(QString path);

    Result<std::unique_ptr<SecretKey>> loadKey(MissingKey ifMissing) override;
    Status storeKey(const SecretKey &key) override;
    Status storePending(const SecretKey &key) override;
    Result<std::unique_ptr<SecretKey>> loadPending() override;
    Status promotePending() override;
    Status discardPending() override;
    QString description() const override;
    const QString &path() const { return m_path; }
    QString pendingPath() const { return m_path + QStringLiteral(".pending"); }

    // The RecordKeyFile setting, or <AppDataLocation>/record.key.
    static QString configuredPath(const Settings &settings);

private:
    // The key file at `path`; NotFound when there is none.
    Result<std::unique_ptr<SecretKey>> load(const QString &path);
    Result<std::unique_ptr<SecretKey>> create(bool *alreadyExisted);
    // `key` in a private temporary file beside the key file, flushed to disk; its path.
    Result<QString> writeTemporary(const SecretKey &key);
    // Links a written temporary file to the key file's name; AlreadyExisted when one is there.
    enum class Placed { Done, AlreadyExisted };
    Result<Placed> linkIntoPlace(const QString &temp);

    QString m_path;
};

} // namespace kakanai
