// kakanai-backoffice-sim: a local back office for the tests and the demo.
// See docs/backoffice-sim.md and the contract docs/backoffice-api.md.

#include "BackofficeServer.h"

#include "ToolCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <optional>

#include <sys/socket.h>
#include <unistd.h>

using namespace kakanai::backofficesim;

namespace {

using namespace kakanai::tools;

enum ExitCode {
    ExitOk = 0,       // stopped by SIGINT/SIGTERM
    ExitUsage = 1,    // bad command line
    ExitDatabase = 2, // the database could not be opened (or is from a newer simulator)
    ExitListen = 3,   // could not listen on --host/--port
};

int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM end the event loop through a socket pair (no Qt call in a signal handler).
bool installStopSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return false;
    struct sigaction sa{};
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return sigaction(SIGINT, &sa, nullptr) == 0 && sigaction(SIGTERM, &sa, nullptr) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kakanai-backoffice-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local back office (docs/backoffice-api.md) for the tests and the demo: it stores\n"
        "records in its own SQLite file, deduplicates by Idempotency-Key and can simulate\n"
        "faults. Once listening it prints \"kakanai-backoffice-sim: listening on http://HOST:PORT\"\n"
        "on stdout. See docs/backoffice-sim.md.\n"
        "\n"
        "Exit codes:\n"
        "  0  stopped by SIGINT/SIGTERM\n"
        "  1  bad command line\n"
        "  2  the database could not be opened (or was made by a newer simulator)\n"
        "  3  could not listen on --host/--port"));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption hostOpt(QStringLiteral("host"),
                                     QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                     QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("Port (default 8780; 0: any free port)."),
                                     QStringLiteral("PORT"), QStringLiteral("8780"));
    const QCommandLineOption dbOpt(QStringLiteral("db"),
                                   QStringLiteral("SQLite file for the records (default: in memory)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption tokenOpt(QStringLiteral("token"),
                                      QStringLiteral("Require \"Authorization: Bearer TOKEN\" on /records."),
                                      QStringLiteral("TOKEN"));
    const QCommandLineOption faultOpt(QStringLiteral("fault"),
                                      QStringLiteral("Fault at start: none, 500, 429, slow, garbage, drop, hang, "
                                                     "accept-then-hang, reject (default none)."),
                                      QStringLiteral("MODE"), QStringLiteral("none"));
    const QCommandLineOption countOpt(QStringLiteral("fault-count"),
                                      QStringLiteral("Apply the fault to the next N record requests only."),
                                      QStringLiteral("N"));
    const QCommandLineOption delayOpt(QStringLiteral("delay-ms"),
                                      QStringLiteral("Delay of the slow fault (default 2000)."), QStringLiteral("N"),
                                      QStringLiteral("2000"));
    const QCommandLineOption onOpt(QStringLiteral("fault-on"),
                                   QStringLiteral("Which record requests the fault applies to: post (POST /records, "
                                                  "default), get (GET /records/{key}) or all."),
                                   QStringLiteral("WHICH"), QStringLiteral("post"));
    const QCommandLineOption idleOpt(QStringLiteral("idle-timeout-ms"),
                                     QStringLiteral("Close a connection when no whole request came in N ms "
                                                    "(default 60000)."),
                                     QStringLiteral("N"), QStringLiteral("60000"));
    parser.addOptions({hostOpt, portOpt, dbOpt, tokenOpt, faultOpt, countOpt, delayOpt, onOpt, idleOpt});

    if (const auto exitNow = parseOrExit(parser, ExitOk, ExitUsage))
        return *exitNow;

    ServerOptions options;
    QString error;
    if (!options.address.setAddress(parser.value(hostOpt))) {
        printErr(QStringLiteral("--host must be an IP address, not \"%1\"").arg(parser.value(hostOpt)));
        return ExitUsage;
    }
    const auto port = intOption(parser, portOpt, 0, 65535, &error);
    const auto idle = port ? intOption(parser, idleOpt, 100, 24 * 3600 * 1000, &error) : std::nullopt;
    if (!port || !idle) {
        printErr(error);
        return ExitUsage;
    }
    options.port = static_cast<quint16>(*port);
    options.idleTimeoutMs = *idle;
    options.databasePath = parser.value(dbOpt);
    options.token = parser.value(tokenOpt);

    // The fault options go through the same checks as POST /_sim/fault.
    QJsonObject fault{{QStringLiteral("mode"), parser.value(faultOpt)}, {QStringLiteral("on"), parser.value(onOpt)}};
    for (const auto &[option, key] : {std::pair{&countOpt, QStringLiteral("count")},
                                      std::pair{&delayOpt, QStringLiteral("delayMs")}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const int v = parser.value(*option).toInt(&ok);
        if (!ok) {
            printErr(QStringLiteral("--%1 must be an integer").arg(option->names().constFirst()));
            return ExitUsage;
        }
        fault.insert(key, v);
    }
    const auto spec = FaultSpec::fromJson(fault);
    if (!spec) {
        printErr(QStringLiteral("bad fault options: %1").arg(spec.error()));
        return ExitUsage;
    }
    options.fault = *spec;
    if (!options.address.isLoopback())
        printErr(QStringLiteral("warning: listening on %1, not on loopback: records hold personal data")
                     .arg(options.address.toString()));

    if (!installStopSignals()) {
        printErr(QStringLiteral("cannot install the SIGINT/SIGTERM handlers"));
        return ExitUsage;
    }
    QSocketNotifier stopNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });

    BackofficeServer server(options);
    if (auto started = server.start(); !started) {
        printErr(started.error().message);
        return started.error().kind == BackofficeServer::StartError::Kind::Listen ? ExitListen : ExitDatabase;
    }
    printOut(QStringLiteral("listening on %1").arg(server.url().toString()));

    QCoreApplication::exec();
    server.stop();
    printErr(QStringLiteral("stopped"));
    return ExitOk;
}
