#include "ProbeSwarm.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace kakanai::test {

QString ProbeSwarm::programFromEnvironment()
{
    return qEnvironmentVariable("KAKANAI_OFFICE_PROBE");
}

QStringList ProbeSwarm::storeArguments(const OfficeStoreOptions &options)
{
    QStringList args;
    if (options.location.engine() == OfficeLocation::Engine::Sqlite) {
        args << QStringLiteral("--sqlite") << options.location.path();
    } else {
        // display() keeps host, port, database, user and sslmode: all a test store has.
        args << QStringLiteral("--pg-url") << options.location.display();
        if (!options.passwordFile.isEmpty())
            args << QStringLiteral("--password-file") << options.passwordFile;
    }
    args << QStringLiteral("--timeout-ms") << QString::number(options.timeoutMs);
    return args;
}

qint64 ProbeSwarm::monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

ProbeSwarm::ProbeSwarm(QString program, QObject *parent) : QObject(parent), m_program(std::move(program))
{}

ProbeSwarm::~ProbeSwarm()
{
    for (const auto &probe : m_probes) {
        if (probe->process->state() == QProcess::NotRunning)
            continue;
        probe->process->disconnect(this);
        probe->process->kill();
        probe->process->waitForFinished(5000);
    }
}

int ProbeSwarm::start(const QStringList &arguments)
{
    const int index = int(m_probes.size());
    auto probe = std::make_unique<Probe>();
    probe->arguments = arguments;
    probe->process = std::make_unique<QProcess>();
    QProcess *process = probe->process.get();
    connect(process, &QProcess::readyReadStandardOutput, this, [this, index] { readOutput(index); });
    connect(process, &QProcess::readyReadStandardError, this, [this, index] {
        Probe &p = *m_probes[size_t(index)];
        p.standardError += p.process->readAllStandardError();
        // The tail is what explains a failure; do not let a chatty probe grow it without end.
        if (p.standardError.size() > 64 * 1024)
            p.standardError = p.standardError.right(32 * 1024);
    });
    connect(process, &QProcess::finished, this, [this, index](int code, QProcess::ExitStatus status) {
        Probe &p = *m_probes[size_t(index)];
        readOutput(index);
        p.standardError += p.process->readAllStandardError();
        p.finished = true;
        p.exitCode = status == QProcess::NormalExit ? code : -2;
        emit progressed();
    });
    connect(process, &QProcess::errorOccurred, this, [this, index](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        Probe &p = *m_probes[size_t(index)];
        p.finished = true;
        p.exitCode = -2;
        p.standardError += "failed to start: " + p.process->errorString().toUtf8();
        emit progressed();
    });
    m_probes.push_back(std::move(probe));
    process->start(m_program, arguments);
    return index;
}

void ProbeSwarm::readOutput(int index)
{
    Probe &p = *m_probes[size_t(index)];
    p.pending += p.process->readAllStandardOutput();
    bool any = false;
    for (qsizetype end = p.pending.indexOf('\n'); end >= 0; end = p.pending.indexOf('\n')) {
        const QByteArray line = p.pending.left(end);
        p.pending.remove(0, end + 1);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            p.lines.append(doc.object());
        else
            p.lines.append(QJsonObject{{QStringLiteral("event"), QStringLiteral("unparsed")},
                                       {QStringLiteral("text"), QString::fromUtf8(line)}});
        any = true;
    }
    if (any)
        emit progressed();
}

bool ProbeSwarm::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto connection = connect(this, &ProbeSwarm::progressed, &loop, [&] {
        if (done())
            loop.quit();
    });
    deadline.start(timeoutMs);
    loop.exec();
    disconnect(connection);
    return done();
}

bool ProbeSwarm::waitForEvent(int probe, const QString &event, int timeoutMs)
{
    waitUntil([&] { return hasEvent(probe, event) || finished(probe); }, timeoutMs);
    return hasEvent(probe, event);
}

bool ProbeSwarm::waitAllFor(const QString &event, int timeoutMs)
{
    const auto allHave = [&] {
        for (int i = 0; i < size(); ++i)
            if (!hasEvent(i, event))
                return false;
        return true;
    };
    const auto settled = [&] {
        for (int i = 0; i < size(); ++i)
            if (!hasEvent(i, event) && !finished(i))
                return false;
        return true;
    };
    waitUntil(settled, timeoutMs);
    return allHave();
}

