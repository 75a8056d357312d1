#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace kakanai::forms {

// Where a field's value came from. Shown next to every field and written to
// the record ("source").
enum class FieldSource {
    None,       // "none"       no value
    Card,       // "card"       the My Number card (券面事項入力補助AP)
    PreReg,     // "prereg"     the citizen's pre-registration (QR)
    Visit,      // "visit"      a fact of the visit entered once and shared by every form
    BackOffice, // "backoffice" the back office (住民記録 etc.)
    Clerk,      // "clerk"      typed or corrected by the clerk in this form
    Default,    // "default"    the form's default or the 手続ナビ preset
};

class FieldSources {
    Q_DECLARE_TR_FUNCTIONS(FieldSources)
public:
    static QString name(FieldSource source);
    static std::optional<FieldSource> fromName(QStringView name);
    // For the clerk: "card", "QR", "clerk" … (translated).
    static QString label(FieldSource source);
};

} // namespace kakanai::forms
