#include "QueueSetupCommand.h"

#include "queue/QueueCategories.h"

#include <QJsonArray>

namespace kakanai::queuecli {

using queue::QueueCategories;
using queue::QueueCategory;
using queue::QueueCounter;

namespace {

class QueueSetupCommandText {
    Q_DECLARE_TR_FUNCTIONS(QueueSetupCommand)
};

QJsonObject categoryJson(const QueueCategory &c)
{
    return QJsonObject{{QStringLiteral("code"), c.code},
                       {QStringLiteral("prefix"), c.prefix},
                       {QStringLiteral("first"), c.firstNumber},
                       {QStringLiteral("last"), c.lastNumber},
                       {QStringLiteral("nameJa"), c.nameJa},
                       {QStringLiteral("nameEn"), c.nameEn},
                       {QStringLiteral("procedures"), QJsonArray::fromStringList(c.procedures)},
                       {QStringLiteral("order"), c.sortOrder},
                       {QStringLiteral("active"), c.active}};
}

Result<int> number(const QString &option, const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok)
        return std::unexpected(invalid(QueueSetupCommandText::tr("%1 needs a whole number.").arg(option), text));
    return n;
}

} // namespace

int categories(CliContext &ctx, const QueueArgs &args)
{
    QueueSession s;
    if (auto opened = openSession(ctx, s); !opened)
        return failed(ctx, args, opened.error());
    QueueCategories admin(*s.office, s.clock, s.service->options().zone);
    auto all = admin.all();
    if (!all)
        return failed(ctx, args, all.error());
    if (args.json) {
        QJsonArray rows;
        for (const QueueCategory &c : std::as_const(*all))
            rows.append(categoryJson(c));
        printJson(ctx, QJsonObject{{QStringLiteral("categories"), rows}});
        return exitcode::Ok;
    }
    for (const QueueCategory &c : std::as_const(*all))
        ctx.out << c.code << '\t' << c.displayFor(c.firstNumber) << QStringLiteral("–") << c.displayFor(c.lastNumber)
                << '\t' << categoryName(c) << '\t' << c.procedures.join(QLatin1Char(' '))
                << (c.active ? QString() : QLatin1Char('\t') + QueueSetupCommandText::tr("(inactive)")) << '\n';
    ctx.out.flush();
    return exitcode::Ok;
}

int counters(CliContext &ctx, const QueueArgs &args)
{
    QueueSession s;
    if (auto opened = openSession(ctx, s); !opened)
        return failed(ctx, args, opened.error());
    auto all = s.service->counters();
    if (!all)
        return failed(ctx, args, all.error());
    if (args.json) {
        QJsonArray rows;
        for (const QueueCounter &c : std::as_const(*all))
            rows.append(QJsonObject{{QStringLiteral("counter"), c.counterId},
                                    {QStringLiteral("nameJa"), c.nameJa},
                                    {QStringLiteral("nameEn"), c.nameEn},
                                    {QStringLiteral("categories"), QJsonArray::fromStringList(c.categories)},
                                    {QStringLiteral("open"), c.open},
                                    {QStringLiteral("staff"), textOrNull(c.staffId)},
                                    {QStringLiteral("terminal"), textOrNull(c.terminalId)}});
        printJson(ctx, QJsonObject{{QStringLiteral("counters"), rows}});
        return exitcode::Ok;
    }
    for (const QueueCounter &c : std::as_const(*all))
        ctx.out << c.counterId << '\t' << (japanese() ? c.nameJa : c.nameEn) << '\t'
                << (c.open ? QueueSetupCommandText::tr("open") : QueueSetupCommandText::tr("closed")) << '\t'
                << (c.categories.isEmpty() ? QueueSetupCommandText::tr("all categories")
                                           : c.categories.join(QLatin1Char(' ')))
                << '\n';
    ctx.out.flush();
    return exitcode::Ok;
}

