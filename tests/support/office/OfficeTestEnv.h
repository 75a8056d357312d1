#pragma once

#include "cli/CliProcess.h"
#include "office/OfficeStore.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace kakanai::test {

// The private PostgreSQL that scripts/lib/postgres-test-env.sh started
// (KAKANAI_TEST_PG_*), and fresh office stores on it or on SQLite for the
// office tests. Every office-store test runs on both engines: its _data()
// rows come from engines().
class OfficeTestEnv {
public:
    // Reads KAKANAI_TEST_PG_*; false with the reason when the server is not
    // there (a test then FAILS with it: CI never skips these).
    static bool load(QString *why);

    static QString host();
    static int port();
    static QString user();
    static QString passwordFile();
    static QString password();
    static QString socketDir();

    // "sqlite" and "postgresql", for QTest::addColumn<QString>("engine").
    static QStringList engines();
    // The engines a benchmark measures for its --engine value (sqlite,
    // postgresql or both): PostgreSQL only when the test server is there, and
    // a banner on `out` when it was asked for and is not. Empty (with the
    // reason on `out`) when there is nothing to measure.
    static QStringList benchEngines(const QString &wanted, const QString &program, QTextStream &out);

    // Options for a new, empty office store on `engine`: a file in `dir`, or a
    // new PostgreSQL database (dropped by dropAll() or at exit) that the test
    // role owns. `timeoutMs` is the store's and the feed's timeout.
    static OfficeStoreOptions freshStore(const QString &engine, const QTemporaryDir &dir, int timeoutMs = 5000);
    // The same store again (another connection, e.g. a second "PC").
    static OfficeStoreOptions sameStore(const OfficeStoreOptions &options);
    // A store's options pointed at a TCP port other than the server's (a proxy).
    static OfficeStoreOptions viaPort(const OfficeStoreOptions &options, int port);
    // The URL to give kakanai-cli (office/url) for these options.
    static QString url(const OfficeStoreOptions &options);

    // SQL as the superuser over the Unix socket (trust): set-up only.
    static bool superuserExec(const QString &sql, QString *error);
    // A script, statement by statement, as the superuser in `database`: what
    // an administrator does with psql -f.
    static bool superuserScript(const QString &database, const QString &script, QString *error);
    // The rows of a one-column query as the superuser in `database`.
    static QStringList superuserColumn(const QString &database, const QString &sql);

    // kakanai-cli (KAKANAI_CLI) with `settings`, in English, with HOME and the
    // XDG folders in `dir`: never the user's real settings or stores.
    static CliRun runCli(const QTemporaryDir &dir, const QString &settings, const QStringList &args);
    // The arguments that point kakanai-cli's office commands at a store.
    static QStringList cliStoreArgs(const OfficeStoreOptions &options);
    // A 0600 file holding `content`; empty when it could not be written.
    static QString privateFile(const QString &path, const QByteArray &content);
    // Drops the databases freshStore() made.
    static void dropAll();

    // pg_ctl as the server's user (-w, waits), e.g. {"-m", "fast", "restart"}.
    static bool pgCtl(const QStringList &args, QString *error);
    // The same without waiting, so that the event loop (the change feed) runs
    // meanwhile; finishPgCtl() waits for it and says whether it worked.
    static std::unique_ptr<QProcess> startPgCtl(const QStringList &args);
    static bool finishPgCtl(QProcess &process, const QStringList &args, QString *error);
    static qint64 serverPid();
};

} // namespace kakanai::test
