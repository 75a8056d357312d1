// Issue 10, item 9: the store on a disk that is already full, on a read-only
// disk, and beside a program that holds the write lock. The disks are real:
// a 2 MiB tmpfs in a private mount namespace (unshare -m, as the card tests'
// pcscd), filled with dd or remounted read-only; the CLI runs on them.
#include "cli/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestStoreFilesystems : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void readCommandsWorkBesideAWriter_data();
    void readCommandsWorkBesideAWriter();
    void writeCommandBesideAWriterIsLocked();
    void fullAndReadOnlyDisks_data();
    void fullAndReadOnlyDisks();

private:
    using Run = kakanai::test::CliRun;
    Run cli(const QStringList &args);

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_settings;
    QString m_db;
    // Each step of the disk script: exit code and standard error.
    QHash<QString, std::pair<int, QString>> m_steps;
};

TestStoreFilesystems::Run TestStoreFilesystems::cli(const QStringList &args)
{
    return kakanai::test::runCli(m_cli, QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--settings"),
                                                    m_settings, QStringLiteral("--db"), m_db}
                                            + args);
}

void TestStoreFilesystems::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = qEnvironmentVariable("KAKANAI_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "KAKANAI_CLI must name the built kakanai-cli");
    m_settings = m_dir.filePath(QStringLiteral("kakanai.ini"));
    m_db = m_dir.filePath(QStringLiteral("k.sqlite"));
    QFile ini(m_settings);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    // A short busy timeout: a command that waits for the lock fails fast.
    ini.write("[security]\nrecordKeyFile=" + m_dir.filePath(QStringLiteral("keys/record.key")).toUtf8()
              + "\n[store]\nbusyTimeoutMs=300\n");
    ini.close();
    QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 0);

    // The disks: one script in its own mount namespace, every step's result kept.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty(), "unshare (util-linux) is needed");
    const QString disk = m_dir.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(disk));
    const QString script = QStringLiteral(R"SH(
set -u
cli=$1 settings=$2 disk=$3 out=$4
mount -t tmpfs -o size=2m,mode=0700 tmpfs "$disk" || { echo "mount failed" >&2; exit 90; }
step() { name=$1; shift; "$cli" --lang en --settings "$settings" "$@" >"$out/$name.out" 2>"$out/$name.err"; echo $? >"$out/$name.rc"; }
step migrate --db "$disk/k.sqlite" db migrate
dd if=/dev/zero of="$disk/fill" bs=64k 2>/dev/null
step full-create --db "$disk/new.sqlite" db migrate
[ -e "$disk/new.sqlite" ] && echo 1 >"$out/full-create-left.rc" || echo 0 >"$out/full-create-left.rc"
printf 'correct horse battery staple 9\n' | step full-write --db "$disk/k.sqlite" staff add c9 --name x --role clerk --password-stdin
rm -f "$disk/fill"
step freed-status --db "$disk/k.sqlite" outbox status
mount -o remount,ro "$disk" || { echo "remount failed" >&2; exit 91; }
step ro-check --db "$disk/k.sqlite" db check
step ro-status --db "$disk/k.sqlite" outbox status
step ro-verify --db "$disk/k.sqlite" audit verify --local
step ro-write --db "$disk/k.sqlite" outbox resend 00000000-0000-4000-8000-000000000000
exit 0
)SH");
    QProcess p;
    p.start(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("--fork"), QStringLiteral("bash"), QStringLiteral("-c"),
                                        script, QStringLiteral("disk-steps"), m_cli, m_settings, disk, m_dir.path()});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, qPrintable(QStringLiteral("the disk script failed (%1): %2 — this test needs root and "
                                                          "mount namespaces, as test.sh has")
                                               .arg(p.exitCode())
                                               .arg(QString::fromUtf8(p.readAllStandardError()))));
    for (const QString &name : {QStringLiteral("migrate"), QStringLiteral("full-create"), QStringLiteral("full-create-left"),
                                QStringLiteral("full-write"), QStringLiteral("freed-status"),
                                QStringLiteral("ro-check"),
                                QStringLiteral("ro-status"), QStringLiteral("ro-verify"), QStringLiteral("ro-write")}) {
        QFile rc(m_dir.filePath(name + QStringLiteral(".rc")));
        QFile err(m_dir.filePath(name + QStringLiteral(".err")));
        QVERIFY2(rc.open(QIODevice::ReadOnly), qPrintable(name));
        const QString errText = err.open(QIODevice::ReadOnly) ? QString::fromUtf8(err.readAll()) : QString();
        m_steps.insert(name, {rc.readAll().trimmed().toInt(), errText});
    }
    QCOMPARE(m_steps.value(QStringLiteral("migrate")).first, 0);
}

