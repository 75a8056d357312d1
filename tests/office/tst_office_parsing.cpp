// Unit: the office store's pieces that need no database — the migration
// files' naming rule (OfficeMigrations::fromFolder), the PostgreSQL script
// splitter, office/url parsing (OfficeLocation), the password file and the
// classification of PostgreSQL errors. tst_office_store runs the store itself
// on both engines.
#include "office/OfficeLocation.h"
#include "office/OfficeMigrations.h"
#include "office/OfficeStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace kakanai;

namespace {

QString codeName(ErrorCode code)
{
    return QString::fromLatin1(Error::codeName(code));
}

} // namespace

class TestOfficeParsing : public QObject {
    Q_OBJECT
private slots:
    void migrationFileNaming_data();
    void migrationFileNaming();
    void splitsPostgresScripts_data();
    void splitsPostgresScripts();
    void parsesLocations_data();
    void parsesLocations();
    void refusesBadLocations_data();
    void refusesBadLocations();
    void readsPasswordFile_data();
    void readsPasswordFile();
    void classifiesPostgresErrors_data();
    void classifiesPostgresErrors();
};

// --- migration files ---------------------------------------------------------

void TestOfficeParsing::migrationFileNaming_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("sqliteFiles"); // the file each number runs on SQLite
    QTest::addColumn<QStringList>("pgFiles");

    const auto l = [](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *n : names)
            list << QString::fromLatin1(n);
        return list;
    };
    QTest::newRow("one file for both") << l({"0001_a.sql"}) << true << l({"0001_a.sql"}) << l({"0001_a.sql"});
    QTest::newRow("a pair") << l({"0001_a.sqlite.sql", "0001_a.pg.sql"}) << true << l({"0001_a.sqlite.sql"})
                            << l({"0001_a.pg.sql"});
    QTest::newRow("one, then a pair") << l({"0001_a.sql", "0002_b.sqlite.sql", "0002_b.pg.sql"}) << true
                                      << l({"0001_a.sql", "0002_b.sqlite.sql"}) << l({"0001_a.sql", "0002_b.pg.sql"});
    QTest::newRow("pg only") << l({"0001_a.pg.sql"}) << false << QStringList() << QStringList();
    QTest::newRow("sqlite only") << l({"0001_a.sqlite.sql"}) << false << QStringList() << QStringList();
    QTest::newRow("half a pair later") << l({"0001_a.sql", "0002_b.pg.sql"}) << false << QStringList()
                                       << QStringList();
    QTest::newRow("shared and per engine") << l({"0001_a.sql", "0001_a.pg.sql", "0001_a.sqlite.sql"}) << false
                                           << QStringList() << QStringList();
    QTest::newRow("a gap") << l({"0001_a.sql", "0003_c.sql"}) << false << QStringList() << QStringList();
    QTest::newRow("not from 1") << l({"0002_b.sql"}) << false << QStringList() << QStringList();
    QTest::newRow("two names, one number") << l({"0001_a.sql", "0001_b.sql"}) << false << QStringList()
                                           << QStringList();
    QTest::newRow("capitals") << l({"0001_Add.sql"}) << false << QStringList() << QStringList();
    QTest::newRow("three digits") << l({"001_a.sql"}) << false << QStringList() << QStringList();
    QTest::newRow("no number") << l({"a.sql"}) << false << QStringList() << QStringList();
    QTest::newRow("other engine suffix") << l({"0001_a.mysql.sql"}) << false << QStringList() << QStringList();
    QTest::newRow("not .sql") << l({"0001_a.sql.orig"}) << false << QStringList() << QStringList();
}

void TestOfficeParsing::migrationFileNaming()
{
    QFETCH(QStringList, files);
    QFETCH(bool, valid);
    QFETCH(QStringList, sqliteFiles);
    QFETCH(QStringList, pgFiles);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const QString &name : std::as_const(files)) {
        QFile f(folder.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(name.toUtf8()); // each file holds its own name: shows which one was chosen
    }
    for (const SqlDialect dialect : {SqlDialect::Sqlite, SqlDialect::Postgres}) {
        auto loaded = OfficeMigrations::fromFolder(folder.path(), dialect);
        if (!valid) {
            QVERIFY2(!loaded, "an invalid set of migration files was accepted");
            QCOMPARE(codeName(loaded.error().code()), codeName(ErrorCode::Internal));
            QVERIFY(!loaded.error().message().isEmpty());
            continue;
        }
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QStringList chosen;
        int version = 0;
        for (const OfficeMigration &m : *loaded) {
            QCOMPARE(m.version, ++version);
            chosen << m.sql;
        }
        QCOMPARE(chosen, dialect == SqlDialect::Sqlite ? sqliteFiles : pgFiles);
    }
}

