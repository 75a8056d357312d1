#include "outbox/KeychainKeyProvider.h"
#include "outbox/RecordCipher.h"
#include "outbox/RecordKeyBinding.h"
#include "store/Database.h"
#include "store/MetaStore.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <sodium.h>

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

    static std::unique_ptr<SecretKey> randomKey()
    {
        auto key = SecretKey::allocate();
        if (key) {
            randombytes_buf(key->writableData(), SecretKey::Size);
            key->makeReadOnly();
        }
        return key;
    }

    static bool sameKey(const SecretKey &a, const SecretKey &b) { return std::memcmp(a.data(), b.data(), SecretKey::Size) == 0; }

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

    // A rotation's new key waits in "<entry>.pending" (docs/security.md,
    // "Rotating the key"): discarded after a rollback, promoted after a commit.
    void pendingKeyIsDiscardedOrPromoted()
    {
        const QString name = freshEntryName();
        KeychainKeyProvider provider(name);
        auto current = provider.loadOrCreateKey();
        QVERIFY2(current, current ? "" : qPrintable(current.error().toString()));
        auto none = provider.loadPending();
        QVERIFY(none && !*none);

        const auto next = randomKey();
        QVERIFY(provider.storePending(*next));
        auto pending = KeychainKeyProvider(name).loadPending();
        QVERIFY(pending && *pending && sameKey(**pending, *next));
        QVERIFY(provider.discardPending());
        auto gone = provider.loadPending();
        QVERIFY(gone && !*gone);
        auto still = provider.loadKey(MissingKey::Refuse);
        QVERIFY(still && sameKey(**still, **current));
        QVERIFY(provider.discardPending()); // nothing to discard is no error

        QVERIFY(provider.storePending(*next));
        QVERIFY(provider.promotePending());
        auto promoted = KeychainKeyProvider(name).loadKey(MissingKey::Refuse);
        QVERIFY(promoted && sameKey(**promoted, *next));
        auto left = provider.loadPending();
        QVERIFY(left && !*left);
        auto nothing = provider.promotePending();
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().code(), ErrorCode::NotFound);
    }

    void storeKeyNeverOverwrites()
    {
        const QString name = freshEntryName();
        KeychainKeyProvider provider(name);
        const auto imported = randomKey();
        QVERIFY(provider.storeKey(*imported));
        auto loaded = KeychainKeyProvider(name).loadKey(MissingKey::Refuse);
        QVERIFY(loaded && sameKey(**loaded, *imported));
        auto again = provider.storeKey(*randomKey());
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::InvalidArgument);
        auto kept = provider.loadKey(MissingKey::Refuse);
        QVERIFY(kept && sameKey(**kept, *imported));
    }

    // A rotation that committed but stopped before promoting: the store names
    // the pending key, and the next open puts it in the key entry.
    void interruptedRotationIsFinishedAtNextOpen()
    {
        QTemporaryDir dir;
        auto db = Database::open({dir.filePath(QStringLiteral("k.sqlite")), 5000, Durability::Full});
        QVERIFY(db);
        const QString name = freshEntryName();
        KeychainKeyProvider provider(name);
        QVERIFY(RecordKeyBinding::open(**db, provider)); // binds the store to a new keychain key
        const auto next = randomKey();
        QVERIFY(provider.storePending(*next));
        QVERIFY(MetaStore(**db).setValue(RecordKeyBinding::metaKey(), RecordKeyBinding::keyId(*next)));

        auto cipher = RecordKeyBinding::open(**db, provider);
        QVERIFY2(cipher, cipher ? "" : qPrintable(cipher.error().toString()));
        QVERIFY(sameKey((*cipher)->key(), *next));
        auto inPlace = KeychainKeyProvider(name).loadKey(MissingKey::Refuse);
        QVERIFY(inPlace && sameKey(**inPlace, *next));
        auto left = provider.loadPending();
        QVERIFY(left && !*left);
    }
};

QTEST_GUILESS_MAIN(TestKeychainKeyProvider)
#include "tst_keychainkeyprovider.moc"
