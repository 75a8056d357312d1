// A counter process killed (SIGKILL) with a visit open, then the store
// opened again as the next start of the application does: the clerk signs in
// and gets the whole visit back, the signed paper's Record included, and can
// complete it.
#include "IntakeFixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::test;

class TestDraftCrash : public QObject {
    Q_OBJECT
private slots:
    void killedWithAVisitOpenGivesItBack_data();
    void killedWithAVisitOpenGivesItBack();
};

void TestDraftCrash::killedWithAVisitOpenGivesItBack_data()
{
    QTest::addColumn<QString>("signInAs");
    QTest::addColumn<bool>("comesBack");
    QTest::newRow("the same clerk") << QStringLiteral("c001") << true;
    QTest::newRow("another clerk") << QStringLiteral("c002") << false;
}

void TestDraftCrash::killedWithAVisitOpenGivesItBack()
{
    QFETCH(QString, signInAs);
    QFETCH(bool, comesBack);
    auto persons = vcard::PersonFile::load(qEnvironmentVariable("KAKANAI_SOURCE_DIR")
                                           + QStringLiteral("/tests/data/persons.json"));
    QVERIFY(persons.has_value());
    QTemporaryDir dir;
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(qEnvironmentVariable("KAKANAI_DRAFT_WRITER"), {dir.path()});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(writer.canReadLine() || writer.state() == QProcess::NotRunning, 30000);
    const QByteArray line = writer.readLine().trimmed();
    QVERIFY2(line.startsWith("ready "), line.constData());
    const QString recordId = QString::fromLatin1(line.mid(6));
    writer.kill(); // SIGKILL: no destructor, no orderly close of the store
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    // The next start: the same store and key, another card in the reader.
    Counter counter(persons->at(1), dir.path());
    QVERIFY2(counter.store->isValid(), qPrintable(counter.store->lastError()));
    QSignalSpy restored(counter.session.get(), &intake::IntakeSession::draftRestored);
    QVERIFY(counter.signIn(signInAs));
    QCOMPARE(restored.count(), comesBack ? 1 : 0);
    if (!comesBack) {
        QVERIFY(counter.session->isEmpty()); // another clerk never sees c001's citizen
        QCOMPARE(counter.store->rowCount(QStringLiteral("visit_draft")), 1); // kept for c001
        return;
    }
    QCOMPARE(counter.session->visit().formIds(), QStringList{kTennyuForm});
    QCOMPARE(counter.session->visit().fact(QStringLiteral("newAddress")).toString(), kNewAddress);
    QCOMPARE(counter.cards->holder()->name, persons->at(0).name);
    QVERIFY(counter.session->visit().hasIndividualNumber());
    QVERIFY(counter.session->frozenIsCurrent());
    auto done = counter.session->complete();
    QVERIFY2(done.has_value(), done ? "" : qPrintable(done.error().toString()));
    QCOMPARE(*done, recordId);
    QCOMPARE(counter.store->rowCount(QStringLiteral("visit_draft")), 0);
}

QTEST_GUILESS_MAIN(TestDraftCrash)
#include "tst_draft_crash.moc"
