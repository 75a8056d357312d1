// QueueCategories (kakanai-cli queue category set): the rules of a category
// (data-driven, no store), then on SQLite and PostgreSQL: saving, the unique
// prefix, today's band moved along the numbers given, and the counter role's
// refusal put plainly.
#include "common/Clock.h"
#include "office/OfficeMigrations.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "queue/QueueCategories.h"
#include "queue/QueueService.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using kakanai::ErrorCode;
using kakanai::ManualClock;
using kakanai::OfficeStore;
using kakanai::OfficeStoreOptions;
using kakanai::Role;
using kakanai::queue::IssueRequest;
using kakanai::queue::QueueActor;
using kakanai::queue::QueueCategories;
using kakanai::queue::QueueCategory;
using kakanai::queue::QueueOptions;
using kakanai::queue::QueueService;
using kakanai::test::OfficeTestEnv;

namespace {

const QTimeZone kTokyo(QByteArrayLiteral("Asia/Tokyo"));

QueueCategory tax(int first = 1, int last = 99, const QString &prefix = QStringLiteral("D"))
{
    QueueCategory c;
    c.code = QStringLiteral("tax");
    c.prefix = prefix;
    c.firstNumber = first;
    c.lastNumber = last;
    c.nameJa = QStringLiteral("税証明");
    c.nameEn = QStringLiteral("Tax certificates");
    c.procedures = {QStringLiteral("tax-certificate")};
    c.sortOrder = 4;
    return c;
}

} // namespace

Q_DECLARE_METATYPE(kakanai::queue::QueueCategory)

class TestQueueCategories : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void validation_data();
    void validation();
    void invalidSavesNothing_data();
    void invalidSavesNothing();
    void savesAndChanges_data();
    void savesAndChanges();
    void prefixIsUnique_data();
    void prefixIsUnique();
    void todaysBandFollows_data();
    void todaysBandFollows();
    void counterRoleIsToldItMayNot();

private:
    std::unique_ptr<OfficeStore> freshStore(const QString &engine, OfficeStoreOptions *options = nullptr);
    static void engineRows();

    QTemporaryDir m_dir;
    // 2026-04-01 10:00 in Tokyo.
    ManualClock m_clock{QDateTime(QDate(2026, 4, 1), QTime(1, 0), Qt::UTC)};
};

void TestQueueCategories::initTestCase()
{
    QString why;
    QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    QVERIFY(m_dir.isValid());
}

void TestQueueCategories::cleanupTestCase()
{
    OfficeTestEnv::dropAll();
}

void TestQueueCategories::engineRows()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : OfficeTestEnv::engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

std::unique_ptr<OfficeStore> TestQueueCategories::freshStore(const QString &engine, OfficeStoreOptions *options)
{
    OfficeStoreOptions fresh = OfficeTestEnv::freshStore(engine, m_dir);
    fresh.migrate = true;
    fresh.createIfMissing = true;
    if (options)
        *options = fresh;
    auto opened = OfficeStore::open(fresh);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    return std::move(*opened);
}

