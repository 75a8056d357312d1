#include "FormDefinitionLoader.h"

#include "FieldValidator.h"
#include "JsonChecker.h"
#include "SourceCatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace kakanai::forms {

namespace {

using Where = JsonChecker::Where;
using Element = DefinitionProblem::Element;

const QStringList kTopKeys{QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("version"),
                           QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("fields"),
                           QStringLiteral("print")};
const QStringList kCommonFieldKeys{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("note"),
                                   QStringLiteral("type"), QStringLiteral("required"), QStringLiteral("editable"),
                                   QStringLiteral("handwritten"), QStringLiteral("source"),
                                   QStringLiteral("default"), QStringLiteral("when")};
const QStringList kMemberColumns{QStringLiteral("name"), QStringLiteral("kana"), QStringLiteral("birthDate"),
                                 QStringLiteral("sex"), QStringLiteral("relationship")};

// Type-specific keys and the types they apply to.
struct RuleKey {
    const char16_t *key;
    QList<FieldType> types;
};
const QList<RuleKey> &ruleKeys()
{
    static const QList<RuleKey> keys{
        {u"options", {FieldType::Choice}},
        {u"maxLength", {FieldType::Text, FieldType::Kana, FieldType::Address}},
        {u"pattern", {FieldType::Text}},
        {u"patternHint", {FieldType::Text}},
        {u"min", {FieldType::Number}},
        {u"max", {FieldType::Number}},
        {u"notFuture", {FieldType::Date}},
        {u"notPast", {FieldType::Date}},
        {u"columns", {FieldType::Members}},
        {u"maxRows", {FieldType::Members}},
        {u"includeHolder", {FieldType::Members}},
        {u"filter", {FieldType::Members}},
    };
    return keys;
}

class Parser {
    Q_DECLARE_TR_FUNCTIONS(FormDefinitionLoader)
public:
    explicit Parser(const QString &fileName) : m_check(fileName) {}

    std::optional<FormDefinition> run(const QByteArray &json);
    const QList<DefinitionProblem> &problems() const { return m_check.problems(); }

private:
    std::optional<FormField> parseField(const QJsonValue &value, int index, QSet<QString> &seen);
    void parseSources(const QJsonObject &o, FormField &field, const Where &where);
    void parseTypeRules(const QJsonObject &o, FormField &field, const Where &where);
    void checkFieldAfterParse(FormField &field, const QJsonObject &o, const Where &where);
    void checkCondition(const FormDefinition &form, const FormField &field);
    void parseLayout(const QJsonObject &print, FormDefinition &form);
    std::optional<QRectF> parseRect(const QJsonObject &o, const Where &where, const QSizeF &page);

