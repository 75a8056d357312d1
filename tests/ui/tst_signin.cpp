// Sign-in, roles, idle lock and parking, driven through the real window:
// the first administrator, each role's pages, a locked screen that hides the
// visit, the same clerk continuing, another clerk taking over.
#include "PersonFile.h"
#include "VirtualMyNumberCard.h"
#include "card/CardPanel.h"
#include "card/CardSession.h"
#include "card/FakeCardTransport.h"
#include "card/ReaderMonitor.h"
#include "common/Clock.h"
#include "common/LanguageManager.h"
#include "common/Settings.h"
#include "forms/LifeEventNavi.h"
#include "intake/IntakePage.h"
#include "intake/IntakeSession.h"
#include "outbox/Outbox.h"
#include "outbox/RecordCipher.h"
#include "outbox/SecretKey.h"
#include "security/AuditLog.h"
#include "security/AuditPage.h"
#include "security/FirstAdministratorScreen.h"
#include "security/IdleMonitor.h"
#include "security/MemoryAuditAnchor.h"
#include "security/SessionController.h"
#include "security/SignInScreen.h"
#include "security/StaffDirectory.h"
#include "security/StaffPage.h"
#include "shell/MainWindow.h"
#include "store/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;

namespace {
const QString kReader = QStringLiteral("Virtual PCD 00 00");
const QString kClerkPassword = QStringLiteral("madoguchi7");
} // namespace

class TestSignIn : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunCreatesTheAdministrator();
    void eachRoleSeesItsPages_data();
    void eachRoleSeesItsPages();
    void idleLockHidesTheVisitAndTheSameClerkContinues();
    void anotherClerkParksTheVisit();
    void auditRecordsReadAndRevealWithoutPersonalData();
    void wrongPasswordPausesTheButton();

private:
    void build(bool withStaff);
    void signInThroughScreen(const QString &id, const QString &password);
    void readCard(bool withNumber);
    QPushButton *button(QWidget *root, const char *name) { return root->findChild<QPushButton *>(QLatin1String(name)); }

    QList<vcard::Person> m_persons;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MemoryAuditAnchor> m_anchor; // one per store, like the checkpoint file
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffDirectory> m_staff;
    std::unique_ptr<IdleMonitor> m_idle;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<vcard::VirtualMyNumberCard> m_card;
    std::unique_ptr<ReaderMonitor> m_monitor;
    std::unique_ptr<CardSession> m_cardSession;
    std::unique_ptr<MainWindow> m_window;
    IntakePage *m_intake = nullptr;
    std::unique_ptr<RecordCipher> m_cipher;
    std::unique_ptr<Outbox> m_outbox;
    forms::FormLibrary m_library;
    std::unique_ptr<intake::IntakeSession> m_intakeSession;
};

