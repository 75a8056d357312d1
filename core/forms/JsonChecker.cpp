#include "JsonChecker.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace kakanai::forms {

void JsonChecker::report(const Where &where, const QString &code, const QString &reason)
{
    m_problems.append(DefinitionProblem{m_file, where.element, where.name, code, reason});
}

std::optional<QJsonObject> JsonChecker::document(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Line and column help an administrator with a text editor.
        qsizetype line = 1;
        qsizetype column = 1;
        for (qsizetype i = 0; i < error.offset && i < json.size(); ++i) {
            if (json.at(i) == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(json.at(i)) & 0xC0) != 0x80) {
                ++column;
            }
        }
        report({}, QStringLiteral("json-syntax"),
               tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(error.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        report({}, QStringLiteral("not-object"), tr("the file must hold one JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

void JsonChecker::checkKeys(const QJsonObject &object, const QStringList &allowed, const Where &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            report(where, QStringLiteral("unknown-key"), tr("unknown key \"%1\"").arg(it.key()));
    }
}

namespace {

QString missingReason(const QString &key)
{
    return JsonChecker::tr("missing key \"%1\"").arg(key);
}

} // namespace

std::optional<QString> JsonChecker::string(const QJsonObject &o, const QString &key, bool required, const Where &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            report(where, QStringLiteral("missing-key"), missingReason(key));
        return std::nullopt;
    }
    if (!v.isString()) {
        report(where, QStringLiteral("wrong-type"), tr("\"%1\" must be a string").arg(key));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<bool> JsonChecker::boolean(const QJsonObject &o, const QString &key, const Where &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        report(where, QStringLiteral("wrong-type"), tr("\"%1\" must be true or false").arg(key));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<double> JsonChecker::number(const QJsonObject &o, const QString &key, bool required, const Where &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            report(where, QStringLiteral("missing-key"), missingReason(key));
        return std::nullopt;
    }
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        report(where, QStringLiteral("wrong-type"), tr("\"%1\" must be a number").arg(key));
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<int> JsonChecker::integer(const QJsonObject &o, const QString &key, bool required, const Where &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            report(where, QStringLiteral("missing-key"), missingReason(key));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > 1e9) {
        report(where, QStringLiteral("wrong-type"), tr("\"%1\" must be a whole number").arg(key));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

std::optional<QJsonArray> JsonChecker::array(const QJsonObject &o, const QString &key, bool required, const Where &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            report(where, QStringLiteral("missing-key"), missingReason(key));
        return std::nullopt;
    }
    if (!v.isArray()) {
        report(where, QStringLiteral("wrong-type"), tr("\"%1\" must be a list").arg(key));
        return std::nullopt;
    }
    return v.toArray();
}

std::optional<QJsonObject> JsonChecker::object(const QJsonObject &o, const QString &key, bool required,
                                               const Where &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            report(where, QStringLiteral("missing-key"), missingReason(key));
        return std::nullopt;
    }
    if (!v.isObject()) {
        report(where, QStringLiteral("wrong-type"), tr("\"%1\" must be an object").arg(key));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<LocalizedText> JsonChecker::localized(const QJsonObject &o, const QString &key, bool required,
                                                    bool allowPlainString, const QString &missingCode,
                                                    const Where &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            report(where, missingCode, tr("missing \"%1\" (Japanese and English)").arg(key));
        return std::nullopt;
    }
    if (allowPlainString && v.isString()) {
        const QString s = v.toString();
        if (s.trimmed().isEmpty()) {
            report(where, missingCode, tr("\"%1\" is empty").arg(key));
            return std::nullopt;
        }
        return LocalizedText{s, s};
    }
    if (!v.isObject()) {
        report(where, QStringLiteral("wrong-type"),
               allowPlainString ? tr("\"%1\" must be a string or {\"ja\": …, \"en\": …}").arg(key)
                                : tr("\"%1\" must be {\"ja\": …, \"en\": …}").arg(key));
        return std::nullopt;
    }
    const QJsonObject t = v.toObject();
    for (auto it = t.begin(); it != t.end(); ++it) {
        if (it.key() != u"ja" && it.key() != u"en")
            report(where, QStringLiteral("unknown-key"), tr("unknown language \"%1\" in \"%2\"").arg(it.key(), key));
    }
    const QJsonValue ja = t.value(QStringLiteral("ja"));
    const QJsonValue en = t.value(QStringLiteral("en"));
    if (!ja.isString() || ja.toString().trimmed().isEmpty()) {
        report(where, missingCode, tr("\"%1\" has no Japanese text (\"ja\")").arg(key));
        return std::nullopt;
    }
    if (!en.isString() || en.toString().trimmed().isEmpty()) {
        report(where, missingCode, tr("\"%1\" has no English text (\"en\")").arg(key));
        return std::nullopt;
    }
    return LocalizedText{ja.toString(), en.toString()};
}

bool JsonChecker::isIdentifier(QStringView text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool digit = c >= u'0' && c <= u'9';
        if (i == 0 ? !letter : !(letter || digit || c == u'_'))
            return false;
    }
    return true;
}

bool JsonChecker::isSlug(QStringView text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (i > 0 && c == u'-');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace kakanai::forms
