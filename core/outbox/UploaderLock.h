#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace kakanai {

// "Only one uploader per database", across processes: an exclusive flock(2)
// on a lock file next to the database. The kernel drops the lock when the
// holder exits in any way — kill -9 and power cuts included — so there is
// never a stale lock to clean up. Released when the object is destroyed.
class UploaderLock {
    Q_DECLARE_TR_FUNCTIONS(UploaderLock)
public:
    // DatabaseLocked when another live process holds it.
    static Result<std::unique_ptr<UploaderLock>> acquire(const QString &path);
    ~UploaderLock();
    UploaderLock(const UploaderLock &) = delete;
    UploaderLock &operator=(const UploaderLock &) = delete;

    const QString &path() const { return m_path; }

private:
    UploaderLock(QString path, int fd) : m_path(std::move(path)), m_fd(fd) {}
    QString m_path;
    int m_fd;
};

} // namespace kakanai
