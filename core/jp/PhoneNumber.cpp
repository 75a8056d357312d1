#include "PhoneNumber.h"

#include "KanaNormalizer.h"

#include <QRegularExpression>

namespace kakanai::jp {

namespace {

Error phoneError(const QString &message, const char *detail)
{
    return Error(ErrorCode::InvalidArgument, message, QLatin1String(detail));
}

QString grouped(const QString &digits, std::initializer_list<int> sizes)
{
    QStringList parts;
    qsizetype at = 0;
    for (const int size : sizes) {
        parts.append(digits.mid(at, size));
        at += size;
    }
    return parts.join(QLatin1Char('-'));
}

} // namespace

Result<PhoneNumber> PhoneNumber::parse(const QString &input)
{
    // Full-width digits, －, （）, ＋ → ASCII; dash-like characters, including
    // the long vowel mark typed in place of a hyphen → '-'; spaces → ' '.
    QString s = KanaNormalizer::fullwidthAsciiToAscii(input);
    static const QRegularExpression dashes(QStringLiteral("[\\x{2010}-\\x{2015}\\x{2212}\\x{30FC}\\x{FF70}]"));
    s.replace(dashes, QStringLiteral("-"));
    s = KanaNormalizer::normalizeSpaces(s, KanaNormalizer::Spaces::Ascii);
    if (s.isEmpty())
        return std::unexpected(phoneError(tr("The telephone number is empty."), "empty"));

    if (s.startsWith(QStringLiteral("+81"))) {
        s = s.mid(3);
        while (!s.isEmpty() && (s.front() == u' ' || s.front() == u'-'))
            s.remove(0, 1);
        if (!s.startsWith(u'0'))
            s.prepend(u'0');
    }

    static const QRegularExpression allowed(QStringLiteral("^[0-9() -]+$"));
    if (!allowed.match(s).hasMatch()) {
        return std::unexpected(
            phoneError(tr("A telephone number may contain only digits and hyphens."), "invalid-character"));
    }

    static const QRegularExpression separators(QStringLiteral("[() -]+"));
    const QStringList groups = s.split(separators, Qt::SkipEmptyParts);
    const QString digits = groups.join(QString());

    if (!digits.startsWith(u'0'))
        return std::unexpected(phoneError(tr("A telephone number starts with 0."), "not-starting-zero"));
    if (digits.startsWith(QStringLiteral("00")) || digits.startsWith(QStringLiteral("010"))) {
        return std::unexpected(
            phoneError(tr("International call prefixes (010, 00…) are not accepted; enter a Japanese number."),
                       "international-prefix"));
    }
    if (digits.startsWith(QStringLiteral("020"))) {
        return std::unexpected(
            phoneError(tr("Numbers starting with 020 (machine-to-machine lines) are not accepted."),
                       "unsupported-prefix"));
    }

    const auto prefix = [&digits](const char *p) { return digits.startsWith(QLatin1String(p)); };
    // 0800 is free dial, not a mobile 080 number.
    const bool freeDial0800 = prefix("0800");
    const bool mobile = (prefix("070") || prefix("080") || prefix("090")) && !freeDial0800;
    const bool ip = prefix("050");

    if (digits.size() == 11) {
        if (mobile)
            return PhoneNumber(Kind::Mobile, digits, grouped(digits, {3, 4, 4}));
        if (ip)
            return PhoneNumber(Kind::IpPhone, digits, grouped(digits, {3, 4, 4}));
        if (freeDial0800)
            return PhoneNumber(Kind::FreeDial, digits, grouped(digits, {4, 3, 4}));
        return std::unexpected(phoneError(
            tr("Only mobile (070, 080, 090), IP (050) and 0800 numbers have 11 digits."), "wrong-length"));
    }
    if (digits.size() == 10) {
        if (mobile || ip) {
            return std::unexpected(phoneError(
                tr("Mobile (070, 080, 090) and IP (050) numbers have 11 digits."), "wrong-length"));
        }
        if (freeDial0800)
            return std::unexpected(phoneError(tr("0800 numbers have 11 digits."), "wrong-length"));
        if (prefix("0120"))
            return PhoneNumber(Kind::FreeDial, digits, grouped(digits, {4, 3, 3}));
        if (prefix("0570"))
            return PhoneNumber(Kind::NaviDial, digits, grouped(digits, {4, 3, 3}));
        // Fixed line: the split between 市外局番 and 市内局番 varies (03-xxxx-xxxx,
        // 0xx-xxx-xxxx … 0xxxx-x-xxxx), so keep the caller's grouping when it is
        // plausible, and otherwise the bare digits.
        const bool plausible = groups.size() == 3 && groups[0].size() >= 2 && groups[0].size() <= 5
            && groups[1].size() >= 1 && groups[1].size() <= 4 && groups[2].size() == 4;
        return PhoneNumber(Kind::Fixed, digits, plausible ? groups.join(QLatin1Char('-')) : digits);
    }
    return std::unexpected(phoneError(
        tr("A telephone number has 10 digits, or 11 for mobile and IP phones."), "wrong-length"));
}

} // namespace kakanai::jp
