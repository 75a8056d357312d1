// bench_card_read: how long kakanai takes from "card in the reader" to a
// checked CardHolder (connect → transaction → SELECT/VERIFY/READ … → digest
// check → power-off), against card_read_baseline, a minimal C program that
// sends the same APDUs with raw PC/SC. Prints both medians, their ratio and
// the APDU counts; asserts nothing about speed. It does assert that the
// comparison is fair: both sides sent the same number of APDUs per read, in
// every block (exit 1 otherwise).
//
// Needs the private pcscd of scripts/lib/pcsc-test-env.sh (exit 77 = skipped
// without it) and kakanai-vcard. Uses the last reader of KAKANAI_TEST_READERS
// unless told otherwise.
//
//   bench_card_read [--runs 30] [--person 0] [--reader NAME --port N]
//                   --vcard PATH --baseline PATH --persons FILE [--vcard-arg ARG]…
#include "card/MyNumberCard.h"
#include "card/PcscTransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>

#include <algorithm>
#include <cstdio>

using namespace kakanai;

namespace {

constexpr int kSkipped = 77;

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_card_read: %s\n", qPrintable(message));
    return 1;
}

// Waits (blocking PC/SC wait, bounded) until the reader holds a card (or is empty).
bool waitForCard(const QString &reader, int timeoutMs, bool present = true)
{
    PcscTransport t;
    QDeadlineTimer deadline(timeoutMs);
    QList<ReaderState> known;
    while (!deadline.hasExpired()) {
        auto states = t.waitForChange(known, std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime())));
        if (!states)
            return false;
        for (const ReaderState &s : *states) {
            if (s.name == reader && s.cardPresent == present)
                return true;
        }
        known = *states;
    }
    return false;
}

// One side of the comparison, run as its own process exactly like the C
// baseline: same process shape, same warm-up, same output.
int childRead(const QString &reader, int runs)
{
    char line[16] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return fail(QStringLiteral("no PIN on stdin"));
    SecureBuffer pin = SecureBuffer::fromBytes(QByteArrayView(line, 4));
    SecureBuffer::wipe(line, sizeof line);
    PcscTransport transport; // lives as long as the application's would
    MyNumberCard card(transport);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto holder = card.read(reader, pin);
        const double us = static_cast<double>(timer.nsecsElapsed()) / 1e3;
        if (!holder)
            return fail(QStringLiteral("read failed: %1").arg(holder.error().toString()));
        std::printf("run_us %.1f\n", us);
    }
    std::printf("apdus %d\n", card.apduCount());
    return 0;
}

