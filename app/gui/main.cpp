// kakanai: the counter application. Composition root: builds the services
// and hands them to the window; no logic of its own.
#include "common/AppIdentity.h"
#include "common/Clock.h"
#include "common/LanguageManager.h"
#include "common/LogCategories.h"
#include "common/Settings.h"
#include "store/Database.h"
#include "office/OfficeStore.h"
#include "demo/DemoData.h"
#include "card/CardSession.h"
#include "card/PcscTransport.h"
#include "card/ReaderMonitor.h"
#include "forms/FormLibrary.h"
#include "forms/LifeEventNavi.h"
#include "intake/DraftStore.h"
#include "intake/Housekeeping.h"
#include "intake/IntakePage.h"
#include "prereg/PreRegMessage.h"
#include "prereg/PreRegPanel.h"
#include "scan/SerialScanner.h"
#include "intake/IntakeSession.h"
#include "outbox/BackoffPolicy.h"
#include "outbox/KeychainKeyProvider.h"
#include "outbox/KeychainSecret.h"
#include "outbox/NetworkStatusWatcher.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxConfig.h"
#include "outbox/OutboxPage.h"
#include "outbox/QtHttpTransport.h"
#include "outbox/RandomSource.h"
#include "outbox/RecordCipher.h"
#include "outbox/RecordKeyBinding.h"
#include "outbox/RecordPurger.h"
#include "outbox/Uploader.h"
#include "outbox/UploaderLock.h"
#include "security/AuditAnchor.h"
#include "security/AuditLog.h"
#include "security/AuditPage.h"
#include "security/FirstAdministratorScreen.h"
#include "security/LocalImport.h"
#include "security/IdleMonitor.h"
#include "security/SessionController.h"
#include "security/SignInScreen.h"
#include "security/StaffDirectory.h"
#include "security/StaffPage.h"
#include "shell/MainWindow.h"
#include "OfficeOpen.h"
#include "queue/BoardModel.h"
#include "board/BoardServer.h"
#include "board/QueueTicketStatus.h"
#include "queue/BoardWindow.h"
#include "queue/QueuePage.h"
#include "queue/StatisticsPage.h"
#include "queue/TicketFactsReader.h"
#include "queue/WaitEstimator.h"
#include "queue/SystemTicketPrinter.h"
#include "ticket/TicketPrinterSetting.h"
#include "ticket/TicketPrintout.h"
#include "queue/QueueService.h"

