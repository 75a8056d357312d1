// Integration: `kakanai-cli demo simulate` (the built program) on the SQLite
// office store beside a local store: the JSON summary counts what is in the
// tables; a second run over the same days is refused and changes nothing;
// bad arguments exit 1 and write nothing.
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using kakanai::test::CliRun;
using kakanai::test::OfficeTestEnv;

class TestDemoCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void simulateWritesWhatItReports();
    void badArgumentsExitOne_data();
    void badArgumentsExitOne();

private:
    CliRun cli(const QStringList &args) const
    {
        return OfficeTestEnv::runCli(m_dir, m_settings,
                                     QStringList{QStringLiteral("--db"), m_localPath} + args);
    }
    qint64 count(const QString &sql) const;

    QTemporaryDir m_dir;
    QString m_settings;
    QString m_localPath;
};

void TestDemoCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("KAKANAI_CLI"), "KAKANAI_CLI not set (tests/queue-sim/CMakeLists.txt)");
    m_settings = kakanai::test::writeTestFile(m_dir.filePath(QStringLiteral("kakanai.ini")), QByteArray());
    QVERIFY(!m_settings.isEmpty());
    m_localPath = m_dir.filePath(QStringLiteral("local.sqlite"));
    const CliRun made = cli({QStringLiteral("db"), QStringLiteral("migrate")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
}

qint64 TestDemoCli::count(const QString &sql) const
{
    OfficeStoreOptions options;
    options.location = OfficeLocation::sqliteFile(m_dir.filePath(QStringLiteral("office.sqlite")));
    options.createIfMissing = false;
    auto store = OfficeStore::open(options);
    if (!store)
        return -1;
    QSqlQuery q((*store)->connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestDemoCli::simulateWritesWhatItReports()
{
    const CliRun r = cli({QStringLiteral("demo"), QStringLiteral("simulate"), QStringLiteral("--days"),
                          QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));

    // The five days end yesterday.
    const QDate last = QDate::fromString(summary.value(QStringLiteral("last")).toString(), Qt::ISODate);
    const QDate first = QDate::fromString(summary.value(QStringLiteral("first")).toString(), Qt::ISODate);
    QVERIFY(last.isValid());
    QCOMPARE(first.daysTo(last), 4);
    QVERIFY(last < QDate::currentDate().addDays(1));
    QCOMPARE(summary.value(QStringLiteral("officeDays")).toInt() + summary.value(QStringLiteral("closedDays")).toInt(),
             5);
    QCOMPARE(summary.value(QStringLiteral("seed")).toString(), QStringLiteral("1"));

    const qint64 tickets = count(QStringLiteral("SELECT COUNT(*) FROM ticket"));
    QCOMPARE(summary.value(QStringLiteral("tickets")).toInteger(), tickets);
    QCOMPARE(summary.value(QStringLiteral("events")).toInteger(), count(QStringLiteral("SELECT COUNT(*) FROM ticket_event")));
    // Five calendar days always hold an office day, unless they are the year-end break.
    if (summary.value(QStringLiteral("officeDays")).toInt() > 0)
        QVERIFY(tickets > 0);
    qint64 sum = 0;
    for (const QJsonValue &v : summary.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString code = c.value(QStringLiteral("code")).toString();
        const auto inCategory = [&](const QString &state) {
            return count(QStringLiteral("SELECT COUNT(*) FROM ticket WHERE category = '%1'%2")
                             .arg(code, state.isEmpty() ? QString() : QStringLiteral(" AND state = '%1'").arg(state)));
        };
        QCOMPARE(c.value(QStringLiteral("tickets")).toInteger(), inCategory(QString()));
        QCOMPARE(c.value(QStringLiteral("done")).toInteger(), inCategory(QStringLiteral("done")));
        QCOMPARE(c.value(QStringLiteral("noShows")).toInteger(), inCategory(QStringLiteral("no-show")));
        QCOMPARE(c.value(QStringLiteral("cancelled")).toInteger(), inCategory(QStringLiteral("cancelled")));
        sum += c.value(QStringLiteral("tickets")).toInteger();
    }
    QCOMPARE(sum, tickets);

    // The same days again: refused (exit 2), nothing added.
    const qint64 events = count(QStringLiteral("SELECT COUNT(*) FROM ticket_event"));
    const CliRun again = cli({QStringLiteral("demo"), QStringLiteral("simulate"), QStringLiteral("--days"),
                              QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("2")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QLatin1String("already has tickets")), qPrintable(again.err));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket")), tickets);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket_event")), events);

    // The text summary, for days before them.
    const CliRun text = cli({QStringLiteral("demo"), QStringLiteral("simulate"), QStringLiteral("--days"),
                             QStringLiteral("3"), QStringLiteral("--end"), first.addDays(-1).toString(Qt::ISODate)});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(QLatin1String("certificates: tickets ")), qPrintable(text.out));
}

void TestDemoCli::badArgumentsExitOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no --days") << QStringList{};
    QTest::newRow("--days 0") << QStringList{QStringLiteral("--days"), QStringLiteral("0")};
    QTest::newRow("--days -3") << QStringList{QStringLiteral("--days"), QStringLiteral("-3")};
    QTest::newRow("--days x") << QStringList{QStringLiteral("--days"), QStringLiteral("x")};
    QTest::newRow("--days without value") << QStringList{QStringLiteral("--days")};
    QTest::newRow("--days too many") << QStringList{QStringLiteral("--days"), QStringLiteral("99999")};
    QTest::newRow("--end today") << QStringList{QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--end"),
                                                QDate::currentDate().addDays(1).toString(Qt::ISODate)};
    QTest::newRow("--end not a date") << QStringList{QStringLiteral("--days"), QStringLiteral("2"),
                                                     QStringLiteral("--end"), QStringLiteral("2026-13-01")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--days"), QStringLiteral("2"),
                                                   QStringLiteral("--fast"), QStringLiteral("1")};
}

void TestDemoCli::badArgumentsExitOne()
{
    QFETCH(QStringList, args);
    const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM ticket"));
    const CliRun r = cli(QStringList{QStringLiteral("demo"), QStringLiteral("simulate")} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket")), before);
}

QTEST_GUILESS_MAIN(TestDemoCli)
#include "tst_demo_cli.moc"
