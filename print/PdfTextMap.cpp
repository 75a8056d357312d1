#include "PdfTextMap.h"

#include <QGlyphRun>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QPainterPath>
#include <QRawFont>
#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <QtEndian>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <tuple>

Q_DECLARE_LOGGING_CATEGORY(lcPrint)

namespace kakanai::print {

namespace {

// Qt writes its font subsets with a 2048-unit em, in whole units; outlines are
// compared in those units.
constexpr qreal kEm = 2048.0;
// How far an outline may move in Qt's conversion (cubic curves become
// quadratic ones, coordinates are rounded) and still be the same glyph:
// at most 2.4 units over 3,500 Noto CJK glyphs.
constexpr qreal kSameGlyph = 4.0;
constexpr qreal kFar = std::numeric_limits<qreal>::infinity();

// A glyph's outline reduced to what survives Qt's conversion into a TrueType
// subset: contours, extent, where each contour starts (relative to the
// extent) and the advance. The position is kept apart, as Qt's subset may
// shift a whole glyph (seen with く).
struct GlyphShape {
    int contours = 0;
    QRectF bounds;
    QList<QPointF> starts;
    qreal advance = 0;
};

// `font` must be at its unitsPerEm pixel size.
GlyphShape shapeOf(const QRawFont &font, quint32 glyph)
{
    const qreal scale = kEm / font.unitsPerEm();
    const QPainterPath path = font.pathForGlyph(glyph);
    const QRectF bounds = path.boundingRect();
    GlyphShape shape;
    shape.bounds = QRectF(bounds.topLeft() * scale, bounds.size() * scale);
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) {
            ++shape.contours;
            shape.starts.append(QPointF(e.x, e.y) * scale - shape.bounds.topLeft());
        }
    }
    const QList<QPointF> advances = font.advancesForGlyphIndexes(QList<quint32>{glyph}, QRawFont::UseDesignMetrics);
    shape.advance = advances.isEmpty() ? 0 : advances.first().x() * scale;
    return shape;
}

qreal nearest(const QPointF &point, const QList<QPointF> &points)
{
    qreal best = kFar;
    for (const QPointF &other : points)
        best = std::min(best, std::max(std::abs(point.x() - other.x()), std::abs(point.y() - other.y())));
    return best;
}

// How far apart two outlines are, in units of a 2048 em; kFar when the
// number of contours differs.
qreal distance(const GlyphShape &a, const GlyphShape &b)
{
    if (a.contours != b.contours)
        return kFar;
    qreal d = std::max({std::abs(a.bounds.width() - b.bounds.width()), std::abs(a.bounds.height() - b.bounds.height()),
                        std::abs(a.advance - b.advance)});
    for (const QPointF &p : a.starts)
        d = std::max(d, nearest(p, b.starts));
    for (const QPointF &p : b.starts)
        d = std::max(d, nearest(p, a.starts));
    return d;
}

// The PostScript name (name ID 6), which Qt writes as the PDF font's /BaseFont.
QString postScriptName(const QRawFont &font)
{
    const QByteArray table = font.fontTable("name");
    const auto u16 = [&table](qsizetype at) -> int {
        return at >= 0 && at + 2 <= table.size() ? qFromBigEndian<quint16>(table.constData() + at) : -1;
    };
    const int count = u16(2);
    const int storage = u16(4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + qsizetype(i) * 12;
        const int platform = u16(record);
        const int nameId = u16(record + 6);
        const int length = u16(record + 8);
        const int offset = u16(record + 10);
        if (nameId != 6 || length <= 0 || offset < 0 || storage < 0 || storage + offset + length > table.size())
            continue;
        const QByteArray bytes = table.mid(storage + offset, length);
        if (platform == 1)
            return QString::fromLatin1(bytes);
        if (platform == 0 || platform == 3) {
            QString name;
            for (qsizetype j = 0; j + 1 < bytes.size(); j += 2)
                name.append(QChar(qFromBigEndian<quint16>(bytes.constData() + j)));
            return name;
        }
    }
    return {};
}

// How far a text is from what a reader expects of its glyph: compatibility
// characters (the radical ⽇ for 日) weigh most, then text not in NFC (a CJK
// compatibility ideograph drawn like its unified one).
int oddness(const QString &text)
{
    const int notNfc = text.normalized(QString::NormalizationForm_C) == text ? 0 : 1;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Decomposition tag = QChar::decompositionTag(c);
        if (tag != QChar::NoDecomposition && tag != QChar::Canonical)
            return 2 + notNfc;
    }
    return notNfc;
}

