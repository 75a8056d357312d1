// The leak test (docs/security.md, "The leak test"): one complete visit with
// the real parts — pcscd with a vpcd reader and kakanai-vcard, MyNumberCard
// reading the individual number with the PIN, a Visit with a form that takes
// the number, Outbox into an SQLite file in WAL mode opened like the app opens
// it, and the Uploader sending it over QtHttpTransport to the back-office
// simulator on loopback — with every kakanai log category at debug level
// going through the application's redacting message handler into a log file.
// Afterwards every byte the visit left on the "counter PC" (the data
// directory: database, -wal, -shm, uploader lock, settings, the log; the
// record key excepted; pcscd's log; the rows of the store) is searched for the
// person's individual number and PIN (PersonalDataScanner). Zero hits pass.
//
// Controls, so that zero hits means something:
//   - positive: the simulator did receive the individual number (its store is
//     the back office, not the counter PC, and is not searched for leaks);
//   - negative: the scanner finds the number and the PIN planted in every
//     form it claims to recognise, and does not report a bare "4821"
//     (tst_leak_scanner, a unit test of its own);
//   - the log file really holds lines from the outbox code; debug lines from
//     the card code only in a Debug build (every other build compiles them out,
//     which the test then checks).
#include "CardTestMacros.h"
#include "CardTestSupport.h"
#include "LeakScanSupport.h"
#include "OutboxTestSupport.h"
#include "PersonalDataScanner.h"

#include "card/MyNumberCard.h"
#include "card/PcscTransport.h"
#include "common/AppIdentity.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "forms/FormLibrary.h"
#include "forms/Visit.h"
#include "outbox/BackoffPolicy.h"
#include "outbox/FileKeyProvider.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxConfig.h"
#include "outbox/QtHttpTransport.h"
#include "outbox/RandomSource.h"
#include "outbox/RecordCipher.h"
#include "outbox/Uploader.h"
#include "outbox/UploaderLock.h"
#include "security/AuditAnchor.h"
#include "security/AuditLog.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace kakanai;
using namespace kakanai::test;

namespace {

constexpr int kPerson = 0; // tests/data/persons.json: 山田 太郎, 123456789018, PIN 4821

// ---- log capture ------------------------------------------------------------
// The application writes its log to stderr through installRedactingMessageHandler()
// (core/common/AppIdentity.cpp); an administrator or systemd sends that to a
// file. Here stderr itself is pointed at a file in the data directory for the
// scenario, and the redacting handler is installed exactly as main() does. A
// handler in front of it also keeps the messages *before* redaction, outside
// the data directory: the redaction is a safety net, and the test also wants
// to know whether any component tried to log personal data at all.
QMutex g_logMutex;
QFile *g_rawLog = nullptr;
QtMessageHandler g_redacting = nullptr;

void captureHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        if (g_rawLog) {
            g_rawLog->write(context.category ? context.category : "default");
            g_rawLog->write(": ");
            g_rawLog->write(message.toUtf8());
            g_rawLog->write("\n");
            g_rawLog->flush();
        }
    }
    if (g_redacting)
        g_redacting(type, context, message);
}

class LogCapture {
public:
    bool start(const QString &logFile, const QString &rawFile)
    {
        std::fflush(stderr);
        m_savedStderr = ::dup(STDERR_FILENO);
        std::FILE *f = std::fopen(QFile::encodeName(logFile).constData(), "ab");
        if (m_savedStderr < 0 || !f)
            return false;
        ::dup2(::fileno(f), STDERR_FILENO);
        std::fclose(f);
        m_raw.setFileName(rawFile);
        if (!m_raw.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        {
            QMutexLocker lock(&g_logMutex);
            g_rawLog = &m_raw;
        }
        m_qtestHandler = qInstallMessageHandler(nullptr);
        installRedactingMessageHandler();
        g_redacting = qInstallMessageHandler(captureHandler);
        QLoggingCategory::setFilterRules(QStringLiteral("kakanai.*=true"));
        m_active = true;
        return true;
    }
    void stop()
    {
        if (!m_active)
            return;
        m_active = false;
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(m_qtestHandler);
        {
            QMutexLocker lock(&g_logMutex);
            g_rawLog = nullptr;
        }
        m_raw.close();
        std::fflush(stderr);
        ::dup2(m_savedStderr, STDERR_FILENO);
        ::close(m_savedStderr);
    }
    ~LogCapture() { stop(); }

private:
    bool m_active = false;
    int m_savedStderr = -1;
    QFile m_raw;
    QtMessageHandler m_qtestHandler = nullptr;
};

} // namespace

