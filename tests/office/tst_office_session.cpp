// The office store's connection: a healthy one is kept across transactions
// and check() (not closed and opened again each time: a TCP, TLS and SCRAM
// handshake per transaction), and one the server dropped is noticed and
// opened again before the next transaction.
#include "office/DailyNumbers.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"

#include <QDate>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using kakanai::OfficeStore;
using kakanai::test::OfficeTestEnv;

namespace {

// Which connection the store uses now: the server's backend pid on
// PostgreSQL, the sqlite3 handle on SQLite.
QString connectionIdentity(OfficeStore &store)
{
    if (store.dialect() == kakanai::SqlDialect::Postgres) {
        QSqlQuery q(store.connection());
        if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
            return {};
        return q.value(0).toString();
    }
    const QVariant handle = store.connection().driver()->handle();
    return QString::number(quintptr(*static_cast<void *const *>(handle.data())));
}

} // namespace

class TestOfficeSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void keepsAHealthyConnection_data();
    void keepsAHealthyConnection();
    void reconnectsAfterTheServerDroppedIt();

private:
    QTemporaryDir m_dir;
};

void TestOfficeSession::initTestCase()
{
    QString why;
    QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    QVERIFY(m_dir.isValid());
}

void TestOfficeSession::cleanupTestCase()
{
    OfficeTestEnv::dropAll();
}

void TestOfficeSession::keepsAHealthyConnection_data()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : OfficeTestEnv::engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

void TestOfficeSession::keepsAHealthyConnection()
{
    QFETCH(QString, engine);
    auto opened = OfficeStore::open(OfficeTestEnv::freshStore(engine, m_dir));
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().toString()));
    OfficeStore &store = **opened;
    const QString before = connectionIdentity(store);
    QVERIFY(!before.isEmpty());

    kakanai::DailyNumbers numbers(store);
    for (int expected = 1; expected <= 3; ++expected) {
        auto taken = numbers.take(QStringLiteral("A"), QDate(2026, 4, 1), {1, 99});
        QVERIFY2(taken.has_value(), taken ? "" : qPrintable(taken.error().toString()));
        QCOMPARE(*taken, expected);
        QCOMPARE(store.lastAttempts(), 1);
    }
    auto report = store.check();
    QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(connectionIdentity(store), before);
}

// PostgreSQL only: a SQLite file has no connection a server could drop.
void TestOfficeSession::reconnectsAfterTheServerDroppedIt()
{
    auto opened = OfficeStore::open(OfficeTestEnv::freshStore(QStringLiteral("postgresql"), m_dir));
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().toString()));
    OfficeStore &store = **opened;
    const QString before = connectionIdentity(store);
    QVERIFY(!before.isEmpty());
    QString error;
    QVERIFY2(OfficeTestEnv::superuserExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(before), &error),
             qPrintable(error));

    kakanai::DailyNumbers numbers(store);
    auto taken = numbers.take(QStringLiteral("A"), QDate(2026, 4, 1), {1, 99});
    QVERIFY2(taken.has_value(), taken ? "" : qPrintable(taken.error().toString()));
    QCOMPARE(*taken, 1);
    QCOMPARE(store.lastAttempts(), 2); // the first found the connection gone
    const QString after = connectionIdentity(store);
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
}

QTEST_GUILESS_MAIN(TestOfficeSession)
#include "tst_office_session.moc"
