#include "Wareki.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <array>
#include <cmath>
#include <memory>

namespace kakanai::jp {

namespace {

// ICU numbers the Japanese eras from 大化 (645) = 0; 明治 is 232 and the later
// eras follow in order (ICU4J publishes this as JapaneseCalendar.MEIJI).
constexpr int32_t kIcuEraMeiji = 232;

constexpr double kMsPerDay = 86400000.0;
constexpr qint64 kJulianDayOfUnixEpoch = 2440588; // 1970-01-01

struct EraInfo {
    Era era;
    char16_t letter;
    const char16_t *name;
    QDate first; // first day as ICU has it (明治: ICU's 1868-09-08)
};

// Only used for messages and documentation-style queries; the conversion itself
// is ICU's, and the tests check that both agree at every boundary.
const std::array<EraInfo, 5> &eraTable()
{
    static const std::array<EraInfo, 5> table{{
        {Era::Meiji, u'M', u"明治", QDate(1868, 9, 8)},
        {Era::Taisho, u'T', u"大正", QDate(1912, 7, 30)},
        {Era::Showa, u'S', u"昭和", QDate(1926, 12, 25)},
        {Era::Heisei, u'H', u"平成", QDate(1989, 1, 8)},
        {Era::Reiwa, u'R', u"令和", QDate(2019, 5, 1)},
    }};
    return table;
}

const EraInfo &infoOf(Era era)
{
    return eraTable()[static_cast<size_t>(static_cast<int>(era) - 1)];
}

// One ICU calendar per thread: icu::Calendar objects are not thread-safe.
// Time zone UTC, so a day is exactly 86 400 000 ms and no DST shifts a date.
icu::Calendar *japaneseCalendar()
{
    thread_local std::unique_ptr<icu::Calendar> calendar = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
            icu::TimeZone::getGMT()->clone(), icu::Locale("ja_JP@calendar=japanese"), status));
        if (U_FAILURE(status) || !cal || qstrcmp(cal->getType(), "japanese") != 0)
            return std::unique_ptr<icu::Calendar>();
        return cal;
    }();
    return calendar.get();
}

Error icuUnavailable(const char *what, UErrorCode status)
{
    return Error(ErrorCode::Internal, Wareki::tr("The Japanese calendar is not available on this computer."),
                 QStringLiteral("icu %1: %2").arg(QLatin1String(what), QLatin1String(u_errorName(status))));
}

struct IcuFields {
    int32_t era;
    int32_t year;
    int32_t month; // 1-based
    int32_t day;
};

Result<IcuFields> icuFieldsOf(QDate date)
{
    icu::Calendar *cal = japaneseCalendar();
    if (!cal)
        return std::unexpected(icuUnavailable("createInstance", U_UNSUPPORTED_ERROR));
    UErrorCode status = U_ZERO_ERROR;
    cal->clear();
    // Noon UTC: the middle of the day, far from any edge.
    cal->setTime(static_cast<double>(date.toJulianDay() - kJulianDayOfUnixEpoch) * kMsPerDay + kMsPerDay / 2,
                 status);
    IcuFields f{};
    f.era = cal->get(UCAL_ERA, status);
    f.year = cal->get(UCAL_YEAR, status);
    f.month = cal->get(UCAL_MONTH, status) + 1;
    f.day = cal->get(UCAL_DATE, status);
    if (U_FAILURE(status))
        return std::unexpected(icuUnavailable("get", status));
    return f;
}

// ICU, lenient: 平成32年1月1日 becomes 2020-01-01; the caller checks the round trip.
Result<QDate> icuDateOf(Era era, int year, int month, int day)
{
    icu::Calendar *cal = japaneseCalendar();
    if (!cal)
        return std::unexpected(icuUnavailable("createInstance", U_UNSUPPORTED_ERROR));
    UErrorCode status = U_ZERO_ERROR;
    cal->clear();
    cal->set(UCAL_ERA, kIcuEraMeiji + static_cast<int>(era) - 1);
    cal->set(UCAL_YEAR, year);
    cal->set(UCAL_MONTH, month - 1);
    cal->set(UCAL_DATE, day);
    cal->set(UCAL_HOUR_OF_DAY, 12);
    const UDate ms = cal->getTime(status);
    if (U_FAILURE(status))
        return std::unexpected(icuUnavailable("getTime", status));
    return QDate::fromJulianDay(static_cast<qint64>(std::floor(ms / kMsPerDay)) + kJulianDayOfUnixEpoch);
}

Error before1873()
{
    return Error(ErrorCode::InvalidArgument,
                 Wareki::tr("Dates before 1 January 1873 (明治6年1月1日) are not supported: "
                            "Japan used the lunisolar calendar until then."),
                 QStringLiteral("before-1873"));
}

Error outsideEra(Era era)
{
    const QDate first = Wareki::firstSupportedDay(era);
    const QDate last = Wareki::lastDay(era);
    const QString message = last.isValid()
        ? Wareki::tr("This date is not in the %1 era, which runs from %2 to %3.")
              .arg(Wareki::eraName(era), first.toString(Qt::ISODate), last.toString(Qt::ISODate))
        : Wareki::tr("This date is not in the %1 era, which began on %2.")
              .arg(Wareki::eraName(era), first.toString(Qt::ISODate));
    return Error(ErrorCode::InvalidArgument, message, QStringLiteral("outside-era"));
}

int daysInMonth(int year, int month)
{
    return QDate(year, month, 1).daysInMonth();
}

} // namespace

