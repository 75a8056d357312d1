// 送信 page (ui/outbox/OutboxPage) driven as a clerk and as a supervisor.
#include "../outbox/OutboxTestSupport.h"
#include "VisitRecords.h"

#include "outbox/OutboxPage.h"
#include "outbox/OutboxStatusBadge.h"
#include "security/Roles.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace kakanai;
using namespace kakanai::test;

namespace {
const QString kReason = QStringLiteral("別の内容で登録済みです (conflict)");
}

class TestOutboxPage : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void countsAndRejectionReasonShown();
    void noPersonalDataInTheList();
    void resendDisabledForClerk();
    void resendBySupervisorChangesState();
    void authoriserRefusalIsShown();
    void uploadNowEmitsSignal();
    void refreshSeesNewRecordsAndSignals();
    void exportWritesFile();
    void exportRefusedWithoutPermission();
    void badgeShowsCounts();
    void damagedRecordIsShownAndFiltered();

private:
    QString rejectOne();
    QLabel *label(const char *name) { return m_page->findChild<QLabel *>(QLatin1String(name)); }
    QPushButton *button(const char *name) { return m_page->findChild<QPushButton *>(QLatin1String(name)); }
    QAbstractItemModel *model() { return m_page->findChild<QTableView *>(QStringLiteral("outboxTable"))->model(); }
    void actAs(Role role)
    {
        m_page->setPermissionCheck([role](Action a) { return Permissions::allows(role, a); });
    }

    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<OutboxPage> m_page;
    QString m_pendingId;
    QString m_rejectedId;
};

void TestOutboxPage::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->lastError()));
    m_pendingId = newUuid();
    QVERIFY(m_store->outbox().enqueue(toJson(idoRecord(m_pendingId, QStringLiteral("山田　花子"), QStringLiteral("東京都千代田区")))));
    m_rejectedId = rejectOne();
    QVERIFY(!m_rejectedId.isEmpty());
    m_page = std::make_unique<OutboxPage>(m_store->outbox(), m_store->db(), m_store->cipher());
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestOutboxPage::cleanup()
{
    m_page.reset();
    m_store.reset();
}

// Queues a record, claims it and lets the back office refuse it.
QString TestOutboxPage::rejectOne()
{
    const QString id = newUuid();
    m_store->clock().advanceSecs(1);
    if (!m_store->outbox().enqueue(toJson(idoRecord(id, QStringLiteral("鈴木　次郎"), QStringLiteral("大阪府")))))
        return {};
    auto claim = m_store->outbox().claimDue(10);
    if (!claim)
        return {};
    QList<UploadOutcome> outcomes;
    for (const OutboxItem &item : claim->items) {
        UploadOutcome o;
        o.uuid = item.uuid;
        if (item.uuid == id) {
            o.kind = UploadOutcome::Kind::Rejected;
            o.httpStatus = 409;
            o.error = kReason;
        } else {
            o.kind = UploadOutcome::Kind::Retry;
            o.nextAttemptAt = m_store->clock().nowUtc();
        }
        outcomes << o;
    }
    return m_store->outbox().applyOutcomes(outcomes) ? id : QString();
}

void TestOutboxPage::countsAndRejectionReasonShown()
{
    QVERIFY(label("pendingCount")->text().contains(QLatin1String(": 1")));
    QVERIFY(label("rejectedCount")->text().contains(QLatin1String(": 1")));
    QVERIFY(label("sentCount")->text().contains(QLatin1String(": 0")));
    QCOMPARE(m_page->counts().pending, 1);
    QCOMPARE(m_page->counts().rejected, 1);
    QCOMPARE(model()->rowCount(), 2);
    bool reasonShown = false;
    bool statusShown = false;
    for (int row = 0; row < model()->rowCount(); ++row) {
        for (int col = 0; col < model()->columnCount(); ++col) {
            const QString text = model()->index(row, col).data().toString();
            reasonShown |= text == kReason;
            statusShown |= text == QLatin1String("409");
        }
    }
    QVERIFY(reasonShown);
    QVERIFY(statusShown);

    // The state filter narrows the list to the rejected one.
    auto *filter = m_page->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    filter->setCurrentIndex(filter->findData(int(OutboxState::Rejected)));
    QCOMPARE(model()->rowCount(), 1);
    QVERIFY(m_page->selectUuid(m_rejectedId));
}

