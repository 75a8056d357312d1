#pragma once

#include "common/Error.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace kakanai {

class Settings;

// Exit codes of kakanai-cli (docs/cli.md).
namespace exitcode {
constexpr int Ok = 0;
constexpr int Usage = 1;
constexpr int Failed = 2;          // any error not listed below
constexpr int DatabaseCorrupt = 3;
constexpr int DatabaseLocked = 4;
constexpr int DatabaseTooNew = 5;
constexpr int NotFound = 6;
constexpr int CardError = 7;       // card/reader problems: the message says which
constexpr int AuditBroken = 8;     // audit verify found a broken chain
constexpr int OfficeUnreachable = 9; // the office store cannot be reached, refused the role or its password, or did not answer in time
constexpr int TicketRefused = 10;  // queue: the ticket's state does not allow it, or the counter still has a ticket
constexpr int QueueEmpty = 11;     // queue call-next: nobody is waiting for the counter
constexpr int BandExhausted = 12;  // queue issue: every number of the category's band was given out today
} // namespace exitcode

// What every sub-command gets: where to write, and the settings.
class AuditAnchor;
class AuditLog;
class Clock;
class OfficeStore;
class RecordCipher;

struct CliContext {
    QTextStream &out;
    QTextStream &err;
    Settings &settings;
    QString databaseOverride; // --db
};

// Writes "kakanai-cli: <message>" to stderr and returns the exit code for the error.
int reportError(CliContext &ctx, const Error &error);
int exitCodeFor(ErrorCode code);

// The store every command opens: --db, or the one the settings name.
DatabaseOptions storeOptions(const CliContext &ctx);
// The audit log of a store, as this terminal (staff "cli" for CLI actions),
// with the anchor it keeps its checkpoint in.
struct CliAuditLog {
    std::unique_ptr<AuditAnchor> anchor;
    std::unique_ptr<AuditLog> log;
    CliAuditLog();
    CliAuditLog(CliAuditLog &&) noexcept;
    ~CliAuditLog();
    AuditLog *operator->() const { return log.get(); }
    AuditLog &operator*() const { return *log; }
};
// The anchor's MAC key comes from `cipher`, or, without one, from the record
// key opened as every command opens it (RecordKeyBinding: made only for a
// store that has never sealed anything). A key that cannot be opened leaves
// the log without an anchor: appends still work, verify reports it.
CliAuditLog openAuditLog(const CliContext &ctx, Database &db, const Clock &clock, const RecordCipher *cipher = nullptr);
// For reading entries only (`audit list`): no record key is opened.
CliAuditLog openAuditLogForReading(const CliContext &ctx, Database &db, const Clock &clock);

// The office store (docs/admin/office.md) as office/url says, or office.sqlite
// beside the PC's store `local`. On first use of that file the PC's staff and
// audit move into it (LocalImport::importOnFirstUse), as in the app.
Result<std::unique_ptr<OfficeStore>> openOfficeStore(const CliContext &ctx, Database &local, const Clock &clock);
// The office's audit chain; the checkpoint's MAC key comes from this PC's
// record key (in `local`), as for openAuditLog.
CliAuditLog openOfficeAuditLog(const CliContext &ctx, OfficeStore &office, Database &local, const Clock &clock);
CliAuditLog openOfficeAuditLogForReading(const CliContext &ctx, OfficeStore &office, const Clock &clock);

} // namespace kakanai
