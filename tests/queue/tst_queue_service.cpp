// Integration: the queue service (core/queue) on both engines: numbers per
// category and office day (reset at the office's midnight, a band that runs
// out), the slip that must print before a ticket counts, priority order, one
// ticket per counter, absent → no-show after the last call, transfer keeping
// the arrival time, refused transitions changing nothing, the events written,
// the wait estimate, and the roles. Multi-process calling: tst_queue_concurrency.
#include "common/Clock.h"
#include "office/OfficeStore.h"
#include "office/OfficeTestEnv.h"
#include "queue/QueueService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::queue;
using kakanai::test::OfficeTestEnv;

namespace {

// 10:00 in Tokyo on a Thursday.
const QDateTime kMorning(QDate(2026, 12, 3), QTime(1, 0), Qt::UTC);
const QueueActor kClerk{QStringLiteral("c001"), Role::Clerk};
const QueueActor kReception{QStringLiteral("r001"), Role::Reception};

QString codeName(ErrorCode code)
{
    return QString::fromLatin1(Error::codeName(code));
}

QueueCounter counterFor(const QString &id, const QString &category)
{
    QueueCounter counter;
    counter.counterId = id;
    counter.categories = {category};
    return counter;
}

} // namespace

#define VERIFY_OK(expr)                                                                                             \
    do {                                                                                                            \
        const auto &result_ = (expr);                                                                               \
        QVERIFY2(result_.has_value(), qPrintable(result_ ? QString() : result_.error().toString()));              \
    } while (false)

#define VERIFY_FAILS(expr, expectedCode)                                                                                    \
    do {                                                                                                            \
        const auto &result_ = (expr);                                                                               \
        QVERIFY2(!result_.has_value(), "succeeded");                                                                \
        QCOMPARE(codeName(result_.error().code()), codeName(expectedCode));                                         \
    } while (false)

class TestQueueService : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void numbersPerCategory_data() { engines(); }
    void numbersPerCategory();
    void slipMustPrintBeforeTheQueue_data() { engines(); }
    void slipMustPrintBeforeTheQueue();
    void numbersStartAgainAtOfficeMidnight_data() { engines(); }
    void numbersStartAgainAtOfficeMidnight();
    void bandThatRunsOutSaysSo_data() { engines(); }
    void bandThatRunsOutSaysSo();
    void priorityThenArrival_data() { engines(); }
    void priorityThenArrival();
    void oneTicketPerCounter_data() { engines(); }
    void oneTicketPerCounter();
    void absentUntilNoShow_data() { engines(); }
    void absentUntilNoShow();
    void transferKeepsArrival_data() { engines(); }
    void transferKeepsArrival();
    void refusedTransitionChangesNothing_data() { engines(); }
    void refusedTransitionChangesNothing();
    void everyTransitionIsAnEvent_data() { engines(); }
    void everyTransitionIsAnEvent();
    void waitEstimate_data() { engines(); }
    void waitEstimate();
    void rolesAreChecked_data() { engines(); }
    void rolesAreChecked();
    void procedureMapsToCategory_data() { engines(); }
    void procedureMapsToCategory();

private:
    static void engines();
    bool openStore();
    Ticket issueWaiting(const QString &category, TicketPriority priority = TicketPriority::None);
    int count(const QString &sql);
    bool exec(const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<OfficeStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QueueService> m_queue;
};

void TestQueueService::engines()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : OfficeTestEnv::engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

void TestQueueService::initTestCase()
{
    QString why;
    QVERIFY2(OfficeTestEnv::load(&why), qPrintable(why));
    QVERIFY(m_dir.isValid());
}

void TestQueueService::cleanupTestCase()
{
    OfficeTestEnv::dropAll();
}

void TestQueueService::init()
{
    QVERIFY(openStore());
}

void TestQueueService::cleanup()
{
    m_queue.reset();
    m_store.reset();
}