void TestSignIn::initTestCase()
{
    auto persons = vcard::PersonFile::load(qEnvironmentVariable("KAKANAI_SOURCE_DIR")
                                           + QStringLiteral("/tests/data/persons.json"));
    QVERIFY(persons.has_value());
    m_persons = *persons;
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestSignIn::init()
{
    static int n = 0;
    m_settings = Settings::temporary();
    auto db = Database::open({m_dir.filePath(QStringLiteral("signin%1.sqlite").arg(++n))});
    QVERIFY(db);
    m_db = std::move(*db);
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
    m_anchor = std::make_unique<MemoryAuditAnchor>();
    m_audit = std::make_unique<AuditLog>(*m_db, *m_clock, QStringLiteral("counter-01"), QTimeZone("Asia/Tokyo"),
                                         *m_anchor);
    m_staff = std::make_unique<StaffDirectory>(*m_db, *m_clock, *m_audit, PasswordHasher(PasswordHasher::Cost::Minimum));
    m_idle = std::make_unique<IdleMonitor>(*m_clock, std::chrono::minutes(10));
    m_session = std::make_unique<SessionController>(*m_staff, *m_audit, *m_idle);
}

void TestSignIn::cleanup()
{
    m_window.reset();
    m_intakeSession.reset();
    m_outbox.reset();
    m_cipher.reset();
    m_cardSession.reset();
    m_monitor.reset();
    m_session.reset();
    m_idle.reset();
    m_staff.reset();
    m_audit.reset();
    m_db.reset();
}

void TestSignIn::build(bool withStaff)
{
    if (withStaff) {
        QVERIFY(m_staff->create({QStringLiteral("admin"), QStringLiteral("Admin"), Role::Administrator, true},
                                QStringLiteral("kanri2026x"), QString()));
        QVERIFY(m_staff->create({QStringLiteral("c001"), QStringLiteral("Hanako"), Role::Clerk, true}, kClerkPassword,
                                QStringLiteral("admin")));
        QVERIFY(m_staff->create({QStringLiteral("c002"), QStringLiteral("Jiro"), Role::Clerk, true}, kClerkPassword,
                                QStringLiteral("admin")));
        QVERIFY(m_staff->create({QStringLiteral("s001"), QStringLiteral("Ichiro"), Role::Supervisor, true},
                                kClerkPassword, QStringLiteral("admin")));
        QVERIFY(m_staff->create({QStringLiteral("r001"), QStringLiteral("Saburo"), Role::Reception, true},
                                kClerkPassword, QStringLiteral("admin")));
    }
    auto monitorTransport = std::make_unique<FakeCardTransport>();
    ReaderState state;
    state.name = kReader;
    state.cardPresent = true;
    state.atr = vcard::VirtualMyNumberCard::atr();
    monitorTransport->setReaders({state});
    m_monitor = std::make_unique<ReaderMonitor>(std::move(monitorTransport));
    auto readTransport = std::make_unique<FakeCardTransport>();
    m_card = std::make_unique<vcard::VirtualMyNumberCard>(m_persons.at(0));
    m_card->powerOn();
    readTransport->setResponder([this](const QByteArray &apdu) -> Result<QByteArray> { return m_card->processApdu(apdu); });
    m_cardSession = std::make_unique<CardSession>(std::move(readTransport));
    // The visit's application layer, with an outbox on a throw-away key.
    auto key = SecretKey::allocate();
    QVERIFY(key);
    key->makeReadOnly(); // all zeros: this test never looks at a record
    m_cipher = std::make_unique<RecordCipher>(std::move(key));
    m_outbox = std::make_unique<Outbox>(*m_db, *m_cipher, *m_clock);
    m_library = forms::FormLibrary::load();
    m_intakeSession = std::make_unique<intake::IntakeSession>(m_library, *m_outbox, *m_clock, QStringLiteral("counter-01"),
                                                              QTimeZone("Asia/Tokyo"));
    m_intakeSession->attachCardSession(*m_cardSession);
    m_intakeSession->attachStaffSession(*m_session);
    m_intake = new IntakePage(*m_monitor, *m_cardSession, QString());
    m_intake->attachIntake(*m_intakeSession, *forms::LifeEventNavi::load(m_library));
    m_window = std::make_unique<MainWindow>(*m_settings, m_languages, MainWindow::StoreInfo{m_db->path(), 3},
                                            MainWindow::PageWidgets{m_intake, new AuditPage(*m_audit),
                                                                    new StaffPage(*m_session)});
    QWidget *firstRun = m_staff->needsFirstAdministrator().value() ? new FirstAdministratorScreen(*m_session) : nullptr;
    m_window->attachSession(*m_session, new SignInScreen(*m_session), firstRun);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_monitor->start();
}

void TestSignIn::signInThroughScreen(const QString &id, const QString &password)
{
    auto *screen = m_window->findChild<SignInScreen *>();
    QVERIFY(screen && screen->isVisible());
    auto *idEdit = screen->findChild<QLineEdit *>(QStringLiteral("staffIdEdit"));
    if (idEdit->isVisible()) {
        idEdit->clear();
        QTest::keyClicks(idEdit, id);
    }
    auto *passwordEdit = screen->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

void TestSignIn::readCard(bool withNumber)
{
    m_window->showPage(MainWindow::Page::Intake);
    CardPanel *panel = m_intake->cardPanel();
    panel->findChild<QCheckBox *>(QStringLiteral("withNumberCheck"))->setChecked(withNumber);
    QTRY_VERIFY(button(panel, "readCardButton")->isEnabled());
    QTest::mouseClick(button(panel, "readCardButton"), Qt::LeftButton);
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = QApplication::activeModalWidget()) != nullptr);
    for (char digit : m_persons.at(0).pin)
        QTest::mouseClick(button(dialog, QByteArray("key").append(digit).constData()), Qt::LeftButton);
    QTest::mouseClick(button(dialog, "pinOk"), Qt::LeftButton);
    QTRY_VERIFY(panel->holder() != nullptr);
}

