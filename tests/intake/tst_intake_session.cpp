// The visit's application layer without a single widget: card → 手続ナビ →
// forms → print (the frozen Record) → complete → outbox → upload, the rules
// that tie the signed paper to the stored record, permissions, parking
// between clerks and the encrypted drafts.
#include "IntakeFixture.h"

#include "FormRenderer.h"
#include "PdfText.h"
#include "outbox/BackoffPolicy.h"
#include "outbox/FakeHttpTransport.h"
#include "outbox/Uploader.h"

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace kakanai;
using namespace kakanai::test;
using namespace std::chrono_literals;

namespace {

QString keyOf(const HttpRequest &r)
{
    for (const auto &h : r.headers)
        if (h.first == "Idempotency-Key")
            return QString::fromLatin1(h.second);
    return r.path.section(QLatin1Char('/'), -1);
}

QByteArray accepted(const QString &key)
{
    return QStringLiteral("{\"key\":\"%1\",\"status\":\"accepted\",\"receivedAt\":\"2026-11-24T09:00:00.000Z\"}")
        .arg(key)
        .toUtf8();
}

QStringList auditActions(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT action FROM audit_event ORDER BY seq"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

class TestIntakeSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void wholeVisitWithoutAWidget();
    void completionNeedsThePrintedPaper_data();
    void completionNeedsThePrintedPaper();
    void printingAgainUnchangedKeepsTheRecord();
    void roleWithoutTheRightIsRefused();
    void fullDiskKeepsTheVisit();
    void anotherClerkParksTheVisit();
    void draftComesBackInANewSession();
    void draftIsEncryptedAndGoesOnCompletion();
    void cancelDropsTheDraft();
    void preRegistrationCodeIsAuditedAndParked();

private:
    bool readCard(Counter &counter, bool withNumber = false);
    void chooseTennyu(Counter &counter, bool children = false);

    QList<vcard::Person> m_persons;
};

void TestIntakeSession::initTestCase()
{
    auto persons = vcard::PersonFile::load(qEnvironmentVariable("KAKANAI_SOURCE_DIR")
                                           + QStringLiteral("/tests/data/persons.json"));
    QVERIFY2(persons.has_value(), persons ? "" : qPrintable(persons.error()));
    m_persons = *persons;
}

bool TestIntakeSession::readCard(Counter &counter, bool withNumber)
{
    QSignalSpy read(counter.cards.get(), &CardSession::readFinished);
    MyNumberCard::ReadOptions options;
    options.withIndividualNumber = withNumber;
    if (!counter.cards->read(QStringLiteral("Virtual PCD 00 00"),
                             *SecureBuffer::fromDigits(QString::fromLatin1(m_persons.at(0).pin)), options))
        return false;
    if (!read.wait(10000))
        return false;
    return read.at(0).at(0).toBool();
}

void TestIntakeSession::chooseTennyu(Counter &counter, bool children)
{
    const auto items = counter.navi->checklist(QStringLiteral("tennyu"), {{QStringLiteral("children"), children}});
    QVERIFY(!items.isEmpty());
    QVERIFY(counter.session->addForms(items).has_value());
    QVERIFY(counter.session->visit().formIds().contains(kTennyuForm));
}

void TestIntakeSession::wholeVisitWithoutAWidget()
{
    Counter counter(m_persons.at(0));
    QVERIFY2(counter.store->isValid(), qPrintable(counter.store->lastError()));
    QVERIFY(counter.signIn(QStringLiteral("c001")));
    FakeHttpTransport http;
    QSet<QString> received;
    QByteArray receivedBody;
    http.setHandler([&](const HttpRequest &r) {
        const QString key = keyOf(r);
        if (r.method == "POST") {
            received.insert(key);
            receivedBody = r.body;
            return HttpResponse::answer(201, accepted(key));
        }
        return HttpResponse::answer(received.contains(key) ? 200 : 404, accepted(key));
    });
    FixedRandom random;
    const BackoffPolicy backoff(1000ms, 60000ms, random);
    Uploader uploader(counter.store->outbox(), http, backoff, counter.store->clock());
    counter.session->attachUploader(uploader);

    // The card.
    QVERIFY(readCard(counter));
    QVERIFY(counter.session->visit().hasCardHolder());
    QCOMPARE(counter.session->visit().cardHolder()->name, m_persons.at(0).name);

    // 手続ナビ → forms, pre-filled from the card; the clerk adds what the card cannot know.
    chooseTennyu(counter);
    QCOMPARE(counter.session->visit().field(kTennyuForm, QStringLiteral("name"))->source, forms::FieldSource::Card);
    QVERIFY(!counter.session->visit().isReady());
    QVERIFY(fillTennyuFacts(counter.session->visit()));
    counter.session->noteEdited();
    QVERIFY2(counter.session->visit().isReady(),
             qPrintable(counter.session->visit().problems().isEmpty()
                            ? QString()
                            : counter.session->visit().problems().first().fieldId));

    // The paper: drawn from the frozen Record.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("visit.pdf"));
    auto frozen = counter.session->freezeForSignature();
    QVERIFY2(frozen.has_value(), frozen ? "" : qPrintable(frozen.error().toString()));
    QVERIFY(counter.session->frozenIsCurrent());
    auto written = print::FormRenderer::writePdf(*frozen, pdf, {QStringLiteral("テスト市役所"),
                                                                counter.session->frozenReference()});
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().toString()));
    // Exactly as drawn: the ligatures (ff, fi …) and digits of Noto CJK included.
    const QString text = print::test::compact(print::test::pdfText(pdf));
    QVERIFY(text.contains(m_persons.at(0).name.section(QChar(0x3000), 0, 0)));
    // The paper names its record.
    const QString reference = QStringLiteral("Record") + frozen->record().id.left(8) + QStringLiteral("·")
        + counter.session->frozenDigest().left(12);
    QVERIFY2(text.contains(reference), qPrintable(reference + QStringLiteral(" not in ") + text.right(100)));
    const QString recordId = frozen->record().id;
    const QString digest = counter.session->frozenDigest();
    QCOMPARE(digest.size(), 64);

    // Complete: exactly the printed Record is stored, with its digest.
    QSignalSpy completed(counter.session.get(), &intake::IntakeSession::visitCompleted);
    QVERIFY(uploader.start().has_value());
    auto done = counter.session->complete();
    QVERIFY2(done.has_value(), done ? "" : qPrintable(done.error().toString()));
    QCOMPARE(*done, recordId);
    QCOMPARE(completed.count(), 1);
    QCOMPARE(counter.store->outbox().printedDigest(recordId).value_or(QString()), digest);
    auto stored = counter.store->cipher().decrypt(counter.store->payload(recordId), recordId);
    QVERIFY(stored.has_value());
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(*stored, QCryptographicHash::Sha256).toHex()), digest);
    QVERIFY(!counter.store->payload(recordId).contains(m_persons.at(0).name.toUtf8())); // encrypted at rest

    // The screen's visit is empty again, the card facts gone.
    QVERIFY(counter.session->isEmpty());
    QVERIFY(!counter.cards->holder());
    QVERIFY(!counter.session->hasFrozenRecord());

    // Upload: the back office receives the very bytes that were printed.
    QTRY_COMPARE_WITH_TIMEOUT(counter.store->outboxColumn(recordId, QStringLiteral("state")), QStringLiteral("sent"),
                              10000);
    QVERIFY(received.contains(recordId));
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(receivedBody, QCryptographicHash::Sha256).toHex()), digest);
    uploader.stop();

    // Every step is in the audit log, and the log holds no personal data.
    const QStringList actions = auditActions(counter.store->db());
    for (const char *action : {"read-card", "print-forms", "complete-visit"})
        QVERIFY2(actions.contains(QLatin1String(action)), action);
}