bool TestQueueService::openStore()
{
    QFETCH(QString, engine);
    auto opened = OfficeStore::open(OfficeTestEnv::freshStore(engine, m_dir));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return false;
    }
    m_store = std::move(*opened);
    m_clock = std::make_unique<ManualClock>(kMorning);
    QueueOptions options;
    options.terminalId = QStringLiteral("test-pc");
    options.maxCalls = 3;
    options.defaultServiceSeconds = 480;
    m_queue = std::make_unique<QueueService>(*m_store, *m_clock, options);
    return true;
}

Ticket TestQueueService::issueWaiting(const QString &category, TicketPriority priority)
{
    auto issued = m_queue->issue(kReception, {category, {}, priority, false});
    if (!issued)
        qWarning("%s", qPrintable(issued.error().toString()));
    m_clock->advanceSecs(30); // arrivals are apart
    return issued ? issued->ticket : Ticket();
}

int TestQueueService::count(const QString &sql)
{
    QSqlQuery q(m_store->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool TestQueueService::exec(const QString &sql)
{
    QSqlQuery q(m_store->connection());
    return q.exec(sql);
}

void TestQueueService::numbersPerCategory()
{
    const Ticket a1 = issueWaiting(QStringLiteral("certificates"));
    const Ticket a2 = issueWaiting(QStringLiteral("certificates"));
    const Ticket b1 = issueWaiting(QStringLiteral("moves"));
    QCOMPARE(a1.display, QStringLiteral("A001"));
    QCOMPARE(a2.display, QStringLiteral("A002"));
    QCOMPARE(b1.display, QStringLiteral("B500"));
    QCOMPARE(a1.officeDate, QDate(2026, 12, 3));
    QCOMPARE(a1.state, TicketState::Waiting);
    auto ahead = m_queue->peopleAhead(a2);
    VERIFY_OK(ahead);
    QCOMPARE(*ahead, 1);
    auto byNumber = m_queue->ticketByDisplay(QStringLiteral("a002"));
    VERIFY_OK(byNumber);
    QCOMPARE(byNumber->ticketId, a2.ticketId);
    // The database itself refuses a second A002 that day.
    QVERIFY(!exec(QStringLiteral("INSERT INTO ticket (ticket_id, office_date, series, number, display, category, "
                                 "state, issued_at, arrival_at) VALUES ('%1', '2026-12-03', 'certificates', 2, "
                                 "'A002', 'certificates', 'waiting', 0, 0)")
                      .arg(QStringLiteral("00000000-0000-0000-0000-000000000002"))));
}

void TestQueueService::slipMustPrintBeforeTheQueue()
{
    auto issued = m_queue->issue(kReception, {QStringLiteral("certificates"), {}, TicketPriority::None, true});
    VERIFY_OK(issued);
    QCOMPARE(issued->ticket.state, TicketState::Pending);
    auto waiting = m_queue->waitingFor(QStringLiteral("1"));
    VERIFY_OK(waiting);
    QVERIFY2(waiting->isEmpty(), "a ticket whose slip has not printed is in the queue");
    VERIFY_FAILS(m_queue->callNext(kClerk, QStringLiteral("1")), ErrorCode::QueueEmpty);

    VERIFY_OK(m_queue->confirmPrinted(kReception, issued->ticket.ticketId));
    waiting = m_queue->waitingFor(QStringLiteral("1"));
    VERIFY_OK(waiting);
    QCOMPARE(waiting->size(), 1);
    QVERIFY(waiting->first().printed);

    // A slip that never printed: the number is spent, the ticket never counted.
    auto failed = m_queue->issue(kReception, {QStringLiteral("certificates"), {}, TicketPriority::None, true});
    VERIFY_OK(failed);
    QCOMPARE(failed->ticket.display, QStringLiteral("A002"));
    VERIFY_OK(m_queue->voidUnprinted(kReception, failed->ticket.ticketId));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket WHERE outcome_detail = 'not-issued'")), 1);
    VERIFY_FAILS(m_queue->voidUnprinted(kReception, issued->ticket.ticketId), ErrorCode::TicketTransitionRefused);
    const Ticket next = issueWaiting(QStringLiteral("certificates"));
    QCOMPARE(next.display, QStringLiteral("A003"));
}

void TestQueueService::numbersStartAgainAtOfficeMidnight()
{
    // 23:59 in Tokyo (14:59 UTC).
    m_clock->setNowUtc(QDateTime(QDate(2026, 12, 3), QTime(14, 59), Qt::UTC));
    const Ticket late = issueWaiting(QStringLiteral("certificates"));
    QCOMPARE(late.display, QStringLiteral("A001"));
    QCOMPARE(late.officeDate, QDate(2026, 12, 3));
    // 00:01 in Tokyo: a new office day, although it is still the 3rd in UTC.
    m_clock->setNowUtc(QDateTime(QDate(2026, 12, 3), QTime(15, 1), Qt::UTC));
    const Ticket early = issueWaiting(QStringLiteral("certificates"));
    QCOMPARE(early.display, QStringLiteral("A001"));
    QCOMPARE(early.officeDate, QDate(2026, 12, 4));
    // Yesterday's waiting ticket is not called today.
    auto called = m_queue->callNext(kClerk, QStringLiteral("1"));
    VERIFY_OK(called);
    QCOMPARE(called->ticketId, early.ticketId);
    VERIFY_OK(m_queue->start(kClerk, QStringLiteral("1")));
    VERIFY_OK(m_queue->finish(kClerk, QStringLiteral("1")));
    VERIFY_FAILS(m_queue->callNext(kClerk, QStringLiteral("1")), ErrorCode::QueueEmpty);
}

void TestQueueService::bandThatRunsOutSaysSo()
{
    QVERIFY(exec(QStringLiteral("UPDATE queue_category SET first_number = 1, last_number = 2 "
                                "WHERE code = 'certificates'")));
    issueWaiting(QStringLiteral("certificates"));
    issueWaiting(QStringLiteral("certificates"));
    const int before = count(QStringLiteral("SELECT count(*) FROM ticket"));
    auto third = m_queue->issue(kReception, {QStringLiteral("certificates"), {}, TicketPriority::None, false});
    VERIFY_FAILS(third, ErrorCode::TicketBandExhausted);
    QVERIFY2(third.error().message().contains(QLatin1String("A002")), qPrintable(third.error().message()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket")), before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_event")), before);
    // Other categories go on.
    QCOMPARE(issueWaiting(QStringLiteral("moves")).display, QStringLiteral("B500"));
}

void TestQueueService::priorityThenArrival()
{
    const Ticket plain1 = issueWaiting(QStringLiteral("certificates"));
    const Ticket access = issueWaiting(QStringLiteral("certificates"), TicketPriority::Accessibility);
    const Ticket appointment = issueWaiting(QStringLiteral("certificates"), TicketPriority::Appointment);
    const Ticket plain2 = issueWaiting(QStringLiteral("certificates"));
    QStringList order;
    for (int i = 0; i < 4; ++i) {
        auto called = m_queue->callNext(kClerk, QStringLiteral("1"));
        VERIFY_OK(called);
        order.append(called->display);
        VERIFY_OK(m_queue->start(kClerk, QStringLiteral("1")));
        VERIFY_OK(m_queue->finish(kClerk, QStringLiteral("1")));
    }
    QCOMPARE(order, (QStringList{appointment.display, access.display, plain1.display, plain2.display}));
}

void TestQueueService::oneTicketPerCounter()
{
    const Ticket first = issueWaiting(QStringLiteral("certificates"));
    const Ticket second = issueWaiting(QStringLiteral("certificates"));
    auto called = m_queue->callNext(kClerk, QStringLiteral("1"));
    VERIFY_OK(called);
    QCOMPARE(called->ticketId, first.ticketId);
    QCOMPARE(called->counterId, QStringLiteral("1"));
    auto busy = m_queue->callNext(kClerk, QStringLiteral("1"));
    VERIFY_FAILS(busy, ErrorCode::CounterBusy);
    QVERIFY(busy.error().message().contains(first.display));
    auto other = m_queue->callNext(QueueActor{QStringLiteral("c002"), Role::Clerk}, QStringLiteral("2"));
    VERIFY_OK(other);
    QCOMPARE(other->ticketId, second.ticketId);
    // The database refuses a second called ticket at one counter.
    QVERIFY(!exec(QStringLiteral("UPDATE ticket SET counter_id = '1' WHERE ticket_id = '%1'").arg(second.ticketId)));
    auto counters = m_queue->counters();
    VERIFY_OK(counters);
    QCOMPARE(counters->size(), 2);
    QVERIFY(counters->at(0).open && counters->at(1).open);
}

void TestQueueService::absentUntilNoShow()
{
    const Ticket t = issueWaiting(QStringLiteral("special"));
    const QString counter = QStringLiteral("4");
    auto call1 = m_queue->callNext(kClerk, counter);
    VERIFY_OK(call1);
    QCOMPARE(call1->callCount, 1);
    auto back = m_queue->absent(kClerk, counter);
    VERIFY_OK(back);
    QCOMPARE(back->state, TicketState::Waiting);
    QVERIFY(back->counterId.isEmpty());
    auto call2 = m_queue->callNext(kClerk, counter);
    VERIFY_OK(call2);
    QCOMPARE(call2->ticketId, t.ticketId);
    QCOMPARE(call2->callCount, 2);
    QCOMPARE(call2->firstCalledAt, call1->firstCalledAt); // the wait ended at the first call
    auto call3 = m_queue->recall(kClerk, counter);
    VERIFY_OK(call3);
    QCOMPARE(call3->callCount, 3);
    VERIFY_FAILS(m_queue->recall(kClerk, counter), ErrorCode::TicketTransitionRefused);
    auto gone = m_queue->absent(kClerk, counter);
    VERIFY_OK(gone);
    QCOMPARE(gone->state, TicketState::NoShow);
    QCOMPARE(gone->counterId, counter);
    QVERIFY(gone->finishedAt.isValid());
    VERIFY_FAILS(m_queue->callNext(kClerk, counter), ErrorCode::QueueEmpty);
}

void TestQueueService::transferKeepsArrival()
{
    VERIFY_OK(m_queue->saveCounter(counterFor(QStringLiteral("1"), QStringLiteral("certificates"))));
    VERIFY_OK(m_queue->saveCounter(counterFor(QStringLiteral("2"), QStringLiteral("moves"))));
    const Ticket b500 = issueWaiting(QStringLiteral("moves"));
    const Ticket a001 = issueWaiting(QStringLiteral("certificates"));
    const Ticket b501 = issueWaiting(QStringLiteral("moves"));
    auto called = m_queue->callNext(kClerk, QStringLiteral("1"));
    VERIFY_OK(called);
    QCOMPARE(called->ticketId, a001.ticketId);
    VERIFY_OK(m_queue->start(kClerk, QStringLiteral("1")));
    auto moved = m_queue->transfer(kClerk, a001.ticketId, QStringLiteral("moves"));
    VERIFY_OK(moved);
    QCOMPARE(moved->state, TicketState::Waiting);
    QCOMPARE(moved->category, QStringLiteral("moves"));
    QCOMPARE(moved->display, QStringLiteral("A001")); // the citizen's slip stays right
    QCOMPARE(moved->arrivalAt, a001.arrivalAt);
    QCOMPARE(moved->callCount, 0);
    auto waiting = m_queue->waitingFor(QStringLiteral("2"));
    VERIFY_OK(waiting);
    QStringList order;
    for (const Ticket &t : *waiting)
        order.append(t.display);
    QCOMPARE(order, (QStringList{b500.display, a001.display, b501.display}));
    // To one counter: only that counter calls it, before its other tickets.
    auto toCounter = m_queue->transfer(kClerk, b501.ticketId, {}, QStringLiteral("1"));
    VERIFY_OK(toCounter);
    auto atOne = m_queue->callNext(kClerk, QStringLiteral("1"));
    VERIFY_OK(atOne);
    QCOMPARE(atOne->ticketId, b501.ticketId);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_event WHERE kind = 'transferred'")), 2);
}

void TestQueueService::refusedTransitionChangesNothing()
{
    const Ticket t = issueWaiting(QStringLiteral("certificates"));
    VERIFY_OK(m_queue->callNext(kClerk, QStringLiteral("1")));
    VERIFY_OK(m_queue->start(kClerk, QStringLiteral("1")));
    VERIFY_OK(m_queue->finish(kClerk, QStringLiteral("1")));
    const int events = count(QStringLiteral("SELECT count(*) FROM ticket_event"));
    auto done = m_queue->ticket(t.ticketId);
    VERIFY_OK(done);
    VERIFY_FAILS(m_queue->cancel(kReception, t.ticketId), ErrorCode::TicketTransitionRefused);
    VERIFY_FAILS(m_queue->transfer(kClerk, t.ticketId, QStringLiteral("moves")), ErrorCode::TicketTransitionRefused);
    VERIFY_FAILS(m_queue->finish(kClerk, QStringLiteral("1")), ErrorCode::TicketTransitionRefused);
    VERIFY_FAILS(m_queue->start(kClerk, QStringLiteral("1")), ErrorCode::TicketTransitionRefused);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_event")), events);
    auto after = m_queue->ticket(t.ticketId);
    VERIFY_OK(after);
    QCOMPARE(after->state, TicketState::Done);
    QCOMPARE(after->category, done->category);
    QCOMPARE(after->finishedAt, done->finishedAt);
}

void TestQueueService::everyTransitionIsAnEvent()
{
    auto issued = m_queue->issue(kReception, {QStringLiteral("certificates"), {}, TicketPriority::None, true});
    VERIFY_OK(issued);
    VERIFY_OK(m_queue->confirmPrinted(kReception, issued->ticket.ticketId));
    VERIFY_OK(m_queue->recordReprint(kReception, issued->ticket.ticketId));
    m_clock->advanceSecs(300);
    VERIFY_OK(m_queue->callNext(kClerk, QStringLiteral("3")));
    m_clock->advanceSecs(20);
    VERIFY_OK(m_queue->recall(kClerk, QStringLiteral("3")));
    m_clock->advanceSecs(40);
    VERIFY_OK(m_queue->start(kClerk, QStringLiteral("3")));
    m_clock->advanceSecs(600);
    const QString visit = QStringLiteral("0b7a3f52-3c1e-4a7e-9d3f-2f1c7f8f6a11");
    auto done = m_queue->finish(kClerk, QStringLiteral("3"), visit);
    VERIFY_OK(done);
    QCOMPARE(done->visitId, visit);
    QCOMPARE(done->firstCalledAt.msecsTo(done->serviceStartedAt), 60000);
    QCOMPARE(done->serviceStartedAt.msecsTo(done->finishedAt), 600000);

    QSqlQuery q(m_store->connection());
    q.prepare(QStringLiteral("SELECT kind, coalesce(from_state, ''), to_state, coalesce(counter_id, ''), "
                             "coalesce(staff_id, ''), terminal_id, staff_on_duty FROM ticket_event "
                             "WHERE ticket_id = ? ORDER BY seq"));
    q.addBindValue(issued->ticket.ticketId);
    QVERIFY(q.exec());
    QStringList rows;
    while (q.next())
        rows.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                q.value(6).toString()}
                        .join(u'|'));
    QCOMPARE(rows, (QStringList{
                       QStringLiteral("issued||pending||r001|test-pc|0"),
                       QStringLiteral("confirmed|pending|waiting||r001|test-pc|0"),
                       QStringLiteral("reprinted|waiting|waiting||r001|test-pc|0"),
                       QStringLiteral("called|waiting|called|3|c001|test-pc|1"),
                       QStringLiteral("recalled|called|called|3|c001|test-pc|1"),
                       QStringLiteral("started|called|serving|3|c001|test-pc|1"),
                       QStringLiteral("done|serving|done|3|c001|test-pc|1"),
                   }));
    // Events are kept as written.
    QVERIFY(!exec(QStringLiteral("UPDATE ticket_event SET kind = 'done'")));
    QVERIFY(!exec(QStringLiteral("DELETE FROM ticket_event")));
}

