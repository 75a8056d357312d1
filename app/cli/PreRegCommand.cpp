#include "PreRegCommand.h"

#include "common/Settings.h"
#include "common/Version.h"
#include "forms/FormLibrary.h"
#include "forms/LifeEventNavi.h"
#include "forms/SourceCatalog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <map>

namespace kakanai {

namespace {

class PreRegCommandText {
    Q_DECLARE_TR_FUNCTIONS(PreRegCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli prereg export DIR [--force] [--forms-dir DIR]\n"
                  "\n"
                  "Writes the citizen's page into DIR: a static web page, to publish as it is, on which citizens\n"
                  "fill in their application before the visit and get a QR code to bring to the counter.\n"
                  "Nothing typed on the page leaves the citizen's phone.\n"
                  "\n"
                  "  --force            write into a DIR that is not empty (the page's files are replaced,\n"
                  "                     other files are left alone)\n"
                  "  --forms-dir DIR    the municipality's forms and navi/ folder (default: the setting\n"
                  "                     forms/overrideDir)");
    }
};

constexpr auto kResourceRoot = ":/kakanai/prereg-page";
// Stands for the cache name in sw.js: replaced by a digest of the exported
// files, so that a new export replaces what phones keep offline.
constexpr auto kCacheVersionMarker = "__KAKANAI_CACHE_VERSION__";

struct ExportArgs {
    QString dir;
    bool force = false;
    std::optional<QString> formsDir;
};

std::optional<ExportArgs> parse(const QStringList &args)
{
    if (args.value(0) != QLatin1String("export"))
        return std::nullopt;
    ExportArgs a;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--force")) {
            a.force = true;
        } else if (arg == QLatin1String("--forms-dir") && i + 1 < args.size()) {
            a.formsDir = args.at(++i);
        } else if (!arg.startsWith(QLatin1String("--")) && a.dir.isEmpty()) {
            a.dir = arg;
        } else {
            return std::nullopt;
        }
    }
    if (a.dir.isEmpty())
        return std::nullopt;
    return a;
}

QJsonObject localized(const forms::LocalizedText &text)
{
    QJsonObject o{{QStringLiteral("ja"), text.ja}};
    if (!text.en.isEmpty())
        o.insert(QStringLiteral("en"), text.en);
    return o;
}

QJsonObject fieldJson(const forms::FormField &field)
{
    QJsonObject o{{QStringLiteral("id"), field.id},
                  {QStringLiteral("label"), localized(field.label)},
                  {QStringLiteral("type"), forms::FieldTypes::name(field.type)}};
    if (!field.note.isEmpty())
        o.insert(QStringLiteral("note"), localized(field.note));
    if (field.required)
        o.insert(QStringLiteral("required"), true);
    if (!field.editable)
        o.insert(QStringLiteral("editable"), false);
    if (field.handwritten)
        o.insert(QStringLiteral("handwritten"), true);
    if (!field.sources.isEmpty()) {
        QJsonArray sources;
        for (const forms::Binding &b : field.sources)
            sources.append(b.toString());
        o.insert(QStringLiteral("sources"), sources);
    }
    if (field.defaultValue.isValid() && !field.defaultValue.isNull())
        o.insert(QStringLiteral("default"), QJsonValue::fromVariant(field.defaultValue));
    if (field.when.isSet()) {
        QJsonObject when{{QStringLiteral("field"), field.when.field}};
        if (!field.when.in.isEmpty())
            when.insert(QStringLiteral("in"), QJsonArray::fromStringList(field.when.in));
        if (field.when.is)
            when.insert(QStringLiteral("is"), *field.when.is);
        o.insert(QStringLiteral("when"), when);
    }
    if (!field.options.isEmpty()) {
        QJsonArray options;
        for (const forms::ChoiceOption &option : field.options)
            options.append(QJsonObject{{QStringLiteral("value"), option.value},
                                       {QStringLiteral("label"), localized(option.label)}});
        o.insert(QStringLiteral("options"), options);
    }
    if (field.maxLength > 0)
        o.insert(QStringLiteral("maxLength"), field.maxLength);
    if (!field.pattern.isEmpty()) {
        o.insert(QStringLiteral("pattern"), field.pattern);
        if (!field.patternHint.isEmpty())
            o.insert(QStringLiteral("patternHint"), localized(field.patternHint));
    }
    if (field.min)
        o.insert(QStringLiteral("min"), *field.min);
    if (field.max)
        o.insert(QStringLiteral("max"), *field.max);
    if (field.notFuture)
        o.insert(QStringLiteral("notFuture"), true);
    if (field.notPast)
        o.insert(QStringLiteral("notPast"), true);
    if (!field.columns.isEmpty())
        o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(field.columns));
    if (!field.filter.isEmpty())
        o.insert(QStringLiteral("filter"), field.filter);
    return o;
}

