#pragma once

#include "KeyProvider.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>

namespace kakanai {

class Settings;

// The record key in the desktop session's keychain (Secret Service through
// qtkeychain: gnome-keyring, KWallet). Service "Kakanai", entry
// "record-key/<terminal id>", value: the 32 raw key bytes.
//  - Missing: created with randombytes_buf(), stored, then read back so a
//    keychain that accepts but does not keep the entry is caught at once.
//  - No Secret Service, locked keychain, access denied or no answer within
//    `timeout`: an Error; the caller refuses to start. There is deliberately
//    no fallback to a key file (records sealed with the keychain key would
//    become unreadable).
//  - Pending (a rotation's new key): a second entry "<entry>.pending". The
//    Secret Service has no rename: promoting writes the key entry, reads it
//    back, and only then deletes the pending entry.
// The qtkeychain jobs are asynchronous; each runs in a local QEventLoop, so
// this works before any window exists and in the CLI. A QCoreApplication
// must exist.
class KeychainKeyProvider final : public KeyProvider {
    Q_DECLARE_TR_FUNCTIONS(KeychainKeyProvider)
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    explicit KeychainKeyProvider(QString entryName, std::chrono::milliseconds timeout = DefaultTimeout);

    Result<std::unique_ptr<SecretKey>> loadKey(MissingKey ifMissing) override;
    Status storeKey(const SecretKey &key) override;
    Status storePending(const SecretKey &key) override;
    Result<std::unique_ptr<SecretKey>> loadPending() override;
    Status promotePending() override;
    Status discardPending() override;
    QString description() const override;
    const QString &entryName() const { return m_entryName; }
    QString pendingEntryName() const { return m_entryName + QStringLiteral(".pending"); }

    static QString serviceName();
    // "record-key/<TerminalId>": one key per counter PC and account, stable
    // when the database is moved, and readable in the keychain manager.
    static QString configuredEntryName(const Settings &settings);

private:
    // The entry's key; nullptr when the entry is absent.
    Result<std::unique_ptr<SecretKey>> readEntry(const QString &entry);
    Status writeEntry(const QString &entry, const SecretKey &key);
    // No error when the entry is absent.
    Status deleteEntry(const QString &entry);
    // Writes `key` to `entry` and checks that the keychain gives it back.
    Status writeAndVerify(const QString &entry, const SecretKey &key);
    Error failure(bool finished, int keychainError, const QString &errorString, const QString &entry) const;

    QString m_entryName;
    std::chrono::milliseconds m_timeout;
};

// The provider the RecordKeyStore setting selects: FileKeyProvider ("file",
// the default) or KeychainKeyProvider ("keychain").
std::unique_ptr<KeyProvider> makeKeyProvider(const Settings &settings);

} // namespace kakanai
