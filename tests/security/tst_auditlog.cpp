// The audit chain: appended entries verify; every kind of tampering is found
// and the first broken entry named. Its anchor: a MACed checkpoint outside
// the store makes a cut-off log (the last entries, or all of them), a rebuilt
// one and a forged checkpoint show, and accepts a log that grew past it.
#include "common/Clock.h"
#include "outbox/FileKeyProvider.h"
#include "outbox/RecordCipher.h"
#include "security/AuditAnchor.h"
#include "security/AuditLog.h"
#include "security/MemoryAuditAnchor.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;

class TestAuditLog : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void chainStartsAtGenesisAndVerifies();
    void triggersRefuseUpdateAndDelete();
    void detectsTampering_data();
    void detectsTampering();
    void dailyDigestClosesEachOfficeDay();
    void tamperedDigestIsFound();
    void clockSetBackDoesNotRunBackwards();
    void appendInTransactionRollsBackWithTheChange();
    void checkpointFollowsEveryAppend();
    void checkpointRoundTripsAsHeaderValue();
    void truncationIsFound_data();
    void truncationIsFound();
    void cutOffLogThatGoesOnIsStillFound();
    void rebuiltLogIsFound();
    void forgedCheckpointIsFound_data();
    void forgedCheckpointIsFound();
    void rolledBackCheckpointIsAcceptedAndMovedUp();
    void noCheckpointStartsTheAnchor();
    void missingKeyLeavesTheEndUnchecked();

private:
    bool raw(const QString &sql);
    void appendThree();
    void append(int n);
    std::optional<AuditCheckpoint> keptCheckpoint() const;
    bool writeCheckpointFile(const QByteArray &bytes);
    std::unique_ptr<RecordCipher> makeCipher(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<RecordCipher> m_cipher;
    QString m_anchorPath;
    std::unique_ptr<FileAuditAnchor> m_anchor;
    std::unique_ptr<AuditLog> m_log;
};

void TestAuditLog::init()
{
    static int n = 0;
    auto db = Database::open({m_dir.filePath(QStringLiteral("audit%1.sqlite").arg(++n))});
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().toString()));
    m_db = std::move(*db);
    // 10:00 in Tokyo.
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 4, 1), QTime(1, 0), Qt::UTC));
    // The checkpoint in its own folder, sealed with a subkey of a record key, as in the app.
    m_cipher = makeCipher(QStringLiteral("record%1.key").arg(n));
    QVERIFY(m_cipher);
    m_anchorPath = m_dir.filePath(QStringLiteral("config%1/audit-anchor.json").arg(n));
    m_anchor = std::make_unique<FileAuditAnchor>(m_anchorPath, AuditAnchor::storeIdFor(m_db->path()),
                                                 AuditAnchor::macKey(*m_cipher));
    m_log = std::make_unique<AuditLog>(*m_db, *m_clock, QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"),
                                       *m_anchor);
}

void TestAuditLog::cleanup()
{
    m_log.reset();
    m_anchor.reset();
    m_db.reset();
}

std::unique_ptr<RecordCipher> TestAuditLog::makeCipher(const QString &name)
{
    FileKeyProvider keys(m_dir.filePath(name));
    auto key = keys.loadOrCreateKey();
    if (!key)
        return nullptr;
    return std::make_unique<RecordCipher>(std::move(*key));
}

void TestAuditLog::append(int n)
{
    for (int i = 0; i < n; ++i) {
        QVERIFY(m_log->append(QStringLiteral("c001"), QStringLiteral("read-card"), QString(),
                              QStringLiteral("n=%1").arg(i)));
        m_clock->advanceSecs(10);
    }
}

std::optional<AuditCheckpoint> TestAuditLog::keptCheckpoint() const
{
    auto loaded = m_anchor->load();
    if (!loaded || loaded->found != AuditAnchor::Found::Sealed)
        return std::nullopt;
    return loaded->checkpoint;
}

bool TestAuditLog::writeCheckpointFile(const QByteArray &bytes)
{
    QFile f(m_anchorPath);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool TestAuditLog::raw(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql)) {
        qWarning() << q.lastError().text();
        return false;
    }
    return true;
}