void TestOutboxPage::noPersonalDataInTheList()
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        for (int col = 0; col < model()->columnCount(); ++col) {
            const QString text = model()->index(row, col).data().toString();
            QVERIFY(!text.contains(QStringLiteral("山田")));
            QVERIFY(!text.contains(QStringLiteral("鈴木")));
            QVERIFY(!text.contains(QStringLiteral("東京都")));
        }
    }
}

void TestOutboxPage::resendDisabledForClerk()
{
    actAs(Role::Clerk);
    QVERIFY(m_page->selectUuid(m_rejectedId));
    QVERIFY(!button("resendButton")->isEnabled());
    QVERIFY(!m_page->resendSelected());
    QCOMPARE(m_store->outboxColumn(m_rejectedId, QStringLiteral("state")), QStringLiteral("rejected"));
    QVERIFY(!m_page->message().isEmpty());
}

void TestOutboxPage::resendBySupervisorChangesState()
{
    actAs(Role::Supervisor);
    QVERIFY(m_page->selectUuid(m_pendingId));
    QVERIFY(!button("resendButton")->isEnabled()); // only rejected records
    QVERIFY(m_page->selectUuid(m_rejectedId));
    QVERIFY(button("resendButton")->isEnabled());

    QSignalSpy resent(m_page.get(), &OutboxPage::recordResent);
    QSignalSpy counts(m_page.get(), &OutboxPage::countsChanged);
    QTest::mouseClick(button("resendButton"), Qt::LeftButton);
    QCOMPARE(resent.count(), 1);
    QCOMPARE(resent.first().first().toString(), m_rejectedId);
    QCOMPARE(m_store->outboxColumn(m_rejectedId, QStringLiteral("state")), QStringLiteral("pending"));
    QCOMPARE(counts.count(), 1);
    QCOMPARE(m_page->counts().rejected, 0);
    QCOMPARE(m_page->counts().pending, 2);
    QVERIFY(label("rejectedCount")->text().contains(QLatin1String(": 0")));
    QVERIFY(!button("resendButton")->isEnabled()); // the row is no longer rejected
}

void TestOutboxPage::authoriserRefusalIsShown()
{
    actAs(Role::Supervisor);
    const QString refusal = QStringLiteral("監査ログに書けないため再送できません");
    m_store->outbox().setResendAuthoriser([&](const QString &) -> Status { return fail(ErrorCode::NotAllowed, refusal); });
    QVERIFY(m_page->selectUuid(m_rejectedId));
    QVERIFY(!m_page->resendSelected());
    QCOMPARE(m_page->message(), refusal);
    QCOMPARE(m_store->outboxColumn(m_rejectedId, QStringLiteral("state")), QStringLiteral("rejected"));
}

void TestOutboxPage::uploadNowEmitsSignal()
{
    QSignalSpy spy(m_page.get(), &OutboxPage::uploadNowRequested);
    QTest::mouseClick(button("uploadNowButton"), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
}

void TestOutboxPage::refreshSeesNewRecordsAndSignals()
{
    QSignalSpy counts(m_page.get(), &OutboxPage::countsChanged);
    m_page->setRefreshInterval(std::chrono::milliseconds(50));
    m_page->hide();
    m_page->show(); // restarts the timer with the new interval
    QVERIFY(m_store->outbox().enqueue(toJson(idoRecord(newUuid(), QStringLiteral("x"), QStringLiteral("y")))));
    QTRY_COMPARE(m_page->counts().pending, 2);
    QVERIFY(counts.count() >= 1);
    QCOMPARE(counts.last().first().value<OutboxCounts>().pending, 2);
    QTRY_COMPARE(model()->rowCount(), 3);
}

void TestOutboxPage::exportWritesFile()
{
    actAs(Role::Supervisor);
    QVERIFY(button("exportCsvButton")->isEnabled());
    auto *encoding = m_page->findChild<QComboBox *>(QStringLiteral("csvEncoding"));
    encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Utf8Bom)));
    const QString path = m_store->dirPath() + QStringLiteral("/page.csv");
    QSignalSpy exported(m_page.get(), &OutboxPage::csvExported);
    QVERIFY2(m_page->exportCsv(path), qPrintable(m_page->message()));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(0).toString(), QStringLiteral("ido"));
    QCOMPARE(exported.at(0).at(1).toInt(), 2);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(m_pendingId));
    QVERIFY(text.contains(m_rejectedId));
    QVERIFY(text.contains(QStringLiteral("山田　花子")));
    QVERIFY(m_page->message().contains(QLatin1Char('2')));

    // A broken administrator mapping is reported, and nothing is written.
    const QString broken = m_store->dirPath() + QStringLiteral("/broken-mapping.json");
    QFile b(broken);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("{\"schema\": \"kakanai.csv-mapping/1\", \"kinds\": {\"ido\": {}}}");
    b.close();
    m_page->setMappingFile(broken);
    const QString second = m_store->dirPath() + QStringLiteral("/second.csv");
    QVERIFY(!m_page->exportCsv(second));
    QCOMPARE(exported.size(), 1); // a failed export is not reported as one
    QVERIFY(m_page->message().contains(QStringLiteral("broken-mapping.json")));
    QVERIFY(!QFile::exists(second));
}

