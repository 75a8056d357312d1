#pragma once

#include "card/SecureBuffer.h"
#include "common/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace kakanai::forms {

// The 12-digit individual number (個人番号): 11 digits and a check digit.
//
// The check digit rule is the one of 行政手続における特定の個人を識別するための
// 番号の利用等に関する法律施行令 第8条:
//   Pn = the n-th of the 11 digits counted from the right (P1 is the 11th digit),
//   Qn = n + 1 for 1 ≤ n ≤ 6, n − 5 for 7 ≤ n ≤ 11,
//   r  = (Σ Pn × Qn) mod 11,
//   check digit = 0 when r ≤ 1, otherwise 11 − r.
// Example: 12345678901 → Σ = 212, r = 3, check digit 8 (123456789018).
//
// Nothing here puts the digits into a QString, a log or an error message.
class IndividualNumber {
    Q_DECLARE_TR_FUNCTIONS(IndividualNumber)
public:
    // The check digit for 11 ASCII digits; -1 for anything else.
    static int checkDigit(QByteArrayView first11);
    // 12 ASCII digits whose last digit is the check digit of the first 11.
    static bool isValid(QByteArrayView digits);
    // The same with a reason for the clerk (detail "length" or "check-digit").
    static Status validate(QByteArrayView digits);

    // Typed input → digits: full-width digits become ASCII, spaces and hyphens
    // are dropped. nullopt when anything else is in it.
    static std::optional<SecureBuffer> fromTyped(QStringView input);

    // What the screen and the paper show instead of the number.
    static QString masked();
};

} // namespace kakanai::forms
