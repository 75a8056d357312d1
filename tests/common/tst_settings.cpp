#include "common/Settings.h"

#include <QFile>
#include <QSettings>
#include <QTest>

using namespace kakanai;

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void defaultsComeFromTheTable();
    void storesAndReadsBack();
    void rejectsInvalidValues_data();
    void rejectsInvalidValues();
    void handEditedBadValueFallsBackToDefault();
    void temporaryInstancesAreIsolated();
    void resetReturnsToDefault();
};

void TestSettings::defaultsComeFromTheTable()
{
    auto s = Settings::temporary();
    QCOMPARE(s->string(SettingKey::Language), QStringLiteral("ja"));
    QCOMPARE(s->string(SettingKey::OfficeTimeZone), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(s->integer(SettingKey::IdleLockMinutes), 10);
    QCOMPARE(s->boolean(SettingKey::KioskMode), false);
    QVERIFY(!s->isSet(SettingKey::Language));
}

void TestSettings::storesAndReadsBack()
{
    auto s = Settings::temporary();
    QVERIFY(s->setValue(SettingKey::Language, QStringLiteral("en")));
    QVERIFY(s->setValue(SettingKey::IdleLockMinutes, 15));
    QVERIFY(s->setValue(SettingKey::TerminalId, QStringLiteral("窓口-03")));
    s->sync();
    Settings reread(s->fileName());
    QCOMPARE(reread.string(SettingKey::Language), QStringLiteral("en"));
    QCOMPARE(reread.integer(SettingKey::IdleLockMinutes), 15);
    QCOMPARE(reread.string(SettingKey::TerminalId), QStringLiteral("窓口-03"));
}

void TestSettings::rejectsInvalidValues_data()
{
    QTest::addColumn<SettingKey>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("language fr") << SettingKey::Language << QVariant(QStringLiteral("fr"));
    QTest::newRow("zone nonsense") << SettingKey::OfficeTimeZone << QVariant(QStringLiteral("Mars/Olympus"));
    QTest::newRow("idle 0") << SettingKey::IdleLockMinutes << QVariant(0);
    QTest::newRow("idle text") << SettingKey::IdleLockMinutes << QVariant(QStringLiteral("ten"));
    QTest::newRow("terminal empty") << SettingKey::TerminalId << QVariant(QStringLiteral("  "));
    QTest::newRow("url ftp") << SettingKey::BackOfficeUrl << QVariant(QStringLiteral("ftp://x"));
    QTest::newRow("busy timeout negative") << SettingKey::DatabaseBusyTimeoutMs << QVariant(-1);
}

void TestSettings::rejectsInvalidValues()
{
    QFETCH(SettingKey, key);
    QFETCH(QVariant, value);
    auto s = Settings::temporary();
    const QVariant before = s->value(key);
    QVERIFY(!s->setValue(key, value));
    QCOMPARE(s->value(key), before);
    QVERIFY(!s->isSet(key));
}

void TestSettings::handEditedBadValueFallsBackToDefault()
{
    auto s = Settings::temporary();
    {
        QSettings raw(s->fileName(), QSettings::IniFormat);
        raw.setValue(Settings::keyName(SettingKey::IdleLockMinutes), QStringLiteral("-5"));
        raw.setValue(Settings::keyName(SettingKey::Language), QStringLiteral("xx"));
    }
    Settings reread(s->fileName());
    QCOMPARE(reread.integer(SettingKey::IdleLockMinutes), 10);
    QCOMPARE(reread.string(SettingKey::Language), QStringLiteral("ja"));
}

void TestSettings::temporaryInstancesAreIsolated()
{
    auto a = Settings::temporary();
    auto b = Settings::temporary();
    QVERIFY(a->fileName() != b->fileName());
    QVERIFY(a->setValue(SettingKey::Language, QStringLiteral("en")));
    QCOMPARE(b->string(SettingKey::Language), QStringLiteral("ja"));
    const QString file = a->fileName();
    a->sync();
    QVERIFY(QFile::exists(file));
    a.reset();
    QVERIFY(!QFile::exists(file));
}

void TestSettings::resetReturnsToDefault()
{
    auto s = Settings::temporary();
    QVERIFY(s->setValue(SettingKey::KioskMode, true));
    QCOMPARE(s->boolean(SettingKey::KioskMode), true);
    s->reset(SettingKey::KioskMode);
    QCOMPARE(s->boolean(SettingKey::KioskMode), false);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
