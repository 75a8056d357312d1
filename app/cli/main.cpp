// kakanai-cli: the headless face of Kakanai, for scripts, RPA tools and our
// own checks. Links kakanai_core, and kakanai_print (QtGui, no Widgets) for
// `form fill`; only that command starts a QGuiApplication.
#include "AuditCommand.h"
#include "CardCommand.h"
#include "CliOutput.h"
#include "DbCommand.h"
#include "DemoCommand.h"
#include "FormsCommand.h"
#ifdef KAKANAI_CLI_HAS_FORM
#include "FormCommand.h"
#include "QrCommand.h"
#include "VisitCommand.h"
#endif
#include "KeysCommand.h"
#include "OfficeCommand.h"
#include "OutboxCommand.h"
#include "PreRegCommand.h"
#include "QueueCommand.h"
#include "StaffCommand.h"
#include "StatsCommand.h"

#include "common/AppIdentity.h"
#include "common/LanguageManager.h"
#include "common/Settings.h"
#include "common/Version.h"

#include <QCoreApplication>
#ifdef KAKANAI_CLI_HAS_FORM
#include <QGuiApplication>
#endif
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>

namespace {

class CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli [--settings FILE] [--db FILE] [--lang ja|en] COMMAND …\n"
                  "\n"
                  "Commands:\n"
                  "  db check [--json]     check the local database without changing it\n"
                  "  db backup FILE        write a consistent copy of the live database\n"
                  "  db migrate            bring the database to this program's schema\n"
                  "  outbox status [--json]  records waiting for the back office\n"
                  "  outbox flush|enqueue|list|resend|export-csv  send now, queue, list, CSV for the resident system (outbox --help)\n"
                  "  card readers|tries|read  list readers, read a My Number card (card --help)\n"
                  "  audit verify [--json] check the audit log's hash chain; exit 8 if broken\n"
                  "  audit list            print audit entries (--from SEQ --limit N)\n"
                  "  forms list            the form definitions in use (id, Japanese title)\n"
                  "  form fill             fill forms from a card file and write the PDF (form --help)\n"
                  "  qr make|decode|keygen the citizen's pre-registration QR code: make one, read one (qr --help)\n"
                  "  visit complete        a whole visit: forms from the 手続ナビ, the PDF, the record queued (visit --help)\n"
                  "  staff list|add        list or add staff accounts (staff add ID --name N --role R --password-stdin)\n"
                  "  keys id|rotate|export|import  the record key: its id, a new key for every record, a passphrase-sealed copy (keys --help)\n"
                  "  prereg export DIR     write the citizen's page (pre-registration QR) to publish (prereg --help)\n"
                  "  office init|check|backup|roles  the office store all PCs share: create or upgrade it, check it,\n"
                  "                        back it up, the counter PCs' role SQL (office --help)\n"
                  "  queue issue|call-next|done|absent|transfer|list|…  the ticket queue: issue, call, list;\n"
                  "                        categories and counters (queue --help)\n"
                  "  stats                 wait-time statistics of the office's tickets, their CSV (stats --help)\n"
                  "  demo simulate --days N  simulated queue history for demos and benchmarks (demo --help)\n"
                  "\n"
                  "Options:\n"
                  "  --version             print the version\n"
                  "  --help                print this help");
    }
};

#ifdef KAKANAI_CLI_HAS_FORM
// The command word, found before any Qt application exists: the global
// options that take a value are skipped with it.
QByteArray commandWord(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--settings" || arg == "--db" || arg == "--lang") {
            ++i;
            continue;
        }
        if (!arg.startsWith("--"))
            return arg;
    }
    return {};
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    kakanai::hardenProcess();
    // Only `form`, `visit` and `qr` draw pages or read images (fonts need QtGui); every other
    // command stays a plain QCoreApplication that needs no display.
    std::unique_ptr<QCoreApplication> application;
#ifdef KAKANAI_CLI_HAS_FORM
    if (const QByteArray word = commandWord(argc, argv); word == "form" || word == "visit" || word == "qr") {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    kakanai::setApplicationIdentity();
    kakanai::installRedactingMessageHandler();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);

    QString settingsFile;
    QString dbPath;
    QString language;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--version")) {
            out << "kakanai-cli " << kakanai::versionString() << Qt::endl;
            return kakanai::exitcode::Ok;
        }
        if (option == QLatin1String("--help")) {
            out << CliText::usage() << Qt::endl;
            return kakanai::exitcode::Ok;
        }
        if ((option == QLatin1String("--settings") || option == QLatin1String("--db") || option == QLatin1String("--lang"))
            && !args.isEmpty()) {
            const QString value = args.takeFirst();
            (option == QLatin1String("--settings") ? settingsFile : option == QLatin1String("--db") ? dbPath : language) = value;
            continue;
        }
        err << CliText::usage() << Qt::endl;
        return kakanai::exitcode::Usage;
    }

    std::unique_ptr<kakanai::Settings> settings = settingsFile.isEmpty()
        ? std::make_unique<kakanai::Settings>()
        : std::make_unique<kakanai::Settings>(settingsFile);
    kakanai::LanguageManager languages;
    if (language.isEmpty())
        language = settings->string(kakanai::SettingKey::Language);
    if (!languages.setLanguage(language)) {
        err << CliText::usage() << Qt::endl;
        return kakanai::exitcode::Usage;
    }

    kakanai::CliContext ctx{out, err, *settings, dbPath};
    using Command = std::function<int(kakanai::CliContext &, const QStringList &)>;
    const std::map<QString, Command> commands = {
        {QStringLiteral("db"), kakanai::runDbCommand},
        {QStringLiteral("outbox"), kakanai::runOutboxCommand},
        {QStringLiteral("card"), kakanai::runCardCommand},
        {QStringLiteral("audit"), kakanai::runAuditCommand},
        {QStringLiteral("staff"), kakanai::runStaffCommand},
        {QStringLiteral("keys"), kakanai::runKeysCommand},
        {QStringLiteral("forms"), kakanai::runFormsCommand},
        {QStringLiteral("prereg"), kakanai::runPreRegCommand},
        {QStringLiteral("office"), kakanai::runOfficeCommand},
        {QStringLiteral("queue"), kakanai::runQueueCommand},
        {QStringLiteral("stats"), kakanai::runStatsCommand},
        {QStringLiteral("demo"), kakanai::runDemoCommand},
#ifdef KAKANAI_CLI_HAS_FORM
        {QStringLiteral("form"), kakanai::runFormCommand},
        {QStringLiteral("visit"), kakanai::runVisitCommand},
        {QStringLiteral("qr"), kakanai::runQrCommand},
#endif
    };
    if (args.isEmpty()) {
        err << CliText::usage() << Qt::endl;
        return kakanai::exitcode::Usage;
    }
    const auto it = commands.find(args.first());
    if (it == commands.end()) {
        err << CliText::usage() << Qt::endl;
        return kakanai::exitcode::Usage;
    }
    return it->second(ctx, args.mid(1));
}
