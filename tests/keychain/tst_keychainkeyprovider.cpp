#include "outbox/KeychainKeyProvider.h"
#include "outbox/RecordCipher.h"

#include <QEventLoop>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <cstring>

using namespace kakanai;

// Against a real Secret Service: gnome-keyring in a private D-Bus session
// with a throw-away HOME (run-with-keyring.sh starts this program).
class TestKeychainKeyProvider : public QObject {
    Q_OBJECT
private:
    // A name no earlier run used, so "first use" really is first use.
    static QString freshEntryName()
    {
        return QStringLiteral("record-key/test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    static std::unique_ptr<RecordCipher> cipherFor(const QString &entryName)
    {
        KeychainKeyProvider provider(entryName);
        auto cipher = RecordCipher::fromProvider(provider);
        if (!cipher)
            qWarning() << cipher.error().message() << cipher.error().technicalDetail();
        return cipher ? std::move(*cipher) : nullptr;
    }

    static QKeychain::Error writeRaw(const QString &entryName, const QByteArray &bytes)
    {
        QKeychain::WritePasswordJob job(KeychainKeyProvider::serviceName());
        job.setAutoDelete(false);
        job.setKey(entryName);
        job.setBinaryData(bytes);
        QEventLoop loop;
        connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        return job.error();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("HOME").contains(QLatin1String("kakanai-keyring.")),
                 "run through tests/keychain/run-with-keyring.sh, never against the user's own keyring");
    }

    void firstUseCreatesKeyThatASecondInstanceReads()
    {
        const QString name = freshEntryName();
        KeychainKeyProvider first(name);
        auto created = first.loadOrCreateKey();
        QVERIFY2(created, created ? "" : qPrintable(created.error().message() + QLatin1Char(' ') + created.error().technicalDetail()));
        KeychainKeyProvider second(name);
        auto loaded = second.loadOrCreateKey();
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message()));
        QCOMPARE(std::memcmp((*created)->data(), (*loaded)->data(), SecretKey::Size), 0);

        const auto sealing = cipherFor(name);
        const auto opening = cipherFor(name);
        QVERIFY(sealing && opening);
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray document = QByteArrayLiteral("{\"form\":\"jumin-ido\"}");
        auto sealed = sealing->encrypt(document, uuid);
        QVERIFY(sealed);
        auto opened = opening->decrypt(*sealed, uuid);
        QVERIFY(opened);
        QCOMPARE(*opened, document);
    }

    void differentEntriesDoNotCollide()
    {
        const QString nameA = freshEntryName();
        const QString nameB = freshEntryName();
        KeychainKeyProvider providerA(nameA);
        KeychainKeyProvider providerB(nameB);
        auto keyA = providerA.loadOrCreateKey();
        auto keyB = providerB.loadOrCreateKey();
        QVERIFY(keyA && keyB);
        QVERIFY(std::memcmp((*keyA)->data(), (*keyB)->data(), SecretKey::Size) != 0);

        const auto cipherA = cipherFor(nameA);
        const auto cipherB = cipherFor(nameB);
        QVERIFY(cipherA && cipherB);
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto sealed = cipherA->encrypt(QByteArrayLiteral("record"), uuid);
        QVERIFY(sealed);
        auto opened = cipherB->decrypt(*sealed, uuid);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), ErrorCode::InvalidData);
    }

    void wrongSizedEntryIsRefusedNotReplaced()
    {
        const QString name = freshEntryName();
        QCOMPARE(writeRaw(name, QByteArrayLiteral("short")), QKeychain::NoError);
        KeychainKeyProvider provider(name);
        auto key = provider.loadOrCreateKey();
        QVERIFY(!key);
        QCOMPARE(key.error().code(), ErrorCode::InvalidData);
        // Still refused: the damaged entry was not overwritten with a new key.
        auto again = provider.loadOrCreateKey();
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::InvalidData);
    }
};

QTEST_GUILESS_MAIN(TestKeychainKeyProvider)
#include "tst_keychainkeyprovider.moc"
