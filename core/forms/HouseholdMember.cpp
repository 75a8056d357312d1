#include "HouseholdMember.h"

namespace kakanai::forms {

QVariantMap HouseholdMember::toRow() const
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("kana"), kana},
        {QStringLiteral("birthDate"), birthDate},
        {QStringLiteral("sex"), CardHolder::sexCode(sex)},
        {QStringLiteral("relationship"), relationship},
    };
}

QJsonObject HouseholdMember::toJson() const
{
    QJsonObject o{
        {QStringLiteral("name"), name},
        {QStringLiteral("kana"), kana},
        {QStringLiteral("sex"), CardHolder::sexCode(sex)},
        {QStringLiteral("relationship"), relationship},
        {QStringLiteral("source"), FieldSources::name(origin)},
    };
    o.insert(QStringLiteral("birthDate"),
             birthDate.isValid() ? QJsonValue(birthDate.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
    return o;
}

} // namespace kakanai::forms
