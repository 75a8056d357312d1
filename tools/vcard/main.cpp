// kakanai-vcard: a virtual My Number card for the vpcd virtual reader.
// See docs/vcard.md.

#include "PersonFile.h"
#include "VirtualMyNumberCard.h"
#include "VpcdConnection.h"

#include "ToolCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <optional>

using namespace kakanai::vcard;

namespace {

using namespace kakanai::tools;

enum ExitCode {
    ExitOk = 0,            // stopped by SIGINT/SIGTERM, or removed by --remove-after
    ExitUsage = 1,         // bad command line
    ExitPersons = 2,       // persons file unreadable or invalid, or --index out of range
    ExitVpcdClosed = 3,    // vpcd closed the connection (pcscd stopped), without --reconnect
    ExitConnectFailed = 4, // could not connect within --connect-timeout-ms
    ExitSocketError = 5,   // any other socket error
};

QString hex2(int value)
{
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0')).toUpper();
}

// Header fields only: never VERIFY data (PINs) nor response data (personal data).
QString describeApdu(const QByteArray &apdu)
{
    if (apdu.size() < 4)
        return QStringLiteral("malformed (%1 bytes)").arg(apdu.size());
    const auto u = [&](int i) { return static_cast<unsigned char>(apdu.at(i)); };
    QString s = QStringLiteral("CLA=%1 INS=%2 P1=%3 P2=%4").arg(hex2(u(0)), hex2(u(1)), hex2(u(2)), hex2(u(3)));
    if (apdu.size() > 5) {
        const int lc = u(4);
        s += QStringLiteral(" Lc=%1").arg(lc);
        // The target of a SELECT (an AID or a file id) is not personal data.
        if (u(1) == 0xA4 && lc > 0 && apdu.size() >= 5 + lc)
            s += QStringLiteral(" target=%1").arg(QString::fromLatin1(apdu.mid(5, lc).toHex(' ').toUpper()));
    } else if (apdu.size() == 5) {
        s += QStringLiteral(" Le=%1").arg(u(4) == 0 ? 256 : u(4));
    }
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    VpcdConnection::installStopSignals();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kakanai-vcard"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A virtual My Number card (個人番号カード) for the vpcd virtual reader of pcscd.\n"
        "It connects to the reader's TCP port (= card inserted) and answers the reader's\n"
        "power/reset/ATR requests and command APDUs. Once connected it prints\n"
        "\"kakanai-vcard: inserted into HOST:PORT\" on stdout. See docs/vcard.md.\n"
        "\n"
        "Exit codes:\n"
        "  0  stopped by SIGINT/SIGTERM, or the card was removed by --remove-after\n"
        "  1  bad command line\n"
        "  2  persons file unreadable or invalid, or --index out of range\n"
        "  3  vpcd closed the connection (pcscd stopped) and --reconnect was not given\n"
        "  4  could not connect within --connect-timeout-ms\n"
        "  5  other socket error"));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption personsOpt(QStringLiteral("persons"), QStringLiteral("Persons JSON file."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption indexOpt(QStringLiteral("index"), QStringLiteral("Which person of the file (0-based)."),
                                      QStringLiteral("N"));
    const QCommandLineOption hostOpt(QStringLiteral("host"), QStringLiteral("vpcd host (default 127.0.0.1)."),
                                     QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     QStringLiteral("vpcd port (default 35963 = \"Virtual PCD 00 00\")."),
                                     QStringLiteral("PORT"), QStringLiteral("35963"));
    const QCommandLineOption foreignOpt(QStringLiteral("foreign"),
                                        QStringLiteral("Be a card that is not a My Number card: every My Number "
                                                       "AID answers 6A 82."));
    const QCommandLineOption removeAfterOpt(
        QStringLiteral("remove-after"),
        QStringLiteral("Pull the card out (close the socket, exit 0) after answering N command APDUs. "
                       "0: right after the first ATR request is answered."),
        QStringLiteral("N"));
    const QCommandLineOption delayOpt(QStringLiteral("delay-ms"), QStringLiteral("Wait N ms before each APDU answer."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption garbleOpt(QStringLiteral("garble-after"),
                                       QStringLiteral("After N command APDUs, answer every APDU with garbage "
                                                      "(random bytes ending in SW 12 34)."),
                                       QStringLiteral("N"));
    const QCommandLineOption maxChunkOpt(QStringLiteral("max-chunk"),
                                         QStringLiteral("Return at most N bytes per READ BINARY (1..256)."),
                                         QStringLiteral("N"), QStringLiteral("256"));
    const QCommandLineOption first6f00Opt(QStringLiteral("first-6f00"),
                                          QStringLiteral("Answer the first APDU after each power-on with 6F 00."));
    const QCommandLineOption timeoutOpt(QStringLiteral("connect-timeout-ms"),
                                        QStringLiteral("Keep retrying the connection this long (default 10000)."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption reconnectOpt(QStringLiteral("reconnect"),
                                          QStringLiteral("When vpcd closes the connection, connect again instead of "
                                                         "exiting 3."));
    const QCommandLineOption noQuickAckOpt(QStringLiteral("no-quickack"),
                                           QStringLiteral("Do not set TCP_QUICKACK (only to measure its effect: "
                                                          "~40 ms more per APDU)."));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"),
                                        QStringLiteral("Log connection retries, control codes and APDU headers with status words to "
                                                       "stderr (never PINs or file contents)."));
    parser.addOptions({personsOpt, indexOpt, hostOpt, portOpt, foreignOpt, removeAfterOpt, delayOpt, garbleOpt,
                       maxChunkOpt, first6f00Opt, timeoutOpt, reconnectOpt, noQuickAckOpt, verboseOpt});

    if (const auto exitNow = parseOrExit(parser, ExitOk, ExitUsage))
        return *exitNow;
    if (!parser.isSet(personsOpt) || !parser.isSet(indexOpt)) {
        printErr(QStringLiteral("--persons FILE and --index N are required (see --help)"));
        return ExitUsage;
    }

    QString error;
    const auto index = intOption(parser, indexOpt, 0, 1000000, &error);
    const auto port = intOption(parser, portOpt, 1, 65535, &error);
    const auto delayMs = intOption(parser, delayOpt, 0, 600000, &error);
    const auto maxChunk = intOption(parser, maxChunkOpt, 1, 256, &error);
    const auto timeoutMs = intOption(parser, timeoutOpt, 0, 24 * 3600 * 1000, &error);
    std::optional<int> removeAfter;
    std::optional<int> garbleAfter;
    bool numbersOk = index && port && delayMs && maxChunk && timeoutMs;
    if (numbersOk && parser.isSet(removeAfterOpt)) {
        removeAfter = intOption(parser, removeAfterOpt, 0, 1 << 30, &error);
        numbersOk = removeAfter.has_value();
    }
    if (numbersOk && parser.isSet(garbleOpt)) {
        garbleAfter = intOption(parser, garbleOpt, 0, 1 << 30, &error);
        numbersOk = garbleAfter.has_value();
    }
    if (!numbersOk) {
        printErr(error);
        return ExitUsage;
    }

    const auto persons = PersonFile::load(parser.value(personsOpt));
    if (!persons) {
        printErr(persons.error());
        return ExitPersons;
    }
    if (*index >= persons->size()) {
        printErr(QStringLiteral("--index %1 is out of range: the file holds %2 person(s)").arg(*index).arg(persons->size()));
        return ExitPersons;
    }

    CardOptions options;
    options.foreign = parser.isSet(foreignOpt);
    options.maxChunk = *maxChunk;
    options.first6F00 = parser.isSet(first6f00Opt);
    options.garbleAfter = garbleAfter.value_or(-1);
    VirtualMyNumberCard card(persons->at(*index), options);

    const bool verbose = parser.isSet(verboseOpt);
    const bool reconnect = parser.isSet(reconnectOpt);
    const QString host = parser.value(hostOpt);
    const QString where = QStringLiteral("%1:%2").arg(host).arg(*port);

    VpcdConnection conn;
    conn.setQuickAck(!parser.isSet(noQuickAckOpt));
    int answered = 0;

    for (;;) {
        const auto cs = conn.connectWithRetry(host, static_cast<quint16>(*port), *timeoutMs, &error,
                                              [&](const QString &why) {
                                                  if (verbose)
                                                      printErr(QStringLiteral("vpcd at %1 not reachable yet (%2); "
                                                                              "retrying for up to %3 ms")
                                                                   .arg(where, why)
                                                                   .arg(*timeoutMs));
                                              });
        if (cs == VpcdConnection::Status::Stopped)
            return ExitOk;
        if (cs == VpcdConnection::Status::Timeout) {
            printErr(error);
            return ExitConnectFailed;
        }
        if (cs != VpcdConnection::Status::Ok) {
            printErr(error);
            return ExitSocketError;
        }
        printOut(QStringLiteral("inserted into %1").arg(where));
        card.powerOff(); // a freshly inserted card has no power yet

        bool reconnecting = false;
        bool atrLogged = false;
        while (!reconnecting) {
            QByteArray payload;
            const auto rs = conn.readFrame(&payload, &error);
            if (rs == VpcdConnection::Status::Stopped) {
                conn.close();
                return ExitOk;
            }
            if (rs == VpcdConnection::Status::Eof) {
                conn.close();
                card.powerOff();
                if (!reconnect) {
                    printErr(QStringLiteral("vpcd at %1 closed the connection (pcscd stopped?)").arg(where));
                    return ExitVpcdClosed;
                }
                printErr(QStringLiteral("vpcd at %1 closed the connection; reconnecting").arg(where));
                reconnecting = true;
                continue;
            }
            if (rs != VpcdConnection::Status::Ok) {
                printErr(error);
                return ExitSocketError;
            }

            QByteArray reply;
            bool replyDue = false;
            bool removeNow = false;
            if (payload.isEmpty()) {
                if (verbose)
                    printErr(QStringLiteral("empty frame ignored"));
                continue;
            }
            if (payload.size() == 1) {
                const auto code = static_cast<unsigned char>(payload.at(0));
                switch (code) {
                case 0x00:
                    card.powerOff();
                    atrLogged = false;
                    if (verbose)
                        printErr(QStringLiteral("control 00: power off"));
                    break;
                case 0x01:
                    card.powerOn();
                    atrLogged = false;
                    if (verbose)
                        printErr(QStringLiteral("control 01: power on"));
                    break;
                case 0x02:
                    card.reset();
                    atrLogged = false;
                    if (verbose)
                        printErr(QStringLiteral("control 02: reset"));
                    break;
                case 0x04:
                    reply = VirtualMyNumberCard::atr();
                    replyDue = true;
                    removeNow = removeAfter && *removeAfter == 0;
                    // pcscd asks for the ATR to poll presence (~every 0.4 s): log the first only.
                    if (verbose && !atrLogged)
                        printErr(QStringLiteral("control 04: ATR %1 (repeats not logged)")
                                     .arg(QString::fromLatin1(reply.toHex(' ').toUpper())));
                    atrLogged = true;
                    break;
                default:
                    if (verbose)
                        printErr(QStringLiteral("control %1: unknown, ignored").arg(hex2(code)));
                    break;
                }
            } else {
                QElapsedTimer timer;
                timer.start();
                if (*delayMs > 0 && !VpcdConnection::sleepMs(*delayMs)) {
                    conn.close();
                    return ExitOk;
                }
                reply = card.processApdu(payload);
                replyDue = true;
                ++answered;
                removeNow = removeAfter && *removeAfter > 0 && answered >= *removeAfter;
                if (verbose) {
                    const auto sw1 = static_cast<unsigned char>(reply.at(reply.size() - 2));
                    const auto sw2 = static_cast<unsigned char>(reply.at(reply.size() - 1));
                    printErr(QStringLiteral("APDU #%1 %2 -> SW=%3%4, %5 data bytes, %6 ms")
                                 .arg(answered)
                                 .arg(describeApdu(payload), hex2(sw1), hex2(sw2))
                                 .arg(reply.size() - 2)
                                 .arg(static_cast<double>(timer.nsecsElapsed()) / 1e6, 0, 'f', 3));
                }
            }

            if (replyDue) {
                const auto ws = conn.writeFrame(reply, &error);
                if (ws == VpcdConnection::Status::Stopped) {
                    conn.close();
                    return ExitOk;
                }
                if (ws == VpcdConnection::Status::Eof) {
                    conn.close();
                    card.powerOff();
                    if (!reconnect) {
                        printErr(QStringLiteral("vpcd at %1 closed the connection (pcscd stopped?)").arg(where));
                        return ExitVpcdClosed;
                    }
                    reconnecting = true;
                    continue;
                }
                if (ws != VpcdConnection::Status::Ok) {
                    printErr(error);
                    return ExitSocketError;
                }
            }
            if (removeNow) {
                conn.close();
                printOut(QStringLiteral("removed from %1").arg(where));
                return ExitOk;
            }
        }
    }
}
