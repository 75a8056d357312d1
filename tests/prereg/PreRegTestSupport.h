#pragma once

// Full pre-registrations built from the office's own forms and 手続ナビ, for
// the round trips and the corpus of bad inputs.
#include "forms/FormLibrary.h"
#include "forms/LifeEventNavi.h"
#include "forms/SourceCatalog.h"
#include "prereg/PreRegistration.h"

#include <QTimeZone>

namespace kakanai::prereg::test {

using namespace Qt::StringLiterals;

// Personal data used in the payloads: no error message may contain any of them.
inline QStringList personalStrings()
{
    return {u"山田"_s, u"太郎"_s, u"花子"_s, u"ヤマダ"_s, u"タロウ"_s, u"浦和区高砂"_s, u"霞が関"_s,
            u"1980-02-17"_s, u"2018-05-01"_s, u"2026-11-20"_s, u"090-1234-5678"_s, u"336-0011"_s,
            u"SECRETVALUE"_s};
}

inline QString sampleValue(forms::FieldType type, const forms::FormField *field = nullptr)
{
    using forms::FieldType;
    switch (type) {
    case FieldType::Text: return u"山田　太郎"_s;
    case FieldType::Kana: return u"ヤマダ　タロウ"_s;
    case FieldType::Date: return u"2026-11-20"_s;
    case FieldType::PostalCode: return u"336-0011"_s;
    case FieldType::Phone: return u"090-1234-5678"_s;
    case FieldType::Choice:
        return field && !field->options.isEmpty() ? field->options.first().value : u"futsu"_s;
    case FieldType::Address: return u"埼玉県さいたま市浦和区高砂３－１５－１"_s;
    case FieldType::IndividualNumber: return u"123456789018"_s;
    case FieldType::Number: return u"2"_s;
    case FieldType::Checkbox:
    case FieldType::Members: break;
    }
    return {};
}

inline forms::HouseholdMember member(const QString &name, QDate birth, Sex sex, const QString &relationship)
{
    forms::HouseholdMember m;
    m.name = name;
    m.kana = u"ヤマダ　ハナコ"_s;
    m.birthDate = birth;
    m.sex = sex;
    m.relationship = relationship;
    m.origin = forms::FieldSource::PreReg;
    return m;
}

// One life event, every question answered yes, the forms of its checklist,
// every settable fact, every field a citizen can fill, 2 household members.
inline PreRegistration fullRegistration(const forms::FormLibrary &library, const forms::LifeEventNavi &navi,
                                        const forms::LifeEvent &event)
{
    PreRegistration r;
    r.created = QDateTime(QDate(2026, 11, 30), QTime(10, 12), QTimeZone(9 * 3600));
    r.events = {event.id};
    for (const QString &q : event.questions)
        r.answers.insert(q, true);
    for (const forms::ChecklistItem &item : navi.checklist(r.events, r.answers)) {
        if (item.isForm())
            r.forms.emplace(item.formId, library.find(item.formId)->version);
    }
    r.person = PreRegPerson{u"山田　太郎"_s, u"ヤマダ　タロウ"_s, QDate(1980, 2, 17), Sex::Male,
                            u"東京都千代田区霞が関２－１－２"_s};
    for (const forms::SourceCatalog::Fact &fact : forms::SourceCatalog::visitFacts()) {
        if (fact.settable)
            r.facts.insert(fact.key, sampleValue(fact.type));
    }
    r.household = {member(u"山田　花子"_s, QDate(2018, 5, 1), Sex::Female, u"子"_s),
                   member(u"山田　次郎"_s, QDate(2020, 7, 7), Sex::Male, u"子"_s)};
    for (const auto &[formId, version] : r.forms) {
        QVariantMap values;
        for (const forms::FormField &field : library.find(formId)->fields) {
            if (field.handwritten || field.type == forms::FieldType::Members)
                continue;
            if (field.type == forms::FieldType::Checkbox)
                values.insert(field.id, true);
            else
                values.insert(field.id, sampleValue(field.type, &field));
            for (const forms::Binding &b : field.sources) {
                if (b.source == forms::FieldSource::PreReg)
                    r.values.insert(b.key, sampleValue(field.type == forms::FieldType::Checkbox
                                                           ? forms::FieldType::Text : field.type, &field));
            }
        }
        r.fields.emplace(formId, values);
    }
    if (r.values.isEmpty())
        r.values.insert(u"spouseName"_s, u"山田　花子"_s);
    return r;
}

} // namespace kakanai::prereg::test
