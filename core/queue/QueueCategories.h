#pragma once

#include "QueueTypes.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace kakanai {
class Clock;
class SqlStore;
} // namespace kakanai

namespace kakanai::queue {

// The administrator's side of the ticket categories (kakanai-cli queue
// category set): letter, number band, names, 手続ナビ procedures, order.
// On PostgreSQL only the office store's owner may change them (the counter
// role reads them only); a refusal says so plainly.
class QueueCategories {
    Q_DECLARE_TR_FUNCTIONS(QueueCategories)
public:
    // What a band change did to today's numbers of the category.
    enum class TodayBand {
        NotStarted,        // no number given today: the new band is used from the first
        Applied,           // numbers continue today in the new band, after those already given
        KeptUntilTomorrow, // the new band ends before numbers already given today: it starts tomorrow
    };
    struct Saved {
        bool created = false;
        TodayBand today = TodayBand::NotStarted;
        int lastGivenToday = -1; // -1: none
    };

    QueueCategories(SqlStore &store, const Clock &clock, QTimeZone zone);

    // Every category, inactive ones too, by order.
    Result<QList<QueueCategory>> all() const;
    // The rules of a category on its own (the schema's checks, and the ones
    // that keep ticket numbers readable), as messages an administrator can
    // act on: code, prefix 1–2 letters A–Z, band within 0–9999, names.
    static Status validate(const QueueCategory &category);
    // Adds or changes one category, in one transaction: its rules, a prefix
    // no other category has (nor today's tickets of another one), and today's
    // number band moved along where the numbers already given allow it.
    Result<Saved> save(const QueueCategory &category);

private:
    Status checkPrefixFree(const QueueCategory &category, const QString &today) const;
    Result<Saved> moveTodaysBand(const QueueCategory &category, const QString &today);
    Error explained(const Error &error) const;

    SqlStore &m_store;
    const Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace kakanai::queue
