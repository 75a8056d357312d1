#include "DbCommand.h"

#include "common/AppIdentity.h"
#include "common/Settings.h"
#include "store/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kakanai {

namespace {

class DbCommandText {
    Q_DECLARE_TR_FUNCTIONS(DbCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli [--db FILE] db check [--json]\n"
                  "       kakanai-cli [--db FILE] db backup TARGET-FILE\n"
                  "       kakanai-cli [--db FILE] db migrate");
    }
};

int check(CliContext &ctx, bool json)
{
    const QString path = storeOptions(ctx).path;
    auto report = Database::check(path, ctx.settings.integer(SettingKey::DatabaseBusyTimeoutMs));
    if (!report)
        return reportError(ctx, report.error());
    const bool tooNew = report->schemaVersion > report->latestSchemaVersion;
    const bool healthy = report->problems.isEmpty();
    if (json) {
        QJsonObject o{{QStringLiteral("path"), QDir::toNativeSeparators(path)},
                      {QStringLiteral("schemaVersion"), report->schemaVersion},
                      {QStringLiteral("latestSchemaVersion"), report->latestSchemaVersion},
                      {QStringLiteral("integrity"), healthy ? QStringLiteral("ok") : QStringLiteral("damaged")},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << DbCommandText::tr("Database: %1").arg(QDir::toNativeSeparators(path)) << '\n'
                << DbCommandText::tr("Schema: %1 (this program: %2)").arg(report->schemaVersion).arg(report->latestSchemaVersion)
                << '\n';
        if (healthy) {
            ctx.out << DbCommandText::tr("Integrity: ok") << Qt::endl;
        } else {
            ctx.out << DbCommandText::tr("Integrity: damaged (%n problem(s))", nullptr, int(report->problems.size())) << '\n';
            for (const QString &p : std::as_const(report->problems))
                ctx.out << "  " << p << '\n';
            ctx.out.flush();
        }
    }
    if (!healthy)
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
    if (sub == QLatin1String("check") && (args.size() == 1 || (args.size() == 2 && args.at(1) == QLatin1String("--json"))))
        return check(ctx, args.size() == 2);
    if (sub == QLatin1String("backup") && args.size() == 2)
        return backup(ctx, args.at(1));
    if (sub == QLatin1String("migrate") && args.size() == 1)
        return migrate(ctx);
    ctx.err << DbCommandText::usage() << Qt::endl;
    return exitcode::Usage;
}

} // namespace kakanai
