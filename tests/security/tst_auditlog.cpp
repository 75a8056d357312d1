// The audit chain: appended entries verify; every kind of tampering is found
// and the first broken entry named.
#include "common/Clock.h"
#include "security/AuditLog.h"
#include "store/Database.h"

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

private:
    bool raw(const QString &sql);
    void appendThree();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
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
    m_log = std::make_unique<AuditLog>(*m_db, *m_clock, QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"));
}

void TestAuditLog::cleanup()
{
    m_log.reset();
    m_db.reset();
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
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
