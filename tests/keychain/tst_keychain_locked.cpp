#include "outbox/KeychainKeyProvider.h"

#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace kakanai;

// Against a real gnome-keyring whose login keyring exists but is locked and
// cannot prompt (run-with-keyring.sh --locked: no display): the situation of
// a counter PC whose keychain was not unlocked at login.
class TestKeychainLocked : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("HOME").contains(QLatin1String("kakanai-keyring.")),
                 "run through tests/keychain/run-with-keyring.sh --locked, never against the user's own keyring");
    }

    void lockedKeychainIsAClearErrorAndNoFallback()
    {
        const auto timeout = std::chrono::milliseconds(5000);
        KeychainKeyProvider provider(QStringLiteral("record-key/locked"), timeout);
        QElapsedTimer elapsed;
        elapsed.start();
        auto key = provider.loadOrCreateKey();
        QVERIFY(elapsed.elapsed() < timeout.count() + 2000);
        QVERIFY(!key);
        qInfo() << "refused with:" << key.error().message() << "|" << key.error().technicalDetail();
        QCOMPARE(key.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(key.error().technicalDetail().contains(QLatin1String("record-key/locked")));
        // No key file appeared in the (temporary) application data folder.
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(!QFileInfo::exists(QDir(appData).filePath(QStringLiteral("record.key"))));
    }
};

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychain_locked.moc"
