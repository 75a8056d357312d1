#include "KeychainSecret.h"

#include "KeychainJob.h"
#include "KeychainKeyProvider.h"
#include "common/Settings.h"

#include <qt6keychain/keychain.h>

namespace kakanai {

QString KeychainSecret::officePasswordEntry(const Settings &settings)
{
    return QStringLiteral("office-password/") + settings.string(SettingKey::TerminalId).trimmed();
}

Result<std::optional<QString>> KeychainSecret::officePassword(const Settings &settings,
                                                              std::chrono::milliseconds timeout)
{
    if (settings.string(SettingKey::OfficePasswordStore) != QLatin1String("keychain"))
        return std::nullopt;
    auto secret = read(officePasswordEntry(settings), timeout);
    if (!secret) {
        if (secret.error().code() == ErrorCode::NotFound)
            return fail(ErrorCode::NotFound,
                        tr("The office store's password is not in the keychain yet. Store it with "
                           "kakanai-cli office store-password (as this user, on this PC)."),
                        secret.error().technicalDetail());
        return std::unexpected(secret.error());
    }
    return std::optional<QString>(*secret);
}

Status KeychainSecret::fillOfficePassword(const Settings &settings, QString &password)
{
    auto kept = officePassword(settings);
    if (!kept)
        return std::unexpected(kept.error());
    if (*kept)
        password = **kept;
    return {};
}

Error KeychainSecret::failure(bool finished, int keychainError, const QString &errorString, const QString &entry,
                              std::chrono::milliseconds timeout)
{
    const QString where = QStringLiteral("%1 / %2").arg(KeychainKeyProvider::serviceName(), entry);
    if (!finished)
        return Error(ErrorCode::PermissionDenied,
                     tr("The keychain did not answer within %n second(s). It may be locked: unlock the keychain "
                        "of this user account and try again.",
                        nullptr, int((timeout.count() + 999) / 1000)),
                     where);
    return Error(ErrorCode::PermissionDenied,
                 tr("The keychain could not be used for the office store's password. Check that the keychain "
                    "service (Secret Service) is running and unlocked for this user account."),
                 QStringLiteral("%1: %2 (%3)").arg(where, errorString).arg(keychainError));
}

Result<QString> KeychainSecret::read(const QString &entry, std::chrono::milliseconds timeout)
{
    auto *job = new QKeychain::ReadPasswordJob(KeychainKeyProvider::serviceName());
    job->setKey(entry);
    job->setInsecureFallback(false);
    QString secret;
    const keychain::JobOutcome outcome = keychain::runJob(job, timeout, [&](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            secret = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
    });
    if (outcome.finished && QKeychain::Error(outcome.error) == QKeychain::EntryNotFound)
        return fail(ErrorCode::NotFound, tr("There is no such keychain entry."),
                    QStringLiteral("%1 / %2").arg(KeychainKeyProvider::serviceName(), entry));
    if (!outcome.finished || QKeychain::Error(outcome.error) != QKeychain::NoError)
        return std::unexpected(failure(outcome.finished, outcome.error, outcome.errorString, entry, timeout));
    return secret;
}

Status KeychainSecret::write(const QString &entry, const QString &secret, std::chrono::milliseconds timeout)
{
    if (secret.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("The password is empty."), entry);
    auto *job = new QKeychain::WritePasswordJob(KeychainKeyProvider::serviceName());
    job->setKey(entry);
    job->setInsecureFallback(false);
    job->setTextData(secret);
    const keychain::JobOutcome outcome = keychain::runJob(job, timeout);
    if (!outcome.finished || QKeychain::Error(outcome.error) != QKeychain::NoError)
        return std::unexpected(failure(outcome.finished, outcome.error, outcome.errorString, entry, timeout));
    auto back = read(entry, timeout);
    if (!back)
        return std::unexpected(back.error());
    if (*back != secret)
        return fail(ErrorCode::Io,
                    tr("The keychain accepted the password but does not return it. Check the keychain service for "
                       "this user account."),
                    entry);
    return {};
}

} // namespace kakanai