void TestAuditLog::appendThree()
{
    QVERIFY(m_log->append(QStringLiteral("c001"), QStringLiteral("sign-in")));
    m_clock->advanceSecs(30);
    QVERIFY(m_log->append(QStringLiteral("c001"), QStringLiteral("read-card"), QString(), QStringLiteral("ok")));
    m_clock->advanceSecs(30);
    QVERIFY(m_log->append(QStringLiteral("c001"), QStringLiteral("reveal-individual-number"),
                          QStringLiteral("0b7c2f44-0000-4000-8000-000000000001")));
}

void TestAuditLog::chainStartsAtGenesisAndVerifies()
{
    appendThree();
    auto events = m_log->events();
    QVERIFY(events);
    QCOMPARE(events->size(), 3);
    QCOMPARE(events->at(0).seq, 1);
    QCOMPARE(events->at(0).prevHash, AuditLog::genesisHash());
    for (qsizetype i = 1; i < events->size(); ++i) {
        QCOMPARE(events->at(i).seq, i + 1);
        QCOMPARE(events->at(i).prevHash, events->at(i - 1).hash);
        QCOMPARE(AuditLog::entryHash(events->at(i), events->at(i - 1).hash), events->at(i).hash);
    }
    QCOMPARE(events->at(2).terminalId, QStringLiteral("counter-01"));
    auto v = m_log->verify();
    QVERIFY(v);
    QCOMPARE(v->checked, 3);
    QVERIFY(!v->firstBroken.has_value());
}

