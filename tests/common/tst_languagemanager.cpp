// Both translations ship embedded, and switching changes what tr() returns.
#include "common/Error.h"
#include "common/LanguageManager.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace kakanai;

class TestLanguageManager : public QObject {
    Q_OBJECT
private slots:
    void switchesLanguage_data();
    void switchesLanguage();
    void refusesUnknownLanguage();
};

void TestLanguageManager::switchesLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("settingsTitle");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("設定");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Settings");
}

void TestLanguageManager::switchesLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, settingsTitle);
    LanguageManager languages;
    QSignalSpy spy(&languages, &LanguageManager::languageChanged);
    QVERIFY(languages.setLanguage(code));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(languages.language(), code);
    QCOMPARE(QCoreApplication::translate("kakanai::MainWindow", "Settings"), settingsTitle);
}

void TestLanguageManager::refusesUnknownLanguage()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("ja")));
    QVERIFY(!languages.setLanguage(QStringLiteral("fr")));
    QCOMPARE(languages.language(), QStringLiteral("ja"));
}

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
