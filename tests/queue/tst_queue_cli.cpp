// Integration: `kakanai-cli queue …`, the built program on an office store on
// SQLite and on the test PostgreSQL (OfficeTestEnv): issue, call, the
// refusals and their exit codes, no-show, transfer keeping arrival, a band
// that runs out, usage errors, Japanese messages.
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "cli/CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using kakanai::OfficeStoreOptions;
using kakanai::test::CliRun;
using kakanai::test::OfficeTestEnv;

namespace {

// Exit codes of docs/cli.md.
constexpr int kUsage = 1;
constexpr int kRefused = 10;
constexpr int kQueueEmpty = 11;
constexpr int kBandExhausted = 12;

QJsonObject jsonOf(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString numberOf(const CliRun &r)
{
    return jsonOf(r).value(QStringLiteral("number")).toString();
}

QString diagnose(const CliRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

} // namespace

class TestQueueCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void issueCallStartDone_data();
    void issueCallStartDone();
    void nobodyWaitingForTheCounter_data();
    void nobodyWaitingForTheCounter();
    void absentThreeTimesIsANoShow_data();
    void absentThreeTimesIsANoShow();
    void transferKeepsArrival_data();
    void transferKeepsArrival();
    void bandThatRunsOutIssuesNothing_data();
    void bandThatRunsOutIssuesNothing();
    void usageErrors_data();
    void usageErrors();
    void japaneseMessages();

private:
    // A new office store on `engine` (made by `office init`), a local store
    // beside it, and the settings that point kakanai-cli at both.
    bool freshOffice(const QString &engine);
    // kakanai-cli … / kakanai-cli queue … on the current office store.
    CliRun cli(const QStringList &words) const;
    CliRun queue(const QStringList &args) const { return cli(QStringList{QStringLiteral("queue")} + args); }
    static void engineRows();

    QTemporaryDir m_dir;
    QString m_emptySettings;
    QString m_settings; // the current office store's
    QString m_localDb;
};

void TestQueueCli::initTestCase()
{
    QString why;
    QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(qEnvironmentVariable("KAKANAI_CLI")), "KAKANAI_CLI must point at the built kakanai-cli");
    m_emptySettings = kakanai::test::writeTestFile(m_dir.filePath(QStringLiteral("empty.ini")), QByteArray());
    QVERIFY(!m_emptySettings.isEmpty());
}

void TestQueueCli::cleanupTestCase()
{
    OfficeTestEnv::dropAll();
}

void TestQueueCli::engineRows()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : OfficeTestEnv::engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

bool TestQueueCli::freshOffice(const QString &engine)
{
    const OfficeStoreOptions options = OfficeTestEnv::freshStore(engine, m_dir);
    const CliRun init = OfficeTestEnv::runCli(m_dir, m_emptySettings,
                                              QStringList{QStringLiteral("office"), QStringLiteral("init")}
                                                  + OfficeTestEnv::cliStoreArgs(options));
    if (init.exitCode != 0) {
        qWarning("office init: %s", qPrintable(diagnose(init)));
        return false;
    }
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_localDb = m_dir.filePath(QStringLiteral("pc-%1/kakanai.sqlite").arg(tag));
    m_settings = m_dir.filePath(QStringLiteral("queue-%1.ini").arg(tag));
    {
        QSettings ini(m_settings, QSettings::IniFormat);
        ini.setValue(QStringLiteral("office/url"), OfficeTestEnv::url(options));
        ini.setValue(QStringLiteral("office/passwordFile"), options.passwordFile);
        ini.setValue(QStringLiteral("office/terminalId"), QStringLiteral("cli-test"));
        ini.setValue(QStringLiteral("queue/maxCalls"), 3);
        ini.sync();
        if (ini.status() != QSettings::NoError)
            return false;
    }
    const CliRun migrate = cli({QStringLiteral("db"), QStringLiteral("migrate")});
    if (migrate.exitCode != 0) {
        qWarning("db migrate: %s", qPrintable(diagnose(migrate)));
        return false;
    }
    return true;
}

