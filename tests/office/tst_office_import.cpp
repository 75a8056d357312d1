// Moving a PC's staff and audit log into the office store (LocalImport and
// `kakanai-cli office import-local`), on both engines: into an empty office chain the PC's entries are copied and
// the chain goes on verifying; a second PC's chain is sealed, not spliced;
// a PC is moved once; a broken PC chain is refused with nothing written.
#include "common/Clock.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "security/AuditLog.h"
#include "security/LocalImport.h"
#include "security/MemoryAuditAnchor.h"
#include "security/StaffDirectory.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using kakanai::test::CliRun;
using kakanai::test::OfficeTestEnv;

namespace {

// A PC from before the office store: staff and audit in its own store.
struct OldPc {
    std::unique_ptr<Database> db;
    MemoryAuditAnchor anchor;
    std::unique_ptr<AuditLog> audit;
    QString storeId;
};

} // namespace

class TestOfficeImport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void firstPcIsCopiedSecondIsSealed_data();
    void firstPcIsCopiedSecondIsSealed();
    void brokenLocalChainChangesNothing_data();
    void brokenLocalChainChangesNothing();
    void commandLineMovesAPcOnce_data();
    void commandLineMovesAPcOnce();

private:
    std::unique_ptr<OldPc> oldPc(const QString &name, const QStringList &staffIds, int extraEntries);
    static qint64 count(SqlStore &store, const QString &table);

    QTemporaryDir m_dir;
    QString m_settings; // kakanai-cli's: empty
    ManualClock m_clock{QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC)};
};

void TestOfficeImport::initTestCase()
{
    QString why;
    QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    QVERIFY2(QFile::exists(qEnvironmentVariable("KAKANAI_CLI")), "KAKANAI_CLI must point at the built kakanai-cli");
    m_settings = kakanai::test::writeTestFile(m_dir.filePath(QStringLiteral("kakanai.ini")), QByteArray());
    QVERIFY(!m_settings.isEmpty());
}

std::unique_ptr<OldPc> TestOfficeImport::oldPc(const QString &name, const QStringList &staffIds, int extraEntries)
{
    auto pc = std::make_unique<OldPc>();
    auto db = Database::open({m_dir.filePath(name + QStringLiteral(".sqlite"))});
    if (!db)
        return nullptr;
    pc->db = std::move(*db);
    pc->audit = std::make_unique<AuditLog>(*pc->db, m_clock, name, QTimeZone("Asia/Tokyo"), pc->anchor);
    StaffDirectory staff(*pc->db, m_clock, *pc->audit, PasswordHasher(PasswordHasher::Cost::Minimum));
    for (const QString &id : staffIds)
        if (!staff.create({id, QStringLiteral("職員 ") + id, Role::Clerk, true}, QStringLiteral("madoguchi1"), QString()))
            return nullptr;
    for (int i = 0; i < extraEntries; ++i) {
        m_clock.advanceSecs(60);
        if (!pc->audit->append(staffIds.value(0), QStringLiteral("read-card")))
            return nullptr;
    }
    pc->storeId = AuditAnchor::storeIdFor(pc->db->path());
    return pc;
}

qint64 TestOfficeImport::count(SqlStore &store, const QString &table)
{
    QSqlQuery q(store.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return store.exec(q) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestOfficeImport::firstPcIsCopiedSecondIsSealed_data()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : OfficeTestEnv::engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

void TestOfficeImport::firstPcIsCopiedSecondIsSealed()
{
    QFETCH(QString, engine);
    auto office = OfficeStore::open(OfficeTestEnv::freshStore(engine, m_dir));
    QVERIFY2(office, office ? "" : qPrintable(office.error().toString()));
    MemoryAuditAnchor officeAnchor;
    AuditLog officeAudit(**office, m_clock, QStringLiteral("office"), QTimeZone("Asia/Tokyo"), officeAnchor);

    auto first = oldPc(engine + QStringLiteral("-pc1"), {QStringLiteral("a001"), QStringLiteral("c001")}, 3);
    QVERIFY(first);
    QCOMPARE(LocalImport::officeIsEmpty(**office).value_or(false), true);
    auto report = LocalImport::run(*first->db, **office, officeAudit, first->storeId, QStringLiteral("cli"));
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->staffImported, 2);
    QCOMPARE(report->localAuditEntries, 5); // 2 staff-created + 3 read-card
    QCOMPARE(report->auditCopied, 5);
    QVERIFY(!report->auditSealedOnly);
    // The PC's chain goes on in the office: entries 1–5 as they were, then the move.
    auto events = officeAudit.events(1, 100);
    QVERIFY(events);
    QCOMPARE(events->size(), 6);
    auto localEvents = first->audit->events(1, 100);
    QVERIFY(localEvents);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(events->at(i).hash, localEvents->at(i).hash);
    QCOMPARE(events->at(5).action, QStringLiteral("local-store-imported"));
    QCOMPARE(events->at(5).target, first->storeId);
    auto verified = officeAudit.verify();
    QVERIFY(verified);
    QVERIFY2(verified->intact(), qPrintable(verified->reason));
    QCOMPARE(verified->checked, 6);
    // Staff sign in on the office store with the passwords they had.
    StaffDirectory officeStaff(**office, m_clock, officeAudit, PasswordHasher(PasswordHasher::Cost::Minimum));
    QVERIFY(officeStaff.signIn(QStringLiteral("c001"), QStringLiteral("madoguchi1")));

    // Once only.
    auto again = LocalImport::run(*first->db, **office, officeAudit, first->storeId, QStringLiteral("cli"));
    QVERIFY(!again);
    QCOMPARE(again.error().code(), ErrorCode::InvalidArgument);

    // A second PC: new accounts go in, a taken ID keeps the office's account,
    // and its chain is sealed into the office's, not spliced.
    const qint64 officeEntriesBefore = count(**office, QStringLiteral("audit_event"));
    auto second = oldPc(engine + QStringLiteral("-pc2"), {QStringLiteral("c001"), QStringLiteral("c002")}, 1);
    QVERIFY(second);
    report = LocalImport::run(*second->db, **office, officeAudit, second->storeId, QStringLiteral("cli"));
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->staffImported, 1);
    QCOMPARE(report->staffAlreadyThere, QStringList{QStringLiteral("c001")});
    QVERIFY(report->auditSealedOnly);
    QCOMPARE(report->auditCopied, 0);
    QCOMPARE(count(**office, QStringLiteral("audit_event")), officeEntriesBefore + 1);
    events = officeAudit.events(officeEntriesBefore + 1, 1);
    QVERIFY(events && events->size() == 1);
    QVERIFY2(events->at(0).detail.contains(QString::fromLatin1(report->localHeadHash.toHex())),
             qPrintable(events->at(0).detail));
    QVERIFY(officeAudit.verify()->intact());
    QCOMPARE(count(**office, QStringLiteral("staff")), 3);
}

