#include "ToolCommandLine.h"

#include <QCoreApplication>

#include <cstdio>

namespace kakanai::tools {

namespace {
void printTo(std::FILE *stream, const QString &message)
{
    std::fprintf(stream, "%s: %s\n", QCoreApplication::applicationName().toLocal8Bit().constData(),
                 message.toLocal8Bit().constData());
    std::fflush(stream);
}
} // namespace

void printErr(const QString &message)
{
    printTo(stderr, message);
}

void printOut(const QString &message)
{
    printTo(stdout, message);
}

std::optional<int> intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max,
                             QString *error)
{
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1 must be an integer from %2 to %3").arg(option.names().constFirst()).arg(min).arg(max);
        return std::nullopt;
    }
    return v;
}

std::optional<int> parseOrExit(QCommandLineParser &parser, int exitOk, int exitUsage)
{
    if (!parser.parse(QCoreApplication::arguments())) {
        printErr(parser.errorText());
        return exitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return exitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", QCoreApplication::applicationName().toLocal8Bit().constData(),
                    QCoreApplication::applicationVersion().toLocal8Bit().constData());
        return exitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return exitUsage;
    }
    return std::nullopt;
}

} // namespace kakanai::tools
