#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace kakanai {

class Settings;

// A short secret in the desktop session's keychain (Secret Service through
// qtkeychain), beside the record key: the office store role's password when
// office/passwordStore is "keychain" (docs/admin/office.md). Service
// "Kakanai", entry "office-password/<terminal id>".
class KeychainSecret {
    Q_DECLARE_TR_FUNCTIONS(KeychainSecret)
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    static QString officePasswordEntry(const Settings &settings);
    // The office store's password when the settings keep it in the keychain;
    // nullopt when they keep it in a file (office/passwordFile) instead.
    static Result<std::optional<QString>> officePassword(const Settings &settings,
                                                         std::chrono::milliseconds timeout = DefaultTimeout);
    // officePassword() into `password` when the settings keep it in the
    // keychain; `password` is left alone when they keep it in a file.
    static Status fillOfficePassword(const Settings &settings, QString &password);

    // NotFound when there is no such entry.
    static Result<QString> read(const QString &entry, std::chrono::milliseconds timeout = DefaultTimeout);
    // Stores and reads back: a keychain that accepts but does not keep it is caught.
    static Status write(const QString &entry, const QString &secret,
                        std::chrono::milliseconds timeout = DefaultTimeout);

private:
    static Error failure(bool finished, int keychainError, const QString &errorString, const QString &entry,
                         std::chrono::milliseconds timeout);
};

} // namespace kakanai
