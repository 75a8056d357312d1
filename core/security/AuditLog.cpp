#include "AuditLog.h"

#include "AuditAnchor.h"
#include "common/Clock.h"
#include "common/LogCategories.h"
#include "store/SqlStore.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <climits>

namespace kakanai {

namespace {

void addField(QCryptographicHash &h, const QByteArray &bytes)
{
    // Length-prefixed, so ("ab","c") and ("a","bc") hash differently.
    const quint32 n = quint32(bytes.size());
    const char len[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
    h.addData(QByteArrayView(len, 4));
    h.addData(bytes);
}

// Qt binds a null QString as SQL NULL; the columns hold '' for "none".
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AuditLog::AuditLog(SqlStore &db, const Clock &clock, QString terminalId, QTimeZone officeZone, AuditAnchor &anchor)
    : m_db(db), m_clock(clock), m_terminalId(std::move(terminalId)), m_zone(std::move(officeZone)), m_anchor(anchor)
{
}

QByteArray AuditLog::entryHash(const AuditEvent &e, const QByteArray &prevHash)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, QByteArrayLiteral("kakanai-audit-v1"));
    addField(h, QByteArray::number(e.seq));
    addField(h, isoUtc(e.at).toUtf8());
    addField(h, e.terminalId.toUtf8());
    addField(h, e.staffId.toUtf8());
    addField(h, e.action.toUtf8());
    addField(h, e.target.toUtf8());
    addField(h, e.detail.toUtf8());
    addField(h, prevHash);
    return h.result();
}

Status AuditLog::append(const QString &staffId, const QString &action, const QString &target, const QString &detail)
{
    return m_db.inTransaction([&] { return appendInTransaction(staffId, action, target, detail); });
}

Status AuditLog::appendInTransaction(const QString &staffId, const QString &action, const QString &target,
                                     const QString &detail)
{
    QSqlQuery head(m_db.connection());
    head.prepare(QStringLiteral("SELECT seq, at, hash FROM audit_event ORDER BY seq DESC LIMIT 1"));
    if (auto ok = m_db.exec(head); !ok)
        return ok;
    AuditEvent e;
    e.seq = 1;
    e.prevHash = genesisHash();
    QDateTime previousAt;
    if (head.next()) {
        e.seq = head.value(0).toLongLong() + 1;
        previousAt = QDateTime::fromString(head.value(1).toString(), Qt::ISODateWithMs);
        e.prevHash = head.value(2).toByteArray();
    }
    e.at = m_clock.nowUtc();
    // Never earlier than the entry before: a clock set back must not make the
    // log run backwards (the entry order is the truth; the time is a label).
    if (previousAt.isValid() && e.at < previousAt)
        e.at = previousAt;
    const QDate previousDay = previousAt.isValid() ? previousAt.toTimeZone(m_zone).date() : QDate();
    const QDate today = e.at.toTimeZone(m_zone).date();
    e.terminalId = m_terminalId;
    e.staffId = notNull(staffId);
    e.action = notNull(action);
    e.target = notNull(target);
    e.detail = notNull(detail);
    e.hash = entryHash(e, e.prevHash);

    // The first entry of a new office day closes the day before with its digest.
    if (previousDay.isValid() && previousDay < today) {
        QSqlQuery digest(m_db.connection());
        digest.prepare(QStringLiteral("INSERT INTO audit_daily_digest (office_date, last_seq, head_hash) "
                                      "VALUES (?, ?, ?) ON CONFLICT (office_date) DO NOTHING"));
        digest.addBindValue(previousDay.toString(Qt::ISODate));
        digest.addBindValue(e.seq - 1);
        digest.addBindValue(e.prevHash);
        if (auto ok = m_db.exec(digest); !ok)
            return ok;
    }

    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO audit_event (seq, at, terminal_id, staff_id, action, target, detail, "
                                  "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(e.seq);
    insert.addBindValue(isoUtc(e.at));
    insert.addBindValue(e.terminalId);
    insert.addBindValue(e.staffId);
    insert.addBindValue(e.action);
    insert.addBindValue(e.target);
    insert.addBindValue(e.detail);
    insert.addBindValue(e.prevHash);
    insert.addBindValue(e.hash);
    if (auto ok = m_db.exec(insert); !ok)
        return ok;
    m_db.afterCommit(this, [this] {
        if (auto anchored = advanceAnchor(); !anchored)
            qCWarning(lcSecurity) << "the audit checkpoint was not moved up:" << anchored.error().toString();
    });
    return {};
}

Result<AuditLog::Head> AuditLog::head() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"));
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return Head{0, genesisHash()};
    return Head{q.value(0).toLongLong(), q.value(1).toByteArray()};
}

Result<QByteArray> AuditLog::hashAt(qint64 seq) const
{
    if (seq == 0)
        return genesisHash();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT hash FROM audit_event WHERE seq = ?"));
    q.addBindValue(seq);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

AuditCheckpoint AuditLog::checkpointAt(const Head &head) const
{
    AuditCheckpoint c;
    c.terminalId = m_terminalId;
    c.entries = head.seq;
    c.headSeq = head.seq;
    c.headHash = head.hash;
    c.writtenAt = m_clock.nowUtc();
    return c;
}

Status AuditLog::advanceAnchor()
{
    std::optional<Error> failed;
    auto updated = m_anchor.update([&](const AuditAnchor::Loaded &kept) -> std::optional<AuditCheckpoint> {
        // Read under the anchor's lock: what another program committed and
        // anchored meanwhile is seen, so the checkpoint only moves forwards.
        auto now = head();
        if (!now) {
            failed = now.error();
            return std::nullopt;
        }
        if (kept.found == AuditAnchor::Found::Forged) {
            qCWarning(lcSecurity) << "the audit checkpoint is not valid; it is kept for audit verify to report";
            return std::nullopt;
        }
        if (kept.found == AuditAnchor::Found::Sealed) {
            const AuditCheckpoint &c = kept.checkpoint;
            if (c.entries == now->seq)
                return std::nullopt;
            if (c.entries > now->seq) {
                qCWarning(lcSecurity) << "the audit log has" << now->seq << "entries but its checkpoint" << c.entries
                                      << "; the checkpoint is kept for audit verify to report";
                return std::nullopt;
            }
            auto there = hashAt(c.headSeq);
            if (!there) {
                failed = there.error();
                return std::nullopt;
            }
            if (*there != c.headHash) {
                qCWarning(lcSecurity) << "the audit log's entry" << c.headSeq
                                      << "is not the one the checkpoint names; the checkpoint is kept";
                return std::nullopt;
            }
        } else {
            qCInfo(lcSecurity) << "audit anchor started at entry" << now->seq;
        }
        return checkpointAt(*now);
    });
    if (!updated)
        return updated;
    if (failed)
        return std::unexpected(*failed);
    return {};
}

Result<QList<AuditEvent>> AuditLog::events(qint64 fromSeq, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT seq, at, terminal_id, staff_id, action, target, detail, prev_hash, hash "
                             "FROM audit_event WHERE seq >= ? ORDER BY seq LIMIT ?"));
    q.addBindValue(fromSeq);
    q.addBindValue(limit);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<AuditEvent> out;
    while (q.next()) {
        AuditEvent e;
        e.seq = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.terminalId = q.value(2).toString();
        e.staffId = q.value(3).toString();
        e.action = q.value(4).toString();
        e.target = q.value(5).toString();
        e.detail = q.value(6).toString();
        e.prevHash = q.value(7).toByteArray();
        e.hash = q.value(8).toByteArray();
        out.append(e);
    }
    return out;
}

