// TicketEventsCsv on a SQLite office store: the exact bytes of a two-ticket
// export (byte order mark, RFC 4180 quoting, CRLF, empty fields for what is
// absent, local times with the offset), and the failure paths leaving no file.
#include "common/PrivateFiles.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "queue/TicketEventsCsv.h"

#include "TicketRows.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::queue;
using kakanai::test::OfficeTestEnv;
using kakanai::test::TicketRow;
using kakanai::test::tokyoMs;

namespace {

const QDate apr1(2026, 4, 1);
const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));

const QByteArray expectedCsv = QByteArrayLiteral(
    "\xEF\xBB\xBF"
    "ticket_id,office_date,category,ticket,priority,issued,arrival,first_called,service_start,done,counter,staff,"
    "staff_on_duty,estimated_wait_s,outcome\r\n"
    "00000000-0000-4000-8000-000000000001,2026-04-01,certificates,A001,0,2026-04-01T09:00:00.000+09:00,"
    "2026-04-01T09:00:00.000+09:00,2026-04-01T09:02:00.500+09:00,2026-04-01T09:02:30.000+09:00,"
    "2026-04-01T09:07:30.000+09:00,\"3,east\",\"s\"\"1\",2,300,done\r\n"
    "00000000-0000-4000-8000-000000000002,2026-04-01,moves,B500,2,2026-04-01T09:05:00.000+09:00,"
    "2026-04-01T08:58:00.000+09:00,,,,,,3,,open\r\n");

} // namespace

class TestTicketEventsCsv : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exactBytesOfTwoTickets();
    void fileIsWrittenWhole();
    void missingFolderLeavesNoFile();
    void failingDeviceIsAnError();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OfficeStore> m_store;
};

void TestTicketEventsCsv::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = OfficeStore::open(OfficeTestEnv::freshStore(QStringLiteral("sqlite"), m_dir));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_store = std::move(*opened);

    TicketRow done;
    done.n = 1;
    done.officeDate = QStringLiteral("2026-04-01");
    done.issuedMs = tokyoMs(apr1, QTime(9, 0));
    done.arrivalMs = done.issuedMs;
    done.firstCalledMs = tokyoMs(apr1, QTime(9, 2, 0, 500));
    done.serviceStartedMs = tokyoMs(apr1, QTime(9, 2, 30));
    done.finishedMs = tokyoMs(apr1, QTime(9, 7, 30));
    done.counterId = QStringLiteral("3,east");   // a comma: quoted
    done.staffId = QStringLiteral("s\"1");        // a quote: doubled, quoted
    done.staffOnDuty = 2;
    done.estimatedWaitS = 300;
    TicketRow waiting;
    waiting.n = 2;
    waiting.officeDate = QStringLiteral("2026-04-01");
    waiting.category = QStringLiteral("moves");
    waiting.display = QStringLiteral("B500");
    waiting.state = QStringLiteral("waiting");
    waiting.priority = 2;
    waiting.issuedMs = tokyoMs(apr1, QTime(9, 5));
    waiting.arrivalMs = tokyoMs(apr1, QTime(8, 58)); // transferred, kept its place
    waiting.staffOnDuty = 3;
    TicketRow pending = waiting; // never issued: not in the file
    pending.n = 3;
    pending.state = QStringLiteral("pending");
    TicketRow nextDay = waiting;  // outside the period
    nextDay.n = 4;
    nextDay.officeDate = QStringLiteral("2026-04-02");
    for (const TicketRow &row : {done, waiting, pending, nextDay}) {
        auto ok = test::insertTicket(*m_store, row);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    }
}

void TestTicketEventsCsv::exactBytesOfTwoTickets()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    auto written = TicketEventsCsv::write(*m_store, apr1, apr1, tokyo, buffer);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(*written, 2);
    QCOMPARE(buffer.data(), expectedCsv);
}

void TestTicketEventsCsv::fileIsWrittenWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("events.csv"));
    auto written = TicketEventsCsv::exportToFile(*m_store, apr1, apr1, tokyo, path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expectedCsv);
    QVERIFY(PrivateFiles::isOwnerOnly(path));
}

void TestTicketEventsCsv::missingFolderLeavesNoFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("no-such-folder"));
    const QString path = folder + QStringLiteral("/events.csv");
    auto written = TicketEventsCsv::exportToFile(*m_store, apr1, apr1, tokyo, path);
    QVERIFY(!written);
    QCOMPARE(written.error().code(), ErrorCode::Io);
    QVERIFY(!written.error().message().isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(folder).exists());
    // Nothing half-written beside the other files either.
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files);
    for (const QString &name : left)
        QVERIFY2(!name.contains(QStringLiteral("events.csv.")), qPrintable(name));
}

void TestTicketEventsCsv::failingDeviceIsAnError()
{
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly)); // every write fails
    auto written = TicketEventsCsv::write(*m_store, apr1, apr1, tokyo, readOnly);
    QVERIFY(!written);
    QCOMPARE(written.error().code(), ErrorCode::Io);
}

QTEST_GUILESS_MAIN(TestTicketEventsCsv)
#include "tst_ticket_events_csv.moc"
