#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli forms list [--dir OVERRIDE-DIR]: one form a line, "id<TAB>title";
// problems in the municipality's definitions go to stderr (exit 2).
int runFormsCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
