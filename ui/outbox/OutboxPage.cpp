#include "OutboxPage.h"

#include "common/LogCategories.h"
#include "outbox/Outbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kakanai {

namespace {
constexpr int kListLimit = 500;
constexpr int kUuidRole = Qt::UserRole + 1;
constexpr int kStateRole = Qt::UserRole + 2;

enum Column { ColCreated, ColState, ColAttempts, ColHttp, ColError, ColUuid, ColumnCount };
} // namespace

OutboxPage::OutboxPage(Outbox &outbox, Database &database, const RecordCipher &cipher, QWidget *parent)
    : QWidget(parent), m_outbox(outbox), m_db(database), m_cipher(cipher), m_title(new QLabel(this)),
      m_pendingLabel(new QLabel(this)), m_sendingLabel(new QLabel(this)), m_sentLabel(new QLabel(this)),
      m_rejectedLabel(new QLabel(this)), m_damagedLabel(new QLabel(this)), m_stateFilter(new QComboBox(this)), m_table(new QTableView(this)),
      m_model(new QStandardItemModel(0, ColumnCount, this)), m_uploadNow(new QPushButton(this)), m_resend(new QPushButton(this)),
      m_exportTitle(new QLabel(this)), m_kind(new QComboBox(this)), m_encoding(new QComboBox(this)), m_useDates(new QCheckBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_export(new QPushButton(this)), m_message(new QLabel(this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("outboxPage"));
    m_pendingLabel->setObjectName(QStringLiteral("pendingCount"));
    m_sendingLabel->setObjectName(QStringLiteral("sendingCount"));
    m_sentLabel->setObjectName(QStringLiteral("sentCount"));
    m_rejectedLabel->setObjectName(QStringLiteral("rejectedCount"));
    m_damagedLabel->setObjectName(QStringLiteral("damagedCount"));
    m_damagedLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a1010; font-weight: bold; }"));
    m_damagedLabel->hide(); // shown only while there are damaged records: rare, and then it matters
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_uploadNow->setObjectName(QStringLiteral("uploadNowButton"));
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_kind->setObjectName(QStringLiteral("csvKind"));
    m_encoding->setObjectName(QStringLiteral("csvEncoding"));
    m_useDates->setObjectName(QStringLiteral("csvUseDates"));
    m_from->setObjectName(QStringLiteral("csvFrom"));
    m_to->setObjectName(QStringLiteral("csvTo"));
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_message->setObjectName(QStringLiteral("outboxMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    QFont countFont = m_pendingLabel->font();
    countFont.setPointSizeF(countFont.pointSizeF() * 1.3);
    for (QLabel *l : {m_pendingLabel, m_sendingLabel, m_sentLabel, m_rejectedLabel, m_damagedLabel})
        l->setFont(countFont);

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ColError, QHeaderView::Stretch);
    m_table->setWordWrap(true);

    const QDate today = QDate::currentDate();
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setDate(today);
        e->setEnabled(false);
    }
    m_from->setDate(today.addDays(-30));

    auto *counts = new QHBoxLayout;
    for (QLabel *l : {m_pendingLabel, m_sendingLabel, m_sentLabel, m_rejectedLabel, m_damagedLabel})
        counts->addWidget(l);
    counts->addStretch(1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_stateFilter);
    actions->addStretch(1);
    actions->addWidget(m_uploadNow);
    actions->addWidget(m_resend);

    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportTitle);
    exportRow->addWidget(m_kind);
    exportRow->addWidget(m_encoding);
    exportRow->addWidget(m_useDates);
    exportRow->addWidget(m_from);
    exportRow->addWidget(m_to);
    exportRow->addWidget(m_export);
    exportRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addLayout(counts);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addLayout(exportRow);
    layout->addWidget(m_message);

    connect(m_uploadNow, &QPushButton::clicked, this, [this] {
        emit uploadNowRequested();
        showMessage(tr("Sending now…"), false);
    });
    connect(m_resend, &QPushButton::clicked, this, &OutboxPage::resendSelected);
    connect(m_export, &QPushButton::clicked, this, &OutboxPage::chooseFileAndExport);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &OutboxPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxPage::updateActions);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
    });
    m_timer->setInterval(std::chrono::seconds(5));
    connect(m_timer, &QTimer::timeout, this, &OutboxPage::refresh);

    retranslate();
    refresh();
}

OutboxPage::~OutboxPage() = default;

void OutboxPage::setPermissionCheck(PermissionCheck check)
{
    m_permissions = std::move(check);
    updateActions();
}

void OutboxPage::setMappingFile(const QString &path)
{
    m_mappingFile = path;
}

