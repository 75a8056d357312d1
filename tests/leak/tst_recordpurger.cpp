// RecordPurger: which records leave the counter PC, when, and what is left
// behind (nothing readable in the file, the WAL, or the audit chain broken).
#include "OutboxTestSupport.h"

#include "common/Settings.h"
#include "outbox/RecordPurger.h"
#include "security/AuditLog.h"
#include "security/MemoryAuditAnchor.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace kakanai;
using namespace kakanai::test;

class TestRecordPurger : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void purgesOnlySentRecordsPastTheRetention_data();
    void purgesOnlySentRecordsPastTheRetention();
    void auditNamesEachRecordAndKeepsTheChain();
    void runWithNothingDueIsAuditedToo();
    void ciphertextIsGoneFromTheFiles();
    void retentionComesFromSettings();
    void refusesARetentionBelowOneDay();

private:
    // Queues a record and moves it to `state`; for sent, sent `sentDaysAgo`
    // days before the clock's now. The other states' times are that old too.
    QString addRecord(const QString &state, int daysAgo);
    bool exists(const QString &uuid);

    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<MemoryAuditAnchor> m_anchor; // one per store, like the checkpoint file
    std::unique_ptr<AuditLog> m_audit;
};

void TestRecordPurger::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->lastError()));
    m_anchor = std::make_unique<MemoryAuditAnchor>();
    m_audit = std::make_unique<AuditLog>(m_store->db(), m_store->clock(), QStringLiteral("counter-01"),
                                         QTimeZone(QByteArrayLiteral("Asia/Tokyo")), *m_anchor);
}

void TestRecordPurger::cleanup()
{
    m_audit.reset();
    m_store.reset();
}

QString TestRecordPurger::addRecord(const QString &state, int daysAgo)
{
    const QString uuid = newUuid();
    if (!m_store->outbox().enqueue(makeRecord(uuid, QStringLiteral("moving"), 2000)))
        return {};
    const QString then = Outbox::storeTime(m_store->clock().nowUtc().addDays(-daysAgo));
    QSqlQuery q(m_store->db().connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, created_at = ?, next_attempt_at = ?, sent_at = ? WHERE uuid = ?"));
    q.addBindValue(state);
    q.addBindValue(then);
    q.addBindValue(then);
    q.addBindValue(state == QLatin1String("sent") ? QVariant(then) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(uuid);
    if (!q.exec() || q.numRowsAffected() != 1)
        return {};
    return uuid;
}

bool TestRecordPurger::exists(const QString &uuid)
{
    QSqlQuery q(m_store->db().connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM record WHERE uuid = ?) + (SELECT count(*) FROM outbox WHERE uuid = ?)"));
    q.addBindValue(uuid);
    q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return false;
    return q.value(0).toInt() > 0;
}

void TestRecordPurger::purgesOnlySentRecordsPastTheRetention_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<int>("retention");
    QTest::addColumn<bool>("purged");
    for (const char *state : {"pending", "sending", "rejected"}) {
        for (int days : {0, 31, 400})
            QTest::addRow("%s, %d days old", state, days) << QString::fromLatin1(state) << days << 30 << false;
    }
    QTest::newRow("sent today") << QStringLiteral("sent") << 0 << 30 << false;
    QTest::newRow("sent 29 days ago") << QStringLiteral("sent") << 29 << 30 << false;
    QTest::newRow("sent exactly 30 days ago") << QStringLiteral("sent") << 30 << 30 << false;
    QTest::newRow("sent 31 days ago") << QStringLiteral("sent") << 31 << 30 << true;
    QTest::newRow("sent 400 days ago") << QStringLiteral("sent") << 400 << 30 << true;
    QTest::newRow("sent 2 days ago, keep 1") << QStringLiteral("sent") << 2 << 1 << true;
    QTest::newRow("sent 89 days ago, keep 90") << QStringLiteral("sent") << 89 << 90 << false;
}

void TestRecordPurger::purgesOnlySentRecordsPastTheRetention()
{
    QFETCH(QString, state);
    QFETCH(int, daysAgo);
    QFETCH(int, retention);
    QFETCH(bool, purged);

    const QString subject = addRecord(state, daysAgo);
    const QString freshSent = addRecord(QStringLiteral("sent"), 0); // always kept
    QVERIFY(!subject.isEmpty());
    QVERIFY(!freshSent.isEmpty());

    RecordPurger purger(m_store->db(), m_store->clock(), *m_audit);
    const auto n = purger.purgeSentOlderThan(retention);
    QVERIFY2(n, n ? "" : qPrintable(n.error().toString()));
    QCOMPARE(*n, purged ? 1 : 0);
    QCOMPARE(exists(subject), !purged);
    QVERIFY(exists(freshSent));
    QCOMPARE(purger.lastPurged(), purged ? QStringList{subject} : QStringList{});
    // The outbox never refers to a record that is gone, nor the other way round.
    QCOMPARE(m_store->rowCount(QStringLiteral("record")), m_store->rowCount(QStringLiteral("outbox")));
}

void TestRecordPurger::auditNamesEachRecordAndKeepsTheChain()
{
    const QString a = addRecord(QStringLiteral("sent"), 45);
    const QString b = addRecord(QStringLiteral("sent"), 60);
    const QString kept = addRecord(QStringLiteral("rejected"), 60);
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !kept.isEmpty());
    QVERIFY(m_audit->append(QStringLiteral("c001"), QStringLiteral("sign-in")));

    RecordPurger purger(m_store->db(), m_store->clock(), *m_audit);
    const auto n = purger.purgeSentOlderThan(30, QStringLiteral("admin"));
    QVERIFY(n);
    QCOMPARE(*n, 2);

    const auto events = m_audit->events();
    QVERIFY(events);
    QStringList purgedTargets;
    const AuditEvent *summary = nullptr;
    for (const AuditEvent &e : *events) {
        if (e.action == QLatin1String("record-purged")) {
            purgedTargets.append(e.target);
            QCOMPARE(e.staffId, QStringLiteral("admin"));
            QVERIFY(e.detail.isEmpty());
        } else if (e.action == QLatin1String("records-purged")) {
            summary = &e;
        }
    }
    purgedTargets.sort();
    QStringList expected{a, b};
    expected.sort();
    QCOMPARE(purgedTargets, expected);
    QVERIFY(summary);
    QCOMPARE(summary->detail, QStringLiteral("count=2;olderThanDays=30"));
    QCOMPARE(summary->seq, events->last().seq); // the summary closes the run

    const auto verification = m_audit->verify();
    QVERIFY(verification);
    QVERIFY2(!verification->firstBroken.has_value(), qPrintable(verification->reason));
    QCOMPARE(verification->checked, qint64(events->size()));
}

