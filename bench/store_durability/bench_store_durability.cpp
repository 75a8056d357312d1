// How many completed records per second can the counter queue, at each
// durability setting? Each record goes the product's way: Outbox::enqueue
// (validate the record document, encrypt it, one transaction for the record
// and its outbox row), into a store opened with Database::open as the app
// opens it. Prints enqueues/s, median and p99 per setting; asserts nothing
// about speed. Fails (exit 1) when an enqueue fails or the store does not end
// up holding every record as pending.
//   bench_store_durability [--records N] [--payload BYTES] [--dir PATH]
#include "common/Clock.h"
#include "outbox/FileKeyProvider.h"
#include "outbox/Outbox.h"
#include "record/Record.h"
#include "outbox/RecordCipher.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <vector>

using namespace kakanai;

namespace {

struct Figures {
    double perSecond = 0;
    double medianMs = 0;
    double p99Ms = 0;
    qsizetype documentBytes = 0;
};

// A record document as IntakeSession completes one, written by the one
// writer of the format (forms::Record), with `payload` filler characters
// standing in for the forms' fields.
QByteArray recordDocument(int payload)
{
    forms::Record record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.createdAt = QDateTime(QDate(2026, 11, 24), QTime(4, 5, 6, 789), Qt::UTC);
    record.terminalId = QStringLiteral("counter-01");
    record.staffId = QStringLiteral("bench");
    forms::RecordForm form{QStringLiteral("jumin-ido"), 1, {}};
    form.fields.append({QStringLiteral("name"), QStringLiteral("試験 花子"), QStringLiteral("card"), QStringLiteral("card.name"), {}, {}, {}});
    form.fields.append({QStringLiteral("filler"), QString(payload, QLatin1Char('x')), QStringLiteral("clerk"), {}, {}, {}, {}});
    record.forms.append(form);
    return record.toJson();
}

std::optional<Figures> run(const QString &dir, Durability durability, int records, int payload, QTextStream &err)
{
    auto db = Database::open({dir + QStringLiteral("/store.sqlite"), 5000, durability});
    if (!db) {
        err << "cannot open: " << db.error().toString() << Qt::endl;
        return std::nullopt;
    }
    FileKeyProvider keys(dir + QStringLiteral("/record.key"));
    auto cipher = RecordCipher::fromProvider(keys);
    if (!cipher) {
        err << "cannot make a key: " << cipher.error().toString() << Qt::endl;
        return std::nullopt;
    }
    SystemClock clock;
    Outbox outbox(**db, **cipher, clock);

    // The documents are made before the clock starts: only the enqueue is timed.
    std::vector<QByteArray> docs;
    docs.reserve(size_t(records));
    for (int i = 0; i < records; ++i)
        docs.push_back(recordDocument(payload));

    std::vector<double> latencies;
    latencies.reserve(size_t(records));
    QElapsedTimer total;
    total.start();
    for (const QByteArray &doc : docs) {
        QElapsedTimer one;
        one.start();
        auto queued = outbox.enqueue(doc);
        if (!queued) {
            err << "enqueue failed: " << queued.error().toString() << Qt::endl;
            return std::nullopt;
        }
        if (queued->alreadyQueued) {
            err << "enqueue took a new record for one already queued" << Qt::endl;
            return std::nullopt;
        }
        latencies.push_back(double(one.nsecsElapsed()) / 1e6);
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;

    auto counts = outbox.counts();
    if (!counts || counts->pending != records) {
        err << "the outbox holds " << (counts ? counts->pending : -1) << " pending records, not " << records << Qt::endl;
        return std::nullopt;
    }
    std::sort(latencies.begin(), latencies.end());
    return Figures{records / seconds, latencies[latencies.size() / 2],
                   latencies[size_t(double(latencies.size()) * 0.99)], docs.front().size()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kakanai.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption recordsOpt(QStringLiteral("records"), QStringLiteral("Records per setting."), QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption payloadOpt(QStringLiteral("payload"), QStringLiteral("Filler characters per record."), QStringLiteral("n"), QStringLiteral("4096"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Directory (default: a temp dir; use the real data disk for real figures)."), QStringLiteral("path"));
    parser.addOptions({recordsOpt, payloadOpt, dirOpt});
    parser.process(app);
    const int records = std::max(1, parser.value(recordsOpt).toInt());
    const int payload = std::max(0, parser.value(payloadOpt).toInt());
    QTemporaryDir temp(parser.isSet(dirOpt) ? parser.value(dirOpt) + QStringLiteral("/kakanai-bench-XXXXXX") : QString());
    if (!temp.isValid()) {
        QTextStream(stderr) << "cannot make a directory: " << temp.errorString() << Qt::endl;
        return 1;
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    out << "store durability: " << records << " records through Outbox::enqueue (validate + encrypt + 1 transaction) "
        << "per setting, in " << temp.path() << Qt::endl;
    int failures = 0;
    for (auto [durability, name] : {std::pair{Durability::Full, "WAL + synchronous=FULL"},
                                    std::pair{Durability::Normal, "WAL + synchronous=NORMAL"}}) {
        const QString dir = temp.filePath(QString::number(int(durability)));
        if (!QDir().mkpath(dir)) {
            err << "cannot make " << dir << Qt::endl;
            ++failures;
            continue;
        }
        const auto figures = run(dir, durability, records, payload, err);
        if (!figures) {
            ++failures;
            continue;
        }
        out << QStringLiteral("  %1: %2 enqueues/s, median %3 ms, p99 %4 ms (documents of %5 bytes)")
                   .arg(QLatin1String(name), -26)
                   .arg(figures->perSecond, 0, 'f', 0)
                   .arg(figures->medianMs, 0, 'f', 3)
                   .arg(figures->p99Ms, 0, 'f', 3)
                   .arg(figures->documentBytes)
            << Qt::endl;
    }
    return failures == 0 ? 0 : 1;
}
