#include "StatisticsPage.h"

#include "common/Clock.h"
#include "common/PrivateFiles.h"
#include "common/Settings.h"
#include "queue/TicketEventsCsv.h"
#include "StatisticsReportPdf.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace kakanai {

namespace {

using queue::QueueStatistics;
using queue::StatsGrouping;
using queue::StatsRow;

QString minutesText(const std::optional<double> &seconds)
{
    return seconds ? QString::number(*seconds / 60.0, 'f', 1) : QStringLiteral("–");
}

QString percentText(const std::optional<double> &share)
{
    return share ? QString::number(*share * 100.0, 'f', 1) : QStringLiteral("–");
}

QString signedText(const std::optional<double> &value, double scale)
{
    if (!value)
        return QStringLiteral("–");
    const double v = *value * scale;
    return (v > 0 ? QStringLiteral("+") : QString()) + QString::number(v, 'f', 1);
}

double minutesOrZero(const std::optional<double> &seconds)
{
    return seconds ? *seconds / 60.0 : 0.0;
}

// The rows a chart draws: the groups, or the total alone.
QList<StatsRow> chartRows(const queue::StatsReport &report)
{
    return report.rows.isEmpty() ? QList<StatsRow>{report.total} : report.rows;
}

QString labelOf(const queue::StatsReport &report, const StatsRow &row)
{
    return row.isTotal ? QueueStatistics::totalLabel() : QueueStatistics::keyLabel(report.grouping, row.key);
}

QChartView *makeChartView(const QString &name, QWidget *parent)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

// Replaces the chart's series with one bar series of `sets` over `labels`.
void setBars(QChart *chart, const QStringList &labels, const QList<std::pair<QString, QList<double>>> &sets)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto *series = new QBarSeries;
    double top = 0;
    for (const auto &[name, values] : sets) {
        auto *set = new QBarSet(name);
        for (double v : values) {
            set->append(v);
            top = std::max(top, v);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top : 1);
    y->applyNiceNumbers(); // ticks on round values, the top bar below the top line
    y->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

// The chart drawn on white at `size`, as the PDF report shows it.
QImage chartImage(QChart *chart, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QSizeF oldSize = chart->size();
        chart->resize(size);
        chart->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(chart->pos(), size));
        chart->resize(oldSize);
    }
    return image;
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        queue::TicketEventsCsv::appendField(line, fields.at(i));
    }
    return line + "\r\n";
}

} // namespace

