#pragma once

#include <QStringList>

namespace kakanai {

struct CliContext;

// kakanai-cli office import-local [--json]: this PC's staff accounts and
// audit log into the office store (LocalImport; docs/admin/office.md).
int runOfficeImportLocal(CliContext &ctx, const QStringList &args);

} // namespace kakanai
