// `kakanai-cli qr make | decode | keygen` and `form fill --qr-text/--qr-image`:
// the built binary, round trips through text and PNG, signatures checked
// against [prereg] trustedKeys, bad codes refused with nothing printed, and a
// 転入 filled from the card and the code with no value typed.
#include "cli/CliProcess.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

const QByteArray kFields = R"({"answers":{"children":false},
 "person":{"name":"山田　太郎","kana":"ヤマダ　タロウ","birthDate":"1980-02-17","sex":"1"},
 "facts":{"moveDate":"2026-11-20","newAddress":"埼玉県さいたま市浦和区高砂３－１５－１","postalCode":"330-0063",
          "phone":"090-1234-5678","householder":"山田　太郎","relationship":"世帯主"},
 "household":[{"name":"山田　花子","kana":"ヤマダ　ハナコ","birthDate":"1982-01-03","sex":"2","relationship":"妻"},
              {"name":"山田　一郎","kana":"ヤマダ　イチロウ","birthDate":"2018-04-02","sex":"1","relationship":"子"}],
 "fields":{"jumin-ido":{"moveInBasis":"certificate"}}})";

const QByteArray kCard = R"({"name":"山田　太郎","address":"東京都千代田区霞が関２－１－２","birthDate":"1980-02-17","sex":"1"})";

} // namespace

class TestQrCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void makeAndDecodeRoundTrip_data();
    void makeAndDecodeRoundTrip();
    void badCodeIsRefusedAndPrintsNothing_data();
    void badCodeIsRefusedAndPrintsNothing();
    void badFieldsFileMakesNothing();
    void signedCodeIsVerifiedWithTrustedKey();
    void formFillFromCodeNeedsNoTyping_data();
    void formFillFromCodeNeedsNoTyping();
    void codeOfAnotherPersonIsFlagged();

private:
    using Run = kakanai::test::CliRun;
    Run cli(const QStringList &args, const QString &settings = {});
    QString writeFile(const QString &name, const QByteArray &content);
    QStringList makeSymbols(const QStringList &extra = {}, const QString &settings = {});

    QString m_cli;
    QTemporaryDir m_dir;
    QString m_fields;
    QString m_card;
};

TestQrCli::Run TestQrCli::cli(const QStringList &args, const QString &settings)
{
    return kakanai::test::runCli(m_cli, QStringList{QStringLiteral("--settings"),
                                                    settings.isEmpty() ? m_dir.filePath(QStringLiteral("kakanai.ini"))
                                                                       : settings,
                                                    QStringLiteral("--lang"), QStringLiteral("en")}
                                            + args);
}

QString TestQrCli::writeFile(const QString &name, const QByteArray &content)
{
    return kakanai::test::writeTestFile(m_dir.filePath(name), content);
}

