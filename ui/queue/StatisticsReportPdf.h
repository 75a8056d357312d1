#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace kakanai {

// The printable statistics report (docs/user/statistics.md): an A4 landscape
// PDF with the title, the office, the period and how it is grouped, the table
// as the page shows it, then the charts as pictures, four to a page. Its text
// layer is rebuilt (PdfTextMap) so that figures and names can be searched and
// copied.
class StatisticsReportPdf {
    Q_DECLARE_TR_FUNCTIONS(StatisticsReportPdf)
public:
    // What the report says, already as text (the page's words and figures),
    // so that the PDF says what the screen said.
    struct Content {
        QString officeName; // empty: no line for it
        QString period;     // "2026-04-01 to 2026-04-30"
        std::optional<QString> comparedPeriod;
        QString grouping;                  // "By category"
        QDateTime made;                    // in the office's time zone
        std::optional<QString> notCurrent; // the failed reading's message: the figures are old
        QStringList tableHeader;
        QList<QStringList> tableRows; // as many cells as tableHeader
        QList<QImage> charts;         // of chartSize(), in reading order
    };

    // The size to draw each chart at: a quarter of the printable page.
    static QSize chartSize();
    // Lays the report out and writes it to `path` whole (QSaveFile).
    static Status write(const Content &content, const QString &path);
};

} // namespace kakanai
