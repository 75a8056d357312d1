#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace kakanai::keychain {

struct JobOutcome {
    bool finished = false;
    int error = 0; // QKeychain::Error
    QString errorString;
};

// Runs one qtkeychain job to its end or until `timeout`, in a local event
// loop (so it works before any window exists and in the CLI). `takeResult`
// runs inside the finished signal, while the job (and its data) still
// exists. After a timeout the job deletes itself whenever it finishes; its
// signal no longer reaches us because the loop it was connected through is gone.
JobOutcome runJob(QKeychain::Job *job, std::chrono::milliseconds timeout,
                  const std::function<void(QKeychain::Job *)> &takeResult = {});

// Overwrites a QByteArray's buffer in place, without detaching: the bytes a
// finished job shares with us are wiped too.
void wipeShared(const QByteArray &bytes);

} // namespace kakanai::keychain