void TestOfficeImport::brokenLocalChainChangesNothing_data()
{
    firstPcIsCopiedSecondIsSealed_data();
}

void TestOfficeImport::brokenLocalChainChangesNothing()
{
    QFETCH(QString, engine);
    auto office = OfficeStore::open(OfficeTestEnv::freshStore(engine, m_dir));
    QVERIFY(office);
    MemoryAuditAnchor officeAnchor;
    AuditLog officeAudit(**office, m_clock, QStringLiteral("office"), QTimeZone("Asia/Tokyo"), officeAnchor);
    auto pc = oldPc(engine + QStringLiteral("-broken"), {QStringLiteral("c001")}, 2);
    QVERIFY(pc);
    // Someone edited entry 2 of the PC's chain behind the triggers' back.
    QSqlQuery tamper(pc->db->connection());
    QVERIFY(tamper.exec(QStringLiteral("DROP TRIGGER audit_event_no_update")));
    QVERIFY(tamper.exec(QStringLiteral("UPDATE audit_event SET staff_id = 'x' WHERE seq = 2")));
    auto report = LocalImport::run(*pc->db, **office, officeAudit, pc->storeId, QStringLiteral("cli"));
    QVERIFY(!report);
    QCOMPARE(report.error().code(), ErrorCode::AuditChainBroken);
    QCOMPARE(count(**office, QStringLiteral("staff")), 0);
    QCOMPARE(count(**office, QStringLiteral("audit_event")), 0);
}

void TestOfficeImport::commandLineMovesAPcOnce_data()
{
    firstPcIsCopiedSecondIsSealed_data();
}

// The same through `kakanai-cli office import-local`, into an office store
// named on the command line: the JSON report, the accounts signing in as
// before, and a second run refused with nothing added.
void TestOfficeImport::commandLineMovesAPcOnce()
{
    QFETCH(QString, engine);
    auto pc = oldPc(engine + QStringLiteral("-cli"), {QStringLiteral("a001"), QStringLiteral("c007")}, 0);
    QVERIFY(pc);
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, m_dir);
    const QStringList command = QStringList{QStringLiteral("--db"), pc->db->path(), QStringLiteral("office"),
                                            QStringLiteral("import-local"), QStringLiteral("--json")}
                                + OfficeTestEnv::cliStoreArgs(options);
    CliRun r = OfficeTestEnv::runCli(m_dir, m_settings, command);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("staffImported")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("localAuditEntries")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("auditCopied")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("auditSealedOnly")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("officeStore")).toString(), options.location.display());
    if (engine == QLatin1String("postgresql"))
        QVERIFY(!(r.out + r.err).contains(OfficeTestEnv::password()));

    // The accounts are in the office store, with the passwords they had.
    auto office = OfficeStore::open(options);
    QVERIFY(office);
    ManualClock clock(QDateTime(QDate(2026, 4, 2), QTime(0, 0), Qt::UTC));
    MemoryAuditAnchor anchor;
    AuditLog audit(**office, clock, QStringLiteral("counter-07"), QTimeZone("Asia/Tokyo"), anchor);
    StaffDirectory staff(**office, clock, audit, PasswordHasher(PasswordHasher::Cost::Minimum));
    QVERIFY(staff.signIn(QStringLiteral("c007"), QStringLiteral("madoguchi1")));
    auto verified = audit.verify();
    QVERIFY(verified && verified->intact());
    QCOMPARE(verified->checked, 4); // 2 copied, the move, the sign-in

    // Once only: a second run is refused and adds nothing.
    r = OfficeTestEnv::runCli(m_dir, m_settings, command);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("moved to the office store before")), qPrintable(r.err));
    QCOMPARE(audit.events(1, 100)->size(), 4);
}


QTEST_GUILESS_MAIN(TestOfficeImport)
#include "tst_office_import.moc"
