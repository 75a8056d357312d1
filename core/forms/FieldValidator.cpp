#include "FieldValidator.h"

#include "IndividualNumber.h"
#include "jp/JapaneseDate.h"
#include "jp/KanaNormalizer.h"
#include "jp/PersonName.h"
#include "jp/PhoneNumber.h"
#include "jp/PostalCode.h"

#include <QMetaType>
#include <QRegularExpression>
#include <QStringList>

namespace kakanai::forms {

namespace {

Validation ok(QVariant value, QString display)
{
    Validation v;
    v.state = ValidationState::Ok;
    v.value = std::move(value);
    v.display = std::move(display);
    v.empty = false;
    return v;
}

Validation invalid(QString reason, QVariant value = {}, QString display = {})
{
    Validation v;
    v.state = ValidationState::Invalid;
    v.reason = std::move(reason);
    v.value = std::move(value);
    v.display = std::move(display);
    v.empty = false;
    return v;
}

Validation emptyResult(const FormField &field)
{
    Validation v;
    v.empty = true;
    if (field.required) {
        v.state = ValidationState::Missing;
        v.reason = FieldValidator::tr("Required.");
    }
    return v;
}

bool isStringLike(const QVariant &v)
{
    const int id = v.metaType().id();
    return id == QMetaType::QString || id == QMetaType::QByteArray || id == QMetaType::QChar;
}

Validation checkLength(const FormField &field, const QString &value)
{
    if (field.maxLength > 0) {
        const qsizetype n = jp::PersonName::graphemeCount(value);
        if (n > field.maxLength)
            return invalid(FieldValidator::tr("At most %1 characters (this has %2).").arg(field.maxLength).arg(n),
                           value, value);
    }
    return ok(value, value);
}

QString dateDisplay(QDate date)
{
    const auto wareki = jp::JapaneseDate::format(date);
    return wareki ? *wareki : date.toString(Qt::ISODate);
}

Validation validateText(const FormField &field, const QString &input)
{
    QString value = input.trimmed();
    if (!field.pattern.isEmpty()) {
        value = jp::KanaNormalizer::fullwidthAsciiToAscii(value);
        const QRegularExpression re(QRegularExpression::anchoredPattern(field.pattern),
                                    QRegularExpression::UseUnicodePropertiesOption);
        if (!re.match(value).hasMatch()) {
            const QString hint = field.patternHint.text(u"ja");
            return invalid(hint.isEmpty() ? FieldValidator::tr("Not in the expected form.")
                                          : FieldValidator::tr("Not in the expected form: %1").arg(hint),
                           value, value);
        }
    }
    return checkLength(field, value);
}

Validation validateKana(const FormField &field, const QString &input)
{
    const QString value = jp::KanaNormalizer::normalizeFurigana(input);
    const auto check = jp::KanaNormalizer::isKatakanaOnly(value);
    if (!check)
        return invalid(check.reason, value, value);
    return checkLength(field, value);
}

Validation validateDate(const FormField &field, const QVariant &input, const FieldValidator::Context &context)
{
    QDate date;
    if (input.metaType().id() == QMetaType::QDate) {
        date = input.toDate();
    } else if (input.metaType().id() == QMetaType::QDateTime) {
        date = input.toDateTime().date();
    } else if (isStringLike(input)) {
        const auto parsed = jp::JapaneseDate::parse(input.toString());
        if (!parsed)
            return invalid(parsed.error().message(), input.toString(), input.toString());
        date = *parsed;
    } else {
        return invalid(FieldValidator::tr("Not a date."));
    }
    if (!date.isValid())
        return invalid(FieldValidator::tr("Not a date."));
    const QString display = dateDisplay(date);
    if (context.today.isValid()) {
        if (field.notFuture && date > context.today)
            return invalid(FieldValidator::tr("The date cannot be after today."), date, display);
        if (field.notPast && date < context.today)
            return invalid(FieldValidator::tr("The date cannot be before today."), date, display);
    }
    return ok(date, display);
}

Validation validateChoice(const FormField &field, const QString &input)
{
    const QString value = input.trimmed();
    for (const ChoiceOption &o : field.options) {
        if (o.value == value || o.label.ja == value || o.label.en == value)
            return ok(o.value, o.label.ja);
    }
    return invalid(FieldValidator::tr("Not one of the choices of this field."), value, value);
}

Validation validateCheckbox(const FormField &field, const QVariant &input)
{
    bool checked = false;
    if (input.isNull() || !input.isValid()) {
        checked = false;
    } else if (input.metaType().id() == QMetaType::Bool) {
        checked = input.toBool();
    } else if (isStringLike(input)) {
        const QString s = input.toString().trimmed().toLower();
        if (s == u"true" || s == u"1" || s == u"yes" || s == u"on")
            checked = true;
        else if (s.isEmpty() || s == u"false" || s == u"0" || s == u"no" || s == u"off")
            checked = false;
        else
            return invalid(FieldValidator::tr("Not a yes/no value."));
    } else if (input.canConvert<int>()) {
        checked = input.toInt() != 0;
    } else {
        return invalid(FieldValidator::tr("Not a yes/no value."));
    }
    Validation v = ok(checked, checked ? QStringLiteral("☑") : QStringLiteral("☐"));
    if (field.required && !checked) {
        v.state = ValidationState::Missing;
        v.reason = FieldValidator::tr("Must be ticked.");
    }
    return v;
}

Validation validateAddress(const FormField &field, const QString &input)
{
    QString value = input.trimmed();
    value.replace(QStringLiteral("\r\n"), QStringLiteral("\u3000"));
    value.replace(u'\n', u'\u3000');
    value.replace(u'\r', u'\u3000');
    return checkLength(field, value);
}

Validation validateNumberField(const FormField &field, const QVariant &input)
{
    bool okConv = false;
    int n = 0;
    if (isStringLike(input)) {
        const QString s = jp::KanaNormalizer::fullwidthAsciiToAscii(input.toString()).trimmed();
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,9}$"));
        if (digits.match(s).hasMatch())
            n = s.toInt(&okConv);
    } else if (input.canConvert<int>()) {
        const double d = input.toDouble(&okConv);
        okConv = okConv && d == static_cast<double>(static_cast<int>(d));
        n = static_cast<int>(d);
    }
    if (!okConv)
        return invalid(FieldValidator::tr("Not a whole number."));
    if (field.min && n < *field.min)
        return invalid(FieldValidator::tr("At least %1.").arg(*field.min), n, QString::number(n));
    if (field.max && n > *field.max)
        return invalid(FieldValidator::tr("At most %1.").arg(*field.max), n, QString::number(n));
    return ok(n, QString::number(n));
}

Validation validateMembers(const FormField &field, const QVariant &input, const FieldValidator::Context &context)
{
    if (input.isValid() && !input.isNull() && !input.canConvert<QVariantList>())
        return invalid(FieldValidator::tr("Not a list of household members."));
    const QVariantList rows = input.toList();
    QVariantList out;
    QStringList names;
    for (const QVariant &r : rows) {
        const QVariantMap row = r.toMap();
        if (field.filter == u"children") {
            const QDate birth = row.value(QStringLiteral("birthDate")).toDate();
            if (!birth.isValid() || !context.today.isValid() || !FieldValidator::isChildOn(birth, context.today))
                continue;
        }
        if (row.value(QStringLiteral("name")).toString().trimmed().isEmpty())
            return invalid(FieldValidator::tr("A household member has no name."));
        QVariantMap kept;
        for (const QString &column : field.columns)
            kept.insert(column, row.value(column));
        out.append(kept);
        names.append(row.value(QStringLiteral("name")).toString());
    }
    if (out.isEmpty()) {
        Validation v = emptyResult(field);
        v.value = QVariantList();
        if (field.required) {
            v.reason = field.filter == u"children" ? FieldValidator::tr("Add the children to the household.")
                                                   : FieldValidator::tr("Add the household members.");
        }
        return v;
    }
    return ok(out, names.join(QStringLiteral("、")));
}

} // namespace

