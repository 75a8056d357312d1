#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QTextStream>

namespace kakanai {

class Settings;

// Exit codes of kakanai-cli (docs/cli.md).
namespace exitcode {
constexpr int Ok = 0;
constexpr int Usage = 1;
constexpr int Failed = 2;          // any error not listed below
constexpr int DatabaseCorrupt = 3;
constexpr int DatabaseLocked = 4;
constexpr int DatabaseTooNew = 5;
constexpr int NotFound = 6;
constexpr int CardError = 7;       // card/reader problems: the message says which
constexpr int AuditBroken = 8;     // audit verify found a broken chain
} // namespace exitcode

// What every sub-command gets: where to write, and the settings.
struct CliContext {
    QTextStream &out;
    QTextStream &err;
    Settings &settings;
    QString databaseOverride; // --db
};

// Writes "kakanai-cli: <message>" to stderr and returns the exit code for the error.
int reportError(CliContext &ctx, const Error &error);
int exitCodeFor(ErrorCode code);

} // namespace kakanai
