#include "PrivateFiles.h"

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QStringList>

#include <sys/stat.h>

namespace kakanai::PrivateFiles {

void restrictUmask()
{
    ::umask(S_IRWXG | S_IRWXO);
}

bool makePath(const QString &folder)
{
    // The folders that do not exist yet, outermost first.
    QStringList missing;
    for (QFileInfo info(QDir::cleanPath(QFileInfo(folder).absoluteFilePath())); !info.exists();
         info = QFileInfo(info.absolutePath())) {
        missing.prepend(info.absoluteFilePath());
        if (info.isRoot() || info.absolutePath() == info.absoluteFilePath())
            break;
    }
    for (const QString &path : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(path);
        if (::mkdir(native.constData(), S_IRWXU) != 0 && errno != EEXIST)
            return false;
        // mkdir's mode is cut by the umask but never widened: set it exactly.
        if (::chmod(native.constData(), S_IRWXU) != 0)
            return false;
    }
    return QFileInfo(folder).isDir();
}

bool restrictFile(const QString &path)
{
    return ::chmod(QFile::encodeName(path).constData(), S_IRUSR | S_IWUSR) == 0;
}

bool restrictFile(QFileDevice &file)
{
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool isOwnerOnly(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    const mode_t mode = st.st_mode & 07777;
    return S_ISDIR(st.st_mode) ? mode == S_IRWXU : mode == (S_IRUSR | S_IWUSR);
}

} // namespace kakanai::PrivateFiles
