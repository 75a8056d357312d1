#include "FormCommand.h"

#include "FormRenderer.h"
#include "InputFiles.h"
#include "QrInput.h"

#include "card/CardHolder.h"
#include "card/SecureBuffer.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "forms/FieldSource.h"
#include "forms/FormLibrary.h"
#include "forms/IndividualNumber.h"
#include "forms/LifeEventNavi.h"
#include "prereg/PreRegApplier.h"
#include "forms/Visit.h"
#include "jp/JapaneseDate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace kakanai {

namespace {

class FormCommandText {
    Q_DECLARE_TR_FUNCTIONS(FormCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli form fill --form ID [--form ID …] --card CARD.json [--prereg FILE]\n"
                  "                             [--qr-text S | --qr-image FILE]\n"
                  "                             [--fact KEY=VALUE …] [--set FIELD=VALUE …] [--values FILE]\n"
                  "                             [--today DATE] [--pdf OUT.pdf] [--json]\n"
                  "\n"
                  "  --form ID          a form to fill (see \"forms list\"); repeat for several forms; with a\n"
                  "                     QR code the code's forms are filled, and --form adds more\n"
                  "  --qr-text S        the citizen's pre-registration code as text (symbols separated by spaces)\n"
                  "  --qr-image FILE    the citizen's pre-registration code in an image or PDF file\n"
                  "  --card FILE        the JSON printed by \"card read\" (name, address, birthDate, sex, individualNumber)\n"
                  "  --prereg FILE      the pre-registration as a JSON object of key → value (prereg.* sources)\n"
                  "  --fact KEY=VALUE   a shared fact of the visit (visit.* sources), e.g. --fact moveDate=2024-04-01\n"
                  "  --set FIELD=VALUE  the clerk's value for a field, in every chosen form that has it (e.g. --set kind=tennyu)\n"
                  "  --values FILE      facts and field values as JSON {\"facts\":{…},\"fields\":{…}}; - reads standard\n"
                  "                     input. The individual number is accepted only this way, never on the command line\n"
                  "  --today DATE       the office date to use instead of today\n"
                  "  --pdf FILE         also write the forms as an A4 PDF for signing\n"
                  "  --json             print the fields as one JSON object instead of a table");
    }
};

struct FillArgs {
    QStringList forms;
    QString card;
    QString prereg;
    QStringList qrTexts;
    QString qrImage;
    KeyValues facts;
    KeyValues values;
    QString valuesFile;
    QString today;
    QString pdf;
    bool json = false;
};

int usage(CliContext &ctx)
{
    ctx.err << FormCommandText::usage() << Qt::endl;
    return exitcode::Usage;
}

QJsonValue jsonValue(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
        return value.toLongLong();
    case QMetaType::QVariantList: {
        QJsonArray rows;
        for (const QVariant &row : value.toList()) {
            QJsonObject o;
            const QVariantMap map = row.toMap();
            for (auto it = map.begin(); it != map.end(); ++it)
                o.insert(it.key(), jsonValue(it.value()));
            rows.append(o);
        }
        return rows;
    }
    default:
        return value.isValid() && !value.isNull() ? QJsonValue(value.toString()) : QJsonValue();
    }
}

QString stateName(forms::ValidationState state)
{
    switch (state) {
    case forms::ValidationState::Ok: return QStringLiteral("ok");
    case forms::ValidationState::Missing: return QStringLiteral("missing");
    case forms::ValidationState::Invalid: return QStringLiteral("invalid");
    case forms::ValidationState::Unconfirmed: return QStringLiteral("unconfirmed");
    }
    return QStringLiteral("invalid");
}

QJsonObject fieldJson(const forms::FormDefinition &form, const forms::FieldState &state)
{
    const forms::FormField *field = form.field(state.fieldId);
    QJsonObject o{
        {QStringLiteral("id"), state.fieldId},
        {QStringLiteral("label"), field ? field->label.ja : QString()},
        {QStringLiteral("type"), forms::FieldTypes::name(state.type)},
        // The individual number is masked here: this output ends up in terminals, scripts and
        // their logs; the PDF (which goes to the person) is the only place it is printed.
        {QStringLiteral("value"), state.type == forms::FieldType::IndividualNumber
                                      ? (state.hasValue ? QJsonValue(state.display) : QJsonValue())
                                      : jsonValue(state.value)},
        {QStringLiteral("display"), state.display},
        {QStringLiteral("source"), forms::FieldSources::name(state.source)},
        {QStringLiteral("state"), stateName(state.state)},
        {QStringLiteral("required"), state.required},
        {QStringLiteral("applicable"), state.applicable},
        {QStringLiteral("handwritten"), state.handwritten},
    };
    if (!state.binding.isEmpty())
        o.insert(QStringLiteral("binding"), state.binding);
    if (!state.reason.isEmpty())
        o.insert(QStringLiteral("reason"), state.reason);
    return o;
}

