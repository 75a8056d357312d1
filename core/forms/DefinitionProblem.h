#pragma once

#include <QCoreApplication>
#include <QString>

namespace kakanai::forms {

// Why a definition file (a form or the 手続ナビ) was rejected: the file, what
// in it (a field, an event, a question or a JSON key) and the reason.
// toString(): `jumin-ido.json: field "kind": unknown type "radio"`.
// `code` is a stable token for code and tests (listed in docs/forms.md).
struct DefinitionProblem {
    Q_DECLARE_TR_FUNCTIONS(DefinitionProblem)
public:
    enum class Element { None, Field, Event, Question, Key };

    QString file;      // file name only, without the folder
    Element element = Element::None;
    QString name;      // field id, event id, question id or JSON key path
    QString code;
    QString reason;    // translated, for the administrator

    QString toString() const;
};

} // namespace kakanai::forms