void TestQueueCategories::validation_data()
{
    QTest::addColumn<QueueCategory>("category");
    QTest::addColumn<QString>("refusal"); // empty: accepted

    const auto with = [](auto change) {
        QueueCategory c = tax();
        change(c);
        return c;
    };
    QTest::newRow("valid") << tax() << QString();
    QTest::newRow("two-letter prefix") << tax(1, 99, QStringLiteral("TX")) << QString();
    QTest::newRow("band 0-9999") << tax(0, 9999) << QString();
    QTest::newRow("band of one number") << tax(7, 7) << QString();
    QTest::newRow("code with digits, - and _") << with([](QueueCategory &c) { c.code = QStringLiteral("tax_2-b"); })
                                               << QString();
    QTest::newRow("no procedures") << with([](QueueCategory &c) { c.procedures.clear(); }) << QString();

    const QString code = QStringLiteral("A category code is 1 to 24 characters");
    QTest::newRow("empty code") << with([](QueueCategory &c) { c.code.clear(); }) << code;
    QTest::newRow("upper-case code") << with([](QueueCategory &c) { c.code = QStringLiteral("Tax"); }) << code;
    QTest::newRow("code with a space") << with([](QueueCategory &c) { c.code = QStringLiteral("tax b"); }) << code;
    QTest::newRow("code of 25") << with([](QueueCategory &c) { c.code = QString(25, QLatin1Char('t')); }) << code;
    const QString prefix = QStringLiteral("A ticket prefix is one or two capital letters A–Z.");
    QTest::newRow("empty prefix") << tax(1, 99, QString()) << prefix;
    QTest::newRow("three letters") << tax(1, 99, QStringLiteral("TAX")) << prefix;
    QTest::newRow("lower case") << tax(1, 99, QStringLiteral("d")) << prefix;
    QTest::newRow("digit") << tax(1, 99, QStringLiteral("D1")) << prefix;
    QTest::newRow("full-width letter") << tax(1, 99, QStringLiteral("Ｄ")) << prefix;
    QTest::newRow("accented letter") << tax(1, 99, QStringLiteral("É")) << prefix;
    const QString range = QStringLiteral("Ticket numbers are between 0 and 9999.");
    QTest::newRow("first below 0") << tax(-1, 99) << range;
    QTest::newRow("last above 9999") << tax(1, 10000) << range;
    QTest::newRow("first above 9999") << tax(10000, 10000) << range;
    QTest::newRow("first after last") << tax(100, 99)
                                      << QStringLiteral("The first number of the band must not be after its last number.");
    QTest::newRow("no Japanese name") << with([](QueueCategory &c) { c.nameJa = QStringLiteral("  "); })
                                      << QStringLiteral("The Japanese name is 1 to 40 characters.");
    QTest::newRow("Japanese name of 41") << with([](QueueCategory &c) { c.nameJa = QString(41, QChar(0x7A0E)); })
                                         << QStringLiteral("The Japanese name is 1 to 40 characters.");
    QTest::newRow("no English name") << with([](QueueCategory &c) { c.nameEn.clear(); })
                                     << QStringLiteral("The English name is 1 to 60 characters.");
    QTest::newRow("English name of 61") << with([](QueueCategory &c) { c.nameEn = QString(61, QLatin1Char('x')); })
                                        << QStringLiteral("The English name is 1 to 60 characters.");
    QTest::newRow("procedure with a space") << with([](QueueCategory &c) { c.procedures = {QStringLiteral("tax cert")}; })
                                            << QStringLiteral("A procedure is a 手続ナビ form id without spaces.");
}

void TestQueueCategories::validation()
{
    QFETCH(QueueCategory, category);
    QFETCH(QString, refusal);
    const auto checked = QueueCategories::validate(category);
    if (refusal.isEmpty()) {
        QVERIFY2(checked.has_value(), checked ? "" : qPrintable(checked.error().toString()));
        return;
    }
    QVERIFY(!checked);
    QCOMPARE(checked.error().code(), ErrorCode::InvalidArgument);
    QVERIFY2(checked.error().message().startsWith(refusal), qPrintable(checked.error().message()));
}

void TestQueueCategories::invalidSavesNothing_data()
{
    engineRows();
}

void TestQueueCategories::invalidSavesNothing()
{
    QFETCH(QString, engine);
    auto store = freshStore(engine);
    QVERIFY(store);
    QueueCategories categories(*store, m_clock, kTokyo);
    auto saved = categories.save(tax(100, 99));
    QVERIFY(!saved);
    QCOMPARE(saved.error().code(), ErrorCode::InvalidArgument);
    auto all = categories.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 3); // the defaults only
}

void TestQueueCategories::savesAndChanges_data()
{
    engineRows();
}

void TestQueueCategories::savesAndChanges()
{
    QFETCH(QString, engine);
    auto store = freshStore(engine);
    QVERIFY(store);
    QueueCategories categories(*store, m_clock, kTokyo);
    auto saved = categories.save(tax());
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));
    QVERIFY(saved->created);
    QCOMPARE(saved->today, QueueCategories::TodayBand::NotStarted);

    QueueCategory changed = tax(200, 299, QStringLiteral("TX"));
    changed.nameEn = QStringLiteral("Tax");
    changed.sortOrder = 0;
    changed.active = false;
    saved = categories.save(changed);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));
    QVERIFY(!saved->created);

    auto all = categories.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 4);
    const QueueCategory &first = all->first(); // order 0 comes first
    QCOMPARE(first.code, QStringLiteral("tax"));
    QCOMPARE(first.prefix, QStringLiteral("TX"));
    QCOMPARE(first.firstNumber, 200);
    QCOMPARE(first.lastNumber, 299);
    QCOMPARE(first.nameJa, QStringLiteral("税証明"));
    QCOMPARE(first.nameEn, QStringLiteral("Tax"));
    QCOMPARE(first.procedures, QStringList{QStringLiteral("tax-certificate")});
    QCOMPARE(first.active, false);
    // Inactive: the queue no longer offers it.
    QueueService service(*store, m_clock, QueueOptions{});
    auto offered = service.category(QStringLiteral("tax"));
    QVERIFY(!offered);
    QCOMPARE(offered.error().code(), ErrorCode::NotFound);

    // No procedures: stored as none (an empty list must not become NULL).
    QueueCategory bare = tax(1, 9, QStringLiteral("G"));
    bare.code = QStringLiteral("bare");
    bare.procedures.clear();
    saved = categories.save(bare);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));
    auto found = service.category(QStringLiteral("bare"));
    QVERIFY(found);
    QVERIFY(found->procedures.isEmpty());
}

