#include "MemoryAuditAnchor.h"

namespace kakanai {

Result<AuditAnchor::Loaded> MemoryAuditAnchor::load() const
{
    if (!m_checkpoint)
        return Loaded{};
    return Loaded{Found::Sealed, *m_checkpoint, QString()};
}

Status MemoryAuditAnchor::update(const Decide &decide)
{
    auto kept = load();
    if (auto next = decide(*kept)) {
        m_checkpoint = *next;
        ++m_writes;
    }
    return {};
}

} // namespace kakanai
