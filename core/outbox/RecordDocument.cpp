#include "RecordDocument.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUuid>

namespace kakanai {

namespace {
Error fieldError(const QString &field)
{
    return Error(ErrorCode::InvalidData,
                 RecordDocument::tr("The record is not valid: the field \"%1\" is missing or has the wrong form.").arg(field),
                 QStringLiteral("record field: %1").arg(field));
}
} // namespace

bool RecordDocument::isCanonicalUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

Result<RecordMeta> RecordDocument::validate(QByteArrayView json)
{
    if (json.size() > MaxBytes) {
        return fail(ErrorCode::InvalidData, tr("The record is larger than 1 MiB and cannot be sent."),
                    QStringLiteral("%1 bytes").arg(json.size()));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::InvalidData, tr("The record is not a JSON object."),
                    parseError.error != QJsonParseError::NoError
                        ? QStringLiteral("offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                        : QStringLiteral("not an object"));
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("schema")).toString() != schemaName()) {
        return fail(ErrorCode::InvalidData,
                    tr("The record does not declare the schema \"%1\".").arg(schemaName()), QStringLiteral("record field: schema"));
    }
    RecordMeta meta;
    meta.id = o.value(QLatin1String("id")).toString();
    if (!isCanonicalUuid(meta.id))
        return std::unexpected(fieldError(QStringLiteral("id")));
    const QString created = o.value(QLatin1String("createdAt")).toString();
    meta.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    // A time without a zone would be read as local time: refuse the guess.
    if (!meta.createdAt.isValid() || meta.createdAt.timeSpec() == Qt::LocalTime)
        return std::unexpected(fieldError(QStringLiteral("createdAt")));
    meta.createdAt = meta.createdAt.toUTC();
    meta.terminalId = o.value(QLatin1String("terminalId")).toString();
    if (meta.terminalId.trimmed().isEmpty() || meta.terminalId.size() > 64)
        return std::unexpected(fieldError(QStringLiteral("terminalId")));
    meta.kind = o.value(QLatin1String("kind")).toString();
    if (meta.kind.trimmed().isEmpty() || meta.kind.size() > 64)
        return std::unexpected(fieldError(QStringLiteral("kind")));
    return meta;
}

} // namespace kakanai
