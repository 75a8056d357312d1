// Integration, both engines: TicketFactsReader reads back ticket rows written
// with SQL — every field, the outcome of each state, the tickets that never
// reached the queue left out, and both ends of the period included.
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "queue/TicketFactsReader.h"

#include "TicketRows.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace kakanai;
using namespace kakanai::queue;
using kakanai::test::OfficeTestEnv;
using kakanai::test::TicketRow;
using kakanai::test::tokyoMs;

namespace {

const QDate mar31(2026, 3, 31);
const QDate apr1(2026, 4, 1);
const QDate apr2(2026, 4, 2);
const QDate apr3(2026, 4, 3);

TicketRow row(int n, QDate date, QTime issued, const QString &state)
{
    TicketRow r;
    r.n = n;
    r.officeDate = date.toString(Qt::ISODate);
    r.display = QStringLiteral("A%1").arg(n, 3, 10, QLatin1Char('0'));
    r.state = state;
    r.issuedMs = tokyoMs(date, issued);
    r.arrivalMs = r.issuedMs;
    return r;
}

// Nine tickets over four days; the period 04-01..04-02 holds five that count.
QList<TicketRow> rows()
{
    QList<TicketRow> all;
    all << row(1, mar31, QTime(16, 0), QStringLiteral("done")); // the day before
    TicketRow done = row(2, apr1, QTime(9, 0), QStringLiteral("done"));
    done.priority = 2;
    done.arrivalMs = tokyoMs(apr1, QTime(8, 59, 30)); // transferred: arrival kept from before
    done.firstCalledMs = tokyoMs(apr1, QTime(9, 2, 0, 500));
    done.serviceStartedMs = tokyoMs(apr1, QTime(9, 2, 30));
    done.finishedMs = tokyoMs(apr1, QTime(9, 7, 30));
    done.counterId = QStringLiteral("1");
    done.staffId = QStringLiteral("s1");
    done.staffOnDuty = 2;
    done.estimatedWaitS = 120;
    all << done;
    TicketRow noShow = row(3, apr1, QTime(9, 10), QStringLiteral("no-show"));
    noShow.category = QStringLiteral("moves");
    noShow.firstCalledMs = tokyoMs(apr1, QTime(9, 20));
    noShow.finishedMs = tokyoMs(apr1, QTime(9, 30));
    noShow.counterId = QStringLiteral("2");
    noShow.staffId = QStringLiteral("s2");
    noShow.staffOnDuty = 3;
    all << noShow;
    all << row(4, apr1, QTime(9, 15), QStringLiteral("pending")); // its slip is printing
    TicketRow notIssued = row(5, apr1, QTime(9, 16), QStringLiteral("cancelled"));
    notIssued.outcomeDetail = QStringLiteral("not-issued"); // the slip failed to print
    all << notIssued;
    TicketRow cancelled = row(6, apr2, QTime(10, 0), QStringLiteral("cancelled"));
    cancelled.outcomeDetail = QStringLiteral("left");
    all << cancelled;
    all << row(7, apr2, QTime(10, 5), QStringLiteral("waiting"));
    TicketRow serving = row(8, apr2, QTime(10, 10), QStringLiteral("serving"));
    serving.firstCalledMs = tokyoMs(apr2, QTime(10, 20));
    serving.serviceStartedMs = tokyoMs(apr2, QTime(10, 21));
    serving.counterId = QStringLiteral("2");
    serving.staffId = QStringLiteral("s2");
    all << serving;
    all << row(9, apr3, QTime(8, 30), QStringLiteral("done")); // the day after
    return all;
}

// The last two digits of the ids, sorted (the reader gives tickets date by
// date, in no order within a day).
QStringList ids(const QList<TicketFacts> &facts)
{
    QStringList out;
    for (const TicketFacts &t : facts)
        out << t.ticketId.right(2);
    out.sort();
    return out;
}

const TicketFacts *byId(const QList<TicketFacts> &facts, int n)
{
    for (const TicketFacts &t : facts)
        if (t.ticketId == test::ticketUuid(n))
            return &t;
    return nullptr;
}

} // namespace

