// kakanai-cli outbox export-csv: the built program, its output and exit codes.
#include "../outbox/OutboxTestSupport.h"
#include "VisitRecords.h"

#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kakanai::test;

class TestOutboxExportCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void exportsEachKind_data();
    void exportsEachKind();
    void cp932RefusesUnencodableAndWritesNothing();
    void mappingFileOverride();
    void brokenAndMissingMapping();
    void usageErrors_data();
    void usageErrors();
    void dateRange();
    void filesArePrivateAtUmask000();

private:
    QStringList base() const;
    CliRun cli(const QStringList &args) { return runCli(m_dir->path(), base() + args); }
    QString enqueue(const QJsonObject &record);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QByteArray read(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOutboxExportCli::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("KAKANAI_CLI")), "KAKANAI_CLI must point at kakanai-cli");
}

void TestOutboxExportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QFile ini(path(QStringLiteral("kakanai.ini")));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write(QStringLiteral("[security]\nrecordKeyFile=%1\n").arg(path(QStringLiteral("keys/record.key"))).toUtf8());
    ini.close();
    QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 0);
}

QStringList TestOutboxExportCli::base() const
{
    return {QStringLiteral("--settings"), path(QStringLiteral("kakanai.ini")), QStringLiteral("--db"), path(QStringLiteral("k.sqlite"))};
}

QByteArray TestOutboxExportCli::read(const QString &name) const
{
    QFile f(path(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString TestOutboxExportCli::enqueue(const QJsonObject &record)
{
    const QString id = record.value(QStringLiteral("id")).toString();
    const QString file = path(id + QStringLiteral(".json"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(toJson(record));
    f.close();
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), file});
    return r.exitCode == 0 ? id : QString();
}

void TestOutboxExportCli::exportsEachKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedHeaderStart");
    QTest::addColumn<QString>("expectedInRow");
    QTest::newRow("ido") << QStringLiteral("ido") << QStringLiteral("受付番号,受付日,端末,受付職員,届出日,異動事由") << QStringLiteral(",転入,20190501,");
    QTest::newRow("kofu") << QStringLiteral("kofu") << QStringLiteral("受付番号,受付日,端末,申請書種別") << QStringLiteral(",inkan-certificate,");
    QTest::newRow("kenmen") << QStringLiteral("kenmen") << QStringLiteral("受付番号,読取日,端末,氏名") << QStringLiteral(",山田　花子,");
}

void TestOutboxExportCli::exportsEachKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedHeaderStart);
    QFETCH(QString, expectedInRow);
    QJsonObject record = idoRecord(newUuid(), QStringLiteral("山田　花子"), QStringLiteral("東京都千代田区"));
    QJsonArray forms = record.value(QStringLiteral("forms")).toArray();
    forms.append(form(QStringLiteral("inkan-certificate"), {field(QStringLiteral("copies"), 1)}));
    record.insert(QStringLiteral("forms"), forms);
    const QString id = enqueue(record);
    QVERIFY(!id.isEmpty());

    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("export-csv"), QStringLiteral("--kind"), kind,
                          QStringLiteral("--out"), path(QStringLiteral("out.csv"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Wrote 1 row")), qPrintable(r.out));
    const QString text = QString::fromUtf8(read(QStringLiteral("out.csv")));
    QVERIFY2(text.startsWith(expectedHeaderStart), qPrintable(text.left(80)));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 3); // header, row, "" after the last CRLF
    QVERIFY(lines.at(1).startsWith(id + QLatin1Char(',')));
    QVERIFY2(lines.at(1).contains(expectedInRow), qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).isEmpty());

    // The export is in the audit log: who (the CLI), what kind, how many rows.
    const CliRun audit = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--local")});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
    QVERIFY2(audit.out.contains(QStringLiteral("export-csv")) && audit.out.contains(kind)
                 && audit.out.contains(QStringLiteral("rows=1")),
             qPrintable(audit.out));
}

