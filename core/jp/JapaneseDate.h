#pragma once

#include "Wareki.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kakanai::jp {

// Reading and writing dates the way clerks and citizens type them.
//
// parse() accepts, after NFKC (full-width digits and punctuation become ASCII,
// ㍻/㋿ become 平成/令和) and with spaces allowed between the parts:
//   era forms    令和6年4月1日, 令和元年5月1日, R6.4.1, r6/4/1, R06-04-01, H.31.4.30
//                (era name 明治/大正/昭和/平成/令和 or letter M/T/S/H/R, any case;
//                 year, month and day separated by 年/月/日 or . / -)
//   7-digit code 5060401: era digit (1 明治 … 5 令和) + YYMMDD
//   Gregorian    2024-04-01, 2024/4/1, 2024.4.1, 2024年4月1日, 20240401
// Errors carry a stable technicalDetail(): "unrecognised-format", "unknown-era",
// "year-out-of-range", "month-out-of-range", "day-out-of-range", "outside-era",
// "before-1873". Messages never repeat what was typed.
class JapaneseDate {
    Q_DECLARE_TR_FUNCTIONS(JapaneseDate)
public:
    static Result<QDate> parse(const QString &input);
    static Result<Wareki> parseWareki(const QString &input);

    // 令和6年4月1日 / R6.4.1 / R06.04.01 for a Gregorian date.
    static Result<QString> format(QDate date, Wareki::Style style = Wareki::Style::Kanji,
                                  Wareki::FirstYear firstYear = Wareki::FirstYear::Gannen);

    // The birth-date part of 照合番号B: YYMMDD with the era year
    // (1980-02-17, 昭和55 → "550217").
    static Result<QString> eraYYMMDD(QDate date);

    // 7-digit date code: 2024-04-01 → "5060401".
    static Result<QString> sevenDigitCode(QDate date);
};

} // namespace kakanai::jp
