#include "RecordValidator.h"

#include "record/Record.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

namespace kakanai::backofficesim {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::unexpected<RecordValidator::Error> error(int status, const QString &code, const QString &message)
{
    return std::unexpected(RecordValidator::Error{status, code, message});
}

} // namespace

bool RecordValidator::isUuid(QByteArrayView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text.at(i) != '-' : !isHex(text.at(i)))
            return false;
    }
    return true;
}

QByteArray RecordValidator::canonicalBytes(const QJsonObject &record)
{
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

std::expected<RecordValidator::Valid, RecordValidator::Error>
RecordValidator::validate(const QByteArray &idempotencyKey, const QByteArray &contentType, const QByteArray &body)
{
    if (idempotencyKey.isEmpty())
        return error(400, QStringLiteral("missing-idempotency-key"),
                     QStringLiteral("the Idempotency-Key header is missing: send the record's id (a UUID)"));
    if (!isUuid(idempotencyKey))
        return error(400, QStringLiteral("invalid-idempotency-key"),
                     QStringLiteral("the Idempotency-Key header is not a UUID (8-4-4-4-12 hex digits)"));

    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    if (mediaType != "application/json")
        return error(400, QStringLiteral("invalid-content-type"),
                     QStringLiteral("the Content-Type header must be application/json"));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(400, QStringLiteral("invalid-json"),
                     QStringLiteral("the body is not JSON: %1 at byte %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
    if (!doc.isObject())
        return error(400, QStringLiteral("not-an-object"), QStringLiteral("the body must be a JSON object"));
    const QJsonObject record = doc.object();

    for (const QLatin1StringView field : {QLatin1StringView("schema"), QLatin1StringView("id"),
                                          QLatin1StringView("createdAt"), QLatin1StringView("terminalId"),
                                          QLatin1StringView("kind")}) {
        const QJsonValue v = record.value(field);
        if (v.isUndefined())
            return error(
                400, QStringLiteral("missing-field"), QStringLiteral("the field \"%1\" is missing").arg(field));
        if (!v.isString() || v.toString().isEmpty())
            return error(400, QStringLiteral("invalid-field"),
                         QStringLiteral("the field \"%1\" must be a non-empty string").arg(field));
    }

    const QString key = QString::fromLatin1(idempotencyKey);
    if (record.value(QLatin1StringView("id")).toString() != key)
        return error(400, QStringLiteral("id-mismatch"),
                     QStringLiteral("the field \"id\" must equal the Idempotency-Key header"));
    const QDateTime createdAt =
        QDateTime::fromString(record.value(QLatin1StringView("createdAt")).toString(), Qt::ISODateWithMs);
    if (!createdAt.isValid())
        return error(400, QStringLiteral("invalid-field"),
                     QStringLiteral("the field \"createdAt\" must be an ISO 8601 time"));
    if (record.value(QLatin1StringView("schema")).toString() != kSchema)
        return error(422, QStringLiteral("unsupported-schema"),
                     QStringLiteral("the field \"schema\" must be \"%1\"").arg(kSchema));

    // The whole document, read by the format's one reader (the checks above
    // are the back office's own, written from the API document).
    if (auto whole = forms::Record::fromJson(body); !whole)
        return error(422, QStringLiteral("invalid-record"),
                     QStringLiteral("the record does not follow kakanai.record/1: \"%1\" is missing or wrong")
                         .arg(whole.error().technicalDetail()));

    return Valid{key, record,
                 QCryptographicHash::hash(canonicalBytes(record), QCryptographicHash::Sha256)};
}

} // namespace kakanai::backofficesim
