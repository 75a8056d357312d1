#pragma once

#include "PreRegMessage.h"
#include "card/CardHolder.h"
#include "common/Error.h"
#include "forms/HouseholdMember.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <map>
#include <optional>

namespace kakanai::forms {
class FormLibrary;
class LifeEventNavi;
} // namespace kakanai::forms

namespace kakanai::prereg {

// The citizen as they described themselves in the code (all optional).
struct PreRegPerson {
    QString name;
    QString kana;
    QDate birthDate;
    std::optional<Sex> sex;
    QString address;

    bool isEmpty() const { return name.isEmpty() && kana.isEmpty() && !birthDate.isValid() && !sex && address.isEmpty(); }
    // The "person" object of the document (docs/qr-format.md); empty values left out.
    QJsonObject toJson() const;
    // Back from toJson() as this program wrote it (a saved draft): not
    // checked; a value that does not parse is left empty.
    static PreRegPerson fromJson(const QJsonObject &object);
    friend bool operator==(const PreRegPerson &, const PreRegPerson &) = default;
};

// The JSON document of a pre-registration (docs/qr-format.md, "The JSON
// document"), checked against this office's forms and 手続ナビ.
struct PreRegistration {
    static QString formatName() { return QStringLiteral("kakanai.prereg/1"); }

    QDateTime created;                       // invalid when not given
    QStringList events;
    QHash<QString, bool> answers;
    std::map<QString, int> forms;            // form id → definition version
    PreRegPerson person;
    QVariantMap facts;                       // visit fact key (no prefix) → string
    QList<forms::HouseholdMember> household; // origin PreReg
    std::map<QString, QVariantMap> fields;   // form id → field id → string or bool
    QVariantMap values;                      // prereg.* key (no prefix) → string

    // Compact JSON (no indentation), keys as in docs/qr-format.md.
    QByteArray toJson() const;

    // Parses and checks everything the format says, against `library` (form
    // ids and versions, field ids, checkbox values) and `navi` (events,
    // questions). Errors are InvalidData, translated, naming the wrong id
    // but never a value; detail: "bad-json", "bad-format", "unknown-key",
    // "unknown-event", "unknown-question", "unknown-form", "form-version",
    // "unknown-fact", "unknown-field", "bad-value", "too-long", "too-many".
    static Result<PreRegistration> fromJson(const QByteArray &json, const forms::FormLibrary &library,
                                            const forms::LifeEventNavi &navi);

    friend bool operator==(const PreRegistration &, const PreRegistration &) = default;
};

} // namespace kakanai::prereg
