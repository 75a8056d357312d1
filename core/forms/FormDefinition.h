#pragma once

#include "FormField.h"
#include "LocalizedText.h"
#include "PrintLayout.h"

#include <QList>
#include <QString>

namespace kakanai::forms {

// One procedure's form, as loaded from resources/forms/<id>.json or the
// municipality's override folder (docs/forms.md).
struct FormDefinition {
    static constexpr int FormatVersion = 1; // the "format" key this build reads

    QString id;                 // "jumin-ido"
    int version = 1;            // the definition's own version, written to the record
    LocalizedText title;        // 住民異動届
    LocalizedText description;  // optional
    QList<FormField> fields;
    PrintLayout layout;

    QString sourceFile;         // where it was loaded from (":/kakanai/forms/…" or the override folder)
    bool builtIn = true;

    const FormField *field(QStringView fieldId) const
    {
        for (const FormField &f : fields) {
            if (f.id == fieldId)
                return &f;
        }
        return nullptr;
    }
};

} // namespace kakanai::forms
