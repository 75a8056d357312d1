#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli office init | check [--json] | backup FILE | roles,
// with [--office URL] [--password-file FILE] (docs/cli.md, docs/admin/office.md).
int runOfficeCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
