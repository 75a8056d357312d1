#pragma once

#include "FieldSource.h"
#include "card/CardHolder.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace kakanai::forms {

// A member of the citizen's household added during the visit (children for
// 児童手当, family moving together for 住民異動届 …). The card holder is not
// in this list.
struct HouseholdMember {
    QString name;           // 氏名 as written, never normalised
    QString kana;           // フリガナ, normalised by Visit
    QDate birthDate;
    Sex sex = Sex::NotKnown;
    QString relationship;   // 続柄 to the head of household: 子, 妻, 夫, 母 …
    FieldSource origin = FieldSource::Clerk; // who entered it: clerk, prereg, backoffice

    // A row as members fields see it: name, kana, birthDate (QDate), sex
    // ("1"/"2"/"9"/"0"), relationship.
    QVariantMap toRow() const;
    // For the record: the same keys, birthDate as YYYY-MM-DD, plus "source".
    QJsonObject toJson() const;

    friend bool operator==(const HouseholdMember &, const HouseholdMember &) = default;
};

} // namespace kakanai::forms
