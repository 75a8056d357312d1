#pragma once

#include "FieldSource.h"
#include "FieldType.h"
#include "Validation.h"

#include <QString>
#include <QVariant>

namespace kakanai::forms {

// One field of one chosen form in a visit, as the screen shows it: the value,
// where it came from, the value it replaced when the clerk corrected it, and
// whether it is valid.
struct FieldState {
    QString formId;
    QString fieldId;
    FieldType type = FieldType::Text;
    bool required = false;
    bool editable = true;
    bool handwritten = false;  // written on paper by the citizen: no value here
    bool applicable = true;    // false: its "when" condition is not met (hidden, not checked, not in the record)

    FieldSource source = FieldSource::None;
    QString binding;           // the binding that gave the value ("card.address"), empty for clerk/default

    // value: normalised (QString, QDate, bool, int, QVariantList); for an
    // individual number always empty (see Visit::individualNumber()).
    QVariant value;
    QString display;           // 令和6年4月1日, the option's label, ●●●● ●●●● ●●●● …
    bool hasValue = false;

    // Kept when the clerk replaced a value that a source or default gave.
    bool corrected = false;
    QVariant original;
    QString originalDisplay;
    FieldSource originalSource = FieldSource::None;
    QString originalBinding;

    // For kana from visit.nameKana: whether the reading was confirmed with the person.
    bool kanaConfirmed = false;

    ValidationState state = ValidationState::Ok;
    QString reason;            // translated; empty when Ok

    bool isOk() const { return state == ValidationState::Ok; }
};

} // namespace kakanai::forms
