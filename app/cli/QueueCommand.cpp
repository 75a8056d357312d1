#include "QueueCommand.h"

#include "QueueCommandSupport.h"
#include "QueueSetupCommand.h"
#include "common/Settings.h"
#include "queue/TicketStateMachine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUuid>

#include <map>

namespace kakanai {

using queue::IssueRequest;
using queue::QueueActor;
using queue::QueueCategory;
using queue::QueueService;
using queue::Ticket;
using queue::TicketPriority;
using queue::TicketState;

namespace {

class QueueCommandText {
    Q_DECLARE_TR_FUNCTIONS(QueueCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli queue issue (--category CODE | --procedures \"ID ID\") "
                  "[--priority none|accessibility|appointment] [--staff ID] [--json]\n"
                  "       kakanai-cli queue call-next|recall|start|absent --counter N [--staff ID] [--json]\n"
                  "       kakanai-cli queue done --counter N [--visit UUID] [--staff ID] [--json]\n"
                  "       kakanai-cli queue transfer --ticket A012|UUID [--to-category CODE] [--to-counter N] "
                  "[--staff ID] [--json]\n"
                  "       kakanai-cli queue cancel --ticket A012|UUID [--staff ID] [--json]\n"
                  "       kakanai-cli queue list [--state waiting|called|…] [--json]\n"
                  "       kakanai-cli queue categories [--json]\n"
                  "       kakanai-cli queue counters [--json]\n"
                  "       kakanai-cli queue counter set N [--name-ja NAME] [--name-en NAME] [--categories \"CODE CODE\"]\n"
                  "       kakanai-cli queue category set CODE --prefix A --first 1 --last 499 --name-ja NAME "
                  "--name-en NAME [--procedures \"ID ID\"] [--order N]\n"
                  "\n"
                  "  The office store of the settings (office/url). The CLI has no printer: issue gives a\n"
                  "  ticket without a slip. --staff names who acts (recorded in the ticket's events); the\n"
                  "  CLI acts with the role Supervisor. category set needs the office store owner's role.");
    }
};

} // namespace

namespace queuecli {

// ---- shared with QueueSetupCommand.cpp (QueueCommandSupport.h) ----------------

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

int usageError(CliContext &ctx, const QString &why)
{
    if (!why.isEmpty())
        ctx.err << "kakanai-cli: " << why << Qt::endl;
    ctx.err << QueueCommandText::usage() << Qt::endl;
    return exitcode::Usage;
}

// The error on stderr and, for --json, as one line on stdout too, so that a
// script reading stdout sees why.
int failed(CliContext &ctx, const QueueArgs &args, const Error &error)
{
    if (args.json)
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(Error::codeName(error.code()))},
                                             {QStringLiteral("message"), error.message()}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    return reportError(ctx, error);
}

Error invalid(const QString &message, const QString &detail)
{
    return Error(ErrorCode::InvalidArgument, message, detail);
}

Result<QueueSession *> openSession(CliContext &ctx, QueueSession &s)
{
    auto db = Database::open(storeOptions(ctx));
    if (!db)
        return std::unexpected(db.error());
    s.local = std::move(*db);
    auto office = openOfficeStore(ctx, *s.local, s.clock);
    if (!office)
        return std::unexpected(office.error());
    s.office = std::move(*office);
    queue::QueueOptions options;
    const QString zoneName = ctx.settings.string(SettingKey::OfficeTimeZone);
    options.zone = QTimeZone(zoneName.toUtf8());
    if (!options.zone.isValid())
        return std::unexpected(invalid(QueueCommandText::tr("The setting office/timeZone is not a time zone."), zoneName));
    options.terminalId = ctx.settings.string(SettingKey::TerminalId);
    options.maxCalls = ctx.settings.integer(SettingKey::QueueMaxCalls);
    options.defaultServiceSeconds = ctx.settings.integer(SettingKey::QueueDefaultServiceMinutes) * 60;
    s.service = std::make_unique<QueueService>(*s.office, s.clock, options);
    return &s;
}

bool japanese()
{
    return QLocale().language() == QLocale::Japanese;
}

QString categoryName(const QueueCategory &c)
{
    return japanese() ? c.nameJa : c.nameEn;
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

void printJson(CliContext &ctx, const QJsonObject &o)
{
    ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

namespace {

struct Subcommand {
    int (*run)(CliContext &, const QueueArgs &);
    QStringList options;    // options that take a value
    QStringList repeatable; // those of them that may be given more than once
    int positionals = 0;
    bool json = true;
};

QueueActor actorFor(const QueueArgs &args)
{
    return QueueActor{args.value(opt("--staff")), Role::Supervisor};
}

QString priorityName(TicketPriority p)
{
    switch (p) {
    case TicketPriority::None: return QStringLiteral("none");
    case TicketPriority::Accessibility: return QStringLiteral("accessibility");
    case TicketPriority::Appointment: return QStringLiteral("appointment");
    }
    return {};
}

std::optional<TicketPriority> priorityFromName(const QString &name)
{
    for (TicketPriority p : {TicketPriority::None, TicketPriority::Accessibility, TicketPriority::Appointment})
        if (priorityName(p) == name)
            return p;
    return std::nullopt;
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// Minutes from arrival to the first call; still waiting (or never called): to now.
int minutesWaited(const Ticket &t, const QDateTime &now)
{
    QDateTime end = now;
    if (t.state != TicketState::Waiting && t.state != TicketState::Pending)
        end = t.firstCalledAt.isValid() ? t.firstCalledAt : (t.finishedAt.isValid() ? t.finishedAt : now);
    if (!t.arrivalAt.isValid())
        return 0;
    return int(std::max<qint64>(0, t.arrivalAt.msecsTo(end)) / 60000);
}

int minutesRoundedUp(int seconds)
{
    return (seconds + 59) / 60;
}

QJsonObject ticketJson(const Ticket &t, const QDateTime &now)
{
    QJsonObject o{{QStringLiteral("ticketId"), t.ticketId},
                  {QStringLiteral("number"), t.display},
                  {QStringLiteral("category"), t.category},
                  {QStringLiteral("state"), queue::stateName(t.state)},
                  {QStringLiteral("priority"), priorityName(t.priority)},
                  {QStringLiteral("officeDate"), t.officeDate.toString(Qt::ISODate)},
                  {QStringLiteral("issuedAt"), timeOrNull(t.issuedAt)},
                  {QStringLiteral("arrivalAt"), timeOrNull(t.arrivalAt)},
                  {QStringLiteral("firstCalledAt"), timeOrNull(t.firstCalledAt)},
                  {QStringLiteral("serviceStartedAt"), timeOrNull(t.serviceStartedAt)},
                  {QStringLiteral("finishedAt"), timeOrNull(t.finishedAt)},
                  {QStringLiteral("callCount"), t.callCount},
                  {QStringLiteral("counter"), textOrNull(t.counterId)},
                  {QStringLiteral("targetCounter"), textOrNull(t.targetCounter)},
                  {QStringLiteral("minutesWaited"), minutesWaited(t, now)},
                  {QStringLiteral("printed"), t.printed}};
    if (!t.visitId.isEmpty())
        o.insert(QStringLiteral("visitId"), t.visitId);
    return o;
}

// A ticket named on the command line: its UUID, or today's number ("A012").
Result<Ticket> findTicket(const QueueService &service, const QString &given)
{
    if (!QUuid::fromString(given).isNull())
        return service.ticket(given.toLower());
    return service.ticketByDisplay(given);
}

// ---- reception --------------------------------------------------------------

int issue(CliContext &ctx, const QueueArgs &args)
{
    const bool byCategory = args.has(opt("--category"));
    const bool byProcedures = args.has(opt("--procedures"));
    if (byCategory == byProcedures)
        return usageError(ctx, QueueCommandText::tr("queue issue needs either --category or --procedures."));
    IssueRequest request;
    request.category = args.value(opt("--category"));
    request.procedures = args.value(opt("--procedures")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    request.printSlip = false; // no printer here: issued without a slip, on purpose
    if (byCategory && request.category.isEmpty())
        return failed(ctx, args, invalid(QueueCommandText::tr("--category needs a category code (queue categories).")));
    if (byProcedures && request.procedures.isEmpty())
        return failed(ctx, args, invalid(QueueCommandText::tr("--procedures needs at least one 手続ナビ form id.")));
    if (args.has(opt("--priority"))) {
        const auto priority = priorityFromName(args.value(opt("--priority")));
        if (!priority)
            return failed(ctx, args,
                          invalid(QueueCommandText::tr("The priority is none, accessibility or appointment."),
                                  args.value(opt("--priority"))));
        request.priority = *priority;
    }
    QueueSession s;
    if (auto opened = openSession(ctx, s); !opened)
        return failed(ctx, args, opened.error());
    auto issued = s.service->issue(actorFor(args), request);
    if (!issued)
        return failed(ctx, args, issued.error());
    const Ticket &t = issued->ticket;
    if (args.json) {
        QJsonObject o = ticketJson(t, s.clock.nowUtc());
        o.insert(QStringLiteral("peopleAhead"), issued->peopleAhead);
        o.insert(QStringLiteral("estimatedWaitMinutes"), issued->estimatedWaitSeconds
                                                              ? QJsonValue(minutesRoundedUp(*issued->estimatedWaitSeconds))
                                                              : QJsonValue());
        o.insert(QStringLiteral("slip"), false);
        printJson(ctx, o);
        return exitcode::Ok;
    }
    auto category = s.service->category(t.category);
    ctx.out << QueueCommandText::tr("Ticket %1 (%2) issued without a slip: kakanai-cli has no printer.")
                   .arg(t.display, category ? categoryName(*category) : t.category)
            << '\n'
            << QueueCommandText::tr("People ahead: %1").arg(issued->peopleAhead) << '\n';
    if (issued->estimatedWaitSeconds)
        ctx.out << QueueCommandText::tr("Estimated wait: about %n minute(s)", nullptr,
                                        minutesRoundedUp(*issued->estimatedWaitSeconds))
                << '\n';
    else
        ctx.out << QueueCommandText::tr("Estimated wait: not known (no counter is open for it)") << '\n';
    ctx.out.flush();
    return exitcode::Ok;
}

// ---- a counter's work ---------------------------------------------------------

QString counterOf(CliContext &ctx, const QueueArgs &args, bool *ok)
{
    const QString counter = args.value(opt("--counter")).trimmed();
    *ok = !counter.isEmpty();
    if (!*ok)
        usageError(ctx, QueueCommandText::tr("This command needs --counter N (the counter's ID)."));
    return counter;
}

// What happened, for people.
QString saidOf(const QString &command, const Ticket &t, int maxCalls)
{
    if (command == QLatin1String("call-next"))
        return QueueCommandText::tr("Counter %1 calls %2.").arg(t.counterId, t.display);
    if (command == QLatin1String("recall"))
        return QueueCommandText::tr("Counter %1 calls %2 again (call %3 of %4).")
            .arg(t.counterId, t.display)
            .arg(t.callCount)
            .arg(maxCalls);
    if (command == QLatin1String("start"))
        return QueueCommandText::tr("Counter %1 is serving %2.").arg(t.counterId, t.display);
    if (command == QLatin1String("done"))
        return QueueCommandText::tr("%1 is done at counter %2.").arg(t.display, t.counterId);
    if (t.state == TicketState::NoShow)
        return QueueCommandText::tr("%1 did not come after %2 call(s): no-show.").arg(t.display).arg(t.callCount);
    return QueueCommandText::tr("%1 did not come; it waits again in the queue (call %2 of %3).")
        .arg(t.display)
        .arg(t.callCount)
        .arg(maxCalls);
}

int atCounter(CliContext &ctx, const QueueArgs &args, const QString &command)
{
    bool ok = false;
    const QString counter = counterOf(ctx, args, &ok);
    if (!ok)
        return exitcode::Usage;
    const QString visit = args.value(opt("--visit"));
    if (!visit.isEmpty() && QUuid::fromString(visit).isNull())
        return failed(ctx, args, invalid(QueueCommandText::tr("--visit needs a visit's UUID."), visit));
    QueueSession s;
    if (auto opened = openSession(ctx, s); !opened)
        return failed(ctx, args, opened.error());
    QueueService &q = *s.service;
    const QueueActor actor = actorFor(args);
    Result<Ticket> changed = command == QLatin1String("call-next") ? q.callNext(actor, counter)
                             : command == QLatin1String("recall")  ? q.recall(actor, counter)
                             : command == QLatin1String("start")   ? q.start(actor, counter)
                             : command == QLatin1String("done")    ? q.finish(actor, counter, visit.toLower())
                                                                   : q.absent(actor, counter);
    if (!changed)
        return failed(ctx, args, changed.error());
    if (args.json)
        printJson(ctx, ticketJson(*changed, s.clock.nowUtc()));
    else
        ctx.out << saidOf(command, *changed, q.options().maxCalls) << Qt::endl;
    return exitcode::Ok;
}

int callNext(CliContext &c, const QueueArgs &a) { return atCounter(c, a, QStringLiteral("call-next")); }
int recall(CliContext &c, const QueueArgs &a) { return atCounter(c, a, QStringLiteral("recall")); }
int start(CliContext &c, const QueueArgs &a) { return atCounter(c, a, QStringLiteral("start")); }
int done(CliContext &c, const QueueArgs &a) { return atCounter(c, a, QStringLiteral("done")); }
int absent(CliContext &c, const QueueArgs &a) { return atCounter(c, a, QStringLiteral("absent")); }

int transfer(CliContext &ctx, const QueueArgs &args)
{
    const QString given = args.value(opt("--ticket")).trimmed();
    const QString toCategory = args.value(opt("--to-category")).trimmed();
    const QString toCounter = args.value(opt("--to-counter")).trimmed();
    if (given.isEmpty())
        return usageError(ctx, QueueCommandText::tr("queue transfer needs --ticket A012 or the ticket's UUID."));
    if (toCategory.isEmpty() && toCounter.isEmpty())
        return usageError(ctx, QueueCommandText::tr("queue transfer needs --to-category, --to-counter, or both."));
    QueueSession s;
    if (auto opened = openSession(ctx, s); !opened)
        return failed(ctx, args, opened.error());
    auto found = findTicket(*s.service, given);
    if (!found)
        return failed(ctx, args, found.error());
    auto moved = s.service->transfer(actorFor(args), found->ticketId, toCategory, toCounter);
    if (!moved)
        return failed(ctx, args, moved.error());
    if (args.json) {
        printJson(ctx, ticketJson(*moved, s.clock.nowUtc()));
        return exitcode::Ok;
    }
    auto category = s.service->category(moved->category);
    const QString where = category ? categoryName(*category) : moved->category;
    const QString since = moved->arrivalAt.toTimeZone(s.service->options().zone).toString(QStringLiteral("HH:mm"));
    if (toCounter.isEmpty())
        ctx.out << QueueCommandText::tr("%1 now waits for %2, keeping its place from %3.").arg(moved->display, where, since);
    else
        ctx.out << QueueCommandText::tr("%1 now waits for %2 at counter %3, keeping its place from %4.")
                       .arg(moved->display, where, toCounter, since);
    ctx.out << Qt::endl;
    return exitcode::Ok;
}

int cancel(CliContext &ctx, const QueueArgs &args)
{
    const QString given = args.value(opt("--ticket")).trimmed();
    if (given.isEmpty())
        return usageError(ctx, QueueCommandText::tr("queue cancel needs --ticket A012 or the ticket's UUID."));
    QueueSession s;
    if (auto opened = openSession(ctx, s); !opened)
        return failed(ctx, args, opened.error());
    auto found = findTicket(*s.service, given);
    if (!found)
        return failed(ctx, args, found.error());
    auto cancelled = s.service->cancel(actorFor(args), found->ticketId);
    if (!cancelled)
        return failed(ctx, args, cancelled.error());
    if (args.json)
        printJson(ctx, ticketJson(*cancelled, s.clock.nowUtc()));
    else
        ctx.out << QueueCommandText::tr("%1 is cancelled.").arg(cancelled->display) << Qt::endl;
    return exitcode::Ok;
}

// ---- reads --------------------------------------------------------------------

int list(CliContext &ctx, const QueueArgs &args)
{
    QList<TicketState> states;
    for (const QString &name : args.values.value(opt("--state"))) {
        const auto state = queue::stateFromName(name);
        if (!state)
            return failed(ctx, args,
                          invalid(QueueCommandText::tr("Unknown state; use pending, waiting, called, serving, done, "
                                                       "no-show or cancelled."),
                                  name));
        states.append(*state);
    }
    QueueSession s;
    if (auto opened = openSession(ctx, s); !opened)
        return failed(ctx, args, opened.error());
    auto tickets = s.service->today(states);
    if (!tickets)
        return failed(ctx, args, tickets.error());
    const QDateTime now = s.clock.nowUtc();
    if (args.json) {
        QJsonArray rows;
        for (const Ticket &t : std::as_const(*tickets))
            rows.append(ticketJson(t, now));
        printJson(ctx, QJsonObject{{QStringLiteral("officeDate"), s.service->officeToday().toString(Qt::ISODate)},
                                   {QStringLiteral("tickets"), rows}});
        return exitcode::Ok;
    }
    // number, category, state, minutes waited, counter: one ticket a line, by arrival.
    for (const Ticket &t : std::as_const(*tickets))
        ctx.out << t.display << '\t' << t.category << '\t' << queue::stateName(t.state) << '\t' << minutesWaited(t, now)
                << '\t' << (t.counterId.isEmpty() ? (t.targetCounter.isEmpty() ? QStringLiteral("-") : t.targetCounter)
                                                  : t.counterId)
                << '\n';
    ctx.out.flush();
    return exitcode::Ok;
}

const std::map<QString, Subcommand> &subcommands()
{
    const QString staff = opt("--staff");
    static const std::map<QString, Subcommand> table = {
        {QStringLiteral("issue"), {issue, {opt("--category"), opt("--procedures"), opt("--priority"), staff}, {}, 0}},
        {QStringLiteral("call-next"), {callNext, {opt("--counter"), staff}, {}, 0}},
        {QStringLiteral("recall"), {recall, {opt("--counter"), staff}, {}, 0}},
        {QStringLiteral("start"), {start, {opt("--counter"), staff}, {}, 0}},
        {QStringLiteral("done"), {done, {opt("--counter"), opt("--visit"), staff}, {}, 0}},
        {QStringLiteral("absent"), {absent, {opt("--counter"), staff}, {}, 0}},
        {QStringLiteral("transfer"),
         {transfer, {opt("--ticket"), opt("--to-category"), opt("--to-counter"), staff}, {}, 0}},
        {QStringLiteral("cancel"), {cancel, {opt("--ticket"), staff}, {}, 0}},
        {QStringLiteral("list"), {list, {opt("--state")}, {opt("--state")}, 0}},
        {QStringLiteral("categories"), {categories, {}, {}, 0}},
        {QStringLiteral("counters"), {counters, {}, {}, 0}},
        {QStringLiteral("counter set"),
         {counterSet, {opt("--name-ja"), opt("--name-en"), opt("--categories")}, {}, 1, false}},
        {QStringLiteral("category set"),
         {categorySet,
          {opt("--prefix"), opt("--first"), opt("--last"), opt("--name-ja"), opt("--name-en"), opt("--procedures"),
           opt("--order")},
          {},
          1,
          false}},
    };
    return table;
}

} // namespace
} // namespace queuecli

int runQueueCommand(CliContext &ctx, const QStringList &args)
{
    using queuecli::QueueArgs;
    using queuecli::Subcommand;
    using queuecli::subcommands;
    using queuecli::usageError;
    if (args.value(0) == QLatin1String("--help")) {
        ctx.out << QueueCommandText::usage() << Qt::endl;
        return exitcode::Ok;
    }
    // `counter set` and `category set` are two words.
    qsizetype used = 1;
    QString name = args.value(0);
    if ((name == QLatin1String("counter") || name == QLatin1String("category")) && args.size() > 1) {
        name += QLatin1Char(' ') + args.at(1);
        used = 2;
    }
    const auto it = subcommands().find(name);
    if (it == subcommands().end())
        return usageError(ctx);
    const Subcommand &sub = it->second;
    QueueArgs parsed;
    for (qsizetype i = used; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json") && sub.json) {
            parsed.json = true;
        } else if (sub.options.contains(arg)) {
            if (i + 1 >= args.size())
                return usageError(ctx, QueueCommandText::tr("%1 needs a value.").arg(arg));
            if (parsed.has(arg) && !sub.repeatable.contains(arg))
                return usageError(ctx, QueueCommandText::tr("%1 is given twice.").arg(arg));
            parsed.values[arg].append(args.at(++i));
        } else if (arg.startsWith(QLatin1String("--"))) {
            return usageError(ctx, QueueCommandText::tr("queue %1 does not take %2.").arg(name, arg));
        } else {
            parsed.positional.append(arg);
        }
    }
    if (parsed.positional.size() != sub.positionals)
        return usageError(ctx);
    return sub.run(ctx, parsed);
}

} // namespace kakanai
