#pragma once

#include "FieldState.h"
#include "FormDefinition.h"
#include "FormLibrary.h"
#include "HouseholdMember.h"
#include "record/Record.h"
#include "card/CardHolder.h"
#include "card/SecureBuffer.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <map>
#include <optional>
#include <vector>

namespace kakanai::forms {

// One citizen, one counter session: the facts gathered once and the forms
// chosen, each field resolved from its bindings (docs/forms.md, "The visit").
//
// A field's value is worked out when asked for, so a fact set once shows at
// once in every form bound to it:
//   1. the clerk's own value for this field in this form (source clerk); the
//      value it replaced is kept as the original
//   2. the field's sources in order: card.*, visit.*, prereg.*, backoffice.*
//   3. the 手続ナビ preset for this form, then the field's default (source default)
// and is then checked by its type (FieldValidator).
//
// The individual number is held only in SecureBuffers and never appears in a
// FieldState, an error or a log; it goes into the record as a field value.
class Visit {
    Q_DECLARE_TR_FUNCTIONS(Visit)
public:
    // `today` is the office's date (OfficeCalendar::today()): visit.today and
    // the date rules use it.
    Visit(FormLibrary library, QDate today);
    ~Visit();
    Visit(Visit &&) noexcept;
    Visit &operator=(Visit &&) noexcept;
    Visit(const Visit &) = delete;
    Visit &operator=(const Visit &) = delete;

    QDate today() const { return m_today; }
    const FormLibrary &library() const { return m_library; }

    // --- the card --------------------------------------------------------
    // Copies name, address, birth date, sex and, when read, the individual number.
    void setCardHolder(const CardHolder &holder);
    void clearCardHolder();
    bool hasCardHolder() const { return m_hasCard; }
    bool hasIndividualNumber() const;
    // Whether a chosen form takes the individual number from the card (a
    // field that applies and is bound to card.individualNumber, and the clerk
    // has not typed it): the card must then be read with the number.
    bool needsIndividualNumber() const;

    // A copy of the card facts the visit holds (the number too, when read); nullopt without a card.
    std::optional<CardHolder> cardHolder() const;

    // --- pre-registration (QR) and back office -----------------------------
    void setPreRegistration(const QVariantMap &values) { m_prereg = values; }
    const QVariantMap &preRegistration() const { return m_prereg; }
    // Values the citizen gave for one form's own fields (a QR code's
    // "fields"): used after the field's sources and before the 手続ナビ
    // preset, with source prereg. Kept for a form not chosen yet. An empty
    // map removes them.
    void setPreRegisteredFields(const QString &formId, const QVariantMap &values);
    QVariantMap preRegisteredFields(const QString &formId) const;
    void setBackOfficeValues(const QVariantMap &values) { m_backOffice = values; }
    void setBackOfficeValue(const QString &key, const QVariant &value) { m_backOffice.insert(key, value); }

    // --- shared facts (visit.*) -------------------------------------------
    // `key` with or without "visit.". An empty value clears the fact. The fact
    // is stored even when invalid; the returned state says why. Errors only
    // for an unknown key or one the visit sets itself (today, household).
    // `origin`: who gave the fact (clerk, prereg, backoffice): counted by
    // clerkEnteredCount() when clerk.
    Result<FieldState> setFact(const QString &key, const QVariant &value, FieldSource origin = FieldSource::Clerk);
    void clearFact(const QString &key);
    QVariant fact(const QString &key) const;
    // Who gave the fact (None when it is not set).
    FieldSource factOrigin(const QString &key) const;
    FieldState factState(const QString &key) const;

    // フリガナ (visit.nameKana) is not on the card: the clerk asks and ticks
    // "confirmed with the person". Changing the kana clears the tick, except
    // when the person typed it (origin prereg).
    void setNameKanaConfirmed(bool confirmed) { m_nameKanaConfirmed = confirmed; }
    bool isNameKanaConfirmed() const { return m_nameKanaConfirmed; }

    // --- household ---------------------------------------------------------
    // Checks the member (a name; kana katakana-only after normalisation; birth
    // date not in the future) and returns its index.
    Result<int> addHouseholdMember(HouseholdMember member);
    Status updateHouseholdMember(int index, HouseholdMember member);
    Status removeHouseholdMember(int index);
    const QList<HouseholdMember> &household() const { return m_household; }
    // The checks addHouseholdMember() makes, without adding: the member as it
    // would be stored (kana normalised), or why not.
    Result<HouseholdMember> checkMember(HouseholdMember member) const { return checkedMember(std::move(member)); }