    JsonChecker m_check;
    QSet<QString> m_ids; // every field id read, also of fields rejected for another reason
};

std::optional<FormDefinition> Parser::run(const QByteArray &json)
{
    const auto root = m_check.document(json);
    if (!root)
        return std::nullopt;
    const Where top{};
    m_check.checkKeys(*root, kTopKeys, top);

    FormDefinition form;
    const QJsonValue format = root->value(QStringLiteral("format"));
    if (format.isUndefined()) {
        m_check.report(top, QStringLiteral("missing-key"),
                       tr("missing key \"format\" (this version reads \"format\": %1)").arg(FormDefinition::FormatVersion));
    } else if (!format.isDouble() || format.toDouble() != FormDefinition::FormatVersion) {
        m_check.report(top, QStringLiteral("unsupported-format"),
                       tr("\"format\" %1 is not supported: this version reads format %2")
                           .arg(format.isDouble() ? QString::number(format.toDouble()) : tr("(not a number)"))
                           .arg(FormDefinition::FormatVersion));
    }

    if (const auto id = m_check.string(*root, QStringLiteral("id"), true, top)) {
        if (!JsonChecker::isSlug(*id))
            m_check.report(top, QStringLiteral("bad-id"),
                           tr("the form id must be lower-case letters, digits and hyphens, e.g. \"jumin-ido\""));
        form.id = *id;
    }
    if (const auto version = m_check.integer(*root, QStringLiteral("version"), true, top)) {
        if (*version < 1)
            m_check.report(top, QStringLiteral("bad-rule"), tr("\"version\" must be 1 or more"));
        form.version = *version;
    }
    if (const auto title = m_check.localized(*root, QStringLiteral("title"), true, false,
                                             QStringLiteral("missing-label"), top))
        form.title = *title;
    if (const auto description = m_check.localized(*root, QStringLiteral("description"), false, false,
                                                   QStringLiteral("missing-label"), top))
        form.description = *description;

    QList<QJsonObject> fieldObjects;
    if (const auto fields = m_check.array(*root, QStringLiteral("fields"), true, top)) {
        if (fields->isEmpty())
            m_check.report(top, QStringLiteral("no-fields"), tr("the form has no fields"));
        int index = 0;
        for (const QJsonValue &v : *fields) {
            if (auto field = parseField(v, index, m_ids)) {
                form.fields.append(*field);
                fieldObjects.append(v.toObject());
            }
            ++index;
        }
    }
    for (const FormField &field : std::as_const(form.fields))
        checkCondition(form, field);

    if (const auto print = m_check.object(*root, QStringLiteral("print"), true, top))
        parseLayout(*print, form);

    if (m_check.count() > 0)
        return std::nullopt;
    return form;
}

std::optional<FormField> Parser::parseField(const QJsonValue &value, int index, QSet<QString> &seen)
{
    const Where at{Element::Key, QStringLiteral("fields[%1]").arg(index)};
    if (!value.isObject()) {
        m_check.report(at, QStringLiteral("wrong-type"), tr("a field must be an object"));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    FormField field;
    const auto id = m_check.string(o, QStringLiteral("id"), true, at);
    if (!id)
        return std::nullopt;
    if (!JsonChecker::isIdentifier(*id)) {
        m_check.report(at, QStringLiteral("bad-id"),
                       tr("field id \"%1\" must start with a letter and hold only letters, digits and _").arg(*id));
        return std::nullopt;
    }
    field.id = *id;
    const Where where{Element::Field, field.id};
    if (seen.contains(field.id)) {
        m_check.report(where, QStringLiteral("duplicate-id"), tr("a field with this id is already defined"));
        return std::nullopt;
    }
    seen.insert(field.id);

    QStringList allowed = kCommonFieldKeys;
    for (const RuleKey &rule : ruleKeys())
        allowed << QString::fromUtf16(rule.key);
    m_check.checkKeys(o, allowed, where);

    if (const auto label = m_check.localized(o, QStringLiteral("label"), true, false,
                                             QStringLiteral("missing-label"), where))
        field.label = *label;
    if (const auto note = m_check.localized(o, QStringLiteral("note"), false, false,
                                            QStringLiteral("missing-label"), where))
        field.note = *note;

    bool typeKnown = false;
    if (const auto type = m_check.string(o, QStringLiteral("type"), true, where)) {
        if (const auto t = FieldTypes::fromName(*type)) {
            field.type = *t;
            typeKnown = true;
        } else {
            m_check.report(where, QStringLiteral("unknown-type"),
                           tr("unknown type \"%1\" (known: %2)").arg(*type, FieldTypes::names().join(QStringLiteral(", "))));
        }
    }
    field.required = m_check.boolean(o, QStringLiteral("required"), where).value_or(false);
    field.editable = m_check.boolean(o, QStringLiteral("editable"), where).value_or(true);
    field.handwritten = m_check.boolean(o, QStringLiteral("handwritten"), where).value_or(false);

    if (const auto when = m_check.object(o, QStringLiteral("when"), false, where)) {
        m_check.checkKeys(*when, {QStringLiteral("field"), QStringLiteral("in"), QStringLiteral("is")}, where);
        field.when.field = m_check.string(*when, QStringLiteral("field"), true, where).value_or(QString());
        if (const auto in = m_check.array(*when, QStringLiteral("in"), false, where)) {
            for (const QJsonValue &v : *in)
                field.when.in << v.toString();
        }
        field.when.is = m_check.boolean(*when, QStringLiteral("is"), where);
        if (field.when.field.isEmpty())
            field.when.field = QStringLiteral("?");
    }

    if (!typeKnown)
        return std::nullopt;

    parseSources(o, field, where);
    parseTypeRules(o, field, where);
    checkFieldAfterParse(field, o, where);
    return field;
}

void Parser::parseSources(const QJsonObject &o, FormField &field, const Where &where)
{
    const QJsonValue source = o.value(QStringLiteral("source"));
    if (source.isUndefined())
        return;
    QStringList texts;
    if (source.isString()) {
        texts << source.toString();
    } else if (source.isArray() && !source.toArray().isEmpty()) {
        for (const QJsonValue &v : source.toArray()) {
            if (!v.isString()) {
                m_check.report(where, QStringLiteral("wrong-type"), tr("\"source\" must be a string or a list of strings"));
                return;
            }
            texts << v.toString();
        }
    } else {
        m_check.report(where, QStringLiteral("wrong-type"), tr("\"source\" must be a string or a list of strings"));
        return;
    }
    for (const QString &text : std::as_const(texts)) {
        const auto binding = Binding::parse(text);
        if (!binding || !SourceCatalog::isKnown(*binding)) {
            m_check.report(where, QStringLiteral("unknown-source"),
                           tr("unknown source \"%1\" (use card.*, visit.*, prereg.* or backoffice.*; "
                              "see docs/forms.md for the card and visit keys)").arg(text));
            continue;
        }
        if (field.sources.contains(*binding)) {
            m_check.report(where, QStringLiteral("duplicate-source"), tr("source \"%1\" is listed twice").arg(text));
            continue;
        }
        const auto factType = SourceCatalog::typeOf(*binding);
        if (factType && !SourceCatalog::compatible(field.type, *factType)) {
            m_check.report(where, QStringLiteral("incompatible-source"),
                           tr("a %1 field cannot take its value from \"%2\", which gives a %3")
                               .arg(FieldTypes::name(field.type), text, FieldTypes::name(*factType)));
            continue;
        }
        if (field.type == FieldType::Members
            && !(binding->source == FieldSource::Visit && binding->key == u"household")) {
            m_check.report(where, QStringLiteral("incompatible-source"),
                           tr("a members field takes its rows from \"visit.household\" only"));
            continue;
        }
        field.sources.append(*binding);
    }
}

void Parser::parseTypeRules(const QJsonObject &o, FormField &field, const Where &where)
{
    for (const RuleKey &rule : ruleKeys()) {
        const QString key = QString::fromUtf16(rule.key);
        if (o.contains(key) && !rule.types.contains(field.type)) {
            m_check.report(where, QStringLiteral("bad-rule"),
                           tr("\"%1\" does not apply to a %2 field").arg(key, FieldTypes::name(field.type)));
        }
    }

    switch (field.type) {
    case FieldType::Choice: {
        const auto options = m_check.array(o, QStringLiteral("options"), false, where);
        if (!options || options->isEmpty()) {
            if (!o.contains(QStringLiteral("options")) || options)
                m_check.report(where, QStringLiteral("choice-without-options"), tr("a choice field needs \"options\""));
            break;
        }
        QSet<QString> values;
        int index = 0;
        for (const QJsonValue &v : *options) {
            if (!v.isObject()) {
                m_check.report(where, QStringLiteral("bad-option"), tr("option %1 must be an object").arg(index + 1));
                ++index;
                continue;
            }
            const QJsonObject opt = v.toObject();
            m_check.checkKeys(opt, {QStringLiteral("value"), QStringLiteral("label")}, where);
            ChoiceOption option;
            const QJsonValue value = opt.value(QStringLiteral("value"));
            static const QRegularExpression valueRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
            if (!value.isString() || !valueRe.match(value.toString()).hasMatch()) {
                m_check.report(where, QStringLiteral("bad-option"),
                               tr("option %1 needs a \"value\" of letters, digits, _ and -").arg(index + 1));
            } else if (values.contains(value.toString())) {
                m_check.report(where, QStringLiteral("duplicate-option"),
                               tr("option value \"%1\" is listed twice").arg(value.toString()));
            } else {
                option.value = value.toString();
                values.insert(option.value);
            }
            if (const auto label = m_check.localized(opt, QStringLiteral("label"), true, false,
                                                     QStringLiteral("missing-label"), where))
                option.label = *label;
            field.options.append(option);
            ++index;
        }
        break;
    }
    case FieldType::Text:
    case FieldType::Kana:
    case FieldType::Address:
        if (const auto maxLength = m_check.integer(o, QStringLiteral("maxLength"), false, where)) {
            if (*maxLength < 1 || *maxLength > 1000)
                m_check.report(where, QStringLiteral("bad-rule"), tr("\"maxLength\" must be between 1 and 1000"));
            else
                field.maxLength = *maxLength;
        }
        if (field.type == FieldType::Text) {
            if (const auto pattern = m_check.string(o, QStringLiteral("pattern"), false, where)) {
                const QRegularExpression re(*pattern);
                if (pattern->isEmpty() || !re.isValid())
                    m_check.report(where, QStringLiteral("bad-pattern"),
                                   tr("\"pattern\" is not a valid regular expression: %1").arg(re.errorString()));
                else
                    field.pattern = *pattern;
            }
            if (const auto hint = m_check.localized(o, QStringLiteral("patternHint"), false, false,
                                                    QStringLiteral("missing-label"), where))
                field.patternHint = *hint;
        }
        break;
    case FieldType::Number:
        field.min = m_check.integer(o, QStringLiteral("min"), false, where);
        field.max = m_check.integer(o, QStringLiteral("max"), false, where);
        if (field.min && field.max && *field.min > *field.max)
            m_check.report(where, QStringLiteral("bad-rule"), tr("\"min\" is greater than \"max\""));
        break;
    case FieldType::Date:
        field.notFuture = m_check.boolean(o, QStringLiteral("notFuture"), where).value_or(false);
        field.notPast = m_check.boolean(o, QStringLiteral("notPast"), where).value_or(false);
        if (field.notFuture && field.notPast)
            m_check.report(where, QStringLiteral("bad-rule"), tr("\"notFuture\" and \"notPast\" together leave only today"));
        break;
    case FieldType::Members: {
        field.columns = kMemberColumns;
        if (const auto columns = m_check.array(o, QStringLiteral("columns"), false, where)) {
            field.columns.clear();
            for (const QJsonValue &v : *columns) {
                if (!kMemberColumns.contains(v.toString()) || field.columns.contains(v.toString())) {
                    m_check.report(where, QStringLiteral("bad-rule"),
                                   tr("unknown or repeated column \"%1\" (known: %2)")
                                       .arg(v.toString(), kMemberColumns.join(QStringLiteral(", "))));
                    continue;
                }
                field.columns << v.toString();
            }
            if (field.columns.isEmpty())
                m_check.report(where, QStringLiteral("bad-rule"), tr("\"columns\" is empty"));
        }
        field.maxRows = 4;
        if (const auto rows = m_check.integer(o, QStringLiteral("maxRows"), false, where)) {
            if (*rows < 1 || *rows > 20)
                m_check.report(where, QStringLiteral("bad-rule"), tr("\"maxRows\" must be between 1 and 20"));
            else
                field.maxRows = *rows;
        }
        field.includeHolder = m_check.boolean(o, QStringLiteral("includeHolder"), where).value_or(false);
        field.filter = QStringLiteral("all");
        if (const auto filter = m_check.string(o, QStringLiteral("filter"), false, where)) {
            if (*filter != u"all" && *filter != u"children")
                m_check.report(where, QStringLiteral("bad-rule"), tr("\"filter\" must be \"all\" or \"children\""));
            else
                field.filter = *filter;
        }
        break;
    }
    default:
        break;
    }

    // card.sex gives the ISO 5218 code: the choice must offer 1 and 2.
    if (field.type == FieldType::Choice && field.isBoundTo(FieldSource::Card, u"sex")
        && (!field.option(u"1") || !field.option(u"2"))) {
        m_check.report(where, QStringLiteral("incompatible-source"),
                       tr("a choice bound to \"card.sex\" needs the options \"1\" (male) and \"2\" (female)"));
    }
}

void Parser::checkFieldAfterParse(FormField &field, const QJsonObject &o, const Where &where)
{
    const QJsonValue def = o.value(QStringLiteral("default"));
    if (!def.isUndefined()) {
        if (field.type == FieldType::IndividualNumber || field.type == FieldType::Members || field.handwritten) {
            m_check.report(where, QStringLiteral("bad-rule"), tr("this field cannot have a \"default\""));
        } else if (def.isNull() || def.isArray() || def.isObject()) {
            m_check.report(where, QStringLiteral("bad-default"), tr("\"default\" must be a string, number or true/false"));
        } else {
            FormField probe = field;
            probe.required = false;
            const Validation v = FieldValidator::validate(probe, def.toVariant(), FieldValidator::Context{});
            if (v.state != ValidationState::Ok || v.empty)
                m_check.report(where, QStringLiteral("bad-default"),
                               tr("the \"default\" breaks the field's rules: %1").arg(v.reason));
            else
                field.defaultValue = v.value;
        }
    }

    if (field.handwritten) {
        if (field.required)
            m_check.report(where, QStringLiteral("handwritten-required"),
                           tr("a handwritten field cannot be required: the app never holds its value"));
        if (!field.sources.isEmpty())
            m_check.report(where, QStringLiteral("bad-rule"), tr("a handwritten field takes no value from a source"));
        return;
    }
    if (field.required && field.sources.isEmpty() && !o.contains(QStringLiteral("default")) && !field.editable) {
        m_check.report(where, QStringLiteral("unfillable"),
                       tr("required, but there is no way to fill it: no source, no default, and the clerk may not edit it"));
    }
    if (field.type == FieldType::Members && field.sources.isEmpty() && !o.contains(QStringLiteral("source"))) {
        m_check.report(where, QStringLiteral("unfillable"), tr("a members field needs \"source\": \"visit.household\""));
    }
}

void Parser::checkCondition(const FormDefinition &form, const FormField &field)
{
    if (!field.when.isSet())
        return;
    const Where where{Element::Field, field.id};
    const FormField *other = form.field(field.when.field);
    if (!other || other->id == field.id) {
        m_check.report(where, QStringLiteral("bad-condition"),
                       tr("\"when\" refers to field \"%1\", which this form does not have").arg(field.when.field));
        return;
    }
    if (other->when.isSet()) {
        m_check.report(where, QStringLiteral("bad-condition"),
                       tr("\"when\" refers to field \"%1\", which has a condition of its own").arg(other->id));
        return;
    }
    if (other->type == FieldType::Choice) {
        if (field.when.in.isEmpty() || field.when.is) {
            m_check.report(where, QStringLiteral("bad-condition"),
                           tr("a condition on a choice needs \"in\": [option values]"));
            return;
        }
        for (const QString &v : field.when.in) {
            if (!other->option(v))
                m_check.report(where, QStringLiteral("bad-condition"),
                               tr("\"when\" names \"%1\", which is not an option of field \"%2\"").arg(v, other->id));
        }
    } else if (other->type == FieldType::Checkbox) {
        if (!field.when.is || !field.when.in.isEmpty())
            m_check.report(where, QStringLiteral("bad-condition"), tr("a condition on a checkbox needs \"is\": true or false"));
    } else {
        m_check.report(where, QStringLiteral("bad-condition"),
                       tr("\"when\" can only refer to a choice or a checkbox, and \"%1\" is neither").arg(other->id));
    }
}

std::optional<QRectF> Parser::parseRect(const QJsonObject &o, const Where &where, const QSizeF &page)
{
    const auto x = m_check.number(o, QStringLiteral("x"), true, where);
    const auto y = m_check.number(o, QStringLiteral("y"), true, where);
    const auto w = m_check.number(o, QStringLiteral("w"), true, where);
    const auto h = m_check.number(o, QStringLiteral("h"), true, where);
    if (!x || !y || !w || !h)
        return std::nullopt;
    if (*w <= 0 || *h <= 0) {
        m_check.report(where, QStringLiteral("bad-box"), tr("the print box needs a width and height above 0 mm"));
        return std::nullopt;
    }
    constexpr double eps = 1e-6;
    if (*x < -eps || *y < -eps || *x + *w > page.width() + eps || *y + *h > page.height() + eps) {
        m_check.report(where, QStringLiteral("box-outside-page"),
                       tr("the print box (x %1, y %2, w %3, h %4 mm) is outside the A4 page (%5 × %6 mm)")
                           .arg(*x).arg(*y).arg(*w).arg(*h).arg(page.width()).arg(page.height()));
        return std::nullopt;
    }
    return QRectF(*x, *y, *w, *h);
}

void Parser::parseLayout(const QJsonObject &print, FormDefinition &form)
{
    const Where at{Element::Key, QStringLiteral("print")};
    m_check.checkKeys(print,
                      {QStringLiteral("paper"), QStringLiteral("orientation"), QStringLiteral("boxes"),
                       QStringLiteral("texts"), QStringLiteral("lines"), QStringLiteral("signature")},
                      at);
    PrintLayout &layout = form.layout;
    if (const auto paper = m_check.string(print, QStringLiteral("paper"), true, at)) {
        if (*paper != u"A4")
            m_check.report(at, QStringLiteral("bad-paper"), tr("only \"paper\": \"A4\" is supported"));
    }
    if (const auto orientation = m_check.string(print, QStringLiteral("orientation"), false, at)) {
        if (*orientation == u"landscape")
            layout.orientation = PrintLayout::Orientation::Landscape;
        else if (*orientation != u"portrait")
            m_check.report(at, QStringLiteral("bad-paper"), tr("\"orientation\" must be \"portrait\" or \"landscape\""));
    }
    const QSizeF page = layout.pageSizeMm();

    const auto fontSize = [&](const QJsonObject &o, const Where &where) {
        const auto size = m_check.number(o, QStringLiteral("fontSize"), false, where);
        if (size && (*size < 5 || *size > 36)) {
            m_check.report(where, QStringLiteral("bad-box"), tr("\"fontSize\" must be between 5 and 36 points"));
            return 10.0;
        }
        return size.value_or(10.0);
    };

    if (const auto boxes = m_check.object(print, QStringLiteral("boxes"), true, at)) {
        for (auto it = boxes->begin(); it != boxes->end(); ++it) {
            const Where where{Element::Field, it.key()};
            if (!m_ids.contains(it.key())) {
                m_check.report(where, QStringLiteral("unknown-box-field"),
                               tr("a print box for a field the form does not have"));
                continue;
            }
            if (!it.value().isObject()) {
                m_check.report(where, QStringLiteral("wrong-type"), tr("the print box must be an object"));
                continue;
            }
            const QJsonObject o = it.value().toObject();
            m_check.checkKeys(o,
                              {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("w"), QStringLiteral("h"),
                               QStringLiteral("fontSize"), QStringLiteral("label")},
                              where);
            PrintBox box;
            box.fontSize = fontSize(o, where);
            box.showLabel = m_check.boolean(o, QStringLiteral("label"), where).value_or(true);
            if (const auto rect = parseRect(o, where, page); rect && form.field(it.key())) {
                box.rectMm = *rect;
                layout.boxes.insert(it.key(), box);
            }
        }
        for (const FormField &field : std::as_const(form.fields)) {
            if (!boxes->contains(field.id))
                m_check.report({Element::Field, field.id}, QStringLiteral("missing-box"),
                               tr("no print box: every field needs one in \"print\".\"boxes\""));
        }
    }

    if (const auto texts = m_check.array(print, QStringLiteral("texts"), false, at)) {
        for (qsizetype i = 0; i < texts->size(); ++i) {
            const Where where{Element::Key, QStringLiteral("print.texts[%1]").arg(i)};
            const QJsonObject o = texts->at(i).toObject();
            m_check.checkKeys(o,
                              {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("w"), QStringLiteral("h"),
                               QStringLiteral("text"), QStringLiteral("fontSize"), QStringLiteral("bold"),
                               QStringLiteral("align")},
                              where);
            PrintText text;
            text.fontSize = fontSize(o, where);
            text.bold = m_check.boolean(o, QStringLiteral("bold"), where).value_or(false);
            if (const auto align = m_check.string(o, QStringLiteral("align"), false, where)) {
                if (*align == u"center")
                    text.align = PrintText::Align::Center;
                else if (*align == u"right")
                    text.align = PrintText::Align::Right;
                else if (*align != u"left")
                    m_check.report(where, QStringLiteral("bad-box"), tr("\"align\" must be left, center or right"));
            }
            if (const auto t = m_check.localized(o, QStringLiteral("text"), true, true,
                                                 QStringLiteral("missing-key"), where))
                text.text = *t;
            if (const auto rect = parseRect(o, where, page)) {
                text.rectMm = *rect;
                layout.texts.append(text);
            }
        }
    }

    if (const auto lines = m_check.array(print, QStringLiteral("lines"), false, at)) {
        for (qsizetype i = 0; i < lines->size(); ++i) {
            const Where where{Element::Key, QStringLiteral("print.lines[%1]").arg(i)};
            const QJsonObject o = lines->at(i).toObject();
            m_check.checkKeys(o,
                              {QStringLiteral("x1"), QStringLiteral("y1"), QStringLiteral("x2"), QStringLiteral("y2"),
                               QStringLiteral("width")},
                              where);
            const auto x1 = m_check.number(o, QStringLiteral("x1"), true, where);
            const auto y1 = m_check.number(o, QStringLiteral("y1"), true, where);
            const auto x2 = m_check.number(o, QStringLiteral("x2"), true, where);
            const auto y2 = m_check.number(o, QStringLiteral("y2"), true, where);
            const double width = m_check.number(o, QStringLiteral("width"), false, where).value_or(0.3);
            if (!x1 || !y1 || !x2 || !y2)
                continue;
            const auto inside = [&](double x, double y) {
                return x >= -1e-6 && y >= -1e-6 && x <= page.width() + 1e-6 && y <= page.height() + 1e-6;
            };
            if (!inside(*x1, *y1) || !inside(*x2, *y2)) {
                m_check.report(where, QStringLiteral("box-outside-page"), tr("the line leaves the A4 page"));
                continue;
            }
            if (width <= 0 || width > 5) {
                m_check.report(where, QStringLiteral("bad-box"), tr("\"width\" must be above 0 and at most 5 mm"));
                continue;
            }
            layout.lines.append(PrintLine{QLineF(*x1, *y1, *x2, *y2), width});
        }
    }

    if (const auto signature = m_check.object(print, QStringLiteral("signature"), false, at)) {
        const Where where{Element::Key, QStringLiteral("print.signature")};
        m_check.checkKeys(*signature,
                          {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("w"), QStringLiteral("h"),
                           QStringLiteral("label")},
                          where);
        const auto label = m_check.localized(*signature, QStringLiteral("label"), true, false,
                                             QStringLiteral("missing-label"), where);
        const auto rect = parseRect(*signature, where, page);
        if (label && rect)
            layout.signature = PrintSignature{*rect, *label};
    }

    // Overlaps between field boxes, and with the signature box (touching edges is fine).
    const auto overlaps = [](const QRectF &a, const QRectF &b) {
        const QRectF i = a.intersected(b);
        return i.width() * i.height() > 0.01;
    };
    for (qsizetype i = 0; i < form.fields.size(); ++i) {
        const QString &id = form.fields.at(i).id;
        if (!layout.boxes.contains(id))
            continue;
        const QRectF r = layout.boxes.value(id).rectMm;
        for (qsizetype j = 0; j < i; ++j) {
            const QString &other = form.fields.at(j).id;
            if (layout.boxes.contains(other) && overlaps(r, layout.boxes.value(other).rectMm)) {
                m_check.report({Element::Field, id}, QStringLiteral("box-overlap"),
                               tr("the print box overlaps the box of field \"%1\"").arg(other));
            }
        }
        if (layout.signature && overlaps(r, layout.signature->rectMm))
            m_check.report({Element::Field, id}, QStringLiteral("box-overlap"),
                           tr("the print box overlaps the signature box"));
    }
}

} // namespace

Error FormDefinitionLoader::toError(const QList<DefinitionProblem> &problems)
{
    QStringList lines;
    for (const DefinitionProblem &p : problems)
        lines << p.toString();
    return Error(ErrorCode::InvalidData, lines.join(u'\n'), problems.isEmpty() ? QString() : problems.first().code);
}

Result<FormDefinition> FormDefinitionLoader::parse(const QByteArray &json, const QString &fileName,
                                                   QList<DefinitionProblem> *problems)
{
    Parser parser(fileName);
    auto form = parser.run(json);
    if (problems)
        *problems = parser.problems();
    if (!form)
        return std::unexpected(toError(parser.problems()));
    form->sourceFile = fileName;
    return *form;
}

Result<FormDefinition> FormDefinitionLoader::loadFile(const QString &path, QList<DefinitionProblem> *problems)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QList<DefinitionProblem> list{
            DefinitionProblem{name, DefinitionProblem::Element::None, {}, QStringLiteral("unreadable"),
                              tr("cannot be read: %1").arg(file.errorString())}};
        if (problems)
            *problems = list;
        return std::unexpected(toError(list));
    }
    if (file.size() > 1024 * 1024) {
        const QList<DefinitionProblem> list{DefinitionProblem{name, DefinitionProblem::Element::None, {},
                                                              QStringLiteral("too-large"),
                                                              tr("larger than 1 MiB: not a form definition")}};
        if (problems)
            *problems = list;
        return std::unexpected(toError(list));
    }
    auto form = parse(file.readAll(), name, problems);
    if (form) {
        form->sourceFile = path;
        form->builtIn = path.startsWith(u':');
    }
    return form;
}

} // namespace kakanai::forms
