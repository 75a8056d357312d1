#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

namespace kakanai {

class Clock;
class Outbox;
class RecordPurger;
class SessionController;
class Settings;

namespace intake {

class DraftStore;

// The counter PC's standing rules, out of main() so that they are tested:
//  - sent records and stale drafts leave the PC after the retention period
//    (OutboxPurgeAfterDays), at start and then daily;
//  - only a signed-in supervisor may send a rejected record again, and each
//    resend is audited (Outbox::setResendAuthoriser).
class Housekeeping : public QObject {
    Q_OBJECT
public:
    Housekeeping(RecordPurger &purger, DraftStore *drafts, const Settings &settings, const Clock &clock,
                 QObject *parent = nullptr);

    // Purges now and then every `interval` (a day by default).
    void start(std::chrono::milliseconds interval = std::chrono::hours(24));
    // One purge run: sent records, then drafts older than the retention.
    // Returns the number of records and drafts removed.
    Result<std::pair<int, int>> purgeNow();

    // The resend rule on `outbox`, checked against `session`.
    static void installResendPolicy(Outbox &outbox, SessionController &session);

private:
    RecordPurger &m_purger;
    DraftStore *m_drafts;
    const Settings &m_settings;
    const Clock &m_clock;
    QTimer m_timer;
};

} // namespace intake
} // namespace kakanai
