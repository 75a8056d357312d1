#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli stats --from DATE --to DATE [--by …] [--service-levels "15 30"] [--json]
// kakanai-cli stats export-events --from DATE --to DATE --out FILE.csv
// Wait-time statistics of the office store's tickets (docs/user/statistics.md,
// docs/cli.md). Read only: no sign-in, nothing audited.
int runStatsCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
