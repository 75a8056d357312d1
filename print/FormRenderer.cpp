#include "FormRenderer.h"

#include "PdfTextMap.h"

#include "common/PrivateFiles.h"
#include "forms/RecordView.h"

#include "jp/JapaneseDate.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStorageInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

// One category for the print module; only counts and ids are logged, never values.
Q_LOGGING_CATEGORY(lcPrint, "kakanai.print")

namespace kakanai::print {

using forms::FieldState;
using forms::FieldType;
using forms::FormDefinition;
using forms::FormField;
using forms::PrintBox;
using forms::PrintLayout;

namespace {

// The paper is a Japanese official document whatever language the screen
// uses (docs/forms.md: "the paper is Japanese"), so its fixed words are
// Japanese constants like the texts of the form definitions, not tr().
namespace paper {
const QString citizenWrites = QStringLiteral("ご本人記入"); // the word the forms' own notes use
const QString defaultSignature = QStringLiteral("署名欄（届出人署名）");
const QString notifyDate = QStringLiteral("届出日");
const QString continued = QStringLiteral("（続き）");
const QString yes = QStringLiteral("はい");
const QString male = QStringLiteral("男");
const QString female = QStringLiteral("女");
} // namespace paper

constexpr int kResolutionDpi = 300;
constexpr double kLabelPt = 6.5;
constexpr double kMinPt = 5.0;
constexpr double kThinMm = 0.25;
constexpr double kBoxMm = 0.35;
const QColor kLabelFill(0xf4, 0xf4, 0xf4);
const QColor kCitizenFill(0xdc, 0xdc, 0xdc);

QString dateText(const QDate &date)
{
    if (!date.isValid())
        return {};
    auto text = jp::JapaneseDate::format(date);
    return text ? *text : date.toString(Qt::ISODate);
}

QString sexText(const QString &code)
{
    if (code == u"1")
        return paper::male;
    if (code == u"2")
        return paper::female;
    return {};
}

// Millimetres on the page → device pixels, whatever margins the device keeps.
class PageMapper {
public:
    PageMapper(const QPagedPaintDevice &device)
        : m_scale(device.logicalDpiX() / 25.4), m_scaleY(device.logicalDpiY() / 25.4)
    {
        const QPageLayout layout = device.pageLayout();
        const QRect full = layout.fullRectPixels(device.logicalDpiX());
        const QRect paint = layout.paintRectPixels(device.logicalDpiX());
        m_offset = paint.topLeft() - full.topLeft();
    }
    QRectF rect(const QRectF &mm) const
    {
        return QRectF(mm.x() * m_scale - m_offset.x(), mm.y() * m_scaleY - m_offset.y(), mm.width() * m_scale,
                      mm.height() * m_scaleY);
    }
    QPointF point(const QPointF &mm) const { return {mm.x() * m_scale - m_offset.x(), mm.y() * m_scaleY - m_offset.y()}; }
    double length(double mm) const { return mm * m_scale; }

private:
    double m_scale;
    double m_scaleY;
    QPoint m_offset;
};

struct PageContext {
    QPainter &painter;
    PageMapper map;
    QString family;
    PdfTextMap *drawn = nullptr; // told every text drawn, when writing a PDF
};

bool isCompatibilityIdeograph(char32_t c)
{
    return ((c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F)) && QChar::decompositionTag(c) == QChar::Canonical;
}

// The text as the paper shows it: NFC, so a name that arrived decomposed
// (ハ + U+309A) is drawn and read back as パ. CJK compatibility ideographs
// (神 U+FA19) stay as written, as the record keeps them: NFC would replace
// them with the unified ideograph, which Noto CJK draws differently.
QString paperText(const QString &text)
{
    QString out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size();) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        const qsizetype width = pair ? 2 : 1;
        if (isCompatibilityIdeograph(c)) {
            out += text.mid(start, i - start).normalized(QString::NormalizationForm_C);
            out += text.mid(i, width);
            start = i + width;
        }
        i += width;
    }
    out += text.mid(start).normalized(QString::NormalizationForm_C);
    return out;
}

