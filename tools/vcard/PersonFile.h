#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace kakanai::vcard {

// One fictional card holder, as loaded from the persons JSON file. Every field
// is already validated when it comes out of PersonFile.
struct Person {
    QString name;              // family U+3000 given, UTF-8 on the card
    QString address;           // UTF-8 on the card
    QDate birthDate;           // Gregorian
    QChar sex;                 // ISO 5218: '1', '2', '9' or '0'
    QByteArray individualNumber; // 12 ASCII digits (照合番号A)
    QByteArray pin;            // 4 ASCII digits
    int triesLeft = 3;         // PIN tries left when the card is "made" (0..3)
    int expiryYear = 2035;     // printed on the card face; part of 照合番号B
    QByteArray securityCode = QByteArrayLiteral("0000"); // 4 ASCII digits

    // 照合番号B: birth date YYMMDD in the Japanese era year + expiry year YYYY
    // + security code = 14 ASCII digits.
    QByteArray matchingCodeB() const;
};

// Limits that keep EF 0002 inside its fixed size (see VirtualMyNumberCard).
inline constexpr int kMaxNameUtf8Bytes = 200;
inline constexpr int kMaxAddressUtf8Bytes = 700;

// Birth date as YYMMDD with the year of the Japanese era in force on that day
// (明治 from 1868-10-23, 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08,
// 令和 2019-05-01; the first year of an era is 01). nullopt before 明治.
std::optional<QByteArray> japaneseEraYyMmDd(QDate date);

// The check digit (the 12th digit) of an individual number, computed from the
// first 11 digits by the rule of 総務省令第85号 第5条 (referred to by
// 番号法施行令 第8条). -1 if `first11` is not 11 ASCII digits.
int individualNumberCheckDigit(const QByteArray &first11);

class PersonFile {
public:
    // Parses and validates. The error text names the array index and the
    // field ("person 3: field \"pin\": ...") but never echoes the value of a
    // PIN, individual number or security code.
    static std::expected<QList<Person>, QString> parse(const QByteArray &json);
    static std::expected<QList<Person>, QString> load(const QString &path);
};

} // namespace kakanai::vcard
