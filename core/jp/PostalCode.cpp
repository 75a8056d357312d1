#include "PostalCode.h"

#include "KanaNormalizer.h"

#include <QRegularExpression>

namespace kakanai::jp {

Result<PostalCode> PostalCode::parse(const QString &input)
{
    // Full-width digits and － → ASCII; every dash-like character → '-';
    // U+3000 and other spaces → one ASCII space.
    QString s = KanaNormalizer::fullwidthAsciiToAscii(input);
    static const QRegularExpression dashes(QStringLiteral("[\\x{2010}-\\x{2015}\\x{2212}\\x{30FC}\\x{FF70}]"));
    s.replace(dashes, QStringLiteral("-"));
    s = KanaNormalizer::normalizeSpaces(s, KanaNormalizer::Spaces::Ascii);
    if (s.startsWith(QChar(0x3012))) // 〒
        s = s.mid(1).trimmed();
    if (s.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("The postal code is empty."), QStringLiteral("empty"));

    static const QRegularExpression shape(QStringLiteral("^(\\d{3})(?: ?- ?| )?(\\d{4})$"));
    if (const auto m = shape.match(s); m.hasMatch())
        return PostalCode(m.captured(1) + m.captured(2));

    qsizetype digitCount = 0;
    for (const QChar c : std::as_const(s))
        digitCount += (c >= u'0' && c <= u'9') ? 1 : 0;
    if (digitCount != 7)
        return fail(ErrorCode::InvalidArgument, tr("A postal code has seven digits, as in 123-4567."),
                    QStringLiteral("not-seven-digits count=%1").arg(digitCount));
    return fail(ErrorCode::InvalidArgument, tr("Write the postal code as 123-4567."), QStringLiteral("bad-shape"));
}

Result<QString> PostalCode::normalize(const QString &input)
{
    auto code = parse(input);
    if (!code)
        return std::unexpected(code.error());
    return code->toString();
}

QString PostalCode::toString() const
{
    return m_digits.left(3) + QLatin1Char('-') + m_digits.mid(3);
}

} // namespace kakanai::jp