class TestTicketFactsReader : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { OfficeTestEnv::dropAll(); }
    void readsIssuedTicketsOfThePeriod_data() { engines(); }
    void readsIssuedTicketsOfThePeriod();
    void refusesABackwardPeriod_data() { engines(); }
    void refusesABackwardPeriod();
    void readsManyTicketsQuickly_data() { engines(); }
    void readsManyTicketsQuickly();

private:
    static void engines();
    QTemporaryDir m_dir;
};

void TestTicketFactsReader::engines()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : OfficeTestEnv::engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

void TestTicketFactsReader::initTestCase()
{
    QString why;
    QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    QVERIFY(m_dir.isValid());
}

void TestTicketFactsReader::readsIssuedTicketsOfThePeriod()
{
    QFETCH(QString, engine);
    auto opened = OfficeStore::open(OfficeTestEnv::freshStore(engine, m_dir));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    OfficeStore &store = **opened;
    for (const TicketRow &r : rows()) {
        auto ok = test::insertTicket(store, r);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    }

    auto facts = TicketFactsReader::read(store, apr1, apr2);
    QVERIFY2(facts, qPrintable(facts ? QString() : facts.error().toString()));
    // Pending (04) and not issued (05) left out; 01 and 09 outside; day by day.
    QCOMPARE(ids(*facts), (QStringList{QStringLiteral("02"), QStringLiteral("03"), QStringLiteral("06"),
                                       QStringLiteral("07"), QStringLiteral("08")}));

    for (qsizetype i = 1; i < facts->size(); ++i)
        QVERIFY(facts->at(i - 1).officeDate <= facts->at(i).officeDate);
    QVERIFY(byId(*facts, 2) && byId(*facts, 3) && byId(*facts, 6) && byId(*facts, 7) && byId(*facts, 8));
    const TicketFacts &done = *byId(*facts, 2);
    QCOMPARE(done.ticketId, test::ticketUuid(2));
    QCOMPARE(done.category, QStringLiteral("certificates"));
    QCOMPARE(done.officeDate, apr1);
    QCOMPARE(done.issuedMs, tokyoMs(apr1, QTime(9, 0)));
    QCOMPARE(done.arrivalMs, tokyoMs(apr1, QTime(8, 59, 30)));
    QCOMPARE(done.firstCalledMs, std::optional<qint64>(tokyoMs(apr1, QTime(9, 2, 0, 500))));
    QCOMPARE(done.serviceStartedMs, std::optional<qint64>(tokyoMs(apr1, QTime(9, 2, 30))));
    QCOMPARE(done.finishedMs, std::optional<qint64>(tokyoMs(apr1, QTime(9, 7, 30))));
    QCOMPARE(done.outcome, TicketFacts::Outcome::Done);
    QCOMPARE(done.counterId, QStringLiteral("1"));
    QCOMPARE(done.staffId, QStringLiteral("s1"));
    QCOMPARE(done.staffOnDuty, 2);
    QCOMPARE(done.estimatedWaitSeconds, std::optional<int>(120));
    QCOMPARE(done.priority, 2);
    QCOMPARE(done.waitMs(), std::optional<qint64>(150500)); // 08:59:30 → 09:02:00.500
    QCOMPARE(done.serviceMs(), std::optional<qint64>(300000));

    const TicketFacts &noShow = *byId(*facts, 3);
    QCOMPARE(noShow.outcome, TicketFacts::Outcome::NoShow);
    QCOMPARE(noShow.category, QStringLiteral("moves"));
    QVERIFY(!noShow.serviceStartedMs);
    QVERIFY(!noShow.serviceMs());
    QVERIFY(!noShow.estimatedWaitSeconds);
    QCOMPARE(byId(*facts, 6)->outcome, TicketFacts::Outcome::Cancelled);
    QCOMPARE(byId(*facts, 6)->officeDate, apr2);
    QCOMPARE(byId(*facts, 7)->outcome, TicketFacts::Outcome::Open); // waiting
    QVERIFY(!byId(*facts, 7)->firstCalledMs);
    QVERIFY(byId(*facts, 7)->counterId.isEmpty());
    QCOMPARE(byId(*facts, 8)->outcome, TicketFacts::Outcome::Open); // serving
    QVERIFY(byId(*facts, 8)->serviceStartedMs);

    // Both ends included: one day alone, and the whole span.
    auto firstDay = TicketFactsReader::read(store, apr1, apr1);
    QVERIFY(firstDay);
    QCOMPARE(ids(*firstDay), (QStringList{QStringLiteral("02"), QStringLiteral("03")}));
    auto lastDay = TicketFactsReader::read(store, apr3, apr3);
    QVERIFY(lastDay);
    QCOMPARE(ids(*lastDay), QStringList{QStringLiteral("09")});
    auto all = TicketFactsReader::read(store, mar31, apr3);
    QVERIFY(all);
    QCOMPARE(all->size(), 7);
    auto none = TicketFactsReader::read(store, QDate(2026, 5, 1), QDate(2026, 5, 31));
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

void TestTicketFactsReader::refusesABackwardPeriod()
{
    QFETCH(QString, engine);
    auto opened = OfficeStore::open(OfficeTestEnv::freshStore(engine, m_dir));
    QVERIFY(opened);
    auto facts = TicketFactsReader::read(**opened, apr2, apr1);
    QVERIFY(!facts);
    QCOMPARE(facts.error().code(), ErrorCode::InvalidArgument);
    QVERIFY(!TicketFactsReader::read(**opened, QDate(), apr1));
}

// Not a benchmark (bench/queue is): a month of an office's tickets read back,
// with the time printed for the record.
void TestTicketFactsReader::readsManyTicketsQuickly()
{
    QFETCH(QString, engine);
    auto opened = OfficeStore::open(OfficeTestEnv::freshStore(engine, m_dir));
    QVERIFY(opened);
    OfficeStore &store = **opened;
    // A month at about 1,000,000 tickets a year; ten days on PostgreSQL,
    // where this test's row-by-row inserts take a minute for a month.
    const int days = engine == QLatin1String("sqlite") ? 30 : 10;
    constexpr int perDay = 2800;
    auto filled = store.inTransaction([&]() -> Status {
        test::TicketInserter inserter(store);
        for (int d = 0; d < days; ++d) {
            const QDate date = QDate(2026, 4, 1).addDays(d);
            for (int i = 0; i < perDay; ++i) {
                TicketRow r = row(d * perDay + i + 10, date, QTime(8, 30).addSecs(i * 10), QStringLiteral("done"));
                r.firstCalledMs = r.arrivalMs + 60000 + i * 7;
                r.serviceStartedMs = *r.firstCalledMs + 20000;
                r.finishedMs = *r.serviceStartedMs + 300000;
                r.counterId = QString::number(i % 8 + 1);
                r.staffId = QStringLiteral("s%1").arg(i % 8 + 1);
                r.staffOnDuty = 8;
                if (auto ok = inserter.insert(r); !ok)
                    return ok;
            }
        }
        return {};
    });
    QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().toString()));
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    auto facts = TicketFactsReader::read(store, QDate(2026, 4, 1), QDate(2026, 4, 1).addDays(days - 1));
    const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    const qint64 ms = timer.elapsed();
    QVERIFY(facts);
    QCOMPARE(facts->size(), days * perDay);
    qInfo("%s: read %lld tickets in %lld ms (this process's CPU: %.0f ms)", QTest::currentDataTag(),
          qlonglong(facts->size()), qlonglong(ms), cpuMs);
}

QTEST_GUILESS_MAIN(TestTicketFactsReader)
#include "tst_ticket_facts_reader.moc"