void TestIntakeSession::completionNeedsThePrintedPaper_data()
{
    QTest::addColumn<bool>("print");
    QTest::addColumn<bool>("changeAfter");
    QTest::addColumn<bool>("printAgain");
    QTest::addColumn<bool>("completes");
    QTest::newRow("not printed") << false << false << false << false;
    QTest::newRow("printed, unchanged") << true << false << false << true;
    QTest::newRow("changed after printing") << true << true << false << false;
    QTest::newRow("changed, printed again") << true << true << true << true;
}

void TestIntakeSession::completionNeedsThePrintedPaper()
{
    QFETCH(bool, print);
    QFETCH(bool, changeAfter);
    QFETCH(bool, printAgain);
    QFETCH(bool, completes);
    Counter counter(m_persons.at(0));
    QVERIFY(counter.signIn(QStringLiteral("c001")));
    QVERIFY(readCard(counter));
    chooseTennyu(counter);
    QVERIFY(fillTennyuFacts(counter.session->visit()));
    QString firstId;
    if (print) {
        auto frozen = counter.session->freezeForSignature();
        QVERIFY(frozen.has_value());
        firstId = frozen->record().id;
    }
    if (changeAfter) {
        QVERIFY(counter.session->visit().setFact(QStringLiteral("phone"), QStringLiteral("0312345678")).has_value());
        QVERIFY(!counter.session->frozenIsCurrent());
    }
    QString secondId;
    if (printAgain) {
        auto frozen = counter.session->freezeForSignature();
        QVERIFY(frozen.has_value());
        secondId = frozen->record().id;
        QVERIFY(secondId != firstId); // a new paper is a new record
    }
    auto done = counter.session->complete();
    QCOMPARE(done.has_value(), completes);
    const auto counts = counter.store->outbox().counts();
    QVERIFY(counts.has_value());
    QCOMPARE(counts->pending, completes ? 1 : 0);
    if (!completes) {
        QVERIFY(!done.error().message().isEmpty());
        QVERIFY(counter.session->visit().isReady()); // nothing was lost
    } else {
        QCOMPARE(*done, printAgain ? secondId : firstId);
    }
}