    // --- forms -----------------------------------------------------------
    // Adds a form from the library (again: no-op). `presets` (field id →
    // value, e.g. from the 手続ナビ) are used when no source has a value.
    Status addForm(const QString &formId, const QVariantMap &presets = {});
    void removeForm(const QString &formId);
    QStringList formIds() const;
    const FormDefinition *form(const QString &formId) const;

    // Every field of a chosen form in definition order (also the ones that do
    // not apply, with applicable = false).
    QList<FieldState> fields(const QString &formId) const;
    Result<FieldState> field(const QString &formId, const QString &fieldId) const;

    // The clerk types or corrects a field in one form. Empty input removes
    // the clerk's value (the source's value shows again); a value equal to
    // the source's is not a correction. NotFound for an unknown form or
    // field, NotAllowed for a handwritten or non-editable field. A value that
    // breaks the rules is kept and reported in the returned state.
    Result<FieldState> setFieldValue(const QString &formId, const QString &fieldId, const QVariant &input);
    // An individual number typed by the clerk, without passing through a QString.
    Result<FieldState> setFieldIndividualNumber(const QString &formId, const QString &fieldId, SecureBuffer digits);
    Status resetField(const QString &formId, const QString &fieldId);

    // The digits of an individual-number field, for a screen that must show
    // them or the record. nullopt when empty.
    std::optional<SecureBuffer> individualNumber(const QString &formId, const QString &fieldId) const;

    // --- progress ----------------------------------------------------------
    // Values typed by hand in this visit: clerk values in the chosen forms'
    // applicable fields, shared facts entered by the clerk (each once, however
    // many forms use it) and household members entered by the clerk.
    int clerkEnteredCount() const;
    // Every applicable field of every chosen form that is not Ok.
    QList<FieldState> problems() const;
    bool isReady() const { return !m_forms.empty() && problems().isEmpty(); }

    // The record of the visit (docs/record-format.md), whatever the state of
    // the fields: for drafts and tests. complete() is the real end.
    Record toRecord(const Clock &clock, const QString &terminalId, const QString &staffId) const;
    // The record, once every field of every chosen form is Ok. The error
    // names the forms and fields that need attention (ids only, no values).
    Result<Record> complete(const Clock &clock, const QString &terminalId, const QString &staffId) const;

    // --- drafts (VisitDraft.cpp) ----------------------------------------------
    // Every input of the visit as one JSON document ("kakanai.visit-draft/1"),
    // the individual numbers included: encrypt it before it is stored, and
    // wipe the serialised bytes. fromDraft() rebuilds the visit for `today`;
    // a form whose definition is gone or has another version is left out and
    // named in `droppedForms`.
    static QString draftSchemaName();
    QJsonObject toDraft() const;
    static Result<Visit> fromDraft(FormLibrary library, QDate today, const QJsonObject &draft,
                                   QStringList *droppedForms = nullptr);

private:
    struct ClerkValue {
        QVariant input;
        std::optional<SecureBuffer> number;
    };
    struct FormEntry {
        FormDefinition definition;
        QVariantMap presets;
        std::map<QString, ClerkValue> clerk;
    };
    struct FactValue {
        QVariant value;
        FieldSource origin = FieldSource::Clerk;
    };
    struct Raw {
        bool present = false;
        QVariant value;
        const SecureBuffer *number = nullptr;
        FieldSource source = FieldSource::None;
        QString binding;
    };

    const FormEntry *entry(const QString &formId) const;
    FormEntry *entry(const QString &formId);
    Raw bindingValue(const Binding &binding, const FormField &field) const;
    Raw boundRaw(const FormEntry &entry, const FormField &field) const;
    Validation check(const FormField &field, const Raw &raw) const;
    bool applies(const FormEntry &entry, const FormField &field) const;
    FieldState stateOf(const FormEntry &entry, const FormField &field) const;
    QVariantList householdRows(bool includeHolder) const;
    Result<HouseholdMember> checkedMember(HouseholdMember member) const;
    Result<std::pair<FormEntry *, const FormField *>> editable(const QString &formId, const QString &fieldId);

    FormLibrary m_library;
    QDate m_today;

    bool m_hasCard = false;
    QString m_cardName;
    QString m_cardAddress;
    QDate m_cardBirthDate;
    Sex m_cardSex = Sex::NotKnown;
    std::optional<SecureBuffer> m_cardNumber;

    QVariantMap m_prereg;
    std::map<QString, QVariantMap> m_preregFields; // form id → field id → value
    QVariantMap m_backOffice;
    std::map<QString, FactValue> m_facts;
    bool m_nameKanaConfirmed = false;
    QList<HouseholdMember> m_household;
    std::vector<FormEntry> m_forms;
};

} // namespace kakanai::forms