QStringList TestQrCli::makeSymbols(const QStringList &extra, const QString &settings)
{
    const Run r = cli(QStringList{QStringLiteral("qr"), QStringLiteral("make"), QStringLiteral("--event"),
                                  QStringLiteral("tennyu"), QStringLiteral("--fields"), m_fields, QStringLiteral("--text")}
                          + extra,
                      settings);
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    return r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestQrCli::initTestCase()
{
    m_cli = qEnvironmentVariable("KAKANAI_CLI");
    QVERIFY2(QFile::exists(m_cli), "KAKANAI_CLI must name the built kakanai-cli");
    QVERIFY(m_dir.isValid());
    m_fields = writeFile(QStringLiteral("fields.json"), kFields);
    m_card = writeFile(QStringLiteral("card.json"), kCard);
    QVERIFY(!m_fields.isEmpty() && !m_card.isEmpty());
}

void TestQrCli::makeAndDecodeRoundTrip_data()
{
    QTest::addColumn<QString>("via");
    QTest::addColumn<int>("partBytes");
    QTest::newRow("text") << QStringLiteral("text") << 700;
    QTest::newRow("text, lower case (Caps Lock)") << QStringLiteral("lower") << 700;
    QTest::newRow("text, four symbols") << QStringLiteral("text") << 150;
    QTest::newRow("png") << QStringLiteral("png") << 700;
    QTest::newRow("png, four symbols on one sheet") << QStringLiteral("png") << 150;
}

void TestQrCli::makeAndDecodeRoundTrip()
{
    QFETCH(QString, via);
    QFETCH(int, partBytes);
    const QStringList parts{QStringLiteral("--part-bytes"), QString::number(partBytes)};
    QStringList decodeArgs{QStringLiteral("qr"), QStringLiteral("decode"), QStringLiteral("--json")};
    int symbols = 0;
    if (via == u"png") {
        const QString png = m_dir.filePath(QStringLiteral("code-%1.png").arg(partBytes));
        const Run made = cli(QStringList{QStringLiteral("qr"), QStringLiteral("make"), QStringLiteral("--event"),
                                         QStringLiteral("tennyu"), QStringLiteral("--fields"), m_fields,
                                         QStringLiteral("--png"), png}
                             + parts);
        QCOMPARE(made.exitCode, 0);
        QVERIFY(QFile::exists(png));
        decodeArgs << QStringLiteral("--image") << png;
        symbols = int(makeSymbols(parts).size());
    } else {
        const QStringList texts = makeSymbols(parts);
        QVERIFY(!texts.isEmpty());
        symbols = int(texts.size());
        for (const QString &t : texts)
            QVERIFY(t.startsWith(QLatin1String("KKN1")));
        const QString joined = texts.join(QLatin1Char(' '));
        decodeArgs << QStringLiteral("--text") << (via == u"lower" ? joined.toLower() : joined);
    }
    QCOMPARE(symbols > 1, partBytes < 700);
    const Run decoded = cli(decodeArgs);
    QVERIFY2(decoded.exitCode == 0, qPrintable(decoded.err));
    const QJsonObject root = QJsonDocument::fromJson(decoded.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("symbols")).toInt(), symbols);
    QCOMPARE(root.value(QStringLiteral("signature")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("unsigned"));
    const QJsonObject content = root.value(QStringLiteral("content")).toObject();
    // Every value of the fields file came back; forms were taken from the 手続ナビ.
    const QJsonObject given = QJsonDocument::fromJson(kFields).object();
    for (const QString &key : given.keys())
        QCOMPARE(content.value(key), given.value(key));
    QCOMPARE(content.value(QStringLiteral("events")).toArray(), QJsonArray{QStringLiteral("tennyu")});
    QCOMPARE(content.value(QStringLiteral("forms")).toObject().value(QStringLiteral("jumin-ido")).toInt(), 1);
}

void TestQrCli::badCodeIsRefusedAndPrintsNothing_data()
{
    QTest::addColumn<int>("damage");
    QTest::addColumn<QString>("says");
    QTest::newRow("one character changed") << 0 << QStringLiteral("checksum");
    QTest::newRow("a part missing") << 1 << QStringLiteral("part");
    QTest::newRow("newer version") << 2 << QStringLiteral("version");
    QTest::newRow("not a code") << 3 << QStringLiteral("Kakanai");
    QTest::newRow("image without a code") << 4 << QStringLiteral("QR");
}

void TestQrCli::badCodeIsRefusedAndPrintsNothing()
{
    QFETCH(int, damage);
    QFETCH(QString, says);
    QStringList texts = makeSymbols({QStringLiteral("--part-bytes"), QStringLiteral("150")});
    QVERIFY(texts.size() > 1);
    QStringList args{QStringLiteral("qr"), QStringLiteral("decode")};
    switch (damage) {
    case 0: texts[0][30] = texts[0].at(30) == u'A' ? u'B' : u'A'; break;
    case 1: texts.removeAt(1); break;
    case 2: texts[0][3] = u'9'; break;
    case 3: texts = QStringList{QStringLiteral("HELLOWORLD")}; break;
    }
    if (damage == 4) {
        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const QString png = m_dir.filePath(QStringLiteral("blank.png"));
        QVERIFY(blank.save(png));
        args << QStringLiteral("--image") << png;
    } else {
        args << QStringLiteral("--text") << texts.join(QLatin1Char(' '));
    }
    const Run r = cli(args);
    QCOMPARE(r.exitCode, damage == 4 ? 6 : 2); // no code in the image: not found
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(says, Qt::CaseInsensitive), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("山田")));
}

void TestQrCli::badFieldsFileMakesNothing()
{
    const QString bad = writeFile(QStringLiteral("bad-fields.json"),
                                  R"({"facts":{"moveDate":"2026-13-45"},"fields":{"jumin-ido":{"noSuchField":"x"}}})");
    const QString png = m_dir.filePath(QStringLiteral("never.png"));
    const Run r = cli({QStringLiteral("qr"), QStringLiteral("make"), QStringLiteral("--event"), QStringLiteral("tennyu"),
                       QStringLiteral("--fields"), bad, QStringLiteral("--png"), png});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(png));
    QVERIFY(!r.err.isEmpty());
}

