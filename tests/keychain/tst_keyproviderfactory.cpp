#include "common/Settings.h"
#include "outbox/FileKeyProvider.h"
#include "outbox/KeychainKeyProvider.h"

#include <QTest>

using namespace kakanai;

// The RecordKeyStore setting and makeKeyProvider(): which provider the app
// and the CLI get. No provider is asked for a key here.
class TestKeyProviderFactory : public QObject {
    Q_OBJECT
private slots:
    void defaultIsTheKeyFile()
    {
        auto settings = Settings::temporary();
        QCOMPARE(settings->string(SettingKey::RecordKeyStore), QStringLiteral("file"));
        settings->setValue(SettingKey::RecordKeyFile, QStringLiteral("/srv/kakanai/record.key"));
        const auto provider = makeKeyProvider(*settings);
        const auto *file = dynamic_cast<const FileKeyProvider *>(provider.get());
        QVERIFY(file);
        QCOMPARE(file->path(), QStringLiteral("/srv/kakanai/record.key"));
    }

    void keychainWhenSet()
    {
        auto settings = Settings::temporary();
        QVERIFY(settings->setValue(SettingKey::RecordKeyStore, QStringLiteral("keychain")));
        QVERIFY(settings->setValue(SettingKey::TerminalId, QStringLiteral("counter-07")));
        const auto provider = makeKeyProvider(*settings);
        const auto *keychain = dynamic_cast<const KeychainKeyProvider *>(provider.get());
        QVERIFY(keychain);
        QCOMPARE(keychain->entryName(), QStringLiteral("record-key/counter-07"));
        QCOMPARE(KeychainKeyProvider::serviceName(), QStringLiteral("Kakanai"));
    }

    void invalidStoreRejected_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitalised") << QStringLiteral("Keychain");
        QTest::newRow("kwallet") << QStringLiteral("kwallet");
        QTest::newRow("space") << QStringLiteral("file ");
    }
    void invalidStoreRejected()
    {
        QFETCH(QString, value);
        auto settings = Settings::temporary();
        QVERIFY(settings->setValue(SettingKey::RecordKeyStore, QStringLiteral("keychain")));
        QVERIFY(!settings->setValue(SettingKey::RecordKeyStore, value));
        QCOMPARE(settings->string(SettingKey::RecordKeyStore), QStringLiteral("keychain"));
    }
};

QTEST_GUILESS_MAIN(TestKeyProviderFactory)
#include "tst_keyproviderfactory.moc"
