#include "PreRegistration.h"

#include "forms/FormLibrary.h"
#include "forms/LifeEventNavi.h"
#include "forms/SourceCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <optional>

namespace kakanai::prereg {

using forms::FieldType;
using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxStringChars = 500;
constexpr int kMaxEvents = 4;
constexpr int kMaxForms = 20;
constexpr int kMaxHousehold = 20;

// What each object of the document may hold.
const QStringList &topLevelKeys()
{
    static const QStringList keys{u"format"_s, u"created"_s, u"events"_s, u"answers"_s, u"forms"_s,
                                  u"person"_s, u"facts"_s, u"household"_s, u"fields"_s, u"values"_s};
    return keys;
}
const QStringList &personKeys()
{
    static const QStringList keys{u"name"_s, u"kana"_s, u"birthDate"_s, u"sex"_s, u"address"_s};
    return keys;
}
const QStringList &memberKeys()
{
    static const QStringList keys{u"name"_s, u"kana"_s, u"birthDate"_s, u"sex"_s, u"relationship"_s};
    return keys;
}

// Ids are quoted in errors so the clerk (or the administrator) can see what
// is wrong; something that does not even look like an id is not quoted: it
// could be anything the code carried.
bool looksLikeId(const QString &text)
{
    static const QRegularExpression id(u"^[A-Za-z0-9_.-]{1,64}$"_s);
    return id.match(text).hasMatch();
}

bool isIdentifier(const QString &text)
{
    // As a binding key (forms::Binding): prereg.<key>.
    static const QRegularExpression key(u"^[A-Za-z][A-Za-z0-9_]{0,63}$"_s);
    return key.match(text).hasMatch();
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression shape(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDateTime> parseCreated(const QString &text)
{
    // ISO 8601 with an offset: a time without one would be read in the
    // desk's zone, which need not be the citizen's.
    static const QRegularExpression shape(
        u"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?(Z|[+-][0-9]{2}:[0-9]{2})$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDateTime created = QDateTime::fromString(text, Qt::ISODate);
    if (!created.isValid())
        return std::nullopt;
    return created;
}

std::optional<Sex> parseSex(const QString &text)
{
    if (text == u"1")
        return Sex::Male;
    if (text == u"2")
        return Sex::Female;
    if (text == u"9")
        return Sex::NotApplicable;
    if (text == u"0")
        return Sex::NotKnown;
    return std::nullopt;
}

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject memberJson(const forms::HouseholdMember &m)
{
    QJsonObject o;
    if (!m.name.isEmpty())
        o.insert(u"name"_s, m.name);
    if (!m.kana.isEmpty())
        o.insert(u"kana"_s, m.kana);
    if (m.birthDate.isValid())
        o.insert(u"birthDate"_s, dateText(m.birthDate));
    if (m.sex != Sex::NotKnown)
        o.insert(u"sex"_s, CardHolder::sexCode(m.sex));
    if (!m.relationship.isEmpty())
        o.insert(u"relationship"_s, m.relationship);
    return o;
}

QJsonObject stringMap(const QVariantMap &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), QJsonValue::fromVariant(it.value()));
    return o;
}

// The checks of fromJson, with the errors it returns. Kept in one class so
// every message comes from one translation context (PreRegistration).
class Reader {
    Q_DECLARE_TR_FUNCTIONS(PreRegistration)
public:
    Reader(const forms::FormLibrary &library, const forms::LifeEventNavi &navi) : m_library(library), m_navi(navi) {}

    Result<PreRegistration> read(const QByteArray &json);

private:
    static std::unexpected<Error> error(const QString &message, const char *detail)
    {
        return std::unexpected<Error>(Error(ErrorCode::InvalidData, message, QString::fromLatin1(detail)));
    }
    static QString quoted(const QString &id)
    {
        return looksLikeId(id) ? QStringLiteral("\"%1\"").arg(id) : tr("(not a valid id)");
    }
    std::unexpected<Error> badShape(const QString &where) const
    {
        return error(tr("The QR code's application is not in the expected form (at %1).").arg(where), "bad-format");
    }
    std::unexpected<Error> badValue(const QString &where) const
    {
        return error(tr("The QR code holds a value that is not valid for %1.").arg(where), "bad-value");
    }
    std::unexpected<Error> unknownKey(const QString &key, const QString &where) const
    {
        return error(tr("The QR code's application has the unknown entry %1 in %2.").arg(quoted(key), where),
                     "unknown-key");
    }

    // A string of the document: at most 500 characters, no control characters.
    Result<QString> text(const QJsonValue &value, const QString &where) const
    {
        if (!value.isString())
            return badValue(where);
        QString s = value.toString();
        if (s.size() > kMaxStringChars && QStringView(s).toUcs4().size() > kMaxStringChars)
            return error(tr("A value in the QR code is longer than %1 characters (%2).").arg(kMaxStringChars).arg(where),
                         "too-long");
        if (CardHolder::hasControlCharacter(s))
            return error(tr("A value in the QR code holds control characters (%1).").arg(where), "bad-value");
        return s;
    }
    Result<QDate> date(const QJsonValue &value, const QString &where) const
    {
        Result<QString> s = text(value, where);
        if (!s)
            return std::unexpected(s.error());
        std::optional<QDate> d = parseDate(*s);
        if (!d)
            return badValue(where);
        return *d;
    }
    Result<Sex> sex(const QJsonValue &value, const QString &where) const
    {
        Result<QString> s = text(value, where);
        if (!s)
            return std::unexpected(s.error());
        std::optional<Sex> v = parseSex(*s);
        if (!v)
            return badValue(where);
        return *v;
    }

    Status readEvents(const QJsonValue &value, PreRegistration &out);
    Status readAnswers(const QJsonValue &value, PreRegistration &out);
    Status readForms(const QJsonValue &value, PreRegistration &out);
    Status readPerson(const QJsonValue &value, PreRegistration &out);
    Status readFacts(const QJsonValue &value, PreRegistration &out);
    Status readHousehold(const QJsonValue &value, PreRegistration &out);
    Status readFields(const QJsonValue &value, PreRegistration &out);
    Status readValues(const QJsonValue &value, PreRegistration &out);
    Result<QVariant> fieldValue(const forms::FormField &field, const QJsonValue &value, const QString &where) const;

    const forms::FormLibrary &m_library;
    const forms::LifeEventNavi &m_navi;
};

Result<PreRegistration> Reader::read(const QByteArray &json)
{
    // QJsonDocument would put U+FFFD for bad UTF-8 without a word: check first.
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)utf8.decode(json);
    if (utf8.hasError())
        return error(tr("The QR code's application is not valid UTF-8 text."), "bad-json");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(tr("The QR code's application is not valid JSON (at byte %1).").arg(parseError.offset), "bad-json");
    if (!doc.isObject())
        return badShape(u"/"_s);
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!topLevelKeys().contains(it.key()))
            return unknownKey(it.key(), u"/"_s);
    }
    if (root.value(u"format"_s) != QJsonValue(PreRegistration::formatName()))
        return error(tr("The QR code is not a pre-registration of format %1.").arg(PreRegistration::formatName()),
                     "bad-format");

    PreRegistration out;
    if (root.contains(u"created"_s)) {
        Result<QString> s = text(root.value(u"created"_s), u"created"_s);
        if (!s)
            return std::unexpected(s.error());
        std::optional<QDateTime> created = parseCreated(*s);
        if (!created)
            return badValue(u"created"_s);
        out.created = *created;
    }
    using Step = Status (Reader::*)(const QJsonValue &, PreRegistration &);
    // Events before answers (questions are the events'), forms before fields.
    const std::pair<const char16_t *, Step> steps[] = {
        {u"events", &Reader::readEvents},   {u"answers", &Reader::readAnswers}, {u"forms", &Reader::readForms},
        {u"person", &Reader::readPerson},   {u"facts", &Reader::readFacts},     {u"household", &Reader::readHousehold},
        {u"fields", &Reader::readFields},   {u"values", &Reader::readValues},
    };
    for (const auto &[key, step] : steps) {
        const QString name = QString::fromUtf16(key);
        const bool required = name == u"events" || name == u"forms";
        if (!root.contains(name)) {
            if (required)
                return badShape(name);
            continue;
        }
        if (Status s = (this->*step)(root.value(name), out); !s)
            return std::unexpected(s.error());
    }
    return out;
}

