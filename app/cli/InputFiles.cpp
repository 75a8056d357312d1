#include "InputFiles.h"

#include "card/SecureBuffer.h"
#include "forms/IndividualNumber.h"
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error(ErrorCode::Io, InputFilesText::tr("The %1 file could not be read. Check the path.").arg(what),
                                     file.errorString()));
    if (file.size() > kMaxInputBytes)
        return std::unexpected(Error(ErrorCode::InvalidData, InputFilesText::tr("The %1 file is too large.").arg(what)));
    QByteArray raw = file.readAll();
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
    if (holder.name.isEmpty())
        return bad("name");
    holder.address = object->value(QStringLiteral("address")).toString().trimmed();
    if (holder.address.isEmpty())
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


Status applyFactsAndValues(forms::Visit &visit, const QStringList &formIds, const KeyValues &facts, const KeyValues &values)
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

} // namespace kakanai