void TestQueueCategories::prefixIsUnique_data()
{
    engineRows();
}

void TestQueueCategories::prefixIsUnique()
{
    QFETCH(QString, engine);
    auto store = freshStore(engine);
    QVERIFY(store);
    QueueCategories categories(*store, m_clock, kTokyo);
    // A is the certificates'.
    auto saved = categories.save(tax(1, 99, QStringLiteral("A")));
    QVERIFY(!saved);
    QCOMPARE(saved.error().code(), ErrorCode::InvalidArgument);
    QVERIFY2(saved.error().message().contains(QStringLiteral("certificates")), qPrintable(saved.error().message()));
    QCOMPARE(categories.all()->size(), 3);
    // A category keeps its own prefix when it changes.
    auto certificates = QueueService(*store, m_clock, QueueOptions{}).category(QStringLiteral("certificates"));
    QVERIFY(certificates);
    certificates->lastNumber = 300;
    QVERIFY(categories.save(*certificates));

    // A001 was given today; certificates then move to E: A stays taken today
    // (two "A001" could not be told apart), and is free tomorrow.
    QueueService service(*store, m_clock, QueueOptions{});
    const QueueActor reception{QStringLiteral("r01"), Role::Reception};
    IssueRequest request;
    request.category = QStringLiteral("certificates");
    request.printSlip = false;
    auto issued = service.issue(reception, request);
    QVERIFY2(issued, issued ? "" : qPrintable(issued.error().toString()));
    QCOMPARE(issued->ticket.display, QStringLiteral("A001"));
    certificates->prefix = QStringLiteral("E");
    QVERIFY(categories.save(*certificates));
    saved = categories.save(tax(1, 99, QStringLiteral("A")));
    QVERIFY(!saved);
    QVERIFY2(saved.error().message().contains(QStringLiteral("from tomorrow")), qPrintable(saved.error().message()));
    // A prefix that begins with A is another prefix ("AB001" is not "A001").
    QVERIFY(categories.save(tax(1, 99, QStringLiteral("AB"))));
    m_clock.advanceDays(1);
    const auto backToToday = qScopeGuard([&] { m_clock.advanceDays(-1); });
    saved = categories.save(tax(1, 99, QStringLiteral("A")));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));
}

void TestQueueCategories::todaysBandFollows_data()
{
    engineRows();
}