void TestIntakeSession::printingAgainUnchangedKeepsTheRecord()
{
    Counter counter(m_persons.at(0));
    QVERIFY(counter.signIn(QStringLiteral("c001")));
    QVERIFY(readCard(counter));
    chooseTennyu(counter);
    auto first = counter.session->freezeForSignature();
    QVERIFY(first.has_value());
    const QString digest = counter.session->frozenDigest();
    auto second = counter.session->freezeForSignature();
    QVERIFY(second.has_value());
    QCOMPARE(second->record().id, first->record().id);
    QCOMPARE(counter.session->frozenDigest(), digest);
    QCOMPARE(auditActions(counter.store->db()).count(QStringLiteral("print-forms")), 1);
}

void TestIntakeSession::roleWithoutTheRightIsRefused()
{
    Counter counter(m_persons.at(0));
    QVERIFY(counter.signIn(QStringLiteral("r001"), Role::Reception));
    chooseTennyu(counter);
    counter.session->visit().setCardHolder(holderOf(m_persons.at(0)));
    QVERIFY(fillTennyuFacts(counter.session->visit()));
    QVERIFY(counter.session->freezeForSignature().has_value());
    auto done = counter.session->complete();
    QVERIFY(!done.has_value());
    QCOMPARE(done.error().code(), ErrorCode::NotAllowed);
    QCOMPARE(counter.store->outbox().counts()->pending, 0);
    QVERIFY(!counter.session->isEmpty());
}

void TestIntakeSession::fullDiskKeepsTheVisit()
{
    Counter counter(m_persons.at(0));
    QVERIFY(counter.signIn(QStringLiteral("c001")));
    QVERIFY(readCard(counter));
    chooseTennyu(counter);
    QVERIFY(fillTennyuFacts(counter.session->visit()));
    QVERIFY(counter.session->freezeForSignature().has_value());
    counter.store->outbox().failStatementForTesting(0);
    auto done = counter.session->complete();
    QVERIFY(!done.has_value());
    QCOMPARE(done.error().code(), ErrorCode::DiskFull);
    QVERIFY(counter.session->visit().isReady());
    QVERIFY(counter.session->frozenIsCurrent());
    counter.store->outbox().failStatementForTesting(-1);
    QVERIFY(counter.session->complete().has_value());
}

void TestIntakeSession::anotherClerkParksTheVisit()
{
    Counter counter(m_persons.at(0));
    QVERIFY(counter.signIn(QStringLiteral("c001")));
    QVERIFY(readCard(counter, true));
    chooseTennyu(counter);
    QVERIFY(counter.session->visit().setFact(QStringLiteral("newAddress"), kNewAddress).has_value());
    QVERIFY(counter.session->freezeForSignature().has_value());

    QVERIFY(counter.signIn(QStringLiteral("c002")));
    QVERIFY(counter.session->hasParked(QStringLiteral("c001")));
    QVERIFY(counter.session->isEmpty());
    QVERIFY(!counter.cards->holder());

    QVERIFY(counter.signIn(QStringLiteral("c001")));
    QVERIFY(!counter.session->hasParked(QStringLiteral("c001")));
    QCOMPARE(counter.session->visit().formIds(), QStringList{kTennyuForm});
    QCOMPARE(counter.session->visit().fact(QStringLiteral("newAddress")).toString(), kNewAddress);
    QVERIFY(counter.session->visit().hasIndividualNumber());
    QVERIFY(counter.cards->holder());
    QVERIFY(counter.session->frozenIsCurrent()); // the signed paper is still the record
}