// The glyphs the renderer drew with one font, found by shaping its strings.
struct DrawnGlyphs {
    QRawFont font;                     // at its unitsPerEm pixel size
    QHash<quint32, int> firstUse;      // glyph → place in the order of first use; .notdef is 0, as in Qt's subset
    QHash<quint32, QStringList> texts; // glyph → every text drawn with it, first drawn first

    QString preferredText(quint32 glyph) const
    {
        const QStringList candidates = texts.value(glyph);
        const auto best = std::min_element(candidates.cbegin(), candidates.cend(),
                                           [](const QString &a, const QString &b) { return oddness(a) < oddness(b); });
        return best == candidates.cend() ? QString() : *best;
    }
};

// Shapes drawn strings as QPainter::drawText does and records, per font (by
// PostScript name), which glyph stands for which text.
class Shaper {
public:
    void add(const QFont &font, const QString &text)
    {
        QString laidOut = text;
        laidOut.replace(u'\n', QChar::LineSeparator); // as QPainter::drawText does
        QTextLayout layout(laidOut, font);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(1e6); // one line per paragraph: wrapping changes no glyph of Japanese text
        layout.endLayout();

        std::vector<Piece> pieces;
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, laidOut);
        qsizetype start = 0;
        for (qsizetype end = graphemes.toNextBoundary(); end > start; start = end, end = graphemes.toNextBoundary()) {
            const QTextLine line = layout.lineForTextPosition(int(start));
            if (!line.isValid())
                continue;
            Piece piece{{}, laidOut.mid(start, end - start)};
            for (const QGlyphRun &run : line.glyphRuns(int(start), int(end - start))) {
                DrawnGlyphs &drawn = glyphsOf(run.rawFont());
                const QList<quint32> glyphs = run.glyphIndexes();
                const QList<QPointF> positions = run.positions();
                for (qsizetype i = 0; i < glyphs.size(); ++i)
                    piece.glyphs.append({&drawn, glyphs.at(i), positions.value(i)});
            }
            if (piece.glyphs.isEmpty())
                continue;
            // A ligature (fi) is one glyph, at one place, for several characters.
            if (!pieces.empty() && pieces.back().glyphs == piece.glyphs) {
                pieces.back().text += piece.text;
                continue;
            }
            pieces.push_back(std::move(piece));
        }
        for (const Piece &piece : pieces)
            record(piece);
    }

    const std::map<QString, DrawnGlyphs> &fonts() const { return m_fonts; }

private:
    struct PlacedGlyph {
        DrawnGlyphs *font;
        quint32 glyph;
        QPointF position;
        bool operator==(const PlacedGlyph &) const = default;
    };
    struct Piece {
        QList<PlacedGlyph> glyphs;
        QString text;
    };

    DrawnGlyphs &glyphsOf(const QRawFont &raw)
    {
        const QString key = raw.familyName() + u'\x1f' + raw.styleName() + u'\x1f' + QString::number(raw.weight())
            + u'\x1f' + QString::number(int(raw.style()));
        auto name = m_names.find(key);
        if (name == m_names.end())
            name = m_names.insert(key, postScriptName(raw).replace(u' ', u'_')); // Qt's /BaseFont has no spaces
        auto [it, added] = m_fonts.try_emplace(*name);
        if (added) {
            it->second.font = raw;
            it->second.font.setPixelSize(raw.unitsPerEm());
            it->second.firstUse.insert(0, 0);
        }
        return it->second;
    }

    static void addText(const PlacedGlyph &placed, const QString &text)
    {
        QStringList &texts = placed.font->texts[placed.glyph];
        if (!texts.contains(text))
            texts.append(text);
    }

    static void record(const Piece &piece)
    {
        for (const PlacedGlyph &placed : piece.glyphs) {
            if (!placed.font->firstUse.contains(placed.glyph))
                placed.font->firstUse.insert(placed.glyph, int(placed.font->firstUse.size()));
        }
        const QList<uint> characters = piece.text.toUcs4();
        if (piece.glyphs.size() > 1 && piece.glyphs.size() == characters.size()) {
            // One glyph per character (a mark the font has no composed glyph for).
            for (qsizetype i = 0; i < characters.size(); ++i)
                addText(piece.glyphs.at(i), QString::fromUcs4(reinterpret_cast<const char32_t *>(&characters.at(i)), 1));
        } else {
            // The first glyph carries the text; any others stand for nothing of their own.
            addText(piece.glyphs.first(), piece.text);
        }
    }

    std::map<QString, DrawnGlyphs> m_fonts; // std::map: Piece points into it while it grows
    QHash<QString, QString> m_names;
};

