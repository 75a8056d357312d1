#include "LocalImport.h"

#include "AuditLog.h"
#include "common/LogCategories.h"
#include "store/SqlStore.h"

#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace kakanai {

namespace {

constexpr int kStaffColumns = 9;
const QString kStaffColumnList = QStringLiteral(
    "staff_id, display_name, role, password_hash, failed_attempts, locked_until, active, created_at, password_changed_at");
const QString kAuditColumnList =
    QStringLiteral("seq, at, terminal_id, staff_id, action, target, detail, prev_hash, hash");

Result<qint64> countOf(SqlStore &store, const QString &table)
{
    QSqlQuery q(store.connection());
    // The table names are our own constants, never input.
    q.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (auto ok = store.exec(q); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

Result<bool> LocalImport::officeIsEmpty(SqlStore &office)
{
    auto staff = countOf(office, QStringLiteral("staff"));
    if (!staff)
        return std::unexpected(staff.error());
    auto audit = countOf(office, QStringLiteral("audit_event"));
    if (!audit)
        return std::unexpected(audit.error());
    return *staff == 0 && *audit == 0;
}

Result<bool> LocalImport::alreadyImported(SqlStore &office, const QString &localStoreId)
{
    QSqlQuery q(office.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'local-store-imported' AND target = ?"));
    q.addBindValue(localStoreId);
    if (auto ok = office.exec(q); !ok)
        return std::unexpected(ok.error());
    return q.next() && q.value(0).toLongLong() > 0;
}

Result<bool> LocalImport::localHasStaff(SqlStore &local)
{
    auto staff = countOf(local, QStringLiteral("staff"));
    if (!staff)
        return std::unexpected(staff.error());
    return *staff > 0;
}

Result<std::optional<LocalImportReport>> LocalImport::importOnFirstUse(SqlStore &local, SqlStore &office,
                                                                      AuditLog &officeAudit,
                                                                      const QString &localStoreId)
{
    if (office.dialect() != SqlDialect::Sqlite)
        return std::nullopt;
    auto empty = officeIsEmpty(office);
    if (!empty)
        return std::unexpected(empty.error());
    if (!*empty)
        return std::nullopt;
    auto hasStaff = localHasStaff(local);
    if (!hasStaff)
        return std::unexpected(hasStaff.error());
    if (!*hasStaff)
        return std::nullopt;
    auto report = run(local, office, officeAudit, localStoreId, QString());
    if (!report)
        return std::unexpected(report.error());
    return std::optional<LocalImportReport>(*report);
}

Result<LocalImportReport> LocalImport::run(SqlStore &local, SqlStore &office, AuditLog &officeAudit,
                                           const QString &localStoreId, const QString &actingStaffId)
{
    LocalImportReport report;
    auto done = alreadyImported(office, localStoreId);
    if (!done)
        return std::unexpected(done.error());
    if (*done)
        return fail(ErrorCode::InvalidArgument,
                    tr("This PC's staff and audit log were moved to the office store before. Nothing was changed."),
                    localStoreId);

    // Read and verify everything first: a refusal changes nothing anywhere.
    std::vector<QVariantList> staffRows;
    {
        QSqlQuery q(local.connection());
        q.prepare(QStringLiteral("SELECT %1 FROM staff ORDER BY staff_id").arg(kStaffColumnList));
        if (auto ok = local.exec(q); !ok)
            return std::unexpected(ok.error());
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < kStaffColumns; ++i)
                row.append(q.value(i));
            staffRows.push_back(row);
        }
    }
    struct RawAudit {
        qint64 seq;
        QString at, terminalId, staffId, action, target, detail;
        QByteArray prevHash, hash;
    };
    std::vector<RawAudit> auditRows;
    {
        QSqlQuery q(local.connection());
        q.prepare(QStringLiteral("SELECT %1 FROM audit_event ORDER BY seq").arg(kAuditColumnList));
        if (auto ok = local.exec(q); !ok)
            return std::unexpected(ok.error());
        QByteArray prev = AuditLog::genesisHash();
        while (q.next()) {
            RawAudit r{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(),
                       q.value(7).toByteArray(), q.value(8).toByteArray()};
            AuditEvent e;
            e.seq = r.seq;
            e.at = QDateTime::fromString(r.at, Qt::ISODateWithMs);
            e.terminalId = r.terminalId;
            e.staffId = r.staffId;
            e.action = r.action;
            e.target = r.target;
            e.detail = r.detail;
            if (r.seq != qint64(auditRows.size()) + 1 || r.prevHash != prev || AuditLog::entryHash(e, prev) != r.hash)
                return fail(ErrorCode::AuditChainBroken,
                            tr("The audit log of this PC does not verify (entry %1), so it was not moved to the office "
                               "store. Nothing was changed. Check it with kakanai-cli audit verify --local.")
                                .arg(r.seq),
                            QStringLiteral("seq %1").arg(r.seq));
            prev = r.hash;
            auditRows.push_back(std::move(r));
        }
        report.localAuditEntries = qint64(auditRows.size());
        report.localHeadHash = auditRows.empty() ? AuditLog::genesisHash() : auditRows.back().hash;
    }
    std::vector<QVariantList> digestRows;
    {
        QSqlQuery q(local.connection());
        q.prepare(QStringLiteral("SELECT office_date, last_seq, head_hash FROM audit_daily_digest ORDER BY office_date"));
        if (auto ok = local.exec(q); !ok)
            return std::unexpected(ok.error());
        while (q.next())
            digestRows.push_back({q.value(0), q.value(1), q.value(2)});
    }

    const auto written = office.inTransaction([&]() -> Status {
        // Again inside the transaction: two runs at once cannot both move it.
        auto before = alreadyImported(office, localStoreId);
        if (!before)
            return std::unexpected(before.error());
        if (*before)
            return fail(ErrorCode::InvalidArgument,
                        tr("This PC's staff and audit log were moved to the office store before. Nothing was changed."),
                        localStoreId);
        report.staffImported = 0;
        report.staffAlreadyThere.clear();
        report.auditCopied = 0;
        report.auditSealedOnly = false;
        for (const QVariantList &row : staffRows) {
            QSqlQuery insert(office.connection());
            insert.prepare(QStringLiteral("INSERT INTO staff (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                          "ON CONFLICT (staff_id) DO NOTHING")
                               .arg(kStaffColumnList));
            for (const QVariant &value : row)
                insert.addBindValue(value);
            if (auto ok = office.exec(insert); !ok)
                return ok;
            if (insert.numRowsAffected() == 1)
                ++report.staffImported;
            else
                report.staffAlreadyThere.append(row.first().toString());
        }
        auto officeEntries = countOf(office, QStringLiteral("audit_event"));
        if (!officeEntries)
            return std::unexpected(officeEntries.error());
        if (*officeEntries == 0) {
            for (const RawAudit &r : auditRows) {
                QSqlQuery insert(office.connection());
                insert.prepare(QStringLiteral("INSERT INTO audit_event (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                   .arg(kAuditColumnList));
                for (const QVariant &value : {QVariant(r.seq), QVariant(r.at), QVariant(r.terminalId),
                                              QVariant(r.staffId), QVariant(r.action), QVariant(r.target),
                                              QVariant(r.detail), QVariant(r.prevHash), QVariant(r.hash)})
                    insert.addBindValue(value);
                if (auto ok = office.exec(insert); !ok)
                    return ok;
                ++report.auditCopied;
            }
            for (const QVariantList &row : digestRows) {
                QSqlQuery insert(office.connection());
                insert.prepare(QStringLiteral("INSERT INTO audit_daily_digest (office_date, last_seq, head_hash) "
                                              "VALUES (?, ?, ?) ON CONFLICT (office_date) DO NOTHING"));
                for (const QVariant &value : row)
                    insert.addBindValue(value);
                if (auto ok = office.exec(insert); !ok)
                    return ok;
            }
        } else {
            report.auditSealedOnly = report.localAuditEntries > 0;
        }
        // Codes and counts only; the head hash lets anyone check the PC's chain later.
        const QString detail = QStringLiteral("staff=%1 kept=%2 audit=%3 copied=%4 head=%5")
                                   .arg(report.staffImported)
                                   .arg(report.staffAlreadyThere.size())
                                   .arg(report.localAuditEntries)
                                   .arg(report.auditCopied)
                                   .arg(QString::fromLatin1(report.localHeadHash.toHex()));
        return officeAudit.appendInTransaction(actingStaffId, QStringLiteral("local-store-imported"), localStoreId,
                                               detail);
    });
    if (!written)
        return std::unexpected(written.error());
    qCInfo(lcSecurity) << "local store imported into the office store: staff" << report.staffImported << "audit"
                       << report.localAuditEntries << (report.auditSealedOnly ? "(head sealed)" : "(copied)");
    return report;
}

} // namespace kakanai