StatisticsPage::StatisticsPage(FactsSource source, const Clock &clock, Settings &settings, QWidget *parent)
    : QWidget(parent), m_source(std::move(source)), m_clock(clock), m_settings(settings), m_title(new QLabel(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_preset(new QComboBox(this)),
      m_grouping(new QComboBox(this)), m_compare(new QCheckBox(this)), m_compareFrom(new QDateEdit(this)),
      m_compareTo(new QDateEdit(this)), m_show(new QPushButton(this)), m_exportCsv(new QPushButton(this)),
      m_exportPdf(new QPushButton(this)), m_status(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_arrivalsChart(makeChartView(QStringLiteral("arrivalsChart"), this)),
      m_waitChart(makeChartView(QStringLiteral("waitChart"), this)),
      m_serviceLevelChart(makeChartView(QStringLiteral("serviceLevelChart"), this)),
      m_estimateChart(makeChartView(QStringLiteral("estimateChart"), this)), m_table(new QTableView(this)),
      m_model(new QStandardItemModel(this)), m_comparisonTable(new QTableView(this)),
      m_comparisonModel(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("statisticsPage"));
    m_from->setObjectName(QStringLiteral("statsFrom"));
    m_to->setObjectName(QStringLiteral("statsTo"));
    m_preset->setObjectName(QStringLiteral("statsPreset"));
    m_grouping->setObjectName(QStringLiteral("statsGrouping"));
    m_compare->setObjectName(QStringLiteral("statsCompare"));
    m_compareFrom->setObjectName(QStringLiteral("statsCompareFrom"));
    m_compareTo->setObjectName(QStringLiteral("statsCompareTo"));
    m_show->setObjectName(QStringLiteral("statsShow"));
    m_exportCsv->setObjectName(QStringLiteral("statsExportCsv"));
    m_exportPdf->setObjectName(QStringLiteral("statsExportPdf"));
    m_status->setObjectName(QStringLiteral("statsStatus"));
    m_table->setObjectName(QStringLiteral("statsTable"));
    m_comparisonTable->setObjectName(QStringLiteral("statsComparisonTable"));

    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_status->setWordWrap(true);
    for (QDateEdit *edit : {m_from, m_to, m_compareFrom, m_compareTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_compareFrom->setEnabled(false);
    m_compareTo->setEnabled(false);
    for (QTableView *table : {m_table, m_comparisonTable}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
    }
    m_table->setModel(m_model);
    m_comparisonTable->setModel(m_comparisonModel);
    m_exportCsv->setEnabled(false);
    m_exportPdf->setEnabled(false);

    for (StatsGrouping g : {StatsGrouping::Total, StatsGrouping::Day, StatsGrouping::Hour, StatsGrouping::Weekday,
                            StatsGrouping::Category, StatsGrouping::Counter, StatsGrouping::Staff,
                            StatsGrouping::StaffOnDuty})
        m_grouping->addItem(QString(), int(g));
    m_grouping->setCurrentIndex(1); // by day
    for (int i = 0; i < 6; ++i)
        m_preset->addItem(QString());

    auto *period = new QHBoxLayout;
    period->addWidget(m_preset);
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_to);
    period->addWidget(m_grouping);
    period->addWidget(m_show);
    period->addStretch(1);
    auto *compare = new QHBoxLayout;
    compare->addWidget(m_compare);
    compare->addWidget(m_compareFrom);
    compare->addWidget(new QLabel(QStringLiteral("–"), this));
    compare->addWidget(m_compareTo);
    compare->addStretch(1);
    compare->addWidget(m_exportCsv);
    compare->addWidget(m_exportPdf);

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->addWidget(m_arrivalsChart, 0, 0);
    grid->addWidget(m_waitChart, 0, 1);
    grid->addWidget(m_serviceLevelChart, 1, 0);
    grid->addWidget(m_estimateChart, 1, 1);
    m_tabs->addTab(charts, QString());
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(m_comparisonTable, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addLayout(period);
    layout->addLayout(compare);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_show, &QPushButton::clicked, this, &StatisticsPage::refresh);
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyPreset(Preset(index - 1));
    });
    connect(m_grouping, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_compare, &QCheckBox::toggled, this, [this](bool on) {
        m_compareFrom->setEnabled(on);
        m_compareTo->setEnabled(on);
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportTableCsv(); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportPdf(); });

    // A month until someone chooses: the view most asked for.
    const OfficeCalendar calendar(m_clock, options().zone);
    const QDate today = calendar.today();
    setPeriod(QDate(today.year(), today.month(), 1), today);
    m_compareFrom->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    m_compareTo->setDate(QDate(today.year(), today.month(), 1).addDays(-1));
    retranslate();
}

StatisticsPage::~StatisticsPage() = default;

void StatisticsPage::setFileNameProvider(FileNameProvider provider)
{
    m_fileNames = std::move(provider);
}

queue::StatsOptions StatisticsPage::options() const
{
    queue::StatsOptions options;
    const QTimeZone zone(m_settings.string(SettingKey::OfficeTimeZone).toUtf8());
    options.zone = zone.isValid() ? zone : OfficeCalendar::defaultZone();
    if (auto levels = queue::parseServiceLevels(m_settings.string(SettingKey::QueueServiceLevels)))
        options.serviceLevelMinutes = *levels;
    return options;
}

void StatisticsPage::applyPreset(Preset preset)
{
    const QDate today = OfficeCalendar(m_clock, options().zone).today();
    const QDate monthStart(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::Today:
        setPeriod(today, today);
        break;
    case Preset::ThisWeek: {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        setPeriod(monday, monday.addDays(6));
        break;
    }
    case Preset::ThisMonth:
        setPeriod(monthStart, monthStart.addMonths(1).addDays(-1));
        break;
    case Preset::LastMonth:
        setPeriod(monthStart.addMonths(-1), monthStart.addDays(-1));
        break;
    case Preset::ThisYear:
        setPeriod(QDate(today.year(), 1, 1), QDate(today.year(), 12, 31));
        break;
    }
    m_preset->setCurrentIndex(int(preset) + 1);
    refresh();
}

void StatisticsPage::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void StatisticsPage::setGrouping(StatsGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

void StatisticsPage::setComparison(std::optional<std::pair<QDate, QDate>> period)
{
    m_compare->setChecked(period.has_value());
    if (period) {
        m_compareFrom->setDate(period->first);
        m_compareTo->setDate(period->second);
    }
}

std::optional<StatisticsPage::Period> StatisticsPage::comparedPeriod() const
{
    if (!m_compare->isChecked())
        return std::nullopt;
    return Period{m_compareFrom->date(), m_compareTo->date()};
}

bool StatisticsPage::refresh()
{
    m_loadedOnce = true;
    const Period period{m_from->date(), m_to->date()};
    if (period.from > period.to) {
        showStatus(tr("The first day of the period must not be after its last."), true);
        return false;
    }
    const auto compared = comparedPeriod();
    if (compared && compared->from > compared->to) {
        showStatus(tr("The first day of the compared period must not be after its last."), true);
        return false;
    }
    const auto fail = [this](const Error &error) {
        // Keep what is shown; say it is old.
        m_current = false;
        m_lastError = error.message();
        if (m_report)
            showStatus(tr("The statistics could not be read: %1\nThe figures below are from an earlier reading "
                          "(%2) and are NOT current.")
                           .arg(error.message(), periodText(m_shownPeriod)),
                       true);
        else
            showStatus(tr("The statistics could not be read: %1").arg(error.message()), true);
        for (QChartView *view : {m_arrivalsChart, m_waitChart, m_serviceLevelChart, m_estimateChart})
            if (!view->chart()->title().endsWith(notCurrent()))
                view->chart()->setTitle(view->chart()->title() + notCurrent());
        return false;
    };
    auto facts = m_source(period.from, period.to);
    if (!facts)
        return fail(facts.error());
    const queue::StatsOptions opts = options();
    const StatsGrouping grouping = StatsGrouping(m_grouping->currentData().toInt());
    queue::StatsReport report = QueueStatistics::compute(*facts, grouping, opts);
    std::optional<queue::StatsComparison> comparison;
    if (compared) {
        auto before = m_source(compared->from, compared->to);
        if (!before)
            return fail(before.error());
        comparison = QueueStatistics::compare(QueueStatistics::compute(*before, grouping, opts), report);
    }
    m_report = std::move(report);
    m_comparison = std::move(comparison);
    m_shownPeriod = period;
    m_shownComparedPeriod = compared;
    m_current = true;
    m_lastError.clear();
    showReport();
    emit reportChanged();
    return true;
}

void StatisticsPage::showReport()
{
    if (!m_report)
        return;
    fillTable();
    fillComparison();
    fillCharts();
    m_exportCsv->setEnabled(true);
    m_exportPdf->setEnabled(true);
    QString text = tr("%1: %n ticket(s).", nullptr, m_report->total.arrivals).arg(periodText(m_shownPeriod));
    if (m_shownComparedPeriod)
        text += QLatin1Char(' ') + tr("Compared with %1.").arg(periodText(*m_shownComparedPeriod));
    showStatus(text, false);
}

void StatisticsPage::fillTable()
{
    m_model->clear();
    QStringList header{tr("Group"), tr("Arrivals"), tr("Served"), tr("No-shows"), tr("Cancelled"), tr("Open"),
                       tr("Wait mean (min)"), tr("Wait median (min)"), tr("Wait 90% (min)"),
                       tr("Service mean (min)"), tr("Service median (min)"), tr("Service 90% (min)")};
    for (int level : m_report->serviceLevelMinutes)
        header << tr("Within %1 min (%)").arg(level);
    header << tr("Estimated wait (min)") << tr("Actual wait (min)") << tr("Estimate error (min)")
           << tr("Estimate bias (min)") << tr("Staff on duty");
    m_model->setHorizontalHeaderLabels(header);
    for (const StatsRow &row : m_report->tableRows()) {
        QStringList cells{labelOf(*m_report, row),
                          QString::number(row.arrivals),
                          QString::number(row.served),
                          QString::number(row.noShows),
                          QString::number(row.cancelled),
                          QString::number(row.open),
                          minutesText(row.wait.meanSeconds),
                          minutesText(row.wait.medianSeconds),
                          minutesText(row.wait.p90Seconds),
                          minutesText(row.service.meanSeconds),
                          minutesText(row.service.medianSeconds),
                          minutesText(row.service.p90Seconds)};
        for (const auto &share : row.shareWithinServiceLevel)
            cells << percentText(share);
        cells << minutesText(row.estimate.meanEstimateSeconds) << minutesText(row.estimate.meanActualSeconds)
              << minutesText(row.estimate.meanAbsoluteErrorSeconds)
              << signedText(row.estimate.meanSignedErrorSeconds, 1.0 / 60.0)
              << (row.meanStaffOnDuty ? QString::number(*row.meanStaffOnDuty, 'f', 1) : QStringLiteral("–"));
        QList<QStandardItem *> items;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            auto *item = new QStandardItem(cells.at(i));
            if (i > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row.isTotal) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            items << item;
        }
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
}

void StatisticsPage::fillComparison()
{
    m_comparisonModel->clear();
    m_tabs->setTabEnabled(2, m_comparison.has_value());
    if (!m_comparison)
        return;
    QStringList header{tr("Group"), tr("Δ Arrivals"), tr("Δ Served"), tr("Δ No-shows"), tr("Δ Wait mean (min)"),
                       tr("Δ Wait median (min)"), tr("Δ Wait 90% (min)"), tr("Δ Service median (min)")};
    for (int level : m_comparison->serviceLevelMinutes)
        header << tr("Δ Within %1 min (points)").arg(level);
    header << tr("Δ Estimate error (min)");
    m_comparisonModel->setHorizontalHeaderLabels(header);
    QList<queue::StatsDifference> rows = m_comparison->rows;
    rows.append(m_comparison->total);
    for (const queue::StatsDifference &d : std::as_const(rows)) {
        const bool both = d.inBefore && d.inAfter;
        const auto count = [both](int v) {
            return both ? (v > 0 ? QStringLiteral("+") : QString()) + QString::number(v) : QStringLiteral("–");
        };
        QStringList cells{d.isTotal ? QueueStatistics::totalLabel()
                                    : QueueStatistics::keyLabel(m_comparison->grouping, d.key),
                          count(d.arrivals),
                          count(d.served),
                          count(d.noShows),
                          signedText(d.waitMeanSeconds, 1.0 / 60.0),
                          signedText(d.waitMedianSeconds, 1.0 / 60.0),
                          signedText(d.waitP90Seconds, 1.0 / 60.0),
                          signedText(d.serviceMedianSeconds, 1.0 / 60.0)};
        for (const auto &share : d.shareWithinServiceLevel)
            cells << signedText(share, 100.0);
        cells << signedText(d.estimateMeanAbsoluteErrorSeconds, 1.0 / 60.0);
        QList<QStandardItem *> items;
        for (const QString &cell : std::as_const(cells))
            items << new QStandardItem(cell);
        m_comparisonModel->appendRow(items);
    }
    m_comparisonTable->resizeColumnsToContents();
}

void StatisticsPage::fillCharts()
{
    const QList<StatsRow> rows = chartRows(*m_report);
    QStringList labels;
    QList<double> arrivals, served, median, p90, estimated, actual;
    QList<QList<double>> within(m_report->serviceLevelMinutes.size());
    for (const StatsRow &row : rows) {
        labels << labelOf(*m_report, row);
        arrivals << row.arrivals;
        served << row.served;
        // A group where nobody was called has no wait: its bar is empty.
        median << minutesOrZero(row.wait.medianSeconds);
        p90 << minutesOrZero(row.wait.p90Seconds);
        estimated << minutesOrZero(row.estimate.meanEstimateSeconds);
        actual << minutesOrZero(row.estimate.meanActualSeconds);
        for (qsizetype i = 0; i < within.size(); ++i) {
            double percent = 0.0;
            if (i < row.shareWithinServiceLevel.size() && row.shareWithinServiceLevel.at(i).has_value())
                percent = row.shareWithinServiceLevel.at(i).value() * 100.0;
            within[i] << percent;
        }
    }
    setBars(m_arrivalsChart->chart(), labels, {{tr("Arrivals"), arrivals}, {tr("Served"), served}});
    setBars(m_waitChart->chart(), labels, {{tr("Median"), median}, {tr("90th percentile"), p90}});
    QList<std::pair<QString, QList<double>>> levelSets;
    for (qsizetype i = 0; i < within.size(); ++i)
        levelSets.append({tr("Within %1 min").arg(m_report->serviceLevelMinutes.at(i)), within.at(i)});
    setBars(m_serviceLevelChart->chart(), labels, levelSets);
    setBars(m_estimateChart->chart(), labels, {{tr("Estimated (mean)"), estimated}, {tr("Actual (mean)"), actual}});
    retranslate();
}

QString StatisticsPage::notCurrent()
{
    return tr(" (NOT CURRENT)");
}

void StatisticsPage::showStatus(const QString &text, bool alarm)
{
    m_status->setText(text);
    m_status->setStyleSheet(alarm ? QStringLiteral("QLabel { background: #fde2e2; border: 1px solid #b42318; "
                                                   "color: #7a1010; font-weight: bold; padding: 8px; }")
                                  : QString());
}

QString StatisticsPage::periodText(const Period &period) const
{
    if (period.from == period.to)
        return period.from.toString(Qt::ISODate);
    return tr("%1 to %2").arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
}

QString StatisticsPage::savePath(const QString &caption, const QString &suggested, const QString &filter)
{
    if (m_fileNames)
        return m_fileNames(caption, suggested, filter);
    return QFileDialog::getSaveFileName(this, caption, suggested, filter);
}

bool StatisticsPage::exportTableCsv()
{
    if (!m_report)
        return false;
    const QString path = savePath(tr("Export the statistics"),
                                  QStringLiteral("kakanai-statistics-%1-%2.csv")
                                      .arg(m_shownPeriod.from.toString(Qt::ISODate),
                                           m_shownPeriod.to.toString(Qt::ISODate)),
                                  tr("CSV files (*.csv)"));
    return !path.isEmpty() && exportTableCsv(path);
}

bool StatisticsPage::exportTableCsv(const QString &path)
{
    if (!m_report)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showStatus(tr("The file could not be written: %1").arg(file.errorString()), true);
        return false;
    }
    PrivateFiles::restrictFile(file);
    QByteArray out("\xEF\xBB\xBF");
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header << m_model->horizontalHeaderItem(c)->text();
    out += csvLine(header);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells << m_model->item(r, c)->text();
        out += csvLine(cells);
    }
    if (file.write(out) != out.size() || !file.commit()) {
        showStatus(tr("The file could not be written: %1").arg(file.errorString()), true);
        return false;
    }
    return true;
}

