#include "DemoData.h"

#include "Database.h"
#include "MetaStore.h"
#include "common/Clock.h"

namespace kakanai {

QString DemoData::officeName()
{
    return QStringLiteral("かかない市役所 市民課（デモ）");
}

Status DemoData::seedIfNew(Database &db, const Clock &clock)
{
    MetaStore meta(db);
    auto seeded = meta.value(QStringLiteral("demo_seeded_at"));
    if (!seeded)
        return std::unexpected(seeded.error());
    if (seeded->has_value())
        return {};
    auto created = meta.value(QStringLiteral("created_at"));
    if (!created)
        return std::unexpected(created.error());
    return db.inTransaction([&]() -> Status {
        const QString now = clock.nowUtc().toString(Qt::ISODateWithMs);
        if (auto ok = meta.setValue(QStringLiteral("demo_seeded_at"), now); !ok)
            return ok;
        return meta.setValue(QStringLiteral("demo_office_name"), officeName());
    });
}

} // namespace kakanai
