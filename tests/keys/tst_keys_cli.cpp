// kakanai-cli keys id | rotate | export | import, as an administrator runs
// them (docs/cli.md, "keys …"): the records stay readable across a rotation
// and across a move of the key through an export file; what is refused
// leaves everything as it was.
#include "OutboxTestSupport.h"

#include "common/PrivateFiles.h"
#include "outbox/FileKeyProvider.h"
#include "outbox/RecordCipher.h"
#include "outbox/RecordKeyBinding.h"
#include "outbox/RecordKeyExport.h"
#include "outbox/SecretKey.h"
#include "outbox/UploaderLock.h"
#include "store/Database.h"
#include "store/MetaStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <cstring>

using namespace kakanai;
using namespace kakanai::test;

class TestKeysCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void usage();
    void idShowsTheStoreAndTheKey();
    void rotateKeepsRecordsReadable();
    void rotateRefusedWhileKakanaiRuns();
    void exportMoveImport();
    void exportRefusesOverwriteAndShortPassphrase();
    void importOfAnotherStoresKeyIsRefused();
    void importBesideAnotherKeyIsRefused();

private:
    QString keyPath() const { return m_dir->filePath(QStringLiteral("keys/record.key")); }
    QString dbPath() const { return m_dir->filePath(QStringLiteral("k.sqlite")); }
    QStringList base() const { return {QStringLiteral("--settings"), m_settings, QStringLiteral("--db"), dbPath()}; }
    CliRun cli(const QStringList &args, const QByteArray &stdinBytes = {});
    QString enqueue();
    QString keptId();
    QString fileKeyId(const QString &path);
    QByteArray fileBytes(const QString &path);
    // Every record of the store opened with the key file now in place.
    bool recordsOpen(const QStringList &uuids);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settings;
    static constexpr QByteArrayView kPassphrase = "窓口の鍵をしまう場所 2026";
};

void TestKeysCli::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("KAKANAI_CLI")), "KAKANAI_CLI must point at kakanai-cli");
}

void TestKeysCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = m_dir->filePath(QStringLiteral("kakanai.ini"));
    QFile ini(m_settings);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write(QStringLiteral("[security]\nrecordKeyFile=%1\n[office]\nterminalId=counter-01\n").arg(keyPath()).toUtf8());
    ini.close();
    QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 0);
}

