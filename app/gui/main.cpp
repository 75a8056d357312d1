// kakanai: the counter application. Composition root: builds the services
// and hands them to the window; no logic of its own.
#include "common/AppIdentity.h"
#include "common/Clock.h"
#include "common/LanguageManager.h"
#include "common/LogCategories.h"
#include "common/Settings.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QMetaEnum>
#include <QTimer>

namespace {

class GuiText {
    Q_DECLARE_TR_FUNCTIONS(Kakanai)
public:
    static QString cannotStart() { return tr("Kakanai cannot start"); }
};

} // namespace

int main(int argc, char *argv[])
{
    kakanai::hardenProcess();
    QApplication app(argc, argv);
    kakanai::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Kakanai"));
    QApplication::setDesktopFileName(QStringLiteral("jp.kakanai.Kakanai"));
    kakanai::installRedactingMessageHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kakanai — the no-writing citizens' desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption settingsOpt(QStringLiteral("settings"), QStringLiteral("Settings INI file."), QStringLiteral("file"));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("file"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Language: ja or en."), QStringLiteral("code"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"), QStringLiteral("Load demo data on first start."));
    const QCommandLineOption kioskOpt(QStringLiteral("kiosk"), QStringLiteral("Full screen, for the kiosk."));
    const QCommandLineOption screenshotOpt(QStringLiteral("screenshot"),
                                           QStringLiteral("Save a PNG of the window and quit (for the docs)."),
                                           QStringLiteral("file"));
    const QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("Page to open: Intake, Appointments, Queue, "
                                                                            "Statistics, Outbox or Settings."),
                                     QStringLiteral("name"));
    parser.addOptions({settingsOpt, dbOpt, langOpt, demoOpt, kioskOpt, screenshotOpt, pageOpt});
    parser.process(app);

    auto settings = parser.isSet(settingsOpt) ? std::make_unique<kakanai::Settings>(parser.value(settingsOpt))
                                              : std::make_unique<kakanai::Settings>();
    kakanai::LanguageManager languages;
    const QString language = parser.isSet(langOpt) ? parser.value(langOpt) : settings->string(kakanai::SettingKey::Language);
    if (!languages.setLanguage(language))
        languages.setLanguage(QStringLiteral("ja"));

    kakanai::DatabaseOptions dbOptions;
    dbOptions.path = parser.isSet(dbOpt) ? parser.value(dbOpt) : kakanai::databasePath(*settings);
    dbOptions.busyTimeoutMs = settings->integer(kakanai::SettingKey::DatabaseBusyTimeoutMs);
    auto database = kakanai::Database::open(dbOptions);
    if (!database) {
        // No qFatal: tell the clerk what happened and what to do, then leave the file alone.
        qCCritical(lcApp) << "database could not be opened:" << kakanai::Error::codeName(database.error().code());
        QMessageBox::critical(nullptr, GuiText::cannotStart(), database.error().message() + QStringLiteral("\n\n")
                                                                  + database.error().technicalDetail());
        return 2;
    }
    kakanai::SystemClock clock;
    if (parser.isSet(demoOpt)) {
        if (auto seeded = kakanai::DemoData::seedIfNew(**database, clock); !seeded)
            qCWarning(lcApp) << "demo data not loaded:" << seeded.error().toString();
        if (!settings->isSet(kakanai::SettingKey::OfficeName))
            settings->setValue(kakanai::SettingKey::OfficeName, kakanai::DemoData::officeName());
    }

    kakanai::MainWindow window(*settings, languages, {(*database)->path(), (*database)->schemaVersion()});
    if (parser.isSet(pageOpt)) {
        const QMetaEnum pages = QMetaEnum::fromType<kakanai::MainWindow::Page>();
        bool ok = false;
        const int value = pages.keyToValue(parser.value(pageOpt).toLatin1().constData(), &ok);
        if (ok)
            window.showPage(kakanai::MainWindow::Page(value));
    }
    if (parser.isSet(kioskOpt) || settings->boolean(kakanai::SettingKey::KioskMode))
        window.showFullScreen();
    else
        window.show();

    if (parser.isSet(screenshotOpt)) {
        const QString file = parser.value(screenshotOpt);
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 2);
        });
    }
    return app.exec();
}