Result<Wareki> Wareki::fromDate(QDate date)
{
    if (!date.isValid())
        return fail(ErrorCode::InvalidArgument, tr("This is not a valid date."), QStringLiteral("invalid-date"));
    if (date < firstSupportedDate())
        return std::unexpected(before1873());
    auto fields = icuFieldsOf(date);
    if (!fields)
        return std::unexpected(fields.error());
    const int index = fields->era - kIcuEraMeiji;
    if (index < 0 || index > static_cast<int>(Era::Reiwa) - 1) {
        return fail(ErrorCode::InvalidData, tr("This date is in an era this version of the program does not know."),
                    QStringLiteral("unknown-era icu-era=%1").arg(fields->era));
    }
    if (fields->month != date.month() || fields->day != date.day()) {
        // Cannot happen from 1873 on; refuse rather than print a wrong date.
        return fail(ErrorCode::Internal, tr("The Japanese calendar gave an unexpected answer."),
                    QStringLiteral("icu month/day differ from Gregorian"));
    }
    return Wareki(static_cast<Era>(index + 1), fields->year, date);
}

Result<Wareki> Wareki::fromEraDate(Era era, int year, int month, int day)
{
    if (static_cast<int>(era) < 1 || static_cast<int>(era) > 5)
        return fail(ErrorCode::InvalidArgument, tr("Unknown era."), QStringLiteral("unknown-era"));
    if (year < 1 || year > 9999 || infoOf(era).first.year() + year - 1 > 9999) {
        return fail(ErrorCode::InvalidArgument, tr("The year of the era must be 1 (元年) or more."),
                    QStringLiteral("year-out-of-range"));
    }
    if (month < 1 || month > 12)
        return fail(ErrorCode::InvalidArgument, tr("The month must be between 1 and 12."),
                    QStringLiteral("month-out-of-range"));
    const int gregorianYear = infoOf(era).first.year() + year - 1;
    const int maxDay = daysInMonth(gregorianYear, month);
    if (day < 1 || day > maxDay) {
        return fail(ErrorCode::InvalidArgument, tr("The day must be between 1 and %1 for this month.").arg(maxDay),
                    QStringLiteral("day-out-of-range"));
    }
    if (QDate(gregorianYear, month, day) < firstSupportedDate())
        return std::unexpected(before1873());

    auto date = icuDateOf(era, year, month, day);
    if (!date)
        return std::unexpected(date.error());
    auto back = fromDate(*date);
    if (!back)
        return std::unexpected(back.error());
    if (back->era() != era || back->year() != year || back->month() != month || back->day() != day)
        return std::unexpected(outsideEra(era));
    return *back;
}

QString Wareki::toString(Style style, FirstYear firstYear) const
{
    switch (style) {
    case Style::Kanji: {
        const QString yearText = (m_year == 1 && firstYear == FirstYear::Gannen) ? QStringLiteral("元")
                                                                                : QString::number(m_year);
        return QStringLiteral("%1%2年%3月%4日").arg(eraName(m_era), yearText).arg(month()).arg(day());
    }
    case Style::Letter:
        return QStringLiteral("%1%2.%3.%4").arg(eraLetter(m_era)).arg(m_year).arg(month()).arg(day());
    case Style::LetterPadded:
        return QStringLiteral("%1%2.%3.%4")
            .arg(eraLetter(m_era))
            .arg(m_year, 2, 10, QLatin1Char('0'))
            .arg(month(), 2, 10, QLatin1Char('0'))
            .arg(day(), 2, 10, QLatin1Char('0'));
    }
    return {};
}

Result<QString> Wareki::eraYYMMDD() const
{
    if (m_year > 99) {
        return fail(ErrorCode::InvalidArgument, tr("The year of the era does not fit in two digits."),
                    QStringLiteral("year-not-two-digits"));
    }
    return QStringLiteral("%1%2%3")
        .arg(m_year, 2, 10, QLatin1Char('0'))
        .arg(month(), 2, 10, QLatin1Char('0'))
        .arg(day(), 2, 10, QLatin1Char('0'));
}

Result<QString> Wareki::sevenDigitCode() const
{
    auto yymmdd = eraYYMMDD();
    if (!yymmdd)
        return yymmdd;
    return QString::number(eraCode(m_era)) + *yymmdd;
}

QString Wareki::eraName(Era era)
{
    return QString::fromUtf16(infoOf(era).name);
}

QChar Wareki::eraLetter(Era era)
{
    return QChar(infoOf(era).letter);
}

std::optional<Era> Wareki::eraFromName(QStringView name)
{
    for (const EraInfo &info : eraTable()) {
        if (name == QStringView(info.name))
            return info.era;
    }
    return std::nullopt;
}

std::optional<Era> Wareki::eraFromLetter(QChar letter)
{
    const QChar upper = letter.toUpper();
    for (const EraInfo &info : eraTable()) {
        if (upper == QChar(info.letter))
            return info.era;
    }
    return std::nullopt;
}

std::optional<Era> Wareki::eraFromCode(int code)
{
    if (code < 1 || code > 5)
        return std::nullopt;
    return static_cast<Era>(code);
}

QDate Wareki::firstSupportedDay(Era era)
{
    return era == Era::Meiji ? firstSupportedDate() : infoOf(era).first;
}

QDate Wareki::lastDay(Era era)
{
    if (era == Era::Reiwa)
        return {};
    return infoOf(static_cast<Era>(static_cast<int>(era) + 1)).first.addDays(-1);
}

} // namespace kakanai::jp
