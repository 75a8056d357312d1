// Issue 10, item 5: files and folders with personal data followed the umask
// (0644 at 022, 0666 and a 0777 folder at 000). This test runs at umask 000,
// the worst case, without the umask main() sets, so the library itself must
// make the database, its WAL, backups and folders private.
#include "common/PrivateFiles.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kakanai;

namespace {
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}
} // namespace

class TestPrivateFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void makePathMakesOnlyNewFoldersPrivate();
    void newDatabaseAndItsWalArePrivate();
    void backupIsPrivate();
    void restrictFileTightensAnOpenFile();

private:
    QTemporaryDir m_dir;
    mode_t m_oldUmask = 0;
};

void TestPrivateFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_oldUmask = ::umask(0);
    // The test's own premise: at umask 000 a plain new file is world-writable.
    QFile probe(m_dir.filePath(QStringLiteral("probe")));
    QVERIFY(probe.open(QIODevice::WriteOnly));
    probe.close();
    QCOMPARE(modeOf(probe.fileName()), 0666);
}

void TestPrivateFiles::cleanupTestCase()
{
    ::umask(m_oldUmask);
}

void TestPrivateFiles::makePathMakesOnlyNewFoldersPrivate()
{
    const QString shared = m_dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkdir(shared));
    QVERIFY(QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const int sharedMode = modeOf(shared);
    QVERIFY(PrivateFiles::makePath(shared + QStringLiteral("/a/b/c")));
    for (const QString &folder : {QStringLiteral("/a"), QStringLiteral("/a/b"), QStringLiteral("/a/b/c")})
        QCOMPARE(modeOf(shared + folder), 0700);
    QCOMPARE(modeOf(shared), sharedMode); // not ours to change
    QVERIFY(PrivateFiles::makePath(shared + QStringLiteral("/a/b/c"))); // already there: fine
    QVERIFY(!PrivateFiles::makePath(m_dir.filePath(QStringLiteral("probe/under-a-file"))));
}

void TestPrivateFiles::newDatabaseAndItsWalArePrivate()
{
    DatabaseOptions options;
    options.path = m_dir.filePath(QStringLiteral("data/kakanai/k.sqlite"));
    auto db = Database::open(options);
    QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
    QVERIFY((*db)->wasCreated());
    {
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE probe(x)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO probe VALUES (1)")));
    }
    QCOMPARE(modeOf(options.path), 0600);
    QVERIFY(QFile::exists(options.path + QStringLiteral("-wal")));
    QCOMPARE(modeOf(options.path + QStringLiteral("-wal")), 0600);
    QCOMPARE(modeOf(options.path + QStringLiteral("-shm")), 0600);
    QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("data"))), 0700);
    QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("data/kakanai"))), 0700);
    QVERIFY(PrivateFiles::isOwnerOnly(options.path));
}

void TestPrivateFiles::backupIsPrivate()
{
    DatabaseOptions options;
    options.path = m_dir.filePath(QStringLiteral("backup-source.sqlite"));
    auto db = Database::open(options);
    QVERIFY(db);
    const QString target = m_dir.filePath(QStringLiteral("backups/2026/k.sqlite"));
    const auto written = (*db)->backupTo(target);
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    QCOMPARE(modeOf(target), 0600);
    QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("backups"))), 0700);
}

void TestPrivateFiles::restrictFileTightensAnOpenFile()
{
    QFile file(m_dir.filePath(QStringLiteral("open.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(modeOf(file.fileName()), 0666);
    QVERIFY(PrivateFiles::restrictFile(file));
    QCOMPARE(modeOf(file.fileName()), 0600);
    QVERIFY(!PrivateFiles::restrictFile(m_dir.filePath(QStringLiteral("missing"))));
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
