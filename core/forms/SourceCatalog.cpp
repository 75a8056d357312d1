#include "SourceCatalog.h"

namespace kakanai::forms {

QList<SourceCatalog::Fact> SourceCatalog::cardFacts()
{
    return {
        {QStringLiteral("name"), FieldType::Text, false, tr("name as on the card (family and given name)")},
        {QStringLiteral("address"), FieldType::Address, false, tr("address as on the card")},
        {QStringLiteral("birthDate"), FieldType::Date, false, tr("date of birth")},
        {QStringLiteral("sex"), FieldType::Choice, false, tr("sex, as the ISO 5218 code 1, 2 or 9")},
        {QStringLiteral("individualNumber"), FieldType::IndividualNumber, false,
         tr("individual number (read only when a chosen form needs it)")},
    };
}

QList<SourceCatalog::Fact> SourceCatalog::visitFacts()
{
    return {
        {QStringLiteral("today"), FieldType::Date, false, tr("the date of the visit")},
        {QStringLiteral("household"), FieldType::Members, false, tr("the household members added in this visit")},
        {QStringLiteral("nameKana"), FieldType::Kana, true, tr("furigana of the person's name (confirmed with the person)")},
        {QStringLiteral("phone"), FieldType::Phone, true, tr("phone number for contact")},
        {QStringLiteral("moveDate"), FieldType::Date, true, tr("date of the move (異動日), also the planned date for 転出")},
        {QStringLiteral("newAddress"), FieldType::Address, true, tr("the new address in this municipality (転入, 転居)")},
        {QStringLiteral("destinationAddress"), FieldType::Address, true, tr("the address moved to (転出先)")},
        {QStringLiteral("postalCode"), FieldType::PostalCode, true, tr("postal code of the new address")},
        {QStringLiteral("previousAddress"), FieldType::Address, true, tr("the previous address, when not the card's")},
        {QStringLiteral("householder"), FieldType::Text, true, tr("name of the head of household (世帯主)")},
        {QStringLiteral("relationship"), FieldType::Text, true, tr("relationship to the head of household (続柄)")},
        {QStringLiteral("notifierName"), FieldType::Text, true, tr("name of the person who notifies, when not the person")},
        {QStringLiteral("honseki"), FieldType::Address, true, tr("registered domicile (本籍)")},
        {QStringLiteral("hittousha"), FieldType::Text, true, tr("head of the family register (筆頭者)")},
        {QStringLiteral("bankName"), FieldType::Text, true, tr("bank for payments")},
        {QStringLiteral("bankBranch"), FieldType::Text, true, tr("bank branch")},
        {QStringLiteral("accountType"), FieldType::Choice, true, tr("account type (an option value, e.g. futsu)")},
        {QStringLiteral("accountNumber"), FieldType::Text, true, tr("account number")},
        {QStringLiteral("accountHolderKana"), FieldType::Kana, true, tr("account holder in katakana")},
    };
}

std::optional<SourceCatalog::Fact> SourceCatalog::cardFact(QStringView key)
{
    for (const Fact &f : cardFacts()) {
        if (f.key == key)
            return f;
    }
    return std::nullopt;
}

std::optional<SourceCatalog::Fact> SourceCatalog::visitFact(QStringView key)
{
    for (const Fact &f : visitFacts()) {
        if (f.key == key)
            return f;
    }
    return std::nullopt;
}

std::optional<FieldType> SourceCatalog::typeOf(const Binding &binding)
{
    std::optional<Fact> fact;
    if (binding.source == FieldSource::Card)
        fact = cardFact(binding.key);
    else if (binding.source == FieldSource::Visit)
        fact = visitFact(binding.key);
    if (!fact)
        return std::nullopt;
    return fact->type;
}

bool SourceCatalog::isKnown(const Binding &binding)
{
    switch (binding.source) {
    case FieldSource::Card: return cardFact(binding.key).has_value();
    case FieldSource::Visit: return visitFact(binding.key).has_value();
    case FieldSource::PreReg:
    case FieldSource::BackOffice: return !binding.key.isEmpty();
    default: return false;
    }
}

bool SourceCatalog::compatible(FieldType field, FieldType fact)
{
    if (field == fact)
        return true;
    const auto textLike = [](FieldType t) { return t == FieldType::Text || t == FieldType::Address; };
    return textLike(field) && textLike(fact);
}

} // namespace kakanai::forms