Result<FillArgs> parseFill(const QStringList &args)
{
    FillArgs a;
    const auto usageError = [] { return std::unexpected(Error(ErrorCode::InvalidArgument, FormCommandText::usage())); };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &o = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (o == QLatin1String("--json")) {
            a.json = true;
        } else if (!hasValue) {
            return usageError();
        } else if (o == QLatin1String("--form")) {
            a.forms.append(args.at(++i));
        } else if (o == QLatin1String("--card")) {
            a.card = args.at(++i);
        } else if (o == QLatin1String("--prereg")) {
            a.prereg = args.at(++i);
        } else if (o == QLatin1String("--qr-text")) {
            a.qrTexts << symbolsFromText(args.at(++i));
        } else if (o == QLatin1String("--qr-image")) {
            a.qrImage = args.at(++i);
        } else if (o == QLatin1String("--pdf")) {
            a.pdf = args.at(++i);
        } else if (o == QLatin1String("--values")) {
            a.valuesFile = args.at(++i);
        } else if (o == QLatin1String("--today")) {
            a.today = args.at(++i);
        } else if (o == QLatin1String("--fact") || o == QLatin1String("--set")) {
            const QString kv = args.at(++i);
            const qsizetype eq = kv.indexOf(u'=');
            if (eq <= 0)
                return usageError();
            (o == QLatin1String("--fact") ? a.facts : a.values).append({kv.left(eq), kv.mid(eq + 1)});
        } else {
            return usageError();
        }
    }
    const bool hasQr = !a.qrTexts.isEmpty() || !a.qrImage.isEmpty();
    if ((a.forms.isEmpty() && !hasQr) || a.card.isEmpty() || (!a.qrTexts.isEmpty() && !a.qrImage.isEmpty()))
        return usageError();
    a.forms.removeDuplicates();
    return a;
}

// The citizen's code into the visit (--qr-text / --qr-image): all or nothing.
Result<QJsonObject> applyQrCode(CliContext &ctx, const FillArgs &a, const forms::FormLibrary &library, forms::Visit &visit)
{
    QStringList symbols = a.qrTexts;
    if (!a.qrImage.isEmpty()) {
        auto read = symbolsFromImage(a.qrImage);
        if (!read)
            return std::unexpected(read.error());
        symbols = *read;
    }
    auto navi = forms::LifeEventNavi::load(library, ctx.settings.string(SettingKey::FormsOverrideDir));
    if (!navi)
        return std::unexpected(navi.error());
    auto decoded = decodeCode(ctx.settings, library, *navi, symbols);
    if (!decoded)
        return std::unexpected(decoded.error());
    auto applied = prereg::PreRegApplier::apply(visit, decoded->content, *navi);
    if (!applied)
        return std::unexpected(applied.error());
    const prereg::CardComparison comparison = prereg::PreRegApplier::compare(decoded->content.person, visit.cardHolder());
    QJsonArray differences;
    for (const prereg::CardDifference &d : comparison.differences)
        differences.append(prereg::PreRegApplier::factLabel(d.fact));
    if (comparison.otherPerson)
        ctx.err << FormCommandText::tr("kakanai-cli: warning: the QR code looks like another person's than the card's "
                                       "(name or date of birth differ); the card's facts are used.")
                << Qt::endl;
    return QJsonObject{{QStringLiteral("symbols"), decoded->symbolCount},
                       {QStringLiteral("signature"), prereg::SignatureCheck::stateName(decoded->signature.state)},
                       {QStringLiteral("events"), QJsonArray::fromStringList(decoded->content.events)},
                       {QStringLiteral("cardDifferences"), differences},
                       {QStringLiteral("otherPerson"), comparison.otherPerson}};
}

