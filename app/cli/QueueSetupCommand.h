#pragma once

#include "QueueCommandSupport.h"

// kakanai-cli queue categories | counters | counter set | category set: the
// administrator's part of `queue …` (docs/cli.md), run by QueueCommand's
// dispatch with the arguments it parsed.
namespace kakanai::queuecli {

int categories(CliContext &ctx, const QueueArgs &args);
int counters(CliContext &ctx, const QueueArgs &args);
int counterSet(CliContext &ctx, const QueueArgs &args);
int categorySet(CliContext &ctx, const QueueArgs &args);

} // namespace kakanai::queuecli
