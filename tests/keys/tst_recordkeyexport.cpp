// The passphrase-sealed key file (RecordKeyExport, docs/security.md
// "Exporting and importing the key"): it round-trips, says what it is, is
// private, never overwrites, and refuses a short passphrase, a wrong one
// and a changed file.
#include "common/PrivateFiles.h"
#include "outbox/RecordKeyBinding.h"
#include "outbox/RecordKeyExport.h"
#include "outbox/SecretKey.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <cstring>

using namespace kakanai;

class TestRecordKeyExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void roundTrip();
    void wrongPassphraseIsRefused();
    void existingFileIsNeverOverwritten();
    void shortPassphraseIsRefused_data();
    void shortPassphraseIsRefused();
    void changedFileIsRefused_data();
    void changedFileIsRefused();
    void missingFileIsNotFound();

private:
    QString exportPath() const { return m_dir->filePath(QStringLiteral("backup/record-key.json")); }
    QByteArray read(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretKey> m_key;
    // A valid export of m_key with kPassphrase, written once (Argon2id is slow on purpose).
    QByteArray m_valid;
    static constexpr QByteArrayView kPassphrase = "correct horse battery staple";
};

QByteArray TestRecordKeyExport::read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestRecordKeyExport::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
    m_key = SecretKey::allocate();
    QVERIFY(m_key);
    randombytes_buf(m_key->writableData(), SecretKey::Size);
    m_key->makeReadOnly();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("valid.json"));
    auto written = RecordKeyExport::write(path, *m_key, kPassphrase);
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    m_valid = read(path);
    QVERIFY(!m_valid.isEmpty());
}

void TestRecordKeyExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRecordKeyExport::roundTrip()
{
    auto written = RecordKeyExport::write(exportPath(), *m_key, kPassphrase);
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    QVERIFY(PrivateFiles::isOwnerOnly(exportPath()));
    QVERIFY(PrivateFiles::isOwnerOnly(m_dir->filePath(QStringLiteral("backup")))); // the folder it made

    const QByteArray content = read(exportPath());
    const QJsonObject o = QJsonDocument::fromJson(content).object();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("kakanai.record-key/1"));
    QCOMPARE(o.value(QStringLiteral("keyId")).toString(), RecordKeyBinding::keyId(*m_key));
    QCOMPARE(o.value(QStringLiteral("kdf")).toString(), QStringLiteral("argon2id13"));
    QCOMPARE(o.value(QStringLiteral("opslimit")).toInteger(), qint64(crypto_pwhash_OPSLIMIT_MODERATE));
    QCOMPARE(o.value(QStringLiteral("memlimit")).toInteger(), qint64(crypto_pwhash_MEMLIMIT_MODERATE));
    QCOMPARE(QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1()).size(), qsizetype(crypto_pwhash_SALTBYTES));
    QCOMPARE(QByteArray::fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1()).size(), qsizetype(crypto_secretbox_NONCEBYTES));
    QCOMPARE(QByteArray::fromBase64(o.value(QStringLiteral("sealed")).toString().toLatin1()).size(), qsizetype(48));
    // Neither the key nor the passphrase is in the file, in any usual spelling.
    const QByteArray raw(reinterpret_cast<const char *>(m_key->data()), qsizetype(SecretKey::Size));
    QVERIFY(!content.contains(raw));
    QVERIFY(!content.contains(raw.toHex()));
    QVERIFY(!content.contains(raw.toBase64()));
    QVERIFY(!content.contains(kPassphrase.toByteArray()));
    // A fresh salt and nonce each time.
    QVERIFY(content != m_valid);

    auto key = RecordKeyExport::read(exportPath(), kPassphrase);
    QVERIFY2(key, key ? "" : qPrintable(key.error().toString()));
    QCOMPARE(std::memcmp((*key)->data(), m_key->data(), SecretKey::Size), 0);
}

