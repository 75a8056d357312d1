// The outbox settings: defaults, validation of the new keys, and what
// OutboxConfig makes of them.
#include "common/Settings.h"
#include "outbox/OutboxConfig.h"

#include <QTest>

using namespace kakanai;

class TestOutboxConfig : public QObject {
    Q_OBJECT
private slots:
    void defaults();
    void validation_data();
    void validation();
    void fromSettings();
    void capBelowFloorIsFloor();
    void keyFileDefaultsToAppData();
};

void TestOutboxConfig::defaults()
{
    auto s = Settings::temporary();
    QCOMPARE(s->string(SettingKey::BackOfficeCaBundle), QString());
    QCOMPARE(s->string(SettingKey::BackOfficePublicKeyPin), QString());
    QCOMPARE(s->string(SettingKey::BackOfficeToken), QString());
    QCOMPARE(s->integer(SettingKey::BackOfficeTimeoutMs), 30000);
    QCOMPARE(s->integer(SettingKey::OutboxBackoffFloorMs), 2000);
    QCOMPARE(s->integer(SettingKey::OutboxBackoffCapMs), 600000);
    QCOMPARE(s->integer(SettingKey::OutboxBatchSize), 20);
    QCOMPARE(s->string(SettingKey::RecordKeyFile), QString());
    QCOMPARE(Settings::keyName(SettingKey::BackOfficeCaBundle), QStringLiteral("backoffice/caBundle"));
}

void TestOutboxConfig::validation_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    const QString pin = QString::fromLatin1(QByteArray(32, '\x01').toBase64());
    QTest::newRow("pin bare") << int(SettingKey::BackOfficePublicKeyPin) << QVariant(pin) << true;
    QTest::newRow("pin prefixed") << int(SettingKey::BackOfficePublicKeyPin) << QVariant(QStringLiteral("sha256/") + pin) << true;
    QTest::newRow("pin empty") << int(SettingKey::BackOfficePublicKeyPin) << QVariant(QString()) << true;
    QTest::newRow("pin too short") << int(SettingKey::BackOfficePublicKeyPin) << QVariant(QStringLiteral("sha256/AAAA")) << false;
    QTest::newRow("pin not base64") << int(SettingKey::BackOfficePublicKeyPin) << QVariant(QStringLiteral("sha256/%%%")) << false;
    QTest::newRow("token ok") << int(SettingKey::BackOfficeToken) << QVariant(QStringLiteral("abc.DEF-123_~+/=")) << true;
    QTest::newRow("token with space") << int(SettingKey::BackOfficeToken) << QVariant(QStringLiteral("abc def")) << false;
    QTest::newRow("token with newline") << int(SettingKey::BackOfficeToken) << QVariant(QStringLiteral("abc\r\nX-Evil: 1")) << false;
    QTest::newRow("token non-ascii") << int(SettingKey::BackOfficeToken) << QVariant(QStringLiteral("トークン")) << false;
    QTest::newRow("timeout ok") << int(SettingKey::BackOfficeTimeoutMs) << QVariant(5000) << true;
    QTest::newRow("timeout zero") << int(SettingKey::BackOfficeTimeoutMs) << QVariant(0) << false;
    QTest::newRow("floor ok") << int(SettingKey::OutboxBackoffFloorMs) << QVariant(500) << true;
    QTest::newRow("floor negative") << int(SettingKey::OutboxBackoffFloorMs) << QVariant(-1) << false;
    QTest::newRow("cap over a day") << int(SettingKey::OutboxBackoffCapMs) << QVariant(86400001) << false;
    QTest::newRow("batch 0") << int(SettingKey::OutboxBatchSize) << QVariant(0) << false;
    QTest::newRow("batch 500") << int(SettingKey::OutboxBatchSize) << QVariant(500) << true;
    QTest::newRow("batch text") << int(SettingKey::OutboxBatchSize) << QVariant(QStringLiteral("many")) << false;
}

void TestOutboxConfig::validation()
{
    QFETCH(int, key);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    auto s = Settings::temporary();
    QCOMPARE(s->setValue(SettingKey(key), value), accepted);
}

void TestOutboxConfig::fromSettings()
{
    auto s = Settings::temporary();
    const QByteArray raw(32, '\x05');
    QVERIFY(s->setValue(SettingKey::BackOfficeUrl, QStringLiteral("https://backoffice.example.invalid/api")));
    QVERIFY(s->setValue(SettingKey::BackOfficeCaBundle, QStringLiteral("/etc/kakanai/office-ca.pem")));
    QVERIFY(s->setValue(SettingKey::BackOfficePublicKeyPin, QStringLiteral("sha256/") + QString::fromLatin1(raw.toBase64())));
    QVERIFY(s->setValue(SettingKey::BackOfficeToken, QStringLiteral("t0ken")));
    QVERIFY(s->setValue(SettingKey::BackOfficeTimeoutMs, 1500));
    QVERIFY(s->setValue(SettingKey::OutboxBackoffFloorMs, 100));
    QVERIFY(s->setValue(SettingKey::OutboxBackoffCapMs, 5000));
    QVERIFY(s->setValue(SettingKey::OutboxBatchSize, 7));
    QVERIFY(s->setValue(SettingKey::RecordKeyFile, QStringLiteral("/srv/keys/record.key")));
    const OutboxConfig c = OutboxConfig::fromSettings(*s);
    QCOMPARE(c.http.baseUrl, QUrl(QStringLiteral("https://backoffice.example.invalid/api")));
    QCOMPARE(c.http.caBundleFile, QStringLiteral("/etc/kakanai/office-ca.pem"));
    QCOMPARE(c.http.publicKeyPin, raw);
    QCOMPARE(c.http.bearerToken, QByteArray("t0ken"));
    QCOMPARE(c.uploader.requestTimeoutMs, 1500);
    QCOMPARE(c.uploader.batchSize, 7);
    QCOMPARE(c.backoffFloor.count(), 100);
    QCOMPARE(c.backoffCap.count(), 5000);
    QCOMPARE(c.keyFile, QStringLiteral("/srv/keys/record.key"));
}

void TestOutboxConfig::capBelowFloorIsFloor()
{
    auto s = Settings::temporary();
    QVERIFY(s->setValue(SettingKey::OutboxBackoffFloorMs, 5000));
    QVERIFY(s->setValue(SettingKey::OutboxBackoffCapMs, 1000));
    const OutboxConfig c = OutboxConfig::fromSettings(*s);
    QCOMPARE(c.backoffCap.count(), 5000);
}

void TestOutboxConfig::keyFileDefaultsToAppData()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kakanai"));
    QCoreApplication::setApplicationName(QStringLiteral("kakanai"));
    auto s = Settings::temporary();
    const OutboxConfig c = OutboxConfig::fromSettings(*s);
    QVERIFY2(c.keyFile.endsWith(QStringLiteral("/Kakanai/kakanai/record.key")), qPrintable(c.keyFile));
}

QTEST_GUILESS_MAIN(TestOutboxConfig)
#include "tst_outboxconfig.moc"