class TestLeak : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void demoVisitLeavesNoPersonalDataOnThePc();

private:
    FixturePerson m_person;
    QString m_reader;
    int m_port = 0;
};

void TestLeak::initTestCase()
{
    KAKANAI_REQUIRE_PCSCD();
    QVERIFY2(!SimProcess::executable().isEmpty(), "KAKANAI_BACKOFFICE_SIM is not set (kakanai-backoffice-sim not built)");
    QVERIFY2(PcscTestEnv::readers().size() >= 4, "the leak test uses the fourth vpcd reader");
    m_reader = PcscTestEnv::readers().at(3);
    m_port = PcscTestEnv::ports().at(3);
    const QList<FixturePerson> persons = loadPersons();
    QVERIFY(persons.size() > kPerson);
    m_person = persons.at(kPerson);
    QCOMPARE(m_person.individualNumber, QByteArray("123456789018"));
    QCOMPARE(m_person.pin, QByteArray("4821"));
    QCOMPARE(m_person.triesLeft, 3);
}

void TestLeak::demoVisitLeavesNoPersonalDataOnThePc()
{
    // The counter PC's data directory, and the back office somewhere else.
    QTemporaryDir counter;
    QTemporaryDir backOffice;
    QTemporaryDir diagnostics;
    QVERIFY(counter.isValid() && backOffice.isValid() && diagnostics.isValid());
    QVERIFY(QDir(counter.path()).mkpath(QStringLiteral("log")));
    const QString logFile = counter.filePath(QStringLiteral("log/kakanai.log"));
    const QString rawLogFile = diagnostics.filePath(QStringLiteral("messages-before-redaction.log"));
    const QString dbFile = counter.filePath(QStringLiteral("kakanai.sqlite"));
    const QString keyFile = counter.filePath(QStringLiteral("record.key"));

    SimProcess sim(backOffice.filePath(QStringLiteral("backoffice.sqlite")));
    QVERIFY2(sim.start(0, {QStringLiteral("--token"), QStringLiteral("leak-test-token")}), qPrintable(sim.output()));

    LogCapture capture;
    QVERIFY(capture.start(logFile, rawLogFile));

    Settings settings(counter.filePath(QStringLiteral("kakanai.ini")));
    QVERIFY(settings.setValue(SettingKey::BackOfficeUrl, sim.url().toString()));
    QVERIFY(settings.setValue(SettingKey::BackOfficeToken, QStringLiteral("leak-test-token")));
    QVERIFY(settings.setValue(SettingKey::DatabasePath, dbFile));
    QVERIFY(settings.setValue(SettingKey::RecordKeyFile, keyFile));
    QVERIFY(settings.setValue(SettingKey::OutboxBackoffFloorMs, 50));
    settings.sync();
    const OutboxConfig config = OutboxConfig::fromSettings(settings);

    SystemClock clock;
    auto opened = Database::open({databasePath(settings), settings.integer(SettingKey::DatabaseBusyTimeoutMs)});
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    std::unique_ptr<Database> db = std::move(*opened);
    FileKeyProvider keys(config.keyFile);
    auto cipher = RecordCipher::fromProvider(keys);
    QVERIFY2(cipher, cipher ? "" : qPrintable(cipher.error().toString()));
    auto outbox = std::make_unique<Outbox>(*db, **cipher, clock);
    const auto anchor = FileAuditAnchor::forStore(settings, db->path(), **cipher);
    AuditLog audit(*db, clock, settings.string(SettingKey::TerminalId), OfficeCalendar::defaultZone(), *anchor);
    QVERIFY(audit.append(QStringLiteral("c001"), QStringLiteral("sign-in")));

    // 1. The card: inserted into a real reader, read with the PIN and the number.
    QByteArray json;
    {
        auto watch = std::make_unique<ReaderWatch>(m_reader);
        QTRY_VERIFY(watch->monitor().isServiceAvailable());
        VirtualCard card;
        KAKANAI_INSERT(card, *watch, m_port, kPerson);
        PcscTransport transport;
        MyNumberCard reader(transport);
        MyNumberCard::ReadOptions options;
        options.withIndividualNumber = true;
        auto holder = reader.read(m_reader, SecureBuffer::fromBytes(m_person.pin), options);
        QVERIFY2(holder, holder ? "" : qPrintable(holder.error().toString()));
        QVERIFY(holder->individualNumber);
        QCOMPARE(holder->individualNumber->view().toByteArray(), m_person.individualNumber);
        QVERIFY(audit.append(QStringLiteral("c001"), QStringLiteral("read-card"), QString(),
                             QStringLiteral("key=pin;number=yes")));

        // 2. The visit: the child allowance form takes card.individualNumber.
        forms::FormLibrary library = forms::FormLibrary::load();
        QVERIFY(library.problems().isEmpty());
        forms::Visit visit(library, QDate(2024, 6, 1));
        QVERIFY(visit.addForm(QStringLiteral("child-allowance")));
        visit.setCardHolder(*holder);
        QVERIFY(visit.needsIndividualNumber());
        QVERIFY(visit.setFact(QStringLiteral("nameKana"), QStringLiteral("やまだ　たろう")));
        visit.setNameKanaConfirmed(true);
        QVERIFY(visit.setFact(QStringLiteral("phone"), QStringLiteral("09012345678")));
        QVERIFY(visit.setFact(QStringLiteral("bankName"), QStringLiteral("ゆうちょ銀行")));
        QVERIFY(visit.setFact(QStringLiteral("bankBranch"), QStringLiteral("〇一八")));
        QVERIFY(visit.setFact(QStringLiteral("accountType"), QStringLiteral("futsu")));
        QVERIFY(visit.setFact(QStringLiteral("accountNumber"), QStringLiteral("1234567")));
        QVERIFY(visit.setFact(QStringLiteral("accountHolderKana"), QStringLiteral("ヤマダ　タロウ")));
        QVERIFY(visit.addHouseholdMember(forms::HouseholdMember{QStringLiteral("山田　一郎"), QStringLiteral("ヤマダ　イチロウ"),
                                                                QDate(2016, 4, 10), Sex::Male, QStringLiteral("子")}));
        QVERIFY(visit.setFieldValue(QStringLiteral("child-allowance"), QStringLiteral("pension"), QStringLiteral("kosei")));
        QVERIFY(visit.setFieldValue(QStringLiteral("child-allowance"), QStringLiteral("custody"), true));
        const auto record = visit.complete(clock, settings.string(SettingKey::TerminalId), QStringLiteral("c001"));
        QVERIFY2(record, record ? "" : qPrintable(record.error().toString()));
        json = record->toJson();
        KAKANAI_EJECT(card, *watch);
    }
    // Positive control, first half: the record really carries the number.
    QVERIFY(json.contains(m_person.individualNumber));

    // 3. Into the outbox, in the store file.
    const auto queued = outbox->enqueue(json);
    SecureBuffer::wipe(json);
    QVERIFY2(queued, queued ? "" : qPrintable(queued.error().toString()));
    QVERIFY(audit.append(QStringLiteral("c001"), QStringLiteral("visit-completed"), queued->uuid));

    // 4. Uploaded to the back office over HTTP, holding the uploader lock as the app does.
    {
        auto lock = outbox->acquireUploaderLock();
        QVERIFY2(lock, lock ? "" : qPrintable(lock.error().toString()));
        auto transport = QtHttpTransport::create(config.http);
        QVERIFY2(transport, transport ? "" : qPrintable(transport.error().toString()));
        SystemRandomSource random;
        BackoffPolicy backoff(config.backoffFloor, config.backoffCap, random);
        Uploader uploader(*outbox, **transport, backoff, clock, config.uploader);
        QSignalSpy sent(&uploader, &Uploader::recordSent);
        QVERIFY(uploader.start());
        uploader.uploadNow();
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 30000);
        QCOMPARE(sent.first().first().toString(), queued->uuid);
        QTRY_VERIFY(!uploader.isBusy());
        uploader.stop();
    }
    const auto entry = outbox->entry(queued->uuid);
    QVERIFY(entry);
    QCOMPARE(entry->state, OutboxState::Sent);

    // Positive control, second half: the back office got the number.
    const auto received = sim.records();
    QVERIFY(received);
    QCOMPARE(received->size(), 1);
    PersonalDataScanner backOfficeScanner(m_person.individualNumber, m_person.pin);
    QVERIFY2(!backOfficeScanner.scan(QStringLiteral("simulator"), QJsonDocument(*received).toJson()).isEmpty(),
             "the simulator did not receive the individual number: the scenario did not carry it");

    capture.stop();
    QFile log(logFile);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
