// `kakanai-cli form fill`: the built binary with a card file, JSON on stdout, the PDF read back.
#include "PdfText.h"
#include "cli/CliProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

#include <sys/stat.h>

using kakanai::print::test::pdfText;
using kakanai::print::test::compact;

class TestFormCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fillPrintsFieldsAndWritesPdf();
    void individualNumberIsMaskedInJsonOnly();
    void preRegistrationAndFactsFillFields();
    void runsWithoutDisplaySetting();
    void badCardIsRefused_data();
    void badCardIsRefused();
    void unknownFormIsRefused();
    void numberOnCommandLineIsRefused_data();
    void numberOnCommandLineIsRefused();
    void valuesFileCarriesTheNumber_data();
    void valuesFileCarriesTheNumber();
    void pdfIsPrivateAtUmask000();

private:
    using Run = kakanai::test::CliRun;
    Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QString writeFile(const QString &name, const QByteArray &content);
    static QJsonObject field(const QJsonObject &root, const QString &formId, const QString &fieldId);

    QString m_cli;
    QString m_card;
    QTemporaryDir m_dir;
};

TestFormCli::Run TestFormCli::cli(const QStringList &args, const QProcessEnvironment &env)
{
    // Own settings file: the operator's configuration must not change the result.
    return kakanai::test::runCli(m_cli,
                                 QStringList{QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("kakanai.ini")),
                                             QStringLiteral("--lang"), QStringLiteral("en")}
                                     + args,
                                 env);
}

QString TestFormCli::writeFile(const QString &name, const QByteArray &content)
{
    return kakanai::test::writeTestFile(m_dir.filePath(name), content);
}

QJsonObject TestFormCli::field(const QJsonObject &root, const QString &formId, const QString &fieldId)
{
    for (const QJsonValue &form : root.value(QStringLiteral("forms")).toArray()) {
        if (form[QStringLiteral("id")].toString() != formId)
            continue;
        for (const QJsonValue &f : form[QStringLiteral("fields")].toArray()) {
            if (f[QStringLiteral("id")].toString() == fieldId)
                return f.toObject();
        }
    }
    return {};
}

void TestFormCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = qEnvironmentVariable("KAKANAI_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "KAKANAI_CLI must name the built kakanai-cli");
    m_card = qEnvironmentVariable("KAKANAI_SOURCE_DIR") + QStringLiteral("/tests/print/data/card-hanako.json");
    QVERIFY(QFileInfo::exists(m_card));
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
}

