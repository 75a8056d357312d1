#include "AuditPage.h"

#include "common/PrivateFiles.h"
#include "security/AuditLog.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kakanai {

namespace {
QString csvField(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}
} // namespace

AuditPage::AuditPage(AuditLog &log, QWidget *parent)
    : QWidget(parent), m_log(log), m_title(new QLabel(this)), m_table(new QTableView(this)),
      m_model(new QStandardItemModel(this)), m_verify(new QPushButton(this)), m_export(new QPushButton(this)),
      m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_verify->setObjectName(QStringLiteral("verifyAuditButton"));
    m_export->setObjectName(QStringLiteral("exportAuditButton"));
    m_result->setObjectName(QStringLiteral("auditResult"));
    m_result->setWordWrap(true);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(m_table, 1);

    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"),
                                                          QStringLiteral("kakanai-audit.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    retranslate();
}

void AuditPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void AuditPage::refresh()
{
    m_model->removeRows(0, m_model->rowCount());
    auto events = m_log.events(1, 100000);
    if (!events) {
        m_result->setText(events.error().message());
        return;
    }
    // Newest first: that is what a supervisor looks for.
    const QLocale locale;
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        QList<QStandardItem *> row;
        row << new QStandardItem(QString::number(it->seq))
            << new QStandardItem(locale.toString(it->at.toLocalTime(), QLocale::ShortFormat))
            << new QStandardItem(it->terminalId) << new QStandardItem(it->staffId) << new QStandardItem(it->action)
            << new QStandardItem(it->target) << new QStandardItem(it->detail);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
}

bool AuditPage::verifyChain()
{
    auto v = m_log.verify();
    if (!v) {
        m_result->setText(v.error().message());
        return false;
    }
    const auto alarm = [this](const QString &text) {
        m_result->setText(text);
        m_result->setStyleSheet(QStringLiteral("QLabel { color: #8a1010; font-weight: bold; }"));
        return false;
    };
    using Check = AuditLog::AnchorCheck;
    if (v->firstBroken)
        return alarm(tr("The audit log is BROKEN at entry %1: %2").arg(*v->firstBroken).arg(v->reason));
    switch (v->anchor) {
    case Check::Truncated:
        return alarm(tr("Entries of the audit log are MISSING: %1").arg(v->anchorReason));
    case Check::Diverged:
        return alarm(tr("The audit log was REWRITTEN: %1").arg(v->anchorReason));
    case Check::CheckpointForged:
        return alarm(tr("The audit checkpoint was TAMPERED WITH: %1").arg(v->anchorReason));
    case Check::Unavailable:
        return alarm(tr("The chain is intact (%n entries), but whether entries are missing at its end was not "
                        "checked: %1",
                        nullptr, int(v->checked))
                         .arg(v->anchorReason));
    case Check::NotChecked:
    case Check::Started:
    case Check::Matches:
    case Check::Extended:
        break;
    }
    QString text = tr("The audit log is intact (%n entries checked).", nullptr, int(v->checked));
    if (v->anchor == Check::Started)
        text += QLatin1Char('\n') + v->anchorReason;
    m_result->setText(text);
    m_result->setStyleSheet(QString());
    return true;
}

bool AuditPage::exportCsv(const QString &path)
{
    auto events = m_log.events(1, std::numeric_limits<int>::max());
    if (!events) {
        m_result->setText(events.error().message());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_result->setText(tr("The file could not be written: %1").arg(file.errorString()));
        return false;
    }
    PrivateFiles::restrictFile(file); // staff ids and times: not for everyone on the PC
    QByteArray out("\xEF\xBB\xBF");
    out += "seq,at,terminal,staff,action,target,detail,hash\r\n";
    for (const AuditEvent &e : std::as_const(*events)) {
        const QStringList fields = {QString::number(e.seq), e.at.toString(Qt::ISODateWithMs), e.terminalId, e.staffId,
                                    e.action, e.target, e.detail, QString::fromLatin1(e.hash.toHex())};
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    file.write(out);
    if (!file.commit()) {
        m_result->setText(tr("The file could not be written: %1").arg(file.errorString()));
        return false;
    }
    m_result->setText(tr("Exported %n entries.", nullptr, int(events->size())));
    return true;
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_title->setText(tr("Audit log"));
    m_verify->setText(tr("&Check the chain"));
    m_export->setText(tr("E&xport CSV…"));
    m_model->setHorizontalHeaderLabels({tr("No."), tr("Time"), tr("Terminal"), tr("Staff"), tr("Action"),
                                        tr("Record / target"), tr("Detail")});
}

} // namespace kakanai
