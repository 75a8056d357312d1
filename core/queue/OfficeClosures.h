#pragma once

#include <QDate>

namespace kakanai::queue {

// When a Japanese municipal office is closed (docs/queue-simulation.md,
// "Calendar"): Saturdays and Sundays, the year-end break (12/29–1/3), and the
// national holidays (国民の祝日) with their substitute days (振替休日) and the
// day between two holidays (国民の休日). The rules are those in force since
// 2020 (天皇誕生日 2/23), with the moved days of 2020 and 2021 (Olympics) and
// 12/23 until 2018; the equinoxes come from the usual approximation, good for
// 1980–2099. Special one-off holidays (2019's accession days) are not listed.
class OfficeClosures {
public:
    // A national holiday, substitute holiday or 国民の休日.
    static bool isNationalHoliday(QDate date);
    // The office is open: a weekday that is neither a holiday nor in the year-end break.
    static bool isOfficeDay(QDate date);
    // The office was closed on the day before this office day for some reason
    // other than a plain weekend (a holiday, the year-end break, a long weekend).
    static bool isFirstDayAfterClosure(QDate date);
    // Whether this office day is one of the last `count` office days of its month.
    static bool isAmongLastOfficeDaysOfMonth(QDate date, int count);

    static int vernalEquinoxDay(int year);
    static int autumnalEquinoxDay(int year);

private:
    // The holidays named by law, before substitutes and 国民の休日.
    static bool isNamedHoliday(QDate date);
};

} // namespace kakanai::queue
