#pragma once

#include "common/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace kakanai {

// The envelope fields of a record document that the outbox needs
// (docs/backoffice-api.md, docs/record-format.md). None of them is personal data.
struct RecordMeta {
    QString id;          // lowercase canonical UUID: the idempotency key
    QDateTime createdAt; // UTC
    QString terminalId;
    QString kind;
};

// Checks a record document before it enters the outbox: a JSON object of at
// most 1 MiB with "schema" = "kakanai.record/1", "id" (a UUID in lowercase
// canonical form), "createdAt" (ISO 8601 with a time zone), "terminalId" and
// "kind" (non-empty strings). Error messages name the field, never its value.
class RecordDocument {
    Q_DECLARE_TR_FUNCTIONS(RecordDocument)
public:
    static constexpr qsizetype MaxBytes = 1024 * 1024;
    static QString schemaName() { return QStringLiteral("kakanai.record/1"); }

    static Result<RecordMeta> validate(QByteArrayView json);
    static bool isCanonicalUuid(const QString &text);
};

} // namespace kakanai
