#include "OfficeCommand.h"

#include "OfficeImportLocal.h"
#include "outbox/KeychainSecret.h"

#include "common/AppIdentity.h"
#include "common/Settings.h"
#include "office/OfficeMigrations.h"
#include "office/OfficeStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <map>
#include <optional>

namespace kakanai {

namespace {

class OfficeCommandText {
    Q_DECLARE_TR_FUNCTIONS(OfficeCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli office init   [--office URL] [--password-file FILE]\n"
                  "       kakanai-cli office check  [--office URL] [--password-file FILE] [--json]\n"
                  "       kakanai-cli office backup [--office URL] TARGET-FILE\n"
                  "       kakanai-cli office roles\n"
                  "       kakanai-cli office import-local [--office URL] [--password-file FILE] [--json]\n"
                  "       kakanai-cli office store-password < PASSWORD\n"
                  "\n"
                  "  init    create the office store or bring its schema up to date (run by the database's owner);\n"
                  "          on PostgreSQL it also prints the SQL for the counter PCs' least-privilege role\n"
                  "  check   reachable?, engine, server version, schema version, TLS, latency; changes nothing\n"
                  "  backup  SQLite: a consistent copy (0600); PostgreSQL: prints the pg_dump command to run\n"
                  "  roles   print the SQL that makes the counter PCs' role (run it as the PostgreSQL superuser)\n"
                  "  import-local  move this PC's staff accounts and audit log into the office store (once per PC)\n"
                  "  store-password  the role's password (one line on stdin) into this user's keychain\n"
                  "                  (used when office/passwordStore is keychain)\n"
                  "\n"
                  "  --office URL          the office store instead of the setting office/url:\n"
                  "                        postgresql://ROLE@SERVER[:PORT]/DATABASE[?sslmode=…&sslrootcert=…]\n"
                  "                        or sqlite:/folder/office.sqlite\n"
                  "  --password-file FILE  the role's password (a 0600 file) instead of office/passwordFile");
    }
};

// The words after `office`: the subcommand, its plain arguments and options.
struct OfficeArgs {
    QString subcommand;
    QStringList rest;     // every word after the subcommand, as given (for one that reads its own)
    QStringList positional;
    QString url;          // --office
    QString passwordFile; // --password-file
    bool json = false;
    QStringList options;  // the options given, as written (to refuse one a subcommand does not take)
};

struct Subcommand {
    int (*run)(CliContext &, const OfficeArgs &);
    int positionals;  // how many plain arguments it takes
    bool opensStore;  // takes --office and --password-file
    bool json;        // takes --json
};

std::optional<OfficeArgs> parseArgs(const QStringList &args)
{
    OfficeArgs parsed;
    parsed.subcommand = args.value(0);
    parsed.rest = args.mid(1);
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--office") || arg == QLatin1String("--password-file")) {
            if (i + 1 >= args.size())
                return std::nullopt;
            (arg == QLatin1String("--office") ? parsed.url : parsed.passwordFile) = args.at(++i);
            parsed.options.append(arg);
        } else if (arg == QLatin1String("--json")) {
            parsed.json = true;
            parsed.options.append(arg);
        } else if (arg.startsWith(QLatin1String("--"))) {
            return std::nullopt;
        } else {
            parsed.positional.append(arg);
        }
    }
    return parsed;
}

// Where the office store is and how to reach it: --office, else office/url,
// else office.sqlite beside this PC's local store (--db or store/databasePath).
Result<OfficeStoreOptions> officeOptions(const CliContext &ctx, const OfficeArgs &args)
{
    const QString localStore = ctx.databaseOverride.isEmpty() ? databasePath(ctx.settings) : ctx.databaseOverride;
    auto location = args.url.isEmpty() ? OfficeLocation::fromSettings(ctx.settings, localStore)
                                       : OfficeLocation::parse(args.url);
    if (!location)
        return std::unexpected(location.error());
    OfficeStoreOptions options = OfficeStore::optionsFor(ctx.settings, *location, QStringLiteral("kakanai-cli"));
    // Each subcommand says whether it changes the schema; this is the default.
    options.migrate = true;
    if (location->engine() == OfficeLocation::Engine::Postgres) {
        // --password-file wins; else office/passwordStore=keychain brings it from the keychain.
        if (!args.passwordFile.isEmpty()) {
            options.passwordFile = args.passwordFile;
        } else if (auto filled = KeychainSecret::fillOfficePassword(ctx.settings, options.password); !filled) {
            return std::unexpected(filled.error());
        }
    } else if (!args.passwordFile.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    OfficeCommandText::tr("A SQLite office store has no password; --password-file is for PostgreSQL."),
                    QStringLiteral("--password-file"));
    }
    return options;
}