void OutboxPage::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval);
}

bool OutboxPage::allows(Action action) const
{
    return m_permissions && m_permissions(action);
}

QString OutboxPage::message() const
{
    return m_message->text();
}

void OutboxPage::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("QLabel { color: #8a1010; font-weight: bold; }") : QString());
}

void OutboxPage::showEvent(QShowEvent *event)
{
    refresh();
    m_timer->start();
    QWidget::showEvent(event);
}

void OutboxPage::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

QString OutboxPage::selectedUuid() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(kUuidRole).toString();
}

bool OutboxPage::selectUuid(const QString &uuid)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(kUuidRole).toString() == uuid) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void OutboxPage::refresh()
{
    auto counts = m_outbox.counts();
    if (!counts) {
        showMessage(counts.error().message(), true);
        return;
    }
    m_pendingLabel->setText(tr("Waiting: %1").arg(counts->pending));
    m_sendingLabel->setText(tr("Sending: %1").arg(counts->sending));
    m_sentLabel->setText(tr("Sent: %1").arg(counts->sent));
    m_rejectedLabel->setText(tr("Rejected: %1").arg(counts->rejected));
    m_rejectedLabel->setStyleSheet(counts->rejected > 0 ? QStringLiteral("QLabel { color: #8a1010; font-weight: bold; }") : QString());
    m_damagedLabel->setText(tr("Damaged: %1").arg(counts->damaged));
    m_damagedLabel->setToolTip(tr("These records cannot be opened and are not sent. Ask the administrator "
                                  "(kakanai-cli outbox export-damaged)."));
    m_damagedLabel->setVisible(counts->damaged > 0);
    if (!m_countsKnown || !(*counts == m_counts)) {
        m_counts = *counts;
        m_countsKnown = true;
        emit countsChanged(m_counts);
    }

    QList<OutboxState> states;
    if (const QVariant filter = m_stateFilter->currentData(); filter.isValid())
        states.append(static_cast<OutboxState>(filter.toInt()));
    auto entries = m_outbox.list(states, kListLimit);
    if (!entries) {
        showMessage(entries.error().message(), true);
        return;
    }
    const QString keep = selectedUuid();
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const OutboxEntry &e : std::as_const(*entries)) {
        QString stateText;
        switch (e.state) {
        case OutboxState::Pending: stateText = tr("Waiting to be sent"); break;
        case OutboxState::Sending: stateText = tr("Sending"); break;
        case OutboxState::Sent: stateText = tr("Sent"); break;
        case OutboxState::Rejected: stateText = tr("Rejected"); break;
        case OutboxState::Damaged: stateText = tr("Damaged – not sent, ask the administrator"); break;
        }
        QList<QStandardItem *> row;
        auto *created = new QStandardItem(locale.toString(e.recordCreatedAt.toLocalTime(), QLocale::ShortFormat));
        created->setData(e.uuid, kUuidRole);
        created->setData(int(e.state), kStateRole);
        auto *state = new QStandardItem(stateText);
        if (e.state == OutboxState::Rejected || e.state == OutboxState::Damaged)
            state->setForeground(QColor(0x8a, 0x10, 0x10));
        row << created << state << new QStandardItem(QString::number(e.attempts))
            << new QStandardItem(e.lastHttpStatus > 0 ? QString::number(e.lastHttpStatus) : QString())
            << new QStandardItem(e.lastError) << new QStandardItem(e.uuid);
        m_model->appendRow(row);
    }
    if (!keep.isEmpty())
        selectUuid(keep);
    m_table->resizeColumnToContents(ColCreated);
    m_table->resizeColumnToContents(ColState);
    updateActions();
}

void OutboxPage::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool rejectedSelected =
        !rows.isEmpty() && rows.first().data(kStateRole).toInt() == int(OutboxState::Rejected);
    m_resend->setEnabled(rejectedSelected && allows(Action::ResendRejected));
    const bool mayExport = allows(Action::ExportCsv);
    for (QWidget *w : {static_cast<QWidget *>(m_export), static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_encoding),
                       static_cast<QWidget *>(m_useDates)})
        w->setEnabled(mayExport);
    m_resend->setToolTip(allows(Action::ResendRejected) ? tr("Queue the selected rejected record again")
                                                        : tr("Only a supervisor may resend a rejected record"));
}

