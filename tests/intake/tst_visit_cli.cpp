// `kakanai-cli visit complete`: a whole visit from the command line through
// the same IntakeSession as the counter. The stored record is the printed
// one (digest), an incomplete visit prints nothing and stores nothing. Then
// `outbox flush` takes the audit log's checkpoint to the back office.
#include "OutboxTestSupport.h"
#include "PdfText.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using kakanai::test::CliRun;
using kakanai::test::runCli;

class TestVisitCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void completes_data();
    void completes();
    void flushTakesTheAuditCheckpointToTheBackOffice();

private:
    CliRun cli(const QStringList &args);
    QVariant scalar(const QString &sql);

    QTemporaryDir m_dir;
    QString m_settings;
    QString m_card;
};

void TestVisitCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(qEnvironmentVariable("KAKANAI_CLI")), "KAKANAI_CLI must name kakanai-cli (set by ctest)");
    m_settings = m_dir.filePath(QStringLiteral("kakanai.ini"));
    QFile ini(m_settings);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[security]\nrecordKeyFile=" + m_dir.filePath(QStringLiteral("record.key")).toUtf8() + "\n");
    ini.close();
    m_card = m_dir.filePath(QStringLiteral("card.json"));
    QFile card(m_card);
    QVERIFY(card.open(QIODevice::WriteOnly));
    card.write(R"({"name":"山田　太郎","address":"東京都千代田区霞が関２－１－２","birthDate":"1980-02-17","sex":"1"})");
    card.close();
    QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 0);
}

CliRun TestVisitCli::cli(const QStringList &args)
{
    return runCli(m_dir.path(), QStringList{QStringLiteral("--settings"), m_settings, QStringLiteral("--db"),
                                            m_dir.filePath(QStringLiteral("kakanai.sqlite"))}
                                    + args);
}

QVariant TestVisitCli::scalar(const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("kakanai.sqlite")));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}

void TestVisitCli::completes_data()
{
    QTest::addColumn<QStringList>("facts");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("named"); // what the error names when not ok
    const QStringList all{QStringLiteral("--fact"), QStringLiteral("moveDate=R8.11.20"),
                          QStringLiteral("--fact"), QStringLiteral("newAddress=埼玉県さいたま市浦和区高砂３－１５－１"),
                          QStringLiteral("--fact"), QStringLiteral("householder=山田　太郎"),
                          QStringLiteral("--fact"), QStringLiteral("relationship=世帯主"),
                          QStringLiteral("--fact"), QStringLiteral("nameKana=ヤマダ　タロウ"),
                          QStringLiteral("--fact"), QStringLiteral("phone=09012345678"),
                          QStringLiteral("--set"), QStringLiteral("moveInBasis=certificate")};
    const QString fields = QStringLiteral("jumin-ido/"); // names the fields, not their values
    QTest::newRow("everything the card cannot know") << all << true << QString();
    QTest::newRow("the new address missing") << (all.mid(0, 2) + all.mid(4)) << false << fields;
    QTest::newRow("nothing but the card") << QStringList() << false << fields;
    // Issue 10, item 4: not on the command line, where the process list keeps it.
    QTest::newRow("an individual number on the command line")
        << (all + QStringList{QStringLiteral("--fact"), QStringLiteral("householder=9876-5432-1093")}) << false
        << QStringLiteral("--fact householder");
}

void TestVisitCli::completes()
{
    QFETCH(QStringList, facts);
    QFETCH(bool, ok);
    QFETCH(QString, named);
    const QString pdf = m_dir.filePath(QStringLiteral("visit-%1.pdf").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    const int before = scalar(QStringLiteral("SELECT count(*) FROM record")).toInt();
    const CliRun r = cli(QStringList{QStringLiteral("visit"), QStringLiteral("complete"), QStringLiteral("--card"), m_card,
                                  QStringLiteral("--event"), QStringLiteral("tennyu"), QStringLiteral("--pdf"), pdf,
                                  QStringLiteral("--staff"), QStringLiteral("c001"), QStringLiteral("--json")}
                      + facts);
    if (!ok) {
        QVERIFY2(r.exitCode > 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("9876")));
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM record")).toInt(), before);
        return;
    }
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QString id = o.value(QStringLiteral("record")).toString();
    const QString digest = o.value(QStringLiteral("printedDigest")).toString();
    QCOMPARE(id.size(), 36);
    QCOMPARE(digest.size(), 64);
    QCOMPARE(scalar(QStringLiteral("SELECT printed_digest FROM record WHERE uuid = '%1'").arg(id)).toString(), digest);
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM outbox WHERE uuid = '%1'").arg(id)).toString(),
             QStringLiteral("pending"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'complete-visit' AND target = '%1' "
                                   "AND staff_id = 'c001'").arg(id)).toInt(), 1);
    QVERIFY(QFile::exists(pdf));
    const QString text = kakanai::print::test::compact(kakanai::print::test::pdfText(pdf));
    QVERIFY(text.contains(QStringLiteral("山田太郎")));
    // The paper's foot names its record (en), digits as printed.
    const QString reference = QStringLiteral("Record") + id.left(8) + QStringLiteral("·") + digest.left(12);
    QVERIFY2(text.contains(reference), qPrintable(reference + QStringLiteral(" not in ") + text.right(100)));
}

void TestVisitCli::flushTakesTheAuditCheckpointToTheBackOffice()
{
    using kakanai::test::SimProcess;
    QVERIFY2(!SimProcess::executable().isEmpty(), "KAKANAI_BACKOFFICE_SIM is not set (set by ctest)");
    SimProcess sim(m_dir.filePath(QStringLiteral("backoffice.sqlite")));
    QVERIFY(sim.start());
    QFile ini(m_settings);
    QVERIFY(ini.open(QIODevice::Append));
    ini.write("[backoffice]\nurl=" + sim.url().toString().toUtf8() + "\n");
    ini.close();
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")).toInt() >= 1);

    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--timeout"), QStringLiteral("30")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const auto kept = sim.auditCheckpoints();
    QVERIFY(kept);
    const QJsonArray checkpoints = kept->value(QStringLiteral("checkpoints")).toArray();
    QCOMPARE(checkpoints.size(), 1);
    // The copy names the head of this counter's log: its entry count and the hash of its newest entry.
    const int entries = scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toInt();
    QVERIFY(entries >= 2); // print-forms, complete-visit
    const QJsonObject copy = checkpoints.first().toObject();
    QCOMPARE(copy.value(QStringLiteral("entries")).toInt(), entries);
    QCOMPARE(copy.value(QStringLiteral("headHash")).toString(),
             QString::fromLatin1(scalar(QStringLiteral("SELECT hex(hash) FROM audit_event WHERE seq = %1").arg(entries))
                                     .toString()
                                     .toLatin1()
                                     .toLower()));
    QCOMPARE(copy.value(QStringLiteral("regressed")).toBool(), false);
}

QTEST_MAIN(TestVisitCli)
#include "tst_visit_cli.moc"