bool isPostgres(const OfficeStoreOptions &options)
{
    return options.location.engine() == OfficeLocation::Engine::Postgres;
}

// A word for a POSIX shell: as it is when it is plainly safe, else in single quotes.
QString shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// The pg_dump command that backs up this store, with the same TLS settings
// as the program's own connection (libpq's environment variables).
QString pgDumpCommand(const OfficeLocation &where, const QString &target)
{
    QStringList words;
    static const std::pair<const char *, const char *> tlsOptions[] = {
        {"sslrootcert", "PGSSLROOTCERT"}, {"sslcert", "PGSSLCERT"}, {"sslkey", "PGSSLKEY"}};
    if (where.sslMode() != QLatin1String("prefer")) // libpq's own default
        words << QStringLiteral("PGSSLMODE=") + shellWord(where.sslMode());
    for (const auto &[option, variable] : tlsOptions) {
        const QString value = where.options().value(QLatin1String(option));
        if (!value.isEmpty())
            words << QLatin1String(variable) + QLatin1Char('=') + shellWord(value);
    }
    words << QStringLiteral("pg_dump") << QStringLiteral("--format=custom")
          << QStringLiteral("--host=") + shellWord(where.host()) << QStringLiteral("--port=%1").arg(where.port())
          << QStringLiteral("--username=") + shellWord(where.user()) << QStringLiteral("--file=") + shellWord(target)
          << shellWord(where.database());
    return words.join(QLatin1Char(' '));
}

int init(CliContext &ctx, const OfficeArgs &args)
{
    auto options = officeOptions(ctx, args);
    if (!options)
        return reportError(ctx, options.error());
    options->migrate = true;
    options->createIfMissing = true;
    auto store = OfficeStore::open(*options);
    if (!store)
        return reportError(ctx, store.error());
    const OfficeStore &office = **store;
    ctx.out << OfficeCommandText::tr("Office store: %1").arg(office.location()) << '\n';
    if (office.wasCreated())
        ctx.out << OfficeCommandText::tr("Created a new office store.") << '\n';
    if (office.migrationsApplied() == 0)
        ctx.out << OfficeCommandText::tr("The office store is at schema %1, as this program needs; nothing to apply.")
                       .arg(office.schemaVersion())
                << '\n';
    else
        ctx.out << OfficeCommandText::tr("Applied %n migration(s); the office store is at schema %1.", nullptr,
                                         office.migrationsApplied())
                       .arg(office.schemaVersion())
                << '\n';
    if (isPostgres(*options)) {
        ctx.out << '\n'
                << OfficeCommandText::tr("The counter PCs connect with a least-privilege role. As the PostgreSQL "
                                         "superuser, run this SQL in the database %1 (again after an upgrade that "
                                         "adds tables), for example:\n"
                                         "  kakanai-cli office roles | sudo -u postgres psql -d %1 -v ON_ERROR_STOP=1\n"
                                         "then make one login role per counter PC as its last lines show "
                                         "(docs/admin/office.md).")
                       .arg(options->location.database())
                << "\n\n"
                << OfficeMigrations::counterRoleSql();
    }
    ctx.out.flush();
    return exitcode::Ok;
}

QJsonObject failureJson(const OfficeStoreOptions &options, const Error &error)
{
    return QJsonObject{{QStringLiteral("reachable"), false},
                       {QStringLiteral("engine"), isPostgres(options) ? QStringLiteral("postgresql")
                                                                      : QStringLiteral("sqlite")},
                       {QStringLiteral("location"), options.location.display()},
                       {QStringLiteral("error"), QString::fromLatin1(Error::codeName(error.code()))},
                       {QStringLiteral("message"), error.message()}};
}

