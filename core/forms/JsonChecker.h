#pragma once

#include "DefinitionProblem.h"
#include "LocalizedText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kakanai::forms {

// Internal to core/forms: strict reading of a definition file's JSON. Every
// getter reports what is wrong (missing, wrong type) against the element it
// is reading (a field, an event …) and collects DefinitionProblems; callers
// go on reading to report as much as possible in one pass.
class JsonChecker {
    Q_DECLARE_TR_FUNCTIONS(JsonChecker)
public:
    using Element = DefinitionProblem::Element;

    // The element whose keys are being read: `file: field "kind": …`.
    struct Where {
        Element element = Element::None;
        QString name;
    };

    explicit JsonChecker(QString fileName) : m_file(std::move(fileName)) {}

    void report(const Where &where, const QString &code, const QString &reason);
    const QList<DefinitionProblem> &problems() const { return m_problems; }
    qsizetype count() const { return m_problems.size(); }
    const QString &file() const { return m_file; }

    // Parses the document; reports "json-syntax" or "not-object".
    std::optional<QJsonObject> document(const QByteArray &json);

    // Reports every key of `object` that is not in `allowed` ("unknown-key").
    void checkKeys(const QJsonObject &object, const QStringList &allowed, const Where &where);

    // Getters: nullopt when absent (reported as "missing-key" if required) or
    // of the wrong type (always reported, "wrong-type").
    std::optional<QString> string(const QJsonObject &o, const QString &key, bool required, const Where &where);
    std::optional<bool> boolean(const QJsonObject &o, const QString &key, const Where &where);
    std::optional<double> number(const QJsonObject &o, const QString &key, bool required, const Where &where);
    std::optional<int> integer(const QJsonObject &o, const QString &key, bool required, const Where &where);
    std::optional<QJsonArray> array(const QJsonObject &o, const QString &key, bool required, const Where &where);
    std::optional<QJsonObject> object(const QJsonObject &o, const QString &key, bool required, const Where &where);

    // {"ja": "…", "en": "…"} with both non-empty; with allowPlainString a
    // plain string sets both. Missing or incomplete is reported with `missingCode`.
    std::optional<LocalizedText> localized(const QJsonObject &o, const QString &key, bool required,
                                           bool allowPlainString, const QString &missingCode, const Where &where);

    // [A-Za-z][A-Za-z0-9_]*, at most 64 characters.
    static bool isIdentifier(QStringView text);
    // [a-z0-9][a-z0-9-]*, at most 64 characters (form and event ids, file-name friendly).
    static bool isSlug(QStringView text);

private:
    QString m_file;
    QList<DefinitionProblem> m_problems;
};

} // namespace kakanai::forms
