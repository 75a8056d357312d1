// The status bar's word on the office store's change feed (情報更新停止中):
// hidden while the feed is live, a warning with the reason while it is stale,
// in Japanese and English; and the feed's own promise that views hear
// "re-read everything" before it is live again.
#include "common/LanguageManager.h"
#include "office/ChangeFeed.h"
#include "shell/OfficeFeedStatus.h"

#include <QSignalSpy>
#include <QTest>

using namespace kakanai;

namespace {

// A feed whose state the test sets: the states and signals are ChangeFeed's own.
class ScriptedFeed final : public ChangeFeed {
public:
    ScriptedFeed() : ChangeFeed(nullptr) {}
    using ChangeFeed::queueChange;
    using ChangeFeed::setLive;
    using ChangeFeed::setStale;
};

} // namespace

class TestOfficeFeedStatus : public QObject {
    Q_OBJECT
private slots:
    void followsTheFeed_data();
    void followsTheFeed();
    void resynchroniseComesBeforeLive();
    void changesOfOneTurnComeTogether();
};

void TestOfficeFeedStatus::followsTheFeed_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("staleWords");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("情報更新停止中");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Updates stopped");
}

void TestOfficeFeedStatus::followsTheFeed()
{
    QFETCH(QString, language);
    QFETCH(QString, staleWords);
    LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    ScriptedFeed feed;
    OfficeFeedStatus status;
    status.show();
    status.follow(feed);
    // Not yet confirmed: it says so.
    QCOMPARE(feed.state(), ChangeFeed::State::Connecting);
    QVERIFY(status.isVisible());
    QVERIFY(!status.text().contains(staleWords));

    feed.setLive();
    QVERIFY(!status.isVisible());

    feed.setStale(QStringLiteral("the reason"));
    QVERIFY(status.isVisible());
    QVERIFY2(status.text().contains(staleWords), qPrintable(status.text()));
    QVERIFY(status.toolTip().contains(QStringLiteral("the reason")));

    feed.setLive();
    QVERIFY(!status.isVisible());
}

void TestOfficeFeedStatus::resynchroniseComesBeforeLive()
{
    ScriptedFeed feed;
    QList<QString> order;
    connect(&feed, &ChangeFeed::resynchronise, this, [&] { order << QStringLiteral("resynchronise"); });
    connect(&feed, &ChangeFeed::stateChanged, this,
            [&](ChangeFeed::State s) { order << ChangeFeed::stateName(s); });
    feed.setLive(); // the first connection: nothing was missed
    QCOMPARE(order, QStringList{QStringLiteral("live")});
    feed.setStale(QStringLiteral("cut"));
    feed.setStale(QStringLiteral("still cut")); // no second signal, the newer reason
    QCOMPARE(feed.staleReason(), QStringLiteral("still cut"));
    feed.setLive();
    QCOMPARE(order, (QStringList{QStringLiteral("live"), QStringLiteral("stale"), QStringLiteral("resynchronise"),
                                 QStringLiteral("live")}));
    QVERIFY(feed.staleReason().isEmpty());
}

void TestOfficeFeedStatus::changesOfOneTurnComeTogether()
{
    ScriptedFeed feed;
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    feed.queueChange(QStringLiteral("staff"), QStringLiteral("c001"));
    feed.queueChange(QStringLiteral("daily_number"), QStringLiteral("A"));
    feed.queueChange(QStringLiteral("staff"), QStringLiteral("c002"));
    QCOMPARE(changed.count(), 0); // on the next event-loop turn
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("staff"));
    QCOMPARE(changed.at(0).at(1).toStringList(), (QStringList{QStringLiteral("c001"), QStringLiteral("c002")}));
    QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("daily_number"));
    QCOMPARE(changed.at(1).at(1).toStringList(), QStringList{QStringLiteral("A")});
}

QTEST_MAIN(TestOfficeFeedStatus)
#include "tst_officefeedstatus.moc"
