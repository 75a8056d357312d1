#include "RecordView.h"

#include "FieldValidator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kakanai::forms {

namespace {

// Record values back to what the validator takes: dates as QDate (also in
// household rows), everything else as JSON gives it.
QVariant inputOf(const FormField &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (field.type == FieldType::Date && value.isString()) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant(value.toString());
    }
    if (field.type == FieldType::Members && value.isArray()) {
        QVariantList rows;
        for (const QJsonValue &row : value.toArray()) {
            QVariantMap map = row.toObject().toVariantMap();
            const QDate birth = QDate::fromString(map.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
            map.insert(QStringLiteral("birthDate"), birth);
            rows.append(map);
        }
        return rows;
    }
    if (field.type == FieldType::Number && value.isDouble())
        return static_cast<qlonglong>(value.toDouble());
    return value.toVariant();
}

} // namespace

Result<RecordView> RecordView::create(const Record &record, const FormLibrary &library, QDate today)
{
    RecordView view;
    view.m_record = record;
    view.m_today = today;
    for (const RecordForm &form : record.forms) {
        const FormDefinition *definition = library.find(form.formId);
        if (!definition || definition->version != form.formVersion) {
            return fail(ErrorCode::NotFound,
                        tr("The form \"%1\" of this record is not available in the version it was filled in with.")
                            .arg(form.formId),
                        QStringLiteral("%1 v%2").arg(form.formId).arg(form.formVersion));
        }
        view.m_forms.push_back(*definition);
    }
    return view;
}

QStringList RecordView::formIds() const
{
    QStringList ids;
    for (const RecordForm &form : m_record.forms)
        ids << form.formId;
    return ids;
}

const FormDefinition *RecordView::form(const QString &formId) const
{
    for (const FormDefinition &definition : m_forms) {
        if (definition.id == formId)
            return &definition;
    }
    return nullptr;
}

QList<FieldState> RecordView::fields(const QString &formId) const
{
    QList<FieldState> out;
    const FormDefinition *definition = form(formId);
    const RecordForm *recorded = m_record.form(formId);
    if (!definition || !recorded)
        return out;
    const FieldValidator::Context context{m_today};
    for (const FormField &field : definition->fields) {
        FieldState s;
        s.formId = formId;
        s.fieldId = field.id;
        s.type = field.type;
        s.required = field.required;
        s.editable = field.editable;
        s.handwritten = field.handwritten;
        const RecordField *value = recorded->field(field.id);
        if (!value) {
            // Left out of the record: handwritten on paper, or it did not apply.
            s.applicable = field.handwritten;
            out.append(s);
            continue;
        }
        s.source = FieldSources::fromName(value->source).value_or(FieldSource::None);
        s.binding = value->binding;
        s.kanaConfirmed = value->confirmed.value_or(false);
        s.corrected = value->original.has_value();
        Validation v;
        if (field.type == FieldType::IndividualNumber) {
            const auto digits = individualNumber(formId, field.id);
            v = FieldValidator::validateNumber(field, digits ? &*digits : nullptr);
        } else {
            v = FieldValidator::validate(field, inputOf(field, value->value), context);
            s.value = v.value;
        }
        s.display = v.display;
        s.hasValue = !v.empty;
        s.state = v.state;
        s.reason = v.reason;
        out.append(s);
    }
    return out;
}

std::optional<SecureBuffer> RecordView::individualNumber(const QString &formId, const QString &fieldId) const
{
    const RecordForm *recorded = m_record.form(formId);
    const RecordField *value = recorded ? recorded->field(fieldId) : nullptr;
    if (!value || !value->value.isString() || value->value.toString().isEmpty())
        return std::nullopt;
    QByteArray digits = value->value.toString().toLatin1();
    SecureBuffer out = SecureBuffer::fromBytes(digits);
    SecureBuffer::wipe(digits);
    return out;
}

} // namespace kakanai::forms
