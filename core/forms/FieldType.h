#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace kakanai::forms {

// What a form field holds; decides how its input is checked and normalised
// (FieldValidator). The JSON names are in docs/forms.md.
enum class FieldType {
    Text,             // "text"             free text, optional maxLength / pattern
    Kana,             // "kana"             フリガナ: katakana only after normalisation
    Date,             // "date"             和暦 or 西暦 input → QDate, shown in 和暦
    PostalCode,       // "postalCode"       123-4567
    Phone,            // "phone"            090-1234-5678
    Choice,           // "choice"           one of the options
    Checkbox,         // "checkbox"         true / false
    Address,          // "address"          住所 as written, not normalised
    IndividualNumber, // "individualNumber" 12 digits with a valid check digit
    Number,           // "number"           whole number, optional min / max (通数)
    Members,          // "members"          rows taken from the visit's household
};

class FieldTypes {
    Q_DECLARE_TR_FUNCTIONS(FieldTypes)
public:
    static QString name(FieldType type);
    static std::optional<FieldType> fromName(QStringView name);
    static QStringList names();
    // For the clerk: "date", "postal code" … (translated).
    static QString label(FieldType type);
};

} // namespace kakanai::forms
