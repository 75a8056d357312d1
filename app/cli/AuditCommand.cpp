#include "AuditCommand.h"

#include "common/AppIdentity.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "security/AuditLog.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kakanai {

namespace {

class AuditCommandText {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli [--db FILE] audit verify [--json]\n"
                  "       kakanai-cli [--db FILE] audit list [--from SEQ] [--limit N]");
    }
};

int verify(CliContext &ctx, AuditLog &log, bool json)
{
    auto v = log.verify();
    if (!v)
        return reportError(ctx, v.error());
    if (json) {
        QJsonArray digests;
        for (const auto &[day, hash] : std::as_const(v->dailyDigests))
            digests.append(QJsonObject{{QStringLiteral("officeDate"), day},
                                       {QStringLiteral("headHash"), QString::fromLatin1(hash.toHex())}});
        QJsonObject o{{QStringLiteral("checked"), v->checked},
                      {QStringLiteral("intact"), !v->firstBroken.has_value()},
                      {QStringLiteral("dailyDigests"), digests}};
        if (v->firstBroken) {
            o.insert(QStringLiteral("firstBroken"), *v->firstBroken);
            o.insert(QStringLiteral("reason"), v->reason);
        }
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const auto &[day, hash] : std::as_const(v->dailyDigests))
            ctx.out << AuditCommandText::tr("Daily digest %1: %2").arg(day, QString::fromLatin1(hash.toHex())) << '\n';
        if (v->firstBroken)
            ctx.out << AuditCommandText::tr("Audit log BROKEN at entry %1: %2 (%3 entries before it verified)")
                           .arg(*v->firstBroken)
                           .arg(v->reason)
                           .arg(v->checked)
                    << Qt::endl;
        else
            ctx.out << AuditCommandText::tr("Audit log intact: %n entries verified.", nullptr, int(v->checked)) << Qt::endl;
    }
    return v->firstBroken ? exitcode::AuditBroken : exitcode::Ok;
}

int list(CliContext &ctx, AuditLog &log, qint64 from, int limit)
{
    auto events = log.events(from, limit);
    if (!events)
        return reportError(ctx, events.error());
    for (const AuditEvent &e : std::as_const(*events)) {
        ctx.out << e.seq << '\t' << e.at.toString(Qt::ISODateWithMs) << '\t' << e.terminalId << '\t' << e.staffId
                << '\t' << e.action << '\t' << e.target << '\t' << e.detail << '\n';
    }
    ctx.out.flush();
    return exitcode::Ok;
}

} // namespace

int runAuditCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    bool json = false;
    qint64 from = 1;
    int limit = 1000;
    for (qsizetype i = 1; i < args.size(); ++i) {
        bool ok = true;
        if (args.at(i) == QLatin1String("--json"))
            json = true;
        else if (args.at(i) == QLatin1String("--from") && i + 1 < args.size())
            from = args.at(++i).toLongLong(&ok);
        else if (args.at(i) == QLatin1String("--limit") && i + 1 < args.size())
            limit = args.at(++i).toInt(&ok);
        else
            ok = false;
        if (!ok) {
            ctx.err << AuditCommandText::usage() << Qt::endl;
            return exitcode::Usage;
        }
    }
    if (sub != QLatin1String("verify") && sub != QLatin1String("list")) {
        ctx.err << AuditCommandText::usage() << Qt::endl;
        return exitcode::Usage;
    }
    // Both only read: no write lock, so they work beside a writing program.
    DatabaseOptions options = storeOptions(ctx);
    options.readOnly = true;
    auto db = Database::open(options);
    if (!db)
        return reportError(ctx, db.error());
    SystemClock clock;
    const auto log = openAuditLog(ctx, **db, clock);
    return sub == QLatin1String("verify") ? verify(ctx, *log, json) : list(ctx, *log, from, limit);
}

} // namespace kakanai
