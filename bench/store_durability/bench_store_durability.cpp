// How many completed records per second can the local store commit, one
// transaction each (as the counter does), at each durability setting?
// Prints figures; asserts nothing about speed.
//   bench_store_durability [--records N] [--payload BYTES] [--dir PATH]
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <vector>

using namespace kakanai;

namespace {

struct Figures {
    double perSecond = 0;
    double medianMs = 0;
    double p99Ms = 0;
};

std::optional<Figures> run(const QString &path, Durability durability, int records, int payloadBytes)
{
    auto db = Database::open({path, 5000, durability});
    if (!db) {
        QTextStream(stderr) << "cannot open: " << db.error().toString() << Qt::endl;
        return std::nullopt;
    }
    QByteArray payload(payloadBytes, Qt::Uninitialized);
    for (char &c : payload)
        c = char(QRandomGenerator::global()->bounded(256)); // stands in for an encrypted record
    std::vector<double> latencies;
    latencies.reserve(size_t(records));
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < records; ++i) {
        QElapsedTimer one;
        one.start();
        auto ok = (*db)->inTransaction([&]() -> Status {
            QSqlQuery q((*db)->connection());
            q.prepare(QStringLiteral("INSERT INTO record (uuid, created_at, kind, payload) VALUES (?, ?, 'visit', ?)"));
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            q.addBindValue(QStringLiteral("2026-11-24T00:00:00.000Z"));
            q.addBindValue(payload);
            return (*db)->exec(q);
        });
        if (!ok) {
            QTextStream(stderr) << "insert failed: " << ok.error().toString() << Qt::endl;
            return std::nullopt;
        }
        latencies.push_back(double(one.nsecsElapsed()) / 1e6);
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    return Figures{records / seconds, latencies[latencies.size() / 2], latencies[size_t(double(latencies.size()) * 0.99)]};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption recordsOpt(QStringLiteral("records"), QStringLiteral("Records per setting."), QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption payloadOpt(QStringLiteral("payload"), QStringLiteral("Payload bytes."), QStringLiteral("n"), QStringLiteral("4096"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Directory (default: a temp dir; use the real data disk for real figures)."), QStringLiteral("path"));
    parser.addOptions({recordsOpt, payloadOpt, dirOpt});
    parser.process(app);
    const int records = parser.value(recordsOpt).toInt();
    const int payload = parser.value(payloadOpt).toInt();
    QTemporaryDir temp(parser.isSet(dirOpt) ? parser.value(dirOpt) + QStringLiteral("/kakanai-bench-XXXXXX") : QString());

    QTextStream out(stdout);
    out << "store durability: " << records << " records of " << payload << " bytes, one transaction each, in "
        << temp.path() << Qt::endl;
    int failures = 0;
    for (auto [durability, name] : {std::pair{Durability::Full, "WAL + synchronous=FULL"},
                                    std::pair{Durability::Normal, "WAL + synchronous=NORMAL"}}) {
        const auto figures = run(temp.filePath(QStringLiteral("%1.sqlite").arg(int(durability))), durability, records, payload);
        if (!figures) {
            ++failures;
            continue;
        }
        out << QStringLiteral("  %1: %2 commits/s, median %3 ms, p99 %4 ms")
                   .arg(QLatin1String(name), -26)
                   .arg(figures->perSecond, 0, 'f', 0)
                   .arg(figures->medianMs, 0, 'f', 3)
                   .arg(figures->p99Ms, 0, 'f', 3)
            << Qt::endl;
    }
    return failures == 0 ? 0 : 1;
}