bool OutboxPage::resendSelected()
{
    const QString uuid = selectedUuid();
    if (uuid.isEmpty() || !allows(Action::ResendRejected)) {
        showMessage(tr("Only a supervisor may resend a rejected record."), true);
        return false;
    }
    if (auto ok = m_outbox.resend(uuid); !ok) {
        showMessage(ok.error().message(), true);
        return false;
    }
    showMessage(tr("The record was queued again and will be sent shortly."), false);
    emit recordResent(uuid);
    refresh();
    return true;
}

void OutboxPage::chooseFileAndExport()
{
    const QString kind = csvKindName(static_cast<CsvKind>(m_kind->currentData().toInt()));
    const QString suggested = QStringLiteral("kakanai-%1-%2.csv").arg(kind, QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV for the resident records system"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool OutboxPage::exportCsv(const QString &path)
{
    if (!allows(Action::ExportCsv)) {
        showMessage(tr("Your role may not export records."), true);
        return false;
    }
    auto mapping = CsvMapping::load(m_mappingFile);
    if (!mapping) {
        showMessage(mapping.error().message(), true);
        return false;
    }
    CsvExportOptions options;
    options.kind = static_cast<CsvKind>(m_kind->currentData().toInt());
    options.encoding = static_cast<CsvEncoding>(m_encoding->currentData().toInt());
    if (m_useDates->isChecked()) {
        options.from = m_from->date();
        options.to = m_to->date();
        if (options.from > options.to) {
            showMessage(tr("The first day must not be after the last day."), true);
            return false;
        }
    }
    CsvExporter exporter(m_db, m_cipher, std::move(*mapping));
    auto summary = exporter.exportTo(path, options);
    if (!summary) {
        showMessage(summary.error().message(), true);
        return false;
    }
    qCInfo(lcUi) << "CSV exported:" << summary->rows << "rows";
    emit csvExported(csvKindName(options.kind), summary->rows);
    showMessage(tr("Exported %n row(s).", nullptr, summary->rows), false);
    return true;
}

void OutboxPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OutboxPage::retranslate()
{
    m_title->setText(tr("Outbox"));
    m_uploadNow->setText(tr("&Send now"));
    m_resend->setText(tr("&Resend"));
    m_exportTitle->setText(tr("CSV for the resident records system:"));
    m_useDates->setText(tr("Only these days"));
    m_export->setText(tr("E&xport CSV…"));
    m_model->setHorizontalHeaderLabels({tr("Created"), tr("State"), tr("Attempts"), tr("HTTP"),
                                        tr("Last error / reason for rejection"), tr("Record ID")});

    // Rebuilt with the same data: the combo boxes keep their choice.
    const QSignalBlocker block(m_stateFilter);
    const int filter = m_stateFilter->currentIndex();
    m_stateFilter->clear();
    m_stateFilter->addItem(tr("All records"));
    m_stateFilter->addItem(tr("Waiting to be sent"), int(OutboxState::Pending));
    m_stateFilter->addItem(tr("Sending"), int(OutboxState::Sending));
    m_stateFilter->addItem(tr("Sent"), int(OutboxState::Sent));
    m_stateFilter->addItem(tr("Rejected"), int(OutboxState::Rejected));
    m_stateFilter->addItem(tr("Damaged"), int(OutboxState::Damaged));
    m_stateFilter->setCurrentIndex(qMax(0, filter));

    const int kind = m_kind->currentIndex();
    m_kind->clear();
    m_kind->addItem(tr("Change of residence (異動届)"), int(CsvKind::Ido));
    m_kind->addItem(tr("Certificate requests (証明書交付申請)"), int(CsvKind::Kofu));
    m_kind->addItem(tr("Card face data (券面事項)"), int(CsvKind::Kenmen));
    m_kind->setCurrentIndex(qMax(0, kind));

    const int encoding = m_encoding->currentIndex();
    m_encoding->clear();
    m_encoding->addItem(tr("UTF-8"), int(CsvEncoding::Utf8));
    m_encoding->addItem(tr("UTF-8 with BOM (Excel)"), int(CsvEncoding::Utf8Bom));
    m_encoding->addItem(tr("Shift_JIS (CP932)"), int(CsvEncoding::Cp932));
    m_encoding->setCurrentIndex(qMax(0, encoding));

    if (m_countsKnown) {
        m_pendingLabel->setText(tr("Waiting: %1").arg(m_counts.pending));
        m_sendingLabel->setText(tr("Sending: %1").arg(m_counts.sending));
        m_sentLabel->setText(tr("Sent: %1").arg(m_counts.sent));
        m_rejectedLabel->setText(tr("Rejected: %1").arg(m_counts.rejected));
        m_damagedLabel->setText(tr("Damaged: %1").arg(m_counts.damaged));
    }
}

} // namespace kakanai
