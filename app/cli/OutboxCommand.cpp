#include "OutboxCommand.h"

#include "common/AppIdentity.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "outbox/BackoffPolicy.h"
#include "outbox/CsvExport.h"
#include "outbox/CsvMapping.h"
#include "outbox/KeychainKeyProvider.h"
#include "outbox/NetworkStatusWatcher.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxConfig.h"
#include "outbox/QtHttpTransport.h"
#include "outbox/RandomSource.h"
#include "outbox/RecordCipher.h"
#include "outbox/RecordKeyBinding.h"
#include "outbox/RecordDocument.h"
#include "outbox/Uploader.h"
#include "outbox/UploaderLock.h"
#include "security/AuditAnchor.h"
#include "security/AuditLog.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTimeZone>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <utility>

#include <cstdio>

namespace kakanai {

namespace {

class OutboxCommandText {
    Q_DECLARE_TR_FUNCTIONS(OutboxCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli outbox status [--json]\n"
                  "       kakanai-cli outbox list [--state pending|sending|sent|rejected|damaged] [--limit N] [--json]\n"
                  "       kakanai-cli outbox enqueue FILE...   (FILE - reads standard input)\n"
                  "       kakanai-cli outbox flush [--timeout SECONDS]\n"
                  "       kakanai-cli outbox resend UUID\n"
                  "       kakanai-cli outbox export-damaged --out NEW-FOLDER\n"
                  "       kakanai-cli outbox export-csv --kind ido|kofu|kenmen --out FILE [--encoding utf-8|utf-8-bom|cp932]\n"
                  "                  [--mapping FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--state STATE]...");
    }
};

// What each sub-command needs, opened in order; the first failure is reported.
struct Session {
    std::unique_ptr<Database> db;
    std::unique_ptr<RecordCipher> cipher;
    SystemClock clock;
    std::unique_ptr<Outbox> outbox;
};

// `readOnly`: the command only reads (status, list), so it needs no write
// lock and works beside a writing program and on a read-only disk.
std::optional<Error> open(CliContext &ctx, Session &s, bool withKey, bool readOnly = false)
{
    DatabaseOptions options = storeOptions(ctx);
    options.readOnly = readOnly;
    auto db = Database::open(options);
    if (!db)
        return db.error();
    s.db = std::move(*db);
    if (withKey) {
        const auto keys = makeKeyProvider(ctx.settings);
        auto cipher = RecordKeyBinding::open(*s.db, *keys);
        if (!cipher)
            return cipher.error();
        s.cipher = std::move(*cipher);
    } else {
        // Reading counts and the list never decrypts; a throw-away key keeps
        // the Outbox happy without touching the key file.
        auto key = SecretKey::allocate();
        if (!key)
            return Error(ErrorCode::Internal, OutboxCommandText::tr("No protected memory is available."));
        s.cipher = std::make_unique<RecordCipher>(std::move(key));
    }
    s.outbox = std::make_unique<Outbox>(*s.db, *s.cipher, s.clock);
    return std::nullopt;
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(Outbox::storeTime(t)) : QJsonValue();
}

int status(CliContext &ctx, bool json)
{
    Session s;
    if (auto e = open(ctx, s, false, true))
        return reportError(ctx, *e);
    // Read-only: `sending` rows of a program that died are shown as waiting
    // (the next uploader puts them back), not changed here.
    auto stale = s.outbox->sendingRowsAreStale();
    if (!stale)
        return reportError(ctx, stale.error());
    auto counts = s.outbox->counts();
    if (!counts)
        return reportError(ctx, counts.error());
    if (*stale)
        counts->pending += std::exchange(counts->sending, 0);
    const QDateTime now = s.clock.nowUtc();
    const qint64 age = counts->oldestPendingQueuedAt.isValid() ? std::max<qint64>(0, counts->oldestPendingQueuedAt.secsTo(now)) : -1;
    if (json) {
        QJsonObject o{{QStringLiteral("pending"), counts->pending},
                      {QStringLiteral("sending"), counts->sending},
                      {QStringLiteral("sent"), counts->sent},
                      {QStringLiteral("rejected"), counts->rejected},
                      {QStringLiteral("damaged"), counts->damaged},
                      {QStringLiteral("oldestPendingQueuedAt"), timeOrNull(counts->oldestPendingQueuedAt)},
                      {QStringLiteral("oldestPendingAgeSeconds"), age < 0 ? QJsonValue() : QJsonValue(age)}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return exitcode::Ok;
    }
    ctx.out << OutboxCommandText::tr("Waiting to be sent: %1").arg(counts->pending) << '\n'
            << OutboxCommandText::tr("Being sent: %1").arg(counts->sending) << '\n'
            << OutboxCommandText::tr("Sent: %1").arg(counts->sent) << '\n'
            << OutboxCommandText::tr("Rejected by the back office: %1").arg(counts->rejected) << '\n'
            << OutboxCommandText::tr("Damaged, not sent: %1").arg(counts->damaged) << '\n';
    if (age >= 0)
        ctx.out << OutboxCommandText::tr("Oldest waiting record: queued %1 seconds ago").arg(age) << '\n';
    ctx.out.flush();
    return exitcode::Ok;
}

int list(CliContext &ctx, const QStringList &args)
{
    bool json = false;
    QList<OutboxState> states;
    int limit = 200;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--state") && i + 1 < args.size()) {
            const auto state = outboxStateFromName(args.at(++i));
            if (!state) {
                ctx.err << OutboxCommandText::usage() << Qt::endl;
                return exitcode::Usage;
            }
            states.append(*state);
        } else if (a == QLatin1String("--limit") && i + 1 < args.size()) {
            bool ok = false;
            limit = args.at(++i).toInt(&ok);
            if (!ok || limit < 1) {
                ctx.err << OutboxCommandText::usage() << Qt::endl;
                return exitcode::Usage;
            }
        } else {
            ctx.err << OutboxCommandText::usage() << Qt::endl;
            return exitcode::Usage;
        }
    }
    if (states.size() > 4) { // Outbox::list takes up to four states
        ctx.err << OutboxCommandText::usage() << Qt::endl;
        return exitcode::Usage;
    }
    Session s;
    if (auto e = open(ctx, s, false, true))
        return reportError(ctx, *e);
    auto stale = s.outbox->sendingRowsAreStale();
    if (!stale)
        return reportError(ctx, stale.error());
    // Shown as waiting, as in status; a --state filter sees them as such.
    QList<OutboxState> asked = states;
    if (*stale && states.contains(OutboxState::Pending) && !states.contains(OutboxState::Sending))
        asked.append(OutboxState::Sending);
    auto entries = s.outbox->list(asked, limit);
    if (!entries)
        return reportError(ctx, entries.error());
    if (*stale) {
        for (OutboxEntry &e : *entries) {
            if (e.state == OutboxState::Sending)
                e.state = OutboxState::Pending;
        }
        if (!states.isEmpty() && !states.contains(OutboxState::Pending))
            entries->removeIf([](const OutboxEntry &e) { return e.state == OutboxState::Pending; });
    }
    if (json) {
        QJsonArray array;
        for (const OutboxEntry &e : std::as_const(*entries)) {
            array.append(QJsonObject{{QStringLiteral("uuid"), e.uuid},
                                     {QStringLiteral("kind"), e.kind},
                                     {QStringLiteral("createdAt"), timeOrNull(e.recordCreatedAt)},
                                     {QStringLiteral("queuedAt"), timeOrNull(e.queuedAt)},
                                     {QStringLiteral("state"), outboxStateName(e.state)},
                                     {QStringLiteral("attempts"), e.attempts},
                                     {QStringLiteral("nextAttemptAt"), timeOrNull(e.nextAttemptAt)},
                                     {QStringLiteral("lastHttpStatus"), e.lastHttpStatus > 0 ? QJsonValue(e.lastHttpStatus) : QJsonValue()},
                                     {QStringLiteral("lastError"), e.lastError.isEmpty() ? QJsonValue() : QJsonValue(e.lastError)},
                                     {QStringLiteral("sentAt"), timeOrNull(e.sentAt)}});
        }
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return exitcode::Ok;
    }
    for (const OutboxEntry &e : std::as_const(*entries)) {
        ctx.out << e.uuid << "  " << outboxStateName(e.state) << "  " << e.kind << "  "
                << Outbox::storeTime(e.recordCreatedAt) << "  " << OutboxCommandText::tr("attempts: %1").arg(e.attempts);
        if (!e.lastError.isEmpty())
            ctx.out << "  " << e.lastError;
        ctx.out << '\n';
    }
    ctx.out.flush();
    return exitcode::Ok;
}

