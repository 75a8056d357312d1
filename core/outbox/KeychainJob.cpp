#include "KeychainJob.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <sodium.h>

namespace kakanai::keychain {

JobOutcome runJob(QKeychain::Job *job, std::chrono::milliseconds timeout,
                  const std::function<void(QKeychain::Job *)> &takeResult)
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

void wipeShared(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(const_cast<char *>(bytes.constData()), std::size_t(bytes.size()));
}

} // namespace kakanai::keychain