CliRun TestKeysCli::cli(const QStringList &args, const QByteArray &stdinBytes)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(m_dir->path()));
    p.start(qEnvironmentVariable("KAKANAI_CLI"), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + base() + args);
    if (!p.waitForStarted(10000))
        return {-1, {}, QStringLiteral("not started")};
    p.write(stdinBytes);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString TestKeysCli::enqueue()
{
    const QString uuid = newUuid();
    const QString path = m_dir->filePath(uuid + QStringLiteral(".json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(makeRecord(uuid));
    f.close();
    const CliRun r = cli({QStringLiteral("outbox"), QStringLiteral("enqueue"), path});
    if (r.exitCode != 0) {
        qWarning().noquote() << r.err;
        return {};
    }
    return uuid;
}

QString TestKeysCli::keptId()
{
    auto db = Database::open({dbPath(), 5000, Durability::Full});
    if (!db)
        return {};
    auto value = MetaStore(**db).value(RecordKeyBinding::metaKey());
    return value && value->has_value() ? **value : QString();
}

QString TestKeysCli::fileKeyId(const QString &path)
{
    auto key = FileKeyProvider(path).loadKey(MissingKey::Refuse);
    return key ? RecordKeyBinding::keyId(**key) : QString();
}

QByteArray TestKeysCli::fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool TestKeysCli::recordsOpen(const QStringList &uuids)
{
    auto db = Database::open({dbPath(), 5000, Durability::Full});
    if (!db)
        return false;
    FileKeyProvider keys(keyPath());
    auto cipher = RecordKeyBinding::open(**db, keys);
    if (!cipher) {
        qWarning() << cipher.error().toString();
        return false;
    }
    for (const QString &uuid : uuids) {
        QSqlQuery q((*db)->connection());
        q.prepare(QStringLiteral("SELECT payload FROM record WHERE uuid = ?"));
        q.addBindValue(uuid);
        if (!q.exec() || !q.next())
            return false;
        auto opened = (*cipher)->decrypt(q.value(0).toByteArray(), uuid);
        if (!opened || *opened != makeRecord(uuid))
            return false;
    }
    return true;
}

void TestKeysCli::usage()
{
    CliRun r = cli({QStringLiteral("keys")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("keys rotate")));
    r = cli({QStringLiteral("keys"), QStringLiteral("export")});
    QCOMPARE(r.exitCode, 1);
    r = cli({QStringLiteral("keys"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("keys import FILE")));
}

void TestKeysCli::idShowsTheStoreAndTheKey()
{
    CliRun r = cli({QStringLiteral("keys"), QStringLiteral("id")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Store: (no key yet)")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("(missing)")));
    QVERIFY(!QFile::exists(keyPath())); // looking never makes a key

    QVERIFY(!enqueue().isEmpty());
    const QString id = keptId();
    QCOMPARE(fileKeyId(keyPath()), id);
    r = cli({QStringLiteral("keys"), QStringLiteral("id")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(id), 2);
    QVERIFY(r.out.contains(QDir::toNativeSeparators(keyPath())));
    // Never the key itself.
    QVERIFY(!r.out.contains(QString::fromLatin1(fileBytes(keyPath()).toHex())));
    QVERIFY(!r.out.contains(QString::fromLatin1(fileBytes(keyPath()).toBase64())));
}

void TestKeysCli::rotateKeepsRecordsReadable()
{
    const QStringList uuids{enqueue(), enqueue(), enqueue()};
    QVERIFY(!uuids.contains(QString()));
    const QString oldId = keptId();
    const QByteArray oldKey = fileBytes(keyPath());

    const CliRun r = cli({QStringLiteral("keys"), QStringLiteral("rotate")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString newId = keptId();
    QVERIFY(newId != oldId);
    QVERIFY(r.out.contains(oldId) && r.out.contains(newId));
    QVERIFY(r.out.contains(QStringLiteral("records 3")));
    QCOMPARE(fileKeyId(keyPath()), newId);
    QVERIFY(PrivateFiles::isOwnerOnly(keyPath()));
    QVERIFY(!QFile::exists(keyPath() + QStringLiteral(".pending")));
    QVERIFY(recordsOpen(uuids));

    // The old key no longer opens them (and is refused by the store).
    {
        auto key = SecretKey::allocate();
        std::memcpy(key->writableData(), oldKey.constData(), SecretKey::Size);
        key->makeReadOnly();
        RecordCipher old(std::move(key));
        auto db = Database::open({dbPath(), 5000, Durability::Full});
        QVERIFY(db);
        QSqlQuery q((*db)->connection());
        q.prepare(QStringLiteral("SELECT payload FROM record WHERE uuid = ?"));
        q.addBindValue(uuids.first());
        QVERIFY(q.exec() && q.next());
        QVERIFY(!old.decrypt(q.value(0).toByteArray(), uuids.first()));
    }

    // Later commands work with the new key; the audit log says what happened.
    QVERIFY(!enqueue().isEmpty());
    const CliRun audit = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--local")});
    QCOMPARE(audit.exitCode, 0);
    QVERIFY2(audit.out.contains(QStringLiteral("rotate-record-key")), qPrintable(audit.out));
    QVERIFY(audit.out.contains(QStringLiteral("old-key=%1 new-key=%2 records=3 drafts=0").arg(oldId, newId)));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--local")}).exitCode, 0);
}

void TestKeysCli::rotateRefusedWhileKakanaiRuns()
{
    const QString uuid = enqueue();
    const QString id = keptId();
    auto lock = UploaderLock::acquire(dbPath() + QStringLiteral(".uploader.lock"));
    QVERIFY(lock);
    const CliRun r = cli({QStringLiteral("keys"), QStringLiteral("rotate")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains(QStringLiteral("Close Kakanai")));
    QCOMPARE(keptId(), id);
    QCOMPARE(fileKeyId(keyPath()), id);
    QVERIFY(recordsOpen({uuid}));
}

void TestKeysCli::exportMoveImport()
{
    const QStringList uuids{enqueue(), enqueue()};
    QVERIFY(!uuids.contains(QString()));
    const QString id = keptId();
    const QString exported = m_dir->filePath(QStringLiteral("usb/counter-01.key.json"));

    CliRun r = cli({QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"), exported},
                   kPassphrase.toByteArray() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(id));
    QVERIFY(PrivateFiles::isOwnerOnly(exported));

    // The new PC: the database came along, the key did not.
    QVERIFY(QFile::rename(keyPath(), m_dir->filePath(QStringLiteral("old-pc.key"))));
    QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("export-csv"), QStringLiteral("--kind"), QStringLiteral("ido"),
                  QStringLiteral("--out"), m_dir->filePath(QStringLiteral("x.csv"))})
                 .exitCode,
             6);

    r = cli({QStringLiteral("keys"), QStringLiteral("import"), exported}, QByteArray("not the passphrase\n"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("passphrase")), qPrintable(r.err));
    QVERIFY(!QFile::exists(keyPath()));

    r = cli({QStringLiteral("keys"), QStringLiteral("import"), exported}, kPassphrase.toByteArray() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(fileKeyId(keyPath()), id);
    QVERIFY(PrivateFiles::isOwnerOnly(keyPath()));
    QVERIFY(recordsOpen(uuids));

    r = cli({QStringLiteral("keys"), QStringLiteral("import"), exported}, kPassphrase.toByteArray() + '\n');
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("already in place")), qPrintable(r.out));

    const CliRun audit = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--local")});
    QVERIFY(audit.out.contains(QStringLiteral("export-record-key")));
    QCOMPARE(audit.out.count(QStringLiteral("import-record-key")), 1);
    QVERIFY(audit.out.contains(QStringLiteral("key=%1").arg(id)));
}

void TestKeysCli::exportRefusesOverwriteAndShortPassphrase()
{
    QVERIFY(!enqueue().isEmpty());
    const QString exported = m_dir->filePath(QStringLiteral("key.json"));
    QFile f(exported);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    CliRun r = cli({QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"), exported},
                   kPassphrase.toByteArray() + '\n');
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(fileBytes(exported), QByteArray("keep me"));

    const QString other = m_dir->filePath(QStringLiteral("short.json"));
    for (const QByteArray &weak : {QByteArray("\n"), QByteArray(""), QByteArray("elevenchars\n")}) {
        r = cli({QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"), other}, weak);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("at least 12 characters")), qPrintable(r.err));
        QVERIFY(!QFile::exists(other));
    }
    QVERIFY(!cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--local")}).out.contains(QStringLiteral("export-record-key")));
}

void TestKeysCli::importOfAnotherStoresKeyIsRefused()
{
    QVERIFY(!enqueue().isEmpty());
    const QString id = keptId();
    // Another store's key, exported.
    QTemporaryDir otherDir;
    auto otherKey = SecretKey::allocate();
    randombytes_buf(otherKey->writableData(), SecretKey::Size);
    otherKey->makeReadOnly();
    const QString otherId = RecordKeyBinding::keyId(*otherKey);
    const QString exported = otherDir.filePath(QStringLiteral("other.json"));
    QVERIFY(RecordKeyExport::write(exported, *otherKey, kPassphrase));

    QVERIFY(QFile::remove(keyPath())); // this store's key lost
    const CliRun r = cli({QStringLiteral("keys"), QStringLiteral("import"), exported}, kPassphrase.toByteArray() + '\n');
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(id) && r.err.contains(otherId), qPrintable(r.err));
    QVERIFY(!QFile::exists(keyPath()));
    QVERIFY(!cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--local")}).out.contains(QStringLiteral("import-record-key")));
}

void TestKeysCli::importBesideAnotherKeyIsRefused()
{
    // A store that has sealed nothing yet, but a key file is there already.
    auto present = FileKeyProvider(keyPath()).loadOrCreateKey();
    QVERIFY(present);
    const QString presentId = RecordKeyBinding::keyId(**present);
    const QByteArray presentBytes = fileBytes(keyPath());

    QTemporaryDir otherDir;
    auto otherKey = SecretKey::allocate();
    randombytes_buf(otherKey->writableData(), SecretKey::Size);
    otherKey->makeReadOnly();
    const QString exported = otherDir.filePath(QStringLiteral("other.json"));
    QVERIFY(RecordKeyExport::write(exported, *otherKey, kPassphrase));

    const CliRun r = cli({QStringLiteral("keys"), QStringLiteral("import"), exported}, kPassphrase.toByteArray() + '\n');
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Move the current key away first")), qPrintable(r.err));
    QVERIFY(r.err.contains(presentId) && r.err.contains(RecordKeyBinding::keyId(*otherKey)));
    QCOMPARE(fileBytes(keyPath()), presentBytes);
}

QTEST_GUILESS_MAIN(TestKeysCli)
#include "tst_keys_cli.moc"
