#pragma once

#include <QString>
#include <QVariant>

namespace kakanai::forms {

enum class ValidationState {
    Ok,          // a valid value, or an optional field left empty
    Missing,     // required and empty (or a required checkbox not ticked)
    Invalid,     // a value that breaks the field's rules; see reason
    Unconfirmed, // フリガナ from visit.nameKana not yet confirmed with the person
};

// The outcome of checking one input for one field.
struct Validation {
    ValidationState state = ValidationState::Ok;
    QVariant value;   // normalised: QString, QDate, bool, int, QVariantList of rows; empty for a number
    QString display;  // for screen and paper: 令和6年4月1日, an option's Japanese label, a masked number
    QString reason;   // translated, for the clerk; empty when Ok
    bool empty = true;

    bool isOk() const { return state == ValidationState::Ok; }
};

} // namespace kakanai::forms
