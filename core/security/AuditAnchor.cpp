#include "AuditAnchor.h"

#include "common/LogCategories.h"
#include "common/Settings.h"
#include "outbox/RecordCipher.h"
#include "outbox/SecretKey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace kakanai {

namespace {

// The MAC key's place among the record key's subkeys (SecretKey::derive).
// RecordKeyBinding's key id is a keyed BLAKE2b of its own label, not a
// crypto_kdf subkey, so the two never coincide.
constexpr char kMacKeyContext[9] = "kkanchor";
constexpr std::uint64_t kMacKeyId = 1;

constexpr qint64 kMaxCheckpointBytes = 64 * 1024;

// Holds an exclusive flock() on a file until destroyed (or the process ends).
class FileLock {
public:
    explicit FileLock(const QString &path)
    {
        const QByteArray native = QFile::encodeName(path);
        m_fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (m_fd < 0) {
            m_error = errno;
            return;
        }
        int rc;
        do {
            rc = ::flock(m_fd, LOCK_EX);
        } while (rc != 0 && errno == EINTR);
        if (rc != 0) {
            m_error = errno;
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~FileLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the lock
    }
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    bool isLocked() const { return m_fd >= 0; }
    QString errorText() const { return QString::fromLocal8Bit(std::strerror(m_error)); }

private:
    int m_fd = -1;
    int m_error = 0;
};

} // namespace

QString AuditAnchor::storeIdFor(const QString &databasePath)
{
    // The office store is named by its location: a server URL (no password
    // in it) as it is, a SQLite file ("sqlite:/…") by its path.
    QString canonical;
    if (databasePath.startsWith(QLatin1String("postgresql://"))) {
        canonical = databasePath;
    } else {
        const QFileInfo info(databasePath.startsWith(QLatin1String("sqlite:")) ? databasePath.mid(7) : databasePath);
        canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).left(16).toHex());
}

QByteArray AuditAnchor::headerValue() const
{
    const auto kept = load();
    if (!kept || kept->found != Found::Sealed)
        return {};
    return kept->checkpoint.toHeaderValue();
}

Status AuditAnchor::resealInto(AuditAnchor &renewed) const
{
    auto kept = load();
    if (!kept)
        return std::unexpected(kept.error());
    if (kept->found == Found::Nothing)
        return {};
    if (kept->found == Found::Forged)
        return fail(ErrorCode::AuditChainBroken,
                    QCoreApplication::translate("AuditAnchor",
                                                "The audit checkpoint does not verify with the old record key, so it "
                                                "was not sealed again with the new one. Check the audit log (kakanai-cli "
                                                "audit verify)."),
                    kept->problem);
    const AuditCheckpoint checkpoint = kept->checkpoint;
    return renewed.update([&checkpoint](const Loaded &) -> std::optional<AuditCheckpoint> { return checkpoint; });
}

std::unique_ptr<SecretKey> AuditAnchor::macKey(const RecordCipher &cipher)
{
    return cipher.deriveKey(kMacKeyId, kMacKeyContext);
}

FileAuditAnchor::FileAuditAnchor(QString path, QString storeId, std::unique_ptr<SecretKey> macKey)
    : m_path(std::move(path)), m_storeId(std::move(storeId)), m_key(std::move(macKey))
{}

FileAuditAnchor::~FileAuditAnchor() = default;

QString FileAuditAnchor::configuredPath(const Settings &settings, const QString &databasePath)
{
    QString dir = settings.string(SettingKey::AuditAnchorDir);
    if (dir.isEmpty())
        dir = QFileInfo(settings.fileName()).absolutePath();
    return QDir(dir).filePath(QStringLiteral("audit-anchor-%1.json").arg(storeIdFor(databasePath)));
}

std::unique_ptr<FileAuditAnchor> FileAuditAnchor::forStore(const Settings &settings, const QString &databasePath,
                                                           const RecordCipher &cipher)
{
    return std::make_unique<FileAuditAnchor>(configuredPath(settings, databasePath), storeIdFor(databasePath),
                                             macKey(cipher));
}

QString FileAuditAnchor::description() const
{
    return tr("checkpoint file %1").arg(QDir::toNativeSeparators(m_path));
}

Result<AuditAnchor::Loaded> FileAuditAnchor::load() const
{
    if (!m_key)
        return fail(ErrorCode::Internal, tr("No protected memory is available for the audit checkpoint key."));
    const QString where = QDir::toNativeSeparators(m_path);
    QFile file(m_path);
    if (!file.exists() && !QFileInfo(m_path).isSymLink())
        return Loaded{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The audit checkpoint file cannot be read."),
                    QStringLiteral("%1: %2").arg(where, file.errorString()));
    Loaded loaded;
    loaded.found = Found::Forged;
    if (file.size() > kMaxCheckpointBytes) {
        loaded.problem = tr("The checkpoint file is not an audit checkpoint.");
        return loaded;
    }
    const auto checkpoint = AuditCheckpoint::fromJson(file.readAll());
    if (!checkpoint) {
        loaded.problem = tr("The checkpoint file is not an audit checkpoint.");
        return loaded;
    }
    if (!checkpoint->isSealedBy(*m_key)) {
        loaded.problem = tr("The checkpoint's seal (MAC) does not match: it was changed, or written without this "
                            "store's record key.");
        return loaded;
    }
    if (checkpoint->store != m_storeId) {
        loaded.problem = tr("The checkpoint belongs to another store (%1).").arg(checkpoint->store);
        return loaded;
    }
    if (checkpoint->headSeq != checkpoint->entries) {
        loaded.problem = tr("The checkpoint does not agree with itself (entry count and newest entry differ).");
        return loaded;
    }
    loaded.found = Found::Sealed;
    loaded.checkpoint = *checkpoint;
    return loaded;
}

Status FileAuditAnchor::update(const Decide &decide)
{
    if (!m_key)
        return fail(ErrorCode::Internal, tr("No protected memory is available for the audit checkpoint key."));
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::PermissionDenied, tr("The folder for the audit checkpoint cannot be created."),
                    QDir::toNativeSeparators(info.absolutePath()));
    const FileLock lock(m_path + QStringLiteral(".lock"));
    if (!lock.isLocked())
        return fail(ErrorCode::Io, tr("The audit checkpoint file cannot be locked."),
                    QStringLiteral("%1.lock: %2").arg(QDir::toNativeSeparators(m_path), lock.errorText()));
    auto kept = load();
    if (!kept)
        return std::unexpected(kept.error());
    auto next = decide(*kept);
    if (!next)
        return {};
    return write(*next);
}

Status FileAuditAnchor::write(const AuditCheckpoint &checkpoint)
{
    AuditCheckpoint sealed = checkpoint;
    sealed.store = m_storeId;
    sealed.seal(*m_key);
    const QString where = QDir::toNativeSeparators(m_path);
    // QSaveFile: a temporary file beside it, flushed to disk, renamed over the old one.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("The audit checkpoint file cannot be written."),
                    QStringLiteral("%1: %2").arg(where, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(sealed.toJson());
    file.write("\n");
    if (!file.commit())
        return fail(file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                    tr("The audit checkpoint file cannot be written."),
                    QStringLiteral("%1: %2").arg(where, file.errorString()));
    qCDebug(lcSecurity) << "audit checkpoint at entry" << sealed.headSeq;
    return {};
}

QString UnavailableAuditAnchor::description() const
{
    return tr("no audit checkpoint");
}

} // namespace kakanai