void TestRecordPurger::runWithNothingDueIsAuditedToo()
{
    QVERIFY(!addRecord(QStringLiteral("pending"), 90).isEmpty());
    RecordPurger purger(m_store->db(), m_store->clock(), *m_audit);
    QCOMPARE(purger.purgeSentOlderThan(30).value_or(-1), 0);
    const auto events = m_audit->events();
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().action, QStringLiteral("records-purged"));
    QCOMPARE(events->first().detail, QStringLiteral("count=0;olderThanDays=30"));
    QCOMPARE(m_store->rowCount(QStringLiteral("record")), 1);
}

void TestRecordPurger::ciphertextIsGoneFromTheFiles()
{
    const QString old = addRecord(QStringLiteral("sent"), 31);
    QVERIFY(!old.isEmpty());
    const QByteArray sealed = m_store->payload(old);
    QVERIFY(sealed.size() > 1000);
    // A slice from the middle of the ciphertext: 64 random-looking bytes
    // cannot be in the files by chance.
    const QByteArray slice = sealed.mid(sealed.size() / 2, 64);
    auto filesHold = [&](const QByteArray &needle) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_store->path() + suffix);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                return true;
        }
        return false;
    };
    QVERIFY2(filesHold(slice), "control: the ciphertext is in the database files before the purge");

    RecordPurger purger(m_store->db(), m_store->clock(), *m_audit);
    QCOMPARE(purger.purgeSentOlderThan(30).value_or(-1), 1);
    QVERIFY(purger.lastCheckpointComplete());
    QCOMPARE(QFileInfo(m_store->path() + QStringLiteral("-wal")).size(), 0);
    QVERIFY2(!filesHold(slice), "the purged ciphertext is still in the database file or its WAL");
    // secure_delete was for the purge only.
    QSqlQuery q(m_store->db().connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestRecordPurger::retentionComesFromSettings()
{
    auto settings = Settings::temporary();
    QCOMPARE(settings->integer(SettingKey::OutboxPurgeAfterDays), RecordPurger::kDefaultRetentionDays);
    QVERIFY(!settings->setValue(SettingKey::OutboxPurgeAfterDays, 0));
    QVERIFY(settings->setValue(SettingKey::OutboxPurgeAfterDays, 7));

    const QString eightDays = addRecord(QStringLiteral("sent"), 8);
    const QString sixDays = addRecord(QStringLiteral("sent"), 6);
    RecordPurger purger(m_store->db(), m_store->clock(), *m_audit);
    QCOMPARE(purger.purge(*settings).value_or(-1), 1);
    QVERIFY(!exists(eightDays));
    QVERIFY(exists(sixDays));

    // The clock moves on: the other one becomes due.
    m_store->clock().advanceDays(2);
    QCOMPARE(purger.purge(*settings).value_or(-1), 1);
    QVERIFY(!exists(sixDays));
}

void TestRecordPurger::refusesARetentionBelowOneDay()
{
    const QString sent = addRecord(QStringLiteral("sent"), 3);
    RecordPurger purger(m_store->db(), m_store->clock(), *m_audit);
    const auto n = purger.purgeSentOlderThan(0);
    QVERIFY(!n);
    QCOMPARE(n.error().code(), ErrorCode::InvalidArgument);
    QVERIFY(exists(sent));
}

QTEST_GUILESS_MAIN(TestRecordPurger)
#include "tst_recordpurger.moc"
