#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli form fill --form ID [--form ID …] --card CARD.json [--prereg FILE]
//                       [--fact KEY=VALUE …] [--pdf OUT.pdf] [--json]
// Fills the forms from what `card read` printed (and the pre-registration),
// prints every field with its value, source and state, and writes the forms
// as an A4 PDF for signing (docs/cli.md). Needs a QGuiApplication (main.cpp).
int runFormCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