void TestIntakeSession::draftComesBackInANewSession()
{
    QString folder;
    QTemporaryDir keep;
    QString recordId;
    {
        Counter first(m_persons.at(0));
        QVERIFY(first.signIn(QStringLiteral("c001")));
        QVERIFY(readCard(first, true));
        chooseTennyu(first);
        QVERIFY(fillTennyuFacts(first.session->visit()));
        forms::HouseholdMember child;
        child.name = QStringLiteral("山田　花子");
        child.kana = QStringLiteral("ヤマダ　ハナコ");
        child.birthDate = QDate(2020, 5, 1);
        child.sex = Sex::Female;
        child.relationship = QStringLiteral("子");
        QVERIFY(first.session->visit().addHouseholdMember(child).has_value());
        first.session->noteEdited();
        auto frozen = first.session->freezeForSignature();
        QVERIFY(frozen.has_value());
        recordId = frozen->record().id;
        // Copy the store as it is on disk right now: no orderly shutdown happens.
        for (const QString &name : {QStringLiteral("kakanai.sqlite"), QStringLiteral("kakanai.sqlite-wal"),
                                    QStringLiteral("record.key")}) {
            const QString from = first.store->dirPath() + u'/' + name;
            if (QFile::exists(from))
                QVERIFY(QFile::copy(from, keep.filePath(name)));
        }
        folder = keep.path();
    }
    Counter second(m_persons.at(1), folder);
    QVERIFY2(second.store->isValid(), qPrintable(second.store->lastError()));
    QSignalSpy restored(second.session.get(), &intake::IntakeSession::draftRestored);
    QVERIFY(second.signIn(QStringLiteral("c001")));
    QCOMPARE(restored.count(), 1);
    const forms::Visit &visit = second.session->visit();
    QCOMPARE(visit.formIds(), QStringList{kTennyuForm});
    QCOMPARE(visit.fact(QStringLiteral("newAddress")).toString(), kNewAddress);
    QCOMPARE(visit.household().size(), 1);
    QCOMPARE(visit.household().at(0).birthDate, QDate(2020, 5, 1));
    QVERIFY(visit.isNameKanaConfirmed());
    QVERIFY(visit.hasIndividualNumber());
    QCOMPARE(second.cards->holder()->name, m_persons.at(0).name);
    QVERIFY(second.session->frozenIsCurrent());
    auto done = second.session->complete();
    QVERIFY2(done.has_value(), done ? "" : qPrintable(done.error().toString()));
    QCOMPARE(*done, recordId);
}