Status Reader::readEvents(const QJsonValue &value, PreRegistration &out)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return badShape(u"events"_s);
    const QJsonArray events = value.toArray();
    if (events.size() > kMaxEvents)
        return error(tr("The QR code names %1 life events; at most %2 are allowed.").arg(events.size()).arg(kMaxEvents),
                     "too-many");
    for (const QJsonValue &e : events) {
        if (!e.isString())
            return badShape(u"events"_s);
        const QString id = e.toString();
        if (!m_navi.event(id))
            return error(tr("The QR code names the life event %1, which this office's 手続ナビ does not know.")
                             .arg(quoted(id)),
                         "unknown-event");
        if (out.events.contains(id))
            return badValue(u"events"_s);
        out.events.append(id);
    }
    return {};
}

Status Reader::readAnswers(const QJsonValue &value, PreRegistration &out)
{
    if (!value.isObject())
        return badShape(u"answers"_s);
    QSet<QString> asked;
    for (const QString &eventId : std::as_const(out.events)) {
        for (const QString &q : m_navi.event(eventId)->questions)
            asked.insert(q);
    }
    const QJsonObject answers = value.toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!asked.contains(it.key()) || !m_navi.question(it.key()))
            return error(tr("The QR code answers the question %1, which its life events do not ask.").arg(quoted(it.key())),
                         "unknown-question");
        if (!it.value().isBool())
            return badValue(u"answers."_s + it.key());
        out.answers.insert(it.key(), it.value().toBool());
    }
    return {};
}