int enqueue(CliContext &ctx, const QStringList &files)
{
    Session s;
    if (auto e = open(ctx, s, true))
        return reportError(ctx, *e);
    for (const QString &file : files) {
        if (file != QLatin1String("-") && QFileInfo(file).isDir()) {
            return reportError(ctx, Error(ErrorCode::InvalidData,
                                          OutboxCommandText::tr("The record file is a folder. Name the record files in it instead."),
                                          QDir::toNativeSeparators(file)));
        }
        QFile f;
        bool opened = false;
        if (file == QLatin1String("-"))
            opened = f.open(stdin, QIODevice::ReadOnly);
        else {
            f.setFileName(file);
            opened = f.open(QIODevice::ReadOnly);
        }
        if (!opened) {
            return reportError(ctx, Error(ErrorCode::NotFound, OutboxCommandText::tr("The record file cannot be read."),
                                          QDir::toNativeSeparators(file)));
        }
        QByteArray json = f.read(RecordDocument::MaxBytes + 1);
        auto queued = s.outbox->enqueue(json);
        RecordCipher::wipe(json);
        if (!queued) {
            ctx.err << "kakanai-cli: " << QDir::toNativeSeparators(file) << ": " << queued.error().toString() << Qt::endl;
            return exitCodeFor(queued.error().code());
        }
        ctx.out << queued->uuid << ' ' << (queued->alreadyQueued ? OutboxCommandText::tr("already queued") : OutboxCommandText::tr("queued")) << Qt::endl;
    }
    return exitcode::Ok;
}

