#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli demo simulate --days N [--seed S] [--end YYYY-MM-DD]
//                           [--arrivals-per-day N] [--json]
// Writes simulated queue history into the office store for demos, the
// statistics and the benchmarks (docs/queue-simulation.md); refuses days that
// already have tickets, and today.
int runDemoCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
