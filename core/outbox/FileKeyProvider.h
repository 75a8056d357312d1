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
class FileKeyProvider final : public KeyProvider {
    Q_DECLARE_TR_FUNCTIONS(FileKeyProvider)
public:
    explicit FileKeyProvider(QString path);

    Result<std::unique_ptr<SecretKey>> loadKey(MissingKey ifMissing) override;
    QString description() const override;
    const QString &path() const { return m_path; }

    // The RecordKeyFile setting, or <AppDataLocation>/record.key.
    static QString configuredPath(const Settings &settings);

private:
    Result<std::unique_ptr<SecretKey>> load();
    Result<std::unique_ptr<SecretKey>> create(bool *alreadyExisted);

    QString m_path;
};

} // namespace kakanai
