#include "StaffCommand.h"

#include "common/AppIdentity.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "security/AuditLog.h"
#include "security/StaffDirectory.h"
#include "office/OfficeStore.h"
#include "store/Database.h"

#include <QTextStream>

#include <cstdio>

namespace kakanai {

namespace {

class StaffCommandText {
    Q_DECLARE_TR_FUNCTIONS(StaffCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli [--db FILE] staff list\n"
                  "       kakanai-cli [--db FILE] staff add ID --name NAME --role clerk|reception|supervisor|administrator "
                  "--password-stdin");
    }
};

} // namespace

int runStaffCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    QString id;
    QString name;
    QString roleName;
    bool passwordFromStdin = false;
    qsizetype i = 1;
    if (sub == QLatin1String("add"))
        id = args.value(i++);
    for (; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--name") && i + 1 < args.size())
            name = args.at(++i);
        else if (a == QLatin1String("--role") && i + 1 < args.size())
            roleName = args.at(++i);
        else if (a == QLatin1String("--password-stdin"))
            passwordFromStdin = true;
        else {
            ctx.err << StaffCommandText::usage() << Qt::endl;
            return exitcode::Usage;
        }
    }
    const bool isList = sub == QLatin1String("list") && args.size() == 1;
    const bool isAdd = sub == QLatin1String("add") && !id.isEmpty() && !name.isEmpty() && passwordFromStdin;
    const auto role = Permissions::roleFromName(roleName);
    if (!isList && !(isAdd && role)) {
        ctx.err << StaffCommandText::usage() << Qt::endl;
        return exitcode::Usage;
    }

    auto db = Database::open(storeOptions(ctx));
    if (!db)
        return reportError(ctx, db.error());
    SystemClock clock;
    // Staff accounts live in the office store (docs/admin/office.md).
    auto office = openOfficeStore(ctx, **db, clock);
    if (!office)
        return reportError(ctx, office.error());
    // Listing writes no entry: it needs no record key.
    const auto audit = isList ? openOfficeAuditLogForReading(ctx, **office, clock)
                              : openOfficeAuditLog(ctx, **office, **db, clock);
    StaffDirectory staff(**office, clock, *audit);

    if (isList) {
        auto members = staff.list();
        if (!members)
            return reportError(ctx, members.error());
        for (const StaffMember &m : std::as_const(*members))
            ctx.out << m.staffId << '\t' << Permissions::roleName(m.role) << '\t' << m.displayName << '\n';
        ctx.out.flush();
        return exitcode::Ok;
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (auto ok = staff.create({id, name, *role, true}, password, QStringLiteral("cli")); !ok)
        return reportError(ctx, ok.error());
    ctx.out << StaffCommandText::tr("Staff member %1 added.").arg(id) << Qt::endl;
    return exitcode::Ok;
}

} // namespace kakanai
