#include "VisitCommand.h"

#include "FormRenderer.h"
#include "InputFiles.h"

#include "common/Clock.h"
#include "common/Settings.h"
#include "forms/FormLibrary.h"
#include "forms/LifeEventNavi.h"
#include "intake/IntakeSession.h"
#include "outbox/KeychainKeyProvider.h"
#include "outbox/Outbox.h"
#include "outbox/RecordCipher.h"
#include "outbox/RecordKeyBinding.h"
#include "security/AuditLog.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace kakanai {

namespace {

class VisitCommandText {
    Q_DECLARE_TR_FUNCTIONS(VisitCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli visit complete --card CARD.json --event ID [--answer QUESTION=yes|no …]\n"
                  "                                 [--prereg FILE] [--fact KEY=VALUE …] [--set FIELD=VALUE …]\n"
                  "                                 [--values FILE] --pdf OUT.pdf [--staff ID] [--json]\n"
                  "\n"
                  "A whole visit without a screen: the forms of the 手続ナビ's life event are filled from the card,\n"
                  "the pre-registration and the facts, printed to OUT.pdf for the signature, and the very record\n"
                  "that was printed is queued, encrypted, for the back office (\"outbox flush\" sends it).\n"
                  "\n"
                  "  --card FILE          the JSON printed by \"card read\"\n"
                  "  --event ID           the life event (tennyu, tenshutsu, tenkyo, birth, marriage, death, disaster)\n"
                  "  --answer Q=yes|no    an answer to one of the event's questions (unanswered = no)\n"
                  "  --prereg FILE        the pre-registration as a JSON object of key → value\n"
                  "  --fact KEY=VALUE     a shared fact of the visit, e.g. --fact moveDate=R8.11.20\n"
                  "  --set FIELD=VALUE    the clerk's value for a field, in every form that has it\n"
                  "  --values FILE        facts and field values as JSON {\"facts\":{…},\"fields\":{…}}; - reads standard\n"
                  "                       input. The individual number is accepted only this way, never on the command line\n"
                  "  --pdf FILE           the forms as printed for the signature (required: the record is the paper)\n"
                  "  --staff ID           the staff id written to the record and the audit log (default: cli)\n"
                  "  --json               print the result as one JSON object");
    }
};

struct VisitArgs {
    QString card;
    QString event;
    QHash<QString, bool> answers;
    QString prereg;
    KeyValues facts;
    KeyValues values;
    QString valuesFile;
    QString pdf;
    QString staff = QStringLiteral("cli");
    bool json = false;
};

std::optional<VisitArgs> parse(const QStringList &args)
{
    VisitArgs a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &o = args.at(i);
        if (o == QLatin1String("--json")) {
            a.json = true;
            continue;
        }
        if (i + 1 >= args.size())
            return std::nullopt;
        const QString value = args.at(++i);
        const qsizetype eq = value.indexOf(u'=');
        if (o == QLatin1String("--card")) {
            a.card = value;
        } else if (o == QLatin1String("--event")) {
            a.event = value;
        } else if (o == QLatin1String("--prereg")) {
            a.prereg = value;
        } else if (o == QLatin1String("--pdf")) {
            a.pdf = value;
        } else if (o == QLatin1String("--values")) {
            a.valuesFile = value;
        } else if (o == QLatin1String("--staff")) {
            a.staff = value;
        } else if (o == QLatin1String("--answer")) {
            const QString answer = value.mid(eq + 1).toLower();
            if (eq <= 0 || (answer != u"yes" && answer != u"no"))
                return std::nullopt;
            a.answers.insert(value.left(eq), answer == u"yes");
        } else if (o == QLatin1String("--fact") || o == QLatin1String("--set")) {
            if (eq <= 0)
                return std::nullopt;
            (o == QLatin1String("--fact") ? a.facts : a.values).append({value.left(eq), value.mid(eq + 1)});
        } else {
            return std::nullopt;
        }
    }
    if (a.card.isEmpty() || a.event.isEmpty() || a.pdf.isEmpty() || a.staff.isEmpty())
        return std::nullopt;
    return a;
}