int check(CliContext &ctx, const OfficeArgs &args)
{
    auto options = officeOptions(ctx, args);
    if (!options)
        return reportError(ctx, options.error());
    // Looks only: no file made, no migration, any schema (reported below).
    options->createIfMissing = false;
    options->migrate = false;
    options->acceptAnySchema = true;
    auto store = OfficeStore::open(*options);
    Result<OfficeCheckReport> report =
        store ? (*store)->check() : Result<OfficeCheckReport>(std::unexpected(store.error()));
    if (!report) {
        if (args.json)
            ctx.out << QJsonDocument(failureJson(*options, report.error())).toJson(QJsonDocument::Compact) << Qt::endl;
        return reportError(ctx, report.error());
    }
    const OfficeCheckReport &r = *report;
    const bool postgres = isPostgres(*options);
    const QString latency = QString::number(r.latencyMs, 'f', 2);
    if (args.json) {
        const QJsonObject o{{QStringLiteral("reachable"), true},
                            {QStringLiteral("engine"), r.engine},
                            {QStringLiteral("location"), r.location},
                            {QStringLiteral("serverVersion"), r.serverVersion},
                            {QStringLiteral("schemaVersion"), r.schemaVersion},
                            {QStringLiteral("latestSchemaVersion"), r.latestSchemaVersion},
                            {QStringLiteral("tls"), r.tls},
                            {QStringLiteral("tlsVersion"), r.tlsVersion},
                            {QStringLiteral("latencyMs"), latency.toDouble()}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << OfficeCommandText::tr("Office store: %1").arg(r.location) << '\n'
                << OfficeCommandText::tr("Reachable: yes") << '\n'
                << (postgres ? OfficeCommandText::tr("Engine: PostgreSQL %1").arg(r.serverVersion)
                             : OfficeCommandText::tr("Engine: SQLite %1").arg(r.serverVersion))
                << '\n'
                << OfficeCommandText::tr("Schema: %1 (this program: %2)").arg(r.schemaVersion).arg(r.latestSchemaVersion)
                << '\n';
        if (!postgres)
            ctx.out << OfficeCommandText::tr("TLS: not used (a file on this PC)") << '\n';
        else if (r.tls)
            ctx.out << OfficeCommandText::tr("TLS: yes (%1)").arg(r.tlsVersion) << '\n';
        else
            ctx.out << OfficeCommandText::tr("TLS: no, the connection is not encrypted") << '\n';
        ctx.out << OfficeCommandText::tr("Latency: %1 ms (median of 7 round trips)").arg(latency) << '\n';
        ctx.out.flush();
    }
    if (postgres && !r.tls && !options->location.isLoopback())
        ctx.err << "kakanai-cli: "
                << OfficeCommandText::tr("Warning: the connection to the office store is not encrypted. Use "
                                         "sslmode=verify-full in office/url (docs/admin/office.md).")
                << Qt::endl;
    if (r.schemaVersion > r.latestSchemaVersion) {
        ctx.err << "kakanai-cli: "
                << OfficeCommandText::tr("The office store was upgraded by a newer version of Kakanai (schema %1; this "
                                         "program knows up to %2). Install the newer version on this PC.")
                       .arg(r.schemaVersion)
                       .arg(r.latestSchemaVersion)
                << Qt::endl;
        return exitcode::DatabaseTooNew;
    }
    if (r.schemaVersion < r.latestSchemaVersion) {
        ctx.err << "kakanai-cli: "
                << OfficeCommandText::tr("The office store has schema %1; this program needs %2. The database's owner "
                                         "upgrades it with kakanai-cli office init.")
                       .arg(r.schemaVersion)
                       .arg(r.latestSchemaVersion)
                << Qt::endl;
        return exitcode::Failed;
    }
    return exitcode::Ok;
}

int backup(CliContext &ctx, const OfficeArgs &args)
{
    auto options = officeOptions(ctx, args);
    if (!options)
        return reportError(ctx, options.error());
    const QString target = args.positional.at(0);
    if (isPostgres(*options)) {
        // pg_dump is the server's tool, run where the administrator keeps the
        // backups (best on the server itself); nothing is written here, so a
        // backup script that calls this must not take it for success.
        ctx.out << pgDumpCommand(options->location, target) << Qt::endl;
        ctx.err << "kakanai-cli: "
                << OfficeCommandText::tr("Not done by this program: a PostgreSQL office store is backed up with "
                                         "PostgreSQL's pg_dump. Run the command above, best on the server as the "
                                         "postgres user (docs/admin/office.md, \"Backup and restore\").")
                << Qt::endl;
        return exitcode::Failed;
    }
    options->createIfMissing = false;
    options->migrate = false;
    options->acceptAnySchema = true; // a copy of the store as it is
    auto store = OfficeStore::open(*options);
    if (!store)
        return reportError(ctx, store.error());
    if (auto written = (*store)->backupTo(target); !written)
        return reportError(ctx, written.error());
    ctx.out << OfficeCommandText::tr("Backup of the office store (schema %1) written to %2")
                   .arg((*store)->schemaVersion())
                   .arg(QDir::toNativeSeparators(target))
            << Qt::endl;
    return exitcode::Ok;
}

int roles(CliContext &ctx, const OfficeArgs &)
{
    ctx.out << OfficeMigrations::counterRoleSql();
    ctx.out.flush();
    return exitcode::Ok;
}

// The role's password from stdin (one line) into this user's keychain, for
// office/passwordStore=keychain.
int storePassword(CliContext &ctx, const OfficeArgs &)
{
    QTextStream in(stdin);
    const QString password = in.readLine();
    const QString entry = KeychainSecret::officePasswordEntry(ctx.settings);
    if (auto stored = KeychainSecret::write(entry, password); !stored)
        return reportError(ctx, stored.error());
    ctx.out << OfficeCommandText::tr("The office store's password is in the keychain (%1). Set office/passwordStore "
                                     "to keychain to use it.")
                   .arg(entry)
            << Qt::endl;
    return exitcode::Ok;
}

int importLocal(CliContext &ctx, const OfficeArgs &args)
{
    auto options = officeOptions(ctx, args);
    if (!options)
        return reportError(ctx, options.error());
    return runOfficeImportLocal(ctx, *options, args.json);
}

// A subcommand that reads its own words registers with a lambda passing
// `rest`, e.g. {[](CliContext &c, const OfficeArgs &a) { return run(c, a.rest); }, 0, false, true}.
const std::map<QString, Subcommand> &subcommands()
{
    static const std::map<QString, Subcommand> table = {
        {QStringLiteral("init"), {init, 0, true, false}},
        {QStringLiteral("check"), {check, 0, true, true}},
        {QStringLiteral("backup"), {backup, 1, true, false}},
        {QStringLiteral("roles"), {roles, 0, false, false}},
        {QStringLiteral("import-local"), {importLocal, 0, true, true}},
        {QStringLiteral("store-password"), {storePassword, 0, false, false}},
    };
    return table;
}

} // namespace

int runOfficeCommand(CliContext &ctx, const QStringList &args)
{
    if (args.value(0) == QLatin1String("--help")) {
        ctx.out << OfficeCommandText::usage() << Qt::endl;
        return exitcode::Ok;
    }
    const auto parsed = parseArgs(args);
    const auto it = parsed ? subcommands().find(parsed->subcommand) : subcommands().end();
    if (it != subcommands().end()) {
        const Subcommand &sub = it->second;
        bool accepted = parsed->positional.size() == sub.positionals;
        for (const QString &option : parsed->options)
            accepted = accepted && (option == QLatin1String("--json") ? sub.json : sub.opensStore);
        if (accepted)
            return sub.run(ctx, *parsed);
    }
    ctx.err << OfficeCommandText::usage() << Qt::endl;
    return exitcode::Usage;
}

} // namespace kakanai
