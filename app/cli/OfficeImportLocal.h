#pragma once

namespace kakanai {

struct CliContext;
struct OfficeStoreOptions;

// kakanai-cli office import-local [--json]: this PC's staff accounts and
// audit log (the store --db names) into the office store at `options`
// (LocalImport; docs/admin/office.md).
int runOfficeImportLocal(CliContext &ctx, const OfficeStoreOptions &options, bool json);

} // namespace kakanai