void TestOutboxExportCli::cp932RefusesUnencodableAndWritesNothing()
{
    const QString good = enqueue(idoRecord(newUuid(), QStringLiteral("髙橋　一郎"), QStringLiteral("東京都")));
    QVERIFY(!good.isEmpty());
    CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("export-csv"), QStringLiteral("--kind"), QStringLiteral("ido"),
                    QStringLiteral("--encoding"), QStringLiteral("cp932"), QStringLiteral("--out"), path(QStringLiteral("sjis.csv"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(read(QStringLiteral("sjis.csv")).contains(QByteArray("\x93\x8C\x8B\x9E\x93\x73", 6))); // 東京都 in CP932

    const QString bad = enqueue(idoRecord(newUuid(), QStringLiteral("𠮷田　花子"), QStringLiteral("大阪府")));
    QVERIFY(!bad.isEmpty());
    r = cli({QStringLiteral("outbox"), QStringLiteral("export-csv"), QStringLiteral("--kind"), QStringLiteral("ido"),
             QStringLiteral("--encoding"), QStringLiteral("cp932"), QStringLiteral("--out"), path(QStringLiteral("bad.csv"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("𠮷 (U+20BB7)")), qPrintable(r.err));
    QVERIFY(r.err.contains(bad));
    QVERIFY(!r.err.contains(QStringLiteral("花子")));
    QVERIFY(!QFile::exists(path(QStringLiteral("bad.csv"))));

    r = cli({QStringLiteral("outbox"), QStringLiteral("export-csv"), QStringLiteral("--kind"), QStringLiteral("ido"),
             QStringLiteral("--encoding"), QStringLiteral("utf-8-bom"), QStringLiteral("--out"), path(QStringLiteral("bom.csv"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(read(QStringLiteral("bom.csv")).startsWith("\xEF\xBB\xBF受付番号"));
}

void TestOutboxExportCli::mappingFileOverride()
{
    const QString id = enqueue(idoRecord(newUuid(), QStringLiteral("山田　花子"), QStringLiteral("東京都")));
    QVERIFY(!id.isEmpty());
    QFile m(path(QStringLiteral("mapping.json")));
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(R"({"schema": "kakanai.csv-mapping/1", "kinds": {"ido": {"rowPer": "form", "forms": ["jumin-ido"],
        "columns": [{"header": "自治体コード", "from": "const:131016"}, {"header": "氏名", "from": "field:name"},
                    {"header": "異動日", "from": "field:moveDate", "format": "wareki"}]}}})");
    m.close();
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("export-csv"), QStringLiteral("--kind"), QStringLiteral("ido"),
                          QStringLiteral("--mapping"), m.fileName(), QStringLiteral("--out"), path(QStringLiteral("o.csv"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QString::fromUtf8(read(QStringLiteral("o.csv"))),
             QStringLiteral("自治体コード,氏名,異動日\r\n131016,山田　花子,令和元年5月1日\r\n"));

    // The mapping has no kofu.
    const CliRun k = cli({QStringLiteral("outbox"), QStringLiteral("export-csv"), QStringLiteral("--kind"), QStringLiteral("kofu"),
                          QStringLiteral("--mapping"), m.fileName(), QStringLiteral("--out"), path(QStringLiteral("k.csv"))});
    QCOMPARE(k.exitCode, 2);
    QVERIFY(k.err.contains(QStringLiteral("kofu")));
}

void TestOutboxExportCli::brokenAndMissingMapping()
{
    QFile m(path(QStringLiteral("broken.json")));
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(R"({"schema": "kakanai.csv-mapping/1", "kinds": {"ido": {"rowPer": "form", "forms": ["jumin-ido"],
        "columns": [{"header": "a", "from": "field:name", "format": "kanji"}]}}})");
    m.close();
    CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("export-csv"), QStringLiteral("--kind"), QStringLiteral("ido"),
                    QStringLiteral("--mapping"), m.fileName(), QStringLiteral("--out"), path(QStringLiteral("x.csv"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("broken.json")) && r.err.contains(QStringLiteral("kinds.ido.columns[0].format")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));

    r = cli({QStringLiteral("outbox"), QStringLiteral("export-csv"), QStringLiteral("--kind"), QStringLiteral("ido"),
             QStringLiteral("--mapping"), path(QStringLiteral("none.json")), QStringLiteral("--out"), path(QStringLiteral("x.csv"))});
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.err.contains(QStringLiteral("none.json")));
}

void TestOutboxExportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no kind") << QStringList{QStringLiteral("--out"), QStringLiteral("a.csv")};
    QTest::newRow("no out") << QStringList{QStringLiteral("--kind"), QStringLiteral("ido")};
    QTest::newRow("bad kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("tenshutsu"), QStringLiteral("--out"), QStringLiteral("a.csv")};
    QTest::newRow("bad encoding") << QStringList{QStringLiteral("--kind"), QStringLiteral("ido"), QStringLiteral("--out"),
                                                 QStringLiteral("a.csv"), QStringLiteral("--encoding"), QStringLiteral("euc-jp")};
    QTest::newRow("bad date") << QStringList{QStringLiteral("--kind"), QStringLiteral("ido"), QStringLiteral("--out"),
                                             QStringLiteral("a.csv"), QStringLiteral("--from"), QStringLiteral("R6.4.1")};
    QTest::newRow("from after to") << QStringList{QStringLiteral("--kind"), QStringLiteral("ido"), QStringLiteral("--out"),
                                                  QStringLiteral("a.csv"), QStringLiteral("--from"), QStringLiteral("2024-06-02"),
                                                  QStringLiteral("--to"), QStringLiteral("2024-06-01")};
    QTest::newRow("dangling option") << QStringList{QStringLiteral("--kind")};
}

void TestOutboxExportCli::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun r = cli(QStringList{QStringLiteral("outbox"), QStringLiteral("export-csv")} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
}

void TestOutboxExportCli::dateRange()
{
    const QString may = enqueue(idoRecord(newUuid(), QStringLiteral("五月"), QStringLiteral("東京都"), QStringLiteral("2024-05-31T03:00:00.000Z")));
    const QString june = enqueue(idoRecord(newUuid(), QStringLiteral("六月"), QStringLiteral("東京都"), QStringLiteral("2024-06-01T03:00:00.000Z")));
    QVERIFY(!may.isEmpty() && !june.isEmpty());
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("export-csv"), QStringLiteral("--kind"), QStringLiteral("ido"),
                          QStringLiteral("--from"), QStringLiteral("2024-06-01"), QStringLiteral("--to"), QStringLiteral("2024-06-30"),
                          QStringLiteral("--out"), path(QStringLiteral("june.csv"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = QString::fromUtf8(read(QStringLiteral("june.csv")));
    QVERIFY(text.contains(june));
    QVERIFY(!text.contains(may));
}

// Issue 10, item 5: at umask 022 the CSV, the database and the PDF were 0644,
// at umask 000 0666 with a 0777 data folder. Everything the CLI makes with
// personal data is 0600 in 0700 folders, also over an older, open file.
void TestOutboxExportCli::filesArePrivateAtUmask000()
{
    const auto modeOf = [](const QString &file) {
        struct stat st = {};
        return ::stat(QFile::encodeName(file).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    };
    const mode_t oldUmask = ::umask(0);
    const auto restore = qScopeGuard([oldUmask] { ::umask(oldUmask); });

    const QString db = path(QStringLiteral("office/data/k.sqlite"));
    const QStringList settings{QStringLiteral("--settings"), path(QStringLiteral("kakanai.ini")), QStringLiteral("--db"), db};
    QCOMPARE(runCli(m_dir->path(), settings + QStringList{QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 0);
    const QJsonObject record = idoRecord(newUuid(), QStringLiteral("山田　花子"), QStringLiteral("東京都千代田区"));
    const QString file = path(QStringLiteral("record.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(toJson(record));
    }
    QCOMPARE(runCli(m_dir->path(), settings + QStringList{QStringLiteral("outbox"), QStringLiteral("enqueue"), file}).exitCode, 0);

    // An older export of the same name, open to everyone: replaced, and private.
    const QString csv = path(QStringLiteral("ido.csv"));
    {
        QFile old(csv);
        QVERIFY(old.open(QIODevice::WriteOnly));
    }
    QCOMPARE(modeOf(csv), 0666);
    const CliRun exported = runCli(m_dir->path(), settings + QStringList{QStringLiteral("outbox"), QStringLiteral("export-csv"),
                                                                         QStringLiteral("--kind"), QStringLiteral("ido"),
                                                                         QStringLiteral("--out"), csv});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QString backup = path(QStringLiteral("backups/k-backup.sqlite"));
    const CliRun backedUp = runCli(m_dir->path(), settings + QStringList{QStringLiteral("db"), QStringLiteral("backup"), backup});
    QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));

    for (const QString &made : {db, csv, backup, path(QStringLiteral("keys/record.key"))})
        QVERIFY2(modeOf(made) == 0600, qPrintable(QStringLiteral("%1: %2").arg(made).arg(modeOf(made), 0, 8)));
    for (const QString &folder : {path(QStringLiteral("office")), path(QStringLiteral("office/data")), path(QStringLiteral("backups"))})
        QVERIFY2(modeOf(folder) == 0700, qPrintable(QStringLiteral("%1: %2").arg(folder).arg(modeOf(folder), 0, 8)));
}

QTEST_GUILESS_MAIN(TestOutboxExportCli)
#include "tst_outbox_export_cli.moc"
