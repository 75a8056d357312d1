// Integration: the built kakanai-cli's `stats` on a SQLite office store
// filled with SQL: the --json figures are the hand-computed ones, the text
// table has its total, export-events writes the CSV, and bad dates are a
// usage error (exit 1).
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"

#include "TicketRows.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using kakanai::test::CliRun;
using kakanai::test::OfficeTestEnv;
using kakanai::test::TicketRow;
using kakanai::test::tokyoMs;

namespace {

const QDate apr1(2026, 4, 1);
const QDate apr2(2026, 4, 2);

// Five tickets, all done:
//   n  category      day     wait  service
//   1  certificates  04-01     60     300
//   2  certificates  04-01    120     420
//   3  moves         04-01    180     600
//   4  moves         04-01    240     900
//   5  certificates  04-02    600    1200
TicketRow done(int n, const QString &category, QDate day, int waitS, int serviceS)
{
    TicketRow r;
    r.n = n;
    r.officeDate = day.toString(Qt::ISODate);
    r.category = category;
    r.display = QStringLiteral("X%1").arg(n, 3, 10, QLatin1Char('0'));
    r.issuedMs = tokyoMs(day, QTime(9, 0).addSecs(n * 60));
    r.arrivalMs = r.issuedMs;
    r.firstCalledMs = r.arrivalMs + qint64(waitS) * 1000;
    r.serviceStartedMs = *r.firstCalledMs + 10000;
    r.finishedMs = *r.serviceStartedMs + qint64(serviceS) * 1000;
    r.counterId = QString::number(n % 2 + 1);
    r.staffId = QStringLiteral("s%1").arg(n % 2 + 1);
    r.staffOnDuty = 2;
    return r;
}

double figure(const QJsonObject &row, const QString &part, const QString &name)
{
    return row.value(part).toObject().value(name).toDouble(-1);
}

} // namespace

class TestStatsCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonHasTheHandComputedFigures();
    void textTableEndsWithTheTotal();
    void exportEventsWritesTheCsv();
    void badInputIsAUsageError_data();
    void badInputIsAUsageError();

private:
    CliRun stats(const QStringList &args);

    QTemporaryDir m_dir;
    QString m_settings;
    QString m_localDb;
};

void TestStatsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("KAKANAI_CLI"), "KAKANAI_CLI not set (tests/stats/CMakeLists.txt sets it)");
    m_settings = m_dir.filePath(QStringLiteral("settings.ini"));
    m_localDb = m_dir.filePath(QStringLiteral("local.sqlite"));
    // The PC's own store first, as on a set-up PC.
    const CliRun migrated = OfficeTestEnv::runCli(
        m_dir, m_settings, {QStringLiteral("--db"), m_localDb, QStringLiteral("db"), QStringLiteral("migrate")});
    QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
    // The office store the CLI opens: office.sqlite beside the PC's store.
    OfficeStoreOptions options = OfficeTestEnv::freshStore(QStringLiteral("sqlite"), m_dir);
    options.location = OfficeLocation::sqliteFile(m_dir.filePath(QStringLiteral("office.sqlite")));
    options.migrate = true;
    auto opened = OfficeStore::open(options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    const QString certificates = QStringLiteral("certificates");
    const QString moves = QStringLiteral("moves");
    for (const TicketRow &row : {done(1, certificates, apr1, 60, 300), done(2, certificates, apr1, 120, 420),
                                 done(3, moves, apr1, 180, 600), done(4, moves, apr1, 240, 900),
                                 done(5, certificates, apr2, 600, 1200)}) {
        auto ok = test::insertTicket(**opened, row);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    }
}

CliRun TestStatsCli::stats(const QStringList &args)
{
    return OfficeTestEnv::runCli(m_dir, m_settings, QStringList{QStringLiteral("--db"), m_localDb} + args);
}

