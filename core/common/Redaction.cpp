#include "Redaction.h"

#include <QRegularExpression>

namespace kakanai::redact {

QString hidden(const QString &value)
{
    return QStringLiteral("[redacted %1]").arg(value.size());
}

QString maskIndividualNumber(const QString &digits, bool keepLastFour)
{
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char(' ');
        const bool keep = keepLastFour && i >= n - 4;
        out += keep ? digits.at(i) : QLatin1Char('*');
    }
    return out;
}

QString scrubText(const QString &text)
{
    // [0-9０-９]: ASCII and full-width digits. Groups of 4 may be separated by
    // one space, hyphen or full-width hyphen-like character.
    static const QRegularExpression twelveDigits(QStringLiteral(
        // Not inside a longer run of digits, nor the last group of a UUID
        // (12 hex digits after a hyphen, which may happen to be all decimal).
        "(?<![0-9A-Fa-f\\x{FF10}-\\x{FF19}]|[0-9A-Fa-f]-)"
        "[0-9\\x{FF10}-\\x{FF19}]{4}[ \\-\\x{2010}-\\x{2015}\\x{FF0D}\\x{3000}]?"
        "[0-9\\x{FF10}-\\x{FF19}]{4}[ \\-\\x{2010}-\\x{2015}\\x{FF0D}\\x{3000}]?"
        "[0-9\\x{FF10}-\\x{FF19}]{4}"
        "(?![0-9A-Fa-f\\x{FF10}-\\x{FF19}])"));
    static const QRegularExpression secretPairs(QStringLiteral(
        "\\b(pin|password|passwd|secret|token|individualNumber|myNumber)(\"?\\s*[:=]\\s*\"?)[^\\s\",}]+"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(secretPairs, QStringLiteral("\\1\\2[redacted]"));
    out.replace(twelveDigits, QStringLiteral("[number]"));
    return out;
}

} // namespace kakanai::redact
