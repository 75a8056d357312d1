#pragma once

// Reading a PDF back as text for the print tests.

#include <QProcess>
#include <QStandardPaths>
#include <QString>

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

// The text without any white space (layout spacing, line breaks, U+3000), so
// tests compare what a reader sees wherever the layout put it. Characters are
// compared exactly: no folding of look-alikes.
inline QString compact(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

// `qpdf --check`: the file's structure and streams are valid. Empty when it
// is, else what qpdf said.
inline QString pdfProblems(const QString &pdfPath)
{
    QProcess p;
    p.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdfPath});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("qpdf did not run");
    if (p.exitCode() == 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

} // namespace kakanai::print::test
