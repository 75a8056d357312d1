// Integration: the wait estimate's backtest (docs/queue.md, "Wait estimate").
// Simulated office days (HistorySimulator, a fixed seed) give every ticket
// the estimate the live queue would have given when it was issued; the
// statistics then compare it with the wait that followed. The estimate must
// beat the estimate a queue without it could give — the same number for
// everyone, the period's mean wait — per category and overall; the figures
// are printed for docs/queue.md.
#include "common/Clock.h"
#include "office/OfficeLocation.h"
#include "office/OfficeStore.h"
#include "queue/HistorySimulator.h"
#include "queue/QueueStatistics.h"
#include "queue/TicketFactsReader.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace kakanai;
using namespace kakanai::queue;

class TestWaitBacktest : public QObject {
    Q_OBJECT
private slots:
    void estimateBeatsTheMeanWait();
};

void TestWaitBacktest::estimateBeatsTheMeanWait()
{
    QTemporaryDir dir;
    OfficeStoreOptions options;
    options.location = OfficeLocation::sqliteFile(dir.filePath(QStringLiteral("office.sqlite")));
    auto store = OfficeStore::open(options);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    // Twenty office days of June 2026 (no season, no long closure).
    ManualClock clock(QDateTime(QDate(2026, 7, 1), QTime(3, 0), Qt::UTC));
    HistoryOptions history;
    history.firstDate = QDate(2026, 6, 1);
    history.lastDate = QDate(2026, 6, 26);
    history.seed = 13;
    history.estimator = HistorySimulator::liveEstimator(480);
    auto written = HistorySimulator(**store, clock).run(history);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    auto facts = TicketFactsReader::read(**store, history.firstDate, history.lastDate);
    QVERIFY(facts);
    QVERIFY(facts->size() > 2000);

    const StatsReport report = QueueStatistics::compute(*facts, StatsGrouping::Category, {});
    QVERIFY(report.total.estimate.count > facts->size() / 2);
    for (const StatsRow &row : report.rows + QList<StatsRow>{report.total}) {
        // The baseline: everyone in the group told the group's mean wait.
        double meanWait = 0;
        int called = 0;
        for (const TicketFacts &f : *facts)
            if ((row.isTotal || f.category == row.key) && f.waitMs() && f.estimatedWaitSeconds) {
                meanWait += *f.waitMs() / 1000.0;
                ++called;
            }
        QVERIFY(called > 0);
        meanWait /= called;
        double baselineError = 0;
        for (const TicketFacts &f : *facts)
            if ((row.isTotal || f.category == row.key) && f.waitMs() && f.estimatedWaitSeconds)
                baselineError += std::abs(*f.waitMs() / 1000.0 - meanWait);
        baselineError /= called;
        QVERIFY(row.estimate.meanAbsoluteErrorSeconds.has_value());
        const double error = *row.estimate.meanAbsoluteErrorSeconds;
        qInfo("backtest %s: %d estimates, mean wait %.1f min, estimate's mean absolute error %.1f min "
              "(bias %+.1f min), the mean wait told to everyone: %.1f min",
              row.isTotal ? "total" : qPrintable(row.key), row.estimate.count, meanWait / 60, error / 60,
              row.estimate.meanSignedErrorSeconds.value_or(0) / 60, baselineError / 60);
        QVERIFY2(error < baselineError,
                 qPrintable(QStringLiteral("%1: %2 s vs %3 s").arg(row.key).arg(error).arg(baselineError)));
    }
}

QTEST_GUILESS_MAIN(TestWaitBacktest)
#include "tst_wait_backtest.moc"
