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
//     form it claims to recognise, and does not report a bare "4821";
//   - the log file really holds lines from the outbox code; debug lines from
//     the card code only in a Debug build (every other build compiles them out,
//     which the test then checks).
#include "CardTestMacros.h"
#include "CardTestSupport.h"
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

QString describe(const QList<LeakFinding> &findings)
{
    QStringList lines;
    for (const LeakFinding &f : findings)
        lines.append(f.toString());
    return lines.join(QLatin1Char('\n'));
}

// Every row of a table, each column as raw bytes, one scan source per row.
QList<LeakFinding> scanTable(PersonalDataScanner &scanner, Database &db, const QString &table)
{
    QList<LeakFinding> findings;
    QSqlQuery q(db.connection());
    // Test code: the table name is one of ours, never input.
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return {{table, QStringLiteral("cannot read the table"), QString(), -1}};
    int row = 0;
    while (q.next()) {
        QByteArray bytes;
        for (int c = 0; c < q.record().count(); ++c) {
            const QVariant v = q.value(c);
            bytes += v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
            bytes += '\x1f';
        }
        findings += scanner.scan(QStringLiteral("table %1 row %2").arg(table).arg(++row), bytes);
    }
    return findings;
}

} // namespace

class TestLeak : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void scannerFindsWhatItClaims_data();
    void scannerFindsWhatItClaims();
    void scannerIgnoresABarePinLikeNumber_data();
    void scannerIgnoresABarePinLikeNumber();
    void scannerFindsAPlaintextRowInTheStore();
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

void TestLeak::scannerFindsWhatItClaims_data()
{
    QTest::addColumn<QByteArray>("planted");
    const QByteArray n = "123456789018";
    auto utf16le = [](const QString &s) {
        return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    };
    QTest::newRow("digits") << QByteArray("x" + n + "y");
    QTest::newRow("digits in JSON") << QByteArray(R"({"value":")" + n + R"("})");
    QTest::newRow("grouped by spaces") << QByteArray("no. 1234 5678 9018.");
    QTest::newRow("grouped by hyphens") << QByteArray("1234-5678-9018");
    QTest::newRow("UTF-16LE") << utf16le(QString::fromLatin1(n));
    QTest::newRow("UTF-16LE grouped") << QByteArray("\x01") + utf16le(QStringLiteral("1234 5678 9018"));
    QTest::newRow("UTF-16BE") << QByteArray("\0\x31\0\x32\0\x33\0\x34\0\x35\0\x36\0\x37\0\x38\0\x39\0\x30\0\x31\0\x38", 24);
    QTest::newRow("full-width UTF-8") << QStringLiteral("１２３４５６７８９０１８").toUtf8();
    QTest::newRow("full-width, ideographic spaces") << QStringLiteral("１２３４\u3000５６７８\u3000９０１８").toUtf8();
    QTest::newRow("hex") << n.toHex();
    for (int lead = 0; lead < 3; ++lead)
        QTest::addRow("base64, %d leading bytes", lead) << (QByteArray(lead, 'a') + n + "zz").toBase64();
    QTest::newRow("pin=") << QByteArray("card read pin=4821 ok");
    QTest::newRow("PIN: ") << QByteArray("PIN: 4821");
    QTest::newRow("JSON pin field") << QByteArray(R"({"pin":"4821"})");
    QTest::newRow("JSON quoted value") << QByteArray(R"({"secret":"4821"})");
    QTest::newRow("暗証番号") << QStringLiteral("暗証番号：4821").toUtf8();
    QTest::newRow("pin UTF-16LE") << utf16le(QStringLiteral("pin=4821"));
    QTest::newRow("VERIFY APDU bytes") << QByteArray::fromHex("00200080043438323100");
    QTest::newRow("VERIFY APDU hex dump") << QByteArray("> 00 20 00 80 04 34 38 32 31");
}

// Negative control: a planted copy in a scratch file is found.
void TestLeak::scannerFindsWhatItClaims()
{
    QFETCH(QByteArray, planted);
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("scratch.bin"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 131 + 7) % 251);
    f.write(noise + planted + noise);
    f.close();
    PersonalDataScanner scanner(m_person.individualNumber, m_person.pin);
    const auto findings = scanner.scanTree(scratch.path());
    QVERIFY2(!findings.isEmpty(), planted.toHex(' ').constData());
    QCOMPARE(scanner.sourcesScanned(), 1);
}

void TestLeak::scannerIgnoresABarePinLikeNumber_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("byte count") << QByteArray("POST /records bytes=4821");
    QTest::newRow("time") << QByteArray("2026-11-24T04:48:21.123Z seq 14821");
    QTest::newRow("other 12 digits") << QByteArray("123456789019");
    QTest::newRow("number cut short") << QByteArray("12345678901");
    QTest::newRow("pin with other digits") << QByteArray("pin=48211 pin=1482");
}

// Documents the choice: a bare 4821 is a coincidence, not a finding.
void TestLeak::scannerIgnoresABarePinLikeNumber()
{
    QFETCH(QByteArray, text);
    PersonalDataScanner scanner(m_person.individualNumber, m_person.pin);
    const auto findings = scanner.scan(QStringLiteral("control"), text);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

// Negative control at the store level: a record written in clear into the
// database (as a plaintext bug would) is found in the WAL while the store is
// open, in the main file after it is closed, and in the rows.
void TestLeak::scannerFindsAPlaintextRowInTheStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.sqlite"));
    auto db = Database::open({path});
    QVERIFY(db);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)")));
    q.addBindValue(QStringLiteral("plaintext-bug"));
    q.addBindValue(QStringLiteral(R"({"individualNumber":"%1"})").arg(QString::fromLatin1(m_person.individualNumber)));
    QVERIFY(q.exec());
    PersonalDataScanner scanner(m_person.individualNumber, m_person.pin);
    QVERIFY(!scanner.scanFile(path + QStringLiteral("-wal")).isEmpty());
    QVERIFY(!scanTable(scanner, **db, QStringLiteral("meta")).isEmpty());
    db->reset();
    QVERIFY(!scanner.scanFile(path).isEmpty());
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
    AuditLog audit(*db, clock, settings.string(SettingKey::TerminalId), OfficeCalendar::defaultZone());
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
