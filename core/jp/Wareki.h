#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace kakanai::jp {

// The five modern eras (元号). The value is the era digit that Japanese
// government systems put in front of a YYMMDD date (7-digit date code).
enum class Era { Meiji = 1, Taisho = 2, Showa = 3, Heisei = 4, Reiwa = 5 };

// A date in the Japanese calendar (和暦): era, era year, month, day.
//
// Conversion goes through ICU's Japanese calendar ("ja_JP@calendar=japanese"),
// so the era boundaries are ICU's: 大正 1912-07-30, 昭和 1926-12-25,
// 平成 1989-01-08, 令和 2019-05-01. Since 1873-01-01 (明治6年1月1日, when Japan
// adopted the Gregorian calendar) month and day are the Gregorian ones; before
// that the official calendar was lunisolar and ICU's answer would be wrong, so
// dates before 1873-01-01 are refused (see docs/japanese-text.md).
//
// A Wareki object always holds a valid, supported date.
class Wareki {
    Q_DECLARE_TR_FUNCTIONS(Wareki)
public:
    enum class Style {
        Kanji,        // 令和6年4月1日 (元年 for year 1 unless FirstYear::Numeral)
        Letter,       // R6.4.1
        LetterPadded, // R06.04.01
    };
    enum class FirstYear {
        Gannen,  // 令和元年
        Numeral, // 令和1年
    };

    // The era date of a Gregorian date. Fails for an invalid date, a date
    // before 1873-01-01, or an era this version does not know (after 令和).
    static Result<Wareki> fromDate(QDate date);

    // Checks an era date: year >= 1, month 1–12, day within the month, the day
    // inside the era (平成32年 or 令和元年4月30日 fail), and not before 1873.
    // Error::technicalDetail() names the reason: "year-out-of-range",
    // "month-out-of-range", "day-out-of-range", "outside-era", "before-1873".
    static Result<Wareki> fromEraDate(Era era, int year, int month, int day);

    Era era() const { return m_era; }
    int year() const { return m_year; }
    int month() const { return m_date.month(); }
    int day() const { return m_date.day(); }
    QDate toDate() const { return m_date; }

    QString toString(Style style = Style::Kanji, FirstYear firstYear = FirstYear::Gannen) const;

    // YYMMDD with the era year, as in 照合番号B: 1980-02-17 (昭和55) → "550217".
    // Fails (detail "year-not-two-digits") from 令和100年 on.
    Result<QString> eraYYMMDD() const;

    // Era digit + YYMMDD, as used in government systems: 令和6年4月1日 → "5060401".
    Result<QString> sevenDigitCode() const;

    static QString eraName(Era era);    // 令和
    static QChar eraLetter(Era era);    // R
    static int eraCode(Era era) { return static_cast<int>(era); }
    static std::optional<Era> eraFromName(QStringView name);  // 明治 … 令和
    static std::optional<Era> eraFromLetter(QChar letter);    // M T S H R, either case
    static std::optional<Era> eraFromCode(int code);          // 1 … 5

    // First day this class accepts for an era: the era's first day, except
    // 明治, for which it is 1873-01-01 (明治6年1月1日).
    static QDate firstSupportedDay(Era era);
    // Last day of an era; an invalid QDate for the current era (令和).
    static QDate lastDay(Era era);
    // 1873-01-01.
    static QDate firstSupportedDate() { return QDate(1873, 1, 1); }

    friend bool operator==(const Wareki &, const Wareki &) = default;

private:
    Wareki(Era era, int year, QDate date) : m_era(era), m_year(year), m_date(date) {}

    Era m_era;
    int m_year;
    QDate m_date;
};

} // namespace kakanai::jp
