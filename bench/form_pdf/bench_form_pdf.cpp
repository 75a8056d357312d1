// How long does printing take?
//  1. each built-in form alone, rendered to an A4 PDF at 300 dpi (writePdf:
//     layout, fonts, QSaveFile + rename);
//  2. a 10-form visit (every built-in form; the same ones again if the
//     library has fewer than 10) in one PDF, as the desk prints at the end.
// For each, "text map" is the part of writePdf spent rebuilding the PDF's
// text map (PdfTextMap::rewrite: shaping the drawn strings, matching glyph
// outlines, qpdf reading and writing the file), measured on its own.
// Prints the median of N runs (and min/max); asserts nothing about speed.
// Goal: one form < 300 ms, a 10-form visit < 2 s on the counter PC.
//   bench_form_pdf [--runs N] [--dir PATH]
#include "FormRenderer.h"
#include "PdfTextMap.h"

#include "card/CardHolder.h"
#include "forms/FormLibrary.h"
#include "forms/Visit.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace kakanai;
using namespace kakanai::forms;

namespace {

struct Figures {
    double median = 0;
    double min = 0;
    double max = 0;
};

Figures summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back()};
}

Visit benchVisit(const FormLibrary &library)
{
    Visit visit(library, QDate(2024, 4, 1));
    CardHolder holder;
    holder.name = QStringLiteral("試験　花子");
    holder.address = QStringLiteral("東京都千代田区霞が関２－１－２");
    holder.birthDate = QDate(1989, 1, 8);
    holder.sex = Sex::Female;
    holder.individualNumber = SecureBuffer::fromBytes("123456789018");
    visit.setCardHolder(holder);
    for (int i = 0; i < 3; ++i) {
        HouseholdMember m{QStringLiteral("試験　子%1").arg(i + 1), QStringLiteral("シケン　コ"), QDate(2015 + i, 5, 1),
                          Sex::Male, QStringLiteral("子"), FieldSource::Clerk};
        (void)visit.addHouseholdMember(m);
    }
    return visit;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs per measurement"), QStringLiteral("N"), QStringLiteral("15")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("folder for the PDFs"), QStringLiteral("PATH")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir tmp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : tmp.path();

    const FormLibrary library = FormLibrary::load();
    QStringList ids = library.ids();
    if (ids.isEmpty()) {
        err << "no forms in the library" << Qt::endl;
        return 1;
    }
    Visit visit = benchVisit(library);
    for (const QString &id : ids)
        (void)visit.addForm(id);

    // The first render loads the fonts; measure it apart.
    QElapsedTimer timer;
    timer.start();
    if (auto first = print::FormRenderer::writePdf(visit, {ids.first()}, dir + QStringLiteral("/warmup.pdf")); !first) {
        err << first.error().toString() << Qt::endl;
        return 1;
    }
    out << "first render (fonts loaded): " << QString::number(timer.nsecsElapsed() / 1e6, 'f', 1) << " ms" << Qt::endl;
    out << "runs per figure: " << runs << ", 300 dpi A4 PDF" << Qt::endl;

    auto measure = [&](const QStringList &forms, const QString &file) -> std::optional<Figures> {
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            timer.restart();
            if (auto written = print::FormRenderer::writePdf(visit, forms, file); !written) {
                err << written.error().toString() << Qt::endl;
                return std::nullopt;
            }
            ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        return summarise(ms);
    };
    // The text map rewrite alone, on the PDF Qt wrote to memory.
    auto measureTextMap = [&](const QStringList &forms) -> std::optional<Figures> {
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            QByteArray pdf;
            print::PdfTextMap drawn;
            {
                QBuffer buffer(&pdf);
                buffer.open(QIODevice::WriteOnly);
                QPdfWriter writer(&buffer);
                writer.setResolution(300);
                if (auto painted = print::FormRenderer::paint(visit, forms, writer, {}, drawn); !painted) {
                    err << painted.error().toString() << Qt::endl;
                    return std::nullopt;
                }
            }
            timer.restart();
            const auto rewritten = drawn.rewrite(pdf);
            ms.push_back(timer.nsecsElapsed() / 1e6);
            if (!rewritten) {
                err << rewritten.error().toString() << Qt::endl;
                return std::nullopt;
            }
        }
        return summarise(ms);
    };
    auto figures = [](const Figures &f) {
        return QStringLiteral("median %1 ms  (min %2, max %3)")
            .arg(QString::number(f.median, 'f', 1), QString::number(f.min, 'f', 1), QString::number(f.max, 'f', 1));
    };
    auto line = [&](const QString &what, const Figures &f, qint64 bytes, const Figures &textMap) {
        out << qSetFieldWidth(22) << Qt::left << what << qSetFieldWidth(0) << " " << figures(f) << "  " << bytes / 1024
            << " KiB;  text map " << figures(textMap) << Qt::endl;
    };

    for (const QString &id : ids) {
        const QString file = dir + QStringLiteral("/") + id + QStringLiteral(".pdf");
        const auto f = measure({id}, file);
        const auto textMap = measureTextMap({id});
        if (!f || !textMap)
            return 1;
        line(id, *f, QFileInfo(file).size(), *textMap);
    }

    QStringList ten;
    while (ten.size() < 10)
        ten.append(ids.at(ten.size() % ids.size()));
    const QString file = dir + QStringLiteral("/visit-10.pdf");
    const auto f = measure(ten, file);
    const auto textMap = measureTextMap(ten);
    if (!f || !textMap)
        return 1;
    line(QStringLiteral("10-form visit"), *f, QFileInfo(file).size(), *textMap);
    return 0;
}