void TestQrCli::signedCodeIsVerifiedWithTrustedKey()
{
    const QString keyFile = m_dir.filePath(QStringLiteral("server.key"));
    const Run made = cli({QStringLiteral("qr"), QStringLiteral("keygen"), QStringLiteral("--out"), keyFile,
                          QStringLiteral("--label"), QStringLiteral("urawa-prereg")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(keyFile).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    // Never overwritten.
    QCOMPARE(cli({QStringLiteral("qr"), QStringLiteral("keygen"), QStringLiteral("--out"), keyFile}).exitCode, 1);
    const QString entry = made.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).last().trimmed();
    QVERIFY2(entry.startsWith(QLatin1String("urawa-prereg:")), qPrintable(entry));

    const QStringList signedSymbols = makeSymbols({QStringLiteral("--sign-key"), keyFile});
    QVERIFY(!signedSymbols.isEmpty());
    const QString text = signedSymbols.join(QLatin1Char(' '));
    // Not listed here: read, not verified.
    Run r = cli({QStringLiteral("qr"), QStringLiteral("decode"), QStringLiteral("--text"), text, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject signature = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("signature")).toObject();
    QCOMPARE(signature.value(QStringLiteral("state")).toString(), QStringLiteral("unknown-key"));
    QVERIFY(!signature.value(QStringLiteral("keyId")).toString().isEmpty());

    // Trusted: verified, with the label.
    const QString trusted = writeFile(QStringLiteral("trusted.ini"),
                                      QByteArray("[prereg]\ntrustedKeys=\"") + entry.toUtf8() + "\"\n");
    r = cli({QStringLiteral("qr"), QStringLiteral("decode"), QStringLiteral("--text"), text, QStringLiteral("--json")},
            trusted);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    signature = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("signature")).toObject();
    QCOMPARE(signature.value(QStringLiteral("state")).toString(), QStringLiteral("verified"));
    QCOMPARE(signature.value(QStringLiteral("key")).toString(), QStringLiteral("urawa-prereg"));

    // Someone else's key in the place of the trusted one: a signature that does not match is refused.
    const QString otherKey = m_dir.filePath(QStringLiteral("other.key"));
    const Run other = cli({QStringLiteral("qr"), QStringLiteral("keygen"), QStringLiteral("--out"), otherKey,
                           QStringLiteral("--label"), QStringLiteral("urawa-prereg")});
    QCOMPARE(other.exitCode, 0);
    const QString forged = makeSymbols({QStringLiteral("--sign-key"), otherKey}).join(QLatin1Char(' '));
    r = cli({QStringLiteral("qr"), QStringLiteral("decode"), QStringLiteral("--text"), forged, QStringLiteral("--json")},
            trusted);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("signature")).toObject()
                 .value(QStringLiteral("state")).toString(),
             QStringLiteral("unknown-key")); // another key id: not this office's server
}

void TestQrCli::formFillFromCodeNeedsNoTyping_data()
{
    QTest::addColumn<bool>("image");
    QTest::newRow("--qr-text") << false;
    QTest::newRow("--qr-image") << true;
}

void TestQrCli::formFillFromCodeNeedsNoTyping()
{
    QFETCH(bool, image);
    QStringList args{QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--card"), m_card,
                     QStringLiteral("--today"), QStringLiteral("2026-11-25"), QStringLiteral("--json")};
    if (image) {
        const QString png = m_dir.filePath(QStringLiteral("fill.png"));
        QCOMPARE(cli({QStringLiteral("qr"), QStringLiteral("make"), QStringLiteral("--event"), QStringLiteral("tennyu"),
                      QStringLiteral("--fields"), m_fields, QStringLiteral("--png"), png})
                     .exitCode,
                 0);
        args << QStringLiteral("--qr-image") << png;
    } else {
        args << QStringLiteral("--qr-text") << makeSymbols().join(QLatin1Char(' '));
    }
    const Run r = cli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(root.value(QStringLiteral("ready")).toBool());
    QCOMPARE(root.value(QStringLiteral("clerkEntered")).toInt(), 0);
    const QJsonObject qr = root.value(QStringLiteral("qr")).toObject();
    QCOMPARE(qr.value(QStringLiteral("otherPerson")).toBool(), false);
    QVERIFY(qr.value(QStringLiteral("cardDifferences")).toArray().isEmpty());
    const QJsonArray forms = root.value(QStringLiteral("forms")).toArray();
    QCOMPARE(forms.size(), 1);
    for (const QJsonValue &f : forms.first().toObject().value(QStringLiteral("fields")).toArray()) {
        const QJsonObject field = f.toObject();
        const QString id = field.value(QStringLiteral("id")).toString();
        if (id == u"newAddress" || id == u"moveInBasis" || id == u"householdMembers" || id == u"nameKana")
            QCOMPARE(field.value(QStringLiteral("source")).toString(), QStringLiteral("prereg"));
        if (id == u"name")
            QCOMPARE(field.value(QStringLiteral("source")).toString(), QStringLiteral("card"));
    }
}

void TestQrCli::codeOfAnotherPersonIsFlagged()
{
    const QString card = writeFile(QStringLiteral("other-card.json"),
                                   R"({"name":"鈴木　一郎","address":"東京都千代田区霞が関２－１－２","birthDate":"1975-05-05","sex":"1"})");
    const Run r = cli({QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--card"), card,
                       QStringLiteral("--qr-text"), makeSymbols().join(QLatin1Char(' ')), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject qr = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("qr")).toObject();
    QVERIFY(qr.value(QStringLiteral("otherPerson")).toBool());
    QCOMPARE(qr.value(QStringLiteral("cardDifferences")).toArray().size(), 2);
    QVERIFY2(r.err.contains(QStringLiteral("another person")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("鈴木")) && !r.err.contains(QStringLiteral("山田")));
}

QTEST_GUILESS_MAIN(TestQrCli)
#include "tst_qr_cli.moc"
