// The visit's progress and its record: what the clerk typed, what still
// needs attention, and the Record made from the resolved fields
// (docs/record-format.md). The resolution itself is in Visit.cpp.
#include "Visit.h"

#include <QUuid>

namespace kakanai::forms {

int Visit::clerkEnteredCount() const
{
    int count = 0;
    for (const FormEntry &e : m_forms) {
        for (const FormField &f : e.definition.fields) {
            if (e.clerk.contains(f.id) && applies(e, f))
                ++count;
        }
    }
    for (const auto &[key, fact] : m_facts) {
        if (fact.origin == FieldSource::Clerk)
            ++count;
    }
    for (const HouseholdMember &m : m_household) {
        if (m.origin == FieldSource::Clerk)
            ++count;
    }
    return count;
}

QList<FieldState> Visit::problems() const
{
    QList<FieldState> out;
    for (const FormEntry &e : m_forms) {
        for (const FormField &f : e.definition.fields) {
            FieldState s = stateOf(e, f);
            if (s.applicable && !s.isOk())
                out.append(std::move(s));
        }
    }
    return out;
}

Record Visit::toRecord(const Clock &clock, const QString &terminalId, const QString &staffId) const
{
    Record record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.createdAt = clock.nowUtc().toUTC();
    record.terminalId = terminalId;
    record.staffId = staffId;
    for (const FormEntry &e : m_forms) {
        RecordForm form;
        form.formId = e.definition.id;
        form.formVersion = e.definition.version;
        for (const FormField &f : e.definition.fields) {
            const FieldState s = stateOf(e, f);
            if (!s.applicable || s.handwritten)
                continue;
            RecordField field;
            field.id = f.id;
            if (f.type == FieldType::IndividualNumber) {
                const auto digits = individualNumber(e.definition.id, f.id);
                field.value = digits ? QJsonValue(QString::fromLatin1(digits->view())) : QJsonValue(QJsonValue::Null);
            } else {
                field.value = Record::jsonValue(s.hasValue ? s.value : QVariant());
            }
            field.source = FieldSources::name(s.source);
            field.binding = s.binding;
            if (s.corrected) {
                if (f.type == FieldType::IndividualNumber) {
                    const Raw bound = boundRaw(e, f);
                    field.original = bound.number ? QJsonValue(QString::fromLatin1(bound.number->view()))
                                                  : QJsonValue(QJsonValue::Null);
                } else {
                    field.original = Record::jsonValue(s.original);
                }
                field.originalSource = FieldSources::name(s.originalSource);
            }
            if (f.type == FieldType::Kana && s.hasValue
                && (s.binding == u"visit.nameKana" || s.source == FieldSource::PreReg))
                field.confirmed = s.kanaConfirmed;
            form.fields.append(field);
        }
        record.forms.append(form);
    }
    for (const HouseholdMember &m : m_household)
        record.household.append(m.toJson());
    return record;
}

Result<Record> Visit::complete(const Clock &clock, const QString &terminalId, const QString &staffId) const
{
    if (m_forms.empty())
        return fail(ErrorCode::InvalidArgument, tr("Choose at least one procedure before completing the visit."),
                    QStringLiteral("no-forms"));
    const QList<FieldState> open = problems();
    if (!open.isEmpty()) {
        QStringList where;
        for (const FieldState &s : open)
            where << s.formId + u'/' + s.fieldId;
        return fail(ErrorCode::InvalidArgument,
                    tr("%n field(s) still need attention before the visit can be completed.", nullptr,
                       static_cast<int>(open.size())),
                    where.join(QStringLiteral(", ")));
    }
    return toRecord(clock, terminalId, staffId);
}

} // namespace kakanai::forms
