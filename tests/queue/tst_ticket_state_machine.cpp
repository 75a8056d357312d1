// Unit: every state × action pair of a ticket (docs/queue.md, "States"):
// the allowed ones lead where the table says, every other one is refused
// with TicketTransitionRefused — never a silent no-op.
#include "queue/TicketStateMachine.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::queue;

Q_DECLARE_METATYPE(kakanai::queue::TicketState)
Q_DECLARE_METATYPE(kakanai::queue::TicketAction)

namespace {

const QList<TicketState> kStates = {TicketState::Pending, TicketState::Waiting, TicketState::Called,
                                    TicketState::Serving, TicketState::Done,    TicketState::NoShow,
                                    TicketState::Cancelled};
const QList<TicketAction> kActions = {TicketAction::Confirm, TicketAction::Call,   TicketAction::Recall,
                                      TicketAction::Start,   TicketAction::Finish, TicketAction::Absent,
                                      TicketAction::Transfer, TicketAction::Cancel};

// The allowed transitions with one call made of three allowed (the table of
// docs/queue.md written out again, independently of the code).
std::optional<TicketState> expected(TicketState from, TicketAction action)
{
    using S = TicketState;
    using A = TicketAction;
    const QList<std::tuple<S, A, S>> table = {
        {S::Pending, A::Confirm, S::Waiting},  {S::Pending, A::Cancel, S::Cancelled},
        {S::Waiting, A::Call, S::Called},      {S::Waiting, A::Transfer, S::Waiting},
        {S::Waiting, A::Cancel, S::Cancelled}, {S::Called, A::Recall, S::Called},
        {S::Called, A::Start, S::Serving},     {S::Called, A::Absent, S::Waiting},
        {S::Called, A::Transfer, S::Waiting},  {S::Called, A::Cancel, S::Cancelled},
        {S::Serving, A::Finish, S::Done},      {S::Serving, A::Transfer, S::Waiting},
    };
    for (const auto &[f, a, t] : table)
        if (f == from && a == action)
            return t;
    return std::nullopt;
}

} // namespace

class TestTicketStateMachine : public QObject {
    Q_OBJECT
private slots:
    void everyPair_data();
    void everyPair();
    void lastCallMakesAbsentANoShow_data();
    void lastCallMakesAbsentANoShow();
    void recallStopsAtTheLimit();
    void refusalNamesStateAndAction();
};

void TestTicketStateMachine::everyPair_data()
{
    QTest::addColumn<TicketState>("from");
    QTest::addColumn<TicketAction>("action");
    for (TicketState s : kStates)
        for (TicketAction a : kActions)
            QTest::addRow("%s-%s", qPrintable(stateName(s)), qPrintable(actionName(a))) << s << a;
}

void TestTicketStateMachine::everyPair()
{
    QFETCH(TicketState, from);
    QFETCH(TicketAction, action);
    const auto result = TicketStateMachine::next(from, action, 1, 3);
    const auto want = expected(from, action);
    if (want) {
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(stateName(*result), stateName(*want));
    } else {
        QVERIFY2(!result.has_value(), qPrintable(QStringLiteral("allowed, to %1").arg(result ? stateName(*result) : QString())));
        QCOMPARE(result.error().code(), ErrorCode::TicketTransitionRefused);
        QVERIFY(!result.error().message().isEmpty());
    }
}

void TestTicketStateMachine::lastCallMakesAbsentANoShow_data()
{
    QTest::addColumn<int>("calls");
    QTest::addColumn<int>("maxCalls");
    QTest::addColumn<QString>("to");
    QTest::newRow("first of 3") << 1 << 3 << QStringLiteral("waiting");
    QTest::newRow("second of 3") << 2 << 3 << QStringLiteral("waiting");
    QTest::newRow("third of 3") << 3 << 3 << QStringLiteral("no-show");
    QTest::newRow("only call") << 1 << 1 << QStringLiteral("no-show");
}

void TestTicketStateMachine::lastCallMakesAbsentANoShow()
{
    QFETCH(int, calls);
    QFETCH(int, maxCalls);
    QFETCH(QString, to);
    const auto result = TicketStateMachine::next(TicketState::Called, TicketAction::Absent, calls, maxCalls);
    QVERIFY(result.has_value());
    QCOMPARE(stateName(*result), to);
}

void TestTicketStateMachine::recallStopsAtTheLimit()
{
    QVERIFY(TicketStateMachine::next(TicketState::Called, TicketAction::Recall, 2, 3).has_value());
    const auto refused = TicketStateMachine::next(TicketState::Called, TicketAction::Recall, 3, 3);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code(), ErrorCode::TicketTransitionRefused);
    QVERIFY2(refused.error().message().contains(QLatin1String("absent")), qPrintable(refused.error().message()));
}

void TestTicketStateMachine::refusalNamesStateAndAction()
{
    const auto refused = TicketStateMachine::next(TicketState::Done, TicketAction::Call, 1, 3);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().technicalDetail(), QStringLiteral("done -> call"));
    QVERIFY(refused.error().message().contains(TicketStateMachine::stateLabel(TicketState::Done)));
}

QTEST_GUILESS_MAIN(TestTicketStateMachine)
#include "tst_ticket_state_machine.moc"
