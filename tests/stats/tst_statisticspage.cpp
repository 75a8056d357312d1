// The 統計 page offscreen, on a fake source of ticket facts: the presets ask
// for the right days, the charts and the table hold the report's numbers,
// the CSV and the PDF are written, and a failing source shows its error and
// keeps the old figures (marked not current, never zeros).
#include "common/Clock.h"
#include "common/Settings.h"
#include "queue/StatisticsPage.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace kakanai;
using namespace kakanai::queue;
using Outcome = TicketFacts::Outcome;

Q_DECLARE_METATYPE(kakanai::StatisticsPage::Preset)

namespace {

const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));

TicketFacts ticket(const QString &category, QDate date, QTime arrival, std::optional<int> waitS,
                   std::optional<int> serviceS, Outcome outcome, int staffOnDuty = 2)
{
    TicketFacts t;
    t.category = category;
    t.officeDate = date;
    t.arrivalMs = QDateTime(date, arrival, tokyo).toMSecsSinceEpoch();
    t.issuedMs = t.arrivalMs;
    if (waitS)
        t.firstCalledMs = t.arrivalMs + qint64(*waitS) * 1000;
    if (waitS && serviceS) {
        t.serviceStartedMs = *t.firstCalledMs + 30000;
        t.finishedMs = *t.serviceStartedMs + qint64(*serviceS) * 1000;
    }
    t.outcome = outcome;
    t.staffOnDuty = staffOnDuty;
    return t;
}

const QString certificates = QStringLiteral("certificates");
const QString moves = QStringLiteral("moves");

// April: certificates waits 60 120 600 (+1 open), moves 180 240 (+1 cancelled):
//   certificates: 4 arrivals, 3 served, median 120 s = 2.0 min, p90 120 + 0.8·480 = 504 s = 8.4 min
//   moves:        3 arrivals, 1 served, median 210 s = 3.5 min, p90 180 + 0.9·60 = 234 s = 3.9 min
QList<TicketFacts> april()
{
    const QDate d(2026, 4, 1);
    return {ticket(certificates, d, QTime(9, 10), 60, 300, Outcome::Done),
            ticket(certificates, d, QTime(9, 40), 120, 420, Outcome::Done),
            ticket(moves, d, QTime(10, 5), 180, std::nullopt, Outcome::NoShow),
            ticket(moves, d.addDays(1), QTime(9, 20), 240, 600, Outcome::Done),
            ticket(certificates, d.addDays(1), QTime(10, 30), 600, 900, Outcome::Done),
            ticket(moves, d.addDays(5), QTime(9, 5), std::nullopt, std::nullopt, Outcome::Cancelled),
            ticket(certificates, d.addDays(5), QTime(11, 0), std::nullopt, std::nullopt, Outcome::Open)};
}

// March: certificates only, waits 300 and 420 → median 360 s = 6.0 min.
QList<TicketFacts> march()
{
    const QDate d(2026, 3, 10);
    return {ticket(certificates, d, QTime(9, 0), 300, 300, Outcome::Done),
            ticket(certificates, d, QTime(9, 30), 420, 300, Outcome::Done)};
}

QList<double> values(QChartView *view, int set)
{
    const auto series = view->chart()->series();
    if (series.size() != 1)
        return {};
    auto *bars = qobject_cast<QBarSeries *>(series.first());
    if (!bars || set >= bars->count())
        return {};
    QList<double> out;
    QBarSet *barSet = bars->barSets().at(set);
    for (int i = 0; i < barSet->count(); ++i)
        out << std::round(barSet->at(i) * 10.0) / 10.0;
    return out;
}

} // namespace

class TestStatisticsPage : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void presetsAskForTheirDays_data();
    void presetsAskForTheirDays();
    void chartsAndTableHoldTheReport();
    void comparisonSetsPeriodAgainstPeriod();
    void csvExportWritesTheTable();
    void pdfReportHasTitleAndFigures();
    void failingSourceKeepsTheOldFigures();
    void failingFirstReadingShowsNoFigures();

private:
    QChartView *chart(const char *name) { return m_page->findChild<QChartView *>(QLatin1String(name)); }
    QString status() { return m_page->findChild<QLabel *>(QStringLiteral("statsStatus"))->text(); }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<StatisticsPage> m_page;
    QList<std::pair<QDate, QDate>> m_asked;
    bool m_fail = false;
    QTemporaryDir m_dir;
};