QFont fontOf(const PageContext &page, double points, bool bold = false)
{
    QFont font(page.family);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

QPen penOf(const PageContext &page, double widthMm)
{
    QPen pen(Qt::black);
    pen.setWidthF(page.map.length(widthMm));
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

// Draws `text` in `mm`, shrinking the font (down to kMinPt) until it fits.
void drawFitted(PageContext &page, const QRectF &mm, const QString &original, double points, int flags, bool bold = false)
{
    if (original.isEmpty())
        return;
    const QString text = paperText(original);
    const QRectF r = page.map.rect(mm);
    double size = points;
    for (; size > kMinPt; size -= 0.5) {
        page.painter.setFont(fontOf(page, size, bold));
        const QRectF needed = page.painter.boundingRect(r, flags | Qt::TextWordWrap, text);
        if (needed.width() <= r.width() + 0.5 && needed.height() <= r.height() + 0.5)
            break;
    }
    page.painter.setFont(fontOf(page, std::max(size, kMinPt), bold));
    page.painter.setPen(Qt::black);
    page.painter.drawText(r, flags | Qt::TextWordWrap, text);
    if (page.drawn)
        page.drawn->addDrawn(page.painter.font(), text);
}

void strokeRect(PageContext &page, const QRectF &mm, double widthMm, const QBrush &fill = Qt::NoBrush)
{
    page.painter.setPen(penOf(page, widthMm));
    page.painter.setBrush(fill);
    page.painter.drawRect(page.map.rect(mm));
    page.painter.setBrush(Qt::NoBrush);
}

void line(PageContext &page, QPointF from, QPointF to, double widthMm)
{
    page.painter.setPen(penOf(page, widthMm));
    page.painter.drawLine(page.map.point(from), page.map.point(to));
}

void shadeCitizenCell(PageContext &page, const QRectF &mm)
{
    page.painter.fillRect(page.map.rect(mm.adjusted(0.2, 0.2, -0.2, -0.2)), kCitizenFill);
}

// The shaded cell the citizen writes in, with the mark in its bottom-right corner.
void markCitizenWrites(PageContext &page, const QRectF &mm, bool shade = true)
{
    if (shade)
        shadeCitizenCell(page, mm);
    const QRectF markMm(mm.right() - 22.0, mm.bottom() - 4.5, 21.0, 4.0);
    drawFitted(page, markMm.intersected(mm), QStringLiteral("「%1」").arg(paper::citizenWrites), kLabelPt,
               Qt::AlignRight | Qt::AlignBottom);
}

// Label cell on the left of a box (real forms put the item name in its own
// column); narrow boxes get the label in a strip along the top instead.
struct Cells {
    QRectF label;
    QRectF value;
};

Cells splitBox(const QRectF &box, bool showLabel, bool labelOnTop)
{
    if (!showLabel)
        return {QRectF(), box};
    if (labelOnTop || box.width() < 40.0) {
        const double h = std::min(4.5, box.height() / 2.5);
        return {QRectF(box.x(), box.y(), box.width(), h), QRectF(box.x(), box.y() + h, box.width(), box.height() - h)};
    }
    const double w = std::clamp(box.width() * 0.32, 18.0, 30.0);
    return {QRectF(box.x(), box.y(), w, box.height()), QRectF(box.x() + w, box.y(), box.width() - w, box.height())};
}

void drawLabelCell(PageContext &page, const QRectF &cell, const QString &label)
{
    if (cell.isNull())
        return;
    page.painter.fillRect(page.map.rect(cell), kLabelFill);
    strokeRect(page, cell, kThinMm);
    drawFitted(page, cell.adjusted(0.8, 0.4, -0.8, -0.4), label, kLabelPt, Qt::AlignLeft | Qt::AlignVCenter);
}

void drawIndividualNumber(PageContext &page, const QRectF &value, const std::optional<SecureBuffer> &digits)
{
    const double cell = std::min(6.0, (value.width() - 2.0) / 12.0);
    const double h = std::min(value.height() - 1.5, 8.0);
    const QRectF row(value.x() + 1.0, value.center().y() - h / 2, cell * 12, h);
    strokeRect(page, row, kThinMm);
    for (int i = 1; i < 12; ++i)
        line(page, QPointF(row.x() + i * cell, row.top()), QPointF(row.x() + i * cell, row.bottom()),
             i % 4 == 0 ? kBoxMm : kThinMm);
    if (!digits || digits->size() != 12)
        return;
    QString digit(1, QChar(u' ')); // one character at a time, overwritten at the end
    for (int i = 0; i < 12; ++i) {
        digit[0] = QChar::fromLatin1(digits->data()[i]);
        drawFitted(page, QRectF(row.x() + i * cell, row.y(), cell, row.height()), digit, 11.0, Qt::AlignCenter);
    }
    digit[0] = QChar(u' ');
}

void drawCheckbox(PageContext &page, const QRectF &value, bool checked)
{
    const double side = std::min(4.0, value.height() - 2.0);
    const QRectF box(value.x() + 1.5, value.center().y() - side / 2, side, side);
    strokeRect(page, box, kThinMm);
    if (checked) {
        page.painter.setPen(penOf(page, 0.45));
        const QPointF a = page.map.point({box.left() + side * 0.2, box.top() + side * 0.55});
        const QPointF b = page.map.point({box.left() + side * 0.42, box.top() + side * 0.8});
        const QPointF c = page.map.point({box.left() + side * 0.85, box.top() + side * 0.2});
        page.painter.drawLine(a, b);
        page.painter.drawLine(b, c);
        drawFitted(page, QRectF(box.right() + 1.5, value.y(), value.right() - box.right() - 2.0, value.height()), paper::yes,
                   10.0, Qt::AlignLeft | Qt::AlignVCenter);
    }
}

struct MemberColumn {
    QString key;
    QString title;
    double weight;
};

QList<MemberColumn> memberColumns(const FormField &field)
{
    static const QList<MemberColumn> all = {
        {QStringLiteral("name"), QStringLiteral("氏名"), 3.0},
        {QStringLiteral("kana"), QStringLiteral("フリガナ"), 3.0},
        {QStringLiteral("birthDate"), QStringLiteral("生年月日"), 2.4},
        {QStringLiteral("sex"), QStringLiteral("性別"), 0.9},
        {QStringLiteral("relationship"), QStringLiteral("続柄"), 1.4},
    };
    QList<MemberColumn> chosen;
    for (const MemberColumn &c : all) {
        if (field.columns.isEmpty() || field.columns.contains(c.key))
            chosen.append(c);
    }
    return chosen;
}

QString memberCell(const QVariantMap &row, const QString &key)
{
    const QVariant v = row.value(key);
    if (key == u"birthDate")
        return dateText(v.toDate());
    if (key == u"sex")
        return sexText(v.toString());
    return v.toString();
}

// A table of household members: header row and `rows` lines.
void drawMembersTable(PageContext &page, const QRectF &area, const FormField &field, const QVariantList &members,
                      int rows, double points, bool fillHeader = true)
{
    const QList<MemberColumn> columns = memberColumns(field);
    double weights = 0;
    for (const MemberColumn &c : columns)
        weights += c.weight;
    const double headerH = std::min(4.5, area.height() / (rows + 1));
    const double rowH = (area.height() - headerH) / std::max(rows, 1);
    strokeRect(page, area, kThinMm);
    if (fillHeader)
        page.painter.fillRect(page.map.rect(QRectF(area.x(), area.y(), area.width(), headerH)), kLabelFill);
    double x = area.x();
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const double w = area.width() * columns.at(c).weight / weights;
        if (c > 0)
            line(page, QPointF(x, area.top()), QPointF(x, area.bottom()), kThinMm);
        drawFitted(page, QRectF(x + 0.6, area.y(), w - 1.2, headerH), columns.at(c).title, kLabelPt, Qt::AlignCenter);
        for (int r = 0; r < rows && r < members.size(); ++r) {
            const QRectF cell(x + 0.8, area.y() + headerH + r * rowH, w - 1.6, rowH);
            drawFitted(page, cell, memberCell(members.at(r).toMap(), columns.at(c).key), points,
                       Qt::AlignLeft | Qt::AlignVCenter);
        }
        x += w;
    }
    for (int r = 0; r < rows; ++r) {
        const double y = area.y() + headerH + r * rowH;
        line(page, QPointF(area.left(), y), QPointF(area.right(), y), kThinMm);
    }
}

// Whether the citizen must still write this on the paper.
bool citizenWrites(const FieldState &state)
{
    if (!state.applicable)
        return false;
    return state.handwritten || (state.required && !state.hasValue);
}

QString valueText(const FieldState &state)
{
    if (state.type == FieldType::Date)
        return state.value.toDate().isValid() ? dateText(state.value.toDate()) : state.display;
    if (state.display.isEmpty() && state.hasValue)
        return state.value.toString();
    return state.display;
}

// The members rows that do not fit in the box, per members field, for the continuation page.
struct Overflow {
    const FormField *field = nullptr;
    QVariantList rows;
};

void drawField(PageContext &page, const forms::RecordView &visit, const FormDefinition &form, const FormField &field,
               const FieldState &state, const PrintBox &box, QList<Overflow> &overflow)
{
    const bool members = field.type == FieldType::Members;
    const Cells cells = splitBox(box.rectMm, box.showLabel, members);
    strokeRect(page, box.rectMm, kBoxMm);
    drawLabelCell(page, cells.label, field.label.ja);

    if (!state.applicable)
        return; // does not apply: left empty, as the loader's docs say
    if (citizenWrites(state) && !members && field.type != FieldType::IndividualNumber) {
        markCitizenWrites(page, cells.value);
        return;
    }
    const QRectF inner = cells.value.adjusted(1.2, 0.3, -1.2, -0.3);
    switch (field.type) {
    case FieldType::IndividualNumber:
        if (citizenWrites(state))
            markCitizenWrites(page, cells.value);
        drawIndividualNumber(page, cells.value, visit.individualNumber(form.id, field.id));
        return;
    case FieldType::Checkbox:
        drawCheckbox(page, cells.value, state.value.toBool());
        return;
    case FieldType::Members: {
        const QVariantList rows = state.value.toList();
        const int maxRows = field.maxRows > 0 ? field.maxRows : 4;
        const bool empty = citizenWrites(state) && rows.isEmpty();
        if (empty)
            shadeCitizenCell(page, cells.value);
        drawMembersTable(page, cells.value, field, rows, maxRows, std::min(box.fontSize, 9.0), !empty);
        if (rows.size() > maxRows)
            overflow.append({&field, rows.mid(maxRows)});
        if (empty)
            markCitizenWrites(page, cells.value, false);
        return;
    }
    default:
        drawFitted(page, inner, valueText(state), box.fontSize, Qt::AlignLeft | Qt::AlignVCenter);
        return;
    }
}

void drawSignature(PageContext &page, const forms::PrintSignature &signature)
{
    strokeRect(page, signature.rectMm, 0.5);
    const QString label = signature.label.ja.isEmpty() ? paper::defaultSignature : signature.label.ja;
    drawFitted(page, QRectF(signature.rectMm.x() + 1.5, signature.rectMm.y() + 0.8, signature.rectMm.width() - 3.0, 5.0),
               label, 8.0, Qt::AlignLeft | Qt::AlignTop, true);
    drawFitted(page,
               QRectF(signature.rectMm.right() - 40.0, signature.rectMm.bottom() - 5.0, 38.5, 4.2),
               QStringLiteral("「%1」").arg(paper::citizenWrites), kLabelPt, Qt::AlignRight | Qt::AlignBottom);
}

void drawHeaderFooter(PageContext &page, const QSizeF &pageMm, const QString &officeName, const QDate &today,
                      const FormDefinition &form, int pageNumber, int pageCount, const QString &recordReference)
{
    const QString date = QStringLiteral("%1　%2").arg(paper::notifyDate, dateText(today));
    drawFitted(page, QRectF(15.0, 3.5, pageMm.width() - 30.0, 5.5),
               officeName.isEmpty() ? date : QStringLiteral("%1　　%2").arg(officeName, date), 8.0,
               Qt::AlignRight | Qt::AlignVCenter);
    const double y = pageMm.height() - 8.0;
    drawFitted(page, QRectF(15.0, y, 100.0, 4.5), QStringLiteral("%1 (v%2)").arg(form.id).arg(form.version), 6.0,
               Qt::AlignLeft | Qt::AlignVCenter);
    drawFitted(page, QRectF(pageMm.width() - 65.0, y, 50.0, 4.5), QStringLiteral("%1 / %2").arg(pageNumber).arg(pageCount),
               6.0, Qt::AlignRight | Qt::AlignVCenter);
    // Ties the signed paper to the stored record (record id and the start of its digest).
    if (!recordReference.isEmpty())
        drawFitted(page, QRectF(60.0, y, pageMm.width() - 130.0, 4.5), recordReference, 6.0, Qt::AlignCenter);
}

// A layout for a form that brings none (built in code, e.g. by a tool): one
// row per field, the title on top and the signature box at the bottom.
PrintLayout tableLayout(const FormDefinition &form)
{
    PrintLayout layout;
    layout.texts.append({QRectF(15, 10, 180, 11), {form.title.ja, form.title.en}, 16.0, true, forms::PrintText::Align::Center});
    layout.lines.append({QLineF(15, 29, 195, 29), 0.5});
    double y = 31.0;
    for (const FormField &field : form.fields) {
        const double h = field.type == FieldType::Members ? 4.5 + 5.0 * (1 + (field.maxRows > 0 ? field.maxRows : 4)) : 10.0;
        layout.boxes.insert(field.id, PrintBox{QRectF(15, y, 180, h), 10.0, true});
        y += h;
    }
    layout.signature = forms::PrintSignature{QRectF(15, std::max(y + 4.0, 258.0), 180, 24), {}};
    return layout;
}

bool boxesLeaveRoomFor(const PrintLayout &layout, const QRectF &rect)
{
    for (const PrintBox &b : layout.boxes) {
        if (b.rectMm.intersects(rect))
            return false;
    }
    return true;
}

void applyPageLayout(QPagedPaintDevice &device, const PrintLayout &layout)
{
    const auto orientation =
        layout.orientation == PrintLayout::Orientation::Landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    const QPageLayout wanted(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (!device.setPageLayout(wanted)) {
        // A printer that keeps unprintable margins: A4 with its own margins; PageMapper compensates.
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(orientation);
    }
}

struct PlannedForm {
    const FormDefinition *form = nullptr;
    PrintLayout layout;
    QList<FieldState> fields;
    bool needsContinuation = false;
};

void drawFormPage(PageContext &page, const forms::RecordView &visit, const PlannedForm &plan, QList<Overflow> &overflow)
{
    const FormDefinition &form = *plan.form;
    for (const forms::PrintLine &l : plan.layout.lines)
        line(page, l.lineMm.p1(), l.lineMm.p2(), l.widthMm);
    for (const forms::PrintText &t : plan.layout.texts) {
        const int align = t.align == forms::PrintText::Align::Center ? Qt::AlignHCenter
            : t.align == forms::PrintText::Align::Right              ? Qt::AlignRight
                                                                      : Qt::AlignLeft;
        drawFitted(page, t.rectMm, t.text.ja, t.fontSize, align | Qt::AlignVCenter, t.bold);
    }
    for (const FieldState &state : plan.fields) {
        const FormField *field = form.field(state.fieldId);
        const auto box = plan.layout.boxes.constFind(state.fieldId);
        if (!field || box == plan.layout.boxes.cend())
            continue;
        drawField(page, visit, form, *field, state, *box, overflow);
    }
    if (plan.layout.signature) {
        drawSignature(page, *plan.layout.signature);
    } else {
        const QSizeF size = plan.layout.pageSizeMm();
        const QRectF rect(15, size.height() - 39.0, size.width() - 30.0, 24.0);
        if (boxesLeaveRoomFor(plan.layout, rect))
            drawSignature(page, forms::PrintSignature{rect, {}});
    }
}

void drawContinuationPage(PageContext &page, const PlannedForm &plan, const QList<Overflow> &overflow)
{
    const QSizeF size = plan.layout.pageSizeMm();
    drawFitted(page, QRectF(15, 10, size.width() - 30, 11), plan.form->title.ja + paper::continued, 16.0,
               Qt::AlignHCenter | Qt::AlignVCenter, true);
    line(page, QPointF(15, 29), QPointF(size.width() - 15, 29), 0.5);
    double y = 32.0;
    for (const Overflow &o : overflow) {
        const int rows = static_cast<int>(o.rows.size());
        const double h = 4.5 + 6.0 * (rows + 1);
        drawFitted(page, QRectF(15, y, size.width() - 30, 5), o.field->label.ja, 9.0, Qt::AlignLeft | Qt::AlignVCenter, true);
        drawMembersTable(page, QRectF(15, y + 5.5, size.width() - 30, h), *o.field, o.rows, rows, 9.0);
        y += h + 9.0;
    }
}

int countOverflowPages(const PlannedForm &plan)
{
    for (const FieldState &state : plan.fields) {
        const FormField *field = plan.form->field(state.fieldId);
        if (field && field->type == FieldType::Members && state.applicable) {
            const int maxRows = field->maxRows > 0 ? field->maxRows : 4;
            if (state.value.toList().size() > maxRows)
                return 1;
        }
    }
    return 0;
}

Error ioError(QFileDevice::FileError error, const QString &dir, const QString &detail)
{
    const QStorageInfo storage(dir);
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < 1024 * 1024)
        return Error(ErrorCode::DiskFull,
                     FormRenderer::tr("The disk is full, so the PDF could not be saved. Free some space and try again."),
                     detail);
    if (error == QFileDevice::PermissionsError)
        return Error(ErrorCode::PermissionDenied,
                     FormRenderer::tr("The PDF could not be saved: this folder may not be written to. Choose another folder."),
                     detail);
    return Error(ErrorCode::Io,
                 FormRenderer::tr("The PDF could not be saved. Check that the folder exists and can be written to."),
                 detail);
}

} // namespace