#ifdef QT_NO_DEBUG_OUTPUT
    // Every build but Debug compiles qDebug out (cmake/KakanaiCompilerOptions.cmake):
    // none may reach the log, whatever the logging rules say.
    QVERIFY2(!logText.contains(" debug:"), "debug output reached the log of a build that compiles it out");
#else
    QVERIFY2(logText.contains("kakanai.card debug:"), "no card debug lines: the log capture did not work");
#endif
    QVERIFY2(logText.contains("kakanai.outbox"), "no outbox lines: the log capture did not work");

    // 5. Everything on the counter PC, while the store is open (the WAL and
    // the shared-memory file exist now) …
    PersonalDataScanner scanner(m_person.individualNumber, m_person.pin);
    const QStringList skip{QFileInfo(keyFile).absoluteFilePath()};
    QVERIFY(QFileInfo::exists(dbFile + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(dbFile + QStringLiteral("-shm")));
    QList<LeakFinding> findings = scanner.scanTree(counter.path(), skip);
    for (const QString &table : {QStringLiteral("record"), QStringLiteral("outbox"), QStringLiteral("audit_event")})
        findings += scanTable(scanner, *db, table);
    const QString pcscdLog = qEnvironmentVariable("KAKANAI_TEST_PCSCD_LOG");
    if (QFileInfo::exists(pcscdLog))
        findings += scanner.scanFile(pcscdLog);

    // … and after it was closed (the WAL checkpointed into the main file).
    outbox.reset();
    db.reset();
    QVERIFY(!QFileInfo::exists(dbFile + QStringLiteral("-wal")));
    QFile closedDb(dbFile);
    QVERIFY(closedDb.open(QIODevice::ReadOnly));
    findings += scanner.scan(dbFile + QStringLiteral(" (after close)"), closedDb.readAll());

    qInfo("leak scan: %lld bytes in %d sources, %lld findings", scanner.bytesScanned(), scanner.sourcesScanned(),
          qlonglong(findings.size()));
    qInfo("sources: %s", qPrintable(scanner.sources().join(QStringLiteral(", "))));
    QVERIFY(scanner.bytesScanned() > 10000);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));

    // What the components handed to the logger before redaction: the
    // redaction must not have been the only thing between the number and the log.
    PersonalDataScanner rawScanner(m_person.individualNumber, m_person.pin);
    const auto rawFindings = rawScanner.scanFile(rawLogFile);
    QVERIFY(rawScanner.bytesScanned() > 0);
    QVERIFY2(rawFindings.isEmpty(), qPrintable(describe(rawFindings)));
}

QTEST_GUILESS_MAIN(TestLeak)
#include "tst_leak.moc"