int glyphCountOf(const QRawFont &font)
{
    const QByteArray maxp = font.fontTable("maxp");
    return maxp.size() >= 6 ? qFromBigEndian<quint16>(maxp.constData() + 4) : 0;
}

struct SubsetNames {
    QMap<quint32, QString> names; // subset glyph (= CID) → text
    int unmatched = 0;
};

// Names every glyph of a subset by the drawn glyph with the same outline. Two
// drawn glyphs can look the same (Ａ and А): then the one used in the place
// the subset gives the glyph wins (Qt adds glyphs to a subset in the order they
// are first drawn), then the closer one.
SubsetNames nameSubset(const QRawFont &subset, const DrawnGlyphs &drawn)
{
    struct Candidate {
        quint32 glyph;
        int firstUse;
        GlyphShape shape;
    };
    QHash<int, std::vector<Candidate>> byContours;
    for (auto it = drawn.firstUse.cbegin(); it != drawn.firstUse.cend(); ++it) {
        if (it.key() == 0)
            continue;
        Candidate candidate{it.key(), it.value(), shapeOf(drawn.font, it.key())};
        byContours[candidate.shape.contours].push_back(std::move(candidate));
    }
    SubsetNames result;
    const int glyphCount = glyphCountOf(subset);
    for (int glyph = 1; glyph < glyphCount; ++glyph) {
        const GlyphShape shape = shapeOf(subset, quint32(glyph));
        const auto bucket = byContours.constFind(shape.contours);
        const Candidate *best = nullptr;
        std::tuple<bool, qreal, qreal> bestRank;
        if (bucket != byContours.cend()) {
            for (const Candidate &candidate : *bucket) {
                const qreal d = distance(shape, candidate.shape);
                if (d > kSameGlyph)
                    continue;
                const QPointF moved = shape.bounds.topLeft() - candidate.shape.bounds.topLeft();
                const std::tuple<bool, qreal, qreal> rank{candidate.firstUse != glyph, d, moved.manhattanLength()};
                if (!best || rank < bestRank) {
                    best = &candidate;
                    bestRank = rank;
                }
            }
        }
        if (!best) {
            ++result.unmatched;
            continue;
        }
        const QString text = drawn.preferredText(best->glyph);
        if (!text.isEmpty())
            result.names.insert(quint32(glyph), text);
    }
    return result;
}

QByteArray hex4(uint value)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(4, '0');
}

// A ToUnicode CMap naming each CID by its text (UTF-16BE, so characters
// outside the BMP as surrogate pairs).
std::string toUnicodeCMap(const QMap<quint32, QString> &names)
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n"
                      "12 dict begin\n"
                      "begincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n"
                      "/CMapType 2 def\n"
                      "1 begincodespacerange\n"
                      "<0000> <FFFF>\n"
                      "endcodespacerange\n";
    auto it = names.cbegin();
    while (it != names.cend()) {
        QByteArray block;
        int entries = 0;
        for (; it != names.cend() && entries < 100; ++it, ++entries) { // at most 100 per block (Adobe TN 5411)
            block += '<' + hex4(it.key()) + "> <";
            for (const QChar unit : it.value())
                block += hex4(unit.unicode());
            block += ">\n";
        }
        cmap += QByteArray::number(entries) + " beginbfchar\n" + block + "endbfchar\n";
    }
    cmap += "endcmap\n"
            "CMapName currentdict /CMap defineresource pop\n"
            "end\n"
            "end\n";
    return cmap.toStdString();
}

QString baseFontName(QPDFObjectHandle font)
{
    QPDFObjectHandle name = font.getKey("/BaseFont");
    if (!name.isName())
        return {};
    QString text = QString::fromStdString(name.getName()).mid(1);
    if (text.size() > 7 && text.at(6) == u'+') // a subset tag, ABCDEF+
        text = text.mid(7);
    return text;
}

