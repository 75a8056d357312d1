#include "AuditCheckpoint.h"

#include "outbox/SecretKey.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace kakanai {

namespace {

const QString kFormat = QStringLiteral("kakanai.audit-checkpoint/1");
constexpr qsizetype kHashSize = 32;
static_assert(crypto_auth_BYTES == kHashSize && crypto_auth_KEYBYTES == SecretKey::Size);

void addField(QByteArray &out, const QByteArray &bytes)
{
    // Length-prefixed, as in AuditLog::entryHash: no two field lists give the same bytes.
    const quint32 n = quint32(bytes.size());
    const char len[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
    out.append(len, 4);
    out.append(bytes);
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QByteArray> hexField(const QJsonObject &o, const QString &name)
{
    const QString text = o.value(name).toString();
    if (text.size() != kHashSize * 2)
        return std::nullopt;
    const QByteArray bytes = QByteArray::fromHex(text.toLatin1());
    if (bytes.size() != kHashSize || QString::fromLatin1(bytes.toHex()) != text.toLower())
        return std::nullopt;
    return bytes;
}

std::optional<qint64> countField(const QJsonObject &o, const QString &name)
{
    const QJsonValue v = o.value(name);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    // Whole, not negative, and exact in a double.
    if (d < 0 || d > 9007199254740991.0 || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

} // namespace

QByteArray AuditCheckpoint::signedBytes() const
{
    QByteArray out;
    addField(out, kFormat.toUtf8());
    addField(out, store.toUtf8());
    addField(out, terminalId.toUtf8());
    addField(out, QByteArray::number(entries));
    addField(out, QByteArray::number(headSeq));
    addField(out, headHash);
    addField(out, isoUtc(writtenAt).toUtf8());
    return out;
}

void AuditCheckpoint::seal(const SecretKey &key)
{
    const QByteArray message = signedBytes();
    mac = QByteArray(crypto_auth_BYTES, Qt::Uninitialized);
    crypto_auth(reinterpret_cast<unsigned char *>(mac.data()),
                reinterpret_cast<const unsigned char *>(message.constData()),
                static_cast<unsigned long long>(message.size()), key.data());
}

bool AuditCheckpoint::isSealedBy(const SecretKey &key) const
{
    if (mac.size() != crypto_auth_BYTES)
        return false;
    const QByteArray message = signedBytes();
    // crypto_auth_verify compares in constant time.
    return crypto_auth_verify(reinterpret_cast<const unsigned char *>(mac.constData()),
                              reinterpret_cast<const unsigned char *>(message.constData()),
                              static_cast<unsigned long long>(message.size()), key.data())
           == 0;
}

QByteArray AuditCheckpoint::toJson() const
{
    const QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("store"), store},
        {QStringLiteral("terminalId"), terminalId},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("headSeq"), headSeq},
        {QStringLiteral("headHash"), QString::fromLatin1(headHash.toHex())},
        {QStringLiteral("writtenAt"), isoUtc(writtenAt)},
        {QStringLiteral("mac"), QString::fromLatin1(mac.toHex())},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<AuditCheckpoint> AuditCheckpoint::fromJson(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return std::nullopt;
    AuditCheckpoint c;
    c.store = o.value(QStringLiteral("store")).toString();
    c.terminalId = o.value(QStringLiteral("terminalId")).toString();
    const auto entries = countField(o, QStringLiteral("entries"));
    const auto headSeq = countField(o, QStringLiteral("headSeq"));
    const auto headHash = hexField(o, QStringLiteral("headHash"));
    const auto mac = hexField(o, QStringLiteral("mac"));
    c.writtenAt = QDateTime::fromString(o.value(QStringLiteral("writtenAt")).toString(), Qt::ISODateWithMs);
    if (c.store.isEmpty() || !entries || !headSeq || !headHash || !mac || !c.writtenAt.isValid())
        return std::nullopt;
    c.entries = *entries;
    c.headSeq = *headSeq;
    c.headHash = *headHash;
    c.mac = *mac;
    return c;
}

QByteArray AuditCheckpoint::toHeaderValue() const
{
    return toJson().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<AuditCheckpoint> AuditCheckpoint::fromHeaderValue(QByteArrayView value)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        value.toByteArray().trimmed(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return fromJson(decoded.decoded);
}

} // namespace kakanai
