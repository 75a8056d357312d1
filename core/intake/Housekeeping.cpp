#include "Housekeeping.h"

#include "DraftStore.h"
#include "common/Clock.h"
#include "common/LogCategories.h"
#include "common/Settings.h"
#include "outbox/Outbox.h"
#include "outbox/RecordPurger.h"
#include "security/Roles.h"
#include "security/SessionController.h"

namespace kakanai::intake {

Housekeeping::Housekeeping(RecordPurger &purger, DraftStore *drafts, const Settings &settings, const Clock &clock,
                           QObject *parent)
    : QObject(parent), m_purger(purger), m_drafts(drafts), m_settings(settings), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { purgeNow(); });
}

void Housekeeping::start(std::chrono::milliseconds interval)
{
    purgeNow();
    m_timer.setInterval(interval);
    m_timer.start();
}

Result<std::pair<int, int>> Housekeeping::purgeNow()
{
    auto records = m_purger.purge(m_settings);
    if (!records) {
        qCWarning(lcIntake) << "sent records not purged:" << records.error().toString();
        return std::unexpected(records.error());
    }
    int drafts = 0;
    if (m_drafts) {
        const int days = std::max(1, m_settings.integer(SettingKey::OutboxPurgeAfterDays));
        auto purged = m_drafts->purgeOlderThan(m_clock.nowUtc().addDays(-days));
        if (!purged) {
            qCWarning(lcIntake) << "stale drafts not purged:" << purged.error().toString();
            return std::unexpected(purged.error());
        }
        drafts = *purged;
    }
    return std::pair{*records, drafts};
}

void Housekeeping::installResendPolicy(Outbox &outbox, SessionController &session)
{
    outbox.setResendAuthoriser([&session](const QString &uuid) -> Status {
        if (!session.allows(Action::ResendRejected))
            return fail(ErrorCode::NotAllowed, tr("Only a supervisor may send a rejected record again."));
        session.audit(QStringLiteral("outbox-resend"), uuid);
        return {};
    });
}

} // namespace kakanai::intake