void TestStatisticsPage::init()
{
    // Wednesday 2026-04-15, 12:00 in Tokyo.
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 4, 15), QTime(3, 0), Qt::UTC));
    m_settings = Settings::temporary();
    m_settings->setValue(SettingKey::OfficeName, QStringLiteral("Test Ward Office"));
    m_asked.clear();
    m_fail = false;
    m_page = std::make_unique<StatisticsPage>(
        [this](QDate from, QDate to) -> Result<QList<TicketFacts>> {
            m_asked.append({from, to});
            if (m_fail)
                return fail(ErrorCode::StoreUnreachable, QStringLiteral("The office store cannot be reached."));
            return from.month() == 3 ? march() : april();
        },
        *m_clock, *m_settings);
    m_page->resize(1200, 800);
}

void TestStatisticsPage::cleanup()
{
    m_page.reset();
}

void TestStatisticsPage::presetsAskForTheirDays_data()
{
    QTest::addColumn<StatisticsPage::Preset>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("today") << StatisticsPage::Preset::Today << QDate(2026, 4, 15) << QDate(2026, 4, 15);
    QTest::newRow("this week") << StatisticsPage::Preset::ThisWeek << QDate(2026, 4, 13) << QDate(2026, 4, 19);
    QTest::newRow("this month") << StatisticsPage::Preset::ThisMonth << QDate(2026, 4, 1) << QDate(2026, 4, 30);
    QTest::newRow("last month") << StatisticsPage::Preset::LastMonth << QDate(2026, 3, 1) << QDate(2026, 3, 31);
    QTest::newRow("this year") << StatisticsPage::Preset::ThisYear << QDate(2026, 1, 1) << QDate(2026, 12, 31);
}

void TestStatisticsPage::presetsAskForTheirDays()
{
    QFETCH(StatisticsPage::Preset, preset);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QSignalSpy changed(m_page.get(), &StatisticsPage::reportChanged);
    m_page->applyPreset(preset);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.first().first, from);
    QCOMPARE(m_asked.first().second, to);
}

void TestStatisticsPage::chartsAndTableHoldTheReport()
{
    m_page->setGrouping(StatsGrouping::Category);
    m_page->applyPreset(StatisticsPage::Preset::ThisMonth);
    QVERIFY(m_page->report());
    QVERIFY(m_page->isCurrent());

    QCOMPARE(values(chart("arrivalsChart"), 0), (QList<double>{4, 3}));
    QCOMPARE(values(chart("arrivalsChart"), 1), (QList<double>{3, 1}));
    QCOMPARE(values(chart("waitChart"), 0), (QList<double>{2.0, 3.5}));  // medians, minutes
    QCOMPARE(values(chart("waitChart"), 1), (QList<double>{8.4, 3.9}));  // 90th percentiles
    QCOMPARE(values(chart("serviceLevelChart"), 0), (QList<double>{100, 100})); // within 15 min
    QCOMPARE(values(chart("serviceLevelChart"), 1), (QList<double>{100, 100})); // within 30 min

    auto *table = m_page->findChild<QTableView *>(QStringLiteral("statsTable"));
    auto *model = qobject_cast<QStandardItemModel *>(table->model());
    QCOMPARE(model->rowCount(), 3); // two categories and the total
    QCOMPARE(model->item(0, 0)->text(), certificates);
    QCOMPARE(model->item(0, 1)->text(), QStringLiteral("4"));
    QCOMPARE(model->item(0, 7)->text(), QStringLiteral("2.0"));
    QCOMPARE(model->item(0, 8)->text(), QStringLiteral("8.4"));
    QCOMPARE(model->item(2, 0)->text(), QStringLiteral("Total"));
    QCOMPARE(model->item(2, 1)->text(), QStringLiteral("7"));
    QCOMPARE(model->item(2, 8)->text(), QStringLiteral("7.6")); // 456 s
    QVERIFY(status().contains(QStringLiteral("2026-04-01 to 2026-04-30")));
}

void TestStatisticsPage::comparisonSetsPeriodAgainstPeriod()
{
    m_page->setGrouping(StatsGrouping::Category);
    m_page->setComparison(std::pair{QDate(2026, 3, 1), QDate(2026, 3, 31)});
    m_page->setPeriod(QDate(2026, 4, 1), QDate(2026, 4, 30));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("statsShow")), Qt::LeftButton);
    QCOMPARE(m_asked.size(), 2);
    QVERIFY(m_page->comparison());
    const StatsComparison &c = *m_page->comparison();
    QCOMPARE(c.rows.size(), 2);
    // certificates: April median 120 s against March 360 s → −240 s; arrivals 4 − 2.
    QCOMPARE(c.rows.at(0).key, certificates);
    QCOMPARE(c.rows.at(0).arrivals, 2);
    QCOMPARE(c.rows.at(0).waitMedianSeconds, std::optional<double>(-240.0));
    QVERIFY(!c.rows.at(1).inBefore);
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("statsComparisonTable"));
    auto *model = qobject_cast<QStandardItemModel *>(table->model());
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->item(0, 5)->text(), QStringLiteral("-4.0"));
    QVERIFY(status().contains(QStringLiteral("2026-03-01 to 2026-03-31")));
}

