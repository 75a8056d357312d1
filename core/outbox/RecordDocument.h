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

// Checks a record document before it enters the outbox: at most 1 MiB, and a
// whole kakanai.record/1 document as forms::Record::fromJson reads it (the
// one reader of the format). Error messages name the field, never its value.
class RecordDocument {
    Q_DECLARE_TR_FUNCTIONS(RecordDocument)
public:
    static constexpr qsizetype MaxBytes = 1024 * 1024;

    static Result<RecordMeta> validate(QByteArrayView json);
};

} // namespace kakanai
