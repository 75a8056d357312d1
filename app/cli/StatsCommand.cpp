#include "StatsCommand.h"

#include "common/Clock.h"
#include "common/Settings.h"
#include "office/OfficeStore.h"
#include "queue/QueueStatistics.h"
#include "queue/TicketEventsCsv.h"
#include "queue/TicketFactsReader.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace kakanai {

namespace {

class StatsCommandText {
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli stats --from YYYY-MM-DD --to YYYY-MM-DD "
                  "[--by day|hour|weekday|category|counter|staff|staff-on-duty] [--service-levels \"15 30\"] [--json]\n"
                  "       kakanai-cli stats export-events --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.csv");
    }
};

QString minutes(const std::optional<double> &seconds)
{
    return seconds ? QString::number(*seconds / 60.0, 'f', 1) : QStringLiteral("-");
}

QString percent(const std::optional<double> &share)
{
    return share ? QString::number(*share * 100.0, 'f', 1) : QStringLiteral("-");
}

// Tab-separated, one line per row: for people and for `cut`.
void printTable(QTextStream &out, const queue::StatsReport &report)
{
    using queue::QueueStatistics;
    QStringList header{StatsCommandText::tr("group"), StatsCommandText::tr("arrivals"), StatsCommandText::tr("served"),
                       StatsCommandText::tr("no-shows"), StatsCommandText::tr("cancelled"),
                       StatsCommandText::tr("open"), StatsCommandText::tr("wait mean (min)"),
                       StatsCommandText::tr("wait median (min)"), StatsCommandText::tr("wait p90 (min)"),
                       StatsCommandText::tr("service mean (min)"), StatsCommandText::tr("service median (min)"),
                       StatsCommandText::tr("service p90 (min)")};
    for (int level : report.serviceLevelMinutes)
        header << StatsCommandText::tr("within %1 min (%)").arg(level);
    header << StatsCommandText::tr("estimate error (min)") << StatsCommandText::tr("staff on duty");
    out << header.join(QLatin1Char('\t')) << '\n';
    for (const queue::StatsRow &row : report.tableRows()) {
        QStringList cells{row.isTotal ? QueueStatistics::totalLabel()
                                      : QueueStatistics::keyLabel(report.grouping, row.key),
                          QString::number(row.arrivals), QString::number(row.served), QString::number(row.noShows),
                          QString::number(row.cancelled), QString::number(row.open), minutes(row.wait.meanSeconds),
                          minutes(row.wait.medianSeconds), minutes(row.wait.p90Seconds),
                          minutes(row.service.meanSeconds), minutes(row.service.medianSeconds),
                          minutes(row.service.p90Seconds)};
        for (const auto &share : row.shareWithinServiceLevel)
            cells << percent(share);
        cells << minutes(row.estimate.meanAbsoluteErrorSeconds)
              << (row.meanStaffOnDuty ? QString::number(*row.meanStaffOnDuty, 'f', 1) : QStringLiteral("-"));
        out << cells.join(QLatin1Char('\t')) << '\n';
    }
    out.flush();
}

} // namespace

int runStatsCommand(CliContext &ctx, const QStringList &args)
{
    if (args.contains(QLatin1String("--help"))) {
        ctx.out << StatsCommandText::usage() << Qt::endl;
        return exitcode::Ok;
    }
    const bool export_ = args.value(0) == QLatin1String("export-events");
    QString fromText;
    QString toText;
    QString byText = QStringLiteral("total");
    QString levelsText = ctx.settings.string(SettingKey::QueueServiceLevels);
    QString outPath;
    bool json = false;
    bool ok = true;
    for (qsizetype i = export_ ? 1 : 0; i < args.size() && ok; ++i) {
        const QString a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--from") && hasValue)
            fromText = args.at(++i);
        else if (a == QLatin1String("--to") && hasValue)
            toText = args.at(++i);
        else if (a == QLatin1String("--by") && hasValue && !export_)
            byText = args.at(++i);
        else if (a == QLatin1String("--service-levels") && hasValue && !export_)
            levelsText = args.at(++i);
        else if (a == QLatin1String("--json") && !export_)
            json = true;
        else if (a == QLatin1String("--out") && hasValue && export_)
            outPath = args.at(++i);
        else
            ok = false;
    }
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    const QDate to = QDate::fromString(toText, Qt::ISODate);
    const auto grouping = queue::groupingFromName(byText);
    const auto levels = queue::parseServiceLevels(levelsText);
    if (!ok || (export_ && outPath.isEmpty())) {
        ctx.err << StatsCommandText::usage() << Qt::endl;
        return exitcode::Usage;
    }
    // Bad input gets a sentence saying which, then the usage.
    QString problem;
    if (!from.isValid() || !to.isValid())
        problem = StatsCommandText::tr("--from and --to must be dates written YYYY-MM-DD.");
    else if (from > to)
        problem = StatsCommandText::tr("--from must not be after --to.");
    else if (!grouping)
        problem = StatsCommandText::tr("--by must be one of day, hour, weekday, category, counter, staff, staff-on-duty.");
    else if (!levels)
        problem = StatsCommandText::tr("--service-levels must be 1 to 4 whole minutes, rising, e.g. \"15 30\".");
    if (!problem.isEmpty()) {
        ctx.err << "kakanai-cli: " << problem << '\n' << StatsCommandText::usage() << Qt::endl;
        return exitcode::Usage;
    }

    auto db = Database::open(storeOptions(ctx));
    if (!db)
        return reportError(ctx, db.error());
    SystemClock clock;
    auto office = openOfficeStore(ctx, **db, clock);
    if (!office)
        return reportError(ctx, office.error());
    const QTimeZone zone(ctx.settings.string(SettingKey::OfficeTimeZone).toUtf8());

    if (export_) {
        auto written = queue::TicketEventsCsv::exportToFile(**office, from, to, zone, outPath);
        if (!written)
            return reportError(ctx, written.error());
        ctx.out << StatsCommandText::tr("%n ticket(s) written.", nullptr, int(*written)) << Qt::endl;
        return exitcode::Ok;
    }

    auto facts = queue::TicketFactsReader::read(**office, from, to);
    if (!facts)
        return reportError(ctx, facts.error());
    queue::StatsOptions options;
    options.zone = zone;
    options.serviceLevelMinutes = *levels;
    const queue::StatsReport report = queue::QueueStatistics::compute(*facts, *grouping, options);
    if (json) {
        QJsonObject object = queue::QueueStatistics::toJson(report);
        object.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
        object.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
        object.insert(QStringLiteral("timeZone"), QString::fromUtf8(zone.id()));
        ctx.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return exitcode::Ok;
    }
    printTable(ctx.out, report);
    return exitcode::Ok;
}

} // namespace kakanai