void TestStatisticsPage::csvExportWritesTheTable()
{
    m_page->setGrouping(StatsGrouping::Category);
    m_page->applyPreset(StatisticsPage::Preset::ThisMonth);
    const QString path = m_dir.filePath(QStringLiteral("table.csv"));
    QString suggested;
    m_page->setFileNameProvider([&](const QString &, const QString &name, const QString &) {
        suggested = name;
        return path;
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("statsExportCsv")), Qt::LeftButton);
    QCOMPARE(suggested, QStringLiteral("kakanai-statistics-2026-04-01-2026-04-30.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBFGroup,Arrivals,Served,No-shows,Cancelled,Open,Wait mean (min),"));
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 5); // header, 2 categories, total, and after the last CRLF nothing
    QVERIFY2(lines.at(1).startsWith("certificates,4,3,0,0,1,4.3,2.0,8.4,"), lines.at(1).constData());
    QVERIFY2(lines.at(3).startsWith("Total,7,4,1,1,1,4.0,3.0,7.6,"), lines.at(3).constData());
    QVERIFY(lines.at(3).endsWith("\r"));
}

void TestStatisticsPage::pdfReportHasTitleAndFigures()
{
    m_page->setGrouping(StatsGrouping::Category);
    m_page->applyPreset(StatisticsPage::Preset::ThisMonth);
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    m_page->setFileNameProvider([&](const QString &, const QString &, const QString &) { return path; });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("statsExportPdf")), Qt::LeftButton);
    QVERIFY(QFile::exists(path));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY2(pdftotext.waitForFinished(30000), "pdftotext (poppler-utils) did not run");
    QCOMPARE(pdftotext.exitCode(), 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Wait-time statistics")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Test Ward Office")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026-04-01 to 2026-04-30")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("certificates")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("8.4")), qPrintable(text));
}

void TestStatisticsPage::failingSourceKeepsTheOldFigures()
{
    m_page->setGrouping(StatsGrouping::Category);
    m_page->applyPreset(StatisticsPage::Preset::ThisMonth);
    QVERIFY(m_page->isCurrent());
    auto *model = qobject_cast<QStandardItemModel *>(
        m_page->findChild<QTableView *>(QStringLiteral("statsTable"))->model());

    m_fail = true;
    QSignalSpy changed(m_page.get(), &StatisticsPage::reportChanged);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("statsShow")), Qt::LeftButton);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!m_page->isCurrent());
    QVERIFY2(status().contains(QStringLiteral("The office store cannot be reached.")), qPrintable(status()));
    QVERIFY2(status().contains(QStringLiteral("NOT current")), qPrintable(status()));
    // The figures are the old ones, not zeros.
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->item(0, 1)->text(), QStringLiteral("4"));
    QCOMPARE(values(chart("arrivalsChart"), 0), (QList<double>{4, 3}));
    QVERIFY(chart("arrivalsChart")->chart()->title().contains(QStringLiteral("NOT CURRENT")));
    QCOMPARE(m_page->report()->total.arrivals, 7);

    // Reading again once the store is back.
    m_fail = false;
    QVERIFY(m_page->refresh());
    QVERIFY(m_page->isCurrent());
    QVERIFY(!chart("arrivalsChart")->chart()->title().contains(QStringLiteral("NOT CURRENT")));
}

void TestStatisticsPage::failingFirstReadingShowsNoFigures()
{
    m_fail = true;
    QVERIFY(!m_page->refresh());
    QVERIFY(!m_page->report());
    QVERIFY(status().contains(QStringLiteral("The office store cannot be reached.")));
    auto *model = qobject_cast<QStandardItemModel *>(
        m_page->findChild<QTableView *>(QStringLiteral("statsTable"))->model());
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(chart("arrivalsChart")->chart()->series().isEmpty());
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("statsExportCsv"))->isEnabled());
}

QTEST_MAIN(TestStatisticsPage)
#include "tst_statisticspage.moc"