int flush(CliContext &ctx, const QStringList &args)
{
    int timeoutSeconds = 60;
    if (args.size() == 2 && args.at(0) == QLatin1String("--timeout")) {
        bool ok = false;
        timeoutSeconds = args.at(1).toInt(&ok);
        if (!ok || timeoutSeconds < 1) {
            ctx.err << OutboxCommandText::usage() << Qt::endl;
            return exitcode::Usage;
        }
    } else if (!args.isEmpty()) {
        ctx.err << OutboxCommandText::usage() << Qt::endl;
        return exitcode::Usage;
    }
    Session s;
    if (auto e = open(ctx, s, true))
        return reportError(ctx, *e);
    auto lock = s.outbox->acquireUploaderLock();
    if (!lock)
        return reportError(ctx, lock.error());
    const auto audit = openAuditLog(ctx, *s.db, s.clock, s.cipher.get());
    s.outbox->setAuditLog(audit.log.get()); // a record found damaged is audited when it is marked
    const OutboxConfig config = OutboxConfig::fromSettings(ctx.settings);
    auto transport = QtHttpTransport::create(config.http);
    if (!transport)
        return reportError(ctx, transport.error());
    SystemRandomSource random;
    const BackoffPolicy backoff(config.backoffFloor, config.backoffCap, random);
    Uploader uploader(*s.outbox, **transport, backoff, s.clock, config.uploader);
    const auto anchor = FileAuditAnchor::forStore(ctx.settings, s.db->path(), *s.cipher);
    uploader.setAuditCheckpointSource([&anchor] { return anchor->headerValue(); });
    NetworkStatusWatcher network(config.http.baseUrl);
    uploader.setNetworkAvailable(network.isAvailable());
    QObject::connect(&network, &NetworkStatusWatcher::availabilityChanged, &uploader, &Uploader::setNetworkAvailable);

    int sent = 0;
    int rejected = 0;
    QEventLoop loop;
    QObject::connect(&uploader, &Uploader::recordSent, &loop, [&sent]() { ++sent; });
    QObject::connect(&uploader, &Uploader::recordRejected, &loop, [&](const QString &uuid, int httpStatus, const QString &reason) {
        ++rejected;
        ctx.err << OutboxCommandText::tr("Rejected by the back office (HTTP %1): %2: %3").arg(httpStatus).arg(uuid, reason) << Qt::endl;
    });
    QObject::connect(&uploader, &Uploader::authenticationFailed, &loop, [&](int httpStatus) {
        ctx.err << OutboxCommandText::tr("The back office refused the access token (HTTP %1); check the setting %2.")
                       .arg(httpStatus)
                       .arg(Settings::keyName(SettingKey::BackOfficeToken))
                << Qt::endl;
    });
    QObject::connect(&uploader, &Uploader::recordDamaged, &loop, [&](const QString &uuid) {
        ctx.err << OutboxCommandText::tr("Damaged, not sent: %1").arg(uuid) << Qt::endl;
    });
    QObject::connect(&uploader, &Uploader::storeProblem, &loop, [&](const QString &message) {
        ctx.err << "kakanai-cli: " << message << Qt::endl;
    });
    QObject::connect(&uploader, &Uploader::passFinished, &loop, [&]() {
        if (uploader.counts().waiting() == 0 && !uploader.isBusy())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&]() {
        timedOut = true;
        loop.quit();
    });
    if (auto started = uploader.start(); !started)
        return reportError(ctx, started.error());
    uploader.retryAllNow();
    deadline.start(timeoutSeconds * 1000);
    loop.exec();
    uploader.stop();
    if (uploader.isBusy())
        (*transport)->abortAll(); // answers still missing count as "unknown": looked up next time

    auto counts = s.outbox->counts();
    if (!counts)
        return reportError(ctx, counts.error());
    ctx.out << OutboxCommandText::tr("Sent now: %1, rejected now: %2, still waiting: %3").arg(sent).arg(rejected).arg(counts->waiting()) << Qt::endl;
    // Damaged records wait for nobody but an administrator: no time limit would have helped.
    if (counts->damaged > 0) {
        ctx.err << "kakanai-cli: "
                << OutboxCommandText::tr("%n damaged record(s) need attention; they are not sent. Save them with "
                                         "\"kakanai-cli outbox export-damaged --out NEW-FOLDER\" for recovery.",
                                         nullptr, counts->damaged)
                << Qt::endl;
    }
    if (counts->waiting() > 0) {
        ctx.err << "kakanai-cli: "
                << (timedOut ? OutboxCommandText::tr("%n record(s) could not be sent before the time limit; they stay queued.", nullptr, counts->waiting())
                             : OutboxCommandText::tr("%n record(s) could not be sent; they stay queued.", nullptr, counts->waiting()))
                << Qt::endl;
    }
    return counts->waiting() > 0 || counts->damaged > 0 ? exitcode::Failed : exitcode::Ok;
}