Result<QString> FormRenderer::japaneseFontFamily()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return std::unexpected(Error(ErrorCode::Internal, tr("Forms can only be printed by a program with a graphical "
                                                             "environment (internal error)."),
                                     QStringLiteral("no QGuiApplication")));
    const QStringList japanese = QFontDatabase::families(QFontDatabase::Japanese);
    for (const QString &family : {QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Serif CJK JP")}) {
        if (!japanese.contains(family, Qt::CaseInsensitive))
            continue;
        QFont font(family);
        font.setStyleStrategy(QFont::PreferOutline);
        const QFontInfo info(font);
        // QFont falls back silently; only the family that really resolved counts.
        if (info.family().compare(family, Qt::CaseInsensitive) != 0)
            continue;
        const QFontMetricsF metrics(font);
        if (metrics.inFontUcs4(U'署') && metrics.inFontUcs4(U'令') && metrics.inFontUcs4(U'ア'))
            return info.family();
    }
    return std::unexpected(Error(ErrorCode::NotFound,
                                 tr("No Japanese font is installed, so the form cannot be printed. Ask the administrator "
                                    "to install the Noto CJK fonts (Debian package fonts-noto-cjk)."),
                                 QStringLiteral("Noto Sans/Serif CJK JP not found")));
}

namespace {
// A record of the visit as it stands, for the paper only (never stored): the
// id, time and staff are placeholders.
Result<forms::RecordView> viewOf(const forms::Visit &visit, const QStringList &formIds)
{
    const ManualClock clock(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
    forms::Record record = visit.toRecord(clock, QStringLiteral("print"), QString());
    if (!formIds.isEmpty()) {
        for (const QString &id : formIds) {
            if (!record.form(id))
                return std::unexpected(Error(ErrorCode::NotFound,
                                             FormRenderer::tr("The form \"%1\" is not part of this visit.").arg(id)));
        }
        QList<forms::RecordForm> chosen;
        for (const QString &id : formIds)
            chosen.append(*record.form(id));
        record.forms = chosen;
    }
    forms::FormLibrary library;
    for (const QString &id : visit.formIds())
        library.insert(*visit.form(id));
    return forms::RecordView::create(record, library, visit.today());
}
} // namespace

Status FormRenderer::paint(const forms::Visit &visit, const QStringList &formIds, QPagedPaintDevice &device)
{
    return paint(visit, formIds, device, Options{});
}

namespace {
Result<forms::RecordView> printableViewOf(const forms::Visit &visit, const QStringList &formIds)
{
    if (visit.formIds().isEmpty())
        return std::unexpected(Error(ErrorCode::InvalidArgument,
                                     FormRenderer::tr("There is no form to print: choose a form first.")));
    return viewOf(visit, formIds);
}
} // namespace

Status FormRenderer::paint(const forms::Visit &visit, const QStringList &formIds, QPagedPaintDevice &device,
                           const Options &options)
{
    auto view = printableViewOf(visit, formIds);
    if (!view)
        return std::unexpected(view.error());
    return paintTo(*view, device, options, nullptr);
}

Status FormRenderer::paint(const forms::Visit &visit, const QStringList &formIds, QPagedPaintDevice &device,
                           const Options &options, PdfTextMap &drawn)
{
    auto view = printableViewOf(visit, formIds);
    if (!view)
        return std::unexpected(view.error());
    return paintTo(*view, device, options, &drawn);
}

Status FormRenderer::paint(const forms::RecordView &record, QPagedPaintDevice &device, const Options &options)
{
    return paintTo(record, device, options, nullptr);
}

Status FormRenderer::paintTo(const forms::RecordView &visit, QPagedPaintDevice &device, const Options &options,
                             PdfTextMap *drawn)
{
    const QStringList ids = visit.formIds();
    if (ids.isEmpty())
        return std::unexpected(Error(ErrorCode::InvalidArgument, tr("There is no form to print: choose a form first.")));
    std::vector<PlannedForm> plans;
    int pageCount = 0;
    for (const QString &id : ids) {
        const FormDefinition *form = visit.form(id);
        if (!form)
            return std::unexpected(Error(ErrorCode::NotFound, tr("The form \"%1\" is not part of this visit.").arg(id)));
        PlannedForm plan{form, form->layout.boxes.isEmpty() ? tableLayout(*form) : form->layout, visit.fields(id), false};
        plan.needsContinuation = countOverflowPages(plan) > 0;
        pageCount += plan.needsContinuation ? 2 : 1;
        plans.push_back(std::move(plan));
    }

    auto family = japaneseFontFamily();
    if (!family)
        return std::unexpected(family.error());

    applyPageLayout(device, plans.front().layout);
    QPainter painter;
    if (!painter.begin(&device))
        return std::unexpected(Error(ErrorCode::Io, tr("The printer or PDF file could not be opened for printing.")));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    int pageNumber = 0;
    bool first = true;
    auto startPage = [&](const PrintLayout &layout) -> bool {
        if (!first) {
            applyPageLayout(device, layout);
            if (!device.newPage())
                return false;
        }
        first = false;
        ++pageNumber;
        return true;
    };
    for (const PlannedForm &plan : plans) {
        if (!startPage(plan.layout))
            break;
        PageContext page{painter, PageMapper(device), *family, drawn};
        QList<Overflow> overflow;
        drawFormPage(page, visit, plan, overflow);
        drawHeaderFooter(page, plan.layout.pageSizeMm(), options.officeName, visit.today(), *plan.form, pageNumber, pageCount,
                         options.recordReference);
        if (!overflow.isEmpty()) {
            if (!startPage(plan.layout))
                break;
            PageContext more{painter, PageMapper(device), *family, drawn};
            drawContinuationPage(more, plan, overflow);
            drawHeaderFooter(more, plan.layout.pageSizeMm(), options.officeName, visit.today(), *plan.form, pageNumber,
                             pageCount, options.recordReference);
        }
    }
    const bool ended = painter.end();
    if (pageNumber != pageCount || !ended) {
        qCWarning(lcPrint) << "printing stopped after page" << pageNumber << "of" << pageCount;
        return std::unexpected(Error(ErrorCode::Io, tr("Printing stopped before every page was done. Print again.")));
    }
    return {};
}

Status FormRenderer::writePdf(const forms::Visit &visit, const QStringList &formIds, const QString &pdfPath)
{
    return writePdf(visit, formIds, pdfPath, Options{});
}

Status FormRenderer::writePdf(const forms::Visit &visit, const QStringList &formIds, const QString &pdfPath,
                              const Options &options)
{
    return writePdfWith(pdfPath, [&](QPagedPaintDevice &device, PdfTextMap &drawn) {
        return paint(visit, formIds, device, options, drawn);
    });
}

Status FormRenderer::writePdf(const forms::RecordView &record, const QString &pdfPath, const Options &options)
{
    return writePdfWith(pdfPath, [&](QPagedPaintDevice &device, PdfTextMap &drawn) {
        return paintTo(record, device, options, &drawn);
    });
}

Status FormRenderer::writePdfWith(const QString &pdfPath,
                                  const std::function<Status(QPagedPaintDevice &, PdfTextMap &)> &painter)
{
    const QString dir = QFileInfo(pdfPath).absolutePath();
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(ioError(file.error(), dir, file.errorString()));
    // The paper shows the individual number: 0600 whatever the umask, also
    // when an older file of that name was more open (QSaveFile keeps its mode).
    if (!PrivateFiles::restrictFile(file)) {
        file.cancelWriting();
        return std::unexpected(ioError(QFileDevice::PermissionsError, dir, file.errorString()));
    }
    // Qt's PDF goes to memory first: its text map is rebuilt before anything is saved.
    QByteArray pdf;
    PdfTextMap drawn;
    Status painted;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolutionDpi);
        writer.setCreator(QStringLiteral("Kakanai"));
        writer.setTitle(QStringLiteral("Kakanai forms")); // no personal data in the metadata
        painted = painter(writer, drawn);
    }
    if (!painted) {
        file.cancelWriting();
        return painted;
    }
    const auto withText = drawn.rewrite(pdf);
    if (!withText) {
        file.cancelWriting();
        return std::unexpected(withText.error());
    }
    if (file.write(*withText) != withText->size() || file.error() != QFileDevice::NoError || !file.commit()) {
        const auto error = file.error();
        const QString detail = file.errorString();
        file.cancelWriting();
        return std::unexpected(ioError(error, dir, detail));
    }
    return {};
}

} // namespace kakanai::print