Status Reader::readForms(const QJsonValue &value, PreRegistration &out)
{
    if (!value.isObject() || value.toObject().isEmpty())
        return badShape(u"forms"_s);
    const QJsonObject formsObject = value.toObject();
    if (formsObject.size() > kMaxForms)
        return error(tr("The QR code names %1 forms; at most %2 are allowed.").arg(formsObject.size()).arg(kMaxForms),
                     "too-many");
    for (auto it = formsObject.begin(); it != formsObject.end(); ++it) {
        const forms::FormDefinition *form = m_library.find(it.key());
        if (!form)
            return error(tr("The QR code names the form %1, which this office does not have.").arg(quoted(it.key())),
                         "unknown-form");
        const double version = it.value().toDouble(-1);
        if (!it.value().isDouble() || version != static_cast<double>(static_cast<int>(version)))
            return badShape(u"forms."_s + it.key());
        if (static_cast<int>(version) != form->version)
            return error(tr("The QR code was made for version %1 of the form %2; this office uses version %3. "
                            "Ask the citizen to make the code again.")
                             .arg(static_cast<int>(version))
                             .arg(quoted(it.key()))
                             .arg(form->version),
                         "form-version");
        out.forms.emplace(it.key(), form->version);
    }
    return {};
}

Status Reader::readPerson(const QJsonValue &value, PreRegistration &out)
{
    if (!value.isObject())
        return badShape(u"person"_s);
    const QJsonObject person = value.toObject();
    for (auto it = person.begin(); it != person.end(); ++it) {
        const QString key = it.key();
        if (!personKeys().contains(key))
            return unknownKey(key, u"person"_s);
        const QString where = u"person."_s + key;
        if (key == u"birthDate") {
            Result<QDate> d = date(it.value(), where);
            if (!d)
                return std::unexpected(d.error());
            out.person.birthDate = *d;
        } else if (key == u"sex") {
            Result<Sex> s = sex(it.value(), where);
            if (!s)
                return std::unexpected(s.error());
            out.person.sex = *s;
        } else {
            Result<QString> s = text(it.value(), where);
            if (!s)
                return std::unexpected(s.error());
            (key == u"name" ? out.person.name : key == u"kana" ? out.person.kana : out.person.address) = *s;
        }
    }
    return {};
}

