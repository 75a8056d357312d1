#include "FormLibrary.h"

#include "FormDefinitionLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace kakanai::forms {

FormLibrary FormLibrary::load(const QString &overrideDir)
{
    FormLibrary library;
    library.readFolder(builtInFolder(), true);
    if (!overrideDir.isEmpty()) {
        if (!QFileInfo(overrideDir).isDir()) {
            library.m_problems.append(DefinitionProblem{
                overrideDir, DefinitionProblem::Element::None, {}, QStringLiteral("override-folder-missing"),
                tr("the folder for the municipality's forms does not exist; the built-in forms are used")});
        } else {
            library.readFolder(overrideDir, false);
        }
    }
    return library;
}

FormLibrary FormLibrary::loadFolders(const QStringList &folders)
{
    FormLibrary library;
    for (const QString &folder : folders)
        library.readFolder(folder, folder.startsWith(u':'));
    return library;
}

const FormDefinition *FormLibrary::find(QStringView formId) const
{
    const auto it = m_forms.constFind(formId.toString());
    return it == m_forms.cend() ? nullptr : &it.value();
}

void FormLibrary::readFolder(const QString &folder, bool builtIn)
{
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    QSet<QString> idsHere;
    for (const QString &name : files) {
        QList<DefinitionProblem> problems;
        auto form = FormDefinitionLoader::loadFile(dir.filePath(name), &problems);
        if (!form) {
            m_problems.append(problems);
            continue;
        }
        if (idsHere.contains(form->id)) {
            m_problems.append(DefinitionProblem{name, DefinitionProblem::Element::None, {},
                                                QStringLiteral("duplicate-form"),
                                                tr("another file in the same folder already defines form \"%1\"")
                                                    .arg(form->id)});
            continue;
        }
        idsHere.insert(form->id);
        form->builtIn = builtIn;
        if (!builtIn && m_forms.contains(form->id) && m_forms.value(form->id).builtIn)
            m_overridden.append(form->id);
        m_forms.insert(form->id, *form);
    }
}

} // namespace kakanai::forms