void TestFormCli::fillPrintsFieldsAndWritesPdf()
{
    const QString pdf = m_dir.filePath(QStringLiteral("jumin.pdf"));
    const Run r = cli({QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--form"), QStringLiteral("jumin-ido"),
                       QStringLiteral("--card"), m_card, QStringLiteral("--today"), QStringLiteral("2024-04-01"),
                       QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("forms")).toArray().size(), 1);
    QCOMPARE(root.value(QStringLiteral("ready")).toBool(true), false); // phone, move date … still missing

    const QJsonObject name = field(root, QStringLiteral("jumin-ido"), QStringLiteral("name"));
    QCOMPARE(name.value(QStringLiteral("value")).toString(), QStringLiteral("数字　花子"));
    QCOMPARE(name.value(QStringLiteral("source")).toString(), QStringLiteral("card"));
    QCOMPARE(name.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    const QJsonObject birth = field(root, QStringLiteral("jumin-ido"), QStringLiteral("birthDate"));
    QCOMPARE(birth.value(QStringLiteral("value")).toString(), QStringLiteral("1989-01-08"));
    QCOMPARE(birth.value(QStringLiteral("display")).toString(), QStringLiteral("平成元年1月8日"));
    QCOMPARE(field(root, QStringLiteral("jumin-ido"), QStringLiteral("sex")).value(QStringLiteral("display")).toString(),
             QStringLiteral("女"));
    QCOMPARE(field(root, QStringLiteral("jumin-ido"), QStringLiteral("notifier")).value(QStringLiteral("source")).toString(),
             QStringLiteral("default"));
    const QJsonObject phone = field(root, QStringLiteral("jumin-ido"), QStringLiteral("phone"));
    QCOMPARE(phone.value(QStringLiteral("state")).toString(), QStringLiteral("missing"));
    QCOMPARE(phone.value(QStringLiteral("source")).toString(), QStringLiteral("none"));

    const QString text = compact(pdfText(pdf));
    QVERIFY2(text.contains(QStringLiteral("住民異動届")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("数字花子")));
    QVERIFY(text.contains(QStringLiteral("東京都千代田区霞が関２－１－２")));
    QVERIFY(text.contains(QStringLiteral("平成元年1月8日")));
    QVERIFY(text.contains(QStringLiteral("署名")));
    QVERIFY(text.contains(QStringLiteral("「ご本人記入」")));
}

void TestFormCli::individualNumberIsMaskedInJsonOnly()
{
    const QString pdf = m_dir.filePath(QStringLiteral("child.pdf"));
    const Run r = cli({QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--form"), QStringLiteral("child-allowance"),
                       QStringLiteral("--form"), QStringLiteral("jumin-ido"), QStringLiteral("--card"), m_card,
                       QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("123456789018")));
    QVERIFY(!r.err.contains(QStringLiteral("123456789018")));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("forms")).toArray().size(), 2);
    const QJsonObject number = field(root, QStringLiteral("child-allowance"), QStringLiteral("claimantIndividualNumber"));
    QCOMPARE(number.value(QStringLiteral("source")).toString(), QStringLiteral("card"));
    QCOMPARE(number.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    QVERIFY(number.value(QStringLiteral("value")).toString().contains(QStringLiteral("●")));

    const QString text = compact(pdfText(pdf));
    QVERIFY(text.contains(QStringLiteral("123456789018"))); // on the paper, in its boxes
    QVERIFY(text.contains(QStringLiteral("児童手当認定請求書")));
    QVERIFY(text.contains(QStringLiteral("住民異動届")));
}