// Commands that only read take no write lock: WAL readers do not wait for
// a writer. They once failed with "in use by another program".
void TestStoreFilesystems::readCommandsWorkBesideAWriter_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("expectedOut");
    QTest::newRow("outbox status") << QStringList{QStringLiteral("outbox"), QStringLiteral("status")} << QStringLiteral("Waiting to be sent: 0");
    QTest::newRow("outbox list") << QStringList{QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")} << QStringLiteral("[]");
    QTest::newRow("audit verify") << QStringList{QStringLiteral("audit"), QStringLiteral("verify")} << QStringLiteral("intact");
    QTest::newRow("audit list") << QStringList{QStringLiteral("audit"), QStringLiteral("list")} << QString();
    QTest::newRow("audit verify --local") << QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--local")} << QStringLiteral("intact");
    QTest::newRow("audit list --local") << QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--local")} << QString();
    QTest::newRow("db check") << QStringList{QStringLiteral("db"), QStringLiteral("check")} << QStringLiteral("Integrity: ok");
    QTest::newRow("db backup") << QStringList{QStringLiteral("db"), QStringLiteral("backup"), m_dir.filePath(QStringLiteral("b.sqlite"))}
                               << QStringLiteral("Backup written");
}

void TestStoreFilesystems::readCommandsWorkBesideAWriter()
{
    QFETCH(QStringList, command);
    QFETCH(QString, expectedOut);
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(m_db);
        QVERIFY(writer.open());
        QSqlQuery lock(writer);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const Run r = cli(command);
        QSqlQuery(writer).exec(QStringLiteral("ROLLBACK"));
        writer.close();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(expectedOut), qPrintable(r.out));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

// …while a command that writes still says the store is in use (exit 4).
void TestStoreFilesystems::writeCommandBesideAWriterIsLocked()
{
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(m_db);
        QVERIFY(writer.open());
        QSqlQuery lock(writer);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const Run r = cli({QStringLiteral("outbox"), QStringLiteral("resend"), QStringLiteral("00000000-0000-4000-8000-000000000000")});
        QSqlQuery(writer).exec(QStringLiteral("ROLLBACK"));
        writer.close();
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("in use by another program")), qPrintable(r.err));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

void TestStoreFilesystems::fullAndReadOnlyDisks_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("inError"); // empty: standard error must hold no "kakanai-cli:" line

    const QString full = QStringLiteral("(disk-full:");
    // A full disk was reported as an I/O error ("Check the disk").
    QTest::newRow("full: a new store is refused as disk full") << QStringLiteral("full-create") << 2 << full;
    QTest::newRow("full: …and leaves no half-made file") << QStringLiteral("full-create-left") << 0 << QString();
    QTest::newRow("full: a write is refused as disk full") << QStringLiteral("full-write") << 2 << full;
    QTest::newRow("full: after freeing space all is well") << QStringLiteral("freed-status") << 0 << QString();
    // db check opens read-only, yet failed on a read-only mount.
    QTest::newRow("read-only disk: db check") << QStringLiteral("ro-check") << 0 << QString();
    QTest::newRow("read-only disk: outbox status") << QStringLiteral("ro-status") << 0 << QString();
    QTest::newRow("read-only disk: audit verify --local (the PC's chain)") << QStringLiteral("ro-verify") << 0 << QString();
    QTest::newRow("read-only disk: a write is refused") << QStringLiteral("ro-write") << 2 << QStringLiteral("permission");
}

void TestStoreFilesystems::fullAndReadOnlyDisks()
{
    QFETCH(QString, step);
    QFETCH(int, exitCode);
    QFETCH(QString, inError);
    QVERIFY(m_steps.contains(step));
    const auto [rc, err] = m_steps.value(step);
    QVERIFY2(rc == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(rc).arg(err)));
    if (inError.isEmpty())
        QVERIFY2(!err.contains(QStringLiteral("kakanai-cli:")), qPrintable(err));
    else
        QVERIFY2(err.contains(inError), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestStoreFilesystems)
#include "tst_store_filesystems.moc"
