// How fast is the outbox?
//  1. durable enqueues per second: validate + encrypt + one transaction
//     (record + outbox row) with WAL and synchronous=FULL, as the counter does;
//  2. records per second uploaded to kakanai-backoffice-sim on loopback.
// Prints figures; asserts nothing about speed. Goals: >= 2,000 enqueues/s,
// >= 500 uploads/s.
//   bench_outbox [--records N] [--payload BYTES] [--dir PATH] [--sim FILE] [--batch N]
#include "common/Clock.h"
#include "outbox/BackoffPolicy.h"
#include "outbox/FileKeyProvider.h"
#include "outbox/Outbox.h"
#include "outbox/QtHttpTransport.h"
#include "outbox/RandomSource.h"
#include "outbox/RecordCipher.h"
#include "outbox/Uploader.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <vector>

using namespace kakanai;
using namespace std::chrono_literals;

namespace {

QByteArray record(const QString &id, int payload)
{
    // A whole kakanai.record/1 document, as the outbox checks it on enqueue.
    const auto field = [](const QString &fieldId, const QString &value) {
        return QJsonObject{{QStringLiteral("id"), fieldId}, {QStringLiteral("value"), value}, {QStringLiteral("source"), QStringLiteral("clerk")}};
    };
    const QJsonObject form{{QStringLiteral("formId"), QStringLiteral("bench-form")},
                           {QStringLiteral("formVersion"), 1},
                           {QStringLiteral("fields"), QJsonArray{field(QStringLiteral("name"), QStringLiteral("試験 花子")),
                                                                 field(QStringLiteral("filler"), QString(payload, QLatin1Char('x')))}}};
    const QJsonObject o{{QStringLiteral("schema"), QStringLiteral("kakanai.record/1")},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("createdAt"), QStringLiteral("2026-11-24T04:05:06.789Z")},
                        {QStringLiteral("terminalId"), QStringLiteral("counter-01")},
                        {QStringLiteral("kind"), QStringLiteral("moving")},
                        {QStringLiteral("staffId"), QStringLiteral("bench")},
                        {QStringLiteral("forms"), QJsonArray{form}},
                        {QStringLiteral("household"), QJsonArray()}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct Store {
    std::unique_ptr<Database> db;
    std::unique_ptr<RecordCipher> cipher;
    SystemClock clock;
    std::unique_ptr<Outbox> outbox;
};

bool openStore(Store &s, const QString &dir, QTextStream &err)
{
    auto db = Database::open({dir + QStringLiteral("/bench.sqlite"), 5000, Durability::Full});
    if (!db) {
        err << "cannot open the store: " << db.error().toString() << Qt::endl;
        return false;
    }
    s.db = std::move(*db);
    FileKeyProvider keys(dir + QStringLiteral("/record.key"));
    auto cipher = RecordCipher::fromProvider(keys);
    if (!cipher) {
        err << "cannot make a key: " << cipher.error().toString() << Qt::endl;
        return false;
    }
    s.cipher = std::move(*cipher);
    s.outbox = std::make_unique<Outbox>(*s.db, *s.cipher, s.clock);
    return true;
}

QUrl startSim(QProcess &sim, const QString &exe, const QString &db)
{
    sim.setStandardErrorFile(QProcess::nullDevice()); // it logs every request
    sim.start(exe, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db});
    if (!sim.waitForStarted(10000))
        return {};
    static const QRegularExpression listening(QStringLiteral("listening on (http://[^\\s]+)"));
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15000 && sim.waitForReadyRead(1000)) {
        out += sim.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch())
            return QUrl(m.captured(1));
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kakanai.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption recordsOpt(QStringLiteral("records"), QStringLiteral("Records."), QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption payloadOpt(QStringLiteral("payload"), QStringLiteral("Filler bytes per record."), QStringLiteral("n"), QStringLiteral("2048"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Directory (default: a temp dir; use the real data disk for real figures)."), QStringLiteral("path"));
    const QCommandLineOption simOpt(QStringLiteral("sim"), QStringLiteral("kakanai-backoffice-sim (default: $KAKANAI_BACKOFFICE_SIM)."), QStringLiteral("file"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), QStringLiteral("Upload batch size (default 20, the setting's default)."), QStringLiteral("n"), QStringLiteral("20"));
    parser.addOptions({recordsOpt, payloadOpt, dirOpt, simOpt, batchOpt});
    parser.process(app);
    const int records = std::max(1, parser.value(recordsOpt).toInt());
    const int payload = std::max(0, parser.value(payloadOpt).toInt());
    const int batch = std::max(1, parser.value(batchOpt).toInt());
    QTemporaryDir temp(parser.isSet(dirOpt) ? parser.value(dirOpt) + QStringLiteral("/kakanai-bench-XXXXXX") : QString());
    QTextStream out(stdout);
    QTextStream err(stderr);

    Store store;
    if (!openStore(store, temp.path(), err))
        return 1;
    std::vector<QByteArray> docs;
    docs.reserve(size_t(records));
    for (int i = 0; i < records; ++i)
        docs.push_back(record(QUuid::createUuid().toString(QUuid::WithoutBraces), payload));

    // 1. Durable enqueues.
    std::vector<double> latencies;
    latencies.reserve(size_t(records));
    QElapsedTimer total;
    total.start();
    for (const QByteArray &doc : docs) {
        QElapsedTimer one;
        one.start();
        auto queued = store.outbox->enqueue(doc);
        if (!queued) {
            err << "enqueue failed: " << queued.error().toString() << Qt::endl;
            return 1;
        }
        latencies.push_back(double(one.nsecsElapsed()) / 1e6);
    }
    const double enqueueSeconds = double(total.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    out << "outbox: " << records << " records of ~" << docs.front().size() << " bytes in " << temp.path() << Qt::endl;
    out << QStringLiteral("  durable enqueues (encrypt + 1 transaction, WAL + synchronous=FULL): %1 /s, median %2 ms, p99 %3 ms  (goal >= 2000 /s)")
               .arg(records / enqueueSeconds, 0, 'f', 0)
               .arg(latencies[latencies.size() / 2], 0, 'f', 3)
               .arg(latencies[size_t(double(latencies.size()) * 0.99)], 0, 'f', 3)
        << Qt::endl;

    // 2. Uploads to the simulator.
    const QString simExe = parser.isSet(simOpt) ? parser.value(simOpt) : qEnvironmentVariable("KAKANAI_BACKOFFICE_SIM");
    if (simExe.isEmpty()) {
        out << "  uploads: skipped (no kakanai-backoffice-sim; pass --sim or set KAKANAI_BACKOFFICE_SIM)" << Qt::endl;
        return 0;
    }
    QProcess sim;
    const QUrl url = startSim(sim, simExe, temp.filePath(QStringLiteral("sim.sqlite")));
    if (!url.isValid()) {
        err << "the simulator did not start" << Qt::endl;
        return 1;
    }
    HttpTransportConfig config;
    config.baseUrl = url;
    auto transport = QtHttpTransport::create(config);
    if (!transport) {
        err << transport.error().toString() << Qt::endl;
        return 1;
    }
    SystemRandomSource random;
    const BackoffPolicy backoff(100ms, 2000ms, random);
    UploaderOptions options;
    options.batchSize = batch;
    Uploader uploader(*store.outbox, **transport, backoff, store.clock, options);
    QEventLoop loop;
    int sent = 0;
    QObject::connect(&uploader, &Uploader::recordSent, &loop, [&]() {
        if (++sent == records)
            loop.quit();
    });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    total.restart();
    if (!uploader.start()) {
        err << "the uploader did not start" << Qt::endl;
        return 1;
    }
    loop.exec();
    const double uploadSeconds = double(total.nsecsElapsed()) / 1e9;
    out << QStringLiteral("  uploads to the simulator on loopback (batch %1): %2 records in %3 s = %4 /s  (goal >= 500 /s)")
               .arg(batch)
               .arg(sent)
               .arg(uploadSeconds, 0, 'f', 2)
               .arg(sent / uploadSeconds, 0, 'f', 0)
        << Qt::endl;
    sim.terminate();
    sim.waitForFinished(10000);
    return sent == records ? 0 : 1;
}
