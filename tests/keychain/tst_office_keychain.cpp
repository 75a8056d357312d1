// office/passwordStore=keychain: the office store role's password kept in a
// real Secret Service (gnome-keyring in a private D-Bus session,
// run-with-keyring.sh), stored with `kakanai-cli office store-password` and
// used by `office check` against the test PostgreSQL; a wrong one is refused
// by the server as such, a missing one named, and the password never printed.
#include "common/Settings.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "outbox/KeychainSecret.h"
#include "cli/CliProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using kakanai::test::OfficeTestEnv;

class TestOfficeKeychain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTripAndMissingEntry();
    void fileStoreAsksNothingOfTheKeychain();
    void checkUsesThePasswordFromTheKeychain_data();
    void checkUsesThePasswordFromTheKeychain();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {}) const;

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_settings;
};

void TestOfficeKeychain::initTestCase()
{
    QString why;
    QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    m_cli = qEnvironmentVariable("KAKANAI_CLI");
    QVERIFY2(QFile::exists(m_cli), "KAKANAI_CLI must point at the built kakanai-cli");
    const OfficeStoreOptions store = OfficeTestEnv::freshStore(QStringLiteral("postgresql"), m_dir);
    QVERIFY(OfficeStore::open(store));
    m_settings = m_dir.filePath(QStringLiteral("kakanai.ini"));
    Settings settings(m_settings);
    QVERIFY(settings.setValue(SettingKey::OfficeUrl, OfficeTestEnv::url(store)));
    QVERIFY(settings.setValue(SettingKey::OfficePasswordStore, QStringLiteral("keychain")));
    QVERIFY(settings.setValue(SettingKey::TerminalId, QStringLiteral("counter-09")));
    settings.sync();
}

TestOfficeKeychain::Run TestOfficeKeychain::cli(const QStringList &args, const QByteArray &input) const
{
    QProcess p;
    p.start(m_cli, QStringList{QStringLiteral("--settings"), m_settings, QStringLiteral("--lang"), QStringLiteral("en")}
                       + args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestOfficeKeychain::roundTripAndMissingEntry()
{
    const QString entry = QStringLiteral("office-password/round-trip");
    auto missing = KeychainSecret::read(entry);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    QVERIFY(KeychainSecret::write(entry, QStringLiteral("p@ss wörd")));
    QCOMPARE(KeychainSecret::read(entry).value_or(QString()), QStringLiteral("p@ss wörd"));
    QVERIFY(!KeychainSecret::write(entry, QString())); // an empty password is refused

    // The settings say keychain, but nothing is stored for this terminal yet.
    Settings settings(m_settings);
    auto none = KeychainSecret::officePassword(settings);
    QVERIFY(!none);
    QCOMPARE(none.error().code(), ErrorCode::NotFound);
    QVERIFY2(none.error().message().contains(QStringLiteral("store-password")), qPrintable(none.error().message()));
}

void TestOfficeKeychain::fileStoreAsksNothingOfTheKeychain()
{
    auto settings = Settings::temporary();
    auto password = KeychainSecret::officePassword(*settings);
    QVERIFY(password);
    QVERIFY(!password->has_value());
}

void TestOfficeKeychain::checkUsesThePasswordFromTheKeychain_data()
{
    QTest::addColumn<bool>("right");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("the role's password") << true << 0;
    QTest::newRow("a wrong one") << false << 9;
}

void TestOfficeKeychain::checkUsesThePasswordFromTheKeychain()
{
    QFETCH(bool, right);
    QFETCH(int, exitCode);
    const QString password = right ? OfficeTestEnv::password() : QStringLiteral("not-the-password-1");
    Run r = cli({QStringLiteral("office"), QStringLiteral("store-password")}, password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("office-password/counter-09")));
    QCOMPARE(KeychainSecret::read(QStringLiteral("office-password/counter-09")).value_or(QString()), password);

    r = cli({QStringLiteral("office"), QStringLiteral("check"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("reachable")).toBool(), right);
    if (!right)
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("store-credentials-refused"));
    QVERIFY(!(r.out + r.err).contains(password));
}

QTEST_GUILESS_MAIN(TestOfficeKeychain)
#include "tst_office_keychain.moc"
