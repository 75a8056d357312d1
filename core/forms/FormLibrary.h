#pragma once

#include "DefinitionProblem.h"
#include "FormDefinition.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kakanai::forms {

// Every form the desk can use: the built-in definitions compiled into
// kakanai_core (":/kakanai/forms/*.json") and the municipality's own folder.
//
// load(overrideDir) reads the built-ins, then every *.json directly in
// overrideDir: a definition whose "id" is a built-in's replaces it, a new id
// adds a form. A file that fails the checks is left out and listed in
// problems() (file, field, reason); when that file was meant to replace a
// built-in, the built-in stays in use. Two override files with the same id:
// the first by file name wins, the second is a problem. Sub-folders (such as
// navi/) are not read as forms.
class FormLibrary {
    Q_DECLARE_TR_FUNCTIONS(FormLibrary)
public:
    static QString builtInFolder() { return QStringLiteral(":/kakanai/forms"); }

    static FormLibrary load(const QString &overrideDir = {});
    // Only the given folders, in order (later ones replace earlier ids). For tests and tools.
    static FormLibrary loadFolders(const QStringList &folders);

    const FormDefinition *find(QStringView formId) const;
    bool contains(QStringView formId) const { return find(formId) != nullptr; }
    QStringList ids() const { return m_forms.keys(); }
    QList<FormDefinition> forms() const { return m_forms.values(); }
    qsizetype size() const { return m_forms.size(); }

    // Replaces or adds one definition (tests, tools).
    void insert(const FormDefinition &form) { m_forms.insert(form.id, form); }

    const QList<DefinitionProblem> &problems() const { return m_problems; }
    // The ids replaced by the override folder.
    const QStringList &overridden() const { return m_overridden; }

private:
    void readFolder(const QString &folder, bool builtIn);

    QMap<QString, FormDefinition> m_forms;
    QList<DefinitionProblem> m_problems;
    QStringList m_overridden;
};

} // namespace kakanai::forms