void TestSignIn::firstRunCreatesTheAdministrator()
{
    build(false);
    auto *first = m_window->findChild<FirstAdministratorScreen *>();
    QVERIFY(first && first->isVisible());
    QVERIFY(!m_window->isWorkspaceVisible());
    QTest::keyClicks(first->findChild<QLineEdit *>(QStringLiteral("adminIdEdit")), QStringLiteral("admin"));
    QTest::keyClicks(first->findChild<QLineEdit *>(QStringLiteral("adminNameEdit")), QStringLiteral("Admin"));
    QTest::keyClicks(first->findChild<QLineEdit *>(QStringLiteral("adminPasswordEdit")), QStringLiteral("kanri2026x"));
    QTest::keyClicks(first->findChild<QLineEdit *>(QStringLiteral("adminConfirmEdit")), QStringLiteral("kanri2026y"));
    QTest::mouseClick(button(first, "createAdminButton"), Qt::LeftButton);
    QVERIFY(first->findChild<QLabel *>(QStringLiteral("adminMessage"))->text().contains(QStringLiteral("differ")));
    QCOMPARE(m_staff->needsFirstAdministrator().value(), true);
    QTest::keyClicks(first->findChild<QLineEdit *>(QStringLiteral("adminPasswordEdit")), QStringLiteral("kanri2026x"));
    QTest::keyClicks(first->findChild<QLineEdit *>(QStringLiteral("adminConfirmEdit")), QStringLiteral("kanri2026x"));
    QTest::mouseClick(button(first, "createAdminButton"), Qt::LeftButton);
    QTRY_VERIFY(m_window->isWorkspaceVisible());
    QCOMPARE(m_session->current()->role, Role::Administrator);
    QVERIFY(m_window->isPageAllowed(MainWindow::Page::Staff));
    QVERIFY(!m_window->isPageAllowed(MainWindow::Page::Intake));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QVERIFY(m_window->currentPage() != MainWindow::Page::Intake);
}

void TestSignIn::eachRoleSeesItsPages_data()
{
    QTest::addColumn<QString>("staffId");
    QTest::addColumn<Role>("role");
    QTest::newRow("clerk") << QStringLiteral("c001") << Role::Clerk;
    QTest::newRow("supervisor") << QStringLiteral("s001") << Role::Supervisor;
    QTest::newRow("reception") << QStringLiteral("r001") << Role::Reception;
}

void TestSignIn::eachRoleSeesItsPages()
{
    QFETCH(QString, staffId);
    QFETCH(Role, role);
    build(true);
    QVERIFY(!m_window->isWorkspaceVisible());
    signInThroughScreen(staffId, kClerkPassword);
    QTRY_VERIFY(m_window->isWorkspaceVisible());
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    for (MainWindow::Page page : MainWindow::allPages()) {
        const bool allowed = Permissions::allows(role, MainWindow::requiredAction(page));
        QCOMPARE(m_window->isPageAllowed(page), allowed);
        QCOMPARE(bool(nav->item(int(page))->flags() & Qt::ItemIsEnabled), allowed);
        QCOMPARE(m_window->showPage(page), allowed);
    }
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("staffStatus"))->text().contains(Permissions::displayName(role)));
    auto *passwordButton = m_window->findChild<QPushButton *>(QStringLiteral("changePasswordButton"));
    QVERIFY(passwordButton && passwordButton->isVisibleTo(m_window.get()));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("signOutButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isWorkspaceVisible());
    QVERIFY(!passwordButton->isVisibleTo(m_window.get()));
}

