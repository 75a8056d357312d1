#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli staff list | staff add ID --name NAME --role ROLE --password-stdin
// For provisioning counter PCs by script. Whoever can run this can already
// write the database file, so it asks for no sign-in; every change is audited
// as done by "cli".
int runStaffCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