void TestOfficeParsing::splitsPostgresScripts_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two") << QStringLiteral("SELECT 1; SELECT 2;")
                         << QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2;")};
    QTest::newRow("last without semicolon")
        << QStringLiteral("SELECT 1;\nSELECT 2") << QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2")};
    QTest::newRow("$$ body with semicolons")
        << QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; RETURN 2; END $$;\n"
                          "SELECT f();")
        << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; "
                                      "RETURN 2; END $$;"),
                       QStringLiteral("SELECT f();")};
    QTest::newRow("$tag$ holding $$ and ;")
        << QStringLiteral("DO $body$ BEGIN EXECUTE $$SELECT 1; SELECT 2$$; END $body$; SELECT 3;")
        << QStringList{QStringLiteral("DO $body$ BEGIN EXECUTE $$SELECT 1; SELECT 2$$; END $body$;"),
                       QStringLiteral("SELECT 3;")};
    QTest::newRow("string with ;") << QStringLiteral("INSERT INTO t VALUES ('a;b'); SELECT 1;")
                                   << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b');"),
                                                  QStringLiteral("SELECT 1;")};
    QTest::newRow("doubled quote then ;") << QStringLiteral("SELECT 'it''s; fine'; SELECT 2;")
                                          << QStringList{QStringLiteral("SELECT 'it''s; fine';"),
                                                         QStringLiteral("SELECT 2;")};
    QTest::newRow("quoted name with ;") << QStringLiteral("CREATE TABLE \"a;b\" (x int); SELECT 1;")
                                        << QStringList{QStringLiteral("CREATE TABLE \"a;b\" (x int);"),
                                                       QStringLiteral("SELECT 1;")};
    QTest::newRow("-- comment with ; and '")
        << QStringLiteral("SELECT 1; -- don't; split here\nSELECT 2;")
        << QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("-- don't; split here\nSELECT 2;")};
    QTest::newRow("/* comment */ with ; and $$")
        << QStringLiteral("SELECT /* a; $$ b */ 1; SELECT 2;")
        << QStringList{QStringLiteral("SELECT /* a; $$ b */ 1;"), QStringLiteral("SELECT 2;")};
    QTest::newRow("only comments after the last") << QStringLiteral("SELECT 1;\n-- the end;\n")
                                                  << QStringList{QStringLiteral("SELECT 1;")};
    QTest::newRow("block comment after the last") << QStringLiteral("SELECT 1;\n/* the end; really */\n")
                                                  << QStringList{QStringLiteral("SELECT 1;")};
    QTest::newRow("comments and spaces only") << QStringLiteral("-- a\n/* b */\n  \n") << QStringList{};
    QTest::newRow("empty statements") << QStringLiteral(";;SELECT 1;;")
                                      << QStringList{QStringLiteral("SELECT 1;")};
    QTest::newRow("$1 is no dollar quote") << QStringLiteral("PREPARE p AS SELECT $1; SELECT 2;")
                                           << QStringList{QStringLiteral("PREPARE p AS SELECT $1;"),
                                                          QStringLiteral("SELECT 2;")};
}

void TestOfficeParsing::splitsPostgresScripts()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(OfficeMigrations::splitPostgres(script), statements);
}

// --- office/url, password file, error classes ------------------------------

