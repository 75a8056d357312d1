#include "Visit.h"

#include "FieldValidator.h"
#include "IndividualNumber.h"
#include "SourceCatalog.h"
#include "jp/KanaNormalizer.h"

#include <algorithm>

namespace kakanai::forms {

namespace {

QString factKey(const QString &key)
{
    return key.startsWith(u"visit.") ? key.mid(6) : key;
}

} // namespace

Visit::Visit(FormLibrary library, QDate today) : m_library(std::move(library)), m_today(today) {}
Visit::~Visit() = default;
Visit::Visit(Visit &&) noexcept = default;
Visit &Visit::operator=(Visit &&) noexcept = default;

// --- card ------------------------------------------------------------------

void Visit::setCardHolder(const CardHolder &holder)
{
    m_hasCard = true;
    m_cardName = holder.name;
    m_cardAddress = holder.address;
    m_cardBirthDate = holder.birthDate;
    m_cardSex = holder.sex;
    m_cardNumber.reset();
    if (holder.individualNumber && !holder.individualNumber->isEmpty())
        m_cardNumber = holder.individualNumber->clone();
}

void Visit::clearCardHolder()
{
    m_hasCard = false;
    m_cardName.clear();
    m_cardAddress.clear();
    m_cardBirthDate = QDate();
    m_cardSex = Sex::NotKnown;
    m_cardNumber.reset();
}

bool Visit::hasIndividualNumber() const
{
    return m_cardNumber && !m_cardNumber->isEmpty();
}

bool Visit::needsIndividualNumber() const
{
    for (const FormEntry &e : m_forms) {
        for (const FormField &f : e.definition.fields) {
            if (f.type == FieldType::IndividualNumber && f.isBoundTo(FieldSource::Card, u"individualNumber")
                && !e.clerk.contains(f.id) && applies(e, f))
                return true;
        }
    }
    return false;
}

// --- facts -----------------------------------------------------------------

Result<FieldState> Visit::setFact(const QString &key, const QVariant &value, FieldSource origin)
{
    const QString k = factKey(key);
    const auto fact = SourceCatalog::visitFact(k);
    if (!fact)
        return fail(ErrorCode::NotFound, tr("There is no shared fact \"%1\".").arg(k), k);
    if (!fact->settable)
        return fail(ErrorCode::InvalidArgument, tr("The shared fact \"%1\" is set by the visit itself.").arg(k), k);
    if (FieldValidator::isEmpty(value)) {
        clearFact(k);
        return factState(k);
    }
    if (k == u"nameKana") {
        const auto old = m_facts.find(k);
        if (old == m_facts.end() || old->second.value != value || old->second.origin != origin)
            m_nameKanaConfirmed = origin == FieldSource::PreReg;
    }
    m_facts[k] = FactValue{value, origin};
    return factState(k);
}

void Visit::clearFact(const QString &key)
{
    const QString k = factKey(key);
    m_facts.erase(k);
    if (k == u"nameKana")
        m_nameKanaConfirmed = false;
}

QVariant Visit::fact(const QString &key) const
{
    const auto it = m_facts.find(factKey(key));
    return it == m_facts.end() ? QVariant() : it->second.value;
}

FieldSource Visit::factOrigin(const QString &key) const
{
    const auto it = m_facts.find(factKey(key));
    return it == m_facts.end() ? FieldSource::None : it->second.origin;
}

FieldState Visit::factState(const QString &key) const
{
    const QString k = factKey(key);
    FieldState s;
    s.fieldId = QStringLiteral("visit.") + k;
    const auto fact = SourceCatalog::visitFact(k);
    if (!fact) {
        s.state = ValidationState::Invalid;
        s.reason = tr("There is no shared fact \"%1\".").arg(k);
        return s;
    }
    s.type = fact->type;
    FormField probe;
    probe.id = k;
    probe.type = fact->type;
    Raw raw = bindingValue(Binding{FieldSource::Visit, k}, probe);
    Validation v;
    if (fact->type == FieldType::Choice) {
        // A shared choice has no options of its own: each form checks it against its own.
        v.empty = !raw.present;
        v.value = raw.value;
        v.display = raw.value.toString();
    } else {
        v = check(probe, raw);
    }
    s.source = raw.present ? raw.source : FieldSource::None;
    s.binding = raw.present ? s.fieldId : QString();
    s.value = v.value;
    s.display = v.display;
    s.hasValue = !v.empty;
    s.state = v.state;
    s.reason = v.reason;
    if (k == u"nameKana") {
        s.kanaConfirmed = m_nameKanaConfirmed;
        if (s.hasValue && s.isOk() && !m_nameKanaConfirmed) {
            s.state = ValidationState::Unconfirmed;
            s.reason = tr("Read the furigana to the person and tick \"confirmed\".");
        }
    }
    return s;
}

// --- household ---------------------------------------------------------------

Result<HouseholdMember> Visit::checkedMember(HouseholdMember member) const
{
    member.name = member.name.trimmed();
    if (member.name.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("A household member needs a name."), QStringLiteral("name"));
    if (!member.kana.trimmed().isEmpty()) {
        member.kana = jp::KanaNormalizer::normalizeFurigana(member.kana);
        const auto check = jp::KanaNormalizer::isKatakanaOnly(member.kana);
        if (!check)
            return fail(ErrorCode::InvalidArgument, check.reason, QStringLiteral("kana"));
    } else {
        member.kana.clear();
    }
    if (member.birthDate.isValid() && m_today.isValid() && member.birthDate > m_today)
        return fail(ErrorCode::InvalidArgument, tr("The date of birth cannot be after today."),
                    QStringLiteral("birthDate"));
    member.relationship = member.relationship.trimmed();
    return member;
}

Result<int> Visit::addHouseholdMember(HouseholdMember member)
{
    auto checked = checkedMember(std::move(member));
    if (!checked)
        return std::unexpected(checked.error());
    m_household.append(*checked);
    return static_cast<int>(m_household.size() - 1);
}

Status Visit::updateHouseholdMember(int index, HouseholdMember member)
{
    if (index < 0 || index >= m_household.size())
        return fail(ErrorCode::NotFound, tr("There is no such household member."), QStringLiteral("index"));
    auto checked = checkedMember(std::move(member));
    if (!checked)
        return std::unexpected(checked.error());
    m_household[index] = *checked;
    return {};
}

Status Visit::removeHouseholdMember(int index)
{
    if (index < 0 || index >= m_household.size())
        return fail(ErrorCode::NotFound, tr("There is no such household member."), QStringLiteral("index"));
    m_household.removeAt(index);
    return {};
}

QVariantList Visit::householdRows(bool includeHolder) const
{
    QVariantList rows;
    if (includeHolder && m_hasCard) {
        const auto kana = m_facts.find(QStringLiteral("nameKana"));
        QString kanaText;
        if (kana != m_facts.end())
            kanaText = jp::KanaNormalizer::normalizeFurigana(kana->second.value.toString());
        else
            kanaText = m_prereg.value(QStringLiteral("nameKana")).toString();
        HouseholdMember holder{m_cardName, kanaText, m_cardBirthDate, m_cardSex,
                               fact(QStringLiteral("relationship")).toString(), FieldSource::Card};
        rows.append(holder.toRow());
    }
    for (const HouseholdMember &m : m_household)
        rows.append(m.toRow());
    return rows;
}

// --- forms -------------------------------------------------------------------

Status Visit::addForm(const QString &formId, const QVariantMap &presets)
{
    const FormDefinition *definition = m_library.find(formId);
    if (!definition)
        return fail(ErrorCode::NotFound, tr("There is no form \"%1\".").arg(formId), formId);
    if (entry(formId))
        return {};
    for (auto it = presets.begin(); it != presets.end(); ++it) {
        const FormField *f = definition->field(it.key());
        if (!f || f->handwritten || f->type == FieldType::IndividualNumber || f->type == FieldType::Members)
            return fail(ErrorCode::InvalidArgument,
                        tr("Form \"%1\" has no field \"%2\" that can be preset.").arg(formId, it.key()), it.key());
        FormField probe = *f;
        probe.required = false;
        const Validation v = FieldValidator::validate(probe, it.value(), FieldValidator::Context{m_today});
        if (!v.isOk())
            return fail(ErrorCode::InvalidArgument,
                        tr("The preset for field \"%1\" of form \"%2\" is not valid.").arg(it.key(), formId), it.key());
    }
    FormEntry e;
    e.definition = *definition;
    e.presets = presets;
    m_forms.push_back(std::move(e));
    return {};
}

void Visit::removeForm(const QString &formId)
{
    for (auto it = m_forms.begin(); it != m_forms.end(); ++it) {
        if (it->definition.id == formId) {
            m_forms.erase(it);
            return;
        }
    }
}

QStringList Visit::formIds() const
{
    QStringList ids;
    for (const FormEntry &e : m_forms)
        ids << e.definition.id;
    return ids;
}

const FormDefinition *Visit::form(const QString &formId) const
{
    const FormEntry *e = entry(formId);
    return e ? &e->definition : nullptr;
}

const Visit::FormEntry *Visit::entry(const QString &formId) const
{
    for (const FormEntry &e : m_forms) {
        if (e.definition.id == formId)
            return &e;
    }
    return nullptr;
}

Visit::FormEntry *Visit::entry(const QString &formId)
{
    for (FormEntry &e : m_forms) {
        if (e.definition.id == formId)
            return &e;
    }
    return nullptr;
}

void Visit::setPreRegisteredFields(const QString &formId, const QVariantMap &values)
{
    if (values.isEmpty())
        m_preregFields.erase(formId);
    else
        m_preregFields[formId] = values;
}

QVariantMap Visit::preRegisteredFields(const QString &formId) const
{
    const auto it = m_preregFields.find(formId);
    return it == m_preregFields.end() ? QVariantMap() : it->second;
}

// --- resolution --------------------------------------------------------------

Visit::Raw Visit::bindingValue(const Binding &binding, const FormField &field) const
{
    Raw raw;
    raw.source = binding.source;
    raw.binding = binding.toString();
    const auto set = [&raw](QVariant v) {
        raw.present = !FieldValidator::isEmpty(v);
        raw.value = std::move(v);
    };
    switch (binding.source) {
    case FieldSource::Card:
        if (!m_hasCard)
            break;
        if (binding.key == u"name")
            set(m_cardName);
        else if (binding.key == u"address")
            set(m_cardAddress);
        else if (binding.key == u"birthDate")
            set(m_cardBirthDate);
        else if (binding.key == u"sex")
            set(m_cardSex == Sex::NotKnown ? QString() : CardHolder::sexCode(m_cardSex));
        else if (binding.key == u"individualNumber" && hasIndividualNumber()) {
            raw.present = true;
            raw.number = &*m_cardNumber;
        }
        break;
    case FieldSource::Visit:
        if (binding.key == u"today") {
            set(m_today);
        } else if (binding.key == u"household") {
            const QVariantList rows = householdRows(field.includeHolder);
            // Present only if at least one row passes the field's filter.
            FormField probe = field;
            probe.required = false;
            const Validation v = FieldValidator::validate(probe, rows, FieldValidator::Context{m_today});
            raw.present = !v.empty;
            raw.value = rows;
            if (!m_household.isEmpty()
                && std::all_of(m_household.cbegin(), m_household.cend(),
                               [](const HouseholdMember &m) { return m.origin == FieldSource::PreReg; }))
                raw.source = FieldSource::PreReg;
        } else {
            const auto it = m_facts.find(binding.key);
            if (it != m_facts.end()) {
                set(it->second.value);
                // A fact from the citizen's QR shows the QR badge wherever it is used.
                if (it->second.origin == FieldSource::PreReg || it->second.origin == FieldSource::BackOffice)
                    raw.source = it->second.origin;
            }
        }
        break;
    case FieldSource::PreReg:
        set(m_prereg.value(binding.key));
        break;
    case FieldSource::BackOffice:
        set(m_backOffice.value(binding.key));
        break;
    default:
        break;
    }
    return raw;
}

Visit::Raw Visit::boundRaw(const FormEntry &e, const FormField &field) const
{
    for (const Binding &b : field.sources) {
        Raw raw = bindingValue(b, field);
        if (raw.present)
            return raw;
    }
    Raw raw;
    const auto qr = m_preregFields.find(e.definition.id);
    const QVariant fromQr = qr == m_preregFields.end() ? QVariant() : qr->second.value(field.id);
    const QVariant preset = e.presets.value(field.id);
    if (!FieldValidator::isEmpty(fromQr)) {
        raw.present = true;
        raw.value = fromQr;
        raw.source = FieldSource::PreReg;
        raw.binding = QStringLiteral("prereg.%1/%2").arg(e.definition.id, field.id);
    } else if (!FieldValidator::isEmpty(preset)) {
        raw.present = true;
        raw.value = preset;
        raw.source = FieldSource::Default;
    } else if (!FieldValidator::isEmpty(field.defaultValue)) {
        raw.present = true;
        raw.value = field.defaultValue;
        raw.source = FieldSource::Default;
    }
    return raw;
}

Validation Visit::check(const FormField &field, const Raw &raw) const
{
    if (field.type == FieldType::IndividualNumber) {
        if (raw.number)
            return FieldValidator::validateNumber(field, raw.number);
        return FieldValidator::validate(field, raw.present ? raw.value : QVariant(), FieldValidator::Context{m_today});
    }
    return FieldValidator::validate(field, raw.present ? raw.value : QVariant(), FieldValidator::Context{m_today});
}

bool Visit::applies(const FormEntry &e, const FormField &field) const
{
    if (!field.when.isSet())
        return true;
    const FormField *other = e.definition.field(field.when.field);
    if (!other || other->when.isSet()) // the loader forbids chains; be safe with hand-made definitions
        return true;
    const FieldState s = stateOf(e, *other);
    if (!s.isOk() || !s.hasValue)
        return false;
    if (other->type == FieldType::Checkbox)
        return field.when.is && s.value.toBool() == *field.when.is;
    return field.when.in.contains(s.value.toString());
}

FieldState Visit::stateOf(const FormEntry &e, const FormField &field) const
{
    FieldState s;
    s.formId = e.definition.id;
    s.fieldId = field.id;
    s.type = field.type;
    s.required = field.required;
    s.editable = field.editable;
    s.handwritten = field.handwritten;
    if (!applies(e, field)) {
        s.applicable = false;
        return s;
    }
    if (field.handwritten)
        return s;

    const Raw bound = boundRaw(e, field);
    Validation v;
    const auto clerk = e.clerk.find(field.id);
    if (clerk != e.clerk.end()) {
        Raw raw;
        raw.present = true;
        raw.value = clerk->second.input;
        raw.number = clerk->second.number ? &*clerk->second.number : nullptr;
        raw.source = FieldSource::Clerk;
        v = check(field, raw);
        s.source = FieldSource::Clerk;
        if (bound.present) {
            const Validation o = check(field, bound);
            s.corrected = true;
            s.original = field.type == FieldType::IndividualNumber ? QVariant() : (o.value.isValid() ? o.value : bound.value);
            s.originalDisplay = o.display;
            s.originalSource = bound.source;
            s.originalBinding = bound.binding;
        }
    } else {
        v = check(field, bound);
        if (bound.present) {
            s.source = bound.source;
            s.binding = bound.binding;
        }
    }
    s.value = field.type == FieldType::IndividualNumber ? QVariant() : v.value;
    s.display = v.display;
    s.hasValue = !v.empty;
    s.state = v.state;
    s.reason = v.reason;

    if (field.type == FieldType::Kana && s.hasValue) {
        if (s.binding == u"visit.nameKana") {
            s.kanaConfirmed = m_nameKanaConfirmed;
            if (s.isOk() && !m_nameKanaConfirmed) {
                s.state = ValidationState::Unconfirmed;
                s.reason = tr("Read the furigana to the person and tick \"confirmed\".");
            }
        } else if (s.source == FieldSource::PreReg) {
            s.kanaConfirmed = true; // the person typed it
        }
    }
    return s;
}

QList<FieldState> Visit::fields(const QString &formId) const
{
    QList<FieldState> out;
    const FormEntry *e = entry(formId);
    if (!e)
        return out;
    for (const FormField &f : e->definition.fields)
        out.append(stateOf(*e, f));
    return out;
}

Result<FieldState> Visit::field(const QString &formId, const QString &fieldId) const
{
    const FormEntry *e = entry(formId);
    if (!e)
        return fail(ErrorCode::NotFound, tr("Form \"%1\" is not part of this visit.").arg(formId), formId);
    const FormField *f = e->definition.field(fieldId);
    if (!f)
        return fail(ErrorCode::NotFound, tr("Form \"%1\" has no field \"%2\".").arg(formId, fieldId), fieldId);
    return stateOf(*e, *f);
}

Result<std::pair<Visit::FormEntry *, const FormField *>> Visit::editable(const QString &formId, const QString &fieldId)
{
    FormEntry *e = entry(formId);
    if (!e)
        return fail(ErrorCode::NotFound, tr("Form \"%1\" is not part of this visit.").arg(formId), formId);
    const FormField *f = e->definition.field(fieldId);
    if (!f)
        return fail(ErrorCode::NotFound, tr("Form \"%1\" has no field \"%2\".").arg(formId, fieldId), fieldId);
    if (f->handwritten)
        return fail(ErrorCode::NotAllowed, tr("The person writes this field by hand on the paper."), fieldId);
    if (!f->editable)
        return fail(ErrorCode::NotAllowed, tr("This field cannot be changed at the counter."), fieldId);
    return std::pair<FormEntry *, const FormField *>{e, f};
}

Result<FieldState> Visit::setFieldValue(const QString &formId, const QString &fieldId, const QVariant &input)
{
    auto target = editable(formId, fieldId);
    if (!target)
        return std::unexpected(target.error());
    auto [e, f] = *target;
    if (f->type == FieldType::IndividualNumber) {
        if (FieldValidator::isEmpty(input)) {
            e->clerk.erase(f->id);
            return stateOf(*e, *f);
        }
        auto digits = IndividualNumber::fromTyped(input.toString());
        // Anything but digits is kept as an invalid marker, not as the text typed.
        return setFieldIndividualNumber(formId, fieldId, digits ? std::move(*digits) : SecureBuffer::fromBytes("x"));
    }
    if (FieldValidator::isEmpty(input) && f->type != FieldType::Checkbox) {
        e->clerk.erase(f->id);
        return stateOf(*e, *f);
    }
    const Raw bound = boundRaw(*e, *f);
    if (bound.present) {
        Raw typed;
        typed.present = true;
        typed.value = input;
        const Validation a = check(*f, typed);
        const Validation b = check(*f, bound);
        if (a.isOk() && b.isOk() && a.value == b.value) {
            e->clerk.erase(f->id);
            return stateOf(*e, *f);
        }
    }
    e->clerk[f->id] = ClerkValue{input, std::nullopt};
    return stateOf(*e, *f);
}

Result<FieldState> Visit::setFieldIndividualNumber(const QString &formId, const QString &fieldId, SecureBuffer digits)
{
    auto target = editable(formId, fieldId);
    if (!target)
        return std::unexpected(target.error());
    auto [e, f] = *target;
    if (f->type != FieldType::IndividualNumber)
        return fail(ErrorCode::InvalidArgument, tr("This field does not hold an individual number."), fieldId);
    if (digits.isEmpty()) {
        e->clerk.erase(f->id);
        return stateOf(*e, *f);
    }
    const Raw bound = boundRaw(*e, *f);
    if (bound.number && bound.number->equals(digits.view())) {
        e->clerk.erase(f->id);
        return stateOf(*e, *f);
    }
    ClerkValue value;
    value.number = std::move(digits);
    e->clerk[f->id] = std::move(value);
    return stateOf(*e, *f);
}

Status Visit::resetField(const QString &formId, const QString &fieldId)
{
    FormEntry *e = entry(formId);
    if (!e || !e->definition.field(fieldId))
        return fail(ErrorCode::NotFound, tr("Form \"%1\" has no field \"%2\".").arg(formId, fieldId), fieldId);
    e->clerk.erase(fieldId);
    return {};
}

std::optional<SecureBuffer> Visit::individualNumber(const QString &formId, const QString &fieldId) const
{
    const FormEntry *e = entry(formId);
    if (!e)
        return std::nullopt;
    const FormField *f = e->definition.field(fieldId);
    if (!f || f->type != FieldType::IndividualNumber)
        return std::nullopt;
    const auto clerk = e->clerk.find(fieldId);
    if (clerk != e->clerk.end())
        return clerk->second.number ? std::optional<SecureBuffer>(clerk->second.number->clone()) : std::nullopt;
    const Raw bound = boundRaw(*e, *f);
    if (bound.number)
        return bound.number->clone();
    return std::nullopt;
}

} // namespace kakanai::forms