Status Reader::readFacts(const QJsonValue &value, PreRegistration &out)
{
    if (!value.isObject())
        return badShape(u"facts"_s);
    const QJsonObject facts = value.toObject();
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        const std::optional<forms::SourceCatalog::Fact> fact = forms::SourceCatalog::visitFact(it.key());
        if (!fact || !fact->settable)
            return error(tr("The QR code sets the fact %1, which a code may not set.").arg(quoted(it.key())),
                         "unknown-fact");
        const QString where = u"facts."_s + it.key();
        Result<QString> s = text(it.value(), where);
        if (!s)
            return std::unexpected(s.error());
        if (fact->type == FieldType::Date && !parseDate(*s))
            return badValue(where);
        out.facts.insert(it.key(), *s);
    }
    return {};
}

Status Reader::readHousehold(const QJsonValue &value, PreRegistration &out)
{
    if (!value.isArray())
        return badShape(u"household"_s);
    const QJsonArray rows = value.toArray();
    if (rows.size() > kMaxHousehold)
        return error(tr("The QR code lists %1 household members; at most %2 are allowed.").arg(rows.size()).arg(kMaxHousehold),
                     "too-many");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString row = u"household[%1]"_s.arg(i + 1);
        if (!rows.at(i).isObject())
            return badShape(row);
        forms::HouseholdMember member;
        member.origin = forms::FieldSource::PreReg;
        const QJsonObject o = rows.at(i).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            if (!memberKeys().contains(key))
                return unknownKey(key, row);
            const QString where = row + u'.' + key;
            if (key == u"birthDate") {
                Result<QDate> d = date(it.value(), where);
                if (!d)
                    return std::unexpected(d.error());
                member.birthDate = *d;
            } else if (key == u"sex") {
                Result<Sex> s = sex(it.value(), where);
                if (!s)
                    return std::unexpected(s.error());
                member.sex = *s;
            } else {
                Result<QString> s = text(it.value(), where);
                if (!s)
                    return std::unexpected(s.error());
                (key == u"name" ? member.name : key == u"kana" ? member.kana : member.relationship) = *s;
            }
        }
        out.household.append(member);
    }
    return {};
}

Result<QVariant> Reader::fieldValue(const forms::FormField &field, const QJsonValue &value, const QString &where) const
{
    switch (field.type) {
    case FieldType::Checkbox:
        if (!value.isBool())
            return badValue(where);
        return QVariant(value.toBool());
    case FieldType::Members:
        // Rows come from "household", never from a field.
        return badValue(where);
    default:
        break;
    }
    Result<QString> s = text(value, where);
    if (!s)
        return std::unexpected(s.error());
    switch (field.type) {
    case FieldType::Date:
        if (!parseDate(*s))
            return badValue(where);
        break;
    case FieldType::Choice:
        if (!field.option(*s))
            return badValue(where);
        break;
    case FieldType::Number: {
        static const QRegularExpression number(u"^-?[0-9]{1,9}$"_s);
        if (!number.match(*s).hasMatch())
            return badValue(where);
        break;
    }
    default:
        break;
    }
    return QVariant(*s);
}

