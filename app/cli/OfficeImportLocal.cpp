#include "OfficeImportLocal.h"

#include "CliOutput.h"
#include "common/Clock.h"
#include "office/OfficeStore.h"
#include "security/AuditAnchor.h"
#include "security/AuditLog.h"
#include "security/LocalImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kakanai {

namespace {

class OfficeImportText {
    Q_DECLARE_TR_FUNCTIONS(OfficeImportLocal)
};

} // namespace

int runOfficeImportLocal(CliContext &ctx, const OfficeStoreOptions &options, bool json)
{
    auto local = Database::open(storeOptions(ctx));
    if (!local)
        return reportError(ctx, local.error());
    SystemClock clock;
    // Not openOfficeStore(): that moves a single PC's accounts by itself; here
    // the administrator asks for it, on either engine.
    auto office = OfficeStore::open(options);
    if (!office)
        return reportError(ctx, office.error());
    const auto audit = openOfficeAuditLog(ctx, **office, **local, clock);
    const QString storeId = AuditAnchor::storeIdFor((*local)->path());
    auto report = LocalImport::run(**local, **office, *audit, storeId, QStringLiteral("cli"));
    if (!report)
        return reportError(ctx, report.error());
    if (json) {
        const QJsonObject o{
            {QStringLiteral("localStore"), storeId},
            {QStringLiteral("officeStore"), (*office)->location()},
            {QStringLiteral("staffImported"), report->staffImported},
            {QStringLiteral("staffKept"), QJsonArray::fromStringList(report->staffAlreadyThere)},
            {QStringLiteral("localAuditEntries"), report->localAuditEntries},
            {QStringLiteral("auditCopied"), report->auditCopied},
            {QStringLiteral("auditSealedOnly"), report->auditSealedOnly},
            {QStringLiteral("localHeadHash"), QString::fromLatin1(report->localHeadHash.toHex())},
        };
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return exitcode::Ok;
    }
    ctx.out << OfficeImportText::tr("Moved to the office store %1:").arg((*office)->location()) << '\n'
            << OfficeImportText::tr("  staff accounts: %1 added, %2 kept as the office store has them")
                   .arg(report->staffImported)
                   .arg(report->staffAlreadyThere.size())
            << '\n';
    if (!report->staffAlreadyThere.isEmpty())
        ctx.out << OfficeImportText::tr("  kept: %1").arg(report->staffAlreadyThere.join(QStringLiteral(", "))) << '\n';
    if (report->auditSealedOnly)
        ctx.out << OfficeImportText::tr("  audit log: the office's chain had begun already; this PC's %1 entries stay in "
                                        "its store (audit verify --local), their head is sealed in the office's chain")
                       .arg(report->localAuditEntries)
                << '\n';
    else
        ctx.out << OfficeImportText::tr("  audit log: %1 entries copied; the office's chain goes on from them")
                       .arg(report->auditCopied)
                << '\n';
    ctx.out.flush();
    return exitcode::Ok;
}

} // namespace kakanai
