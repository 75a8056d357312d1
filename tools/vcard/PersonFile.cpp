#include "PersonFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <array>

namespace kakanai::vcard {

namespace {

// Start dates (Gregorian) of the Japanese eras, newest first.
const std::array<QDate, 5> &eraStarts()
{
    static const std::array<QDate, 5> starts = {
        QDate(2019, 5, 1),   // 令和
        QDate(1989, 1, 8),   // 平成
        QDate(1926, 12, 25), // 昭和
        QDate(1912, 7, 30),  // 大正
        QDate(1868, 10, 23), // 明治
    };
    return starts;
}

bool isAsciiDigits(const QString &s, qsizetype length)
{
    if (s.size() != length)
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Characters that must not appear in a name or an address on the card.
bool hasForbiddenCharacter(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFD)
            return true;
        // A lone surrogate cannot be encoded as UTF-8.
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= s.size() || !QChar::isLowSurrogate(s.at(i + 1).unicode()))
                return true;
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return true;
        }
    }
    return false;
}

QString fieldError(qsizetype index, QLatin1String field, const QString &what)
{
    return QStringLiteral("person %1: field \"%2\": %3").arg(index).arg(field, what);
}

const QStringList &knownFields()
{
    static const QStringList fields = {
        QStringLiteral("name"),       QStringLiteral("address"),   QStringLiteral("birthDate"),
        QStringLiteral("sex"),        QStringLiteral("individualNumber"), QStringLiteral("pin"),
        QStringLiteral("triesLeft"),  QStringLiteral("expiryYear"), QStringLiteral("securityCode"),
        QStringLiteral("allowInvalidCheckDigit"),
    };
    return fields;
}

// Reads a required (or optional, when `fallback` is given) string field.
std::expected<QString, QString> stringField(const QJsonObject &o, qsizetype index, QLatin1String field,
                                            std::optional<QString> fallback = std::nullopt)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined()) {
        if (fallback)
            return *fallback;
        return std::unexpected(fieldError(index, field, QStringLiteral("missing")));
    }
    if (!v.isString())
        return std::unexpected(fieldError(index, field, QStringLiteral("must be a JSON string")));
    return v.toString();
}

std::expected<Person, QString> parsePerson(const QJsonValue &value, qsizetype index)
{
    if (!value.isObject())
        return std::unexpected(QStringLiteral("person %1: must be a JSON object").arg(index));
    const QJsonObject o = value.toObject();

    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')))
            continue; // comment
        if (!knownFields().contains(it.key())) {
            return std::unexpected(
                QStringLiteral("person %1: unknown field \"%2\" (fields starting with '_' are comments)")
                    .arg(index)
                    .arg(it.key()));
        }
    }

    Person p;

    // name
    {
        auto s = stringField(o, index, QLatin1String("name"));
        if (!s)
            return std::unexpected(s.error());
        if (s->isEmpty())
            return std::unexpected(fieldError(index, QLatin1String("name"), QStringLiteral("is empty")));
        if (hasForbiddenCharacter(*s))
            return std::unexpected(fieldError(index, QLatin1String("name"),
                                              QStringLiteral("contains a control character, U+FFFD or a lone surrogate")));
        const qsizetype bytes = s->toUtf8().size();
        if (bytes > kMaxNameUtf8Bytes)
            return std::unexpected(fieldError(index, QLatin1String("name"),
                                              QStringLiteral("is %1 bytes in UTF-8; at most %2 fit on the card")
                                                  .arg(bytes)
                                                  .arg(kMaxNameUtf8Bytes)));
        p.name = *s;
    }

    // address
    {
        auto s = stringField(o, index, QLatin1String("address"));
        if (!s)
            return std::unexpected(s.error());
        if (s->isEmpty())
            return std::unexpected(fieldError(index, QLatin1String("address"), QStringLiteral("is empty")));
        if (hasForbiddenCharacter(*s))
            return std::unexpected(fieldError(index, QLatin1String("address"),
                                              QStringLiteral("contains a control character, U+FFFD or a lone surrogate")));
        const qsizetype bytes = s->toUtf8().size();
        if (bytes > kMaxAddressUtf8Bytes)
            return std::unexpected(fieldError(index, QLatin1String("address"),
                                              QStringLiteral("is %1 bytes in UTF-8; at most %2 fit on the card")
                                                  .arg(bytes)
                                                  .arg(kMaxAddressUtf8Bytes)));
        p.address = *s;
    }

    // birthDate
    {
        auto s = stringField(o, index, QLatin1String("birthDate"));
        if (!s)
            return std::unexpected(s.error());
        if (!isAsciiDigits(*s, 8))
            return std::unexpected(fieldError(index, QLatin1String("birthDate"),
                                              QStringLiteral("must be 8 ASCII digits YYYYMMDD")));
        const QDate d = QDate::fromString(*s, QStringLiteral("yyyyMMdd"));
        if (!d.isValid())
            return std::unexpected(fieldError(index, QLatin1String("birthDate"), QStringLiteral("is not a valid date")));
        if (d < eraStarts().back())
            return std::unexpected(fieldError(index, QLatin1String("birthDate"),
                                              QStringLiteral("is before 1868-10-23 (明治), no era year for 照合番号B")));
        p.birthDate = d;
    }

    // sex
    {
        auto s = stringField(o, index, QLatin1String("sex"));
        if (!s)
            return std::unexpected(s.error());
        if (s->size() != 1 || !QStringLiteral("1290").contains(s->at(0)))
            return std::unexpected(fieldError(index, QLatin1String("sex"),
                                              QStringLiteral("must be \"1\", \"2\", \"9\" or \"0\" (ISO 5218)")));
        p.sex = s->at(0);
    }

    // individualNumber
    {
        auto s = stringField(o, index, QLatin1String("individualNumber"));
        if (!s)
            return std::unexpected(s.error());
        if (!isAsciiDigits(*s, 12))
            return std::unexpected(fieldError(index, QLatin1String("individualNumber"),
                                              QStringLiteral("must be a string of 12 ASCII digits")));
        const QJsonValue allow = o.value(QLatin1String("allowInvalidCheckDigit"));
        if (!allow.isUndefined() && !allow.isBool())
            return std::unexpected(fieldError(index, QLatin1String("allowInvalidCheckDigit"),
                                              QStringLiteral("must be true or false")));
        const QByteArray digits = s->toLatin1();
        if (!allow.toBool(false) && individualNumberCheckDigit(digits.left(11)) != digits.at(11) - '0')
            return std::unexpected(fieldError(index, QLatin1String("individualNumber"),
                                              QStringLiteral("has a wrong check digit (12th digit); set "
                                                             "\"allowInvalidCheckDigit\": true to keep it on purpose")));
        p.individualNumber = digits;
    }

    // pin
    {
        auto s = stringField(o, index, QLatin1String("pin"));
        if (!s)
            return std::unexpected(s.error());
        if (!isAsciiDigits(*s, 4))
            return std::unexpected(fieldError(index, QLatin1String("pin"),
                                              QStringLiteral("must be a string of 4 ASCII digits")));
        p.pin = s->toLatin1();
    }

    // triesLeft (optional, default 3)
    {
        const QJsonValue v = o.value(QLatin1String("triesLeft"));
        if (!v.isUndefined()) {
            if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInt(-1)) || v.toInt() < 0 || v.toInt() > 3)
                return std::unexpected(fieldError(index, QLatin1String("triesLeft"),
                                                  QStringLiteral("must be an integer from 0 (blocked) to 3")));
            p.triesLeft = v.toInt();
        }
    }

    // expiryYear (optional, default "2035"; a string or an integer)
    {
        const QJsonValue v = o.value(QLatin1String("expiryYear"));
        if (!v.isUndefined()) {
            QString s;
            if (v.isString())
                s = v.toString();
            else if (v.isDouble() && v.toDouble() == static_cast<double>(v.toInt(-1)))
                s = QString::number(v.toInt());
            if (!isAsciiDigits(s, 4) || s.toInt() < 2000)
                return std::unexpected(fieldError(index, QLatin1String("expiryYear"),
                                                  QStringLiteral("must be a 4-digit year from 2000, e.g. \"2035\"")));
            p.expiryYear = s.toInt();
        }
    }

    // securityCode (optional, default "0000")
    {
        auto s = stringField(o, index, QLatin1String("securityCode"), QStringLiteral("0000"));
        if (!s)
            return std::unexpected(s.error());
        if (!isAsciiDigits(*s, 4))
            return std::unexpected(fieldError(index, QLatin1String("securityCode"),
                                              QStringLiteral("must be a string of 4 ASCII digits")));
        p.securityCode = s->toLatin1();
    }

    return p;
}

} // namespace