void TestQueueService::waitEstimate()
{
    // No counter open: no estimate (the board shows none rather than a guess).
    auto nobody = m_queue->issue(kReception, {QStringLiteral("certificates"), {}, TicketPriority::None, false});
    VERIFY_OK(nobody);
    QVERIFY(!nobody->estimatedWaitSeconds.has_value());
    // Counter 1 open for certificates only; the default 480 s per person.
    VERIFY_OK(m_queue->saveCounter(counterFor(QStringLiteral("1"), QStringLiteral("certificates"))));
    VERIFY_OK(m_queue->openCounter(kClerk, QStringLiteral("1")));
    auto second = m_queue->issue(kReception, {QStringLiteral("certificates"), {}, TicketPriority::None, false});
    VERIFY_OK(second);
    QCOMPARE(second->peopleAhead, 1);
    QCOMPARE(second->estimatedWaitSeconds, std::optional<int>(480));
    // Three services of 60, 120, 180 s: the mean, 120 s, replaces the default.
    for (int seconds : {60, 120, 180}) {
        issueWaiting(QStringLiteral("certificates"));
        VERIFY_OK(m_queue->callNext(kClerk, QStringLiteral("1")));
        VERIFY_OK(m_queue->start(kClerk, QStringLiteral("1")));
        m_clock->advanceSecs(seconds);
        VERIFY_OK(m_queue->finish(kClerk, QStringLiteral("1")));
    }
    auto estimate = m_queue->estimateSeconds(QStringLiteral("certificates"), 3);
    VERIFY_OK(estimate);
    QCOMPARE(*estimate, std::optional<int>(360));
    // A second counter serving all three categories adds 1/3 of a counter: 3 × 120 ÷ (4/3) = 270 s.
    VERIFY_OK(m_queue->openCounter(QueueActor{QStringLiteral("c002"), Role::Clerk}, QStringLiteral("2")));
    estimate = m_queue->estimateSeconds(QStringLiteral("certificates"), 3);
    VERIFY_OK(estimate);
    QCOMPARE(*estimate, std::optional<int>(270));
}

void TestQueueService::rolesAreChecked()
{
    const QueueActor admin{QStringLiteral("a001"), Role::Administrator};
    VERIFY_FAILS(m_queue->issue(admin, {QStringLiteral("certificates"), {}, TicketPriority::None, false}),
                 ErrorCode::NotAllowed);
    issueWaiting(QStringLiteral("certificates"));
    VERIFY_FAILS(m_queue->callNext(admin, QStringLiteral("1")), ErrorCode::NotAllowed);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket WHERE state = 'waiting'")), 1);
    VERIFY_OK(m_queue->callNext(kReception, QStringLiteral("1"))); // reception may call at its desk
}

void TestQueueService::procedureMapsToCategory()
{
    auto issued = m_queue->issue(kReception, {{}, {QStringLiteral("jumin-ido")}, TicketPriority::None, false});
    VERIFY_OK(issued);
    QCOMPARE(issued->ticket.category, QStringLiteral("moves"));
    QCOMPARE(issued->ticket.procedures, QStringList{QStringLiteral("jumin-ido")});
    VERIFY_FAILS(m_queue->issue(kReception, {{}, {QStringLiteral("no-such-form")}, TicketPriority::None, false}),
                 ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestQueueService)
#include "tst_queue_service.moc"
