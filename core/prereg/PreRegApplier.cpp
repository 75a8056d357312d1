#include "PreRegApplier.h"

#include "forms/FieldValidator.h"
#include "forms/Visit.h"
#include "jp/JapaneseDate.h"

#include <algorithm>

namespace kakanai::prereg {

namespace {

// Spaces (half and full width) do not make another name or address; width
// does not either (ＡＢ１ is AB1, ２－１ is 2-1).
QString comparable(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.removeIf([](QChar c) { return c.isSpace(); });
    return out;
}

QString dateText(QDate date)
{
    if (!date.isValid())
        return {};
    const auto wareki = jp::JapaneseDate::format(date);
    return wareki ? *wareki : date.toString(Qt::ISODate);
}

QString sexText(Sex sex)
{
    switch (sex) {
    case Sex::Male: return PreRegApplier::tr("male");
    case Sex::Female: return PreRegApplier::tr("female");
    case Sex::NotApplicable: return PreRegApplier::tr("not applicable");
    case Sex::NotKnown: break;
    }
    return PreRegApplier::tr("not known");
}

Error refused(const QString &message, const QString &detail)
{
    return Error(ErrorCode::InvalidData, message, detail);
}

} // namespace

QString PreRegApplier::factLabel(CardDifference::Fact fact)
{
    switch (fact) {
    case CardDifference::Fact::Name: return tr("Name");
    case CardDifference::Fact::Address: return tr("Address");
    case CardDifference::Fact::BirthDate: return tr("Date of birth");
    case CardDifference::Fact::Sex: return tr("Sex");
    }
    return {};
}

CardComparison PreRegApplier::compare(const PreRegPerson &person, const std::optional<CardHolder> &card)
{
    CardComparison out;
    if (!card)
        return out;
    out.hasCard = true;
    if (!person.name.isEmpty() && comparable(person.name) != comparable(card->name)) {
        out.differences.append({CardDifference::Fact::Name, person.name, card->name});
        out.otherPerson = true;
    }
    if (person.birthDate.isValid() && person.birthDate != card->birthDate) {
        out.differences.append(
            {CardDifference::Fact::BirthDate, dateText(person.birthDate), dateText(card->birthDate)});
        out.otherPerson = true;
    }
    if (!person.address.isEmpty() && comparable(person.address) != comparable(card->address))
        out.differences.append({CardDifference::Fact::Address, person.address, card->address});
    if (person.sex && *person.sex != card->sex)
        out.differences.append({CardDifference::Fact::Sex, sexText(*person.sex), sexText(card->sex)});
    return out;
}

Result<PreRegApplier::Applied> PreRegApplier::apply(forms::Visit &visit, const PreRegistration &content,
                                                    const forms::LifeEventNavi &navi)
{
    Applied applied;

    // --- check everything first: a refused code changes nothing ------------
    for (const QString &eventId : content.events) {
        if (!navi.event(eventId))
            return std::unexpected(refused(tr("The code names the life event \"%1\", which this office's "
                                              "手続ナビ does not have.").arg(eventId),
                                           QStringLiteral("unknown-event")));
    }
    applied.checklist = navi.checklist(content.events, content.answers);
    struct FormToAdd {
        QString id;
        QVariantMap presets;
    };
    QList<FormToAdd> formsToAdd;
    for (const forms::ChecklistItem &item : std::as_const(applied.checklist)) {
        if (item.isForm())
            formsToAdd.append({item.formId, item.presets});
    }
    for (const auto &[formId, version] : content.forms) {
        if (std::none_of(formsToAdd.cbegin(), formsToAdd.cend(), [&](const FormToAdd &f) { return f.id == formId; }))
            formsToAdd.append({formId, {}});
    }
    for (const FormToAdd &f : std::as_const(formsToAdd)) {
        const forms::FormDefinition *definition = visit.library().find(f.id);
        const auto wanted = content.forms.find(f.id);
        if (!definition)
            return std::unexpected(refused(tr("The code needs the form \"%1\", which this office does not have.")
                                               .arg(f.id),
                                           QStringLiteral("unknown-form")));
        if (wanted != content.forms.end() && wanted->second != definition->version)
            return std::unexpected(refused(tr("The code was made for version %1 of the form \"%2\"; this office "
                                              "uses version %3.")
                                               .arg(wanted->second)
                                               .arg(f.id)
                                               .arg(definition->version),
                                           QStringLiteral("form-version")));
    }
    QList<forms::HouseholdMember> members;
    for (qsizetype i = 0; i < content.household.size(); ++i) {
        forms::HouseholdMember member = content.household.at(i);
        member.origin = forms::FieldSource::PreReg;
        auto checked = visit.checkMember(member);
        if (!checked)
            return std::unexpected(refused(tr("Household member %1 in the code cannot be used: %2")
                                               .arg(i + 1)
                                               .arg(checked.error().message()),
                                           QStringLiteral("bad-member")));
        members.append(*checked);
    }

    // --- apply -------------------------------------------------------------
    // Members of an earlier code go: the same code scanned twice must not
    // list a child twice. Members the clerk added stay.
    for (int i = int(visit.household().size()) - 1; i >= 0; --i) {
        if (visit.household().at(i).origin == forms::FieldSource::PreReg)
            (void)visit.removeHouseholdMember(i);
    }
    for (forms::HouseholdMember &member : members) {
        if (visit.addHouseholdMember(std::move(member)))
            ++applied.householdMembers;
    }

    QVariantMap facts = content.facts;
    if (!content.person.kana.isEmpty() && !facts.contains(QStringLiteral("nameKana")))
        facts.insert(QStringLiteral("nameKana"), content.person.kana);
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        if (visit.factOrigin(it.key()) == forms::FieldSource::Clerk) {
            applied.keptClerkFacts.append(it.key());
            continue;
        }
        if (visit.setFact(it.key(), it.value(), forms::FieldSource::PreReg))
            ++applied.facts;
    }

    // The open prereg.* sources: the code's values, and the person as the
    // citizen wrote it (for a form that binds prereg.name …; the card still
    // wins wherever a field names card.* first).
    QVariantMap values = visit.preRegistration();
    for (auto it = content.values.cbegin(); it != content.values.cend(); ++it)
        values.insert(it.key(), it.value());
    const auto putPerson = [&values](const char *key, const QVariant &value) {
        if (!forms::FieldValidator::isEmpty(value))
            values.insert(QLatin1String(key), value);
    };
    putPerson("name", content.person.name);
    putPerson("nameKana", content.person.kana);
    putPerson("address", content.person.address);
    if (content.person.birthDate.isValid())
        putPerson("birthDate", content.person.birthDate);
    if (content.person.sex)
        putPerson("sex", CardHolder::sexCode(*content.person.sex));
    visit.setPreRegistration(values);

    for (const auto &[formId, fieldValues] : content.fields) {
        visit.setPreRegisteredFields(formId, fieldValues);
        applied.fields += int(fieldValues.size());
    }
    for (const FormToAdd &f : std::as_const(formsToAdd)) {
        if (visit.addForm(f.id, f.presets))
            applied.formIds.append(f.id);
    }
    return applied;
}

} // namespace kakanai::prereg
