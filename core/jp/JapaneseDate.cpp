#include "JapaneseDate.h"

#include "IcuString.h"

#include <QRegularExpression>

#include <unicode/normalizer2.h>

namespace kakanai::jp {

namespace {

// NFKC, then every dash-like character a Japanese IME may produce as '-', then
// whitespace collapsed. Dates carry no names, so full NFKC is safe here.
QString cleanDateInput(const QString &input)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkc = icu::Normalizer2::getNFKCInstance(status);
    QString text = input;
    if (U_SUCCESS(status) && nfkc) {
        const icu::UnicodeString normalized = nfkc->normalize(detail::toIcu(input), status);
        if (U_SUCCESS(status))
            text = detail::fromIcu(normalized);
    }
    static const QRegularExpression dashes(QStringLiteral("[\\x{2010}-\\x{2015}\\x{2212}\\x{30FC}\\x{FF70}]"));
    text.replace(dashes, QStringLiteral("-"));
    return text.simplified();
}

Error unrecognised()
{
    return Error(ErrorCode::InvalidArgument,
                 JapaneseDate::tr("This is not a date. Examples: 令和6年4月1日, R6.4.1, 5060401, 2024-04-01."),
                 QStringLiteral("unrecognised-format"));
}

Error unknownEra()
{
    return Error(ErrorCode::InvalidArgument,
                 JapaneseDate::tr("Unknown era. Use 明治, 大正, 昭和, 平成 or 令和 (M, T, S, H, R)."),
                 QStringLiteral("unknown-era"));
}

Result<QDate> gregorian(int year, int month, int day)
{
    if (month < 1 || month > 12) {
        return fail(ErrorCode::InvalidArgument, JapaneseDate::tr("The month must be between 1 and 12."),
                    QStringLiteral("month-out-of-range"));
    }
    const int maxDay = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > maxDay) {
        return fail(ErrorCode::InvalidArgument,
                    JapaneseDate::tr("The day must be between 1 and %1 for this month.").arg(maxDay),
                    QStringLiteral("day-out-of-range"));
    }
    const QDate date(year, month, day);
    if (date < Wareki::firstSupportedDate()) {
        return fail(ErrorCode::InvalidArgument,
                    JapaneseDate::tr("Dates before 1 January 1873 are not supported."), QStringLiteral("before-1873"));
    }
    return date;
}

Result<QDate> eraDate(std::optional<Era> era, int year, int month, int day)
{
    if (!era)
        return std::unexpected(unknownEra());
    auto wareki = Wareki::fromEraDate(*era, year, month, day);
    if (!wareki)
        return std::unexpected(wareki.error());
    return wareki->toDate();
}

} // namespace

Result<QDate> JapaneseDate::parse(const QString &input)
{
    const QString text = cleanDateInput(input);
    if (text.isEmpty())
        return std::unexpected(unrecognised());

    // Gregorian: 2024-04-01, 2024/4/1, 2024.4.1, 2024年4月1日
    static const QRegularExpression gregorianRe(QStringLiteral(
        "^(\\d{4}) ?(?:年|[./-]) ?(\\d{1,2}) ?(?:月|[./-]) ?(\\d{1,2}) ?日?$"));
    // 20240401
    static const QRegularExpression compactRe(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    // 5060401: era digit + YYMMDD
    static const QRegularExpression codeRe(QStringLiteral("^(\\d)(\\d{2})(\\d{2})(\\d{2})$"));
    // Era forms. The era part is anything that is not a digit or separator, so
    // that an unknown era (天保, X) is reported as such and not as garbage.
    static const QRegularExpression eraRe(QStringLiteral(
        "^([^\\d\\s./-]+?)\\.? ?(元|\\d{1,4}) ?(?:年|[./-]) ?(\\d{1,2}) ?(?:月|[./-]) ?(\\d{1,2}) ?日?$"));

    if (auto m = gregorianRe.match(text); m.hasMatch())
        return gregorian(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = compactRe.match(text); m.hasMatch())
        return gregorian(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = codeRe.match(text); m.hasMatch()) {
        return eraDate(Wareki::eraFromCode(m.captured(1).toInt()), m.captured(2).toInt(), m.captured(3).toInt(),
                       m.captured(4).toInt());
    }
    if (auto m = eraRe.match(text); m.hasMatch()) {
        const QString eraText = m.captured(1);
        std::optional<Era> era = Wareki::eraFromName(eraText);
        if (!era && eraText.size() == 1)
            era = Wareki::eraFromLetter(eraText.front());
        const QString yearText = m.captured(2);
        const int year = yearText == QStringLiteral("元") ? 1 : yearText.toInt();
        return eraDate(era, year, m.captured(3).toInt(), m.captured(4).toInt());
    }
    return std::unexpected(unrecognised());
}

Result<Wareki> JapaneseDate::parseWareki(const QString &input)
{
    auto date = parse(input);
    if (!date)
        return std::unexpected(date.error());
    return Wareki::fromDate(*date);
}

Result<QString> JapaneseDate::format(QDate date, Wareki::Style style, Wareki::FirstYear firstYear)
{
    auto wareki = Wareki::fromDate(date);
    if (!wareki)
        return std::unexpected(wareki.error());
    return wareki->toString(style, firstYear);
}

Result<QString> JapaneseDate::eraYYMMDD(QDate date)
{
    auto wareki = Wareki::fromDate(date);
    if (!wareki)
        return std::unexpected(wareki.error());
    return wareki->eraYYMMDD();
}

Result<QString> JapaneseDate::sevenDigitCode(QDate date)
{
    auto wareki = Wareki::fromDate(date);
    if (!wareki)
        return std::unexpected(wareki.error());
    return wareki->sevenDigitCode();
}

} // namespace kakanai::jp
