#pragma once

#include "common/Error.h"
#include "forms/RecordView.h"
#include "forms/Visit.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;

namespace kakanai::print {

class PdfTextMap;

// Puts the chosen forms of a visit on A4 paper the way a Japanese municipal
// form looks: title, 届出日 in 和暦, a bordered table of labelled fields (or the
// form's own PrintLayout), household table, individual number in 12 boxes and
// a signature box. Fields the citizen must still write are shaded and marked
// 「ご本人記入」. No values go to the log.
class FormRenderer {
    Q_DECLARE_TR_FUNCTIONS(FormRenderer)
public:
    // What the page header says besides the date: the office (Settings OfficeName).
    struct Options {
        QString officeName;
        // Printed small at the foot of every page, to tie the signed paper to
        // the stored record: "記録 <id> / <digest start>". Empty: none.
        QString recordReference{};
    };

    // Paints the chosen forms of the visit (formIds empty = all of visit.formIds()) on A4 pages of `device`
    // (a QPdfWriter, or a QPrinter from the ui layer), one or more pages per form, Japanese labels.
    static Status paint(const forms::Visit &visit, const QStringList &formIds, QPagedPaintDevice &device);
    // Writes an A4 PDF (300 dpi) to `pdfPath`; DiskFull/IO errors as clear translated Errors, nothing half-written left
    // (write to a temp file in the same dir and rename, QSaveFile). The PDF's text (what pdftotext, search and
    // screen readers get) is exactly the text drawn: its text map is rebuilt (PdfTextMap) before the file is saved.
    static Status writePdf(const forms::Visit &visit, const QStringList &formIds, const QString &pdfPath);

    static Status paint(const forms::Visit &visit, const QStringList &formIds, QPagedPaintDevice &device,
                        const Options &options);
    static Status writePdf(const forms::Visit &visit, const QStringList &formIds, const QString &pdfPath,
                           const Options &options);
    // As paint() above, and tells `drawn` every text it draws (for PdfTextMap::rewrite()).
    static Status paint(const forms::Visit &visit, const QStringList &formIds, QPagedPaintDevice &device,
                        const Options &options, PdfTextMap &drawn);

    // The forms of a record exactly as it holds them (a record frozen for the
    // signature). The Visit overloads above print a record of the visit as it stands.
    static Status paint(const forms::RecordView &record, QPagedPaintDevice &device, const Options &options);
    static Status writePdf(const forms::RecordView &record, const QString &pdfPath, const Options &options);

    // The Japanese font the paper uses ("Noto Sans CJK JP", else "Noto Serif CJK JP"), checked to be
    // really installed and able to show Japanese; an Error instead of printing empty boxes (tofu).
    // Needs a QGuiApplication.
    static Result<QString> japaneseFontFamily();

private:
    static Status paintTo(const forms::RecordView &record, QPagedPaintDevice &device, const Options &options,
                          PdfTextMap *drawn);
    static Status writePdfWith(const QString &pdfPath,
                               const std::function<Status(QPagedPaintDevice &, PdfTextMap &)> &painter);
};

} // namespace kakanai::print
