#pragma once

#include "SecureBuffer.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace kakanai {

// 照合番号B: the 14 digits that open EF 0002 without the PIN, for a citizen
// who forgot it. All parts are printed on the card face:
//   birth date as YYMMDD with the year of the Japanese era (和暦) in force on
//   that day + expiry year YYYY + 4-digit security code.
// Example: born 1980-02-17 (昭和55), expiry 2035, code 2285 → 55021720352285.
class MatchingCodeB {
    Q_DECLARE_TR_FUNCTIONS(MatchingCodeB)
public:
    enum class Era { Meiji, Taisho, Showa, Heisei, Reiwa };
    struct EraYear {
        Era era;
        int year; // 1 for 元年
    };

    // Era start dates (Gregorian): 明治 1868-10-23, 大正 1912-07-30,
    // 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01. nullopt before 明治
    // or for an invalid date.
    static std::optional<EraYear> eraOf(QDate date);

    // "550217" for 1980-02-17. Years past 99 of an era cannot be written in
    // two digits: nullopt.
    static std::optional<QByteArray> eraYyMmDd(QDate date);

    // The 14 digits. InvalidArgument for a date before 明治, an expiry year
    // outside 2000–2199 or a security code that is not 4 ASCII digits.
    static Result<SecureBuffer> build(QDate birthDate, int expiryYear, QByteArrayView securityCode);

    static constexpr int kLength = 14;
};

} // namespace kakanai
