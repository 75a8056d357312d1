#pragma once

// Reading a PDF back as text for the print tests.

#include <QFont>
#include <QHash>
#include <QProcess>
#include <QRawFont>
#include <QStandardPaths>
#include <QString>
#include <QTest>

#include <utility>

namespace kakanai::print::test {

// `pdftotext -layout` of the whole file, or a null string when it failed.
inline QString pdfText(const QString &pdfPath)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath,
                                          QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Noto CJK draws some characters with the glyph of another one (the radical
// ⽇ U+2F47 and the ideograph 日, ‧ U+2027 and ・ U+30FB), and Qt's PDF text map
// names a glyph by its lowest code point, so pdftotext gives the radical.
// Map each such character back to the kana, ideograph or full-width form that
// shares its glyph in `family`, and drop all white space (layout spacing,
// U+3000), so tests compare what a reader sees.
inline QString readable(const QString &text, const QString &family = QStringLiteral("Noto Sans CJK JP"))
{
    static QHash<QString, QHash<char16_t, char16_t>> cache;
    auto it = cache.find(family);
    if (it == cache.end()) {
        const QRawFont raw = QRawFont::fromFont(QFont(family));
        const auto glyphOf = [&raw](char16_t uc) -> quint32 {
            const auto glyphs = raw.glyphIndexesForString(QString(QChar(uc)));
            return glyphs.isEmpty() ? 0 : glyphs.first();
        };
        QHash<quint32, char16_t> preferredByGlyph;
        for (const auto &[from, to] : {std::pair<char16_t, char16_t>{0x3000, 0x30FF}, {0x4E00, 0x9FFF}, {0xFF00, 0xFFEF}}) {
            for (char16_t uc = from; uc <= to; ++uc) {
                const quint32 glyph = glyphOf(uc);
                if (glyph != 0 && !preferredByGlyph.contains(glyph))
                    preferredByGlyph.insert(glyph, uc);
            }
        }
        QHash<char16_t, char16_t> folds;
        for (char16_t uc = 0x2000; uc <= 0x2FFF; ++uc) {
            const quint32 glyph = glyphOf(uc);
            if (glyph != 0 && preferredByGlyph.contains(glyph))
                folds.insert(uc, preferredByGlyph.value(glyph));
        }
        it = cache.insert(family, folds);
    }
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        out.append(QChar(it->value(c.unicode(), c.unicode())));
    }
    return out;
}

inline QString compact(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace kakanai::print::test
