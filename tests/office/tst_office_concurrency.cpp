// Integration, both engines: the concurrency harness. N processes (probes,
// tests/support/office/ProbeSwarm.h) × M attempts on one contended row, all
// let go at the same moment, every outcome collected and checked against the
// invariant — here DailyNumbers: each number given once, the numbers given
// are exactly first..first+k-1 (no gap), k = min(band, attempts that were not
// conflicts), every other attempt says "exhausted" (or lost its race
// "conflict" after the store's retries: counted and printed, a failure only
// when all are), no other error, and the daily_number row agrees. The first
// attempts also race to create the day's row.
#include "office/DailyNumbers.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "office/ProbeSwarm.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace kakanai;
using namespace kakanai::test;

class TestOfficeConcurrency : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void numbersUnderContention_data();
    void numbersUnderContention();

private:
    QString m_probe;
};

void TestOfficeConcurrency::initTestCase()
{
    QString why;
    QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    m_probe = ProbeSwarm::programFromEnvironment();
    QVERIFY2(QFileInfo(m_probe).isExecutable(),
             "KAKANAI_OFFICE_PROBE does not name the built kakanai-office-probe (run through ctest)");
}

void TestOfficeConcurrency::numbersUnderContention_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("probes");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<bool>("readFirst");
    for (const QString &engine : OfficeTestEnv::engines()) {
        // 90 attempts at 60 numbers: the band runs out while they race.
        QTest::addRow("%s band runs out", qPrintable(engine)) << engine << 6 << 15 << 101 << 160 << false;
        // 40 attempts at 100 numbers: every attempt that is not a conflict gets one.
        QTest::addRow("%s band suffices", qPrintable(engine)) << engine << 4 << 10 << 1 << 100 << false;
        // A read before the take: on PostgreSQL the takers' snapshots come
        // before their turn, so they conflict and the store's retries decide.
        QTest::addRow("%s read first", qPrintable(engine)) << engine << 6 << 15 << 101 << 160 << true;
    }
}

void TestOfficeConcurrency::numbersUnderContention()
{
    QFETCH(QString, engine);
    QFETCH(int, probes);
    QFETCH(int, attempts);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(bool, readFirst);
    const QString series = QStringLiteral("A");
    const QDate day(2026, 4, 1);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, dir);
    auto store = OfficeStore::open(options); // the schema exists before the probes come
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));

    ProbeSwarm swarm(m_probe);
    const QStringList args =
        ProbeSwarm::storeArguments(options) + QStringList{QStringLiteral("--wait-go"), QStringLiteral("take"),
                                                          QStringLiteral("--series"),  series,
                                                          QStringLiteral("--date"),    day.toString(Qt::ISODate),
                                                          QStringLiteral("--first"),   QString::number(first),
                                                          QStringLiteral("--last"),    QString::number(last),
                                                          QStringLiteral("--count"),   QString::number(attempts)};
    for (int i = 0; i < probes; ++i)
        swarm.start(readFirst ? args + QStringList{QStringLiteral("--read-first")} : args);
    QVERIFY2(swarm.waitAllFor(QStringLiteral("ready"), 30000), qPrintable(swarm.report()));
    QElapsedTimer raceTime;
    raceTime.start();
    swarm.sendGo();
    QVERIFY2(swarm.waitForFinished(45000), qPrintable(swarm.report()));
    const qint64 raceMs = raceTime.elapsed();

    QList<int> numbers;
    int exhausted = 0, conflicts = 0, retries = 0, maxAttempts = 0;
    QList<qint64> durations;
    for (int p = 0; p < probes; ++p) {
        QVERIFY2(swarm.exitCode(p) == 0, qPrintable(swarm.report()));
        int outcomes = 0;
        for (const QJsonObject &line : swarm.lines(p)) {
            const QString event = line.value(QStringLiteral("event")).toString();
            if (event == QLatin1String("ready") || event == QLatin1String("done"))
                continue;
            ++outcomes;
            const int tries = line.value(QStringLiteral("attempts")).toInt();
            retries += std::max(0, tries - 1);
            maxAttempts = std::max(maxAttempts, tries);
            durations << qint64(line.value(QStringLiteral("ns")).toDouble());
            if (event == QLatin1String("number"))
                numbers << line.value(QStringLiteral("number")).toInt();
            else if (event == QLatin1String("exhausted"))
                ++exhausted;
            else if (event == QLatin1String("conflict"))
                ++conflicts;
            else
                QFAIL(qPrintable(
                    QStringLiteral("probe %1: unexpected outcome %2%3")
                        .arg(p)
                        .arg(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)), swarm.report())));
        }
        QCOMPARE(outcomes, attempts);
    }
    const int total = probes * attempts;
    const int band = last - first + 1;
    qInfo().noquote() << QStringLiteral("%1: %2 probes x %3 takes, band %4: %5 numbers, %6 exhausted, %7 conflicts, "
                                        "%8 retries (at most %9 tries for one take), %10 ms; one take: %11")
                             .arg(engine)
                             .arg(probes)
                             .arg(attempts)
                             .arg(band)
                             .arg(numbers.size())
                             .arg(exhausted)
                             .arg(conflicts)
                             .arg(retries)
                             .arg(maxAttempts)
                             .arg(raceMs)
                             .arg(DurationSummary::of(durations).toString());

    QVERIFY2(conflicts < total, "every attempt lost its race: nothing was ever given out");
    // Never twice, and no gap: exactly first, first+1, ...
    std::sort(numbers.begin(), numbers.end());
    QCOMPARE(QSet<int>(numbers.cbegin(), numbers.cend()).size(), numbers.size());
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers.at(i), first + i);
    // Every attempt that did not lose a race got a number until the band ran out.
    QCOMPARE(numbers.size(), std::min(band, total - conflicts));
    if (exhausted > 0)
        QCOMPARE(numbers.size(), band);
    QCOMPARE(numbers.size() + exhausted + conflicts, total);

    // The database agrees.
    QSqlQuery row((*store)->connection());
    row.prepare(QStringLiteral("SELECT first_number, last_number, next_number FROM daily_number "
                               "WHERE series = ? AND office_date = ?"));
    row.addBindValue(series);
    row.addBindValue(day.toString(Qt::ISODate));
    QVERIFY(row.exec());
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toInt(), first);
    QCOMPARE(row.value(1).toInt(), last);
    QCOMPARE(row.value(2).toInt(), first + int(numbers.size()));
    QVERIFY(!row.next());
    auto counted = DailyNumbers(**store).takenCount(series, day);
    QVERIFY(counted);
    QCOMPARE(*counted, int(numbers.size()));
}

QTEST_GUILESS_MAIN(TestOfficeConcurrency)
#include "tst_office_concurrency.moc"
