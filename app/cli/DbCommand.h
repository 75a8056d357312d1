#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli db check [--json] | db backup FILE | db migrate
int runDbCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
