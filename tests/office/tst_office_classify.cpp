// How PostgreSQL's errors are told apart (OfficeStore::classifyPostgres), for
// the texts libpq gives when connecting fails, where there is no SQLSTATE and
// the store passes 08006: a certificate that cannot be verified or a server
// without TLS is named as a TLS problem; a cut connection or a restarted
// server is not, though libpq mentions SSL then too.
#include "office/OfficeStore.h"

#include <QTest>

using kakanai::ErrorCode;
using kakanai::OfficeStore;

class TestOfficeClassify : public QObject {
    Q_OBJECT
private slots:
    void connectFailures_data();
    void connectFailures();
};

void TestOfficeClassify::connectFailures_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("tls");
    const QString at = QStringLiteral("connection to server at \"10.0.0.5\", port 5432 failed: ");
    QTest::newRow("unknown CA") << QStringLiteral("08006") << at + QStringLiteral("SSL error: certificate verify failed")
                                << ErrorCode::StoreUnreachable << true;
    QTest::newRow("name not in the certificate")
        << QStringLiteral("08006")
        << at + QStringLiteral("server certificate for \"db.example\" does not match host name \"10.0.0.5\"")
        << ErrorCode::StoreUnreachable << true;
    QTest::newRow("CA file missing")
        << QStringLiteral("08006")
        << at + QStringLiteral("root certificate file \"/etc/kakanai/office-ca.pem\" does not exist")
        << ErrorCode::StoreUnreachable << true;
    QTest::newRow("server without TLS")
        << QStringLiteral("08006") << at + QStringLiteral("server does not support SSL, but SSL was required")
        << ErrorCode::StoreUnreachable << true;
    QTest::newRow("refused") << QStringLiteral("08006")
                             << at + QStringLiteral("Connection refused\n\tIs the server running on that host?")
                             << ErrorCode::StoreUnreachable << false;
    // What libpq says on a TLS connection when the server restarts (seen with
    // PostgreSQL 15 and pg_ctl restart -m fast).
    QTest::newRow("server restarted, over TLS")
        << QStringLiteral("57P01")
        << QStringLiteral("FATAL:  terminating connection due to administrator command\n"
                          "SSL connection has been closed unexpectedly\n(57P01)")
        << ErrorCode::StoreUnreachable << false;
    QTest::newRow("TLS connection cut") << QStringLiteral("08006") << QStringLiteral("SSL SYSCALL error: EOF detected")
                                        << ErrorCode::StoreUnreachable << false;
    QTest::newRow("TLS peer gone") << QStringLiteral("08006")
                                   << QStringLiteral("SSL error: unexpected eof while reading")
                                   << ErrorCode::StoreUnreachable << false;
    QTest::newRow("wrong password")
        << QString() << at + QStringLiteral("FATAL:  password authentication failed for user \"counter01\"")
        << ErrorCode::StoreCredentialsRefused << false;
    QTest::newRow("hostssl only")
        << QString()
        << at + QStringLiteral("FATAL:  no pg_hba.conf entry for host \"10.0.0.7\", user \"counter01\", database "
                               "\"kakanai\", no encryption")
        << ErrorCode::StoreCredentialsRefused << false;
}

void TestOfficeClassify::connectFailures()
{
    QFETCH(QString, state);
    QFETCH(QString, text);
    QFETCH(ErrorCode, code);
    QFETCH(bool, tls);
    const kakanai::Error e = OfficeStore::classifyPostgres(state, text, QStringLiteral("postgresql://x@h/db"));
    QCOMPARE(e.code(), code);
    QCOMPARE(e.message().contains(QLatin1String("sslrootcert")), tls);
}

QTEST_GUILESS_MAIN(TestOfficeClassify)
#include "tst_office_classify.moc"