bool FieldValidator::isEmpty(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString: return value.toString().trimmed().isEmpty();
    case QMetaType::QByteArray: return value.toByteArray().trimmed().isEmpty();
    case QMetaType::QDate: return !value.toDate().isValid();
    case QMetaType::QVariantList: return value.toList().isEmpty();
    case QMetaType::QStringList: return value.toStringList().isEmpty();
    case QMetaType::QVariantMap: return value.toMap().isEmpty();
    default: return false;
    }
}

bool FieldValidator::isChildOn(QDate birthDate, QDate today)
{
    if (!birthDate.isValid() || !today.isValid() || birthDate > today)
        return false;
    const QDate turns18 = birthDate.addYears(18).addDays(-1);
    const QDate marchOfYear(turns18.year(), 3, 31);
    const QDate lastDay = turns18 <= marchOfYear ? marchOfYear : QDate(turns18.year() + 1, 3, 31);
    return today <= lastDay;
}

Validation FieldValidator::validate(const FormField &field, const QVariant &input, const Context &context)
{
    if (field.type == FieldType::Checkbox)
        return validateCheckbox(field, input);
    if (field.type == FieldType::Members)
        return validateMembers(field, input, context);
    if (isEmpty(input))
        return emptyResult(field);
    if (field.type == FieldType::IndividualNumber) {
        if (!isStringLike(input))
            return invalid(IndividualNumber::tr("An individual number has 12 digits."));
        auto digits = IndividualNumber::fromTyped(input.toString());
        if (!digits)
            return invalid(IndividualNumber::tr("An individual number has 12 digits."));
        return validateNumber(field, &*digits);
    }
    if (field.type == FieldType::Date)
        return validateDate(field, input, context);
    if (field.type == FieldType::Number)
        return validateNumberField(field, input);
    if (!isStringLike(input) && !input.canConvert<QString>())
        return invalid(tr("Unexpected kind of value."));
    const QString text = input.toString();
    switch (field.type) {
    case FieldType::Text: return validateText(field, text);
    case FieldType::Kana: return validateKana(field, text);
    case FieldType::PostalCode: {
        const auto code = jp::PostalCode::normalize(text);
        if (!code)
            return invalid(code.error().message(), text.trimmed(), text.trimmed());
        return ok(*code, *code);
    }
    case FieldType::Phone: {
        const auto phone = jp::PhoneNumber::parse(text);
        if (!phone)
            return invalid(phone.error().message(), text.trimmed(), text.trimmed());
        return ok(phone->formatted(), phone->formatted());
    }
    case FieldType::Choice: return validateChoice(field, text);
    case FieldType::Address: return validateAddress(field, text);
    default: break;
    }
    return invalid(tr("Unexpected kind of value."));
}

Validation FieldValidator::validateNumber(const FormField &field, const SecureBuffer *digits)
{
    if (!digits || digits->isEmpty())
        return emptyResult(field);
    const Status status = IndividualNumber::validate(digits->view());
    Validation v;
    v.empty = false;
    v.display = IndividualNumber::masked();
    if (!status) {
        v.state = ValidationState::Invalid;
        v.reason = status.error().message();
    }
    return v;
}

} // namespace kakanai::forms
