#include "KeychainKeyProvider.h"

#include "FileKeyProvider.h"
#include "KeychainJob.h"
#include "common/LogCategories.h"
#include "common/Settings.h"

#include <qt6keychain/keychain.h>

#include <sodium.h>

#include <cstring>
#include <functional>
#include <utility>

namespace kakanai {

using keychain::JobOutcome;
using keychain::runJob;
using keychain::wipeShared;

KeychainKeyProvider::KeychainKeyProvider(QString entryName, std::chrono::milliseconds timeout)
    : m_entryName(std::move(entryName))
    , m_timeout(timeout)
{
}

QString KeychainKeyProvider::serviceName()
{
    return QStringLiteral("Kakanai");
}

QString KeychainKeyProvider::configuredEntryName(const Settings &settings)
{
    return QStringLiteral("record-key/") + settings.string(SettingKey::TerminalId).trimmed();
}

QString KeychainKeyProvider::description() const
{
    return tr("keychain entry %1 / %2").arg(serviceName(), m_entryName);
}

Error KeychainKeyProvider::failure(bool finished, int keychainError, const QString &errorString, const QString &entry) const
{
    const QString where = tr("keychain entry %1 / %2").arg(serviceName(), entry);
    if (!finished) {
        const int timeoutSeconds = int((m_timeout.count() + 999) / 1000);
        return Error(ErrorCode::PermissionDenied,
                     tr("The keychain did not answer within %n second(s). It may be locked and waiting for its "
                        "password: unlock the keychain of this user account (for example by logging in to the "
                        "desktop again) and start Kakanai again.",
                        nullptr, timeoutSeconds),
                     where);
    }
    const QString detail = QStringLiteral("%1: %2 (%3)").arg(where, errorString).arg(keychainError);
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(ErrorCode::PermissionDenied,
                     tr("The keychain refused access to the record key. Unlock the keychain of this user "
                        "account and allow Kakanai to use it, then start Kakanai again."),
                     detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(ErrorCode::PermissionDenied,
                     tr("No keychain service (Secret Service, e.g. gnome-keyring) is running for this user "
                        "account, so the record key cannot be read. Ask the administrator to start the keychain "
                        "in the desktop session. Records stay locked until then."),
                     detail);
    default:
        return Error(ErrorCode::PermissionDenied,
                     tr("The keychain could not be used to read or store the record key. Check that the "
                        "keychain service (Secret Service) is running and unlocked for this user account, "
                        "then start Kakanai again."),
                     detail);
    }
}

Result<std::unique_ptr<SecretKey>> KeychainKeyProvider::readEntry(const QString &entry)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(entry);
    job->setInsecureFallback(false);
    std::unique_ptr<SecretKey> key;
    qsizetype storedSize = -1;
    bool noMemory = false;
    const JobOutcome outcome = runJob(job, m_timeout, [&](QKeychain::Job *done) {
        const QByteArray bytes = static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
        storedSize = bytes.size();
        if (done->error() == QKeychain::NoError && storedSize == qsizetype(SecretKey::Size)) {
            key = SecretKey::allocate();
            if (key) {
                std::memcpy(key->writableData(), bytes.constData(), SecretKey::Size);
                key->makeReadOnly();
            } else {
                noMemory = true;
            }
        }
        wipeShared(bytes);
    });
    if (outcome.finished && QKeychain::Error(outcome.error) == QKeychain::EntryNotFound)
        return std::unique_ptr<SecretKey>();
    if (!outcome.finished || QKeychain::Error(outcome.error) != QKeychain::NoError)
        return std::unexpected(failure(outcome.finished, outcome.error, outcome.errorString, entry));
    if (noMemory)
        return fail(ErrorCode::Internal, tr("No protected memory is available for the record key."));
    if (!key) {
        return fail(ErrorCode::InvalidData,
                    tr("The record key in the keychain has the wrong size; it is damaged or was not stored by "
                       "Kakanai. Restore it from the key backup."),
                    QStringLiteral("%1 / %2: %3 bytes").arg(serviceName(), entry).arg(storedSize));
    }
    return key;
}

Status KeychainKeyProvider::writeEntry(const QString &entry, const SecretKey &key)
{
    QByteArray transfer(reinterpret_cast<const char *>(key.data()), qsizetype(SecretKey::Size));
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(entry);
    job->setInsecureFallback(false);
    job->setBinaryData(transfer);
    const JobOutcome outcome = runJob(job, m_timeout);
    // After a timeout the job may still be sending these bytes: leave them
    // to it rather than store a wiped (all-zero) key.
    if (outcome.finished)
        wipeShared(transfer);
    if (!outcome.finished || QKeychain::Error(outcome.error) != QKeychain::NoError)
        return std::unexpected(failure(outcome.finished, outcome.error, outcome.errorString, entry));
    return {};
}

