#include "Record.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaType>
#include <QUuid>

namespace kakanai::forms {

QJsonValue Record::jsonValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.metaType().id()) {
    case QMetaType::QDate:
        return value.toDate().isValid() ? QJsonValue(value.toDate().toString(Qt::ISODate))
                                        : QJsonValue(QJsonValue::Null);
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QVariantList: {
        QJsonArray out;
        for (const QVariant &v : value.toList())
            out.append(jsonValue(v));
        return out;
    }
    case QMetaType::QVariantMap: {
        QJsonObject out;
        const QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            out.insert(it.key(), jsonValue(it.value()));
        return out;
    }
    default:
        return value.toString();
    }
}

bool Record::isCanonicalUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

QJsonObject Record::toJsonObject() const
{
    QJsonArray formArray;
    for (const RecordForm &form : forms) {
        QJsonArray fieldArray;
        for (const RecordField &f : form.fields) {
            QJsonObject o{{QStringLiteral("id"), f.id},
                          {QStringLiteral("value"), f.value},
                          {QStringLiteral("source"), f.source}};
            if (!f.binding.isEmpty())
                o.insert(QStringLiteral("binding"), f.binding);
            if (f.original) {
                o.insert(QStringLiteral("original"), *f.original);
                o.insert(QStringLiteral("originalSource"), f.originalSource);
            }
            if (f.confirmed)
                o.insert(QStringLiteral("confirmed"), *f.confirmed);
            fieldArray.append(o);
        }
        formArray.append(QJsonObject{{QStringLiteral("formId"), form.formId},
                                     {QStringLiteral("formVersion"), form.formVersion},
                                     {QStringLiteral("fields"), fieldArray}});
    }
    return QJsonObject{
        {QStringLiteral("schema"), schemaName()},
        {QStringLiteral("id"), id},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("terminalId"), terminalId},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("staffId"), staffId},
        {QStringLiteral("forms"), formArray},
        {QStringLiteral("household"), household},
    };
}

QByteArray Record::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

Result<Record> Record::fromJson(QByteArrayView json)
{
    const auto bad = [](const QString &key) {
        return fail(ErrorCode::InvalidData, tr("The record is not valid: \"%1\" is missing or wrong.").arg(key), key);
    };
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::InvalidData, tr("The record is not a JSON object."), QStringLiteral("json"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toString() != schemaName())
        return bad(QStringLiteral("schema"));

    Record record;
    record.id = root.value(QStringLiteral("id")).toString();
    if (!isCanonicalUuid(record.id))
        return bad(QStringLiteral("id"));
    record.createdAt = QDateTime::fromString(root.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    // A time without a zone would be read as local time: refuse the guess.
    if (!record.createdAt.isValid() || record.createdAt.timeSpec() == Qt::LocalTime)
        return bad(QStringLiteral("createdAt"));
    record.createdAt = record.createdAt.toUTC();
    const auto shortText = [](const QJsonValue &v) {
        return v.isString() && !v.toString().trimmed().isEmpty() && v.toString().size() <= MaxShortText;
    };
    if (!shortText(root.value(QStringLiteral("terminalId"))))
        return bad(QStringLiteral("terminalId"));
    record.terminalId = root.value(QStringLiteral("terminalId")).toString();
    if (!shortText(root.value(QStringLiteral("kind"))))
        return bad(QStringLiteral("kind"));
    record.kind = root.value(QStringLiteral("kind")).toString();
    if (!root.value(QStringLiteral("staffId")).isString())
        return bad(QStringLiteral("staffId"));
    record.staffId = root.value(QStringLiteral("staffId")).toString();
    if (!root.value(QStringLiteral("household")).isArray())
        return bad(QStringLiteral("household"));
    record.household = root.value(QStringLiteral("household")).toArray();

    const QJsonValue forms = root.value(QStringLiteral("forms"));
    if (!forms.isArray())
        return bad(QStringLiteral("forms"));
    for (const QJsonValue &fv : forms.toArray()) {
        if (!fv.isObject())
            return bad(QStringLiteral("forms[]"));
        const QJsonObject fo = fv.toObject();
        RecordForm form;
        form.formId = fo.value(QStringLiteral("formId")).toString();
        if (form.formId.isEmpty())
            return bad(QStringLiteral("forms[].formId"));
        if (!fo.value(QStringLiteral("formVersion")).isDouble())
            return bad(QStringLiteral("forms[].formVersion"));
        form.formVersion = fo.value(QStringLiteral("formVersion")).toInt();
        if (!fo.value(QStringLiteral("fields")).isArray())
            return bad(QStringLiteral("forms[].fields"));
        for (const QJsonValue &v : fo.value(QStringLiteral("fields")).toArray()) {
            if (!v.isObject())
                return bad(QStringLiteral("forms[].fields[]"));
            const QJsonObject o = v.toObject();
            RecordField field;
            field.id = o.value(QStringLiteral("id")).toString();
            if (field.id.isEmpty())
                return bad(QStringLiteral("forms[].fields[].id"));
            if (!o.contains(QStringLiteral("value")))
                return bad(QStringLiteral("forms[].fields[].value"));
            field.value = o.value(QStringLiteral("value"));
            field.source = o.value(QStringLiteral("source")).toString();
            if (field.source.isEmpty())
                return bad(QStringLiteral("forms[].fields[].source"));
            field.binding = o.value(QStringLiteral("binding")).toString();
            if (o.contains(QStringLiteral("original"))) {
                field.original = o.value(QStringLiteral("original"));
                field.originalSource = o.value(QStringLiteral("originalSource")).toString();
            }
            if (o.contains(QStringLiteral("confirmed")))
                field.confirmed = o.value(QStringLiteral("confirmed")).toBool();
            form.fields.append(field);
        }
        record.forms.append(form);
    }
    return record;
}

} // namespace kakanai::forms
