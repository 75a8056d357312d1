#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <expected>

namespace kakanai::backofficesim {

// Checks a POST /records request against docs/backoffice-api.md.
class RecordValidator {
public:
    static constexpr QLatin1StringView kSchema{"kakanai.record/1"};

    struct Error {
        int status = 400;
        QString code;    // the "error" of the JSON answer
        QString message; // names the header or field; never quotes the body
    };
    struct Valid {
        QString key;
        QJsonObject record;
        QByteArray canonicalSha256; // SHA-256 of the canonical form (see canonicalBytes)
    };

    // `idempotencyKey` and `contentType` are the header values ("" when absent).
    static std::expected<Valid, Error> validate(const QByteArray &idempotencyKey, const QByteArray &contentType,
                                                const QByteArray &body);

    // A UUID in its 36-character text form (8-4-4-4-12 hex digits, any case).
    static bool isUuid(QByteArrayView text);

    // The canonical bytes of a record: compact JSON with the keys of every
    // object sorted (what QJsonDocument writes), so whitespace and key order
    // do not make two sends of the same record differ.
    static QByteArray canonicalBytes(const QJsonObject &record);
};

} // namespace kakanai::backofficesim
