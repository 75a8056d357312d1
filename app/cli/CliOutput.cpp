#include "CliOutput.h"

#include "common/AppIdentity.h"
#include "common/LogCategories.h"
#include "common/Settings.h"
#include "office/OfficeStore.h"
#include "outbox/KeychainKeyProvider.h"
#include "outbox/KeychainSecret.h"
#include "outbox/RecordCipher.h"
#include "outbox/RecordKeyBinding.h"
#include "security/AuditAnchor.h"
#include "security/AuditLog.h"
#include "security/LocalImport.h"

#include <QTimeZone>

namespace kakanai {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::DatabaseCorrupt: return exitcode::DatabaseCorrupt;
    case ErrorCode::DatabaseLocked: return exitcode::DatabaseLocked;
    case ErrorCode::DatabaseTooNew: return exitcode::DatabaseTooNew;
    case ErrorCode::NotFound: return exitcode::NotFound;
    case ErrorCode::InvalidArgument: return exitcode::Usage;
    case ErrorCode::StoreUnreachable:
    case ErrorCode::StoreCredentialsRefused:
    case ErrorCode::StoreTimeout:
        return exitcode::OfficeUnreachable;
    case ErrorCode::ReaderServiceStopped:
    case ErrorCode::ReaderUnavailable:
    case ErrorCode::NoCard:
    case ErrorCode::CardRemoved:
    case ErrorCode::CardNotMyNumber:
    case ErrorCode::CardWrongPin:
    case ErrorCode::CardPinBlocked:
    case ErrorCode::CardUnexpectedAnswer:
    case ErrorCode::CardIntegrity:
    case ErrorCode::CardBusy:
    case ErrorCode::CardTimeout:
        return exitcode::CardError;
    case ErrorCode::TicketTransitionRefused:
    case ErrorCode::CounterBusy:
        return exitcode::TicketRefused;
    case ErrorCode::QueueEmpty: return exitcode::QueueEmpty;
    case ErrorCode::TicketBandExhausted: return exitcode::BandExhausted;
    default:
        return exitcode::Failed;
    }
}

int reportError(CliContext &ctx, const Error &error)
{
    ctx.err << "kakanai-cli: " << error.toString() << Qt::endl;
    return exitCodeFor(error.code());
}

DatabaseOptions storeOptions(const CliContext &ctx)
{
    DatabaseOptions options;
    options.path = ctx.databaseOverride.isEmpty() ? databasePath(ctx.settings) : ctx.databaseOverride;
    options.busyTimeoutMs = ctx.settings.integer(SettingKey::DatabaseBusyTimeoutMs);
    options.createIfMissing = false; // only `db migrate` creates a store
    return options;
}

CliAuditLog::CliAuditLog() = default;
CliAuditLog::CliAuditLog(CliAuditLog &&) noexcept = default;
CliAuditLog::~CliAuditLog() = default;

namespace {

CliAuditLog withAnchor(const CliContext &ctx, SqlStore &db, const Clock &clock, std::unique_ptr<AuditAnchor> anchor)
{
    CliAuditLog opened;
    opened.anchor = std::move(anchor);
    opened.log = std::make_unique<AuditLog>(db, clock, ctx.settings.string(SettingKey::TerminalId),
                                            QTimeZone(ctx.settings.string(SettingKey::OfficeTimeZone).toUtf8()),
                                            *opened.anchor);
    return opened;
}

} // namespace

CliAuditLog openAuditLog(const CliContext &ctx, Database &db, const Clock &clock, const RecordCipher *cipher)
{
    if (cipher)
        return withAnchor(ctx, db, clock, FileAuditAnchor::forStore(ctx.settings, db.path(), *cipher));
    const auto keys = makeKeyProvider(ctx.settings);
    auto opened = RecordKeyBinding::open(db, *keys);
    if (!opened) {
        qCWarning(lcCli) << "the audit log has no anchor in this run:" << opened.error().toString();
        return withAnchor(ctx, db, clock, std::make_unique<UnavailableAuditAnchor>(opened.error()));
    }
    return withAnchor(ctx, db, clock, FileAuditAnchor::forStore(ctx.settings, db.path(), **opened));
}

CliAuditLog openAuditLogForReading(const CliContext &ctx, Database &db, const Clock &clock)
{
    return withAnchor(ctx, db, clock,
                      std::make_unique<UnavailableAuditAnchor>(
                          Error(ErrorCode::Internal, QString(), QStringLiteral("audit log opened for reading only"))));
}

Result<std::unique_ptr<OfficeStore>> openOfficeStore(const CliContext &ctx, Database &local, const Clock &clock)
{
    auto options = OfficeStore::optionsFromSettings(ctx.settings, local.path());
    if (!options)
        return std::unexpected(options.error());
    if (auto filled = KeychainSecret::fillOfficePassword(ctx.settings, options->password); !filled)
        return std::unexpected(filled.error());
    auto office = OfficeStore::open(*options);
    if (!office)
        return office;
    if ((*office)->dialect() == SqlDialect::Sqlite) {
        const auto audit = openOfficeAuditLog(ctx, **office, local, clock);
        if (auto imported = LocalImport::importOnFirstUse(local, **office, *audit, AuditAnchor::storeIdFor(local.path()));
            !imported)
            return std::unexpected(imported.error());
    }
    return office;
}

CliAuditLog openOfficeAuditLog(const CliContext &ctx, OfficeStore &office, Database &local, const Clock &clock)
{
    const auto keys = makeKeyProvider(ctx.settings);
    auto opened = RecordKeyBinding::open(local, *keys);
    if (!opened) {
        qCWarning(lcCli) << "the office audit log has no anchor in this run:" << opened.error().toString();
        return withAnchor(ctx, office, clock, std::make_unique<UnavailableAuditAnchor>(opened.error()));
    }
    return withAnchor(ctx, office, clock, FileAuditAnchor::forStore(ctx.settings, office.location(), **opened));
}

CliAuditLog openOfficeAuditLogForReading(const CliContext &ctx, OfficeStore &office, const Clock &clock)
{
    return withAnchor(ctx, office, clock,
                      std::make_unique<UnavailableAuditAnchor>(
                          Error(ErrorCode::Internal, QString(), QStringLiteral("audit log opened for reading only"))));
}

} // namespace kakanai
