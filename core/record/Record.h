#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace kakanai::forms {

// One field of one form in a record.
struct RecordField {
    QString id;
    QJsonValue value;          // string, number, true/false, array of rows, or null
    QString source;            // card, prereg, visit, backoffice, clerk, default, none
    QString binding;           // "card.address" when a binding gave the value; empty otherwise
    std::optional<QJsonValue> original; // the value the clerk replaced
    QString originalSource;    // where that original came from
    std::optional<bool> confirmed;      // フリガナ from visit.nameKana: confirmed with the person

    friend bool operator==(const RecordField &, const RecordField &) = default;
};

struct RecordForm {
    QString formId;
    int formVersion = 1;
    QList<RecordField> fields;

    const RecordField *field(QStringView id) const
    {
        for (const RecordField &f : fields) {
            if (f.id == id)
                return &f;
        }
        return nullptr;
    }
    friend bool operator==(const RecordForm &, const RecordForm &) = default;
};

// A completed visit as one versioned JSON document (docs/record-format.md):
//   {"schema": "kakanai.record/1", "id": "<uuid>", "createdAt": "2024-04-01T01:02:03.456Z",
//    "terminalId": "…", "kind": "visit", "staffId": "…",
//    "forms": [{"formId", "formVersion", "fields": [{"id", "value", "source", "binding"?,
//               "original"?, "originalSource"?, "confirmed"?}]}],
//    "household": [{"name", "kana", "birthDate", "sex", "relationship", "source"}]}
// It holds personal data, the individual number too when a form asked for it:
// the outbox encrypts the whole document; it is never logged. Wipe the bytes
// of toJson() (SecureBuffer::wipe) once they are encrypted.
struct Record {
    Q_DECLARE_TR_FUNCTIONS(Record)
public:
    static QString schemaName() { return QStringLiteral("kakanai.record/1"); }
    static constexpr qsizetype MaxShortText = 64; // terminalId, kind

    QString id;                // lowercase UUID without braces
    QDateTime createdAt;       // UTC, milliseconds
    QString terminalId;
    QString kind = QStringLiteral("visit");
    QString staffId;
    QList<RecordForm> forms;
    QJsonArray household;

    QJsonObject toJsonObject() const;
    QByteArray toJson() const; // compact UTF-8
    // The one reader of the format (outbox, CSV export, tests): reads a
    // document written by toJson() and checks every key it needs — a
    // lowercase canonical UUID, createdAt with a zone, terminalId and kind of
    // 1–64 characters, the forms and their fields. Errors name the key,
    // never a value.
    static Result<Record> fromJson(QByteArrayView json);
    static bool isCanonicalUuid(const QString &text);

    const RecordForm *form(QStringView formId) const
    {
        for (const RecordForm &f : forms) {
            if (f.formId == formId)
                return &f;
        }
        return nullptr;
    }

    // QDate → "YYYY-MM-DD", lists and maps recursively; strings, numbers and bools as they are.
    static QJsonValue jsonValue(const QVariant &value);

    friend bool operator==(const Record &, const Record &) = default;
};

} // namespace kakanai::forms
