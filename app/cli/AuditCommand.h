#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli audit verify [--json] | audit list [--from SEQ] [--limit N]
int runAuditCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