void TestFormCli::preRegistrationAndFactsFillFields()
{
    const QString prereg = writeFile(QStringLiteral("prereg.json"),
                                     R"({"prereg.nameKana":"スウジ　ハナコ","phone":"090-1234-5678"})");
    QVERIFY(!prereg.isEmpty());
    const Run r = cli({QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--form"), QStringLiteral("jumin-ido"),
                       QStringLiteral("--card"), m_card, QStringLiteral("--prereg"), prereg, QStringLiteral("--fact"),
                       QStringLiteral("moveDate=2024-03-25"), QStringLiteral("--set"), QStringLiteral("kind=tennyu"),
                       QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject phone = field(root, QStringLiteral("jumin-ido"), QStringLiteral("phone"));
    QCOMPARE(phone.value(QStringLiteral("source")).toString(), QStringLiteral("prereg"));
    QCOMPARE(phone.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    QCOMPARE(field(root, QStringLiteral("jumin-ido"), QStringLiteral("nameKana")).value(QStringLiteral("source")).toString(),
             QStringLiteral("prereg"));
    const QJsonObject move = field(root, QStringLiteral("jumin-ido"), QStringLiteral("moveDate"));
    QCOMPARE(move.value(QStringLiteral("display")).toString(), QStringLiteral("令和6年3月25日"));
    QCOMPARE(move.value(QStringLiteral("source")).toString(), QStringLiteral("visit"));
    const QJsonObject kind = field(root, QStringLiteral("jumin-ido"), QStringLiteral("kind"));
    QCOMPARE(kind.value(QStringLiteral("display")).toString(), QStringLiteral("転入"));
    QCOMPARE(kind.value(QStringLiteral("source")).toString(), QStringLiteral("clerk"));

    const Run unknownField = cli({QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--form"),
                                  QStringLiteral("jumin-ido"), QStringLiteral("--card"), m_card, QStringLiteral("--set"),
                                  QStringLiteral("noSuchField=1")});
    QCOMPARE(unknownField.exitCode, 6);
    QVERIFY(unknownField.err.contains(QStringLiteral("noSuchField")));
}

void TestFormCli::runsWithoutDisplaySetting()
{
    // A server or a script has no display: the CLI picks the offscreen platform itself.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString pdf = m_dir.filePath(QStringLiteral("headless.pdf"));
    const Run r = cli({QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--form"), QStringLiteral("inkan-certificate"),
                       QStringLiteral("--card"), m_card, QStringLiteral("--pdf"), pdf},
                      env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("inkan-certificate")));
    QVERIFY(compact(pdfText(pdf)).contains(QStringLiteral("印鑑登録証明書交付申請書")));
}

void TestFormCli::badCardIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{\"name\": \"数字") << QStringLiteral("not a JSON object");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("no birth date") << QByteArray(R"({"name":"数字　花子","address":"東京都","sex":"2"})")
                                   << QStringLiteral("\"birthDate\"");
    QTest::newRow("bad birth date") << QByteArray(R"({"name":"数字　花子","address":"東京都","birthDate":"1989-13-40","sex":"2"})")
                                    << QStringLiteral("\"birthDate\"");
    QTest::newRow("bad sex") << QByteArray(R"({"name":"数字　花子","address":"東京都","birthDate":"1989-01-08","sex":"x"})")
                             << QStringLiteral("\"sex\"");
    QTest::newRow("bad number")
        << QByteArray(R"({"name":"数字　花子","address":"東京都","birthDate":"1989-01-08","sex":"2","individualNumber":"123456789012"})")
        << QStringLiteral("\"individualNumber\"");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("could not be read");
    QTest::newRow("NUL in the name") << QByteArray(R"({"name":"数字\u0000花子","address":"東京都","birthDate":"1989-01-08","sex":"2"})")
                                     << QStringLiteral("\"name\"");
    QTest::newRow("escape in the address")
        << QByteArray(R"({"name":"数字　花子","address":"東京都\u001b[2J","birthDate":"1989-01-08","sex":"2"})")
        << QStringLiteral("\"address\"");
}

void TestFormCli::badCardIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString card = content.isEmpty() ? m_dir.filePath(QStringLiteral("no-such-card.json"))
                                           : writeFile(QStringLiteral("bad-card.json"), content);
    QVERIFY(!card.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
    const Run r = cli({QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--form"), QStringLiteral("jumin-ido"),
                       QStringLiteral("--card"), card, QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("kakanai-cli: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("123456789012")));
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestFormCli::unknownFormIsRefused()
{
    const QString pdf = m_dir.filePath(QStringLiteral("unknown.pdf"));
    const Run r = cli({QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--form"), QStringLiteral("no-such-form"),
                       QStringLiteral("--card"), m_card, QStringLiteral("--pdf"), pdf});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(QStringLiteral("no-such-form")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(pdf));

    const Run usage = cli({QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--card"), m_card});
    QCOMPARE(usage.exitCode, 1);
    QVERIFY(usage.err.contains(QStringLiteral("--form ID")));
}

// Issue 10, item 4: the individual number once went through --set, into
// /proc/PID/cmdline and the shell history. Now the command line refuses it,
// naming the option and key but never the digits, and writes nothing.
void TestFormCli::numberOnCommandLineIsRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");

    const QString form = QStringLiteral("--form");
    QTest::newRow("--set on a number field")
        << QStringList{form, QStringLiteral("child-allowance"), QStringLiteral("--set"),
                       QStringLiteral("spouseIndividualNumber=987654321093")}
        << QStringLiteral("--set spouseIndividualNumber");
    QTest::newRow("--set a number in free text, spaced")
        << QStringList{form, QStringLiteral("jumin-ido"), QStringLiteral("--set"),
                       QStringLiteral("relationship=番号 9876 5432 1093")}
        << QStringLiteral("--set relationship");
    QTest::newRow("--fact with full-width digits")
        << QStringList{form, QStringLiteral("jumin-ido"), QStringLiteral("--fact"),
                       QStringLiteral("newAddress=９８７６５４３２１０９３")}
        << QStringLiteral("--fact newAddress");
    QTest::newRow("--set a number field left empty is no number, but the field still is")
        << QStringList{form, QStringLiteral("child-allowance"), QStringLiteral("--set"), QStringLiteral("spouseIndividualNumber=")}
        << QStringLiteral("--set spouseIndividualNumber");
}

void TestFormCli::numberOnCommandLineIsRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
    QFile::remove(pdf);
    const Run r = cli(QStringList{QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--card"), m_card,
                                  QStringLiteral("--pdf"), pdf, QStringLiteral("--json")}
                      + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--values")), qPrintable(r.err));
    for (const QString &digits : {QStringLiteral("987654321093"), QStringLiteral("9876"), QStringLiteral("９８７６")}) {
        QVERIFY2(!r.err.contains(digits), qPrintable(r.err));
        QVERIFY(!r.out.contains(digits));
    }
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(pdf));
}

// The way that does not leave the number in the process list: a file, or
// standard input.
void TestFormCli::valuesFileCarriesTheNumber_data()
{
    QTest::addColumn<bool>("viaStdin");
    QTest::newRow("file") << false;
    QTest::newRow("standard input") << true;
}

void TestFormCli::valuesFileCarriesTheNumber()
{
    QFETCH(bool, viaStdin);
    const QByteArray values = R"({"facts":{"moveDate":"2024-03-25"},"fields":{"spouseIndividualNumber":"9876 5432 1093"}})";
    const QString pdf = m_dir.filePath(QStringLiteral("values.pdf"));
    QStringList args{QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--form"), QStringLiteral("child-allowance"),
                     QStringLiteral("--form"), QStringLiteral("jumin-ido"), QStringLiteral("--card"), m_card,
                     QStringLiteral("--pdf"), pdf, QStringLiteral("--json"), QStringLiteral("--values")};
    Run r;
    if (viaStdin) {
        QProcess p;
        p.start(m_cli, QStringList{QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("kakanai.ini")),
                                   QStringLiteral("--lang"), QStringLiteral("en")}
                           + args + QStringList{QStringLiteral("-")});
        QVERIFY(p.waitForStarted());
        p.write(values);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
    } else {
        const QString file = writeFile(QStringLiteral("values.json"), values);
        QVERIFY(!file.isEmpty());
        r = cli(args + QStringList{file});
    }
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("987654321093")));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject spouse = field(root, QStringLiteral("child-allowance"), QStringLiteral("spouseIndividualNumber"));
    QCOMPARE(spouse.value(QStringLiteral("source")).toString(), QStringLiteral("clerk"));
    QCOMPARE(spouse.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    QCOMPARE(field(root, QStringLiteral("jumin-ido"), QStringLiteral("moveDate")).value(QStringLiteral("display")).toString(),
             QStringLiteral("令和6年3月25日"));
    QVERIFY(pdfText(pdf).remove(QLatin1Char(' ')).contains(QStringLiteral("987654321093"))); // on the paper only

    const QString broken = writeFile(QStringLiteral("broken-values.json"), R"({"fields":{"spouseIndividualNumber":987654321093}})");
    const Run bad = cli(QStringList{QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--form"),
                                    QStringLiteral("child-allowance"), QStringLiteral("--card"), m_card,
                                    QStringLiteral("--values"), broken});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("spouseIndividualNumber")), qPrintable(bad.err));
    QVERIFY(!bad.err.contains(QStringLiteral("987654321093")));
}

// Issue 10, item 5: the PDF shows the individual number. At umask 000, over
// an older file open to everyone, it is still written 0600.
void TestFormCli::pdfIsPrivateAtUmask000()
{
    const auto modeOf = [](const QString &file) {
        struct stat st = {};
        return ::stat(QFile::encodeName(file).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    };
    const mode_t oldUmask = ::umask(0);
    const auto restore = qScopeGuard([oldUmask] { ::umask(oldUmask); });
    const QString pdf = m_dir.filePath(QStringLiteral("open-to-all.pdf"));
    {
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
    }
    QCOMPARE(modeOf(pdf), 0666);
    const Run r = cli({QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--form"), QStringLiteral("child-allowance"),
                       QStringLiteral("--card"), m_card, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(modeOf(pdf), 0600);
    QVERIFY(pdfText(pdf).remove(QLatin1Char(' ')).contains(QStringLiteral("123456789018")));
}

QTEST_MAIN(TestFormCli)
#include "tst_form_cli.moc"