bool StatisticsPage::exportPdf()
{
    if (!m_report)
        return false;
    const QString path = savePath(tr("Save the statistics report"),
                                  QStringLiteral("kakanai-statistics-%1-%2.pdf")
                                      .arg(m_shownPeriod.from.toString(Qt::ISODate),
                                           m_shownPeriod.to.toString(Qt::ISODate)),
                                  tr("PDF files (*.pdf)"));
    return !path.isEmpty() && exportPdf(path);
}

bool StatisticsPage::exportPdf(const QString &path)
{
    if (!m_report)
        return false;
    StatisticsReportPdf::Content content;
    content.officeName = m_settings.string(SettingKey::OfficeName);
    content.period = periodText(m_shownPeriod);
    if (m_shownComparedPeriod)
        content.comparedPeriod = periodText(*m_shownComparedPeriod);
    content.grouping = m_grouping->currentText();
    content.made = OfficeCalendar(m_clock, options().zone).nowLocal();
    if (!m_current)
        content.notCurrent = m_lastError;
    for (int c = 0; c < m_model->columnCount(); ++c)
        content.tableHeader << m_model->horizontalHeaderItem(c)->text();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells << m_model->item(r, c)->text();
        content.tableRows << cells;
    }
    const QSize chartSize = StatisticsReportPdf::chartSize();
    for (QChartView *view : {m_arrivalsChart, m_waitChart, m_serviceLevelChart, m_estimateChart})
        content.charts << chartImage(view->chart(), chartSize);
    if (auto written = StatisticsReportPdf::write(content, path); !written) {
        showStatus(written.error().message(), true);
        return false;
    }
    return true;
}

