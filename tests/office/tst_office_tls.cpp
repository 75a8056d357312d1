// The office store over TLS as an office server has it (docs/admin/office.md):
// sslmode=verify-full with the office's CA gives an encrypted connection that
// `office check` reports, for the store and for its change feed; a server
// whose certificate the CA did not sign, or no CA at all, is refused with
// the TLS message and never falls back to plain TCP. PostgreSQL only: the
// SQLite office store is a local file and has no connection to protect.
#include "office/ChangeFeed.h"
#include "office/DailyNumbers.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using kakanai::test::OfficeTestEnv;

class TestOfficeTls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void verifyFullWithTheOfficeCa();
    void refusesAServerTheCaDidNotSign_data();
    void refusesAServerTheCaDidNotSign();

private:
    OfficeStoreOptions withTls(const QString &sslMode, const QString &caFile);

    QTemporaryDir m_dir;
    OfficeStoreOptions m_plain;
};

void TestOfficeTls::initTestCase()
{
    QString why;
    QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    QVERIFY2(!qEnvironmentVariableIsEmpty("KAKANAI_TEST_PG_CA_FILE"),
             "KAKANAI_TEST_PG_CA_FILE not set: the harness (scripts/lib/postgres-test-env.sh) makes the server's TLS");
    // libpq must not find a CA of the user's own (~/.postgresql/root.crt).
    qputenv("HOME", m_dir.path().toUtf8());
    m_plain = OfficeTestEnv::freshStore(QStringLiteral("postgresql"), m_dir);
}

OfficeStoreOptions TestOfficeTls::withTls(const QString &sslMode, const QString &caFile)
{
    QString url = OfficeTestEnv::url(m_plain);
    url.replace(QStringLiteral("sslmode=disable"), QStringLiteral("sslmode=") + sslMode);
    if (!caFile.isEmpty())
        url += QStringLiteral("&sslrootcert=") + caFile;
    auto location = OfficeLocation::parse(url);
    OfficeStoreOptions options = m_plain;
    if (location)
        options.location = *location;
    return options;
}

void TestOfficeTls::verifyFullWithTheOfficeCa()
{
    const OfficeStoreOptions options =
        withTls(QStringLiteral("verify-full"), qEnvironmentVariable("KAKANAI_TEST_PG_CA_FILE"));
    QCOMPARE(options.location.sslMode(), QStringLiteral("verify-full"));
    auto store = OfficeStore::open(options);
    QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
    auto report = (*store)->check();
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QVERIFY(report->tls);
    QVERIFY2(report->tlsVersion.startsWith(QStringLiteral("TLSv1.")), qPrintable(report->tlsVersion));
    QCOMPARE(report->schemaVersion, OfficeStore::latestSchemaVersion());

    // The change feed takes the same TLS options: a commit reaches it.
    ChangeFeed *feed = (*store)->changes();
    QTRY_COMPARE_WITH_TIMEOUT(feed->state(), ChangeFeed::State::Live, 10000);
    QSignalSpy changed(feed, &ChangeFeed::changed);
    DailyNumbers numbers(**store);
    QCOMPARE(numbers.take(QStringLiteral("T"), QDate(2026, 12, 3), {1, 9}).value_or(-1), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    QCOMPARE(changed.first().at(0).toString(), QStringLiteral("daily_number"));

    // The plain connection of the same server says it is not encrypted.
    auto plain = OfficeStore::open(m_plain);
    QVERIFY(plain);
    auto plainReport = (*plain)->check();
    QVERIFY(plainReport);
    QVERIFY(!plainReport->tls);
}

void TestOfficeTls::refusesAServerTheCaDidNotSign_data()
{
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<bool>("otherCa");
    QTest::newRow("verify-full, another CA") << QStringLiteral("verify-full") << true;
    QTest::newRow("verify-ca, another CA") << QStringLiteral("verify-ca") << true;
    QTest::newRow("verify-full, no CA file at all") << QStringLiteral("verify-full") << false;
}

void TestOfficeTls::refusesAServerTheCaDidNotSign()
{
    QFETCH(QString, sslMode);
    QFETCH(bool, otherCa);
    QString caFile;
    if (otherCa) {
        // A CA of its own that never signed the server's certificate.
        caFile = m_dir.filePath(QStringLiteral("other-ca.crt"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=Not the office CA"), QStringLiteral("-keyout"),
                       m_dir.filePath(QStringLiteral("other-ca.key")), QStringLiteral("-out"), caFile});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
    }
    auto store = OfficeStore::open(withTls(sslMode, caFile));
    QVERIFY(!store);
    QCOMPARE(store.error().code(), ErrorCode::StoreUnreachable);
    QVERIFY2(store.error().message().contains(QStringLiteral("TLS")), qPrintable(store.error().message()));
    const QString password = OfficeTestEnv::password();
    QVERIFY(!password.isEmpty());
    QVERIFY(!store.error().toString().contains(password));
}

QTEST_GUILESS_MAIN(TestOfficeTls)
#include "tst_office_tls.moc"
