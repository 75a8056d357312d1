#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace kakanai::jp {

// A Japanese telephone number as typed at the desk.
//
// parse() accepts full-width digits, hyphens of any kind (- ‐ – − － and the
// long vowel mark ー / ｰ typed by mistake), spaces, parentheses as in
// 03(1234)5678, and a leading +81 / ＋８１ (turned into 0). Then the digits must be:
//   Mobile    070 / 080 / 090 + 8 digits (11)      formatted 090-1234-5678
//   IpPhone   050 + 8 digits (11)                  formatted 050-1234-5678
//   FreeDial  0120 + 6 digits (10)                 formatted 0120-123-456
//             0800 + 7 digits (11)                 formatted 0800-123-4567
//   NaviDial  0570 + 6 digits (10)                 formatted 0570-123-456
//   Fixed     any other 0 + 9 digits (10)
// A fixed-line number keeps the caller's grouping when it has three groups
// that look like area code (2–5 digits, starting 0) – local (1–4) – subscriber
// (4); otherwise it is kept as 10 digits without hyphens, because the length
// of the area code (市外局番) varies and is not checked against the numbering plan.
// Not accepted: 020 (M2M), 010 and 00… (international call prefixes), short
// numbers (110, 119), dots as separators, extensions.
class PhoneNumber {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
public:
    enum class Kind { Fixed, Mobile, IpPhone, FreeDial, NaviDial };

    static Result<PhoneNumber> parse(const QString &input);

    Kind kind() const { return m_kind; }
    QString digits() const { return m_digits; }   // 09012345678
    QString formatted() const { return m_formatted; } // 090-1234-5678

    friend bool operator==(const PhoneNumber &, const PhoneNumber &) = default;

private:
    PhoneNumber(Kind kind, QString digits, QString formatted)
        : m_kind(kind), m_digits(std::move(digits)), m_formatted(std::move(formatted)) {}

    Kind m_kind;
    QString m_digits;
    QString m_formatted;
};

} // namespace kakanai::jp
