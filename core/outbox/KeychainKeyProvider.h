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
// The qtkeychain jobs are asynchronous; each runs in a local QEventLoop, so
// this works before any window exists and in the CLI. A QCoreApplication
// must exist.
class KeychainKeyProvider final : public KeyProvider {
    Q_DECLARE_TR_FUNCTIONS(KeychainKeyProvider)
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    explicit KeychainKeyProvider(QString entryName, std::chrono::milliseconds timeout = DefaultTimeout);

    Result<std::unique_ptr<SecretKey>> loadKey(MissingKey ifMissing) override;
    QString description() const override;
    const QString &entryName() const { return m_entryName; }

    static QString serviceName();
    // "record-key/<TerminalId>": one key per counter PC and account, stable
    // when the database is moved, and readable in the keychain manager.
    static QString configuredEntryName(const Settings &settings);

private:
    QString m_entryName;
    std::chrono::milliseconds m_timeout;
};

// The provider the RecordKeyStore setting selects: FileKeyProvider ("file",
// the default) or KeychainKeyProvider ("keychain").
std::unique_ptr<KeyProvider> makeKeyProvider(const Settings &settings);

} // namespace kakanai