int complete(CliContext &ctx, const VisitArgs &a)
{
    const QString formsDir = ctx.settings.string(SettingKey::FormsOverrideDir);
    const forms::FormLibrary library = forms::FormLibrary::load(formsDir);
    auto navi = forms::LifeEventNavi::load(library, formsDir);
    if (!navi)
        return reportError(ctx, navi.error());
    if (!navi->event(a.event))
        return reportError(ctx, Error(ErrorCode::NotFound, VisitCommandText::tr("There is no life event \"%1\".").arg(a.event)));
    auto holder = readCard(a.card);
    if (!holder)
        return reportError(ctx, holder.error());
    auto prereg = readPreRegistration(a.prereg);
    if (!prereg)
        return reportError(ctx, prereg.error());

    auto db = Database::open(storeOptions(ctx));
    if (!db)
        return reportError(ctx, db.error());
    const auto keys = makeKeyProvider(ctx.settings);
    auto cipher = RecordKeyBinding::open(**db, *keys);
    if (!cipher)
        return reportError(ctx, cipher.error());
    SystemClock clock;
    Outbox outbox(**db, **cipher, clock);
    auto audit = openAuditLog(ctx, **db, clock, cipher->get());
    const QTimeZone zone(ctx.settings.string(SettingKey::OfficeTimeZone).toUtf8());
    intake::IntakeSession session(library, outbox, clock, ctx.settings.string(SettingKey::TerminalId), zone);
    session.setStaffId(a.staff);
    session.setAuditSink([&audit, &a](const QString &action, const QString &target, const QString &detail) {
        (void)audit->append(a.staff, action, target, detail);
    });

    forms::Visit &visit = session.visit();
    visit.setCardHolder(*holder);
    holder->individualNumber.reset(); // the visit keeps its own copy
    visit.setPreRegistration(*prereg);
    if (auto added = session.addForms(navi->checklist(a.event, a.answers)); !added)
        return reportError(ctx, added.error());
    if (visit.formIds().isEmpty())
        return reportError(ctx, Error(ErrorCode::NotFound, VisitCommandText::tr("The life event needs no form here.")));
    if (auto applied = applyFactsAndValues(visit, visit.formIds(), a.facts, a.values, a.valuesFile); !applied)
        return reportError(ctx, applied.error());
    // Kana typed on the command line was read to the person by whoever typed it.
    if (!visit.fact(QStringLiteral("nameKana")).isNull())
        visit.setNameKanaConfirmed(true);

    // Nothing is printed for a visit that cannot be completed.
    if (auto ready = visit.complete(clock, QStringLiteral("check"), a.staff); !ready)
        return reportError(ctx, ready.error());
    // The paper first: the record that is stored is the one that was printed.
    auto frozen = session.freezeForSignature();
    if (!frozen)
        return reportError(ctx, frozen.error());
    print::FormRenderer::Options options{ctx.settings.string(SettingKey::OfficeName), session.frozenReference()};
    if (auto written = print::FormRenderer::writePdf(*frozen, a.pdf, options); !written)
        return reportError(ctx, written.error());
    const QString digest = session.frozenDigest();
    auto done = session.complete();
    if (!done) {
        // The visit was not queued; its paper must not be used.
        QFile::remove(a.pdf);
        return reportError(ctx, done.error());
    }
    if (a.json) {
        const QJsonObject o{{QStringLiteral("record"), *done},
                            {QStringLiteral("printedDigest"), digest},
                            {QStringLiteral("forms"), QJsonArray::fromStringList(frozen->formIds())},
                            {QStringLiteral("pdf"), QFileInfo(a.pdf).absoluteFilePath()}};
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        ctx.out << VisitCommandText::tr("Visit completed: record %1 (printed digest %2), %n form(s); "
                                        "\"kakanai-cli outbox flush\" sends it.",
                                        nullptr, static_cast<int>(frozen->formIds().size()))
                       .arg(*done, digest)
                << Qt::endl;
    }
    return exitcode::Ok;
}

} // namespace

int runVisitCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("--help") || sub == QLatin1String("help")) {
        ctx.out << VisitCommandText::usage() << Qt::endl;
        return exitcode::Ok;
    }
    const auto parsed = sub == QLatin1String("complete") ? parse(args.mid(1)) : std::nullopt;
    if (!parsed) {
        ctx.err << VisitCommandText::usage() << Qt::endl;
        return exitcode::Usage;
    }
    return complete(ctx, *parsed);
}

} // namespace kakanai