void TestOfficeParsing::parsesLocations_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("display");

    QTest::newRow("full")
        << QStringLiteral("postgresql://counter01@10.0.0.5:5433/kakanai?sslmode=verify-full&sslrootcert=/etc/kakanai/ca.pem")
        << true << QStringLiteral("10.0.0.5") << 5433 << QStringLiteral("kakanai") << QStringLiteral("counter01")
        << QStringLiteral("verify-full") << QString()
        << QStringLiteral("postgresql://counter01@10.0.0.5:5433/kakanai?sslmode=verify-full");
    QTest::newRow("off the PC: verify-full by default")
        << QStringLiteral("postgresql://counter01@db.office.example/kakanai") << true
        << QStringLiteral("db.office.example") << 5432 << QStringLiteral("kakanai") << QStringLiteral("counter01")
        << QStringLiteral("verify-full") << QString()
        << QStringLiteral("postgresql://counter01@db.office.example:5432/kakanai?sslmode=verify-full");
    QTest::newRow("loopback: prefer by default")
        << QStringLiteral("postgres://k@127.0.0.1:6543/office") << true << QStringLiteral("127.0.0.1") << 6543
        << QStringLiteral("office") << QStringLiteral("k") << QStringLiteral("prefer") << QString()
        << QStringLiteral("postgresql://k@127.0.0.1:6543/office?sslmode=prefer");
    QTest::newRow("localhost: prefer") << QStringLiteral("postgresql://k@localhost/office") << true
                                       << QStringLiteral("localhost") << 5432 << QStringLiteral("office")
                                       << QStringLiteral("k") << QStringLiteral("prefer") << QString()
                                       << QStringLiteral("postgresql://k@localhost:5432/office?sslmode=prefer");
    QTest::newRow("::1: prefer") << QStringLiteral("postgresql://k@[::1]/office") << true << QStringLiteral("::1")
                                 << 5432 << QStringLiteral("office") << QStringLiteral("k") << QStringLiteral("prefer")
                                 << QString() << QStringLiteral("postgresql://k@[::1]:5432/office?sslmode=prefer");
    QTest::newRow("explicit disable off the PC")
        << QStringLiteral("postgresql://k@10.1.2.3/office?sslmode=disable") << true << QStringLiteral("10.1.2.3")
        << 5432 << QStringLiteral("office") << QStringLiteral("k") << QStringLiteral("disable") << QString()
        << QStringLiteral("postgresql://k@10.1.2.3:5432/office?sslmode=disable");
    QTest::newRow("client certificate, no query shown")
        << QStringLiteral("postgresql://k@10.1.2.3/office?sslmode=verify-ca&sslcert=/etc/k/c.pem&sslkey=/etc/k/c.key")
        << true << QStringLiteral("10.1.2.3") << 5432 << QStringLiteral("office") << QStringLiteral("k")
        << QStringLiteral("verify-ca") << QString()
        << QStringLiteral("postgresql://k@10.1.2.3:5432/office?sslmode=verify-ca");
    QTest::newRow("sqlite:/path") << QStringLiteral("sqlite:/var/lib/kakanai/office.sqlite") << false << QString()
                                  << 0 << QString() << QString() << QString()
                                  << QStringLiteral("/var/lib/kakanai/office.sqlite")
                                  << QStringLiteral("sqlite:/var/lib/kakanai/office.sqlite");
    QTest::newRow("sqlite:///path") << QStringLiteral("sqlite:///srv/office.sqlite") << false << QString() << 0
                                    << QString() << QString() << QString() << QStringLiteral("/srv/office.sqlite")
                                    << QStringLiteral("sqlite:/srv/office.sqlite");
    QTest::newRow("spaces around") << QStringLiteral("  sqlite:/srv/o.sqlite \n") << false << QString() << 0
                                   << QString() << QString() << QString() << QStringLiteral("/srv/o.sqlite")
                                   << QStringLiteral("sqlite:/srv/o.sqlite");
}

void TestOfficeParsing::parsesLocations()
{
    QFETCH(QString, url);
    QFETCH(bool, postgres);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslMode);
    QFETCH(QString, path);
    QFETCH(QString, display);

    auto parsed = OfficeLocation::parse(url);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->engine() == OfficeLocation::Engine::Postgres, postgres);
    QCOMPARE(parsed->display(), display);
    if (!postgres) {
        QCOMPARE(parsed->path(), path);
        QVERIFY(parsed->isLoopback());
        return;
    }
    QCOMPARE(parsed->host(), host);
    QCOMPARE(parsed->port(), port);
    QCOMPARE(parsed->database(), database);
    QCOMPARE(parsed->user(), user);
    QCOMPARE(parsed->sslMode(), sslMode);
    QCOMPARE(parsed->options().value(QStringLiteral("sslmode")), sslMode);
    // The display is a URL that parses to the same place.
    auto again = OfficeLocation::parse(parsed->display());
    QVERIFY(again);
    QCOMPARE(again->host(), host);
    QCOMPARE(again->sslMode(), sslMode);
}

