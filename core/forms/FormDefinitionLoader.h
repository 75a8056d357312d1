#pragma once

#include "DefinitionProblem.h"
#include "FormDefinition.h"
#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kakanai::forms {

// Reads one form definition (docs/forms.md) and checks it strictly. Every
// problem found is reported, not only the first: unknown or missing keys,
// a wrong "format", a bad or duplicate field id, a missing ja/en label, an
// unknown type, a binding to an unknown source or one whose value cannot go
// in the field, a choice without options, a rule that does not fit the type,
// a bad pattern, a default that breaks the field's own rules, a condition on
// an unknown field, a required field with no way to be filled, and print
// boxes that are missing, outside the A4 page or overlapping.
//
// The error (ErrorCode::InvalidData) has every problem as one line
// `file: field "x": reason` in its message and the first problem's code as
// technicalDetail(); `problems`, when given, receives them one by one.
class FormDefinitionLoader {
    Q_DECLARE_TR_FUNCTIONS(FormDefinitionLoader)
public:
    static Result<FormDefinition> parse(const QByteArray &json, const QString &fileName,
                                        QList<DefinitionProblem> *problems = nullptr);
    // Reads a file (or a Qt resource path); the problems name the file without its folder.
    static Result<FormDefinition> loadFile(const QString &path, QList<DefinitionProblem> *problems = nullptr);

    // The Error for a list of problems (not empty).
    static Error toError(const QList<DefinitionProblem> &problems);
};

} // namespace kakanai::forms
