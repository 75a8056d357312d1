#pragma once

#include "common/Error.h"
#include "queue/QueueStatistics.h"
#include "queue/TicketFacts.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace kakanai {

class Clock;
class Settings;

// 統計: wait-time statistics for supervisors (docs/user/statistics.md). A
// period (presets or two dates), a grouping, an optional second period to
// compare with; charts, a table with every figure, its CSV, a PDF report.
// The figures come from `source` (the app passes TicketFactsReader over the
// office store). When reading fails the page says so and keeps the figures it
// had, marked as not current: never zeros.
class StatisticsPage : public QWidget {
    Q_OBJECT
public:
    using FactsSource = std::function<Result<QList<queue::TicketFacts>>(QDate from, QDate to)>;
    // Where to save: (caption, suggested file name, filter) → path, empty to cancel.
    using FileNameProvider = std::function<QString(const QString &, const QString &, const QString &)>;

    enum class Preset { Today, ThisWeek, ThisMonth, LastMonth, ThisYear };

    StatisticsPage(FactsSource source, const Clock &clock, Settings &settings, QWidget *parent = nullptr);
    ~StatisticsPage() override;

    // Tests replace the file dialog.
    void setFileNameProvider(FileNameProvider provider);

    // Sets the period from a preset (in the office's calendar) and shows it.
    void applyPreset(Preset preset);
    void setPeriod(QDate from, QDate to);
    void setGrouping(queue::StatsGrouping grouping);
    // A second period to set against the first; none: no comparison.
    void setComparison(std::optional<std::pair<QDate, QDate>> period);
    // Reads the period (and the compared one), computes, shows. False when
    // reading failed: the last figures stay, marked as not current.
    bool refresh();

    // The table as CSV (UTF-8 with BOM, CRLF), asking where; or into `path`.
    bool exportTableCsv();
    bool exportTableCsv(const QString &path);
    // The printable A4 report: title, office, period, table, charts.
    bool exportPdf();
    bool exportPdf(const QString &path);

    const std::optional<queue::StatsReport> &report() const { return m_report; }
    const std::optional<queue::StatsComparison> &comparison() const { return m_comparison; }
    // False after a failed reading, until one succeeds.
    bool isCurrent() const { return m_current; }

signals:
    void reportChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Period {
        QDate from;
        QDate to;
    };

    queue::StatsOptions options() const;
    std::optional<Period> comparedPeriod() const;
    void showReport();
    void fillTable();
    void fillComparison();
    void fillCharts();
    void showStatus(const QString &text, bool alarm);
    static QString notCurrent();
    void retranslate();
    QString periodText(const Period &period) const;
    QString savePath(const QString &caption, const QString &suggested, const QString &filter);

    FactsSource m_source;
    const Clock &m_clock;
    Settings &m_settings;
    FileNameProvider m_fileNames;

    QLabel *m_title;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_preset;
    QComboBox *m_grouping;
    QCheckBox *m_compare;
    QDateEdit *m_compareFrom;
    QDateEdit *m_compareTo;
    QPushButton *m_show;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QChartView *m_arrivalsChart;
    QChartView *m_waitChart;
    QChartView *m_serviceLevelChart;
    QChartView *m_estimateChart;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QTableView *m_comparisonTable;
    QStandardItemModel *m_comparisonModel;

    std::optional<queue::StatsReport> m_report;
    std::optional<queue::StatsComparison> m_comparison;
    Period m_shownPeriod;
    std::optional<Period> m_shownComparedPeriod;
    bool m_current = true;
    bool m_loadedOnce = false;
    QString m_lastError;
};

} // namespace kakanai
