#include "FileKeyProvider.h"

#include "common/LogCategories.h"
#include "common/PrivateFiles.h"
#include "common/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sodium.h>

#include <cerrno>
#include <utility>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kakanai {

namespace {

// Closes a file descriptor on every way out.
class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

bool writeAll(int fd, const unsigned char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

// Reads exactly `size` bytes; false on a short file or an error.
bool readAll(int fd, unsigned char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::read(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

void syncDirectory(const QString &dir)
{
    const QByteArray native = QFile::encodeName(dir);
    Fd fd(::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0)
        ::fsync(fd.get());
}

} // namespace

FileKeyProvider::FileKeyProvider(QString path)
    : m_path(std::move(path))
{
}

QString FileKeyProvider::description() const
{
    return tr("key file %1").arg(QDir::toNativeSeparators(m_path));
}

QString FileKeyProvider::configuredPath(const Settings &settings)
{
    const QString configured = settings.string(SettingKey::RecordKeyFile);
    if (!configured.isEmpty())
        return configured;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("record.key"));
}

Result<std::unique_ptr<SecretKey>> FileKeyProvider::loadKey(MissingKey ifMissing)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, tr("The encryption library could not be started."));
    if (ifMissing == MissingKey::Create && !QFileInfo::exists(m_path) && !QFileInfo(m_path).isSymLink()) {
        bool alreadyExisted = false;
        auto created = create(&alreadyExisted);
        if (!alreadyExisted)
            return created;
        // Another process created it between our check and our link: use theirs.
    }
    return load(m_path);
}

Result<std::unique_ptr<SecretKey>> FileKeyProvider::load(const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    const QByteArray native = QFile::encodeName(path);
    Fd fd(::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    if (fd.get() < 0) {
        const int error = errno;
        if (error == ENOENT)
            return fail(ErrorCode::NotFound, tr("The record key file is missing."), where);
        if (error == ELOOP)
            return fail(ErrorCode::PermissionDenied,
                        tr("The record key file is a symbolic link. Replace it with the key file itself."), where);
        return fail(ErrorCode::PermissionDenied, tr("The record key file cannot be opened."),
                    QStringLiteral("%1: %2").arg(where, errnoText(error)));
    }
    struct stat st = {};
    if (::fstat(fd.get(), &st) != 0)
        return fail(ErrorCode::Io, tr("The record key file cannot be examined."), QStringLiteral("%1: %2").arg(where, errnoText(errno)));
    if (!S_ISREG(st.st_mode))
        return fail(ErrorCode::InvalidData, tr("The record key path is not a regular file."), where);
    if (st.st_uid != ::geteuid()) {
        return fail(ErrorCode::PermissionDenied,
                    tr("The record key file belongs to another user account. It must belong to the account "
                       "Kakanai runs as; records stay locked until this is fixed."),
                    where);
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return fail(ErrorCode::PermissionDenied,
                    tr("The record key file can be read or changed by other user accounts, so it is not used. "
                       "Make it private (chmod 600 on the file) and try again."),
                    QStringLiteral("%1: mode %2").arg(where).arg(st.st_mode & 07777, 4, 8, QLatin1Char('0')));
    }
    if (st.st_size != off_t(SecretKey::Size)) {
        return fail(ErrorCode::InvalidData,
                    tr("The record key file has the wrong size; it is damaged or not a Kakanai key file. "
                       "Restore it from the key backup."),
                    QStringLiteral("%1: %2 bytes").arg(where).arg(qint64(st.st_size)));
    }
    auto key = SecretKey::allocate();
    if (!key)
        return fail(ErrorCode::Internal, tr("No protected memory is available for the record key."));
    if (!readAll(fd.get(), key->writableData(), SecretKey::Size))
        return fail(ErrorCode::Io, tr("The record key file could not be read."), where);
    key->makeReadOnly();
    qCInfo(lcOutbox) << "record key loaded from" << where;
    return key;
}

Result<QString> FileKeyProvider::writeTemporary(const SecretKey &key)
{
    const QFileInfo info(m_path);
    const QString where = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!PrivateFiles::makePath(info.absolutePath()))
        return fail(ErrorCode::PermissionDenied, tr("The folder for the record key file cannot be created."),
                    QDir::toNativeSeparators(info.absolutePath()));
    // Written in full to a private temporary name, then linked or renamed
    // into place: nobody ever sees a partly written key.
    unsigned char suffix[8];
    randombytes_buf(suffix, sizeof suffix);
    const QString temp = info.absoluteFilePath() + QStringLiteral(".new-")
                         + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(suffix), sizeof suffix).toHex());
    const QByteArray nativeTemp = QFile::encodeName(temp);
    Fd fd(::open(nativeTemp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR));
    if (fd.get() < 0) {
        const int error = errno;
        return fail(error == ENOSPC ? ErrorCode::DiskFull : ErrorCode::PermissionDenied,
                    tr("The record key file cannot be created."), QStringLiteral("%1: %2").arg(where, errnoText(error)));
    }
    // The umask can only take bits away; make sure nothing else was set.
    ::fchmod(fd.get(), S_IRUSR | S_IWUSR);
    const bool ok = writeAll(fd.get(), key.data(), SecretKey::Size) && ::fsync(fd.get()) == 0;
    const int error = errno;
    if (!ok || ::close(fd.release()) != 0) {
        ::unlink(nativeTemp.constData());
        return fail(error == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Io, tr("The record key file could not be written."),
                    QStringLiteral("%1: %2").arg(where, errnoText(error)));
    }
    return temp;
}

