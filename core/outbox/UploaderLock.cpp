#include "UploaderLock.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace kakanai {

Result<std::unique_ptr<UploaderLock>> UploaderLock::acquire(const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        return fail(ErrorCode::PermissionDenied, tr("The uploader lock file cannot be created next to the database."),
                    QStringLiteral("%1: %2").arg(where, QString::fromLocal8Bit(std::strerror(errno))));
    }
    int rc = 0;
    do {
        rc = ::flock(fd, LOCK_EX | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        const int error = errno;
        // Who holds it, for the message (written by the holder; may be empty).
        char buffer[32] = {};
        const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
        ::close(fd);
        const QString holder = n > 0 ? QString::fromLatin1(buffer, int(n)).trimmed() : QStringLiteral("?");
        if (error == EWOULDBLOCK) {
            return fail(ErrorCode::DatabaseLocked,
                        tr("Another Kakanai program is already sending this computer's records (process %1).").arg(holder),
                        where);
        }
        return fail(ErrorCode::Io, tr("The uploader lock file cannot be locked."),
                    QStringLiteral("%1: %2").arg(where, QString::fromLocal8Bit(std::strerror(error))));
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) == 0) {
        [[maybe_unused]] const ssize_t written = ::pwrite(fd, pid.constData(), size_t(pid.size()), 0);
    }
    return std::unique_ptr<UploaderLock>(new UploaderLock(path, fd));
}

UploaderLock::~UploaderLock()
{
    // Closing the descriptor releases the flock; the file itself stays (an
    // unlink here could race with the next holder's open).
    ::close(m_fd);
}

} // namespace kakanai
