#include "DbCommand.h"

#include "common/AppIdentity.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "outbox/KeychainKeyProvider.h"
#include "outbox/Outbox.h"
#include "outbox/RecordKeyBinding.h"
#include "store/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace kakanai {

namespace {

class DbCommandText {
    Q_DECLARE_TR_FUNCTIONS(DbCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli [--db FILE] db check [--full] [--json]\n"
                  "       kakanai-cli [--db FILE] db backup TARGET-FILE\n"
                  "       kakanai-cli [--db FILE] db migrate");
    }
};

constexpr int kOutboxSchema = 3; // migration 0003 made the outbox

// --full: every record of the outbox opened (decrypted and read) with the
// store's key, nothing changed; the ones that do not open, by UUID only.
Result<QList<Outbox::UnreadableRecord>> unreadableRecords(CliContext &ctx, const QString &path)
{
    auto db = Database::openReadOnly(path, ctx.settings.integer(SettingKey::DatabaseBusyTimeoutMs));
    if (!db)
        return std::unexpected(db.error());
    // An empty outbox needs no key (and a check must not make one).
    QSqlQuery any((*db)->connection());
    any.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox)"));
    if (auto ok = (*db)->exec(any); !ok)
        return std::unexpected(ok.error());
    if (!any.next() || !any.value(0).toBool())
        return QList<Outbox::UnreadableRecord>();
    any.finish();
    const auto keys = makeKeyProvider(ctx.settings);
    auto cipher = RecordKeyBinding::open(**db, *keys);
    if (!cipher)
        return std::unexpected(cipher.error());
    SystemClock clock;
    Outbox outbox(**db, **cipher, clock);
    return outbox.findUnreadableRecords();
}

int check(CliContext &ctx, bool json, bool full)
{
    const QString path = storeOptions(ctx).path;
    auto report = Database::check(path, ctx.settings.integer(SettingKey::DatabaseBusyTimeoutMs),
                                  full ? CheckDepth::Full : CheckDepth::Quick);
    if (!report)
        return reportError(ctx, report.error());
    const bool tooNew = report->schemaVersion > report->latestSchemaVersion;
    const bool healthy = report->problems.isEmpty();
    // A file SQLite finds damaged, or one from a newer program, is not read further.
    QList<Outbox::UnreadableRecord> unreadable;
    const bool readRecords = full && healthy && !tooNew && report->schemaVersion >= kOutboxSchema;
    if (readRecords) {
        auto found = unreadableRecords(ctx, path);
        if (!found)
            return reportError(ctx, found.error());
        unreadable = *found;
    }
    const QString pragma = full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check");
    if (json) {
        QJsonObject o{{QStringLiteral("path"), QDir::toNativeSeparators(path)},
                      {QStringLiteral("schemaVersion"), report->schemaVersion},
                      {QStringLiteral("latestSchemaVersion"), report->latestSchemaVersion},
                      {QStringLiteral("check"), pragma},
                      {QStringLiteral("integrity"), healthy ? QStringLiteral("ok") : QStringLiteral("damaged")},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}};
        if (readRecords) {
            QJsonArray records;
            for (const Outbox::UnreadableRecord &r : std::as_const(unreadable))
                records.append(QJsonObject{{QStringLiteral("uuid"), r.uuid},
                                           {QStringLiteral("state"), outboxStateName(r.state)},
                                           {QStringLiteral("reason"), r.reason}});
            o.insert(QStringLiteral("records"), unreadable.isEmpty() ? QStringLiteral("ok") : QStringLiteral("damaged"));
            o.insert(QStringLiteral("damagedRecords"), records);
        }
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << DbCommandText::tr("Database: %1").arg(QDir::toNativeSeparators(path)) << '\n'
                << DbCommandText::tr("Schema: %1 (this program: %2)").arg(report->schemaVersion).arg(report->latestSchemaVersion)
                << '\n'
                << DbCommandText::tr("Check: %1").arg(pragma) << '\n';
        if (healthy) {
            ctx.out << DbCommandText::tr("Integrity: ok") << '\n';
        } else {
            ctx.out << DbCommandText::tr("Integrity: damaged (%n problem(s))", nullptr, int(report->problems.size())) << '\n';
            for (const QString &p : std::as_const(report->problems))
                ctx.out << "  " << p << '\n';
        }
        if (readRecords) {
            if (unreadable.isEmpty()) {
                ctx.out << DbCommandText::tr("Outbox records: every record opens") << '\n';
            } else {
                ctx.out << DbCommandText::tr("Outbox records: %n damaged record(s) do not open", nullptr, int(unreadable.size()))
                        << '\n';
                for (const Outbox::UnreadableRecord &r : std::as_const(unreadable))
                    ctx.out << "  " << r.uuid << "  " << outboxStateName(r.state) << "  " << r.reason << '\n';
            }
        }
        ctx.out.flush();
    }
    if (!healthy || !unreadable.isEmpty())
        return exitcode::DatabaseCorrupt;
    if (tooNew) {
        ctx.err << "kakanai-cli: "
                << DbCommandText::tr("The database was written by a newer version of Kakanai; this version will not open it.")
                << Qt::endl;
        return exitcode::DatabaseTooNew;
    }
    return exitcode::Ok;
}

int backup(CliContext &ctx, const QString &target)
{
    // VACUUM INTO reads a consistent snapshot: no write lock needed.
    DatabaseOptions options = storeOptions(ctx);
    options.readOnly = true;
    auto db = Database::open(options);
    if (!db)
        return reportError(ctx, db.error());
    if (auto ok = (*db)->backupTo(target); !ok)
        return reportError(ctx, ok.error());
    ctx.out << DbCommandText::tr("Backup written to %1").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return exitcode::Ok;
}

int migrate(CliContext &ctx)
{
    DatabaseOptions options = storeOptions(ctx);
    options.createIfMissing = true;
    auto db = Database::open(options);
    if (!db)
        return reportError(ctx, db.error());
    if ((*db)->wasCreated())
        ctx.out << DbCommandText::tr("Created a new database at %1.").arg(QDir::toNativeSeparators(options.path)) << '\n';
    ctx.out << DbCommandText::tr("Database is at schema %1.").arg((*db)->schemaVersion()) << Qt::endl;
    return exitcode::Ok;
}

} // namespace

int runDbCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("check")) {
        const QStringList options = args.mid(1);
        const bool json = options.contains(QLatin1String("--json"));
        const bool full = options.contains(QLatin1String("--full"));
        if (options.size() == int(json) + int(full))
            return check(ctx, json, full);
    }
    if (sub == QLatin1String("backup") && args.size() == 2)
        return backup(ctx, args.at(1));
    if (sub == QLatin1String("migrate") && args.size() == 1)
        return migrate(ctx);
    ctx.err << DbCommandText::usage() << Qt::endl;
    return exitcode::Usage;
}

} // namespace kakanai