Status KeychainKeyProvider::deleteEntry(const QString &entry)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(entry);
    job->setInsecureFallback(false);
    const JobOutcome outcome = runJob(job, m_timeout);
    if (outcome.finished && (QKeychain::Error(outcome.error) == QKeychain::NoError || QKeychain::Error(outcome.error) == QKeychain::EntryNotFound))
        return {};
    return std::unexpected(failure(outcome.finished, outcome.error, outcome.errorString, entry));
}

Status KeychainKeyProvider::writeAndVerify(const QString &entry, const SecretKey &key)
{
    if (auto written = writeEntry(entry, key); !written)
        return written;
    auto stored = readEntry(entry);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored || sodium_memcmp((*stored)->data(), key.data(), SecretKey::Size) != 0) {
        return fail(ErrorCode::Io,
                    tr("The keychain accepted the new record key but does not return it. Check the keychain "
                       "service for this user account."),
                    tr("keychain entry %1 / %2").arg(serviceName(), entry));
    }
    return {};
}

Result<std::unique_ptr<SecretKey>> KeychainKeyProvider::loadKey(MissingKey ifMissing)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, tr("The encryption library could not be started."));
    auto existing = readEntry(m_entryName);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing) {
        qCInfo(lcOutbox) << "record key loaded from the keychain entry" << m_entryName;
        return std::move(*existing);
    }
    if (ifMissing == MissingKey::Refuse)
        return fail(ErrorCode::NotFound, tr("The record key is missing from the keychain."), description());

    // First use: a new key, stored, then read back so the key we hand out is
    // the one the keychain will give us next time.
    {
        auto fresh = SecretKey::allocate();
        if (!fresh)
            return fail(ErrorCode::Internal, tr("No protected memory is available for the record key."));
        randombytes_buf(fresh->writableData(), SecretKey::Size);
        fresh->makeReadOnly();
        if (auto written = writeEntry(m_entryName, *fresh); !written)
            return std::unexpected(written.error());
    }
    auto stored = readEntry(m_entryName);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored) {
        return fail(ErrorCode::Io,
                    tr("The keychain accepted the new record key but does not return it. Check the keychain "
                       "service for this user account."),
                    description());
    }
    qCInfo(lcOutbox) << "created a new record key in the keychain entry" << m_entryName;
    return std::move(*stored);
}

Status KeychainKeyProvider::storeKey(const SecretKey &key)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, tr("The encryption library could not be started."));
    // The Secret Service cannot "create only if absent"; the check just
    // before writing keeps an existing key from being overwritten by mistake.
    auto existing = readEntry(m_entryName);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::InvalidArgument, tr("There is a record key in the keychain already; it is never overwritten."),
                    description());
    if (auto stored = writeAndVerify(m_entryName, key); !stored)
        return stored;
    qCInfo(lcOutbox) << "record key stored in the keychain entry" << m_entryName;
    return {};
}

Status KeychainKeyProvider::storePending(const SecretKey &key)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, tr("The encryption library could not be started."));
    if (auto stored = writeAndVerify(pendingEntryName(), key); !stored)
        return stored;
    qCInfo(lcOutbox) << "new record key kept as pending in the keychain entry" << pendingEntryName();
    return {};
}

Result<std::unique_ptr<SecretKey>> KeychainKeyProvider::loadPending()
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, tr("The encryption library could not be started."));
    return readEntry(pendingEntryName());
}

Status KeychainKeyProvider::promotePending()
{
    auto pending = loadPending();
    if (!pending)
        return std::unexpected(pending.error());
    if (!*pending)
        return fail(ErrorCode::NotFound, tr("There is no new record key waiting to be put in place."),
                    tr("keychain entry %1 / %2").arg(serviceName(), pendingEntryName()));
    // The pending entry goes only once the key entry gives back the new key:
    // a failure in between leaves both, and the next start finishes the job.
    if (auto written = writeAndVerify(m_entryName, **pending); !written)
        return written;
    if (auto removed = deleteEntry(pendingEntryName()); !removed)
        qCWarning(lcOutbox) << "the pending record key entry could not be removed after promoting it:"
                            << removed.error().technicalDetail();
    qCInfo(lcOutbox) << "pending record key put in place in the keychain entry" << m_entryName;
    return {};
}

Status KeychainKeyProvider::discardPending()
{
    if (auto removed = deleteEntry(pendingEntryName()); !removed)
        return removed;
    return {};
}

std::unique_ptr<KeyProvider> makeKeyProvider(const Settings &settings)
{
    if (settings.string(SettingKey::RecordKeyStore) == QLatin1String("keychain"))
        return std::make_unique<KeychainKeyProvider>(KeychainKeyProvider::configuredEntryName(settings));
    return std::make_unique<FileKeyProvider>(FileKeyProvider::configuredPath(settings));
}

} // namespace kakanai