Result<FileKeyProvider::Placed> FileKeyProvider::linkIntoPlace(const QString &temp)
{
    const QFileInfo info(m_path);
    const QByteArray nativeTemp = QFile::encodeName(temp);
    const QByteArray nativeFinal = QFile::encodeName(info.absoluteFilePath());
    // link() fails if the key file appeared meanwhile: a key is never replaced.
    const int linked = ::link(nativeTemp.constData(), nativeFinal.constData());
    const int linkError = errno;
    ::unlink(nativeTemp.constData());
    if (linked != 0) {
        if (linkError == EEXIST)
            return Placed::AlreadyExisted;
        return fail(ErrorCode::PermissionDenied, tr("The record key file cannot be created."),
                    QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(info.absoluteFilePath()), errnoText(linkError)));
    }
    syncDirectory(info.absolutePath());
    return Placed::Done;
}

Result<std::unique_ptr<SecretKey>> FileKeyProvider::create(bool *alreadyExisted)
{
    *alreadyExisted = false;
    auto key = SecretKey::allocate();
    if (!key)
        return fail(ErrorCode::Internal, tr("No protected memory is available for the record key."));
    randombytes_buf(key->writableData(), SecretKey::Size);
    key->makeReadOnly();
    auto temp = writeTemporary(*key);
    if (!temp)
        return std::unexpected(temp.error());
    auto placed = linkIntoPlace(*temp);
    if (!placed)
        return std::unexpected(placed.error());
    if (*placed == Placed::AlreadyExisted) {
        *alreadyExisted = true;
        return fail(ErrorCode::Internal, QString());
    }
    qCInfo(lcOutbox) << "created a new record key file at" << QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath());
    return key;
}

Status FileKeyProvider::storeKey(const SecretKey &key)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, tr("The encryption library could not be started."));
    auto temp = writeTemporary(key);
    if (!temp)
        return std::unexpected(temp.error());
    auto placed = linkIntoPlace(*temp);
    if (!placed)
        return std::unexpected(placed.error());
    if (*placed == Placed::AlreadyExisted)
        return fail(ErrorCode::InvalidArgument, tr("There is a record key file already; it is never overwritten."),
                    QDir::toNativeSeparators(m_path));
    qCInfo(lcOutbox) << "record key stored in" << QDir::toNativeSeparators(m_path);
    return {};
}

Status FileKeyProvider::storePending(const SecretKey &key)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, tr("The encryption library could not be started."));
    auto temp = writeTemporary(key);
    if (!temp)
        return std::unexpected(temp.error());
    const QByteArray nativeTemp = QFile::encodeName(*temp);
    const QByteArray nativePending = QFile::encodeName(pendingPath());
    if (::rename(nativeTemp.constData(), nativePending.constData()) != 0) {
        const int error = errno;
        ::unlink(nativeTemp.constData());
        return fail(error == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Io, tr("The new record key could not be written."),
                    QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(pendingPath()), errnoText(error)));
    }
    syncDirectory(QFileInfo(m_path).absolutePath());
    qCInfo(lcOutbox) << "new record key kept as pending in" << QDir::toNativeSeparators(pendingPath());
    return {};
}

Result<std::unique_ptr<SecretKey>> FileKeyProvider::loadPending()
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, tr("The encryption library could not be started."));
    if (!QFileInfo::exists(pendingPath()) && !QFileInfo(pendingPath()).isSymLink())
        return std::unique_ptr<SecretKey>();
    auto key = load(pendingPath());
    if (!key && key.error().code() == ErrorCode::NotFound)
        return std::unique_ptr<SecretKey>(); // removed meanwhile (promoted or discarded)
    return key;
}

Status FileKeyProvider::promotePending()
{
    // A pending key that would be refused as the key file is not promoted.
    auto pending = loadPending();
    if (!pending)
        return std::unexpected(pending.error());
    if (!*pending)
        return fail(ErrorCode::NotFound, tr("There is no new record key waiting to be put in place."),
                    QDir::toNativeSeparators(pendingPath()));
    const QByteArray nativePending = QFile::encodeName(pendingPath());
    const QByteArray nativeFinal = QFile::encodeName(m_path);
    // rename() replaces the key file in one step: it holds the old key or the new one, never neither.
    if (::rename(nativePending.constData(), nativeFinal.constData()) != 0) {
        const int error = errno;
        if (error == ENOENT)
            return fail(ErrorCode::NotFound, tr("There is no new record key waiting to be put in place."),
                        QDir::toNativeSeparators(pendingPath()));
        return fail(ErrorCode::Io, tr("The new record key could not be put in place of the old one."),
                    QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), errnoText(error)));
    }
    syncDirectory(QFileInfo(m_path).absolutePath());
    qCInfo(lcOutbox) << "pending record key put in place at" << QDir::toNativeSeparators(m_path);
    return {};
}

Status FileKeyProvider::discardPending()
{
    const QByteArray nativePending = QFile::encodeName(pendingPath());
    if (::unlink(nativePending.constData()) != 0) {
        const int error = errno;
        if (error == ENOENT)
            return {};
        return fail(ErrorCode::Io, tr("The unused new record key could not be removed."),
                    QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(pendingPath()), errnoText(error)));
    }
    syncDirectory(QFileInfo(m_path).absolutePath());
    qCInfo(lcOutbox) << "unused pending record key removed:" << QDir::toNativeSeparators(pendingPath());
    return {};
}

} // namespace kakanai
