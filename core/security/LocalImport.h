#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace kakanai {

class AuditLog;
class SqlStore;

// What moving a PC's staff and audit log into the office store did.
struct LocalImportReport {
    int staffImported = 0;
    QStringList staffAlreadyThere; // IDs the office store already had: its accounts were kept
    qint64 localAuditEntries = 0;  // in the PC's chain, all verified before anything was written
    QByteArray localHeadHash;      // that chain's last hash
    qint64 auditCopied = 0;        // entries copied as they are (the office chain was empty)
    bool auditSealedOnly = false;  // the office chain had entries already: only the PC chain's head went in
};

// `kakanai-cli office import-local` and the first start of a single PC after
// the office store came: the PC's staff accounts and its audit log move to the
// office store (docs/admin/office.md, "Moving a PC's staff and audit").
// - Staff: every account the office store does not have, as it is (password
//   hash, lock state); an ID the office has already keeps the office's account.
// - Audit: the PC's chain is verified first (a broken chain is refused, nothing
//   written). Into an empty office chain it is copied entry for entry, so it
//   still verifies and simply goes on in the office. Where the office chain
//   has begun already (a second PC), the chains cannot be joined: the PC's
//   chain stays in its local store and its length and head hash are sealed
//   into an office entry, so cutting it short later would show.
// Everything in one office-store transaction, ended by an audit entry
// "local-store-imported" naming the PC's store; on failure nothing changes.
class LocalImport {
    Q_DECLARE_TR_FUNCTIONS(LocalImport)
public:
    static Result<LocalImportReport> run(SqlStore &local, SqlStore &office, AuditLog &officeAudit,
                                         const QString &localStoreId, const QString &actingStaffId);
    // The first use of an office store on SQLite (one PC: office/url not
    // set): when it is empty and the PC's store has staff, run() with no
    // acting staff member. nullopt when there was nothing to do. On
    // PostgreSQL never: which PC's accounts go in is an administrator's call.
    static Result<std::optional<LocalImportReport>> importOnFirstUse(SqlStore &local, SqlStore &office,
                                                                     AuditLog &officeAudit, const QString &localStoreId);
    // Whether the PC store `localStoreId` was moved in already (its
    // local-store-imported entry is in the office chain).
    static Result<bool> alreadyImported(SqlStore &office, const QString &localStoreId);
    // No staff and no audit entry yet: what a first start imports into.
    static Result<bool> officeIsEmpty(SqlStore &office);
    // The PC's local store has staff accounts.
    static Result<bool> localHasStaff(SqlStore &local);
};

} // namespace kakanai