void TestIntakeSession::draftIsEncryptedAndGoesOnCompletion()
{
    Counter counter(m_persons.at(0));
    QVERIFY(counter.signIn(QStringLiteral("c001")));
    QVERIFY(readCard(counter));
    chooseTennyu(counter);
    QVERIFY(fillTennyuFacts(counter.session->visit()));
    counter.session->noteEdited();
    QCOMPARE(counter.store->rowCount(QStringLiteral("visit_draft")), 1);
    QSqlQuery q(counter.store->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT payload FROM visit_draft")) && q.next());
    const QByteArray sealed = q.value(0).toByteArray();
    QVERIFY(!sealed.contains(kNewAddress.toUtf8()));
    QVERIFY(!sealed.contains(m_persons.at(0).name.toUtf8()));
    q.finish();
    QVERIFY(counter.session->freezeForSignature().has_value());
    QVERIFY(counter.session->complete().has_value());
    QCOMPARE(counter.store->rowCount(QStringLiteral("visit_draft")), 0);
}

void TestIntakeSession::cancelDropsTheDraft()
{
    Counter counter(m_persons.at(0));
    QVERIFY(counter.signIn(QStringLiteral("c001")));
    QVERIFY(readCard(counter));
    QCOMPARE(counter.store->rowCount(QStringLiteral("visit_draft")), 1); // the card facts alone are worth keeping
    counter.session->discard();
    QCOMPARE(counter.store->rowCount(QStringLiteral("visit_draft")), 0);
    QVERIFY(counter.session->isEmpty());
    QVERIFY(!counter.cards->holder());
}

void TestIntakeSession::preRegistrationCodeIsAuditedAndParked()
{
    Counter counter(m_persons.at(0));
    QVERIFY(counter.signIn(QStringLiteral("c001")));
    QVERIFY(readCard(counter, false));
    const vcard::Person &person = m_persons.at(0);
    prereg::DecodedPreRegistration code;
    code.symbolCount = 2;
    code.content.events = {QStringLiteral("tennyu")};
    code.content.forms = {{kTennyuForm, counter.library.find(kTennyuForm)->version}};
    code.content.person.name = QStringLiteral("別人　花子");
    code.content.person.birthDate = person.birthDate;
    code.content.facts = {{QStringLiteral("newAddress"), kNewAddress}};
    QSignalSpy changed(counter.session.get(), &intake::IntakeSession::preRegistrationChanged);

    // A code that cannot be used: refused, audited as refused, nothing changed.
    prereg::DecodedPreRegistration broken = code;
    broken.content.forms[kTennyuForm] += 1;
    QVERIFY(!counter.session->applyPreRegistration(broken, *counter.navi));
    QVERIFY(counter.session->visit().formIds().isEmpty());
    QVERIFY(!counter.session->preRegistrationCode());
    QCOMPARE(changed.count(), 0);

    auto applied = counter.session->applyPreRegistration(code, *counter.navi);
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(counter.session->visit().formIds(), QStringList{kTennyuForm});
    QVERIFY(counter.session->preRegistrationCode());
    QCOMPARE(counter.session->preRegistrationCode()->symbols, 2);
    const prereg::CardComparison comparison = counter.session->compareCodeWithCard();
    QVERIFY(comparison.otherPerson); // another name than the card's
    QCOMPARE(comparison.differences.size(), 1);

    auto events = counter.audit->events();
    QVERIFY(events.has_value());
    QStringList actions;
    for (const AuditEvent &event : *events) {
        actions << event.action;
        if (event.action.startsWith(QLatin1String("prereg-"))) {
            for (const QString &secret : {person.name, QStringLiteral("別人"), kNewAddress})
                QVERIFY2(!event.detail.contains(secret) && !event.target.contains(secret), "personal data in the audit");
        }
        if (event.action == u"prereg-applied") {
            QCOMPARE(event.target, QStringLiteral("tennyu"));
            QVERIFY2(event.detail.contains(QStringLiteral("symbols=2")), qPrintable(event.detail));
            QVERIFY2(event.detail.contains(QStringLiteral("other-person=yes")), qPrintable(event.detail));
        }
    }
    QVERIFY(actions.contains(QStringLiteral("prereg-refused")));
    QVERIFY(actions.contains(QStringLiteral("prereg-applied")));

    // Another clerk: the code goes aside with the visit and comes back with it.
    QVERIFY(counter.signIn(QStringLiteral("c002")));
    QVERIFY(!counter.session->preRegistrationCode());
    QVERIFY(counter.signIn(QStringLiteral("c001")));
    QVERIFY(counter.session->preRegistrationCode());
    QVERIFY(counter.session->compareCodeWithCard().otherPerson);

    // After a crash the saved draft brings the code's summary back with the visit.
    intake::IntakeSession restarted(counter.library, counter.store->outbox(), counter.store->clock(),
                                    QStringLiteral("T-01"), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    restarted.attachDrafts(*counter.drafts);
    restarted.setStaffId(QStringLiteral("c001"));
    auto restored = restarted.restoreDraft();
    QVERIFY2(restored && *restored, restored ? "no draft" : qPrintable(restored.error().message()));
    QVERIFY(restarted.preRegistrationCode());
    QCOMPARE(restarted.preRegistrationCode()->symbols, 2);
    QCOMPARE(restarted.preRegistrationCode()->events, QStringList{QStringLiteral("tennyu")});
    QCOMPARE(restarted.preRegistrationCode()->person.name, QStringLiteral("別人　花子"));
    QVERIFY(restarted.compareCodeWithCard().otherPerson);

    // The next citizen starts without it.
    counter.session->discard();
    QVERIFY(!counter.session->preRegistrationCode());
    QVERIFY(!counter.session->compareCodeWithCard().hasCard);
}

QTEST_MAIN(TestIntakeSession)
#include "tst_intake_session.moc"