void TestAuditLog::triggersRefuseUpdateAndDelete()
{
    appendThree();
    QSqlQuery u(m_db->connection());
    QVERIFY(!u.exec(QStringLiteral("UPDATE audit_event SET action = 'nothing' WHERE seq = 2")));
    QVERIFY(u.lastError().text().contains(QStringLiteral("append-only")));
    QSqlQuery d(m_db->connection());
    QVERIFY(!d.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = 1")));
    auto v = m_log->verify();
    QVERIFY(v && !v->firstBroken);
}

void TestAuditLog::detectsTampering_data()
{
    QTest::addColumn<QStringList>("attack");
    QTest::addColumn<qint64>("firstBroken");
    QTest::newRow("edit a field") << QStringList{QStringLiteral("UPDATE audit_event SET staff_id = 'x999' WHERE seq = 2")}
                                  << qint64(2);
    QTest::newRow("edit the time") << QStringList{QStringLiteral("UPDATE audit_event SET at = '2026-03-01T00:00:00.000Z' WHERE seq = 3")}
                                   << qint64(3);
    QTest::newRow("delete one") << QStringList{QStringLiteral("DELETE FROM audit_event WHERE seq = 2")} << qint64(3);
    QTest::newRow("delete the first") << QStringList{QStringLiteral("DELETE FROM audit_event WHERE seq = 1")} << qint64(2);
    QTest::newRow("delete and renumber")
        << QStringList{QStringLiteral("DELETE FROM audit_event WHERE seq = 2"),
                       QStringLiteral("UPDATE audit_event SET seq = 2 WHERE seq = 3")}
        << qint64(2);
    QTest::newRow("swap two entries")
        << QStringList{QStringLiteral("UPDATE audit_event SET seq = 100 WHERE seq = 2"),
                       QStringLiteral("UPDATE audit_event SET seq = 2 WHERE seq = 3"),
                       QStringLiteral("UPDATE audit_event SET seq = 3 WHERE seq = 100")}
        << qint64(2);
}

void TestAuditLog::detectsTampering()
{
    QFETCH(QStringList, attack);
    QFETCH(qint64, firstBroken);
    appendThree();
    // Someone with the file and a SQLite tool: the triggers go first.
    QVERIFY(raw(QStringLiteral("DROP TRIGGER audit_event_no_update")));
    QVERIFY(raw(QStringLiteral("DROP TRIGGER audit_event_no_delete")));
    for (const QString &sql : attack)
        QVERIFY(raw(sql));
    auto v = m_log->verify();
    QVERIFY(v);
    QVERIFY(v->firstBroken.has_value());
    QCOMPARE(*v->firstBroken, firstBroken);
    QVERIFY(!v->reason.isEmpty());
}

void TestAuditLog::dailyDigestClosesEachOfficeDay()
{
    appendThree();
    // 23:59 Tokyo the same day: still the same office day.
    m_clock->setNowUtc(QDateTime(QDate(2026, 4, 1), QTime(14, 59), Qt::UTC));
    QVERIFY(m_log->append(QStringLiteral("c001"), QStringLiteral("sign-out")));
    auto v = m_log->verify();
    QVERIFY(v && v->dailyDigests.isEmpty());
    // 00:00 Tokyo the next day: the first entry closes 2026-04-01 at seq 4.
    m_clock->setNowUtc(QDateTime(QDate(2026, 4, 1), QTime(15, 0), Qt::UTC));
    QVERIFY(m_log->append(QStringLiteral("c002"), QStringLiteral("sign-in")));
    v = m_log->verify();
    QVERIFY(v && !v->firstBroken);
    QCOMPARE(v->dailyDigests.size(), 1);
    QCOMPARE(v->dailyDigests.first().first, QStringLiteral("2026-04-01"));
    auto events = m_log->events(4, 1);
    QVERIFY(events && events->size() == 1);
    QCOMPARE(v->dailyDigests.first().second, events->first().hash);
}

void TestAuditLog::tamperedDigestIsFound()
{
    appendThree();
    m_clock->advanceDays(1);
    QVERIFY(m_log->append(QStringLiteral("c001"), QStringLiteral("sign-in")));
    QVERIFY(raw(QStringLiteral("UPDATE audit_daily_digest SET head_hash = zeroblob(32)")));
    auto v = m_log->verify();
    QVERIFY(v && v->firstBroken.has_value());
    QCOMPARE(*v->firstBroken, 3);
}

void TestAuditLog::clockSetBackDoesNotRunBackwards()
{
    QVERIFY(m_log->append(QStringLiteral("c001"), QStringLiteral("sign-in")));
    m_clock->advanceSecs(-3600);
    QVERIFY(m_log->append(QStringLiteral("c001"), QStringLiteral("read-card")));
    auto events = m_log->events();
    QVERIFY(events && events->size() == 2);
    QVERIFY(events->at(1).at >= events->at(0).at);
    QVERIFY(m_log->verify()->checked == 2);
}

void TestAuditLog::appendInTransactionRollsBackWithTheChange()
{
    auto result = m_db->inTransaction([&]() -> Status {
        if (auto ok = m_log->appendInTransaction(QStringLiteral("c001"), QStringLiteral("complete-visit")); !ok)
            return ok;
        return fail(ErrorCode::DiskFull, QStringLiteral("the record could not be written"));
    });
    QVERIFY(!result);
    auto events = m_log->events();
    QVERIFY(events);
    QVERIFY(events->isEmpty());
    // The checkpoint follows what committed only: an entry rolled back is no entry missing.
    QVERIFY(!QFile::exists(m_anchorPath));
    auto v = m_log->verify();
    QVERIFY(v && v->intact());
    QCOMPARE(v->anchor, AuditLog::AnchorCheck::Started);
}

void TestAuditLog::checkpointFollowsEveryAppend()
{
    appendThree();
    auto kept = keptCheckpoint();
    QVERIFY(kept);
    QCOMPARE(kept->entries, 3);
    QCOMPARE(kept->headSeq, 3);
    QCOMPARE(kept->headHash, m_log->events(3, 1)->first().hash);
    QCOMPARE(kept->terminalId, QStringLiteral("counter-01"));
    QCOMPARE(kept->store, AuditAnchor::storeIdFor(m_db->path()));
    // Appends inside a caller's transaction: the checkpoint after the commit.
    QVERIFY(m_db->inTransaction([&]() -> Status {
        if (auto ok = m_log->appendInTransaction(QStringLiteral("c001"), QStringLiteral("record-purged")); !ok)
            return ok;
        return m_log->appendInTransaction(QStringLiteral("c001"), QStringLiteral("records-purged"));
    }));
    QCOMPARE(keptCheckpoint()->entries, 5);
    const QFileDevice::Permissions mode = QFile::permissions(m_anchorPath);
    QVERIFY(mode.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(!(mode & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
    auto v = m_log->verify();
    QVERIFY(v && v->intact());
    QCOMPARE(v->anchor, AuditLog::AnchorCheck::Matches);
    QCOMPARE(v->anchoredEntries, 5);
}

void TestAuditLog::checkpointRoundTripsAsHeaderValue()
{
    appendThree();
    const auto kept = keptCheckpoint();
    QVERIFY(kept);
    const QByteArray header = kept->toHeaderValue();
    QVERIFY(!header.contains('=') && !header.contains('\n') && !header.contains(' '));
    const auto back = AuditCheckpoint::fromHeaderValue(header);
    QVERIFY(back);
    QCOMPARE(back->entries, kept->entries);
    QCOMPARE(back->headHash, kept->headHash);
    QCOMPARE(back->writtenAt, kept->writtenAt);
    QCOMPARE(back->mac, kept->mac);
    const auto key = AuditAnchor::macKey(*m_cipher);
    QVERIFY(back->isSealedBy(*key));
    QVERIFY(!AuditCheckpoint::fromHeaderValue("not base64!"));
    QVERIFY(!AuditCheckpoint::fromHeaderValue(QByteArray("{}").toBase64()));
}

void TestAuditLog::truncationIsFound_data()
{
    QTest::addColumn<QString>("attack");
    QTest::addColumn<qint64>("left");
    QTest::newRow("delete the last entry") << QStringLiteral("DELETE FROM audit_event WHERE seq = 5") << qint64(4);
    QTest::newRow("delete the last three") << QStringLiteral("DELETE FROM audit_event WHERE seq > 2") << qint64(2);
    QTest::newRow("delete all") << QStringLiteral("DELETE FROM audit_event") << qint64(0);
}

void TestAuditLog::truncationIsFound()
{
    QFETCH(QString, attack);
    QFETCH(qint64, left);
    append(5);
    QVERIFY(raw(QStringLiteral("DROP TRIGGER audit_event_no_delete")));
    QVERIFY(raw(attack));
    auto v = m_log->verify();
    QVERIFY(v);
    // What is left still chains: only the checkpoint knows there was more.
    QVERIFY(!v->firstBroken);
    QCOMPARE(v->checked, left);
    QCOMPARE(v->anchor, AuditLog::AnchorCheck::Truncated);
    QCOMPARE(v->anchoredEntries, 5);
    QCOMPARE(v->missingEntries(), 5 - left);
    QVERIFY(!v->intact());
    QVERIFY2(v->anchorReason.contains(QStringLiteral("after entry %1").arg(left)), qPrintable(v->anchorReason));
    // The evidence stays: verify does not move the checkpoint back.
    QCOMPARE(keptCheckpoint()->entries, 5);
}

void TestAuditLog::cutOffLogThatGoesOnIsStillFound()
{
    append(5);
    QVERIFY(raw(QStringLiteral("DROP TRIGGER audit_event_no_delete")));
    QVERIFY(raw(QStringLiteral("DELETE FROM audit_event WHERE seq > 3")));
    // The counter keeps working: one entry is still fewer than were cut off…
    append(1);
    auto v = m_log->verify();
    QVERIFY(v && !v->firstBroken);
    QCOMPARE(v->anchor, AuditLog::AnchorCheck::Truncated);
    QCOMPARE(keptCheckpoint()->entries, 5);
    // …and two more make as many entries again, but not the same ones.
    append(1);
    v = m_log->verify();
    QVERIFY(v && !v->firstBroken);
    QCOMPARE(v->checked, 5);
    QCOMPARE(v->anchor, AuditLog::AnchorCheck::Diverged);
    QVERIFY(!v->intact());
    QCOMPARE(keptCheckpoint()->entries, 5);
}

void TestAuditLog::rebuiltLogIsFound()
{
    append(3);
    // Someone without the record key deletes the log and writes a new chain of
    // the same length: every hash is right, but not the head the checkpoint holds.
    QVERIFY(raw(QStringLiteral("DROP TRIGGER audit_event_no_delete")));
    QVERIFY(raw(QStringLiteral("DELETE FROM audit_event")));
    MemoryAuditAnchor elsewhere;
    AuditLog forger(*m_db, *m_clock, QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"), elsewhere);
    for (int i = 0; i < 3; ++i)
        QVERIFY(forger.append(QStringLiteral("c001"), QStringLiteral("sign-in")));
    auto v = m_log->verify();
    QVERIFY(v && !v->firstBroken);
    QCOMPARE(v->checked, 3);
    QCOMPARE(v->anchor, AuditLog::AnchorCheck::Diverged);
    QVERIFY(!v->intact());
}

void TestAuditLog::forgedCheckpointIsFound_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("count raised") << QStringLiteral("raise");
    QTest::newRow("count lowered") << QStringLiteral("lower");
    QTest::newRow("sealed with another key") << QStringLiteral("other-key");
    QTest::newRow("not a checkpoint") << QStringLiteral("garbage");
}

void TestAuditLog::forgedCheckpointIsFound()
{
    QFETCH(QString, change);
    append(4);
    QFile f(m_anchorPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QCOMPARE(o.value(QStringLiteral("entries")).toInteger(), 4);
    QByteArray forged;
    if (change == QLatin1String("raise") || change == QLatin1String("lower")) {
        // Whoever edits the file without the key keeps the old MAC.
        const int entries = change == QLatin1String("raise") ? 9 : 2;
        o.insert(QStringLiteral("entries"), entries);
        o.insert(QStringLiteral("headSeq"), entries);
        forged = QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else if (change == QLatin1String("other-key")) {
        auto other = makeCipher(QStringLiteral("other.key"));
        QVERIFY(other);
        auto checkpoint = AuditCheckpoint::fromJson(QJsonDocument(o).toJson());
        QVERIFY(checkpoint);
        checkpoint->entries = checkpoint->headSeq = 9;
        checkpoint->seal(*AuditAnchor::macKey(*other));
        forged = checkpoint->toJson();
    } else {
        forged = "entries=9\n";
    }
    QVERIFY(writeCheckpointFile(forged));
    auto v = m_log->verify();
    QVERIFY(v && !v->firstBroken);
    QCOMPARE(v->anchor, AuditLog::AnchorCheck::CheckpointForged);
    QVERIFY(!v->intact());
    QVERIFY(!v->anchorReason.isEmpty());
    // Neither an append nor another verify writes over the forged checkpoint.
    append(1);
    QFile again(m_anchorPath);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), forged);
    QCOMPARE(m_log->verify()->anchor, AuditLog::AnchorCheck::CheckpointForged);
}

void TestAuditLog::rolledBackCheckpointIsAcceptedAndMovedUp()
{
    append(3);
    QFile f(m_anchorPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray atThree = f.readAll();
    f.close();
    append(2);
    // A crash between the commit and the checkpoint, or an older copy of the
    // checkpoint put back: the log has more entries than it records.
    QVERIFY(writeCheckpointFile(atThree));
    QCOMPARE(keptCheckpoint()->entries, 3);
    auto v = m_log->verify();
    QVERIFY(v && v->intact());
    QCOMPARE(v->anchor, AuditLog::AnchorCheck::Extended);
    QCOMPARE(v->anchoredEntries, 3);
    QCOMPARE(v->checked, 5);
    QCOMPARE(keptCheckpoint()->entries, 5);
    QCOMPARE(m_log->verify()->anchor, AuditLog::AnchorCheck::Matches);
}

void TestAuditLog::noCheckpointStartsTheAnchor()
{
    append(3);
    // A store from before the anchor (or a deleted checkpoint file).
    QVERIFY(QFile::remove(m_anchorPath));
    auto v = m_log->verify();
    QVERIFY(v && v->intact());
    QCOMPARE(v->anchor, AuditLog::AnchorCheck::Started);
    QVERIFY(v->anchorReason.contains(QStringLiteral("starts now")));
    QCOMPARE(keptCheckpoint()->entries, 3);
    QCOMPARE(m_log->verify()->anchor, AuditLog::AnchorCheck::Matches);
}

void TestAuditLog::missingKeyLeavesTheEndUnchecked()
{
    append(2);
    UnavailableAuditAnchor none(Error(ErrorCode::NotFound, QStringLiteral("The record key is missing.")));
    AuditLog withoutKey(*m_db, *m_clock, QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"), none);
    QVERIFY(withoutKey.append(QStringLiteral("c001"), QStringLiteral("sign-in"))); // the entry is written all the same
    auto v = withoutKey.verify();
    QVERIFY(v && !v->firstBroken);
    QCOMPARE(v->checked, 3);
    QCOMPARE(v->anchor, AuditLog::AnchorCheck::Unavailable);
    QVERIFY(!v->intact());
    QVERIFY(v->anchorReason.contains(QStringLiteral("The record key is missing.")));
    // With the key back, the checkpoint catches up over the chain.
    v = m_log->verify();
    QVERIFY(v && v->intact());
    QCOMPARE(v->anchor, AuditLog::AnchorCheck::Extended);
    QCOMPARE(keptCheckpoint()->entries, 3);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
