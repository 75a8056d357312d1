// The message layer: flags, Ed25519 signature, zlib body with a hard cap
// (docs/qr-format.md, "The message").
#include "prereg/PreRegMessage.h"

#include <QTest>

#include <sodium.h>
#include <zlib.h>

using namespace kakanai;
using namespace kakanai::prereg;
using namespace Qt::StringLiterals;

namespace {

QByteArray zlibOf(const QByteArray &data, int level = 9)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()),
              uLong(data.size()), level);
    out.truncate(qsizetype(size));
    return out;
}

const QByteArray kJson = R"({"format":"kakanai.prereg/1","events":["tennyu"],"forms":{"jumin-ido":1}})";

} // namespace

class TestPreRegMessage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void unsignedRoundTrip()
    {
        const QByteArray message = PreRegMessage::seal(kJson);
        QCOMPARE(message.at(0), char(0));
        QCOMPARE(message.mid(1), zlibOf(kJson));
        auto opened = PreRegMessage::open(message, {});
        QVERIFY(opened);
        QCOMPARE(opened->json, kJson);
        QCOMPARE(opened->signature.state, SignatureCheck::State::Unsigned);
    }

    void signedByTrustedKey()
    {
        const SigningKey key = SigningKey::generate();
        const QByteArray message = PreRegMessage::seal(kJson, &key);
        QCOMPARE(message.at(0), char(1));
        QCOMPARE(message.mid(1, 8), key.keyId());
        TrustedKeys trusted;
        QVERIFY(trusted.add(u"浦和区役所 事前受付サーバ"_s, key.publicKey()));
        auto opened = PreRegMessage::open(message, trusted);
        QVERIFY(opened);
        QCOMPARE(opened->json, kJson);
        QCOMPARE(opened->signature.state, SignatureCheck::State::Verified);
        QCOMPARE(opened->signature.keyLabel, u"浦和区役所 事前受付サーバ"_s);
        QCOMPARE(opened->signature.keyIdHex, QString::fromLatin1(key.keyId().toHex()));
        // The signature covers "KKN1" + the compressed body, as documented.
        const QByteArray covered = "KKN1" + message.mid(73);
        QCOMPARE(crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(message.constData() + 9),
                                             reinterpret_cast<const unsigned char *>(covered.constData()),
                                             covered.size(),
                                             reinterpret_cast<const unsigned char *>(key.publicKey().constData())),
                 0);
    }

    void signedByUnknownKey()
    {
        const SigningKey key = SigningKey::generate();
        TrustedKeys trusted;
        QVERIFY(trusted.add(u"other"_s, SigningKey::generate().publicKey()));
        for (const TrustedKeys &keys : {TrustedKeys(), trusted}) {
            auto opened = PreRegMessage::open(PreRegMessage::seal(kJson, &key), keys);
            QVERIFY(opened);
            QCOMPARE(opened->signature.state, SignatureCheck::State::UnknownKey);
            QCOMPARE(opened->signature.keyIdHex.size(), 16);
            QCOMPARE(opened->signature.keyIdHex, QString::fromLatin1(key.keyId().toHex()));
            QVERIFY(opened->signature.keyLabel.isEmpty());
        }
    }

    void tamperedUnderTrustedKeyRefused_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("signature first byte") << 9;
        QTest::newRow("signature last byte") << 72;
        QTest::newRow("body") << 80;
    }
    void tamperedUnderTrustedKeyRefused()
    {
        QFETCH(int, offset);
        const SigningKey key = SigningKey::generate();
        TrustedKeys trusted;
        QVERIFY(trusted.add(u"server"_s, key.publicKey()));
        QByteArray message = PreRegMessage::seal(kJson, &key);
        QVERIFY(offset < message.size());
        message[offset] = char(message[offset] ^ 0x01);
        auto opened = PreRegMessage::open(message, trusted);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), ErrorCode::InvalidData);
        QCOMPARE(opened.error().technicalDetail(), u"bad-signature"_s);
    }

    void keyIdIsBlake2bOfPublicKey()
    {
        const SigningKey key = SigningKey::generate();
        unsigned char hash[32];
        crypto_generichash(hash, 32, reinterpret_cast<const unsigned char *>(key.publicKey().constData()), 32, nullptr, 0);
        QCOMPARE(key.keyId(), QByteArray(reinterpret_cast<const char *>(hash), 8));
        QCOMPARE(TrustedKeys::keyIdOf(key.publicKey()), key.keyId());
    }

    void signingKeyFromSecret()
    {
        const SigningKey key = SigningKey::generate();
        QCOMPARE(key.secretKey().size(), 64);
        QCOMPARE(key.publicKey().size(), 32);
        auto again = SigningKey::fromSecretKey(key.secretKey());
        QVERIFY(again);
        QCOMPARE(again->publicKey(), key.publicKey());
        QCOMPARE(again->sign("x"), key.sign("x")); // Ed25519 is deterministic
        const SigningKey copy = *again; // NOLINT: the copy must work too
        QCOMPARE(copy.secretKey(), key.secretKey());
        QVERIFY(!SigningKey::fromSecretKey(QByteArray(63, 'x')));
        QByteArray mismatched = key.secretKey();
        mismatched[40] = char(mismatched[40] ^ 1);
        auto bad = SigningKey::fromSecretKey(mismatched);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code(), ErrorCode::InvalidData);
    }

    void trustedKeysParse()
    {
        const SigningKey a = SigningKey::generate();
        const SigningKey b = SigningKey::generate();
        auto keys = TrustedKeys::parse({u"浦和区役所:"_s + QString::fromLatin1(a.publicKey().toBase64()),
                                        u" 本庁: server "_s.trimmed() + u':' + QString::fromLatin1(b.publicKey().toBase64())});
        QVERIFY(keys);
        QVERIFY(keys->find(a.keyId()));
        QCOMPARE(keys->find(a.keyId())->label, u"浦和区役所"_s);
        QCOMPARE(keys->find(b.keyId())->label, u"本庁: server"_s);
        QVERIFY(!keys->find(QByteArray(8, 'x')));
        QVERIFY(TrustedKeys::parse({})->isEmpty());
    }

    void trustedKeysParseRefuses_data()
    {
        QTest::addColumn<QString>("entry");
        const QString key = QString::fromLatin1(SigningKey::generate().publicKey().toBase64());
        QTest::newRow("no label") << (u":"_s + key);
        QTest::newRow("no colon") << key;
        QTest::newRow("31 bytes") << (u"x:"_s + QString::fromLatin1(QByteArray(31, 'k').toBase64()));
        QTest::newRow("33 bytes") << (u"x:"_s + QString::fromLatin1(QByteArray(33, 'k').toBase64()));
        QTest::newRow("not base64") << u"x:!!!!"_s;
        QTest::newRow("empty key") << u"x:"_s;
    }
    void trustedKeysParseRefuses()
    {
        QFETCH(QString, entry);
        const QString good = u"ok:"_s + QString::fromLatin1(SigningKey::generate().publicKey().toBase64());
        auto keys = TrustedKeys::parse({good, entry});
        QVERIFY(!keys);
        QCOMPARE(keys.error().code(), ErrorCode::InvalidData);
        QVERIFY(keys.error().message().contains(u'2')); // the entry's position
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("detail");
        QTest::newRow("empty") << QByteArray() << u"truncated"_s;
        QTest::newRow("flags only") << QByteArray(1, 0) << u"truncated"_s;
        QTest::newRow("signed, no body") << (QByteArray(1, 1) + QByteArray(72, 'x')) << u"truncated"_s;
        QTest::newRow("newer flags") << (QByteArray(1, 2) + zlibOf(kJson)) << u"newer-flags"_s;
        QTest::newRow("high flag") << (QByteArray(1, char(0x80)) + zlibOf(kJson)) << u"newer-flags"_s;
        QTest::newRow("not zlib") << (QByteArray(1, 0) + kJson) << u"bad-compression"_s;
        QTest::newRow("cut stream") << (QByteArray(1, 0) + zlibOf(kJson).chopped(3)) << u"bad-compression"_s;
        QTest::newRow("bytes after stream") << (QByteArray(1, 0) + zlibOf(kJson) + "x") << u"bad-compression"_s;
        QTest::newRow("two streams") << (QByteArray(1, 0) + zlibOf("a") + zlibOf("b")) << u"bad-compression"_s;
        QTest::newRow("65,537 bytes") << (QByteArray(1, 0) + zlibOf(QByteArray(65537, ' '))) << u"too-large"_s;
        // A zip bomb: 100 MB of zeros in about 100 KB; must stop at the cap.
        QTest::newRow("zip bomb") << (QByteArray(1, 0) + zlibOf(QByteArray(100 * 1024 * 1024, 0))) << u"too-large"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, detail);
        auto opened = PreRegMessage::open(message, {});
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), ErrorCode::InvalidData);
        QCOMPARE(opened.error().technicalDetail(), detail);
        QVERIFY(!opened.error().message().isEmpty());
    }

    void exactlyTheCapIsRead()
    {
        const QByteArray json(PreRegMessage::kMaxJsonBytes, ' ');
        auto opened = PreRegMessage::open(PreRegMessage::seal(json), {});
        QVERIFY(opened);
        QCOMPARE(opened->json.size(), PreRegMessage::kMaxJsonBytes);
    }
};

QTEST_APPLESS_MAIN(TestPreRegMessage)
#include "tst_preregmessage.moc"
