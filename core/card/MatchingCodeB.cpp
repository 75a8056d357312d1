#include "MatchingCodeB.h"

#include <array>

namespace kakanai {

namespace {

struct EraStart {
    MatchingCodeB::Era era;
    QDate start;
};

const std::array<EraStart, 5> &eraStarts()
{
    // Newest first.
    static const std::array<EraStart, 5> starts = {{
        {MatchingCodeB::Era::Reiwa, QDate(2019, 5, 1)},
        {MatchingCodeB::Era::Heisei, QDate(1989, 1, 8)},
        {MatchingCodeB::Era::Showa, QDate(1926, 12, 25)},
        {MatchingCodeB::Era::Taisho, QDate(1912, 7, 30)},
        {MatchingCodeB::Era::Meiji, QDate(1868, 10, 23)},
    }};
    return starts;
}

} // namespace

std::optional<MatchingCodeB::EraYear> MatchingCodeB::eraOf(QDate date)
{
    if (!date.isValid())
        return std::nullopt;
    for (const EraStart &e : eraStarts()) {
        if (date >= e.start)
            return EraYear{e.era, date.year() - e.start.year() + 1};
    }
    return std::nullopt;
}

std::optional<QByteArray> MatchingCodeB::eraYyMmDd(QDate date)
{
    const auto era = eraOf(date);
    if (!era || era->year > 99)
        return std::nullopt;
    return QStringLiteral("%1%2%3")
        .arg(era->year, 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .toLatin1();
}

Result<SecureBuffer> MatchingCodeB::build(QDate birthDate, int expiryYear, QByteArrayView securityCode)
{
    const auto yymmdd = eraYyMmDd(birthDate);
    if (!yymmdd)
        return fail(ErrorCode::InvalidArgument, tr("The birth date cannot be written in the Japanese calendar."),
                    QStringLiteral("matching code B: birth date out of range"));
    if (expiryYear < 2000 || expiryYear > 2199)
        return fail(ErrorCode::InvalidArgument, tr("The expiry year must have four digits, as printed on the card."),
                    QStringLiteral("matching code B: expiry year out of range"));
    bool digits = securityCode.size() == 4;
    for (char c : securityCode)
        digits = digits && c >= '0' && c <= '9';
    if (!digits)
        return fail(ErrorCode::InvalidArgument, tr("The security code must be the 4 digits printed on the card."),
                    QStringLiteral("matching code B: security code is not 4 digits"));

    SecureBuffer out;
    out.append(*yymmdd);
    out.append(QByteArray::number(expiryYear));
    out.append(securityCode);
    return out;
}

} // namespace kakanai
