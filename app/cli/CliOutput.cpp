#include "CliOutput.h"

#include "common/AppIdentity.h"
#include "common/Settings.h"
#include "security/AuditLog.h"

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

std::unique_ptr<AuditLog> openAuditLog(const CliContext &ctx, Database &db, const Clock &clock)
{
    return std::make_unique<AuditLog>(db, clock, ctx.settings.string(SettingKey::TerminalId),
                                      QTimeZone(ctx.settings.string(SettingKey::OfficeTimeZone).toUtf8()));
}

} // namespace kakanai
