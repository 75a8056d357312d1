#pragma once

#include "security/AuditAnchor.h"

#include <optional>

namespace kakanai {

// An audit anchor in memory, for tests that need an AuditLog but not the
// checkpoint file (tst_auditlog tests the real FileAuditAnchor). No MAC: what
// it keeps is trusted as Sealed.
class MemoryAuditAnchor final : public AuditAnchor {
public:
    QString description() const override { return QStringLiteral("memory"); }
    Result<Loaded> load() const override;
    Status update(const Decide &decide) override;

    const std::optional<AuditCheckpoint> &checkpoint() const { return m_checkpoint; }
    int writes() const { return m_writes; }

private:
    std::optional<AuditCheckpoint> m_checkpoint;
    int m_writes = 0;
};

} // namespace kakanai
