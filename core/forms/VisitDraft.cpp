// The draft form of an open Visit (docs/record-format.md, "Drafts"): every
// input the visit holds, so that a crash, a power cut or a killed process
// loses nothing. The intake layer encrypts the document before it is stored.
#include "Visit.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kakanai::forms {

namespace {

const QString kDraftSchema = QStringLiteral("kakanai.visit-draft/1");

// QVariant → JSON keeping the type (a date stays a date, an int an int).
QJsonValue encode(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.metaType().id()) {
    case QMetaType::QDate:
        return QJsonObject{{QStringLiteral("date"), value.toDate().toString(Qt::ISODate)}};
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonObject{{QStringLiteral("int"), QString::number(value.toLongLong())}};
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QVariantList: {
        QJsonArray items;
        for (const QVariant &v : value.toList())
            items.append(encode(v));
        return QJsonObject{{QStringLiteral("list"), items}};
    }
    case QMetaType::QVariantMap: {
        QJsonObject map;
        const QVariantMap m = value.toMap();
        for (auto it = m.begin(); it != m.end(); ++it)
            map.insert(it.key(), encode(it.value()));
        return QJsonObject{{QStringLiteral("map"), map}};
    }
    default:
        return value.toString();
    }
}

QVariant decode(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.contains(QStringLiteral("date")))
            return QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (o.contains(QStringLiteral("int")))
            return o.value(QStringLiteral("int")).toString().toLongLong();
        if (o.contains(QStringLiteral("list"))) {
            QVariantList items;
            for (const QJsonValue &v : o.value(QStringLiteral("list")).toArray())
                items.append(decode(v));
            return items;
        }
        if (o.contains(QStringLiteral("map"))) {
            QVariantMap map;
            const QJsonObject m = o.value(QStringLiteral("map")).toObject();
            for (auto it = m.begin(); it != m.end(); ++it)
                map.insert(it.key(), decode(it.value()));
            return map;
        }
        return {};
    }
    if (value.isNull() || value.isUndefined())
        return {};
    return value.toVariant();
}

QJsonObject encodeMap(const QVariantMap &map)
{
    return encode(map).toObject();
}

QVariantMap decodeMap(const QJsonValue &value)
{
    return value.isObject() ? decode(value).toMap() : QVariantMap();
}

QString digitsOf(const SecureBuffer &buffer)
{
    return QString::fromLatin1(buffer.view().data(), buffer.size());
}

SecureBuffer bufferOf(const QString &digits)
{
    QByteArray bytes = digits.toLatin1();
    SecureBuffer out = SecureBuffer::fromBytes(bytes);
    SecureBuffer::wipe(bytes);
    return out;
}

Sex sexOf(const QString &code)
{
    switch (code.toInt()) {
    case 1: return Sex::Male;
    case 2: return Sex::Female;
    case 9: return Sex::NotApplicable;
    default: return Sex::NotKnown;
    }
}

} // namespace

QString Visit::draftSchemaName()
{
    return kDraftSchema;
}

std::optional<CardHolder> Visit::cardHolder() const
{
    if (!m_hasCard)
        return std::nullopt;
    CardHolder holder;
    holder.name = m_cardName;
    holder.address = m_cardAddress;
    holder.birthDate = m_cardBirthDate;
    holder.sex = m_cardSex;
    if (m_cardNumber)
        holder.individualNumber = m_cardNumber->clone();
    return holder;
}

QJsonObject Visit::toDraft() const
{
    QJsonObject card;
    if (m_hasCard) {
        card = QJsonObject{{QStringLiteral("name"), m_cardName},
                           {QStringLiteral("address"), m_cardAddress},
                           {QStringLiteral("birthDate"), m_cardBirthDate.toString(Qt::ISODate)},
                           {QStringLiteral("sex"), CardHolder::sexCode(m_cardSex)}};
        if (m_cardNumber)
            card.insert(QStringLiteral("individualNumber"), digitsOf(*m_cardNumber));
    }
    QJsonArray facts;
    for (const auto &[key, fact] : m_facts) {
        facts.append(QJsonObject{{QStringLiteral("key"), key},
                                 {QStringLiteral("value"), encode(fact.value)},
                                 {QStringLiteral("origin"), FieldSources::name(fact.origin)}});
    }
    QJsonArray household;
    for (const HouseholdMember &m : m_household)
        household.append(m.toJson());
    QJsonArray forms;
    for (const FormEntry &e : m_forms) {
        QJsonArray clerk;
        for (const auto &[fieldId, value] : e.clerk) {
            QJsonObject o{{QStringLiteral("fieldId"), fieldId}};
            if (value.number)
                o.insert(QStringLiteral("number"), digitsOf(*value.number));
            else
                o.insert(QStringLiteral("input"), encode(value.input));
            clerk.append(o);
        }
        forms.append(QJsonObject{{QStringLiteral("formId"), e.definition.id},
                                 {QStringLiteral("formVersion"), e.definition.version},
                                 {QStringLiteral("presets"), encodeMap(e.presets)},
                                 {QStringLiteral("clerk"), clerk}});
    }
    QJsonObject preregFields;
    for (const auto &[formId, values] : m_preregFields)
        preregFields.insert(formId, encodeMap(values));
    return QJsonObject{
        {QStringLiteral("schema"), kDraftSchema},
        {QStringLiteral("preregFields"), preregFields},
        {QStringLiteral("card"), m_hasCard ? QJsonValue(card) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("prereg"), encodeMap(m_prereg)},
        {QStringLiteral("backOffice"), encodeMap(m_backOffice)},
        {QStringLiteral("facts"), facts},
        {QStringLiteral("nameKanaConfirmed"), m_nameKanaConfirmed},
        {QStringLiteral("household"), household},
        {QStringLiteral("forms"), forms},
    };
}

