#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli outbox status [--json]
// kakanai-cli outbox list [--state pending|sending|sent|rejected] [--limit N] [--json]
// kakanai-cli outbox enqueue FILE…        (FILE "-" = standard input)
// kakanai-cli outbox flush [--timeout SECONDS]
// kakanai-cli outbox resend UUID
// kakanai-cli outbox export-csv --kind ido|kofu|kenmen --out FILE [--encoding utf-8|utf-8-bom|cp932]
//                               [--mapping FILE] [--from DATE] [--to DATE] [--state STATE]…
int runOutboxCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