void TestOfficeParsing::refusesBadLocations_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("secret"); // must appear in neither the message nor the detail

    QTest::newRow("password in the URL") << QStringLiteral("postgresql://k:Himitsu-42@10.0.0.5/office")
                                         << QStringLiteral("password-in-url") << QStringLiteral("Himitsu-42");
    QTest::newRow("password as an option") << QStringLiteral("postgresql://k@10.0.0.5/office?password=Himitsu-42")
                                           << QStringLiteral("password") << QStringLiteral("Himitsu-42");
    QTest::newRow("unknown option") << QStringLiteral("postgresql://k@10.0.0.5/office?sslmod=require")
                                    << QStringLiteral("sslmod") << QString();
    QTest::newRow("libpq options smuggled in")
        << QStringLiteral("postgresql://k@10.0.0.5/office?options=-c%20statement_timeout%3D0")
        << QStringLiteral("options") << QString();
    QTest::newRow("unknown sslmode") << QStringLiteral("postgresql://k@10.0.0.5/office?sslmode=maybe")
                                     << QStringLiteral("maybe") << QString();
    QTest::newRow("no role") << QStringLiteral("postgresql://10.0.0.5/office") << QStringLiteral("incomplete")
                             << QString();
    QTest::newRow("no database") << QStringLiteral("postgresql://k@10.0.0.5/") << QStringLiteral("incomplete")
                                 << QString();
    QTest::newRow("no host") << QStringLiteral("postgresql://k@/office") << QStringLiteral("incomplete") << QString();
    QTest::newRow("database with a slash") << QStringLiteral("postgresql://k@10.0.0.5/a/b")
                                           << QStringLiteral("incomplete") << QString();
    QTest::newRow("other scheme") << QStringLiteral("mysql://k@10.0.0.5/office") << QStringLiteral("scheme")
                                  << QString();
    QTest::newRow("bad port") << QStringLiteral("postgresql://k@10.0.0.5:99999/office") << QStringLiteral("scheme")
                              << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("scheme") << QString();
    QTest::newRow("sqlite: relative") << QStringLiteral("sqlite:office.sqlite") << QStringLiteral("sqlite")
                                      << QString();
    QTest::newRow("sqlite: nothing") << QStringLiteral("sqlite:") << QStringLiteral("sqlite") << QString();
}

void TestOfficeParsing::refusesBadLocations()
{
    QFETCH(QString, url);
    QFETCH(QString, detail);
    QFETCH(QString, secret);
    auto parsed = OfficeLocation::parse(url);
    QVERIFY2(!parsed, qPrintable(parsed ? parsed->display() : QString()));
    QCOMPARE(codeName(parsed.error().code()), codeName(ErrorCode::InvalidArgument));
    QVERIFY(!parsed.error().message().isEmpty());
    QCOMPARE(parsed.error().technicalDetail(), detail);
    if (!secret.isEmpty()) {
        QVERIFY2(!parsed.error().message().contains(secret), qPrintable(parsed.error().message()));
        QVERIFY2(!parsed.error().toString().contains(secret), qPrintable(parsed.error().toString()));
    }
}

void TestOfficeParsing::readsPasswordFile_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code"); // empty: read
    QTest::addColumn<QString>("password");

    QTest::newRow("0600") << true << 0600 << QByteArray("S3cret-pw\n") << QString() << QStringLiteral("S3cret-pw");
    QTest::newRow("0400, first line only") << true << 0400 << QByteArray("S3cret-pw\nsecond line\n") << QString()
                                           << QStringLiteral("S3cret-pw");
    QTest::newRow("0644") << true << 0644 << QByteArray("S3cret-pw\n") << codeName(ErrorCode::PermissionDenied)
                          << QString();
    QTest::newRow("0640") << true << 0640 << QByteArray("S3cret-pw\n") << codeName(ErrorCode::PermissionDenied)
                          << QString();
    QTest::newRow("0602") << true << 0602 << QByteArray("S3cret-pw\n") << codeName(ErrorCode::PermissionDenied)
                          << QString();
    QTest::newRow("missing") << false << 0600 << QByteArray() << codeName(ErrorCode::NotFound) << QString();
    QTest::newRow("empty") << true << 0600 << QByteArray() << codeName(ErrorCode::InvalidData) << QString();
    QTest::newRow("blank line") << true << 0600 << QByteArray("  \n") << codeName(ErrorCode::InvalidData)
                                << QString();
    // 0600, but another account's file: not this account's secret (mode -1: chown to nobody).
    QTest::newRow("another account's") << true << -1 << QByteArray("S3cret-pw\n")
                                       << codeName(ErrorCode::PermissionDenied) << QString();
}

