#pragma once

#include "office/OfficeStore.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QProcess;

namespace kakanai::test {

// Several "PCs" of an office at once: kakanai-office-probe processes
// (tests/support/office/probe/main.cpp) started with QProcess, their stdout
// read as one JSON object per line. The office tests and bench/office use it
// for the change feed between processes and for N writers on one contended
// row; later issues add probe modes (queue, bookings) and reuse it.
//
//   ProbeSwarm swarm(ProbeSwarm::programFromEnvironment());
//   for (int i = 0; i < 6; ++i)
//       swarm.start(ProbeSwarm::storeArguments(options) + QStringList{"--wait-go", "take", ...});
//   QVERIFY2(swarm.waitAllFor("ready", 20000), qPrintable(swarm.report()));
//   swarm.sendGo();                       // all start at once
//   QVERIFY2(swarm.waitForFinished(60000), qPrintable(swarm.report()));
//   for (const QJsonObject &line : swarm.linesWithEvent("number")) ...
//
// Waits run the event loop until the lines are there (never a fixed sleep);
// a probe that exits stops the wait for it at once. The destructor kills the
// probes still running (each by its own QProcess).
class ProbeSwarm : public QObject {
    Q_OBJECT
public:
    // The probe built with the tests: $KAKANAI_OFFICE_PROBE (set by
    // tests/office/CMakeLists.txt and bench/office/CMakeLists.txt).
    static QString programFromEnvironment();
    // The probe's options for this store: --sqlite PATH or --pg-url URL
    // --password-file F, and --timeout-ms.
    static QStringList storeArguments(const OfficeStoreOptions &options);
    // CLOCK_MONOTONIC in ns: the clock of the probes' "mono" stamps.
    static qint64 monotonicNs();

    explicit ProbeSwarm(QString program, QObject *parent = nullptr);
    ~ProbeSwarm() override;

    // Starts one probe; returns its index.
    int start(const QStringList &arguments);
    int size() const { return int(m_probes.size()); }

    // Until probe `probe` has printed a line with this event (true), or it
    // exited, or the time is up (false).
    bool waitForEvent(int probe, const QString &event, int timeoutMs);
    // The same for every probe started so far.
    bool waitAllFor(const QString &event, int timeoutMs);
    // Until every probe has exited (true) or the time is up.
    bool waitForFinished(int timeoutMs);
    // Runs the event loop until done() holds (checked after every line and exit).
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);

    // A line on every probe's stdin: the --wait-go barrier.
    void sendGo();

    // Every line a probe printed, in order. A line that is not JSON comes as
    // {"event":"unparsed","text":...}.
    const QList<QJsonObject> &lines(int probe) const;
    // Lines with this event from every probe, each with "probe": its index.
    QList<QJsonObject> linesWithEvent(const QString &event) const;
    bool hasEvent(int probe, const QString &event) const;
    bool finished(int probe) const;
    // The exit code; -1 while running, -2 when it crashed or was killed.
    int exitCode(int probe) const;
    QString standardError(int probe) const;

    // Every probe's command line, exit and last lines of stderr: for a
    // failure's message.
    QString report() const;

signals:
    void progressed();

private:
    struct Probe {
        std::unique_ptr<QProcess> process;
        QStringList arguments;
        QByteArray pending;
        QList<QJsonObject> lines;
        QByteArray standardError;
        bool finished = false;
        int exitCode = -1;
    };
    void readOutput(int probe);

    QString m_program;
    std::vector<std::unique_ptr<Probe>> m_probes;
};

// Median, p99 and the extremes of a set of durations (ns), for the figures the
// feed test and the bench print.
struct DurationSummary {
    int count = 0;
    double minMs = 0;
    double medianMs = 0;
    double p99Ms = 0;
    double maxMs = 0;
    static DurationSummary of(QList<qint64> ns);
    QString toString() const;
};

} // namespace kakanai::test