QJsonObject procedureJson(const forms::NaviProcedure &p)
{
    QJsonObject o;
    if (!p.formId.isEmpty())
        o.insert(QStringLiteral("form"), p.formId);
    else
        o.insert(QStringLiteral("task"), localized(p.task));
    if (!p.note.isEmpty())
        o.insert(QStringLiteral("note"), localized(p.note));
    if (!p.ifYes.isEmpty())
        o.insert(QStringLiteral("ifYes"), QJsonArray::fromStringList(p.ifYes));
    if (!p.ifNo.isEmpty())
        o.insert(QStringLiteral("ifNo"), QJsonArray::fromStringList(p.ifNo));
    if (!p.presets.isEmpty())
        o.insert(QStringLiteral("presets"), QJsonObject::fromVariantMap(p.presets));
    return o;
}

// The forms the 手続ナビ can list, in the order it first names them.
QStringList naviFormIds(const forms::LifeEventNavi &navi)
{
    QStringList ids;
    for (const forms::LifeEvent &event : navi.events()) {
        for (const forms::NaviProcedure &p : event.procedures) {
            if (!p.formId.isEmpty() && !ids.contains(p.formId))
                ids.append(p.formId);
        }
    }
    return ids;
}

// What the page needs of this office: the forms the 手続ナビ can list (with
// every field, its sources and its checks), the navi itself, and which
// visit facts a code may set (SourceCatalog).
QByteArray definitionsJson(const forms::FormLibrary &library, const forms::LifeEventNavi &navi, const QString &office)
{
    QJsonArray events;
    QStringList questionIds;
    for (const forms::LifeEvent &event : navi.events()) {
        QJsonArray procedures;
        for (const forms::NaviProcedure &p : event.procedures)
            procedures.append(procedureJson(p));
        for (const QString &q : event.questions) {
            if (!questionIds.contains(q))
                questionIds.append(q);
        }
        events.append(QJsonObject{{QStringLiteral("id"), event.id},
                                  {QStringLiteral("label"), localized(event.label)},
                                  {QStringLiteral("questions"), QJsonArray::fromStringList(event.questions)},
                                  {QStringLiteral("procedures"), procedures}});
    }
    QJsonArray questions;
    for (const QString &id : std::as_const(questionIds)) {
        if (const forms::NaviQuestion *q = navi.question(id))
            questions.append(QJsonObject{{QStringLiteral("id"), q->id}, {QStringLiteral("text"), localized(q->text)}});
    }
    QJsonObject formsObject;
    for (const QString &id : naviFormIds(navi)) {
        const forms::FormDefinition *form = library.find(id);
        if (!form)
            continue; // the navi's loader refuses such a file; kept for safety
        QJsonArray fields;
        for (const forms::FormField &f : form->fields)
            fields.append(fieldJson(f));
        QJsonObject o{{QStringLiteral("version"), form->version},
                      {QStringLiteral("title"), localized(form->title)},
                      {QStringLiteral("fields"), fields}};
        if (!form->description.isEmpty())
            o.insert(QStringLiteral("description"), localized(form->description));
        formsObject.insert(id, o);
    }
    QJsonArray facts;
    for (const forms::SourceCatalog::Fact &fact : forms::SourceCatalog::visitFacts()) {
        facts.append(QJsonObject{{QStringLiteral("key"), fact.key},
                                 {QStringLiteral("type"), forms::FieldTypes::name(fact.type)},
                                 {QStringLiteral("settable"), fact.settable}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("kakanai.prereg-page/1")},
                           {QStringLiteral("qrFormat"), QStringLiteral("kakanai.prereg/1")},
                           {QStringLiteral("kakanaiVersion"), versionString()},
                           {QStringLiteral("office"), office},
                           {QStringLiteral("questions"), questions},
                           {QStringLiteral("events"), events},
                           {QStringLiteral("forms"), formsObject},
                           {QStringLiteral("facts"), facts}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::Io, PreRegCommandText::tr("Cannot create a folder for the page."), QStringLiteral("mkpath"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, PreRegCommandText::tr("Cannot write a file of the page: %1").arg(file.errorString()),
                    QStringLiteral("write"));
    return {};
}

int exportPage(CliContext &ctx, const ExportArgs &a)
{
    const QString formsDir = a.formsDir.value_or(ctx.settings.string(SettingKey::FormsOverrideDir));
    const forms::FormLibrary library = forms::FormLibrary::load(formsDir);
    QList<forms::DefinitionProblem> naviProblems;
    auto navi = forms::LifeEventNavi::load(library, formsDir, &naviProblems);
    if (!navi)
        return reportError(ctx, navi.error());
    const QList<forms::DefinitionProblem> problems = library.problems() + naviProblems;
    // A page made while the municipality's definitions are broken would ask
    // for other forms than the counter has in mind: fix them first.
    if (!problems.isEmpty()) {
        for (const forms::DefinitionProblem &problem : std::as_const(problems))
            ctx.err << "kakanai-cli: " << problem.toString() << '\n';
        ctx.err << "kakanai-cli: "
                << PreRegCommandText::tr("The page was not written: correct the form definitions first.") << Qt::endl;
        return exitcode::Failed;
    }

    const QDir dir(a.dir);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) && !a.force) {
        return reportError(ctx, Error(ErrorCode::InvalidArgument,
                                      PreRegCommandText::tr("The folder is not empty; use --force to write into it."),
                                      QStringLiteral("not-empty")));
    }

    // Every file of the page, by its path in the folder; sw.js last gets the
    // digest of all the others as its cache name.
    std::map<QString, QByteArray> files;
    QDirIterator it(QString::fromLatin1(kResourceRoot), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly))
            return reportError(ctx, Error(ErrorCode::Internal, PreRegCommandText::tr("The page is missing from this program."),
                                          QStringLiteral("resource")));
        files.emplace(path.mid(qsizetype(qstrlen(kResourceRoot)) + 1), resource.readAll());
    }
    if (!files.contains(QStringLiteral("index.html")) || !files.contains(QStringLiteral("sw.js")))
        return reportError(ctx, Error(ErrorCode::Internal, PreRegCommandText::tr("The page is missing from this program."),
                                      QStringLiteral("resource")));
    files[QStringLiteral("definitions.js")] =
        "// Generated by kakanai-cli prereg export: this office's forms and 手続ナビ. Do not edit; export again.\n"
        "window.KAKANAI_DEFINITIONS = "
        + definitionsJson(library, *navi, ctx.settings.string(SettingKey::OfficeName)) + ";\n";

    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const auto &[path, bytes] : files) {
        if (path != QLatin1String("sw.js")) {
            digest.addData(path.toUtf8());
            digest.addData(bytes);
        }
    }
    files[QStringLiteral("sw.js")].replace(kCacheVersionMarker, digest.result().toHex().left(16));

    for (const auto &[path, bytes] : files) {
        if (auto written = writeFile(dir.filePath(path), bytes); !written)
            return reportError(ctx, written.error());
    }
    ctx.out << PreRegCommandText::tr("The citizen's page is in %1: %n form(s), %2 life event(s). Publish the folder as it is.",
                                     nullptr, static_cast<int>(naviFormIds(*navi).size()))
                   .arg(QDir::toNativeSeparators(dir.absolutePath()))
                   .arg(navi->events().size())
            << Qt::endl;
    return exitcode::Ok;
}

} // namespace

int runPreRegCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("--help") || sub == QLatin1String("help")) {
        ctx.out << PreRegCommandText::usage() << Qt::endl;
        return exitcode::Ok;
    }
    const auto parsed = parse(args);
    if (!parsed) {
        ctx.err << PreRegCommandText::usage() << Qt::endl;
        return exitcode::Usage;
    }
    return exportPage(ctx, *parsed);
}

} // namespace kakanai
