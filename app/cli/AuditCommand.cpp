#include "AuditCommand.h"

#include "common/AppIdentity.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "office/OfficeStore.h"
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
        return tr("Usage: kakanai-cli [--db FILE] audit verify [--local] [--json]\n"
                  "       kakanai-cli [--db FILE] audit list [--local] [--from SEQ] [--limit N]\n"
                  "The office's chain (staff, sign-ins, what clerks did), or with --local this PC's chain "
                  "(what happened to its records).");
    }
};

QJsonObject anchorJson(const AuditLog::Verification &v)
{
    QJsonObject o{{QStringLiteral("state"), AuditLog::anchorCheckName(v.anchor)}};
    if (v.anchoredEntries >= 0)
        o.insert(QStringLiteral("checkpointEntries"), v.anchoredEntries);
    if (v.anchor == AuditLog::AnchorCheck::Truncated) {
        o.insert(QStringLiteral("missing"), v.missingEntries());
        o.insert(QStringLiteral("missingAfter"), v.checked);
    }
    if (!v.anchorReason.isEmpty())
        o.insert(QStringLiteral("reason"), v.anchorReason);
    return o;
}

// The line about the end of the log (the chain itself verified).
QString anchorLine(const AuditLog::Verification &v)
{
    using Check = AuditLog::AnchorCheck;
    switch (v.anchor) {
    case Check::Truncated:
        return AuditCommandText::tr("Audit log TRUNCATED: %1").arg(v.anchorReason);
    case Check::Diverged:
        return AuditCommandText::tr("Audit log BROKEN: %1").arg(v.anchorReason);
    case Check::CheckpointForged:
        return AuditCommandText::tr("Audit checkpoint TAMPERED: %1").arg(v.anchorReason);
    case Check::Unavailable:
        return AuditCommandText::tr("The chain verified (%n entries), but NOT its end: %1", nullptr, int(v.checked))
            .arg(v.anchorReason);
    case Check::Started:
        return v.anchorReason;
    case Check::Extended:
        return AuditCommandText::tr("The checkpoint recorded %1 entries; the newer ones follow by the chain and the "
                                    "checkpoint was moved up.")
            .arg(v.anchoredEntries);
    case Check::Matches:
    case Check::NotChecked:
        break;
    }
    return {};
}

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
                      {QStringLiteral("intact"), v->intact()},
                      {QStringLiteral("dailyDigests"), digests},
                      {QStringLiteral("anchor"), anchorJson(*v)}};
        if (v->firstBroken) {
            o.insert(QStringLiteral("firstBroken"), *v->firstBroken);
            o.insert(QStringLiteral("reason"), v->reason);
        }
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const auto &[day, hash] : std::as_const(v->dailyDigests))
            ctx.out << AuditCommandText::tr("Daily digest %1: %2").arg(day, QString::fromLatin1(hash.toHex())) << '\n';
        if (v->firstBroken) {
            ctx.out << AuditCommandText::tr("Audit log BROKEN at entry %1: %2 (%3 entries before it verified)")
                           .arg(*v->firstBroken)
                           .arg(v->reason)
                           .arg(v->checked)
                    << Qt::endl;
        } else {
            if (v->intact())
                ctx.out << AuditCommandText::tr("Audit log intact: %n entries verified.", nullptr, int(v->checked))
                        << '\n';
            if (const QString line = anchorLine(*v); !line.isEmpty())
                ctx.out << line << '\n';
            ctx.out.flush();
        }
    }
    // A cut-off log, a rewritten one and a forged checkpoint fail like a broken chain.
    return v->intact() ? exitcode::Ok : exitcode::AuditBroken;
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
    bool local = false;
    qint64 from = 1;
    int limit = 1000;
    for (qsizetype i = 1; i < args.size(); ++i) {
        bool ok = true;
        if (args.at(i) == QLatin1String("--json"))
            json = true;
        else if (args.at(i) == QLatin1String("--local"))
            local = true;
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
    if (local) {
        if (sub == QLatin1String("list"))
            return list(ctx, *openAuditLogForReading(ctx, **db, clock), from, limit);
        const auto log = openAuditLog(ctx, **db, clock);
        return verify(ctx, *log, json);
    }
    auto office = openOfficeStore(ctx, **db, clock);
    if (!office)
        return reportError(ctx, office.error());
    if (sub == QLatin1String("list"))
        return list(ctx, *openOfficeAuditLogForReading(ctx, **office, clock), from, limit);
    const auto log = openOfficeAuditLog(ctx, **office, **db, clock);
    return verify(ctx, *log, json);
}

} // namespace kakanai