#include <QApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QMetaEnum>
#include <QTimer>
#include <QUrl>

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
    const QCommandLineOption boardOpt(QStringLiteral("board"),
                                      QStringLiteral("Show the calling board (full screen) instead of the counter."));
    const QCommandLineOption kioskOpt(QStringLiteral("kiosk"), QStringLiteral("Full screen, for the kiosk."));
    const QCommandLineOption screenshotOpt(QStringLiteral("screenshot"),
                                           QStringLiteral("Save a PNG of the window and quit (for the docs)."),
                                           QStringLiteral("file"));
    const QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("Page to open: Intake, Appointments, Queue, "
                                                                            "Statistics, Outbox or Settings."),
                                     QStringLiteral("name"));
    parser.addOptions({settingsOpt, dbOpt, langOpt, demoOpt, boardOpt, kioskOpt, screenshotOpt, pageOpt});
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
    // --screenshot FILE: a PNG of `widget` half a second after start, then quit (the docs' screenshots).
    const auto screenshotLater = [&](QWidget &widget) {
        if (!parser.isSet(screenshotOpt))
            return;
        const QString file = parser.value(screenshotOpt);
        QTimer::singleShot(500, &widget, [&widget, file] { QCoreApplication::exit(widget.grab().save(file) ? 0 : 2); });
    };

    if (parser.isSet(boardOpt)) {
        // A calling board (docs/admin/board.md): the office's queue only — no
        // local records, no card, no sign-in; nothing personal is shown.
        auto boardOffice = kakanai::openOfficeStoreInteractively(*settings, dbOptions.path);
        if (!boardOffice)
            return 2;
        kakanai::SystemClock boardClock;
        kakanai::queue::QueueService boardQueue(*boardOffice, boardClock,
                                                kakanai::queue::QueueOptions::fromSettings(*settings));
        kakanai::queue::BoardModel model(boardQueue, boardOffice->changes(),
                                         settings->string(kakanai::SettingKey::OfficeName),
                                         settings->integer(kakanai::SettingKey::BoardRecentCount));
        kakanai::BoardWindow board(model);
        // The same board as a web page for TVs on the office LAN, pushed over a
        // WebSocket, with 混雑状況 and the tickets' status pages.
        kakanai::board::QueueTicketStatus ticketStatus(boardQueue, &model);
        kakanai::board::BoardServer web(&ticketStatus);
        if (const int port = settings->integer(kakanai::SettingKey::BoardWebPort); port > 0) {
            const QHostAddress address(settings->string(kakanai::SettingKey::BoardWebAddress));
            if (auto listening = web.listen(address, quint16(port)); !listening)
                qCWarning(lcApp) << "web board not started:" << listening.error().toString();
            QObject::connect(&model, &kakanai::queue::BoardModel::snapshotChanged, &web,
                             &kakanai::board::BoardServer::publish);
        }
        model.refresh();
        if (parser.isSet(screenshotOpt)) {
            board.resize(1280, 720);
            board.show();
        } else {
            board.showFullScreen();
        }
        screenshotLater(board);
        return app.exec();
    }

    auto database = kakanai::Database::open(dbOptions);
    if (!database) {
        // No qFatal: tell the clerk what happened and what to do, then leave the file alone.
        qCCritical(lcApp) << "database could not be opened:" << kakanai::Error::codeName(database.error().code());
        QMessageBox::critical(nullptr, kakanai::cannotStartTitle(), database.error().message() + QStringLiteral("\n\n")
                                                                  + database.error().technicalDetail());
        return 2;
    }
    kakanai::SystemClock clock;
    const QTimeZone officeZone(settings->string(kakanai::SettingKey::OfficeTimeZone).toUtf8());
    // The record key first: the audit log's checkpoint is sealed with a subkey of it.
    const auto keys = kakanai::makeKeyProvider(*settings);
    auto cipher = kakanai::RecordKeyBinding::open(**database, *keys);
    if (!cipher) {
        QMessageBox::critical(nullptr, kakanai::cannotStartTitle(), cipher.error().message() + QStringLiteral("\n\n")
                                                                + cipher.error().technicalDetail());
        return 2;
    }
    // The audit chain's head, kept outside the store (docs/security.md, "The audit anchor").
    // This PC's chain: what happens to its records (purged, damaged, keys), in
    // the same transactions as those records.
    const auto auditAnchor = kakanai::FileAuditAnchor::forStore(*settings, (*database)->path(), **cipher);
    kakanai::AuditLog audit(**database, clock, settings->string(kakanai::SettingKey::TerminalId), officeZone,
                            *auditAnchor);

    // The office store (docs/admin/office.md): staff accounts and the office's
    // audit chain, shared by every PC of the office; a SQLite file beside the
    // local store unless office/url names a PostgreSQL server.
    std::unique_ptr<kakanai::OfficeStore> office = kakanai::openOfficeStoreInteractively(*settings, dbOptions.path);
    if (!office)
        return 2;
    const auto officeAnchor = kakanai::FileAuditAnchor::forStore(*settings, office->location(), **cipher);
    kakanai::AuditLog officeAudit(*office, clock, settings->string(kakanai::SettingKey::TerminalId), officeZone,
                                  *officeAnchor);
    // One PC upgrading to the office store on its own file: its staff and
    // audit move over by themselves (on a server, an administrator runs
    // kakanai-cli office import-local).
    if (auto imported = kakanai::LocalImport::importOnFirstUse(**database, *office, officeAudit,
                                                               kakanai::AuditAnchor::storeIdFor((*database)->path()));
        !imported) {
        QMessageBox::critical(nullptr, kakanai::cannotStartTitle(),
                              imported.error().message() + QStringLiteral("\n\n") + imported.error().technicalDetail());
        return 2;
    }
    kakanai::StaffDirectory staff(*office, clock, officeAudit);
    if (parser.isSet(demoOpt)) {
        if (auto seeded = kakanai::DemoData::seedIfNew(**database, clock); !seeded)
            qCWarning(lcApp) << "demo data not loaded:" << seeded.error().toString();
        if (!settings->isSet(kakanai::SettingKey::OfficeName))
            settings->setValue(kakanai::SettingKey::OfficeName, kakanai::DemoData::officeName());
        // Demo accounts (docs/user/guide.md), only on a store that has no staff yet.
        if (staff.needsFirstAdministrator().value_or(false)) {
            for (const auto &[id, name, role, password] : kakanai::DemoData::staff())
                if (auto ok = staff.create({id, name, role, true}, password, QString()); !ok)
                    qCWarning(lcApp) << "demo staff not created:" << ok.error().toString();
        }
    }

    // Completed records: encrypted in the store, uploaded by one uploader per
    // store (the lock also keeps kakanai-cli outbox flush from running beside us).
    kakanai::Outbox outbox(**database, **cipher, clock);
    outbox.setAuditLog(&audit); // a record found damaged is audited when it is marked
    const kakanai::OutboxConfig outboxConfig = kakanai::OutboxConfig::fromSettings(*settings);
    kakanai::SystemRandomSource random;
    const kakanai::BackoffPolicy backoff(outboxConfig.backoffFloor, outboxConfig.backoffCap, random);
    auto uploaderLock = outbox.acquireUploaderLock();
    auto transport = kakanai::QtHttpTransport::create(outboxConfig.http);
    std::unique_ptr<kakanai::Uploader> uploader;
    if (uploaderLock && transport) {
        uploader = std::make_unique<kakanai::Uploader>(outbox, **transport, backoff, clock, outboxConfig.uploader);
        uploader->setAuditCheckpointSource([&auditAnchor] { return auditAnchor->headerValue(); });
    } else
        qCWarning(lcApp) << "records are not uploaded by this window:"
                         << (uploaderLock ? transport.error().toString() : uploaderLock.error().toString());

    // Open visits, saved encrypted as the clerk works (a crash loses nothing).
    kakanai::intake::DraftStore drafts(**database, **cipher, clock);
    // Sent records and stale drafts leave this PC after the retention period (audited): now and daily.
    kakanai::RecordPurger purger(**database, clock, audit);
    kakanai::intake::Housekeeping housekeeping(purger, &drafts, *settings, clock);
    housekeeping.start();

    kakanai::IdleMonitor idle(clock, std::chrono::minutes(settings->integer(kakanai::SettingKey::IdleLockMinutes)));
    kakanai::SessionController session(staff, officeAudit, idle);

    // The monitor and the reads each have their own PC/SC context.
    kakanai::ReaderMonitor monitor(std::make_unique<kakanai::PcscTransport>());
    auto cardTransport = std::make_unique<kakanai::PcscTransport>();
    cardTransport->setApduTimeout(std::chrono::milliseconds(settings->integer(kakanai::SettingKey::CardApduTimeoutMs)));
    kakanai::CardSession cardSession(std::move(cardTransport));
    auto *intake = new kakanai::IntakePage(monitor, cardSession, settings->string(kakanai::SettingKey::CardReaderName));

    // The forms and the 手続ナビ: built-in, or the municipality's own folder.
    const QString formsDir = settings->string(kakanai::SettingKey::FormsOverrideDir);
    const kakanai::forms::FormLibrary formLibrary = kakanai::forms::FormLibrary::load(formsDir);
    for (const auto &problem : formLibrary.problems())
        qCWarning(lcApp) << "form definition not used:" << problem.toString();
    QList<kakanai::forms::DefinitionProblem> naviProblems;
    auto navi = kakanai::forms::LifeEventNavi::load(formLibrary, formsDir, &naviProblems);
    for (const auto &problem : naviProblems)
        qCWarning(lcApp) << "municipality's 手続ナビ not used:" << problem.toString();
    // The visit's application layer: the card, the forms, the paper, completion, drafts.
    kakanai::intake::IntakeSession intakeSession(formLibrary, outbox, clock,
                                                 settings->string(kakanai::SettingKey::TerminalId), officeZone);
    intakeSession.attachCardSession(cardSession);
    intakeSession.attachStaffSession(session);
    intakeSession.attachDrafts(drafts);
    if (navi)
        intake->attachIntake(intakeSession, *navi);
    else
        qCWarning(lcApp) << "手続ナビ not loaded:" << navi.error().toString();
    intake->setOfficeName(settings->string(kakanai::SettingKey::OfficeName));
    // The citizen's QR code: signed codes of these servers show as verified.
    auto trustedKeys = kakanai::prereg::TrustedKeys::parseSetting(
        settings->string(kakanai::SettingKey::PreRegTrustedKeys));
    if (trustedKeys)
        intake->setTrustedKeys(std::move(*trustedKeys));
    else
        qCWarning(lcApp) << "prereg/trustedKeys not used:" << trustedKeys.error().toString();
    intake->setKeyboardWedgeEnabled(settings->boolean(kakanai::SettingKey::ScannerKeyboardWedge));
    // A serial (USB-COM) QR scanner, when one is set: it survives being unplugged.
    std::unique_ptr<kakanai::scan::SerialScanner> serialScanner;
    if (const QString port = settings->string(kakanai::SettingKey::ScannerSerialPort); !port.isEmpty()) {
        kakanai::scan::SerialScanner::Options options;
        options.portName = port;
        options.baudRate = settings->integer(kakanai::SettingKey::ScannerSerialBaud);
        serialScanner = std::make_unique<kakanai::scan::SerialScanner>(options);
        QObject::connect(serialScanner.get(), &kakanai::scan::SerialScanner::scanned, intake,
                         &kakanai::IntakePage::acceptScannedSymbol);
        QObject::connect(serialScanner.get(), &kakanai::scan::SerialScanner::problem, intake->preRegPanel(),
                         &kakanai::PreRegPanel::showProblem);
        serialScanner->start();
    }

    // 送信: counts, rejected records and their reasons, resend (supervisor, audited), CSV export.
    auto *outboxPage = new kakanai::OutboxPage(outbox, **database, **cipher);
    outboxPage->setMappingFile(settings->string(kakanai::SettingKey::CsvMappingFile));
    outboxPage->setPermissionCheck([&session](kakanai::Action action) { return session.allows(action); });
    QObject::connect(&session, &kakanai::SessionController::signedIn, outboxPage, &kakanai::OutboxPage::updateActions);
    QObject::connect(&session, &kakanai::SessionController::signedOut, outboxPage, &kakanai::OutboxPage::updateActions);
    QObject::connect(&session, &kakanai::SessionController::lockedChanged, outboxPage,
                     &kakanai::OutboxPage::updateActions);
    QObject::connect(outboxPage, &kakanai::OutboxPage::csvExported, &session, [&session](const QString &kind, int rows) {
        session.audit(QStringLiteral("export-csv"), kind, QStringLiteral("rows=%1").arg(rows));
    });
    kakanai::intake::Housekeeping::installResendPolicy(outbox, session);

    // 呼出: the ticket queue on the office store (docs/user/queue.md); the board
    // model follows the change feed for the page's lists and its stale alert.
    kakanai::queue::QueueService queueService(*office, clock, kakanai::queue::QueueOptions::fromSettings(*settings));
    kakanai::queue::BoardModel queueBoard(queueService, office->changes(),
                                          settings->string(kakanai::SettingKey::OfficeName),
                                          settings->integer(kakanai::SettingKey::BoardRecentCount));
    auto *queuePage =
        new kakanai::QueuePage(queueService, queueBoard, settings->string(kakanai::SettingKey::QueueCounterId));
    queuePage->setActorSource([&session] {
        const auto &member = session.current();
        return member ? kakanai::queue::QueueActor{member->staffId, member->role} : kakanai::queue::QueueActor{};
    });
    // Reception's slips (docs/admin/ticket-printers.md): a ticket joins the queue once its slip printed.
    std::unique_ptr<kakanai::print::TicketPrinter> ticketPrinter;
    if (auto spec = kakanai::print::TicketPrinterSetting::parse(settings->string(kakanai::SettingKey::TicketPrinter));
        !spec) {
        qCWarning(lcApp) << "ticket/printer not used:" << spec.error().toString();
    } else if (spec->kind == kakanai::print::TicketPrinterSpec::Kind::System) {
        ticketPrinter = std::make_unique<kakanai::SystemTicketPrinter>(kakanai::SystemTicketPrinter::Options{
            spec->systemPrinterName, settings->integer(kakanai::SettingKey::TicketPaperWidthDots)});
    } else if (spec->kind != kakanai::print::TicketPrinterSpec::Kind::None) {
        ticketPrinter =
            kakanai::print::makeEscPosPrinter(*spec, settings->integer(kakanai::SettingKey::TicketPaperWidthDots));
    }
    if (ticketPrinter) {
        // The QR leads to the ticket's page on the web board (board/publicUrl, else this host).
        QString publicUrl = settings->string(kakanai::SettingKey::BoardPublicUrl);
        if (publicUrl.isEmpty())
            publicUrl = QStringLiteral("http://%1:%2")
                            .arg(QHostInfo::localHostName())
                            .arg(settings->integer(kakanai::SettingKey::BoardWebPort));
        queuePage->setSlipPrinter([&, publicUrl](const kakanai::queue::IssuedTicket &issued, bool reprint) {
            kakanai::print::TicketPrintout slip;
            slip.officeName = settings->string(kakanai::SettingKey::OfficeName);
            slip.ticketDisplay = issued.ticket.display;
            if (auto category = queueService.category(issued.ticket.category)) {
                slip.categoryJa = category->nameJa;
                slip.categoryEn = category->nameEn;
            }
            slip.issuedAt = issued.ticket.issuedAt;
            slip.officeZone = officeZone;
            slip.peopleAhead = issued.peopleAhead;
            slip.estimatedWaitMinutes = kakanai::queue::WaitEstimator::minutes(issued.estimatedWaitSeconds);
            if (settings->integer(kakanai::SettingKey::BoardWebPort) > 0)
                slip.statusUrl = publicUrl + QStringLiteral("/ticket/") + issued.ticket.ticketId;
            slip.reprint = reprint;
            return ticketPrinter->print(slip);
        });
    }
    QObject::connect(&intakeSession, &kakanai::intake::IntakeSession::visitCompleted, queuePage,
                     &kakanai::QueuePage::setCompletedVisit);
    queueBoard.refresh();

    // 統計: the supervisors' wait-time statistics, read from the office store when asked.
    auto *statisticsPage = new kakanai::StatisticsPage(
        [&office](QDate from, QDate to) { return kakanai::queue::TicketFactsReader::read(*office, from, to); }, clock,
        *settings);

    kakanai::MainWindow window(*settings, languages, {(*database)->path(), (*database)->schemaVersion()},
                               {intake, new kakanai::AuditPage(officeAudit), new kakanai::StaffPage(session), outboxPage,
                                queuePage, statisticsPage});
    auto *signIn = new kakanai::SignInScreen(session);
    QWidget *firstRun = staff.needsFirstAdministrator().value_or(false) ? new kakanai::FirstAdministratorScreen(session)
                                                                         : nullptr;
    window.attachSession(session, signIn, firstRun);
    window.attachReaderMonitor(monitor);
    window.attachOfficeFeed(*office->changes());
    // Serving a ticket opens the intake page for its visit.
    QObject::connect(queuePage, &kakanai::QueuePage::serviceStarted, &window,
                     [&window] { window.showPage(kakanai::MainWindow::Page::Intake); });
    monitor.start();
    kakanai::NetworkStatusWatcher network(QUrl(settings->string(kakanai::SettingKey::BackOfficeUrl)));
    if (uploader) {
        window.attachUploader(*uploader);
        intakeSession.attachUploader(*uploader);
        QObject::connect(outboxPage, &kakanai::OutboxPage::uploadNowRequested, uploader.get(),
                         &kakanai::Uploader::retryAllNow);
        QObject::connect(uploader.get(), &kakanai::Uploader::passFinished, outboxPage, &kakanai::OutboxPage::refresh);
        QObject::connect(&network, &kakanai::NetworkStatusWatcher::availabilityChanged, uploader.get(),
                         &kakanai::Uploader::setNetworkAvailable);
        if (auto started = uploader->start(); !started)
            qCWarning(lcApp) << "uploader not started:" << started.error().toString();
    } else {
        window.setBackOfficeStatus(QCoreApplication::translate("Kakanai", "Back office: records are not being sent"));
    }
    idle.start();

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

    screenshotLater(window);
    const int status = app.exec();
    if (uploader)
        uploader->stop();
    monitor.stop();
    cardSession.waitForIdle();
    return status;
}