void TestSignIn::idleLockHidesTheVisitAndTheSameClerkContinues()
{
    build(true);
    signInThroughScreen(QStringLiteral("c001"), kClerkPassword);
    QTRY_VERIFY(m_window->isWorkspaceVisible());
    readCard(false);
    const QString name = m_intake->cardPanel()->holder()->name;

    m_clock->advanceSecs(9 * 60);
    m_idle->check();
    QVERIFY(m_window->isWorkspaceVisible());
    m_clock->advanceSecs(60);
    m_idle->check();
    QTRY_VERIFY(!m_window->isWorkspaceVisible());
    QVERIFY(!m_intake->isVisible()); // nothing of the visit is on screen
    auto *locked = m_window->findChild<QLabel *>(QStringLiteral("lockedForLabel"));
    QVERIFY(locked->isVisible());
    QVERIFY(locked->text().contains(QStringLiteral("Hanako")));

    signInThroughScreen(QStringLiteral("c001"), kClerkPassword);
    QTRY_VERIFY(m_window->isWorkspaceVisible());
    QVERIFY(m_intake->cardPanel()->holder());
    QCOMPARE(m_intake->cardPanel()->holder()->name, name);
}

void TestSignIn::anotherClerkParksTheVisit()
{
    build(true);
    signInThroughScreen(QStringLiteral("c001"), kClerkPassword);
    QTRY_VERIFY(m_window->isWorkspaceVisible());
    readCard(false);
    m_session->lock();
    QTRY_VERIFY(!m_window->isWorkspaceVisible());
    QTest::mouseClick(button(m_window.get(), "anotherStaffButton"), Qt::LeftButton);
    signInThroughScreen(QStringLiteral("c002"), kClerkPassword);
    QTRY_VERIFY(m_window->isWorkspaceVisible());
    QCOMPARE(m_session->current()->staffId, QStringLiteral("c002"));
    QVERIFY(!m_intake->cardPanel()->holder()); // c002 starts with an empty intake
    QVERIFY(m_intakeSession->hasParked(QStringLiteral("c001")));

    m_session->signOut();
    QTRY_VERIFY(!m_window->isWorkspaceVisible());
    signInThroughScreen(QStringLiteral("c001"), kClerkPassword);
    QTRY_VERIFY(m_window->isWorkspaceVisible());
    QVERIFY(m_intake->cardPanel()->holder());
    QCOMPARE(m_intake->cardPanel()->holder()->name, m_persons.at(0).name);
    QVERIFY(!m_intakeSession->hasParked(QStringLiteral("c001")));
}

void TestSignIn::auditRecordsReadAndRevealWithoutPersonalData()
{
    build(true);
    signInThroughScreen(QStringLiteral("c001"), kClerkPassword);
    QTRY_VERIFY(m_window->isWorkspaceVisible());
    readCard(true);
    QTest::mouseClick(button(m_intake, "revealNumberButton"), Qt::LeftButton);
    auto events = m_audit->events();
    QVERIFY(events);
    bool read = false;
    bool revealed = false;
    const vcard::Person &p = m_persons.at(0);
    for (const AuditEvent &e : std::as_const(*events)) {
        if (e.action == QLatin1String("read-card")) {
            read = true;
            QCOMPARE(e.staffId, QStringLiteral("c001"));
            QCOMPARE(e.detail, QStringLiteral("key=pin;number=yes"));
        }
        if (e.action == QLatin1String("reveal-individual-number")) {
            revealed = true;
            QCOMPARE(e.staffId, QStringLiteral("c001"));
        }
        for (const QString &field : {e.target, e.detail, e.action, e.staffId}) {
            QVERIFY(!field.contains(QString::fromLatin1(p.individualNumber)));
            QVERIFY(!field.contains(p.name.left(2)));
            QVERIFY(!field.contains(QString::fromLatin1(p.pin)));
        }
    }
    QVERIFY(read && revealed);
    QVERIFY(!m_audit->verify()->firstBroken.has_value());
}

void TestSignIn::wrongPasswordPausesTheButton()
{
    build(true);
    signInThroughScreen(QStringLiteral("c001"), QStringLiteral("wrong1234"));
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("signInMessage"));
    QVERIFY(message->text().contains(QStringLiteral("wrong")));
    QVERIFY(!m_window->isWorkspaceVisible());
    auto *signIn = button(m_window.get(), "signInButton");
    QVERIFY(!signIn->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), 3000);
    signInThroughScreen(QStringLiteral("c001"), kClerkPassword);
    QTRY_VERIFY(m_window->isWorkspaceVisible());
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
