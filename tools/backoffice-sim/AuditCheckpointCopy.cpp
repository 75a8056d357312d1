#include "AuditCheckpointCopy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace kakanai::backofficesim {

namespace {

bool isHex64(const QString &s)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(s).hasMatch();
}

std::optional<qint64> count(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 9007199254740991.0 || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

bool shortText(const QJsonValue &v)
{
    return v.isString() && !v.toString().isEmpty() && v.toString().size() <= 64;
}

} // namespace

std::optional<AuditCheckpointCopy> AuditCheckpointCopy::parse(QByteArrayView headerValue)
{
    if (headerValue.isEmpty() || headerValue.size() > kMaxHeaderBytes)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        headerValue.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(decoded.decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("kakanai.audit-checkpoint/1"))
        return std::nullopt;
    AuditCheckpointCopy c;
    const auto entries = count(o.value(QStringLiteral("entries")));
    const auto headSeq = count(o.value(QStringLiteral("headSeq")));
    c.store = o.value(QStringLiteral("store")).toString();
    c.terminalId = o.value(QStringLiteral("terminalId")).toString();
    c.headHash = o.value(QStringLiteral("headHash")).toString();
    c.writtenAt = o.value(QStringLiteral("writtenAt")).toString();
    c.mac = o.value(QStringLiteral("mac")).toString();
    if (!entries || !headSeq || !shortText(o.value(QStringLiteral("store")))
        || !shortText(o.value(QStringLiteral("terminalId"))) || !isHex64(c.headHash) || !isHex64(c.mac)
        || !QDateTime::fromString(c.writtenAt, Qt::ISODateWithMs).isValid())
        return std::nullopt;
    c.entries = *entries;
    c.headSeq = *headSeq;
    c.headerValue = headerValue.toByteArray();
    return c;
}

} // namespace kakanai::backofficesim