// Rebuilds one Type0 font's ToUnicode map; leaves Qt's map when the font is not
// what QPdfWriter writes or not all of its glyphs were found.
void renameGlyphs(QPDF &document, QPDFObjectHandle font, const std::map<QString, DrawnGlyphs> &drawn)
{
    const auto glyphs = drawn.find(baseFontName(font));
    if (glyphs == drawn.end()) {
        qCWarning(lcPrint) << "PDF text map: a font in the PDF was not drawn by the renderer; its text map stays Qt's";
        return;
    }
    QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
    QPDFObjectHandle cidFont = descendants.isArray() && descendants.getArrayNItems() == 1 ? descendants.getArrayItem(0)
                                                                                          : QPDFObjectHandle::newNull();
    QPDFObjectHandle descriptor = cidFont.isDictionary() ? cidFont.getKey("/FontDescriptor") : QPDFObjectHandle::newNull();
    QPDFObjectHandle file = descriptor.isDictionary() ? descriptor.getKey("/FontFile2") : QPDFObjectHandle::newNull();
    if (!cidFont.getKey("/Subtype").isNameAndEquals("/CIDFontType2") || !cidFont.getKey("/CIDToGIDMap").isNameAndEquals("/Identity")
        || !file.isStream()) {
        qCWarning(lcPrint) << "PDF text map: a font is not an embedded CIDFontType2 with CIDToGIDMap /Identity; its text "
                              "map stays Qt's";
        return;
    }
    const std::shared_ptr<Buffer> data = file.getStreamData(qpdf_dl_generalized);
    QRawFont subset(QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize())), 1,
                    QFont::PreferNoHinting);
    if (!subset.isValid() || subset.unitsPerEm() <= 0) {
        qCWarning(lcPrint) << "PDF text map: an embedded font could not be read; its text map stays Qt's";
        return;
    }
    subset.setPixelSize(subset.unitsPerEm());
    const SubsetNames names = nameSubset(subset, glyphs->second);
    if (names.unmatched > 0) {
        qCWarning(lcPrint) << "PDF text map:" << names.unmatched << "of" << glyphCountOf(subset) - 1
                           << "glyphs of a font were not among the drawn ones; its text map stays Qt's";
        return;
    }
    const std::string cmap = toUnicodeCMap(names.names);
    QPDFObjectHandle toUnicode = font.getKey("/ToUnicode");
    if (toUnicode.isStream())
        toUnicode.replaceStreamData(cmap, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    else
        font.replaceKey("/ToUnicode", QPDFObjectHandle::newStream(&document, cmap));
}

} // namespace

void PdfTextMap::addDrawn(const QFont &font, const QString &text)
{
    if (text.isEmpty())
        return;
    // Drawing order matters only for a string's first appearance.
    if (const QString key = font.key() + u'\x1e' + text; !m_seen.contains(key)) {
        m_seen.insert(key);
        m_drawn.push_back({font, text});
    }
}

Result<QByteArray> PdfTextMap::rewrite(const QByteArray &pdf) const
{
    Shaper shaper;
    for (const Drawn &drawn : m_drawn)
        shaper.add(drawn.font, drawn.text);
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("form PDF", pdf.constData(), size_t(pdf.size()));
        for (QPDFObjectHandle &object : document.getAllObjects()) {
            if (object.isDictionary() && object.getKey("/Type").isNameAndEquals("/Font")
                && object.getKey("/Subtype").isNameAndEquals("/Type0"))
                renameGlyphs(document, object, shaper.fonts());
        }
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.write();
        if (document.anyWarnings())
            qCWarning(lcPrint) << "PDF text map: qpdf reported" << document.numWarnings() << "problems in the PDF";
        const std::shared_ptr<Buffer> written = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(written->getBuffer()), qsizetype(written->getSize()));
    } catch (const std::exception &e) {
        // qpdf's message names objects and offsets, never page text.
        return std::unexpected(Error(ErrorCode::Internal,
                                     tr("The PDF could not be finished: its text layer could not be written. Try again; "
                                        "if this happens again, tell the administrator."),
                                     QStringLiteral("qpdf: %1").arg(QString::fromUtf8(e.what()).left(300))));
    }
}

} // namespace kakanai::print
