#include "InputFiles.h"

#include "card/SecureBuffer.h"
#include "forms/IndividualNumber.h"
#include "forms/SourceCatalog.h"
#include "forms/Visit.h"
#include "jp/JapaneseDate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace kakanai {

namespace {
class InputFilesText {
    Q_DECLARE_TR_FUNCTIONS(FormCommand)
};

constexpr qint64 kMaxInputBytes = 256 * 1024; // a card or pre-registration file is a few hundred bytes
} // namespace


Result<QJsonObject> readJsonObject(const QString &path, const QString &what)
{
    QFile file;
    bool opened = false;
    if (path == u"-") {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return std::unexpected(Error(ErrorCode::Io, InputFilesText::tr("The %1 file could not be read. Check the path.").arg(what),
                                     file.errorString()));
    // A pipe has no size: read one byte past the limit to know.
    QByteArray raw = file.read(kMaxInputBytes + 1);
    if (raw.size() > kMaxInputBytes) {
        SecureBuffer::wipe(raw);
        return std::unexpected(Error(ErrorCode::InvalidData, InputFilesText::tr("The %1 file is too large.").arg(what)));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    SecureBuffer::wipe(raw);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(Error(ErrorCode::InvalidData,
                                     InputFilesText::tr("The %1 file is not a JSON object.").arg(what),
                                     parseError.error != QJsonParseError::NoError
                                         ? QStringLiteral("offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                                         : QStringLiteral("not-object")));
    return doc.object();
}

// The shape `kakanai-cli card read` prints: {"name","address","birthDate","sex"[,"individualNumber"]}.
Result<CardHolder> readCard(const QString &path)
{
    const QString what = InputFilesText::tr("card");
    auto object = readJsonObject(path, what);
    if (!object)
        return std::unexpected(object.error());
    const auto bad = [](const char *key) {
        return std::unexpected(Error(ErrorCode::InvalidData,
                                     InputFilesText::tr("The card file lacks \"%1\" or it is not valid. Use the output of "
                                                         "\"kakanai-cli card read\".")
                                         .arg(QLatin1StringView(key)),
                                     QStringLiteral("card-%1").arg(QLatin1StringView(key))));
    };
    CardHolder holder;
    holder.name = object->value(QStringLiteral("name")).toString().trimmed();
    if (holder.name.isEmpty() || CardHolder::hasControlCharacter(holder.name))
        return bad("name");
    holder.address = object->value(QStringLiteral("address")).toString().trimmed();
    if (holder.address.isEmpty() || CardHolder::hasControlCharacter(holder.address))
        return bad("address");
    const auto birth = jp::JapaneseDate::parse(object->value(QStringLiteral("birthDate")).toString());
    if (!birth)
        return bad("birthDate");
    holder.birthDate = *birth;
    const QJsonValue sex = object->value(QStringLiteral("sex"));
    const QString sexCode = sex.isDouble() ? QString::number(sex.toInt()) : sex.toString();
    if (sexCode == u"1")
        holder.sex = Sex::Male;
    else if (sexCode == u"2")
        holder.sex = Sex::Female;
    else if (sexCode == u"9")
        holder.sex = Sex::NotApplicable;
    else if (sexCode == u"0")
        holder.sex = Sex::NotKnown;
    else
        return bad("sex");

    if (object->contains(QStringLiteral("individualNumber"))) {
        QString typed = object->value(QStringLiteral("individualNumber")).toString();
        object->remove(QStringLiteral("individualNumber"));
        std::optional<SecureBuffer> digits = forms::IndividualNumber::fromTyped(typed);
        typed.fill(QChar(u'0')); // the only QString copy we made
        if (!digits || !forms::IndividualNumber::isValid(digits->view()))
            return bad("individualNumber");
        holder.individualNumber = std::move(*digits);
    }
    return holder;
}

Result<QVariantMap> readPreRegistration(const QString &path)
{
    if (path.isEmpty())
        return QVariantMap(); // no --prereg: nothing was registered beforehand
    auto object = readJsonObject(path, InputFilesText::tr("pre-registration"));
    if (!object)
        return std::unexpected(object.error());
    QVariantMap values;
    for (auto it = object->begin(); it != object->end(); ++it) {
        QString key = it.key();
        if (key.startsWith(QLatin1String("prereg.")))
            key = key.mid(7);
        values.insert(key, it.value().toVariant());
    }
    return values;
}


Result<ValuesInput> readValuesFile(const QString &path)
{
    auto object = readJsonObject(path, InputFilesText::tr("values"));
    if (!object)
        return std::unexpected(object.error());
    const auto bad = [](const QString &key) {
        return std::unexpected(Error(ErrorCode::InvalidData,
                                     InputFilesText::tr("The values file must be {\"facts\": {…}, \"fields\": {…}} with "
                                                         "text values; \"%1\" is not.")
                                         .arg(key.left(60)),
                                     QStringLiteral("values-shape")));
    };
    ValuesInput input;
    for (auto it = object->begin(); it != object->end(); ++it) {
        KeyValues *target = it.key() == u"facts" ? &input.facts : it.key() == u"fields" ? &input.fields : nullptr;
        if (!target || !it.value().isObject())
            return bad(it.key());
        const QJsonObject pairs = it.value().toObject();
        for (auto pair = pairs.begin(); pair != pairs.end(); ++pair) {
            if (!pair.value().isString() || pair.key().isEmpty())
                return bad(pair.key());
            target->append({pair.key(), pair.value().toString()});
        }
    }
    return input;
}

namespace {

// Whether `value` holds 12 digits (full-width too; spaces and hyphens between
// them allowed) that pass the check digit.
bool holdsIndividualNumber(QStringView value)
{
    QByteArray digits;
    const auto runEnds = [&digits]() {
        const bool found = digits.size() == 12 && forms::IndividualNumber::isValid(digits);
        SecureBuffer::wipe(digits);
        digits.clear();
        return found;
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const int digit = c.digitValue();
        if (digit >= 0 && (c.unicode() < 0x80 || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19))) {
            digits.append(char('0' + digit));
            continue;
        }
        const bool separator = c == u' ' || c == u'-' || c == u'\u3000' || c == u'\uFF0D' || c == u'\u2212';
        if (separator && !digits.isEmpty())
            continue;
        if (runEnds())
            return true;
    }
    return runEnds();
}

Status numberOnCommandLine(const char *option, const QString &key)
{
    return fail(ErrorCode::InvalidArgument,
                InputFilesText::tr("%1 %2: an individual number may not be given on the command line, where the process "
                                   "list and the shell history keep it. Put it in a file for --values FILE, or pipe it "
                                   "with --values -.")
                    .arg(QLatin1StringView(option), key),
                QStringLiteral("number-on-command-line"));
}

} // namespace

Status refuseIndividualNumbersOnCommandLine(const forms::Visit &visit, const QStringList &formIds, const KeyValues &facts,
                                            const KeyValues &values)
{
    for (const auto &[key, value] : facts) {
        const auto fact = forms::SourceCatalog::visitFact(key);
        if ((fact && fact->type == forms::FieldType::IndividualNumber) || holdsIndividualNumber(value))
            return numberOnCommandLine("--fact", key);
    }
    for (const auto &[fieldId, value] : values) {
        bool numberField = false;
        for (const QString &id : formIds) {
            const forms::FormDefinition *form = visit.form(id);
            const forms::FormField *field = form ? form->field(fieldId) : nullptr;
            numberField = numberField || (field && field->type == forms::FieldType::IndividualNumber);
        }
        if (numberField || holdsIndividualNumber(value))
            return numberOnCommandLine("--set", fieldId);
    }
    return {};
}

namespace {

Status applyPairs(forms::Visit &visit, const QStringList &formIds, const KeyValues &facts, const KeyValues &values)
{
    for (const auto &[key, value] : facts) {
        if (auto set = visit.setFact(key, value); !set)
            return std::unexpected(set.error());
    }
    for (const auto &[fieldId, value] : values) {
        bool used = false;
        for (const QString &id : formIds) {
            if (!visit.form(id)->field(fieldId))
                continue;
            used = true;
            if (auto set = visit.setFieldValue(id, fieldId, value); !set)
                return std::unexpected(set.error());
        }
        if (!used)
            return fail(ErrorCode::NotFound, InputFilesText::tr("None of the chosen forms has a field \"%1\".").arg(fieldId));
    }
    return {};
}

} // namespace

Status applyFactsAndValues(forms::Visit &visit, const QStringList &formIds, const KeyValues &facts, const KeyValues &values,
                           const QString &valuesFile)
{
    if (auto refused = refuseIndividualNumbersOnCommandLine(visit, formIds, facts, values); !refused)
        return refused;
    if (!valuesFile.isEmpty()) {
        auto fromFile = readValuesFile(valuesFile);
        if (!fromFile)
            return std::unexpected(fromFile.error());
        auto applied = applyPairs(visit, formIds, fromFile->facts, fromFile->fields);
        // The file may hold the number: wipe our copies (the visit keeps its own).
        for (auto &pairs : {&fromFile->facts, &fromFile->fields}) {
            for (auto &[key, value] : *pairs)
                value.fill(u'0');
        }
        if (!applied)
            return applied;
    }
    return applyPairs(visit, formIds, facts, values);
}

} // namespace kakanai
