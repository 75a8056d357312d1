// kakanai-cli as scripts see it: exit codes, output, and that it carries no GUI.
#include "store/Migrator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void printsVersion();
    void unknownCommandIsUsageError();
    void checkOnMissingDatabase();
    void migrateThenCheck();
    void checkJson();
    void backupWritesUsableCopy();
    void checkReportsCorruption();
    void checkReportsNewerSchema();
    void linksNoGuiLibraries();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args);
    QTemporaryDir m_home;
    QString m_cli;
};

void TestCli::initTestCase()
{
    m_cli = qEnvironmentVariable("KAKANAI_CLI");
    QVERIFY2(QFile::exists(m_cli), "KAKANAI_CLI must point at the built kakanai-cli");
}

TestCli::Run TestCli::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Its own HOME/XDG dirs: the test never touches the user's real database.
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.start(m_cli, QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::printsVersion()
{
    const Run r = cli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("kakanai-cli " KAKANAI_VERSION));
}

void TestCli::unknownCommandIsUsageError()
{
    const Run r = cli({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("Usage")));
}

void TestCli::checkOnMissingDatabase()
{
    const QString path = m_home.filePath(QStringLiteral("none.sqlite"));
    const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.err.contains(QStringLiteral("no database file")));
    QVERIFY(!QFile::exists(path));
}

void TestCli::migrateThenCheck()
{
    const QString path = m_home.filePath(QStringLiteral("a.sqlite"));
    Run r = cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("migrate")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("schema %1").arg(kakanai::Migrator::latestVersion())));
    r = cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Integrity: ok")));
}

void TestCli::checkJson()
{
    const QString path = m_home.filePath(QStringLiteral("j.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 0);
    const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), o.value(QStringLiteral("latestSchemaVersion")).toInt());
    QVERIFY(o.value(QStringLiteral("schemaVersion")).toInt() >= 2);
}

void TestCli::backupWritesUsableCopy()
{
    const QString path = m_home.filePath(QStringLiteral("b.sqlite"));
    const QString copy = m_home.filePath(QStringLiteral("backup/b-copy.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 0);
    Run r = cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("backup"), copy});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(copy));
    r = cli({QStringLiteral("--db"), copy, QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(r.exitCode, 0);
    // A second backup to the same name is refused, the first copy kept.
    r = cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("backup"), copy});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("already exists")));
}

void TestCli::checkReportsCorruption()
{
    const QString path = m_home.filePath(QStringLiteral("c.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\x7f'));
    f.close();
    const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QStringLiteral("damaged")));
    QCOMPARE(QFileInfo(path).size(), 4096);
}

void TestCli::checkReportsNewerSchema()
{
    const QString path = m_home.filePath(QStringLiteral("n.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 42")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    Run r = cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.out.contains(QStringLiteral("Schema: 42")));
    r = cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("migrate")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.err.contains(QStringLiteral("newer version")));
}

void TestCli::linksNoGuiLibraries()
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {m_cli});
    QVERIFY(ldd.waitForFinished(30000));
    const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
    QVERIFY2(libs.contains(QStringLiteral("libQt6Core")), qPrintable(libs));
    // QtGui is allowed since `form fill` renders PDFs (kakanai_print); the widget toolkit is not.
    QVERIFY2(!libs.contains(QStringLiteral("libQt6Widgets")), "kakanai-cli must not load QtWidgets");
    QVERIFY2(!libs.contains(QStringLiteral("libQt6PrintSupport")), "kakanai-cli must not load QtPrintSupport");
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
