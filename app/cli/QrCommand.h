#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace kakanai {

// kakanai-cli qr make --event EVENT [--event …] --fields FILE.json (--png OUT | --text) [--sign-key FILE]
// kakanai-cli qr decode (--text STRING | --image FILE) [--json]
// kakanai-cli qr keygen --out FILE [--label LABEL]
// The citizen's pre-registration code (docs/qr-format.md, docs/cli.md).
int runQrCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
