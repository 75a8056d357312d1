#include "KeychainKeyProvider.h"

#include "FileKeyProvider.h"
#include "common/LogCategories.h"
#include "common/Settings.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <sodium.h>

#include <cstring>
#include <functional>
#include <utility>

namespace kakanai {

namespace {

struct JobOutcome {
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
};

// Runs one qtkeychain job to its end or until `timeout`. `takeResult` runs
// inside the finished signal, while the job (and its data) still exists. After
// a timeout the job deletes itself whenever it finishes; its signal no longer
// reaches us because the loop it was connected through is gone.
JobOutcome runJob(QKeychain::Job *job, std::chrono::milliseconds timeout, const std::function<void(QKeychain::Job *)> &takeResult = {})
{
    job->setAutoDelete(true);
    JobOutcome outcome;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        outcome.finished = true;
        outcome.error = done->error();
        outcome.errorString = done->errorString();
        if (takeResult)
            takeResult(done);
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome.finished)
        loop.exec();
    return outcome;
}

// Overwrites a QByteArray's buffer in place, without detaching: the bytes a
// finished job shares with us are wiped too.
void wipeShared(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(const_cast<char *>(bytes.constData()), std::size_t(bytes.size()));
}

} // namespace

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

Result<std::unique_ptr<SecretKey>> KeychainKeyProvider::loadKey(MissingKey ifMissing)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, tr("The encryption library could not be started."));
    const QString where = description();
    const int timeoutSeconds = int((m_timeout.count() + 999) / 1000);

    // Shared by reading and writing: what each failure means to an administrator.
    const auto failure = [&](const JobOutcome &outcome) -> Error {
        if (!outcome.finished) {
            return Error(ErrorCode::PermissionDenied,
                         tr("The keychain did not answer within %n second(s). It may be locked and waiting for its "
                            "password: unlock the keychain of this user account (for example by logging in to the "
                            "desktop again) and start Kakanai again.",
                            nullptr, timeoutSeconds),
                         where);
        }
        const QString detail = QStringLiteral("%1: %2 (%3)").arg(where, outcome.errorString).arg(int(outcome.error));
        switch (outcome.error) {
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
    };

    // Reads the entry into secure memory; nullptr with EntryNotFound when it is absent.
    const auto read = [&]() -> Result<std::unique_ptr<SecretKey>> {
        auto *job = new QKeychain::ReadPasswordJob(serviceName());
        job->setKey(m_entryName);
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
        if (outcome.finished && outcome.error == QKeychain::EntryNotFound)
            return std::unique_ptr<SecretKey>();
        if (!outcome.finished || outcome.error != QKeychain::NoError)
            return std::unexpected(failure(outcome));
        if (noMemory)
            return fail(ErrorCode::Internal, tr("No protected memory is available for the record key."));
        if (!key) {
            return fail(ErrorCode::InvalidData,
                        tr("The record key in the keychain has the wrong size; it is damaged or was not stored by "
                           "Kakanai. Restore it from the key backup."),
                        QStringLiteral("%1: %2 bytes").arg(where).arg(storedSize));
        }
        return key;
    };

    auto existing = read();
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing) {
        qCInfo(lcOutbox) << "record key loaded from the keychain entry" << m_entryName;
        return std::move(*existing);
    }
    if (ifMissing == MissingKey::Refuse)
        return fail(ErrorCode::NotFound, tr("The record key is missing from the keychain."), where);

    // First use: a new key, stored, then read back so the key we hand out is
    // the one the keychain will give us next time.
    {
        auto fresh = SecretKey::allocate();
        if (!fresh)
            return fail(ErrorCode::Internal, tr("No protected memory is available for the record key."));
        randombytes_buf(fresh->writableData(), SecretKey::Size);
        QByteArray transfer(reinterpret_cast<const char *>(fresh->data()), qsizetype(SecretKey::Size));
        fresh.reset();
        auto *job = new QKeychain::WritePasswordJob(serviceName());
        job->setKey(m_entryName);
        job->setInsecureFallback(false);
        job->setBinaryData(transfer);
        const JobOutcome outcome = runJob(job, m_timeout);
        // After a timeout the job may still be sending these bytes: leave them
        // to it rather than store a wiped (all-zero) key.
        if (outcome.finished)
            wipeShared(transfer);
        if (!outcome.finished || outcome.error != QKeychain::NoError)
            return std::unexpected(failure(outcome));
    }
    auto stored = read();
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored) {
        return fail(ErrorCode::Io,
                    tr("The keychain accepted the new record key but does not return it. Check the keychain "
                       "service for this user account."),
                    where);
    }
    qCInfo(lcOutbox) << "created a new record key in the keychain entry" << m_entryName;
    return std::move(*stored);
}

std::unique_ptr<KeyProvider> makeKeyProvider(const Settings &settings)
{
    if (settings.string(SettingKey::RecordKeyStore) == QLatin1String("keychain"))
        return std::make_unique<KeychainKeyProvider>(KeychainKeyProvider::configuredEntryName(settings));
    return std::make_unique<FileKeyProvider>(FileKeyProvider::configuredPath(settings));
}

} // namespace kakanai