bool AuditLog::Verification::intact() const
{
    if (firstBroken)
        return false;
    switch (anchor) {
    case AnchorCheck::Started:
    case AnchorCheck::Matches:
    case AnchorCheck::Extended:
        return true;
    case AnchorCheck::NotChecked:
    case AnchorCheck::Unavailable:
    case AnchorCheck::Truncated:
    case AnchorCheck::Diverged:
    case AnchorCheck::CheckpointForged:
        break;
    }
    return false;
}

QString AuditLog::anchorCheckName(AnchorCheck check)
{
    switch (check) {
    case AnchorCheck::NotChecked: return QStringLiteral("not-checked");
    case AnchorCheck::Unavailable: return QStringLiteral("unavailable");
    case AnchorCheck::Started: return QStringLiteral("started");
    case AnchorCheck::Matches: return QStringLiteral("matches");
    case AnchorCheck::Extended: return QStringLiteral("extended");
    case AnchorCheck::Truncated: return QStringLiteral("truncated");
    case AnchorCheck::Diverged: return QStringLiteral("diverged");
    case AnchorCheck::CheckpointForged: return QStringLiteral("checkpoint-forged");
    }
    return {};
}

Result<AuditLog::Verification> AuditLog::verify()
{
    Verification v;
    // The checkpoint first: the log only grows after this, so a checkpoint
    // written meanwhile by another program cannot look like a cut-off log.
    const auto kept = m_anchor.load();
    const std::optional<AuditCheckpoint> anchored =
        kept && kept->found == AuditAnchor::Found::Sealed ? std::optional(kept->checkpoint) : std::nullopt;
    QByteArray hashAtAnchor = anchored && anchored->headSeq == 0 ? genesisHash() : QByteArray();
    QByteArray prev = genesisHash();
    qint64 expectedSeq = 1;
    constexpr int kPage = 5000;
    for (;;) {
        auto page = events(expectedSeq == 1 ? 0 : expectedSeq, kPage);
        if (!page)
            return std::unexpected(page.error());
        for (const AuditEvent &e : std::as_const(*page)) {
            QString reason;
            if (e.seq != expectedSeq)
                reason = e.seq > expectedSeq ? tr("Entries before this one are missing (deleted).")
                                             : tr("The entry numbers are out of order.");
            else if (e.prevHash != prev)
                reason = tr("This entry does not follow the entry before it (an entry was deleted, inserted or moved).");
            else if (entryHash(e, prev) != e.hash)
                reason = tr("This entry was changed after it was written.");
            if (!reason.isEmpty()) {
                v.firstBroken = e.seq;
                v.reason = reason;
                return v;
            }
            prev = e.hash;
            if (anchored && e.seq == anchored->headSeq)
                hashAtAnchor = e.hash;
            ++expectedSeq;
            ++v.checked;
        }
        if (page->size() < kPage)
            break;
    }
    QSqlQuery d(m_db.connection());
    d.prepare(QStringLiteral("SELECT office_date, last_seq, head_hash FROM audit_daily_digest ORDER BY office_date"));
    if (auto ok = m_db.exec(d); !ok)
        return std::unexpected(ok.error());
    while (d.next()) {
        const QString day = d.value(0).toString();
        const qint64 lastSeq = d.value(1).toLongLong();
        const QByteArray headHash = d.value(2).toByteArray();
        auto at = events(lastSeq, 1);
        if (!at)
            return std::unexpected(at.error());
        if (at->isEmpty() || at->first().seq != lastSeq || at->first().hash != headHash) {
            v.firstBroken = lastSeq;
            v.reason = tr("The daily digest of %1 does not match the log.").arg(day);
            return v;
        }
        v.dailyDigests.append({day, headHash});
    }
    d.finish();

    if (!kept) {
        v.anchor = AnchorCheck::Unavailable;
        v.anchorReason = tr("Whether entries were cut off at the end cannot be checked: %1").arg(kept.error().message());
        return v;
    }
    if (kept->found == AuditAnchor::Found::Forged) {
        v.anchor = AnchorCheck::CheckpointForged;
        v.anchorReason = tr("The checkpoint (%1) was tampered with: %2").arg(m_anchor.description(), kept->problem);
        return v;
    }
    if (kept->found == AuditAnchor::Found::Nothing) {
        v.anchor = AnchorCheck::Started;
        v.anchorReason = tr("There was no checkpoint (%1): the anchor starts now, at entry %2. Entries cut off "
                            "before now cannot be seen.")
                             .arg(m_anchor.description())
                             .arg(v.checked);
    } else {
        v.anchoredEntries = anchored->entries;
        if (anchored->entries > v.checked) {
            v.anchor = AnchorCheck::Truncated;
            v.anchorReason = tr("The log was cut off: %n entries are missing after entry %1 (the checkpoint of %2 "
                                "records %3 entries).",
                                nullptr, int(std::min<qint64>(v.missingEntries(), INT_MAX)))
                                 .arg(v.checked)
                                 .arg(anchored->writtenAt.toUTC().toString(Qt::ISODate))
                                 .arg(anchored->entries);
            return v;
        }
        if (hashAtAnchor != anchored->headHash) {
            v.anchor = AnchorCheck::Diverged;
            v.anchorReason = tr("Entry %1 is not the entry the checkpoint recorded: the log was rewritten up to "
                                "there.")
                                 .arg(anchored->headSeq);
            return v;
        }
        if (anchored->entries == v.checked) {
            v.anchor = AnchorCheck::Matches;
            return v;
        }
        v.anchor = AnchorCheck::Extended;
    }
    // A new checkpoint at the head the chain just vouched for.
    if (auto advanced = advanceAnchor(); !advanced) {
        qCWarning(lcSecurity) << "the audit checkpoint was not written:" << advanced.error().toString();
        if (v.anchor == AnchorCheck::Started) {
            v.anchor = AnchorCheck::Unavailable;
            v.anchorReason = tr("Whether entries were cut off at the end cannot be checked: %1")
                                 .arg(advanced.error().message());
        }
    }
    return v;
}

} // namespace kakanai
