#pragma once

#include "FormField.h"
#include "Validation.h"
#include "card/SecureBuffer.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>

namespace kakanai::forms {

// Checks and normalises one value for one field, by the field's type and
// rules, with the rules of core/jp (docs/forms.md, "Validation"):
//   text              trimmed; maxLength in user-visible characters; pattern
//                     (full-width ASCII folded first, whole value must match)
//   kana              KanaNormalizer::normalizeFurigana, then isKatakanaOnly
//   date              a QDate, or typed 和暦/西暦 (JapaneseDate::parse);
//                     shown in 和暦; notFuture / notPast against `today`
//   postalCode        PostalCode → 123-4567
//   phone             PhoneNumber → formatted with hyphens
//   choice            an option value, or an option's exact label; shown with the Japanese label
//   checkbox          bool, or "true"/"false"/"1"/"0"; required = must be ticked
//   address           trimmed, line breaks → U+3000, otherwise as written
//   individualNumber  validateNumber(): 12 digits, check digit
//   number            whole number (full-width digits accepted), min / max
//   members           a list of rows (HouseholdMember::toRow), filtered
//                     ("children") and cut to the field's columns
// Reasons never repeat the value.
class FieldValidator {
    Q_DECLARE_TR_FUNCTIONS(FieldValidator)
public:
    struct Context {
        QDate today;
    };

    static Validation validate(const FormField &field, const QVariant &input, const Context &context);
    // Individual-number fields: the digits stay in the SecureBuffer (nullptr = empty).
    static Validation validateNumber(const FormField &field, const SecureBuffer *digits);

    // Null, an invalid QDate, a blank string or an empty list.
    static bool isEmpty(const QVariant &value);

    // Whether a child born on `birthDate` is still a child on `today` for
    // 児童手当: until the first 31 March on or after the day the child turns 18
    // (a person turns 18 the day before the 18th birthday).
    static bool isChildOn(QDate birthDate, QDate today);
};

} // namespace kakanai::forms
