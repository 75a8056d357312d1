// NetworkStatusWatcher: a back office on this machine is never "offline";
// without a backend the watcher says "available" and leaves it to backoff.
#include "outbox/NetworkStatusWatcher.h"

#include <QNetworkInformation>
#include <QSignalSpy>
#include <QTest>

using namespace kakanai;

class TestNetworkStatusWatcher : public QObject {
    Q_OBJECT
private slots:
    void loopbackIsAlwaysAvailable_data();
    void loopbackIsAlwaysAvailable();
    void remoteFollowsBackendOrStaysAvailable();
};

void TestNetworkStatusWatcher::loopbackIsAlwaysAvailable_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8780");
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8780");
    QTest::newRow("::1") << QStringLiteral("http://[::1]:8780");
    QTest::newRow("127.0.0.2") << QStringLiteral("https://127.0.0.2");
}

void TestNetworkStatusWatcher::loopbackIsAlwaysAvailable()
{
    QFETCH(QString, url);
    NetworkStatusWatcher watcher{QUrl(url)};
    QVERIFY(watcher.isAvailable());
    QVERIFY(!watcher.hasBackend());
}

void TestNetworkStatusWatcher::remoteFollowsBackendOrStaysAvailable()
{
    NetworkStatusWatcher watcher{QUrl(QStringLiteral("https://backoffice.example.invalid"))};
    const QNetworkInformation *info = QNetworkInformation::instance();
    if (!watcher.hasBackend()) {
        QVERIFY(watcher.isAvailable()); // no information: do not stop uploads
        return;
    }
    QVERIFY(info);
    QCOMPARE(watcher.isAvailable(), info->reachability() != QNetworkInformation::Reachability::Disconnected);
}

QTEST_GUILESS_MAIN(TestNetworkStatusWatcher)
#include "tst_networkstatuswatcher.moc"