bool ProbeSwarm::waitForFinished(int timeoutMs)
{
    return waitUntil(
        [&] {
            for (int i = 0; i < size(); ++i)
                if (!finished(i))
                    return false;
            return true;
        },
        timeoutMs);
}

void ProbeSwarm::sendGo()
{
    for (const auto &probe : m_probes)
        if (probe->process->state() == QProcess::Running)
            probe->process->write("go\n");
    for (const auto &probe : m_probes)
        if (probe->process->state() == QProcess::Running)
            probe->process->waitForBytesWritten(1000);
}

const QList<QJsonObject> &ProbeSwarm::lines(int probe) const
{
    return m_probes[size_t(probe)]->lines;
}

QList<QJsonObject> ProbeSwarm::linesWithEvent(const QString &event) const
{
    QList<QJsonObject> found;
    for (int i = 0; i < size(); ++i)
        for (QJsonObject line : lines(i))
            if (line.value(QStringLiteral("event")).toString() == event) {
                line.insert(QStringLiteral("probe"), i);
                found.append(line);
            }
    return found;
}

bool ProbeSwarm::hasEvent(int probe, const QString &event) const
{
    return std::ranges::any_of(
        lines(probe), [&](const QJsonObject &line) { return line.value(QStringLiteral("event")).toString() == event; });
}

bool ProbeSwarm::finished(int probe) const
{
    return m_probes[size_t(probe)]->finished;
}

int ProbeSwarm::exitCode(int probe) const
{
    return m_probes[size_t(probe)]->exitCode;
}

QString ProbeSwarm::standardError(int probe) const
{
    return QString::fromUtf8(m_probes[size_t(probe)]->standardError);
}

QString ProbeSwarm::report() const
{
    QString text;
    for (int i = 0; i < size(); ++i) {
        const Probe &p = *m_probes[size_t(i)];
        text += QStringLiteral("\nprobe %1: %2 %3\n  %4, %5 lines")
                    .arg(i)
                    .arg(m_program, p.arguments.join(u' '),
                         p.finished ? QStringLiteral("exit %1").arg(p.exitCode) : QStringLiteral("running"))
                    .arg(p.lines.size());
        // The last few lines say where it stopped; all of them would drown the message.
        for (qsizetype l = std::max<qsizetype>(0, p.lines.size() - 3); l < p.lines.size(); ++l)
            text += QStringLiteral("\n  > ")
                    + QString::fromUtf8(QJsonDocument(p.lines.at(l)).toJson(QJsonDocument::Compact));
        const QString err = QString::fromUtf8(p.standardError).trimmed();
        if (!err.isEmpty())
            text += QStringLiteral("\n  stderr: ") + err.right(1500);
    }
    return text;
}

DurationSummary DurationSummary::of(QList<qint64> ns)
{
    DurationSummary s;
    s.count = int(ns.size());
    if (ns.isEmpty())
        return s;
    std::sort(ns.begin(), ns.end());
    const auto ms = [](qint64 v) { return double(v) / 1e6; };
    // Nearest rank: the smallest value with at least p% of the values at or below it.
    const auto rank = [&](double p) {
        const qsizetype r = qsizetype(std::ceil(p * double(ns.size()))) - 1;
        return ns.at(std::clamp<qsizetype>(r, 0, ns.size() - 1));
    };
    s.minMs = ms(ns.first());
    s.medianMs = ms(rank(0.5));
    s.p99Ms = ms(rank(0.99));
    s.maxMs = ms(ns.last());
    return s;
}

QString DurationSummary::toString() const
{
    return QStringLiteral("n=%1 min %2 ms, median %3 ms, p99 %4 ms, max %5 ms")
        .arg(count)
        .arg(minMs, 0, 'f', 2)
        .arg(medianMs, 0, 'f', 2)
        .arg(p99Ms, 0, 'f', 2)
        .arg(maxMs, 0, 'f', 2);
}

} // namespace kakanai::test