void TestOutboxPage::exportRefusedWithoutPermission()
{
    // No permission check installed: protected actions stay off.
    QVERIFY(!button("exportCsvButton")->isEnabled());
    const QString path = m_store->dirPath() + QStringLiteral("/refused.csv");
    QVERIFY(!m_page->exportCsv(path));
    QVERIFY(!QFile::exists(path));
    actAs(Role::Reception);
    QCOMPARE(button("exportCsvButton")->isEnabled(), Permissions::allows(Role::Reception, Action::ExportCsv));
}

void TestOutboxPage::badgeShowsCounts()
{
    OutboxStatusBadge badge;
    QObject::connect(m_page.get(), &OutboxPage::countsChanged, &badge, &OutboxStatusBadge::setCounts);
    badge.setCounts(m_page->counts());
    QVERIFY(badge.text().contains(QLatin1Char('1')));
    QVERIFY(!badge.styleSheet().isEmpty()); // a rejection shows in red
    OutboxCounts calm;
    calm.pending = 3;
    badge.setCounts(calm);
    QVERIFY(badge.text().contains(QLatin1Char('3')));
    QVERIFY(badge.styleSheet().isEmpty());
}

// Issue 10, item 7: a damaged record is a row of its own, named as such.
void TestOutboxPage::damagedRecordIsShownAndFiltered()
{
    QVERIFY(!label("damagedCount")->isVisibleTo(m_page.get())); // nothing damaged: no extra count
    const QString damagedId = newUuid();
    m_store->clock().advanceSecs(1);
    QVERIFY(m_store->outbox().enqueue(toJson(idoRecord(damagedId, QStringLiteral("佐藤　三郎"), QStringLiteral("京都府")))));
    QSqlQuery q(m_store->db().connection());
    q.prepare(QStringLiteral("UPDATE record SET payload = substr(payload, 1, 10) WHERE uuid = ?"));
    q.addBindValue(damagedId);
    QVERIFY(q.exec());
    QVERIFY(m_store->outbox().makeAllDue());
    auto claim = m_store->outbox().claimDue(10);
    QVERIFY(claim);
    QCOMPARE(claim->damaged, QStringList{damagedId});

    m_page->refresh();
    QCOMPARE(m_page->counts().damaged, 1);
    QVERIFY(label("damagedCount")->isVisibleTo(m_page.get()));
    QVERIFY(label("damagedCount")->text().contains(QLatin1String(": 1")));
    QCOMPARE(model()->rowCount(), 3);
    auto *filter = m_page->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    const int damagedFilter = filter->findData(int(OutboxState::Damaged));
    QVERIFY(damagedFilter >= 0);
    filter->setCurrentIndex(damagedFilter);
    QCOMPARE(model()->rowCount(), 1);
    QVERIFY(m_page->selectUuid(damagedId));
    const QString stateText = model()->index(0, 1).data().toString();
    QVERIFY2(stateText.contains(QStringLiteral("Damaged")), qPrintable(stateText));
    QVERIFY(stateText != filter->itemText(filter->findData(int(OutboxState::Pending))));
    actAs(Role::Supervisor);
    QVERIFY(!button("resendButton")->isEnabled()); // resend is for rejected records, not for this

    OutboxStatusBadge badge;
    badge.setCounts(m_page->counts());
    QVERIFY(!badge.styleSheet().isEmpty());
    OutboxCounts onlyDamaged;
    onlyDamaged.damaged = 2;
    badge.setCounts(onlyDamaged);
    QVERIFY(badge.text().contains(QLatin1Char('2')));
    QVERIFY(!badge.styleSheet().isEmpty()); // someone has to act
}

QTEST_MAIN(TestOutboxPage)
#include "tst_outboxpage.moc"
