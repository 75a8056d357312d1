#include "OfficeClosures.h"

#include <cmath>

namespace kakanai::queue {

namespace {

// The n-th Monday of a month (ハッピーマンデー).
QDate nthMonday(int year, int month, int n)
{
    const QDate first(year, month, 1);
    const int toMonday = (Qt::Monday - first.dayOfWeek() + 7) % 7;
    return first.addDays(toMonday + 7 * (n - 1));
}

bool isYearEndBreak(QDate date)
{
    return (date.month() == 12 && date.day() >= 29) || (date.month() == 1 && date.day() <= 3);
}

bool isWeekend(QDate date)
{
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
}

} // namespace

int OfficeClosures::vernalEquinoxDay(int year)
{
    const int y = year - 1980;
    return static_cast<int>(std::floor(20.8431 + 0.242194 * y - std::floor(y / 4.0)));
}

int OfficeClosures::autumnalEquinoxDay(int year)
{
    const int y = year - 1980;
    return static_cast<int>(std::floor(23.2488 + 0.242194 * y - std::floor(y / 4.0)));
}

bool OfficeClosures::isNamedHoliday(QDate date)
{
    const int y = date.year();
    const int m = date.month();
    const int d = date.day();
    switch (m) {
    case 1:
        return d == 1 || date == nthMonday(y, 1, 2);
    case 2:
        return d == 11 || (d == 23 && y >= 2020);
    case 3:
        return d == vernalEquinoxDay(y);
    case 4:
        return d == 29;
    case 5:
        return d >= 3 && d <= 5;
    case 7:
        // 海の日 (3rd Monday); in 2020 and 2021 it and スポーツの日 moved for the Olympics.
        if (y == 2020)
            return d == 23 || d == 24;
        if (y == 2021)
            return d == 22 || d == 23;
        return date == nthMonday(y, 7, 3);
    case 8:
        // 山の日
        if (y == 2020)
            return d == 10;
        if (y == 2021)
            return d == 8;
        return d == 11 && y >= 2016;
    case 9:
        return date == nthMonday(y, 9, 3) || d == autumnalEquinoxDay(y);
    case 10:
        return y != 2020 && y != 2021 && date == nthMonday(y, 10, 2);
    case 11:
        return d == 3 || d == 23;
    case 12:
        return d == 23 && y >= 1989 && y <= 2018;
    default:
        return false;
    }
}

bool OfficeClosures::isNationalHoliday(QDate date)
{
    if (isNamedHoliday(date))
        return true;
    // 振替休日: a holiday on a Sunday moves to the next day that is not itself one.
    QDate before = date.addDays(-1);
    while (isNamedHoliday(before)) {
        if (before.dayOfWeek() == Qt::Sunday)
            return true;
        before = before.addDays(-1);
    }
    // 国民の休日: a day (not a Sunday) between two holidays.
    return date.dayOfWeek() != Qt::Sunday && isNamedHoliday(date.addDays(-1)) && isNamedHoliday(date.addDays(1));
}

bool OfficeClosures::isOfficeDay(QDate date)
{
    return date.isValid() && !isWeekend(date) && !isYearEndBreak(date) && !isNationalHoliday(date);
}

bool OfficeClosures::isFirstDayAfterClosure(QDate date)
{
    if (!isOfficeDay(date))
        return false;
    for (QDate before = date.addDays(-1); !isOfficeDay(before); before = before.addDays(-1))
        if (!isWeekend(before))
            return true;
    return false;
}

bool OfficeClosures::isAmongLastOfficeDaysOfMonth(QDate date, int count)
{
    if (!isOfficeDay(date))
        return false;
    int later = 0;
    for (QDate next = date.addDays(1); next.month() == date.month(); next = next.addDays(1))
        if (isOfficeDay(next) && ++later >= count)
            return false;
    return true;
}

} // namespace kakanai::queue
