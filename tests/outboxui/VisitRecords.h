#pragma once
// Visit records (kakanai.record/1 with forms) for the CSV export tests.

#include "record/Record.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace kakanai::test {

inline QJsonObject field(const QString &id, const QJsonValue &value, const QString &source = QStringLiteral("clerk"),
                         const QString &binding = {})
{
    QJsonObject f{{QStringLiteral("id"), id}, {QStringLiteral("value"), value}, {QStringLiteral("source"), source}};
    if (!binding.isEmpty())
        f.insert(QStringLiteral("binding"), binding);
    return f;
}

inline QJsonObject form(const QString &formId, const QJsonArray &fields)
{
    return {{QStringLiteral("formId"), formId}, {QStringLiteral("formVersion"), 1}, {QStringLiteral("fields"), fields}};
}

inline QJsonObject visitRecord(const QString &uuid, const QString &createdAt, const QJsonArray &forms)
{
    return {{QStringLiteral("schema"), QStringLiteral("kakanai.record/1")},
            {QStringLiteral("id"), uuid},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("terminalId"), QStringLiteral("counter-03")},
            {QStringLiteral("kind"), QStringLiteral("visit")},
            {QStringLiteral("staffId"), QStringLiteral("staff-17")},
            {QStringLiteral("forms"), forms},
            {QStringLiteral("household"), QJsonArray()}};
}

// A 転入 (jumin-ido) with card values; `name` and `address` as given.
inline QJsonObject idoRecord(const QString &uuid, const QString &name, const QString &address,
                             const QString &createdAt = QStringLiteral("2024-06-01T01:02:03.456Z"))
{
    return visitRecord(uuid, createdAt,
                       {form(QStringLiteral("jumin-ido"),
                             {field(QStringLiteral("kind"), QStringLiteral("tennyu")),
                              field(QStringLiteral("moveDate"), QStringLiteral("2019-05-01"), QStringLiteral("visit")),
                              field(QStringLiteral("name"), name, QStringLiteral("card"), QStringLiteral("card.name")),
                              field(QStringLiteral("birthDate"), QStringLiteral("1980-02-17"), QStringLiteral("card"),
                                    QStringLiteral("card.birthDate")),
                              field(QStringLiteral("sex"), QStringLiteral("2"), QStringLiteral("card"), QStringLiteral("card.sex")),
                              field(QStringLiteral("newAddress"), address, QStringLiteral("clerk")),
                              field(QStringLiteral("newPostalCode"), QStringLiteral("100-0013"), QStringLiteral("visit")),
                              field(QStringLiteral("cardContinued"), true)})});
}

inline QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The record as the one reader of the format reads it (what the CSV export
// gets after decrypting). An invalid test record is a broken test: stop.
inline forms::Record readRecord(const QJsonObject &o)
{
    auto record = forms::Record::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!record)
        qFatal("test record does not read: %s", qPrintable(record.error().toString()));
    return *record;
}

} // namespace kakanai::test