std::optional<QByteArray> japaneseEraYyMmDd(QDate date)
{
    if (!date.isValid())
        return std::nullopt;
    for (const QDate &start : eraStarts()) {
        if (date >= start) {
            const int eraYear = date.year() - start.year() + 1;
            if (eraYear > 99)
                return std::nullopt;
            return QByteArray::number(eraYear).rightJustified(2, '0')
                + date.toString(QStringLiteral("MMdd")).toLatin1();
        }
    }
    return std::nullopt;
}

int individualNumberCheckDigit(const QByteArray &first11)
{
    if (first11.size() != 11)
        return -1;
    int sum = 0;
    // P(n) is the n-th digit counted from the lowest (rightmost) digit;
    // Q(n) = n + 1 for 1 <= n <= 6, n - 5 for 7 <= n <= 11.
    for (int n = 1; n <= 11; ++n) {
        const char c = first11.at(11 - n);
        if (c < '0' || c > '9')
            return -1;
        const int q = n <= 6 ? n + 1 : n - 5;
        sum += (c - '0') * q;
    }
    const int r = sum % 11;
    return r <= 1 ? 0 : 11 - r;
}

QByteArray Person::matchingCodeB() const
{
    return japaneseEraYyMmDd(birthDate).value_or(QByteArray("000000")) + QByteArray::number(expiryYear)
        + securityCode;
}

std::expected<QList<Person>, QString> PersonFile::parse(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < err.offset && i < json.size(); ++i) {
            if (json.at(i) == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return std::unexpected(QStringLiteral("JSON syntax error at line %1, column %2: %3")
                                   .arg(line)
                                   .arg(column)
                                   .arg(err.errorString()));
    }
    if (!doc.isArray())
        return std::unexpected(QStringLiteral("the top level must be a JSON array of person objects"));
    const QJsonArray array = doc.array();
    if (array.isEmpty())
        return std::unexpected(QStringLiteral("the array holds no person"));

    QList<Person> persons;
    persons.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto p = parsePerson(array.at(i), i);
        if (!p)
            return std::unexpected(p.error());
        persons.append(*std::move(p));
    }
    return persons;
}

std::expected<QList<Person>, QString> PersonFile::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("%1: cannot open: %2").arg(path, f.errorString()));
    auto r = parse(f.readAll());
    if (!r)
        return std::unexpected(QStringLiteral("%1: %2").arg(path, r.error()));
    return r;
}

} // namespace kakanai::vcard
