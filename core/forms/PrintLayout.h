#pragma once

#include "LocalizedText.h"

#include <QHash>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace kakanai::forms {

// Where a field goes on the paper. Millimetres from the top-left corner of the page.
struct PrintBox {
    QRectF rectMm;
    double fontSize = 10.0;   // points
    bool showLabel = true;    // print the field's Japanese label small in the box's corner
};

// A fixed text on the paper (title, 宛先, notes).
struct PrintText {
    enum class Align { Left, Center, Right };
    QRectF rectMm;
    LocalizedText text;       // a plain string in JSON sets both languages
    double fontSize = 10.0;
    bool bold = false;
    Align align = Align::Left;
};

struct PrintLine {
    QLineF lineMm;
    double widthMm = 0.3;
};

// The box the citizen signs in. Always printed as "to be written by the citizen".
struct PrintSignature {
    QRectF rectMm;
    LocalizedText label;
};

// An A4 page layout (docs/forms.md, "Print layout"). The loader has checked
// that every field has a box, that boxes lie on the page and do not overlap.
// Fields marked handwritten (FormField::handwritten) and the signature box
// are the citizen's: the printer marks them clearly and leaves them empty.
struct PrintLayout {
    enum class Orientation { Portrait, Landscape };
    Orientation orientation = Orientation::Portrait;
    QHash<QString, PrintBox> boxes;  // by field id
    QList<PrintText> texts;
    QList<PrintLine> lines;
    std::optional<PrintSignature> signature;

    static constexpr double A4ShortMm = 210.0;
    static constexpr double A4LongMm = 297.0;

    QSizeF pageSizeMm() const
    {
        return orientation == Orientation::Portrait ? QSizeF(A4ShortMm, A4LongMm) : QSizeF(A4LongMm, A4ShortMm);
    }
};

} // namespace kakanai::forms
