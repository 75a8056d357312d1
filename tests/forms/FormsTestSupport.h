#pragma once

// Helpers shared by the tests of core/forms.

#include "card/CardHolder.h"
#include "card/SecureBuffer.h"
#include "forms/FormDefinitionLoader.h"

#include <QByteArray>
#include <QDir>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace kakanai::forms::test {

inline QJsonObject label(const char16_t *ja, const char *en)
{
    return QJsonObject{{QStringLiteral("ja"), QString::fromUtf16(ja)}, {QStringLiteral("en"), QString::fromLatin1(en)}};
}

inline QJsonObject box(double x, double y, double w = 90, double h = 10)
{
    return QJsonObject{{QStringLiteral("x"), x}, {QStringLiteral("y"), y}, {QStringLiteral("w"), w}, {QStringLiteral("h"), h}};
}

// A small valid form: name (text, card.name, required), kind (choice a/b),
// extra (text, only when kind = b), with boxes and a signature.
inline QJsonObject minimalForm(const QString &id = QStringLiteral("test-form"))
{
    const QJsonArray options{
        QJsonObject{{QStringLiteral("value"), QStringLiteral("a")}, {QStringLiteral("label"), label(u"甲", "A")}},
        QJsonObject{{QStringLiteral("value"), QStringLiteral("b")}, {QStringLiteral("label"), label(u"乙", "B")}},
    };
    const QJsonArray fields{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("name")},
                    {QStringLiteral("label"), label(u"氏名", "Name")},
                    {QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("required"), true},
                    {QStringLiteral("source"), QStringLiteral("card.name")}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("kind")},
                    {QStringLiteral("label"), label(u"種別", "Kind")},
                    {QStringLiteral("type"), QStringLiteral("choice")},
                    {QStringLiteral("options"), options}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("extra")},
                    {QStringLiteral("label"), label(u"備考", "Remarks")},
                    {QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("when"), QJsonObject{{QStringLiteral("field"), QStringLiteral("kind")},
                                                         {QStringLiteral("in"), QJsonArray{QStringLiteral("b")}}}}},
    };
    const QJsonObject print{
        {QStringLiteral("paper"), QStringLiteral("A4")},
        {QStringLiteral("boxes"), QJsonObject{{QStringLiteral("name"), box(10, 10)},
                                              {QStringLiteral("kind"), box(10, 25)},
                                              {QStringLiteral("extra"), box(10, 40)}}},
        {QStringLiteral("texts"), QJsonArray{QJsonObject{{QStringLiteral("x"), 10}, {QStringLiteral("y"), 0},
                                                         {QStringLiteral("w"), 190}, {QStringLiteral("h"), 8},
                                                         {QStringLiteral("text"), QString::fromUtf16(u"試験")}}}},
        {QStringLiteral("signature"), QJsonObject{{QStringLiteral("x"), 10}, {QStringLiteral("y"), 260},
                                                  {QStringLiteral("w"), 190}, {QStringLiteral("h"), 20},
                                                  {QStringLiteral("label"), label(u"署名", "Signature")}}},
    };
    return QJsonObject{{QStringLiteral("format"), 1},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("title"), label(u"試験の届", "Test form")},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("print"), print}};
}

inline QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// One field in a form of its own (with a box), parsed by the real loader.
inline FormField fieldFromJson(const QByteArray &fieldJson)
{
    const QJsonObject field = QJsonDocument::fromJson(fieldJson).object();
    QJsonObject form = minimalForm();
    form.insert(QStringLiteral("fields"), QJsonArray{field});
    form.insert(QStringLiteral("print"),
                QJsonObject{{QStringLiteral("paper"), QStringLiteral("A4")},
                            {QStringLiteral("boxes"), QJsonObject{{field.value(QStringLiteral("id")).toString(), box(10, 10)}}}});
    const auto parsed = FormDefinitionLoader::parse(toBytes(form), QStringLiteral("field.json"));
    if (!parsed) {
        qWarning("%s", qPrintable(parsed.error().message()));
        return {};
    }
    return parsed->fields.first();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The first person of tests/data/persons.json: 山田　太郎, 1980-02-17, male, 123456789018.
inline CardHolder yamada(bool withNumber = true)
{
    CardHolder h;
    h.name = QString::fromUtf16(u"山田\u3000太郎");
    h.address = QString::fromUtf16(u"東京都千代田区霞が関２－１－２");
    h.birthDate = QDate(1980, 2, 17);
    h.sex = Sex::Male;
    if (withNumber)
        h.individualNumber = SecureBuffer::fromBytes("123456789018");
    return h;
}

inline QString sourceDir()
{
    return qEnvironmentVariable("KAKANAI_SOURCE_DIR");
}

} // namespace kakanai::forms::test