int counterSet(CliContext &ctx, const QueueArgs &args)
{
    const QString id = args.positional.value(0).trimmed();
    QueueSession s;
    if (auto opened = openSession(ctx, s); !opened)
        return failed(ctx, args, opened.error());
    auto all = s.service->counters();
    if (!all)
        return failed(ctx, args, all.error());
    // What is not given stays as it is.
    QueueCounter counter;
    counter.counterId = id;
    for (const QueueCounter &c : std::as_const(*all))
        if (c.counterId == id)
            counter = c;
    const bool created = counter.nameJa.isEmpty();
    if (args.has(opt("--name-ja")))
        counter.nameJa = args.value(opt("--name-ja")).trimmed();
    if (args.has(opt("--name-en")))
        counter.nameEn = args.value(opt("--name-en")).trimmed();
    if (args.has(opt("--categories"))) {
        counter.categories = args.value(opt("--categories")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &code : std::as_const(counter.categories))
            if (auto known = s.service->category(code); !known)
                return failed(ctx, args, known.error());
    }
    if (auto saved = s.service->saveCounter(counter); !saved)
        return failed(ctx, args, saved.error());
    ctx.out << (created ? QueueSetupCommandText::tr("Counter %1 added.")
                        : QueueSetupCommandText::tr("Counter %1 changed."))
                   .arg(id)
            << Qt::endl;
    return exitcode::Ok;
}

int categorySet(CliContext &ctx, const QueueArgs &args)
{
    for (const char *required : {"--prefix", "--first", "--last", "--name-ja", "--name-en"})
        if (!args.has(opt(required)))
            return usageError(ctx, QueueSetupCommandText::tr("queue category set needs %1.").arg(opt(required)));
    QueueCategory c;
    c.code = args.positional.value(0).trimmed();
    c.prefix = args.value(opt("--prefix")).trimmed();
    c.nameJa = args.value(opt("--name-ja"));
    c.nameEn = args.value(opt("--name-en"));
    auto first = number(opt("--first"), args.value(opt("--first")));
    if (!first)
        return failed(ctx, args, first.error());
    auto last = number(opt("--last"), args.value(opt("--last")));
    if (!last)
        return failed(ctx, args, last.error());
    c.firstNumber = *first;
    c.lastNumber = *last;
    std::optional<int> order;
    if (args.has(opt("--order"))) {
        auto given = number(opt("--order"), args.value(opt("--order")));
        if (!given)
            return failed(ctx, args, given.error());
        order = *given;
    }
    // Checked before the store is opened: a typo needs no connection.
    if (auto ok = QueueCategories::validate(c); !ok)
        return failed(ctx, args, ok.error());
    QueueSession s;
    if (auto opened = openSession(ctx, s); !opened)
        return failed(ctx, args, opened.error());
    QueueCategories admin(*s.office, s.clock, s.service->options().zone);
    auto all = admin.all();
    if (!all)
        return failed(ctx, args, all.error());
    // Procedures, order and whether it is active stay as they are unless given.
    for (const QueueCategory &existing : std::as_const(*all))
        if (existing.code == c.code) {
            c.procedures = existing.procedures;
            c.sortOrder = existing.sortOrder;
            c.active = existing.active;
        }
    if (args.has(opt("--procedures")))
        c.procedures = args.value(opt("--procedures")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (order)
        c.sortOrder = *order;
    auto saved = admin.save(c);
    if (!saved)
        return failed(ctx, args, saved.error());
    const QString band = c.displayFor(c.firstNumber) + QStringLiteral("–") + c.displayFor(c.lastNumber);
    ctx.out << (saved->created ? QueueSetupCommandText::tr("Category %1 added: %2.")
                               : QueueSetupCommandText::tr("Category %1 changed: %2."))
                   .arg(c.code, band)
            << '\n';
    if (saved->today == QueueCategories::TodayBand::Applied && saved->lastGivenToday >= 0)
        ctx.out << QueueSetupCommandText::tr("Today's tickets continue in the new band after %1.")
                       .arg(c.displayFor(saved->lastGivenToday))
                << '\n';
    else if (saved->today == QueueCategories::TodayBand::KeptUntilTomorrow)
        ctx.out << QueueSetupCommandText::tr(
                       "Numbers up to %1 were given out today, past the end of the new band: today's "
                       "tickets keep the old band, the new one starts tomorrow.")
                       .arg(c.displayFor(saved->lastGivenToday))
                << '\n';
    ctx.out.flush();
    return exitcode::Ok;
}

} // namespace kakanai::queuecli
