// RecordCipher and FileKeyProvider: sealed records open only with the right
// key and UUID, tampering is detected, and the key file is private.
#include "outbox/FileKeyProvider.h"
#include "outbox/RecordCipher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kakanai;

namespace {
std::unique_ptr<RecordCipher> cipherWithRandomKey()
{
    auto key = SecretKey::allocate();
    randombytes_buf(key->writableData(), SecretKey::Size);
    key->makeReadOnly();
    return std::make_unique<RecordCipher>(std::move(key));
}
const QString kUuid = QStringLiteral("0b7d3c1e-3d0a-4f6e-9b1a-2f9c8e7d6a51");
} // namespace

class TestRecordCipher : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void freshNonceEveryTime();
    void wrongKeyFails();
    void otherUuidFails();
    void tamperedFails_data();
    void tamperedFails();
    void keyFileCreatedPrivate();
    void keyFileLoadsSameKey();
    void keyFileModeRefused_data();
    void keyFileModeRefused();
    void keyFileWrongSizeRefused();
    void keyFileSymlinkRefused();
    void keyIsReadOnlyAfterLoad();
};

void TestRecordCipher::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("small json") << QByteArrayLiteral("{\"a\":1}");
    QTest::newRow("utf-8") << QStringLiteral("{\"name\":\"山田 太郎\"}").toUtf8();
    QTest::newRow("1 MiB") << QByteArray(1024 * 1024, 'z');
}

void TestRecordCipher::roundTrip()
{
    QFETCH(QByteArray, plain);
    auto cipher = cipherWithRandomKey();
    auto sealed = cipher->encrypt(plain, kUuid);
    QVERIFY(sealed);
    QCOMPARE(sealed->size(), plain.size() + RecordCipher::Overhead);
    QVERIFY(sealed->startsWith("KKR1"));
    if (plain.size() >= 8)
        QVERIFY(!sealed->contains(plain.left(8)));
    auto opened = cipher->decrypt(*sealed, kUuid);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    QCOMPARE(*opened, plain);
}

void TestRecordCipher::freshNonceEveryTime()
{
    auto cipher = cipherWithRandomKey();
    const QByteArray plain = QByteArrayLiteral("{\"same\":true}");
    auto a = cipher->encrypt(plain, kUuid);
    auto b = cipher->encrypt(plain, kUuid);
    QVERIFY(a && b);
    QVERIFY(*a != *b);
    QVERIFY(a->mid(4, 24) != b->mid(4, 24));
}

void TestRecordCipher::wrongKeyFails()
{
    auto cipher = cipherWithRandomKey();
    auto other = cipherWithRandomKey();
    auto sealed = cipher->encrypt(QByteArrayLiteral("secret"), kUuid);
    QVERIFY(sealed);
    auto opened = other->decrypt(*sealed, kUuid);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), ErrorCode::InvalidData);
    QVERIFY(opened.error().message().contains(QStringLiteral("key file")));
    QVERIFY(!opened.error().toString().contains(QStringLiteral("secret")));
}

void TestRecordCipher::otherUuidFails()
{
    auto cipher = cipherWithRandomKey();
    auto sealed = cipher->encrypt(QByteArrayLiteral("secret"), kUuid);
    QVERIFY(sealed);
    // The same bytes copied to another record's row do not open there.
    QVERIFY(!cipher->decrypt(*sealed, QStringLiteral("11111111-2222-4333-8444-555555555555")));
}

void TestRecordCipher::tamperedFails_data()
{
    QTest::addColumn<int>("offset"); // negative: from the end
    QTest::newRow("magic") << 0;
    QTest::newRow("nonce first byte") << 4;
    QTest::newRow("nonce last byte") << 27;
    QTest::newRow("ciphertext") << 30;
    QTest::newRow("tag last byte") << -1;
    QTest::newRow("tag first byte") << -16;
}

void TestRecordCipher::tamperedFails()
{
    QFETCH(int, offset);
    auto cipher = cipherWithRandomKey();
    auto sealed = cipher->encrypt(QByteArrayLiteral("{\"payload\":\"0123456789\"}"), kUuid);
    QVERIFY(sealed);
    QByteArray bad = *sealed;
    const qsizetype at = offset >= 0 ? offset : bad.size() + offset;
    bad[at] = char(bad.at(at) ^ 0x01);
    auto opened = cipher->decrypt(bad, kUuid);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), ErrorCode::InvalidData);
    // Truncated is as bad as changed.
    QVERIFY(!cipher->decrypt(sealed->left(sealed->size() - 1), kUuid));
    QVERIFY(!cipher->decrypt(sealed->left(10), kUuid));
}

void TestRecordCipher::keyFileCreatedPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/record.key"));
    const mode_t old = ::umask(0); // the most permissive umask must not leak into the key file
    FileKeyProvider provider(path);
    auto key = provider.loadOrCreateKey();
    ::umask(old);
    QVERIFY2(key, key ? "" : qPrintable(key.error().toString()));
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QCOMPARE(qint64(st.st_size), qint64(SecretKey::Size));
    // No temporary file left behind.
    QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files), QStringList{QStringLiteral("record.key")});
}

void TestRecordCipher::keyFileLoadsSameKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("record.key"));
    FileKeyProvider first(path);
    auto a = RecordCipher::fromProvider(first);
    QVERIFY(a);
    auto sealed = (*a)->encrypt(QByteArrayLiteral("kept"), kUuid);
    QVERIFY(sealed);
    FileKeyProvider second(path);
    auto b = RecordCipher::fromProvider(second);
    QVERIFY(b);
    auto opened = (*b)->decrypt(*sealed, kUuid);
    QVERIFY(opened);
    QCOMPARE(*opened, QByteArrayLiteral("kept"));
}

void TestRecordCipher::keyFileModeRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("group read") << 0640;
    QTest::newRow("other read") << 0604;
    QTest::newRow("group write") << 0620;
    QTest::newRow("world") << 0666;
}

void TestRecordCipher::keyFileModeRefused()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("record.key"));
    QVERIFY(FileKeyProvider(path).loadOrCreateKey());
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    auto key = FileKeyProvider(path).loadOrCreateKey();
    QVERIFY(!key);
    QCOMPARE(key.error().code(), ErrorCode::PermissionDenied);
    QVERIFY(key.error().message().contains(QStringLiteral("chmod 600")));
    // Nothing was "repaired" behind the administrator's back.
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), mode);
}

void TestRecordCipher::keyFileWrongSizeRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("record.key"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(16, 'k'));
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    auto key = FileKeyProvider(path).loadOrCreateKey();
    QVERIFY(!key);
    QCOMPARE(key.error().code(), ErrorCode::InvalidData);
    QCOMPARE(f.size(), 16); // not overwritten
}

void TestRecordCipher::keyFileSymlinkRefused()
{
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real.key"));
    QVERIFY(FileKeyProvider(real).loadOrCreateKey());
    const QString link = dir.filePath(QStringLiteral("record.key"));
    QVERIFY(QFile::link(real, link));
    auto key = FileKeyProvider(link).loadOrCreateKey();
    QVERIFY(!key);
    QCOMPARE(key.error().code(), ErrorCode::PermissionDenied);
}

void TestRecordCipher::keyIsReadOnlyAfterLoad()
{
    QTemporaryDir dir;
    auto key = FileKeyProvider(dir.filePath(QStringLiteral("record.key"))).loadOrCreateKey();
    QVERIFY(key);
    QVERIFY((*key)->writableData() == nullptr);
    QVERIFY((*key)->data() != nullptr);
}

QTEST_GUILESS_MAIN(TestRecordCipher)
#include "tst_recordcipher.moc"
