#include "FieldType.h"

#include <array>
#include <utility>

namespace kakanai::forms {

namespace {

constexpr std::array<std::pair<FieldType, const char16_t *>, 11> kNames{{
    {FieldType::Text, u"text"},
    {FieldType::Kana, u"kana"},
    {FieldType::Date, u"date"},
    {FieldType::PostalCode, u"postalCode"},
    {FieldType::Phone, u"phone"},
    {FieldType::Choice, u"choice"},
    {FieldType::Checkbox, u"checkbox"},
    {FieldType::Address, u"address"},
    {FieldType::IndividualNumber, u"individualNumber"},
    {FieldType::Number, u"number"},
    {FieldType::Members, u"members"},
}};

} // namespace

QString FieldTypes::name(FieldType type)
{
    for (const auto &[t, n] : kNames) {
        if (t == type)
            return QString::fromUtf16(n);
    }
    return {};
}

std::optional<FieldType> FieldTypes::fromName(QStringView name)
{
    for (const auto &[t, n] : kNames) {
        if (name == QStringView(n))
            return t;
    }
    return std::nullopt;
}

QStringList FieldTypes::names()
{
    QStringList out;
    for (const auto &entry : kNames)
        out << QString::fromUtf16(entry.second);
    return out;
}

QString FieldTypes::label(FieldType type)
{
    switch (type) {
    case FieldType::Text: return tr("text");
    case FieldType::Kana: return tr("kana (furigana)");
    case FieldType::Date: return tr("date");
    case FieldType::PostalCode: return tr("postal code");
    case FieldType::Phone: return tr("phone number");
    case FieldType::Choice: return tr("choice");
    case FieldType::Checkbox: return tr("checkbox");
    case FieldType::Address: return tr("address");
    case FieldType::IndividualNumber: return tr("individual number");
    case FieldType::Number: return tr("number");
    case FieldType::Members: return tr("household members");
    }
    return {};
}

} // namespace kakanai::forms