CliRun TestQueueCli::cli(const QStringList &words) const
{
    // A later --settings (or --lang) wins over the one runCli gives.
    return OfficeTestEnv::runCli(m_dir, m_emptySettings,
                                 QStringList{QStringLiteral("--settings"), m_settings, QStringLiteral("--db"), m_localDb}
                                     + words);
}

void TestQueueCli::issueCallStartDone_data()
{
    engineRows();
}

void TestQueueCli::issueCallStartDone()
{
    QFETCH(QString, engine);
    QVERIFY(freshOffice(engine));
    const QString json = QStringLiteral("--json");
    CliRun r = queue({QStringLiteral("issue"), QStringLiteral("--category"), QStringLiteral("certificates"), json});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    QCOMPARE(numberOf(r), QStringLiteral("A001"));
    QCOMPARE(jsonOf(r).value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    QCOMPARE(jsonOf(r).value(QStringLiteral("peopleAhead")).toInt(-1), 0);
    QCOMPARE(jsonOf(r).value(QStringLiteral("slip")).toBool(true), false);
    r = queue({QStringLiteral("issue"), QStringLiteral("--category"), QStringLiteral("certificates"), json});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    QCOMPARE(numberOf(r), QStringLiteral("A002"));
    QCOMPARE(jsonOf(r).value(QStringLiteral("peopleAhead")).toInt(-1), 1);
    // By procedure: the 手続ナビ's jumin-ido is a move (B, from 500).
    r = queue({QStringLiteral("issue"), QStringLiteral("--procedures"), QStringLiteral("jumin-ido"), json});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    QCOMPARE(numberOf(r), QStringLiteral("B500"));
    QCOMPARE(jsonOf(r).value(QStringLiteral("category")).toString(), QStringLiteral("moves"));

    // Arrival order: A001 first (B500 came last).
    r = queue({QStringLiteral("call-next"), QStringLiteral("--counter"), QStringLiteral("1"), QStringLiteral("--staff"),
               QStringLiteral("s001"), json});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    QCOMPARE(numberOf(r), QStringLiteral("A001"));
    QCOMPARE(jsonOf(r).value(QStringLiteral("state")).toString(), QStringLiteral("called"));
    QCOMPARE(jsonOf(r).value(QStringLiteral("counter")).toString(), QStringLiteral("1"));

    // The counter still has A001: refused, and the message says which ticket.
    r = queue({QStringLiteral("call-next"), QStringLiteral("--counter"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, kRefused);
    QVERIFY2(r.err.contains(QStringLiteral("A001")), qPrintable(r.err));
    // Also in JSON on stdout, for scripts.
    r = queue({QStringLiteral("call-next"), QStringLiteral("--counter"), QStringLiteral("1"), json});
    QCOMPARE(r.exitCode, kRefused);
    QCOMPARE(jsonOf(r).value(QStringLiteral("error")).toString(), QStringLiteral("counter-busy"));
    QVERIFY(jsonOf(r).value(QStringLiteral("message")).toString().contains(QStringLiteral("A001")));
    // Done before it was started: a refused transition, not a no-op.
    r = queue({QStringLiteral("done"), QStringLiteral("--counter"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, kRefused);
    QVERIFY2(r.err.contains(QStringLiteral("A001")), qPrintable(r.err));

    r = queue({QStringLiteral("start"), QStringLiteral("--counter"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    QVERIFY2(r.out.contains(QStringLiteral("Counter 1 is serving A001.")), qPrintable(r.out));
    const QString visit = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r = queue({QStringLiteral("done"), QStringLiteral("--counter"), QStringLiteral("1"), QStringLiteral("--visit"), visit,
               json});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    QCOMPARE(jsonOf(r).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QCOMPARE(jsonOf(r).value(QStringLiteral("visitId")).toString(), visit);
    // Done twice: refused.
    r = queue({QStringLiteral("done"), QStringLiteral("--counter"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, kRefused);

    // The list: by arrival, with state and counter; the plain form too.
    r = queue({QStringLiteral("list"), json});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    const QJsonArray tickets = jsonOf(r).value(QStringLiteral("tickets")).toArray();
    QCOMPARE(tickets.size(), 3);
    QCOMPARE(tickets.at(0).toObject().value(QStringLiteral("number")).toString(), QStringLiteral("A001"));
    QCOMPARE(tickets.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QCOMPARE(tickets.at(0).toObject().value(QStringLiteral("counter")).toString(), QStringLiteral("1"));
    QCOMPARE(tickets.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    r = queue({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("waiting")});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("A002\tcertificates\twaiting\t")), qPrintable(r.out));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("B500\tmoves\twaiting\t")), qPrintable(r.out));
}

void TestQueueCli::nobodyWaitingForTheCounter_data()
{
    engineRows();
}

void TestQueueCli::nobodyWaitingForTheCounter()
{
    QFETCH(QString, engine);
    QVERIFY(freshOffice(engine));
    // Counter 5 serves only 戸籍・おくやみ; the one ticket is a certificate.
    CliRun r = queue({QStringLiteral("counter"), QStringLiteral("set"), QStringLiteral("5"), QStringLiteral("--categories"),
                      QStringLiteral("special"), QStringLiteral("--name-en"), QStringLiteral("Family desk")});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    r = queue({QStringLiteral("issue"), QStringLiteral("--category"), QStringLiteral("certificates")});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    QVERIFY2(r.out.contains(QStringLiteral("Ticket A001")) && r.out.contains(QStringLiteral("without a slip")),
             qPrintable(r.out));
    r = queue({QStringLiteral("call-next"), QStringLiteral("--counter"), QStringLiteral("5"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, kQueueEmpty);
    QCOMPARE(jsonOf(r).value(QStringLiteral("error")).toString(), QStringLiteral("queue-empty"));
    QVERIFY2(r.err.contains(QStringLiteral("counter 5")), qPrintable(r.err));
    // The counter kept its name and categories; A001 still waits.
    r = queue({QStringLiteral("counters"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    const QJsonArray counters = jsonOf(r).value(QStringLiteral("counters")).toArray();
    QCOMPARE(counters.size(), 1);
    QCOMPARE(counters.at(0).toObject().value(QStringLiteral("nameEn")).toString(), QStringLiteral("Family desk"));
    QCOMPARE(counters.at(0).toObject().value(QStringLiteral("categories")).toArray().size(), 1);
    r = queue({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("waiting"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).value(QStringLiteral("tickets")).toArray().size(), 1);
    // A counter serving all categories calls it.
    r = queue({QStringLiteral("call-next"), QStringLiteral("--counter"), QStringLiteral("6"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    QCOMPARE(numberOf(r), QStringLiteral("A001"));
}

void TestQueueCli::absentThreeTimesIsANoShow_data()
{
    engineRows();
}

void TestQueueCli::absentThreeTimesIsANoShow()
{
    QFETCH(QString, engine);
    QVERIFY(freshOffice(engine));
    CliRun r = queue({QStringLiteral("issue"), QStringLiteral("--category"), QStringLiteral("special")});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    const QStringList counter{QStringLiteral("--counter"), QStringLiteral("2"), QStringLiteral("--json")};
    for (int call = 1; call <= 3; ++call) {
        r = queue(QStringList{QStringLiteral("call-next")} + counter);
        QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
        QCOMPARE(numberOf(r), QStringLiteral("C800"));
        QCOMPARE(jsonOf(r).value(QStringLiteral("callCount")).toInt(), call);
        r = queue(QStringList{QStringLiteral("absent")} + counter);
        QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
        QCOMPARE(jsonOf(r).value(QStringLiteral("state")).toString(),
                 call < 3 ? QStringLiteral("waiting") : QStringLiteral("no-show"));
    }
    // Gone from the queue.
    r = queue(QStringList{QStringLiteral("call-next")} + counter);
    QCOMPARE(r.exitCode, kQueueEmpty);
    r = queue({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("no-show"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).value(QStringLiteral("tickets")).toArray().size(), 1);
    // Recall after the last call is refused too (a fresh ticket: call 1, recall 2, recall 3, recall 4 refused).
    QCOMPARE(queue({QStringLiteral("issue"), QStringLiteral("--category"), QStringLiteral("special")}).exitCode, 0);
    QCOMPARE(queue(QStringList{QStringLiteral("call-next")} + counter).exitCode, 0);
    QCOMPARE(queue(QStringList{QStringLiteral("recall")} + counter).exitCode, 0);
    r = queue({QStringLiteral("recall"), QStringLiteral("--counter"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("call 3 of 3")), qPrintable(diagnose(r)));
    r = queue(QStringList{QStringLiteral("recall")} + counter);
    QCOMPARE(r.exitCode, kRefused);
    QCOMPARE(jsonOf(r).value(QStringLiteral("error")).toString(), QStringLiteral("ticket-transition-refused"));
}

void TestQueueCli::transferKeepsArrival_data()
{
    engineRows();
}

void TestQueueCli::transferKeepsArrival()
{
    QFETCH(QString, engine);
    QVERIFY(freshOffice(engine));
    const QString json = QStringLiteral("--json");
    CliRun r = queue({QStringLiteral("issue"), QStringLiteral("--category"), QStringLiteral("certificates"), json});
    QCOMPARE(numberOf(r), QStringLiteral("A001"));
    const QString arrival = jsonOf(r).value(QStringLiteral("arrivalAt")).toString();
    r = queue({QStringLiteral("issue"), QStringLiteral("--category"), QStringLiteral("moves"), json});
    QCOMPARE(numberOf(r), QStringLiteral("B500"));

    // A001 turns out to be a move: it joins the moves queue where it arrived.
    r = queue({QStringLiteral("transfer"), QStringLiteral("--ticket"), QStringLiteral("a001"),
               QStringLiteral("--to-category"), QStringLiteral("moves"), json});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    QCOMPARE(jsonOf(r).value(QStringLiteral("category")).toString(), QStringLiteral("moves"));
    QCOMPARE(jsonOf(r).value(QStringLiteral("arrivalAt")).toString(), arrival);
    r = queue({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("waiting"), json});
    const QJsonArray waiting = jsonOf(r).value(QStringLiteral("tickets")).toArray();
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(waiting.at(0).toObject().value(QStringLiteral("number")).toString(), QStringLiteral("A001"));
    QCOMPARE(waiting.at(0).toObject().value(QStringLiteral("category")).toString(), QStringLiteral("moves"));
    QCOMPARE(waiting.at(1).toObject().value(QStringLiteral("number")).toString(), QStringLiteral("B500"));

    // A counter for moves only calls it before B500.
    QCOMPARE(queue({QStringLiteral("counter"), QStringLiteral("set"), QStringLiteral("3"), QStringLiteral("--categories"),
                    QStringLiteral("moves")})
                 .exitCode,
             0);
    r = queue({QStringLiteral("call-next"), QStringLiteral("--counter"), QStringLiteral("3"), json});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    QCOMPARE(numberOf(r), QStringLiteral("A001"));

    // To one counter, by its UUID: only that counter calls B500.
    r = queue({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("waiting"), json});
    const QString b500 =
        jsonOf(r).value(QStringLiteral("tickets")).toArray().at(0).toObject().value(QStringLiteral("ticketId")).toString();
    r = queue({QStringLiteral("transfer"), QStringLiteral("--ticket"), b500, QStringLiteral("--to-counter"),
               QStringLiteral("4")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("at counter 4")), qPrintable(diagnose(r)));
    QCOMPARE(queue({QStringLiteral("call-next"), QStringLiteral("--counter"), QStringLiteral("7")}).exitCode, kQueueEmpty);
    r = queue({QStringLiteral("call-next"), QStringLiteral("--counter"), QStringLiteral("4"), json});
    QCOMPARE(numberOf(r), QStringLiteral("B500"));

    // A ticket that is not there.
    r = queue({QStringLiteral("transfer"), QStringLiteral("--ticket"), QStringLiteral("Z999"),
               QStringLiteral("--to-category"), QStringLiteral("moves")});
    QCOMPARE(r.exitCode, 6);
    // Cancelled: kept in the list, in no queue.
    r = queue({QStringLiteral("issue"), QStringLiteral("--category"), QStringLiteral("special"), json});
    QCOMPARE(numberOf(r), QStringLiteral("C800"));
    r = queue({QStringLiteral("cancel"), QStringLiteral("--ticket"), QStringLiteral("C800")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("C800 is cancelled.")), qPrintable(diagnose(r)));
    QCOMPARE(queue({QStringLiteral("cancel"), QStringLiteral("--ticket"), QStringLiteral("C800")}).exitCode, kRefused);
}

void TestQueueCli::bandThatRunsOutIssuesNothing_data()
{
    engineRows();
}

void TestQueueCli::bandThatRunsOutIssuesNothing()
{
    QFETCH(QString, engine);
    QVERIFY(freshOffice(engine));
    // A new category with a band of two numbers.
    CliRun r = queue({QStringLiteral("category"), QStringLiteral("set"), QStringLiteral("tax"), QStringLiteral("--prefix"),
                      QStringLiteral("D"), QStringLiteral("--first"), QStringLiteral("1"), QStringLiteral("--last"),
                      QStringLiteral("2"), QStringLiteral("--name-ja"), QStringLiteral("税証明"), QStringLiteral("--name-en"),
                      QStringLiteral("Tax certificates"), QStringLiteral("--order"), QStringLiteral("4")});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    QVERIFY2(r.out.contains(QStringLiteral("Category tax added: D001–D002.")), qPrintable(r.out));
    r = queue({QStringLiteral("categories"), QStringLiteral("--json")});
    const QJsonArray categories = jsonOf(r).value(QStringLiteral("categories")).toArray();
    QCOMPARE(categories.size(), 4);
    QCOMPARE(categories.at(3).toObject().value(QStringLiteral("nameJa")).toString(), QStringLiteral("税証明"));

    const QStringList issue{QStringLiteral("issue"), QStringLiteral("--category"), QStringLiteral("tax"),
                            QStringLiteral("--json")};
    QCOMPARE(numberOf(queue(issue)), QStringLiteral("D001"));
    QCOMPARE(numberOf(queue(issue)), QStringLiteral("D002"));
    r = queue(issue);
    QCOMPARE(r.exitCode, kBandExhausted);
    QCOMPARE(jsonOf(r).value(QStringLiteral("error")).toString(), QStringLiteral("ticket-band-exhausted"));
    QVERIFY2(r.err.contains(QStringLiteral("D001")) && r.err.contains(QStringLiteral("D002")), qPrintable(r.err));
    r = queue({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).value(QStringLiteral("tickets")).toArray().size(), 2); // nothing issued by the refusal

    // Widened today: numbers go on after D002, never D001 again.
    r = queue({QStringLiteral("category"), QStringLiteral("set"), QStringLiteral("tax"), QStringLiteral("--prefix"),
               QStringLiteral("D"), QStringLiteral("--first"), QStringLiteral("1"), QStringLiteral("--last"),
               QStringLiteral("9"), QStringLiteral("--name-ja"), QStringLiteral("税証明"), QStringLiteral("--name-en"),
               QStringLiteral("Tax certificates")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("after D002")), qPrintable(diagnose(r)));
    QCOMPARE(numberOf(queue(issue)), QStringLiteral("D003"));

    // Narrowed below the numbers given: today keeps its band.
    r = queue({QStringLiteral("category"), QStringLiteral("set"), QStringLiteral("tax"), QStringLiteral("--prefix"),
               QStringLiteral("D"), QStringLiteral("--first"), QStringLiteral("1"), QStringLiteral("--last"),
               QStringLiteral("1"), QStringLiteral("--name-ja"), QStringLiteral("税証明"), QStringLiteral("--name-en"),
               QStringLiteral("Tax certificates")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("starts tomorrow")), qPrintable(diagnose(r)));
    QCOMPARE(numberOf(queue(issue)), QStringLiteral("D004"));
}

void TestQueueCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    QTest::newRow("no subcommand") << QStringList{} << s("Usage: kakanai-cli queue issue");
    QTest::newRow("unknown subcommand") << QStringList{s("call")} << s("Usage: kakanai-cli queue");
    QTest::newRow("issue without category") << QStringList{s("issue")}
                                             << s("queue issue needs either --category or --procedures.");
    QTest::newRow("issue with both") << QStringList{s("issue"), s("--category"), s("moves"), s("--procedures"), s("x")}
                                      << s("queue issue needs either --category or --procedures.");
    QTest::newRow("unknown priority") << QStringList{s("issue"), s("--category"), s("moves"), s("--priority"), s("vip")}
                                       << s("The priority is none, accessibility or appointment.");
    QTest::newRow("call-next without counter") << QStringList{s("call-next")}
                                                << s("This command needs --counter N");
    QTest::newRow("option without value") << QStringList{s("start"), s("--counter")} << s("--counter needs a value.");
    QTest::newRow("option twice") << QStringList{s("start"), s("--counter"), s("1"), s("--counter"), s("2")}
                                   << s("--counter is given twice.");
    QTest::newRow("foreign option") << QStringList{s("start"), s("--counter"), s("1"), s("--visit"), s("x")}
                                     << s("queue start does not take --visit.");
    QTest::newRow("visit not a UUID") << QStringList{s("done"), s("--counter"), s("1"), s("--visit"), s("v-1")}
                                       << s("--visit needs a visit's UUID.");
    QTest::newRow("transfer nowhere") << QStringList{s("transfer"), s("--ticket"), s("A001")}
                                       << s("--to-category, --to-counter, or both");
    QTest::newRow("unknown state") << QStringList{s("list"), s("--state"), s("asleep")} << s("Unknown state");
    QTest::newRow("stray word") << QStringList{s("list"), s("now")} << s("Usage:");
    QTest::newRow("category set, no band") << QStringList{s("category"), s("set"), s("tax"), s("--prefix"), s("D")}
                                            << s("queue category set needs --first.");
    QTest::newRow("band not a number")
        << QStringList{s("category"), s("set"), s("tax"), s("--prefix"), s("D"), s("--first"), s("one"), s("--last"),
                       s("9"), s("--name-ja"), s("税"), s("--name-en"), s("Tax")}
        << s("--first needs a whole number.");
    QTest::newRow("lower-case prefix")
        << QStringList{s("category"), s("set"), s("tax"), s("--prefix"), s("d"), s("--first"), s("1"), s("--last"),
                       s("9"), s("--name-ja"), s("税"), s("--name-en"), s("Tax")}
        << s("one or two capital letters");
}

// Refused before any store is opened: exit 1 and a message saying what is wrong.
void TestQueueCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = OfficeTestEnv::runCli(m_dir, m_emptySettings, QStringList{QStringLiteral("queue")} + args);
    QCOMPARE(r.exitCode, kUsage);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

// --lang ja: the queue's own messages in Japanese.
void TestQueueCli::japaneseMessages()
{
    QVERIFY(freshOffice(QStringLiteral("sqlite")));
    const QStringList ja{QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("queue")};
    CliRun r = cli(ja + QStringList{QStringLiteral("issue"), QStringLiteral("--category"), QStringLiteral("moves")});
    QVERIFY2(r.exitCode == 0, qPrintable(diagnose(r)));
    QVERIFY2(r.out.contains(QStringLiteral("整理券 B500（転入・転出・届出）")), qPrintable(r.out));
    r = cli(ja + QStringList{QStringLiteral("issue")});
    QCOMPARE(r.exitCode, kUsage);
    QVERIFY2(r.err.contains(QStringLiteral("--category か --procedures")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestQueueCli)
#include "tst_queue_cli.moc"
