#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli keys id | rotate | export --out FILE | import FILE
// The record key of the store (docs/security.md, "The key"): its id, a new
// key for every record (rotate), and the key sealed with an administrator's
// passphrase for a new PC (export/import). Every change is audited as "cli".
int runKeysCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
