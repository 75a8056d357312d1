#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli outbox status [--json]
// kakanai-cli outbox list [--state pending|sending|sent|rejected] [--limit N] [--json]
// kakanai-cli outbox enqueue FILE…        (FILE "-" = standard input)
// kakanai-cli outbox flush [--timeout SECONDS]
// kakanai-cli outbox resend UUID
int runOutboxCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