void TestStatsCli::jsonHasTheHandComputedFigures()
{
    const CliRun r = stats({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                            QStringLiteral("--to"), QStringLiteral("2026-04-02"), QStringLiteral("--by"),
                            QStringLiteral("category"), QStringLiteral("--service-levels"), QStringLiteral("2 5"),
                            QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(r.out));
    QCOMPARE(json.value(QStringLiteral("by")).toString(), QStringLiteral("category"));
    QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-04-01"));

    const QJsonObject total = json.value(QStringLiteral("total")).toObject();
    QCOMPARE(total.value(QStringLiteral("arrivals")).toInt(), 5);
    QCOMPARE(total.value(QStringLiteral("served")).toInt(), 5);
    // Waits 60 120 180 240 600: mean 240, median 180, p90 = 240 + 0.6·360 = 456.
    QCOMPARE(figure(total, QStringLiteral("wait"), QStringLiteral("meanSeconds")), 240.0);
    QCOMPARE(figure(total, QStringLiteral("wait"), QStringLiteral("medianSeconds")), 180.0);
    QCOMPARE(figure(total, QStringLiteral("wait"), QStringLiteral("p90Seconds")), 456.0);
    // Services 300 420 600 900 1200: mean 3420/5 = 684, median 600, p90 = 900 + 0.6·300 = 1080.
    QCOMPARE(figure(total, QStringLiteral("service"), QStringLiteral("meanSeconds")), 684.0);
    QCOMPARE(figure(total, QStringLiteral("service"), QStringLiteral("medianSeconds")), 600.0);
    QCOMPARE(figure(total, QStringLiteral("service"), QStringLiteral("p90Seconds")), 1080.0);
    // Within 2 min: 60 120 → 0.4; within 5 min: all but 600 → 0.8.
    const QJsonArray within = total.value(QStringLiteral("withinServiceLevel")).toArray();
    QCOMPARE(within.size(), 2);
    QCOMPARE(within.at(0).toObject().value(QStringLiteral("minutes")).toInt(), 2);
    QCOMPARE(within.at(0).toObject().value(QStringLiteral("share")).toDouble(), 0.4);
    QCOMPARE(within.at(1).toObject().value(QStringLiteral("share")).toDouble(), 0.8);

    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject certificates = rows.at(0).toObject();
    QCOMPARE(certificates.value(QStringLiteral("key")).toString(), QStringLiteral("certificates"));
    QCOMPARE(certificates.value(QStringLiteral("arrivals")).toInt(), 3);
    // 60 120 600: median 120, p90 h = 1.8 → 120 + 0.8·480 = 504.
    QCOMPARE(figure(certificates, QStringLiteral("wait"), QStringLiteral("medianSeconds")), 120.0);
    QCOMPARE(figure(certificates, QStringLiteral("wait"), QStringLiteral("p90Seconds")), 504.0);
    const QJsonObject moves = rows.at(1).toObject();
    QCOMPARE(moves.value(QStringLiteral("key")).toString(), QStringLiteral("moves"));
    // 180 240: median 210, p90 = 180 + 0.9·60 = 234.
    QCOMPARE(figure(moves, QStringLiteral("wait"), QStringLiteral("medianSeconds")), 210.0);
    QCOMPARE(figure(moves, QStringLiteral("wait"), QStringLiteral("p90Seconds")), 234.0);
    // No estimates were given: the figures are null, not 0.
    QVERIFY(total.value(QStringLiteral("estimate")).toObject().value(QStringLiteral("meanAbsoluteErrorSeconds")).isNull());
}

void TestStatsCli::textTableEndsWithTheTotal()
{
    const CliRun r = stats({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                            QStringLiteral("--to"), QStringLiteral("2026-04-01"), QStringLiteral("--by"),
                            QStringLiteral("day")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header, 2026-04-01, total
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("group\tarrivals\tserved")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("2026-04-01\t4\t4\t")), qPrintable(lines.at(1)));
    // Waits 60 120 180 240: mean 150 s = 2.5 min; within 15 and 30 min (the default levels): 100 %.
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("Total\t4\t4\t0\t0\t0\t2.5\t")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(QStringLiteral("\t100.0\t100.0\t")), qPrintable(lines.at(2)));
}

void TestStatsCli::exportEventsWritesTheCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("events.csv"));
    const CliRun r = stats({QStringLiteral("stats"), QStringLiteral("export-events"), QStringLiteral("--from"),
                            QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-04-02"),
                            QStringLiteral("--out"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBFticket_id,office_date,"));
    QCOMPARE(csv.count("\r\n"), 6); // header + 5 tickets
    QVERIFY(csv.contains("00000000-0000-4000-8000-000000000005,2026-04-02,certificates,X005,0,2026-04-02T09:05:00.000+09:00,"));

    // A folder that is not there: an error, and no file.
    const QString missing = m_dir.filePath(QStringLiteral("nowhere/events.csv"));
    const CliRun failed = stats({QStringLiteral("stats"), QStringLiteral("export-events"), QStringLiteral("--from"),
                                 QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-04-02"),
                                 QStringLiteral("--out"), missing});
    QCOMPARE(failed.exitCode, 2);
    QVERIFY(!failed.err.isEmpty());
    QVERIFY(!QFile::exists(missing));
}

void TestStatsCli::badInputIsAUsageError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("not a date") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-13-01"),
                                               QStringLiteral("--to"), QStringLiteral("2026-04-02")}
                                << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("from after to") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-04-03"),
                                                  QStringLiteral("--to"), QStringLiteral("2026-04-02")}
                                   << QStringLiteral("must not be after");
    QTest::newRow("no --to") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-04-01")}
                             << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("unknown grouping") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                                                     QStringLiteral("--to"), QStringLiteral("2026-04-02"),
                                                     QStringLiteral("--by"), QStringLiteral("month")}
                                      << QStringLiteral("--by must be");
    QTest::newRow("falling levels") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                                                   QStringLiteral("--to"), QStringLiteral("2026-04-02"),
                                                   QStringLiteral("--service-levels"), QStringLiteral("30 15")}
                                    << QStringLiteral("--service-levels must be");
}

void TestStatsCli::badInputIsAUsageError()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const CliRun r = stats(QStringList{QStringLiteral("stats")} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Usage: kakanai-cli stats")));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestStatsCli)
#include "tst_stats_cli.moc"
