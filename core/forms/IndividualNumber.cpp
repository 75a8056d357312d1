#include "IndividualNumber.h"

namespace kakanai::forms {

int IndividualNumber::checkDigit(QByteArrayView first11)
{
    if (first11.size() != 11)
        return -1;
    int sum = 0;
    for (int n = 1; n <= 11; ++n) {
        const char c = first11.at(11 - n);
        if (c < '0' || c > '9')
            return -1;
        const int p = c - '0';
        const int q = n <= 6 ? n + 1 : n - 5;
        sum += p * q;
    }
    const int r = sum % 11;
    return r <= 1 ? 0 : 11 - r;
}

bool IndividualNumber::isValid(QByteArrayView digits)
{
    if (digits.size() != 12)
        return false;
    const char last = digits.at(11);
    if (last < '0' || last > '9')
        return false;
    return checkDigit(digits.first(11)) == last - '0';
}

Status IndividualNumber::validate(QByteArrayView digits)
{
    bool allDigits = digits.size() == 12;
    for (qsizetype i = 0; allDigits && i < digits.size(); ++i)
        allDigits = digits.at(i) >= '0' && digits.at(i) <= '9';
    if (!allDigits)
        return fail(ErrorCode::InvalidArgument, tr("An individual number has 12 digits."), QStringLiteral("length"));
    if (!isValid(digits))
        return fail(ErrorCode::InvalidArgument,
                    tr("This is not a valid individual number (the check digit does not match). Check the digits."),
                    QStringLiteral("check-digit"));
    return {};
}

std::optional<SecureBuffer> IndividualNumber::fromTyped(QStringView input)
{
    SecureBuffer out;
    for (const QChar ch : input) {
        const char16_t c = ch.unicode();
        if (c >= u'0' && c <= u'9')
            out.append(static_cast<char>(c - u'0' + '0'));
        else if (c >= u'０' && c <= u'９')
            out.append(static_cast<char>(c - u'０' + '0'));
        else if (c == u' ' || c == u'\u3000' || c == u'-' || c == u'－' || c == u'‐' || c == u'−')
            continue;
        else
            return std::nullopt;
    }
    return out;
}

QString IndividualNumber::masked()
{
    return QStringLiteral("●●●● ●●●● ●●●●");
}

} // namespace kakanai::forms
