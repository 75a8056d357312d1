#include "DemoCommand.h"

#include "common/Clock.h"
#include "common/Settings.h"
#include "office/OfficeStore.h"
#include "queue/HistorySimulator.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace kakanai {

namespace {

class DemoCommandText {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli demo simulate --days N [--seed S] [--end YYYY-MM-DD] [--arrivals-per-day N] "
                  "[--json]\n"
                  "\n"
                  "Writes simulated queue history (tickets and their events) into the office store, for demos,\n"
                  "statistics and benchmarks; never use it on an office's real store. The N days end on --end\n"
                  "(default: yesterday); days that already have tickets, and today, are refused.\n"
                  "\n"
                  "  --days N              calendar days to simulate (1–3660); only office days get tickets\n"
                  "  --seed S              the same seed gives the same history (default 1)\n"
                  "  --end YYYY-MM-DD      the last day (office date), before today\n"
                  "  --arrivals-per-day N  tickets on an ordinary day (default 180; counters scale with it)\n"
                  "  --json                print the summary as JSON");
    }
};

struct DemoArgs {
    int days = 0;
    quint64 seed = 1;
    QDate end;
    int arrivalsPerDay = 180;
    bool json = false;
};

std::optional<DemoArgs> parseArgs(const QStringList &args)
{
    if (args.value(0) != QLatin1String("simulate"))
        return std::nullopt;
    DemoArgs parsed;
    bool haveDays = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            parsed.json = true;
            continue;
        }
        if (i + 1 >= args.size())
            return std::nullopt;
        const QString value = args.at(++i);
        bool ok = false;
        if (arg == QLatin1String("--days")) {
            parsed.days = value.toInt(&ok);
            ok = ok && parsed.days >= 1;
            haveDays = true;
        } else if (arg == QLatin1String("--seed")) {
            parsed.seed = value.toULongLong(&ok);
        } else if (arg == QLatin1String("--end")) {
            parsed.end = QDate::fromString(value, Qt::ISODate);
            ok = parsed.end.isValid();
        } else if (arg == QLatin1String("--arrivals-per-day")) {
            parsed.arrivalsPerDay = value.toInt(&ok);
            ok = ok && parsed.arrivalsPerDay >= 1;
        }
        if (!ok)
            return std::nullopt;
    }
    if (!haveDays)
        return std::nullopt;
    return parsed;
}

void printSummary(CliContext &ctx, const queue::HistorySummary &s)
{
    ctx.out << DemoCommandText::tr("Simulated %1 to %2 (seed %3). Office days: %4, closed days: %5.")
                   .arg(s.firstDate.toString(Qt::ISODate), s.lastDate.toString(Qt::ISODate))
                   .arg(s.seed)
                   .arg(s.officeDays)
                   .arg(s.closedDays)
            << '\n'
            << DemoCommandText::tr("Tickets: %1, events: %2; no-shows: %3 % of the citizens called.")
                   .arg(s.tickets)
                   .arg(s.events)
                   .arg(s.noShowShare() * 100, 0, 'f', 1)
            << '\n';
    for (const queue::CategorySummary &c : s.categories)
        ctx.out << DemoCommandText::tr("  %1: tickets %2, done %3, no-shows %4 (%5 %), cancelled %6, transferred in %7, "
                                       "turned away %8")
                       .arg(c.code)
                       .arg(c.tickets)
                       .arg(c.done)
                       .arg(c.noShows)
                       .arg(c.noShowShare() * 100, 0, 'f', 1)
                       .arg(c.cancelled)
                       .arg(c.transfersIn)
                       .arg(c.turnedAway)
                << '\n';
    if (s.turnedAway > 0)
        ctx.out << DemoCommandText::tr("Arrivals turned away because a category's number band ran out: %1. Widen "
                                       "the bands for this many arrivals.")
                       .arg(s.turnedAway)
                << '\n';
    ctx.out << DemoCommandText::tr("Written in %1 s (tickets per second: %2).")
                   .arg(s.elapsedMs / 1000.0, 0, 'f', 1)
                   .arg(qRound64(s.ticketsPerSecond()))
            << Qt::endl;
}

} // namespace

int runDemoCommand(CliContext &ctx, const QStringList &args)
{
    if (args.size() == 1 && args.first() == QLatin1String("--help")) {
        ctx.out << DemoCommandText::usage() << Qt::endl;
        return exitcode::Ok;
    }
    const auto parsed = parseArgs(args);
    if (!parsed) {
        ctx.err << DemoCommandText::usage() << Qt::endl;
        return exitcode::Usage;
    }
    auto db = Database::open(storeOptions(ctx));
    if (!db)
        return reportError(ctx, db.error());
    SystemClock clock;
    auto office = openOfficeStore(ctx, **db, clock);
    if (!office)
        return reportError(ctx, office.error());

    queue::HistoryOptions options;
    options.days = parsed->days;
    options.lastDate = parsed->end;
    options.seed = parsed->seed;
    options.arrivalsPerDay = parsed->arrivalsPerDay;
    options.zone = QTimeZone(ctx.settings.string(SettingKey::OfficeTimeZone).toUtf8());
    options.maxCalls = ctx.settings.integer(SettingKey::QueueMaxCalls);
    options.estimator =
        queue::HistorySimulator::liveEstimator(ctx.settings.integer(SettingKey::QueueDefaultServiceMinutes) * 60);
    queue::HistorySimulator simulator(**office, clock);
    const auto summary = simulator.run(options);
    if (!summary)
        return reportError(ctx, summary.error());
    if (parsed->json)
        ctx.out << QJsonDocument(summary->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        printSummary(ctx, *summary);
    return exitcode::Ok;
}

} // namespace kakanai
