#include "DemoData.h"

#include "store/Database.h"
#include "store/MetaStore.h"
#include "common/Clock.h"

namespace kakanai {

QString DemoData::officeName()
{
    return QStringLiteral("かかない市役所 市民課（デモ）");
}

QList<std::tuple<QString, QString, Role, QString>> DemoData::staff()
{
    return {
        {QStringLiteral("admin"), QStringLiteral("管理　太郎"), Role::Administrator, QStringLiteral("demo-admin1")},
        {QStringLiteral("c001"), QStringLiteral("窓口　花子"), Role::Clerk, QStringLiteral("demo-clerk1")},
        {QStringLiteral("s001"), QStringLiteral("係長　一郎"), Role::Supervisor, QStringLiteral("demo-super1")},
        {QStringLiteral("r001"), QStringLiteral("案内　次郎"), Role::Reception, QStringLiteral("demo-recep1")},
    };
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