void StatisticsPage::showEvent(QShowEvent *event)
{
    // The first time the page is opened: this month so far.
    if (!m_loadedOnce)
        refresh();
    QWidget::showEvent(event);
}

void StatisticsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_report)
            showReport();
    }
    QWidget::changeEvent(event);
}

void StatisticsPage::retranslate()
{
    m_title->setText(tr("Statistics"));
    m_show->setText(tr("&Show"));
    m_compare->setText(tr("&Compare with…"));
    m_exportCsv->setText(tr("E&xport CSV…"));
    m_exportPdf->setText(tr("&PDF report…"));
    m_preset->setItemText(0, tr("Period…"));
    m_preset->setItemText(1, tr("Today"));
    m_preset->setItemText(2, tr("This week"));
    m_preset->setItemText(3, tr("This month"));
    m_preset->setItemText(4, tr("Last month"));
    m_preset->setItemText(5, tr("This year"));
    const QStringList groupings{tr("Whole period"), tr("By day"), tr("By hour"), tr("By weekday"),
                                tr("By category"), tr("By counter"), tr("By staff"), tr("By staff on duty")};
    for (int i = 0; i < groupings.size(); ++i)
        m_grouping->setItemText(i, groupings.at(i));
    m_tabs->setTabText(0, tr("Charts"));
    m_tabs->setTabText(1, tr("Table"));
    m_tabs->setTabText(2, tr("Comparison"));
    m_arrivalsChart->chart()->setTitle(tr("Arrivals and served"));
    m_waitChart->chart()->setTitle(tr("Wait (minutes)"));
    m_serviceLevelChart->chart()->setTitle(tr("Called within the service levels (%)"));
    m_estimateChart->chart()->setTitle(tr("Estimated and actual wait (minutes)"));
}

} // namespace kakanai