// Runs one side (a child process) for n+1 reads; appends all but the first (warm-up).
// `apdus` gets the side's APDUs per read (-1 when it did not say).
bool runSide(const QString &program, const QStringList &args, const QByteArray &stdinData, QList<double> *ms,
             QList<int> *apdus, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start").arg(program);
        return false;
    }
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    bool first = true;
    int count = -1;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("run_us ")) {
            if (!first)
                ms->append(line.mid(7).toDouble() / 1000.0);
            first = false;
        } else if (line.startsWith("apdus ")) {
            count = line.mid(6).toInt();
        }
    }
    apdus->append(count);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("My Number card read: kakanai vs. raw PC/SC"));
    parser.addHelpOption();
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Reads per side (default 30)."),
                                     QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption personOpt(QStringLiteral("person"), QStringLiteral("Fixture index (default 0)."),
                                       QStringLiteral("I"), QStringLiteral("0"));
    const QCommandLineOption readerOpt(QStringLiteral("reader"), QStringLiteral("Reader name."), QStringLiteral("NAME"));
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("vpcd port of that reader."), QStringLiteral("N"));
    const QCommandLineOption vcardOpt(QStringLiteral("vcard"), QStringLiteral("kakanai-vcard binary."), QStringLiteral("PATH"));
    const QCommandLineOption vcardArgOpt(QStringLiteral("vcard-arg"), QStringLiteral("Extra kakanai-vcard argument."),
                                         QStringLiteral("ARG"));
    const QCommandLineOption baselineOpt(QStringLiteral("baseline"), QStringLiteral("card_read_baseline binary."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption personsOpt(QStringLiteral("persons"), QStringLiteral("Persons JSON file."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption childOpt(QStringLiteral("child-read"),
                                      QStringLiteral("Internal: read READER with the PIN on stdin --runs times and "
                                                     "print run_us lines, like card_read_baseline."),
                                      QStringLiteral("READER"));
    parser.addOptions({runsOpt, personOpt, readerOpt, portOpt, vcardOpt, vcardArgOpt, baselineOpt, personsOpt, childOpt});
    parser.process(app);
    if (parser.isSet(childOpt))
        return childRead(parser.value(childOpt), parser.value(runsOpt).toInt());

    if (qEnvironmentVariable("KAKANAI_TEST_PCSCD") != QLatin1String("1") && !parser.isSet(readerOpt)) {
        std::fprintf(stderr, "bench_card_read: skipped: KAKANAI_TEST_PCSCD is not set (see scripts/lib/pcsc-test-env.sh)\n");
        return kSkipped;
    }
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const int person = parser.value(personOpt).toInt();
    const QStringList readers = qEnvironmentVariable("KAKANAI_TEST_READERS").split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const QStringList ports = qEnvironmentVariable("KAKANAI_TEST_VPCD_PORTS").split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const QString reader = parser.isSet(readerOpt) ? parser.value(readerOpt) : readers.value(readers.size() - 1);
    const QString port = parser.isSet(portOpt) ? parser.value(portOpt) : ports.value(ports.size() - 1);
    if (reader.isEmpty() || port.isEmpty())
        return fail(QStringLiteral("no reader: give --reader and --port"));

    QFile personsFile(parser.value(personsOpt));
    if (!personsFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read --persons %1").arg(parser.value(personsOpt)));
    const QJsonObject p = QJsonDocument::fromJson(personsFile.readAll()).array().at(person).toObject();
    const QByteArray pin = p.value(QLatin1String("pin")).toString().toLatin1();
    if (pin.size() != 4 || p.value(QLatin1String("triesLeft")).toInt(3) < 2)
        return fail(QStringLiteral("person %1 needs a PIN with at least 2 tries").arg(person));

    // The card. A card swapped faster than pcscd polls (~0.4 s) looks like an
    // unpowered card to it: start from an empty reader.
    if (!waitForCard(reader, 10000, false))
        return fail(QStringLiteral("reader %1 is not empty").arg(reader));
    QProcess vcard;
    const auto stopCard = qScopeGuard([&vcard] {
        vcard.terminate();
        vcard.waitForFinished(5000);
    });
    vcard.setProcessChannelMode(QProcess::MergedChannels);
    vcard.start(parser.value(vcardOpt), QStringList{QStringLiteral("--persons"), parser.value(personsOpt),
                                                    QStringLiteral("--index"), QString::number(person),
                                                    QStringLiteral("--port"), port}
                                            + parser.values(vcardArgOpt));
    QByteArray vcardOut;
    QDeadlineTimer started(10000);
    while (!vcardOut.contains("inserted into") && !started.hasExpired() && vcard.state() != QProcess::NotRunning) {
        vcard.waitForReadyRead(100);
        vcardOut += vcard.readAll();
    }
    if (!vcardOut.contains("inserted into"))
        return fail(QStringLiteral("kakanai-vcard did not start: %1").arg(QString::fromUtf8(vcardOut)));
    if (!waitForCard(reader, 10000))
        return fail(QStringLiteral("no card seen in %1").arg(reader));

    // Three alternating blocks per side, each side a child process doing n+1
    // reads (the first warms up and is not counted), so drift (CPU frequency,
    // other load) hits both alike.
    QList<double> ours;
    QList<double> theirs;
    QList<int> apdus;         // per block: APDUs of one kakanai read
    QList<int> baselineApdus; // per block: APDUs of one baseline read
    constexpr int kBlocks = 3;
    for (int block = 0; block < kBlocks; ++block) {
        const int n = runs / kBlocks + (block < runs % kBlocks ? 1 : 0);
        if (n == 0)
            continue;
        QString error;
        if (!runSide(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--child-read"), reader, QStringLiteral("--runs"), QString::number(n + 1)},
                     pin + '\n', &ours, &apdus, &error))
            return fail(error);
        if (!runSide(parser.value(baselineOpt), {reader, QString::fromLatin1(pin), QString::number(n + 1)}, {},
                     &theirs, &baselineApdus, &error))
            return fail(error);
    }

    const double m1 = median(ours);
    const double m2 = median(theirs);
    const auto join = [](const QList<int> &v) {
        QStringList parts;
        for (int n : v)
            parts.append(QString::number(n));
        return parts.join(QLatin1Char(' '));
    };
    std::printf("card_read: reader \"%s\", %d runs each, card inserted -> CardHolder ready (connect .. power-off)\n",
                qPrintable(reader), runs);
    std::printf("  kakanai MyNumberCard::read   median %8.3f ms   min %8.3f ms   APDUs %d\n", m1,
                ours.isEmpty() ? 0.0 : *std::min_element(ours.begin(), ours.end()), apdus.value(0));
    std::printf("  raw PC/SC (C baseline)       median %8.3f ms   min %8.3f ms   APDUs %d\n", m2,
                theirs.isEmpty() ? 0.0 : *std::min_element(theirs.begin(), theirs.end()), baselineApdus.value(0));
    std::printf("  ratio kakanai / baseline     %.2f\n", m2 > 0 ? m1 / m2 : 0.0);
    std::printf("  APDUs per read, each block: kakanai [%s], baseline [%s]\n", qPrintable(join(apdus)),
                qPrintable(join(baselineApdus)));

    // The ratio compares like with like only when both sides did the same work.
    const int expected = apdus.value(0);
    const bool equal = expected > 0 && apdus.size() == baselineApdus.size()
        && std::all_of(apdus.begin(), apdus.end(), [expected](int n) { return n == expected; })
        && std::all_of(baselineApdus.begin(), baselineApdus.end(), [expected](int n) { return n == expected; });
    if (!equal)
        return fail(QStringLiteral("the read paths sent different APDU counts (kakanai [%1], baseline [%2]): "
                                   "the comparison is not fair")
                        .arg(join(apdus), join(baselineApdus)));
    std::printf("  APDU counts equal: %d per read on both sides\n", expected);
    return 0;
}
