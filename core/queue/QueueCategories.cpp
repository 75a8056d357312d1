#include "QueueCategories.h"

#include "TicketRows.h"
#include "common/Clock.h"
#include "office/OfficeStore.h"
#include "store/SqlStore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace kakanai::queue {

QueueCategories::QueueCategories(SqlStore &store, const Clock &clock, QTimeZone zone)
    : m_store(store), m_clock(clock), m_zone(std::move(zone))
{
}

Result<QList<QueueCategory>> QueueCategories::all() const
{
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM queue_category ORDER BY sort_order, code").arg(TicketRows::categoryColumns()));
    if (auto ok = m_store.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<QueueCategory> out;
    while (q.next())
        out.append(TicketRows::category(q));
    return out;
}

Status QueueCategories::validate(const QueueCategory &c)
{
    // Codes go on command lines and, space separated, into a counter's list.
    static const QRegularExpression code(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,23}$"));
    // Upper case only: a ticket is found again by its number typed in any case.
    static const QRegularExpression prefix(QStringLiteral("^[A-Z]{1,2}$"));
    if (!code.match(c.code).hasMatch())
        return fail(ErrorCode::InvalidArgument,
                    tr("A category code is 1 to 24 characters: lower-case letters a–z, digits, - and _."), c.code);
    if (!prefix.match(c.prefix).hasMatch())
        return fail(ErrorCode::InvalidArgument, tr("A ticket prefix is one or two capital letters A–Z."), c.prefix);
    if (c.firstNumber < 0 || c.firstNumber > 9999 || c.lastNumber < 0 || c.lastNumber > 9999)
        return fail(ErrorCode::InvalidArgument, tr("Ticket numbers are between 0 and 9999."),
                    QStringLiteral("%1-%2").arg(c.firstNumber).arg(c.lastNumber));
    if (c.firstNumber > c.lastNumber)
        return fail(ErrorCode::InvalidArgument, tr("The first number of the band must not be after its last number."),
                    QStringLiteral("%1-%2").arg(c.firstNumber).arg(c.lastNumber));
    if (c.nameJa.trimmed().isEmpty() || c.nameJa.size() > 40)
        return fail(ErrorCode::InvalidArgument, tr("The Japanese name is 1 to 40 characters."), c.code);
    if (c.nameEn.trimmed().isEmpty() || c.nameEn.size() > 60)
        return fail(ErrorCode::InvalidArgument, tr("The English name is 1 to 60 characters."), c.code);
    for (const QString &p : c.procedures)
        if (p.isEmpty() || p.contains(QRegularExpression(QStringLiteral("\\s"))))
            return fail(ErrorCode::InvalidArgument, tr("A procedure is a 手続ナビ form id without spaces."), p);
    return {};
}

Status QueueCategories::checkPrefixFree(const QueueCategory &c, const QString &today) const
{
    QSqlQuery other(m_store.connection());
    other.prepare(QStringLiteral("SELECT code FROM queue_category WHERE prefix = ? AND code <> ?"));
    other.addBindValue(c.prefix);
    other.addBindValue(c.code);
    if (auto ok = m_store.exec(other); !ok)
        return ok;
    if (other.next())
        return fail(ErrorCode::InvalidArgument,
                    tr("The prefix %1 is already the category “%2”'s; each category needs its own.")
                        .arg(c.prefix, other.value(0).toString()),
                    c.prefix);
    // Two tickets "A012" on one day could not be told apart.
    QSqlQuery used(m_store.connection());
    used.prepare(QStringLiteral("SELECT count(*) FROM ticket WHERE office_date = ? AND series <> ? AND "
                                "substr(display, 1, ?) = ? AND substr(display, ?, 1) BETWEEN '0' AND '9'"));
    used.addBindValue(today);
    used.addBindValue(c.code);
    used.addBindValue(int(c.prefix.size()));
    used.addBindValue(c.prefix);
    used.addBindValue(int(c.prefix.size()) + 1);
    if (auto ok = m_store.exec(used); !ok)
        return ok;
    if (used.next() && used.value(0).toInt() > 0)
        return fail(ErrorCode::InvalidArgument,
                    tr("Tickets with the prefix %1 of another category were given out today; use it from tomorrow.")
                        .arg(c.prefix),
                    c.prefix);
    return {};
}

Result<QueueCategories::Saved> QueueCategories::moveTodaysBand(const QueueCategory &c, const QString &today)
{
    Saved saved;
    const QString series = TicketRows::seriesFor(c.code);
    QSqlQuery row(m_store.connection());
    row.prepare(QStringLiteral("SELECT first_number, next_number FROM daily_number WHERE series = ? AND office_date = ?"));
    row.addBindValue(series);
    row.addBindValue(today);
    if (auto ok = m_store.exec(row); !ok)
        return std::unexpected(ok.error());
    if (!row.next())
        return saved; // the first take today makes the row with the new band
    const int first = row.value(0).toInt();
    const int next = row.value(1).toInt();
    saved.lastGivenToday = next > first ? next - 1 : -1;
    // Numbers only go up within a day (never one given twice): the band may
    // move on past the numbers given, not back below them.
    if (c.lastNumber < next - 1) {
        saved.today = TodayBand::KeptUntilTomorrow;
        return saved;
    }
    // first_number stays where the day began (next_number never goes below it).
    QSqlQuery move(m_store.connection());
    move.prepare(QStringLiteral("UPDATE daily_number SET last_number = ?, next_number = ? "
                                "WHERE series = ? AND office_date = ?"));
    move.addBindValue(c.lastNumber);
    move.addBindValue(std::max(next, c.firstNumber));
    move.addBindValue(series);
    move.addBindValue(today);
    if (auto ok = m_store.exec(move); !ok)
        return std::unexpected(ok.error());
    saved.today = TodayBand::Applied;
    return saved;
}

Error QueueCategories::explained(const Error &error) const
{
    if (error.code() != ErrorCode::PermissionDenied)
        return error;
    return Error(ErrorCode::PermissionDenied,
                 tr("This role may not change ticket categories: on PostgreSQL the counter PCs' role only reads them. "
                    "Run this command as the administrator, with the office store owner's role in office/url "
                    "(docs/admin/office.md)."),
                 error.technicalDetail());
}

Result<QueueCategories::Saved> QueueCategories::save(const QueueCategory &c)
{
    if (auto ok = validate(c); !ok)
        return std::unexpected(ok.error());
    const QString today = OfficeCalendar(m_clock, m_zone).today().toString(Qt::ISODate);
    Saved saved;
    auto done = m_store.inTransaction([&]() -> Status {
        // The queue writers' lock (QueueService), first: an issue in
        // progress finishes on the old band, the next one takes the new.
        if (auto locked = OfficeStore::lockForWriters(m_store, QStringLiteral("queue_counter")); !locked)
            return locked;
        QSqlQuery exists(m_store.connection());
        exists.prepare(QStringLiteral("SELECT count(*) FROM queue_category WHERE code = ?"));
        exists.addBindValue(c.code);
        if (auto ok = m_store.exec(exists); !ok)
            return ok;
        const bool created = !(exists.next() && exists.value(0).toInt() > 0);
        if (auto ok = checkPrefixFree(c, today); !ok)
            return ok;
        QSqlQuery upsert(m_store.connection());
        upsert.prepare(QStringLiteral(
            "INSERT INTO queue_category (code, prefix, first_number, last_number, name_ja, name_en, procedures, "
            "sort_order, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
            "prefix = excluded.prefix, first_number = excluded.first_number, last_number = excluded.last_number, "
            "name_ja = excluded.name_ja, name_en = excluded.name_en, procedures = excluded.procedures, "
            "sort_order = excluded.sort_order, active = excluded.active"));
        upsert.addBindValue(c.code);
        upsert.addBindValue(c.prefix);
        upsert.addBindValue(c.firstNumber);
        upsert.addBindValue(c.lastNumber);
        upsert.addBindValue(c.nameJa.trimmed());
        upsert.addBindValue(c.nameEn.trimmed());
        // Never NULL: an empty list joins to a null string, which binds as NULL.
        upsert.addBindValue(TicketRows::words(c.procedures));
        upsert.addBindValue(c.sortOrder);
        upsert.addBindValue(c.active ? 1 : 0);
        if (auto ok = m_store.exec(upsert); !ok)
            return ok;
        auto moved = moveTodaysBand(c, today);
        if (!moved)
            return std::unexpected(moved.error());
        saved = *moved;
        saved.created = created;
        return {};
    });
    if (!done)
        return std::unexpected(explained(done.error()));
    return saved;
}

} // namespace kakanai::queue
