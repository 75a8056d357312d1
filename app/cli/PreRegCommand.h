#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli prereg export DIR [--force] [--forms-dir DIR]: the citizen's
// page (resources/prereg-page, compiled in) with this office's forms and
// 手続ナビ as definitions.js, ready to publish as a static folder
// (docs/user/citizen-page.md).
int runPreRegCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