Result<Visit> Visit::fromDraft(FormLibrary library, QDate today, const QJsonObject &draft, QStringList *droppedForms)
{
    if (draft.value(QStringLiteral("schema")).toString() != kDraftSchema)
        return fail(ErrorCode::InvalidData, tr("The saved visit has a format this version does not know."),
                    QStringLiteral("draft schema"));
    Visit visit(std::move(library), today);
    const QJsonValue card = draft.value(QStringLiteral("card"));
    if (card.isObject()) {
        const QJsonObject c = card.toObject();
        visit.m_hasCard = true;
        visit.m_cardName = c.value(QStringLiteral("name")).toString();
        visit.m_cardAddress = c.value(QStringLiteral("address")).toString();
        visit.m_cardBirthDate = QDate::fromString(c.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
        visit.m_cardSex = sexOf(c.value(QStringLiteral("sex")).toString());
        if (c.contains(QStringLiteral("individualNumber")))
            visit.m_cardNumber = bufferOf(c.value(QStringLiteral("individualNumber")).toString());
    }
    visit.m_prereg = decodeMap(draft.value(QStringLiteral("prereg")));
    visit.m_backOffice = decodeMap(draft.value(QStringLiteral("backOffice")));
    const QJsonObject preregFields = draft.value(QStringLiteral("preregFields")).toObject();
    for (auto it = preregFields.begin(); it != preregFields.end(); ++it)
        visit.m_preregFields[it.key()] = decodeMap(it.value());
    for (const QJsonValue &v : draft.value(QStringLiteral("facts")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QStringLiteral("key")).toString();
        if (key.isEmpty())
            continue;
        const FieldSource origin
            = FieldSources::fromName(o.value(QStringLiteral("origin")).toString()).value_or(FieldSource::Clerk);
        visit.m_facts[key] = FactValue{decode(o.value(QStringLiteral("value"))), origin};
    }
    visit.m_nameKanaConfirmed = draft.value(QStringLiteral("nameKanaConfirmed")).toBool();
    for (const QJsonValue &v : draft.value(QStringLiteral("household")).toArray()) {
        const QJsonObject o = v.toObject();
        HouseholdMember m;
        m.name = o.value(QStringLiteral("name")).toString();
        m.kana = o.value(QStringLiteral("kana")).toString();
        m.birthDate = QDate::fromString(o.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
        m.sex = sexOf(o.value(QStringLiteral("sex")).toString());
        m.relationship = o.value(QStringLiteral("relationship")).toString();
        m.origin = FieldSources::fromName(o.value(QStringLiteral("source")).toString()).value_or(FieldSource::Clerk);
        visit.m_household.append(m);
    }
    for (const QJsonValue &v : draft.value(QStringLiteral("forms")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString formId = o.value(QStringLiteral("formId")).toString();
        const FormDefinition *definition = visit.m_library.find(formId);
        // A form whose definition changed since the draft was saved is not
        // brought back with stale field ids: the clerk adds it again.
        if (!definition || definition->version != o.value(QStringLiteral("formVersion")).toInt()) {
            if (droppedForms)
                droppedForms->append(formId);
            continue;
        }
        FormEntry e;
        e.definition = *definition;
        e.presets = decodeMap(o.value(QStringLiteral("presets")));
        for (const QJsonValue &cv : o.value(QStringLiteral("clerk")).toArray()) {
            const QJsonObject c = cv.toObject();
            const QString fieldId = c.value(QStringLiteral("fieldId")).toString();
            if (!definition->field(fieldId))
                continue;
            ClerkValue value;
            if (c.contains(QStringLiteral("number")))
                value.number = bufferOf(c.value(QStringLiteral("number")).toString());
            else
                value.input = decode(c.value(QStringLiteral("input")));
            e.clerk[fieldId] = std::move(value);
        }
        visit.m_forms.push_back(std::move(e));
    }
    return visit;
}

} // namespace kakanai::forms