void TestQueueCategories::todaysBandFollows()
{
    QFETCH(QString, engine);
    auto store = freshStore(engine);
    QVERIFY(store);
    QueueCategories categories(*store, m_clock, kTokyo);
    QueueService service(*store, m_clock, QueueOptions{});
    const QueueActor reception{QStringLiteral("r01"), Role::Reception};
    IssueRequest request;
    request.category = QStringLiteral("tax");
    request.printSlip = false;
    const auto issue = [&]() -> QString {
        auto issued = service.issue(reception, request);
        return issued ? issued->ticket.display : QString::fromLatin1(kakanai::Error::codeName(issued.error().code()));
    };

    QVERIFY(categories.save(tax(1, 2)));
    QCOMPARE(issue(), QStringLiteral("D001"));
    QCOMPARE(issue(), QStringLiteral("D002"));
    QCOMPARE(issue(), QStringLiteral("ticket-band-exhausted"));

    // Widened: on after D002.
    auto saved = categories.save(tax(1, 5));
    QVERIFY(saved);
    QCOMPARE(saved->today, QueueCategories::TodayBand::Applied);
    QCOMPARE(saved->lastGivenToday, 2);
    QCOMPARE(issue(), QStringLiteral("D003"));
    // Moved up: jumps to the new first number.
    saved = categories.save(tax(50, 60));
    QVERIFY(saved);
    QCOMPARE(saved->today, QueueCategories::TodayBand::Applied);
    QCOMPARE(issue(), QStringLiteral("D050"));
    // Moved back below the numbers given: today keeps its band (never a number twice).
    saved = categories.save(tax(1, 9));
    QVERIFY(saved);
    QCOMPARE(saved->today, QueueCategories::TodayBand::KeptUntilTomorrow);
    QCOMPARE(saved->lastGivenToday, 50);
    QCOMPARE(issue(), QStringLiteral("D051"));
    // Closed at the last number given: exhausted now.
    saved = categories.save(tax(1, 51));
    QVERIFY(saved);
    QCOMPARE(saved->today, QueueCategories::TodayBand::Applied);
    QCOMPARE(issue(), QStringLiteral("ticket-band-exhausted"));

    // Tomorrow: the category's band as it is now, from its start; before the
    // day's first number, a change is simply the band.
    m_clock.advanceDays(1);
    const auto backToToday = qScopeGuard([&] { m_clock.advanceDays(-1); });
    saved = categories.save(tax(5, 9));
    QVERIFY(saved);
    QCOMPARE(saved->today, QueueCategories::TodayBand::NotStarted);
    QCOMPARE(saved->lastGivenToday, -1);
    QCOMPARE(issue(), QStringLiteral("D005"));
}

// On PostgreSQL the counter PCs' role only reads the categories: saving as it
// fails with a message that says who may, and changes nothing.
void TestQueueCategories::counterRoleIsToldItMayNot()
{
    OfficeStoreOptions options;
    auto owner = freshStore(QStringLiteral("postgresql"), &options);
    QVERIFY(owner);
    const QString database = options.location.database();
    const QString counter = QStringLiteral("counter_q_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
    const QString password = QUuid::createUuid().toString(QUuid::Id128);
    const auto dropRoles = qScopeGuard([&] {
        QString ignored;
        OfficeTestEnv::superuserScript(database, QStringLiteral("DROP OWNED BY %1, kakanai_counter;").arg(counter),
                                       &ignored);
        OfficeTestEnv::superuserExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(counter), &ignored);
        OfficeTestEnv::superuserExec(QStringLiteral("DROP ROLE IF EXISTS kakanai_counter"), &ignored);
    });
    QString error;
    QVERIFY2(OfficeTestEnv::superuserScript(database, kakanai::OfficeMigrations::counterRoleSql(), &error),
             qPrintable(error));
    QVERIFY2(OfficeTestEnv::superuserScript(
                 database,
                 QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE kakanai_counter;").arg(counter, password),
                 &error),
             qPrintable(error));
    const QString passwordFile =
        OfficeTestEnv::privateFile(m_dir.filePath(counter + QStringLiteral(".password")), password.toUtf8());
    QVERIFY(!passwordFile.isEmpty());
    auto location = kakanai::OfficeLocation::parse(QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
                                                       .arg(counter, OfficeTestEnv::host())
                                                       .arg(OfficeTestEnv::port())
                                                       .arg(database));
    QVERIFY(location);
    OfficeStoreOptions asCounter;
    asCounter.location = *location;
    asCounter.passwordFile = passwordFile;
    asCounter.migrate = false;
    asCounter.createIfMissing = false;
    asCounter.applicationName = QStringLiteral("kakanai-test-counter");
    auto opened = OfficeStore::open(asCounter);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));

    QueueCategories categories(**opened, m_clock, kTokyo);
    QCOMPARE(categories.all()->size(), 3); // reading is allowed
    auto saved = categories.save(tax());
    QVERIFY(!saved);
    QCOMPARE(saved.error().code(), ErrorCode::PermissionDenied);
    QVERIFY2(saved.error().message().contains(QStringLiteral("may not change ticket categories")),
             qPrintable(saved.error().message()));
    QVERIFY2(saved.error().message().contains(QStringLiteral("owner's role")), qPrintable(saved.error().message()));
    QVERIFY(saved.error().technicalDetail().startsWith(QStringLiteral("42501")));
    QCOMPARE(QueueCategories(*owner, m_clock, kTokyo).all()->size(), 3);
}

QTEST_GUILESS_MAIN(TestQueueCategories)
#include "tst_queue_categories.moc"
