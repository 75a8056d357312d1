#pragma once

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace kakanai::tools {

// "<application name>: message" on stderr / stdout, flushed at once: the
// tests and scripts that start the tools read these lines as they come.
void printErr(const QString &message);
void printOut(const QString &message);

// The option's value as an integer in [min, max]; otherwise nullopt and
// `error` says which option and which range.
std::optional<int> intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max,
                             QString *error);

// Parses the application's arguments and answers --help and --version. A
// value means "exit now with it" (exitOk after help or version, exitUsage for
// a parse error or a positional argument); nullopt means go on.
std::optional<int> parseOrExit(QCommandLineParser &parser, int exitOk, int exitUsage);

} // namespace kakanai::tools
