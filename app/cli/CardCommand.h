#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli card readers
// kakanai-cli card tries [--reader NAME] [--matching-b]
// kakanai-cli card read [--reader NAME] [--with-number] (--pin-stdin | --verify-b-stdin) [--confirm-last-try]
int runCardCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
