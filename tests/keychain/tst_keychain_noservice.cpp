#include "outbox/KeychainKeyProvider.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QDir>
#include <QTest>

using namespace kakanai;

// Started with DBUS_SESSION_BUS_ADDRESS pointing to a socket that does not
// exist (tests/keychain/CMakeLists.txt): there is no Secret Service at all.
class TestKeychainNoService : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("/nonexistent/")),
                 "run through ctest, which points the session bus nowhere");
        // Anything the provider might wrongly fall back to (a key file in the
        // application data folder) would land in this empty folder.
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void clearErrorWithinTimeoutAndNoFallback()
    {
        KeychainKeyProvider provider(QStringLiteral("record-key/no-service"), std::chrono::milliseconds(3000));
        QElapsedTimer elapsed;
        elapsed.start();
        auto key = provider.loadOrCreateKey();
        QVERIFY(elapsed.elapsed() < 3000 + 2000);
        QVERIFY(!key);
        qInfo() << "refused with:" << key.error().message() << "|" << key.error().technicalDetail();
        QCOMPARE(key.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(key.error().message().contains(QLatin1String("keychain")));
        QVERIFY(key.error().technicalDetail().contains(QLatin1String("record-key/no-service")));
        QVERIFY(!QFileInfo::exists(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }
};

QTEST_GUILESS_MAIN(TestKeychainNoService)
#include "tst_keychain_noservice.moc"
