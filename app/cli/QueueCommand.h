#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli queue issue | call-next | recall | start | done | absent |
// transfer | cancel | list | categories | counters | counter set | category set
// (docs/cli.md, "queue …"). The ticket queue of the office store, for scripts,
// RPA tools and checks. Like `staff add` it asks for no sign-in: whoever can
// run it can already reach the office store. It acts with the role
// Supervisor, as the staff member given with --staff (none by default), which
// the ticket's events record.
int runQueueCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