int resend(CliContext &ctx, const QString &uuid)
{
    Session s;
    if (auto e = open(ctx, s, false))
        return reportError(ctx, *e);
    // Audited like the 送信 page's resend, in the same transaction as the change.
    const auto audit = openAuditLog(ctx, *s.db, s.clock);
    s.outbox->setResendAuditor([&audit](const QString &resent) {
        return audit->appendInTransaction(QStringLiteral("cli"), QStringLiteral("outbox-resend"), resent);
    });
    if (auto ok = s.outbox->resend(uuid); !ok)
        return reportError(ctx, ok.error());
    ctx.out << OutboxCommandText::tr("Queued again: %1").arg(uuid) << Qt::endl;
    return exitcode::Ok;
}

Status writePrivateFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    // NewOnly: never into a file someone placed there; 0600 from the start.
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(bytes) != bytes.size() || !f.flush()) {
        return fail(ErrorCode::Io, OutboxCommandText::tr("A file for a damaged record could not be written."),
                    QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    }
    return {};
}

// The damaged rows as stored, for an administrator who attempts recovery
// with the record key (docs/admin/storage.md): per record <uuid>.sealed (the
// sealed bytes, unchanged) and <uuid>.json (what the outbox knows of it), in
// a new folder only its owner can open. Nothing in the store changes.
int exportDamaged(CliContext &ctx, const QStringList &args)
{
    if (args.size() != 2 || args.at(0) != QLatin1String("--out")) {
        ctx.err << OutboxCommandText::usage() << Qt::endl;
        return exitcode::Usage;
    }
    const QString out = QFileInfo(args.at(1)).absoluteFilePath();
    if (QFileInfo::exists(out)) {
        return reportError(ctx, Error(ErrorCode::InvalidArgument, OutboxCommandText::tr("The folder already exists; name a new one."),
                                      QDir::toNativeSeparators(out)));
    }
    Session s;
    if (auto e = open(ctx, s, false)) // the sealed bytes are copied, never opened
        return reportError(ctx, *e);
    auto damaged = s.outbox->damagedRecords();
    if (!damaged)
        return reportError(ctx, damaged.error());
    if (damaged->isEmpty()) {
        ctx.out << OutboxCommandText::tr("There are no damaged records; nothing was written.") << Qt::endl;
        return exitcode::Ok;
    }
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QDir().mkpath(QFileInfo(out).absolutePath()) || !QDir().mkdir(out, ownerOnly)
        || !QFile::setPermissions(out, ownerOnly)) {
        return reportError(ctx, Error(ErrorCode::PermissionDenied, OutboxCommandText::tr("The folder cannot be created."),
                                      QDir::toNativeSeparators(out)));
    }
    const QDir dir(out);
    for (const Outbox::DamagedRecord &d : std::as_const(*damaged)) {
        const OutboxEntry &e = d.entry;
        const QJsonObject meta{
            {QStringLiteral("uuid"), e.uuid},
            {QStringLiteral("kind"), e.kind.isEmpty() ? QJsonValue() : QJsonValue(e.kind)},
            {QStringLiteral("state"), outboxStateName(e.state)},
            {QStringLiteral("createdAt"), timeOrNull(e.recordCreatedAt)},
            {QStringLiteral("queuedAt"), timeOrNull(e.queuedAt)},
            {QStringLiteral("attempts"), e.attempts},
            {QStringLiteral("lastError"), e.lastError.isEmpty() ? QJsonValue() : QJsonValue(e.lastError)},
            {QStringLiteral("recordRowMissing"), d.sealed.isEmpty()},
            {QStringLiteral("sealedBytes"), int(d.sealed.size())},
            {QStringLiteral("sealedSha256"), QString::fromLatin1(QCryptographicHash::hash(d.sealed, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("sealedFormat"), QStringLiteral("\"KKR1\" | nonce (24) | ciphertext | tag (16); "
                                                            "XChaCha20-Poly1305 IETF, associated data: the uuid")},
            {QStringLiteral("recordKeyId"), d.storeKeyId.isEmpty() ? QJsonValue() : QJsonValue(d.storeKeyId)}};
        if (auto ok = writePrivateFile(dir.filePath(e.uuid + QStringLiteral(".json")), QJsonDocument(meta).toJson()); !ok)
            return reportError(ctx, ok.error());
        if (auto ok = writePrivateFile(dir.filePath(e.uuid + QStringLiteral(".sealed")), d.sealed); !ok)
            return reportError(ctx, ok.error());
    }
    // Sealed personal data left the store (to be opened with the key): audited.
    if (auto audited = openAuditLog(ctx, *s.db, s.clock)->append(QStringLiteral("cli"), QStringLiteral("outbox-export-damaged"), QString(),
                                                                  QStringLiteral("records=%1").arg(damaged->size()));
        !audited)
        return reportError(ctx, audited.error());
    ctx.out << OutboxCommandText::tr("Wrote %n damaged record(s) to %1", nullptr, int(damaged->size())).arg(QDir::toNativeSeparators(out))
            << Qt::endl;
    return exitcode::Ok;
}

int exportCsv(CliContext &ctx, const QStringList &args)
{
    CsvExportOptions options;
    std::optional<CsvKind> kind;
    QString out;
    QString mappingFile;
    auto usage = [&ctx]() {
        ctx.err << OutboxCommandText::usage() << Qt::endl;
        return exitcode::Usage;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (i + 1 >= args.size())
            return usage();
        const QString value = args.at(++i);
        if (a == QLatin1String("--kind")) {
            kind = csvKindFromName(value);
            if (!kind)
                return usage();
        } else if (a == QLatin1String("--out")) {
            out = value;
        } else if (a == QLatin1String("--encoding")) {
            const auto encoding = csvEncodingFromName(value);
            if (!encoding)
                return usage();
            options.encoding = *encoding;
        } else if (a == QLatin1String("--mapping")) {
            mappingFile = value;
        } else if (a == QLatin1String("--from") || a == QLatin1String("--to")) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid())
                return usage();
            (a == QLatin1String("--from") ? options.from : options.to) = date;
        } else if (a == QLatin1String("--state")) {
            const auto state = outboxStateFromName(value);
            if (!state)
                return usage();
            options.states.append(*state);
        } else {
            return usage();
        }
    }
    if (!kind || out.isEmpty() || options.states.size() > 4)
        return usage();
    options.kind = *kind;
    if (options.from.isValid() && options.to.isValid() && options.from > options.to) {
        return reportError(ctx, Error(ErrorCode::InvalidArgument, OutboxCommandText::tr("--from must not be after --to.")));
    }

    auto mapping = CsvMapping::load(mappingFile);
    if (!mapping)
        return reportError(ctx, mapping.error());
    Session s;
    if (auto e = open(ctx, s, true))
        return reportError(ctx, *e);
    CsvExporter exporter(*s.db, *s.cipher, std::move(*mapping));
    auto summary = exporter.exportTo(out, options);
    if (!summary)
        return reportError(ctx, summary.error());
    // Personal data left the store: audited like the 送信 page's export.
    const auto audit = openAuditLog(ctx, *s.db, s.clock, s.cipher.get());
    if (auto audited = audit->append(QStringLiteral("cli"), QStringLiteral("export-csv"), csvKindName(options.kind),
                                     QStringLiteral("rows=%1").arg(summary->rows));
        !audited)
        return reportError(ctx, audited.error());
    ctx.out << OutboxCommandText::tr("Wrote %n row(s) to %1", nullptr, summary->rows).arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return exitcode::Ok;
}

} // namespace

int runOutboxCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("--help")) {
        ctx.out << OutboxCommandText::usage() << Qt::endl;
        return exitcode::Ok;
    }
    if (sub == QLatin1String("status") && (rest.isEmpty() || rest == QStringList{QStringLiteral("--json")}))
        return status(ctx, !rest.isEmpty());
    if (sub == QLatin1String("list"))
        return list(ctx, rest);
    if (sub == QLatin1String("enqueue") && !rest.isEmpty())
        return enqueue(ctx, rest);
    if (sub == QLatin1String("flush"))
        return flush(ctx, rest);
    if (sub == QLatin1String("resend") && rest.size() == 1)
        return resend(ctx, rest.first());
    if (sub == QLatin1String("export-csv"))
        return exportCsv(ctx, rest);
    if (sub == QLatin1String("export-damaged"))
        return exportDamaged(ctx, rest);
    ctx.err << OutboxCommandText::usage() << Qt::endl;
    return exitcode::Usage;
}

} // namespace kakanai