void TestOfficeParsing::readsPasswordFile()
{
    QFETCH(bool, exists);
    QFETCH(int, mode);
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(QString, password);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("office.password"));
    if (exists) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode < 0 ? 0600 : mode)), 0);
        if (mode < 0)
            QVERIFY2(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0,
                     "giving the file to another account needs root (scripts/test.sh runs the tests as root)");
    }
    auto read = OfficeStore::readPasswordFile(path);
    if (code.isEmpty()) {
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(*read, password);
        return;
    }
    QVERIFY2(!read, "the password file was accepted");
    QCOMPARE(codeName(read.error().code()), code);
    QVERIFY(!read.error().message().isEmpty());
    QVERIFY2(!read.error().toString().contains(QLatin1String("S3cret")), qPrintable(read.error().toString()));
}

void TestOfficeParsing::classifiesPostgresErrors_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    const auto row = [](const char *name, const char *state, const char *text, ErrorCode code) {
        QTest::newRow(name) << QString::fromLatin1(state) << QString::fromLatin1(text) << codeName(code);
    };
    row("wrong password (28P01)", "28P01", "FATAL:  password authentication failed for user \"k\"",
        ErrorCode::StoreCredentialsRefused);
    row("wrong password (libpq text only)", "", "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  "
        "password authentication failed for user \"k\"", ErrorCode::StoreCredentialsRefused);
    row("no password", "", "fe_sendauth: no password supplied", ErrorCode::StoreCredentialsRefused);
    row("no pg_hba entry", "", "FATAL:  no pg_hba.conf entry for host \"10.0.0.9\", user \"k\", database \"office\"",
        ErrorCode::StoreCredentialsRefused);
    row("unknown role (certificate auth)", "", "connection to server at \"10.0.0.5\", port 5432 failed: FATAL:  "
        "role \"counter09\" does not exist", ErrorCode::StoreCredentialsRefused);
    row("unknown role (28000)", "28000", "FATAL:  role \"counter09\" does not exist",
        ErrorCode::StoreCredentialsRefused);
    row("unknown database", "", "FATAL:  database \"office2\" does not exist", ErrorCode::NotFound);
    row("unknown database (3D000)", "3D000", "FATAL:  database \"office2\" does not exist", ErrorCode::NotFound);
    row("serialization", "40001", "could not serialize access", ErrorCode::StoreConflict);
    row("deadlock", "40P01", "deadlock detected", ErrorCode::StoreConflict);
    row("statement timeout", "57014", "canceling statement due to statement timeout", ErrorCode::StoreTimeout);
    row("lock timeout", "55P03", "canceling statement due to lock timeout", ErrorCode::StoreTimeout);
    row("connect timeout", "", "timeout expired", ErrorCode::StoreTimeout);
    row("unique", "23505", "duplicate key value violates unique constraint", ErrorCode::StoreConstraint);
    row("check", "23514", "new row violates check constraint", ErrorCode::StoreConstraint);
    row("restrict (append-only trigger)", "23001", "audit_event is append-only", ErrorCode::StoreConstraint);
    row("disk full", "53100", "could not extend file", ErrorCode::DiskFull);
    row("no privilege", "42501", "permission denied for table staff", ErrorCode::PermissionDenied);
    row("admin shutdown", "57P01", "terminating connection due to administrator command",
        ErrorCode::StoreUnreachable);
    row("connection failure", "08006", "", ErrorCode::StoreUnreachable);
    row("refused", "", "could not connect to server: Connection refused", ErrorCode::StoreUnreachable);
    row("closed", "", "server closed the connection unexpectedly", ErrorCode::StoreUnreachable);
    row("unknown host", "", "could not translate host name \"db.example\" to address", ErrorCode::StoreUnreachable);
    row("undefined table", "42P01", "relation \"nothing\" does not exist", ErrorCode::ServerError);
    row("role in a statement is no sign-in failure", "42704", "role \"nobody\" does not exist",
        ErrorCode::ServerError);
}

void TestOfficeParsing::classifiesPostgresErrors()
{
    QFETCH(QString, sqlState);
    QFETCH(QString, text);
    QFETCH(QString, code);
    const Error e = OfficeStore::classifyPostgres(sqlState, text, QStringLiteral("postgresql://k@h:5432/o"));
    QCOMPARE(codeName(e.code()), code);
    QVERIFY(!e.message().isEmpty());
    // The server's words go to the detail (for the log), not to the clerk.
    if (!text.isEmpty())
        QVERIFY2(!e.message().contains(text), qPrintable(e.message()));
    QVERIFY(e.technicalDetail().contains(QLatin1String("postgresql://k@h:5432/o")));
}

QTEST_GUILESS_MAIN(TestOfficeParsing)
#include "tst_office_parsing.moc"
