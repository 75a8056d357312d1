#pragma once

#include "Binding.h"
#include "FieldType.h"
#include "LocalizedText.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace kakanai::forms {

// One option of a choice field. `value` goes into the record; the label is
// what the clerk sees and the paper shows.
struct ChoiceOption {
    QString value;
    LocalizedText label;

    friend bool operator==(const ChoiceOption &, const ChoiceOption &) = default;
};

// "when": the field applies only when another field of the same form (a
// choice or a checkbox without a condition of its own) has one of the values.
// A field that does not apply is hidden, not checked, not printed and not in
// the record.
struct FieldCondition {
    QString field;
    QStringList in;              // choice: one of these option values
    std::optional<bool> is;      // checkbox: ticked or not

    bool isSet() const { return !field.isEmpty(); }
    friend bool operator==(const FieldCondition &, const FieldCondition &) = default;
};

// One field of a form definition (docs/forms.md, "Fields").
struct FormField {
    QString id;
    LocalizedText label;
    LocalizedText note;          // optional hint for the clerk
    FieldType type = FieldType::Text;
    bool required = false;
    bool editable = true;        // false: the clerk cannot type or correct it
    bool handwritten = false;    // the citizen writes this on paper (印影, 記入欄): no value in the app
    QList<Binding> sources;      // tried in order; the first with a value wins
    QVariant defaultValue;       // used when no source has a value
    FieldCondition when;

    // choice
    QList<ChoiceOption> options;
    // text, kana, address: the most user-visible characters; 0 = no limit
    int maxLength = 0;
    // text: the whole value must match (full-width ASCII is folded first)
    QString pattern;
    LocalizedText patternHint;   // said to the clerk when the pattern does not match
    // number
    std::optional<int> min;
    std::optional<int> max;
    // date
    bool notFuture = false;
    bool notPast = false;
    // members
    QStringList columns;         // of name, kana, birthDate, sex, relationship
    int maxRows = 0;             // lines on the paper
    bool includeHolder = false;  // the card holder is the first row
    QString filter;              // "all" or "children" (until the first 31 March after turning 18)

    const ChoiceOption *option(QStringView value) const
    {
        for (const ChoiceOption &o : options) {
            if (o.value == value)
                return &o;
        }
        return nullptr;
    }

    bool isBoundTo(FieldSource source, QStringView key) const
    {
        for (const Binding &b : sources) {
            if (b.source == source && b.key == key)
                return true;
        }
        return false;
    }

    // The first visit.* fact the field is bound to, or empty. A screen that
    // edits shared facts in place routes the typing there (Visit::setFact).
    QString visitFact() const
    {
        for (const Binding &b : sources) {
            if (b.source == FieldSource::Visit)
                return b.key;
        }
        return {};
    }
};

} // namespace kakanai::forms