int fill(CliContext &ctx, FillArgs a)
{
    QDate today;
    if (a.today.isEmpty()) {
        SystemClock clock;
        const QString zone = ctx.settings.string(SettingKey::OfficeTimeZone);
        const QTimeZone tz = zone.isEmpty() ? OfficeCalendar::defaultZone() : QTimeZone(zone.toUtf8());
        today = OfficeCalendar(clock, tz.isValid() ? tz : OfficeCalendar::defaultZone()).today();
    } else {
        const auto parsed = jp::JapaneseDate::parse(a.today);
        if (!parsed)
            return reportError(ctx, Error(ErrorCode::InvalidArgument, FormCommandText::tr("--today is not a date."),
                                          parsed.error().technicalDetail()));
        today = *parsed;
    }

    const forms::FormLibrary library = forms::FormLibrary::load(ctx.settings.string(SettingKey::FormsOverrideDir));
    for (const QString &id : a.forms) {
        if (!library.contains(id))
            return reportError(ctx, Error(ErrorCode::NotFound,
                                          FormCommandText::tr("There is no form \"%1\". \"kakanai-cli forms list\" shows the forms.")
                                              .arg(id)));
    }
    auto holder = readCard(a.card);
    if (!holder)
        return reportError(ctx, holder.error());
    auto prereg = readPreRegistration(a.prereg);
    if (!prereg)
        return reportError(ctx, prereg.error());

    forms::Visit visit(library, today);
    visit.setCardHolder(*holder);
    holder->individualNumber.reset(); // wiped by SecureBuffer; the visit keeps its own copy
    visit.setPreRegistration(*prereg);
    QJsonObject qr;
    if (!a.qrTexts.isEmpty() || !a.qrImage.isEmpty()) {
        auto applied = applyQrCode(ctx, a, library, visit);
        if (!applied)
            return reportError(ctx, applied.error());
        qr = *applied;
    }
    for (const QString &id : a.forms) {
        if (auto added = visit.addForm(id); !added)
            return reportError(ctx, added.error());
    }
    a.forms = visit.formIds();
    if (auto applied = applyFactsAndValues(visit, a.forms, a.facts, a.values, a.valuesFile); !applied)
        return reportError(ctx, applied.error());

    if (!a.pdf.isEmpty()) {
        print::FormRenderer::Options options;
        options.officeName = ctx.settings.string(SettingKey::OfficeName);
        if (auto written = print::FormRenderer::writePdf(visit, a.forms, a.pdf, options); !written)
            return reportError(ctx, written.error());
    }

    if (a.json) {
        QJsonArray formsJson;
        for (const QString &id : a.forms) {
            const forms::FormDefinition &form = *visit.form(id);
            QJsonArray fields;
            for (const forms::FieldState &state : visit.fields(id))
                fields.append(fieldJson(form, state));
            formsJson.append(QJsonObject{{QStringLiteral("id"), id},
                                         {QStringLiteral("title"), form.title.ja},
                                         {QStringLiteral("fields"), fields}});
        }
        QJsonObject root{{QStringLiteral("forms"), formsJson},
                         {QStringLiteral("ready"), visit.isReady()},
                         {QStringLiteral("clerkEntered"), visit.clerkEnteredCount()}};
        if (!qr.isEmpty())
            root.insert(QStringLiteral("qr"), qr);
        if (!a.pdf.isEmpty())
            root.insert(QStringLiteral("pdf"), a.pdf);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)) << Qt::endl;
        return exitcode::Ok;
    }
    for (const QString &id : a.forms) {
        const forms::FormDefinition &form = *visit.form(id);
        ctx.out << form.id << '\t' << form.title.ja << '\n';
        for (const forms::FieldState &state : visit.fields(id)) {
            if (!state.applicable)
                continue;
            const forms::FormField *field = form.field(state.fieldId);
            ctx.out << "  " << (field ? field->label.ja : state.fieldId) << '\t' << state.display << '\t'
                    << forms::FieldSources::name(state.source) << '\t' << stateName(state.state) << '\n';
        }
    }
    ctx.out.flush();
    return exitcode::Ok;
}

} // namespace

int runFormCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("--help") || sub == QLatin1String("help")) {
        ctx.out << FormCommandText::usage() << Qt::endl;
        return exitcode::Ok;
    }
    if (sub != QLatin1String("fill"))
        return usage(ctx);
    const auto parsed = parseFill(args.mid(1));
    if (!parsed)
        return usage(ctx);
    return fill(ctx, *parsed);
}

} // namespace kakanai