Status Reader::readFields(const QJsonValue &value, PreRegistration &out)
{
    if (!value.isObject())
        return badShape(u"fields"_s);
    const QJsonObject byForm = value.toObject();
    for (auto it = byForm.begin(); it != byForm.end(); ++it) {
        const QString formId = it.key();
        if (!out.forms.contains(formId))
            return error(tr("The QR code fills the form %1, which it does not name in its forms.").arg(quoted(formId)),
                         "unknown-form");
        const forms::FormDefinition *form = m_library.find(formId);
        if (!it.value().isObject())
            return badShape(u"fields."_s + formId);
        QVariantMap values;
        const QJsonObject fieldsObject = it.value().toObject();
        for (auto f = fieldsObject.begin(); f != fieldsObject.end(); ++f) {
            const forms::FormField *field = form->field(f.key());
            if (!field || field->handwritten)
                return error(tr("The QR code fills the field %1, which the form %2 does not have.")
                                 .arg(quoted(f.key()), quoted(formId)),
                             "unknown-field");
            Result<QVariant> v = fieldValue(*field, f.value(), formId + u'.' + f.key());
            if (!v)
                return std::unexpected(v.error());
            values.insert(f.key(), *v);
        }
        out.fields.emplace(formId, values);
    }
    return {};
}

Status Reader::readValues(const QJsonValue &value, PreRegistration &out)
{
    if (!value.isObject())
        return badShape(u"values"_s);
    const QJsonObject values = value.toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!isIdentifier(it.key()))
            return unknownKey(it.key(), u"values"_s);
        Result<QString> s = text(it.value(), u"values."_s + it.key());
        if (!s)
            return std::unexpected(s.error());
        out.values.insert(it.key(), *s);
    }
    return {};
}

} // namespace

QByteArray PreRegistration::toJson() const
{
    QJsonObject root;
    root.insert(u"format"_s, formatName());
    if (created.isValid())
        root.insert(u"created"_s, created.toOffsetFromUtc(created.offsetFromUtc()).toString(Qt::ISODate));
    root.insert(u"events"_s, QJsonArray::fromStringList(events));
    if (!answers.isEmpty()) {
        QJsonObject o;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            o.insert(it.key(), it.value());
        root.insert(u"answers"_s, o);
    }
    QJsonObject formsObject;
    for (const auto &[id, version] : forms)
        formsObject.insert(id, version);
    root.insert(u"forms"_s, formsObject);
    if (!person.isEmpty())
        root.insert(u"person"_s, person.toJson());
    if (!facts.isEmpty())
        root.insert(u"facts"_s, stringMap(facts));
    if (!household.isEmpty()) {
        QJsonArray rows;
        for (const forms::HouseholdMember &m : household)
            rows.append(memberJson(m));
        root.insert(u"household"_s, rows);
    }
    if (!fields.empty()) {
        QJsonObject o;
        for (const auto &[formId, fieldValues] : fields)
            o.insert(formId, stringMap(fieldValues));
        root.insert(u"fields"_s, o);
    }
    if (!values.isEmpty())
        root.insert(u"values"_s, stringMap(values));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject PreRegPerson::toJson() const
{
    QJsonObject o;
    if (!name.isEmpty())
        o.insert(u"name"_s, name);
    if (!kana.isEmpty())
        o.insert(u"kana"_s, kana);
    if (birthDate.isValid())
        o.insert(u"birthDate"_s, dateText(birthDate));
    if (sex)
        o.insert(u"sex"_s, CardHolder::sexCode(*sex));
    if (!address.isEmpty())
        o.insert(u"address"_s, address);
    return o;
}

PreRegPerson PreRegPerson::fromJson(const QJsonObject &object)
{
    PreRegPerson person;
    person.name = object.value(u"name"_s).toString();
    person.kana = object.value(u"kana"_s).toString();
    person.address = object.value(u"address"_s).toString();
    person.birthDate = QDate::fromString(object.value(u"birthDate"_s).toString(), Qt::ISODate);
    person.sex = parseSex(object.value(u"sex"_s).toString());
    return person;
}

Result<PreRegistration> PreRegistration::fromJson(const QByteArray &json, const forms::FormLibrary &library,
                                                  const forms::LifeEventNavi &navi)
{
    return Reader(library, navi).read(json);
}

} // namespace kakanai::prereg