void TestRecordKeyExport::wrongPassphraseIsRefused()
{
    QFile f(exportPath());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("backup"))));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_valid);
    f.close();
    auto key = RecordKeyExport::read(exportPath(), "correct horse battery stapler");
    QVERIFY(!key);
    QCOMPARE(key.error().code(), ErrorCode::PermissionDenied);
    QVERIFY(key.error().message().contains(QLatin1String("passphrase")));
}

void TestRecordKeyExport::existingFileIsNeverOverwritten()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("backup"))));
    QFile f(exportPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("someone else's file");
    f.close();
    auto written = RecordKeyExport::write(exportPath(), *m_key, kPassphrase);
    QVERIFY(!written);
    QCOMPARE(written.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(read(exportPath()), QByteArray("someone else's file"));
}

void TestRecordKeyExport::shortPassphraseIsRefused_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("11 characters") << QByteArray("abcdefghijk") << false;
    QTest::newRow("11 Japanese characters (33 bytes)") << QStringLiteral("あいうえおかきくけこさ").toUtf8() << false;
    QTest::newRow("12 characters") << QByteArray("abcdefghijkl") << true;
    QTest::newRow("12 Japanese characters") << QStringLiteral("あいうえおかきくけこさし").toUtf8() << true;
}

void TestRecordKeyExport::shortPassphraseIsRefused()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(bool, accepted);
    QCOMPARE(bool(RecordKeyExport::checkPassphrase(passphrase)), accepted);
    if (!accepted) {
        auto written = RecordKeyExport::write(exportPath(), *m_key, passphrase);
        QVERIFY(!written);
        QCOMPARE(written.error().code(), ErrorCode::InvalidArgument);
        QVERIFY(!QFile::exists(exportPath()));
    }
}

void TestRecordKeyExport::changedFileIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("code");
    const auto flipped = [this](const char *field) {
        QByteArray bytes = QByteArray::fromBase64(QJsonDocument::fromJson(m_valid).object().value(QLatin1String(field)).toString().toLatin1());
        bytes[0] = char(bytes.at(0) ^ 0x01);
        return QJsonValue(QString::fromLatin1(bytes.toBase64()));
    };
    QTest::newRow("format") << QStringLiteral("format") << QJsonValue(QStringLiteral("kakanai.record-key/2")) << int(ErrorCode::InvalidData);
    QTest::newRow("kdf") << QStringLiteral("kdf") << QJsonValue(QStringLiteral("scrypt")) << int(ErrorCode::InvalidData);
    QTest::newRow("key id") << QStringLiteral("keyId") << QJsonValue(QString(32, QLatin1Char('0'))) << int(ErrorCode::InvalidData);
    QTest::newRow("memlimit too big") << QStringLiteral("memlimit") << QJsonValue(qint64(1) << 40) << int(ErrorCode::InvalidData);
    QTest::newRow("opslimit too small") << QStringLiteral("opslimit") << QJsonValue(1) << int(ErrorCode::InvalidData);
    QTest::newRow("salt not base64") << QStringLiteral("salt") << QJsonValue(QStringLiteral("*&^%")) << int(ErrorCode::InvalidData);
    QTest::newRow("sealed changed") << QStringLiteral("sealed") << flipped("sealed") << int(ErrorCode::PermissionDenied);
    QTest::newRow("salt changed") << QStringLiteral("salt") << flipped("salt") << int(ErrorCode::PermissionDenied);
}

void TestRecordKeyExport::changedFileIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, code);
    QJsonObject o = QJsonDocument::fromJson(m_valid).object();
    o.insert(field, value);
    const QString path = m_dir->filePath(QStringLiteral("changed.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
    f.close();
    auto key = RecordKeyExport::read(path, kPassphrase);
    QVERIFY(!key);
    QCOMPARE(int(key.error().code()), code);
}

void TestRecordKeyExport::missingFileIsNotFound()
{
    auto key = RecordKeyExport::read(m_dir->filePath(QStringLiteral("nothing.json")), kPassphrase);
    QVERIFY(!key);
    QCOMPARE(key.error().code(), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestRecordKeyExport)
#include "tst_recordkeyexport.moc"
