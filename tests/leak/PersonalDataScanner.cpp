#include "PersonalDataScanner.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace kakanai::test {

namespace {

// A digit as ASCII or full-width (U+FF10…U+FF19).
QString anyWidthDigit(char digit)
{
    return QString(QLatin1Char('[')) + QLatin1Char(digit) + QChar(char16_t(0xFF10 + (digit - '0'))) + QLatin1Char(']');
}

QString digitsPattern(const QByteArray &digits, bool grouped)
{
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        out += anyWidthDigit(digits.at(i));
        // 4-4-4 grouping with a space, a hyphen or an ideographic space.
        if (grouped && (i == 3 || i == 7))
            out += QStringLiteral("[ \\-\u3000]?");
    }
    return out;
}

// The base64 characters that encode `bytes` whatever came before them: for
// each alignment, only the 3-byte groups that lie wholly inside `bytes`.
QList<QByteArray> base64Cores(const QByteArray &bytes)
{
    QList<QByteArray> cores;
    for (int lead = 0; lead < 3; ++lead) {
        const QByteArray padded = QByteArray(lead, '\0') + bytes + QByteArray(2, '\0');
        const QByteArray encoded = padded.toBase64();
        QByteArray core;
        for (qsizetype group = 0; 3 * group + 3 <= padded.size(); ++group) {
            if (3 * group >= lead && 3 * group + 3 <= lead + bytes.size())
                core += encoded.mid(4 * group, 4);
        }
        if (core.size() >= 8)
            cores.append(core);
    }
    return cores;
}

// No pattern contains a surrogate; a string with a broken pair would match nothing.
QString withoutSurrogates(QString text)
{
    for (QChar &c : text) {
        if (c.isSurrogate())
            c = QChar(QChar::ReplacementCharacter);
    }
    return text;
}

QString utf16View(const QByteArray &data, int start, bool littleEndian)
{
    QString out;
    out.reserve(data.size() / 2 + 1);
    for (qsizetype i = start; i + 1 < data.size(); i += 2) {
        const auto a = static_cast<unsigned char>(data.at(i));
        const auto b = static_cast<unsigned char>(data.at(i + 1));
        const char16_t unit = char16_t(littleEndian ? (a | (b << 8)) : ((a << 8) | b));
        // Random bytes make lone surrogates, and QRegularExpression matches
        // nothing at all in a string that is not valid UTF-16: every surrogate
        // becomes U+FFFD (none of the patterns contains one).
        out.append(QChar::isSurrogate(unit) ? QChar(QChar::ReplacementCharacter) : QChar(unit));
    }
    return out;
}

} // namespace

QString LeakFinding::toString() const
{
    return QStringLiteral("%1: %2 (%3) at %4").arg(source, what, encoding).arg(offset);
}

PersonalDataScanner::PersonalDataScanner(const QByteArray &individualNumber, const QByteArray &pin)
{
    const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    m_textPatterns.append({QRegularExpression(digitsPattern(individualNumber, true), options),
                           QStringLiteral("individual number")});

    const QString pinDigits = digitsPattern(pin, false);
    m_textPatterns.append({QRegularExpression(QStringLiteral("(?:pin|\u6697\u8A3C\u756A\u53F7)[^0-9A-Za-z]{0,4}%1(?![0-9\uFF10-\uFF19])")
                                                  .arg(pinDigits),
                                              options),
                           QStringLiteral("PIN next to \"pin\"/暗証番号")});
    m_textPatterns.append({QRegularExpression(QStringLiteral("[\"']%1[\"']").arg(pinDigits), options),
                           QStringLiteral("PIN as a quoted value")});
    QString pinHex;
    for (char c : pin)
        pinHex += QStringLiteral(" ?%1").arg(int(static_cast<unsigned char>(c)), 2, 16, QLatin1Char('0'));
    m_textPatterns.append({QRegularExpression(QStringLiteral("00 ?20 ?00 ?80 ?04%1").arg(pinHex), options),
                           QStringLiteral("PIN in a hex dump of the VERIFY APDU")});

    m_bytePatterns.append({QByteArray::fromHex("0020008004") + pin, QStringLiteral("PIN in a VERIFY APDU")});
    m_bytePatterns.append({individualNumber.toHex(), QStringLiteral("individual number as hex")});
    m_bytePatterns.append({individualNumber.toHex().toUpper(), QStringLiteral("individual number as HEX")});
    for (const QByteArray &core : base64Cores(individualNumber))
        m_bytePatterns.append({core, QStringLiteral("individual number as base64")});
}

QList<LeakFinding> PersonalDataScanner::scan(const QString &source, const QByteArray &data)
{
    ++m_sources;
    m_bytes += data.size();
    m_sourceNames.append(source);
    QList<LeakFinding> findings;
    for (const BytePattern &p : std::as_const(m_bytePatterns)) {
        const qsizetype at = data.indexOf(p.bytes);
        if (at >= 0)
            findings.append({source, p.what, QStringLiteral("bytes"), at});
    }
    const std::pair<QString, QString> views[] = {
        {QStringLiteral("Latin-1/ASCII"), QString::fromLatin1(data)},
        {QStringLiteral("UTF-8"), withoutSurrogates(QString::fromUtf8(data))},
        {QStringLiteral("UTF-16LE"), utf16View(data, 0, true)},
        {QStringLiteral("UTF-16LE, odd offset"), utf16View(data, 1, true)},
        {QStringLiteral("UTF-16BE"), utf16View(data, 0, false)},
        {QStringLiteral("UTF-16BE, odd offset"), utf16View(data, 1, false)},
    };
    for (const auto &[encoding, text] : views) {
        for (const TextPattern &p : std::as_const(m_textPatterns)) {
            const QRegularExpressionMatch m = p.regex.match(text);
            if (m.hasMatch())
                findings.append({source, p.what, encoding, m.capturedStart()});
        }
    }
    return findings;
}

QList<LeakFinding> PersonalDataScanner::scanFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {{path, QStringLiteral("unreadable: %1").arg(f.errorString()), QString(), -1}};
    return scan(path, f.readAll());
}

QList<LeakFinding> PersonalDataScanner::scanTree(const QString &dir, const QStringList &skip)
{
    QList<LeakFinding> findings;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QFileInfo(it.next()).absoluteFilePath();
        if (skip.contains(path))
            continue;
        findings += scanFile(path);
    }
    return findings;
}

} // namespace kakanai::test
