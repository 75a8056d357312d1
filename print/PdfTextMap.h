#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QSet>
#include <QString>

#include <vector>

namespace kakanai::print {

// The text layer of a PDF written by QPdfWriter, made to say exactly what was
// drawn.
//
// Qt 6.4 names each glyph of an embedded font subset (its ToUnicode map) by
// the lowest BMP code point the font draws with that glyph, so Noto CJK's 日
// comes out as the radical ⽇ U+2F47, 民 as ⺠, and a character outside the
// BMP (𠮷) has no text at all. Searching, copying and reading aloud then fail
// on names.
//
// The renderer tells this class every string it draws (addDrawn(), in drawing
// order). rewrite() then shapes those strings as Qt did, so it knows which
// glyph of which font stands for which text, finds each glyph of every font
// subset in the PDF by its outline, and writes a new ToUnicode map (with
// qpdf) naming every glyph by the text drawn with it, surrogate pairs
// included. When two drawn texts share one glyph (日 and ⽇), the map names
// the one without compatibility characters, then the one in NFC.
//
// Works on what QPdfWriter writes: Type0 fonts with a CIDFontType2 subset
// (FontFile2) and CIDToGIDMap /Identity. A font it cannot match keeps Qt's
// map, with a warning in the log (counts only, never text).
class PdfTextMap {
    Q_DECLARE_TR_FUNCTIONS(PdfTextMap)
public:
    // `text` was drawn with `font` (QPainter::drawText, one call).
    void addDrawn(const QFont &font, const QString &text);

    // `pdf` with the text map of each font rebuilt from the drawn text.
    // Internal error when qpdf cannot read or write it.
    Result<QByteArray> rewrite(const QByteArray &pdf) const;

private:
    struct Drawn {
        QFont font;
        QString text;
    };
    std::vector<Drawn> m_drawn;
    QSet<QString> m_seen;
};

} // namespace kakanai::print
