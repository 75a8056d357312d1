#include "FormsTestSupport.h"

#include "forms/IndividualNumber.h"
#include "forms/LifeEventNavi.h"
#include "forms/Visit.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::forms;
using namespace kakanai::forms::test;

class TestVisit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cardFactsFlowToEveryBoundField_data();
    void cardFactsFlowToEveryBoundField();
    void sharedFactSetOnceAppearsInAllForms();
    void fallbackBindings();
    void prefillFromPreRegistrationAndBackOffice();
    void codeValuesShowTheQrSourceAndSurviveADraft();
    void clerkCorrectionKeepsOriginal();
    void clerkValueEqualToSourceIsNoCorrection();
    void fieldsNotEditable();
    void validationStatePerField();
    void kanaNeedsConfirmation();
    void individualNumberOnlyWhenAFormNeedsIt();
    void individualNumberIsNeverInAState();
    void clerkTypedIndividualNumber();
    void clerkEnteredCountZeroWithCardOnly();
    void clerkEnteredCountCountsEachValueOnce();
    void householdMembers();
    void conditionsShowAndHideFields();
    void navigatorPresetsAndChecklist();
    void completeNeedsEveryFieldOk();

private:
    Visit newVisit() const { return Visit(m_library, m_today); }
    FormLibrary m_library;
    const QDate m_today{2024, 6, 1};
};

namespace {

QString S(const char16_t *s)
{
    return QString::fromUtf16(s);
}

FieldState state(const Visit &v, const char *form, const char *field)
{
    const auto s = v.field(QString::fromLatin1(form), QString::fromLatin1(field));
    if (!s) {
        qWarning("%s", qPrintable(s.error().message()));
        return {};
    }
    return *s;
}

const QStringList kSeveralForms{QStringLiteral("jumin-ido"), QStringLiteral("juminhyo-request"),
                                QStringLiteral("inkan-registration"), QStringLiteral("child-allowance"),
                                QStringLiteral("nhi-change"), QStringLiteral("care-certification"),
                                QStringLiteral("koseki-certificate"), QStringLiteral("disaster-certificate")};

} // namespace

void TestVisit::initTestCase()
{
    m_library = FormLibrary::load();
    QVERIFY(m_library.problems().isEmpty());
}

void TestVisit::cardFactsFlowToEveryBoundField_data()
{
    QTest::addColumn<QString>("fact");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<int>("atLeast");
    const CardHolder card = yamada();
    QTest::newRow("name") << QStringLiteral("name") << QVariant(card.name) << 8;
    QTest::newRow("birthDate") << QStringLiteral("birthDate") << QVariant(card.birthDate) << 6;
    QTest::newRow("sex") << QStringLiteral("sex") << QVariant(QStringLiteral("1")) << 3;
    QTest::newRow("address") << QStringLiteral("address") << QVariant(card.address) << 6;
}

void TestVisit::cardFactsFlowToEveryBoundField()
{
    QFETCH(QString, fact);
    QFETCH(QVariant, expected);
    QFETCH(int, atLeast);
    Visit visit = newVisit();
    for (const QString &id : kSeveralForms)
        QVERIFY(visit.addForm(id));
    visit.setCardHolder(yamada());
    int seen = 0;
    for (const QString &formId : visit.formIds()) {
        for (const FieldState &s : visit.fields(formId)) {
            const FormField *f = visit.form(formId)->field(s.fieldId);
            if (!s.applicable || !f->isBoundTo(FieldSource::Card, fact))
                continue;
            // The card's value shows unless an earlier binding (a visit fact) has one: none is set here.
            QCOMPARE(s.source, FieldSource::Card);
            QCOMPARE(s.binding, QStringLiteral("card.") + fact);
            QCOMPARE(s.value, expected);
            QVERIFY2(s.isOk(), qPrintable(formId + u'/' + s.fieldId + u' ' + s.reason));
            ++seen;
        }
    }
    QVERIFY2(seen >= atLeast, qPrintable(QString::number(seen)));
    // Typed zero times.
    QCOMPARE(visit.clerkEnteredCount(), 0);
}

void TestVisit::sharedFactSetOnceAppearsInAllForms()
{
    Visit visit = newVisit();
    for (const QString &id : kSeveralForms)
        QVERIFY(visit.addForm(id));
    const auto fact = visit.setFact(QStringLiteral("phone"), S(u"０９０－１２３４－５６７８"));
    QVERIFY(fact);
    QVERIFY(fact->isOk());
    QCOMPARE(fact->value.toString(), QStringLiteral("090-1234-5678"));

    const auto phoneFields = [&visit]() {
        QList<FieldState> out;
        for (const QString &formId : visit.formIds()) {
            for (const FieldState &s : visit.fields(formId)) {
                if (s.applicable && visit.form(formId)->field(s.fieldId)->isBoundTo(FieldSource::Visit, u"phone"))
                    out << s;
            }
        }
        return out;
    };
    QList<FieldState> fields = phoneFields();
    QVERIFY(fields.size() >= 6);
    for (const FieldState &s : fields) {
        QCOMPARE(s.source, FieldSource::Visit);
        QCOMPARE(s.binding, QStringLiteral("visit.phone"));
        QCOMPARE(s.value.toString(), QStringLiteral("090-1234-5678"));
    }
    // Changed once, changed everywhere.
    QVERIFY(visit.setFact(QStringLiteral("visit.phone"), QStringLiteral("03-1234-5678")));
    for (const FieldState &s : phoneFields())
        QCOMPARE(s.value.toString(), QStringLiteral("03-1234-5678"));
    QCOMPARE(visit.clerkEnteredCount(), 1);

    // An invalid fact is kept and shows as invalid in every form.
    const auto bad = visit.setFact(QStringLiteral("phone"), QStringLiteral("110"));
    QVERIFY(bad);
    QCOMPARE(bad->state, ValidationState::Invalid);
    for (const FieldState &s : phoneFields()) {
        QCOMPARE(s.state, ValidationState::Invalid);
        QVERIFY(!s.reason.isEmpty());
    }
    // Clearing it empties them again.
    QVERIFY(visit.setFact(QStringLiteral("phone"), QString()));
    for (const FieldState &s : phoneFields())
        QCOMPARE(s.state, ValidationState::Missing);

    QCOMPARE(visit.setFact(QStringLiteral("favouriteColour"), 1).error().code(), ErrorCode::NotFound);
    QCOMPARE(visit.setFact(QStringLiteral("today"), QDate(2020, 1, 1)).error().code(), ErrorCode::InvalidArgument);
}

void TestVisit::fallbackBindings()
{
    Visit visit = newVisit();
    QVERIFY(visit.addForm(QStringLiteral("inkan-registration")));
    QVERIFY(visit.addForm(QStringLiteral("jumin-ido")));
    visit.setCardHolder(yamada());
    // No move: the address is the card's.
    QCOMPARE(state(visit, "inkan-registration", "address").binding, QStringLiteral("card.address"));
    // 転入: the new address wins over the card's, and the card's becomes the previous address.
    const QString newAddress = S(u"埼玉県さいたま市浦和区高砂３－１５－１");
    QVERIFY(visit.setFact(QStringLiteral("newAddress"), newAddress));
    const FieldState address = state(visit, "inkan-registration", "address");
    QCOMPARE(address.binding, QStringLiteral("visit.newAddress"));
    QCOMPARE(address.value.toString(), newAddress);
    QCOMPARE(state(visit, "jumin-ido", "newAddress").value.toString(), newAddress);
    QCOMPARE(state(visit, "jumin-ido", "oldAddress").binding, QStringLiteral("card.address"));
    // 転出: the destination fills 新住所 when there is no new address in the city.
    QVERIFY(visit.setFact(QStringLiteral("newAddress"), QString()));
    QVERIFY(visit.setFact(QStringLiteral("destinationAddress"), S(u"北海道札幌市中央区北1条西2丁目")));
    QCOMPARE(state(visit, "jumin-ido", "newAddress").binding, QStringLiteral("visit.destinationAddress"));
    QCOMPARE(state(visit, "inkan-registration", "address").binding, QStringLiteral("card.address"));
    // visit.today is the date of the visit.
    const FieldState date = state(visit, "jumin-ido", "notifyDate");
    QCOMPARE(date.value.toDate(), m_today);
    QCOMPARE(date.display, S(u"令和6年6月1日"));
}

void TestVisit::prefillFromPreRegistrationAndBackOffice()
{
    Visit visit = newVisit();
    QVERIFY(visit.addForm(QStringLiteral("child-allowance")));
    QVERIFY(visit.addForm(QStringLiteral("care-certification")));
    visit.setPreRegistration({{QStringLiteral("spouseName"), S(u"山田　花子")},
                              {QStringLiteral("phone"), QStringLiteral("08012345678")},
                              {QStringLiteral("nameKana"), S(u"やまだ　たろう")}});
    visit.setBackOfficeValue(QStringLiteral("careInsuredNumber"), QStringLiteral("0123456789"));
    const FieldState spouse = state(visit, "child-allowance", "spouseName");
    QCOMPARE(spouse.source, FieldSource::PreReg);
    QCOMPARE(spouse.binding, QStringLiteral("prereg.spouseName"));
    const FieldState phone = state(visit, "child-allowance", "phone");
    QCOMPARE(phone.source, FieldSource::PreReg);
    QCOMPARE(phone.value.toString(), QStringLiteral("080-1234-5678"));
    // Kana the person typed is taken as confirmed.
    const FieldState kana = state(visit, "child-allowance", "claimantKana");
    QCOMPARE(kana.source, FieldSource::PreReg);
    QCOMPARE(kana.value.toString(), S(u"ヤマダ　タロウ"));
    QVERIFY(kana.kanaConfirmed);
    QVERIFY(kana.isOk());
    const FieldState insured = state(visit, "care-certification", "insuredNumber");
    QCOMPARE(insured.source, FieldSource::BackOffice);
    QVERIFY(insured.isOk());
    // A shared fact typed by the clerk comes before the pre-registration.
    QVERIFY(visit.setFact(QStringLiteral("phone"), QStringLiteral("09011112222")));
    QCOMPARE(state(visit, "child-allowance", "phone").source, FieldSource::Visit);
}

void TestVisit::codeValuesShowTheQrSourceAndSurviveADraft()
{
    Visit visit = newVisit();
    QVERIFY(visit.addForm(QStringLiteral("jumin-ido"), {{QStringLiteral("kind"), QStringLiteral("tennyu")}}));
    // A form's own field from the code: source prereg, before the preset, after the sources.
    visit.setPreRegisteredFields(QStringLiteral("jumin-ido"), {{QStringLiteral("kind"), QStringLiteral("tenkyo")}});
    QCOMPARE(state(visit, "jumin-ido", "kind").source, FieldSource::PreReg); // the code wins over the 手続ナビ preset
    QCOMPARE(state(visit, "jumin-ido", "kind").value.toString(), QStringLiteral("tenkyo"));
    visit.setPreRegisteredFields(QStringLiteral("jumin-ido"), {{QStringLiteral("moveInBasis"), QStringLiteral("abroad")}});
    QCOMPARE(state(visit, "jumin-ido", "kind").source, FieldSource::Default);
    FieldState basis = state(visit, "jumin-ido", "moveInBasis");
    QCOMPARE(basis.source, FieldSource::PreReg);
    QCOMPARE(basis.value.toString(), QStringLiteral("abroad"));
    QVERIFY(basis.isOk());

    // A shared fact from the code shows the QR badge in the form; the clerk's own does not.
    QVERIFY(visit.setFact(QStringLiteral("moveDate"), QDate(2024, 5, 20), FieldSource::PreReg));
    QCOMPARE(state(visit, "jumin-ido", "moveDate").source, FieldSource::PreReg);
    QCOMPARE(visit.factState(QStringLiteral("moveDate")).source, FieldSource::PreReg);
    QCOMPARE(visit.factOrigin(QStringLiteral("moveDate")), FieldSource::PreReg);
    QCOMPARE(visit.clerkEnteredCount(), 0);
    // Members all from the code: the household shows the QR badge.
    HouseholdMember child{S(u"山田　一郎"), S(u"ヤマダ　イチロウ"), QDate(2018, 4, 2), Sex::Male, S(u"子"),
                          FieldSource::PreReg};
    QVERIFY(visit.addHouseholdMember(child));
    QCOMPARE(state(visit, "jumin-ido", "householdMembers").source, FieldSource::PreReg);

    auto restored = Visit::fromDraft(m_library, m_today, visit.toDraft());
    QVERIFY(restored);
    QCOMPARE(state(*restored, "jumin-ido", "moveInBasis").source, FieldSource::PreReg);
    QCOMPARE(restored->preRegisteredFields(QStringLiteral("jumin-ido")), visit.preRegisteredFields(QStringLiteral("jumin-ido")));
    QCOMPARE(state(*restored, "jumin-ido", "moveDate").source, FieldSource::PreReg);

    // The clerk types the fact: the clerk's value, counted, no QR badge.
    QVERIFY(visit.setFact(QStringLiteral("moveDate"), QDate(2024, 5, 21)));
    QCOMPARE(state(visit, "jumin-ido", "moveDate").source, FieldSource::Visit);
    QCOMPARE(visit.clerkEnteredCount(), 1);
    // The clerk's member: the household is no longer only the code's.
    HouseholdMember spouse{S(u"山田　花子"), S(u"ヤマダ　ハナコ"), QDate(1982, 1, 3), Sex::Female, S(u"妻")};
    QVERIFY(visit.addHouseholdMember(spouse));
    QCOMPARE(state(visit, "jumin-ido", "householdMembers").source, FieldSource::Visit);
}

void TestVisit::clerkCorrectionKeepsOriginal()
{
    Visit visit = newVisit();
    QVERIFY(visit.addForm(QStringLiteral("inkan-registration")));
    QVERIFY(visit.addForm(QStringLiteral("juminhyo-request")));
    const CardHolder card = yamada();
    visit.setCardHolder(card);
    const QString corrected = S(u"東京都千代田区霞が関２－１－２　中央合同庁舎２号館");
    const auto s = visit.setFieldValue(QStringLiteral("inkan-registration"), QStringLiteral("address"), corrected);
    QVERIFY(s);
    QCOMPARE(s->source, FieldSource::Clerk);
    QCOMPARE(s->value.toString(), corrected);
    QVERIFY(s->corrected);
    QCOMPARE(s->original.toString(), card.address);
    QCOMPARE(s->originalSource, FieldSource::Card);
    QCOMPARE(s->originalBinding, QStringLiteral("card.address"));
    // The other form keeps the card's value.
    QCOMPARE(state(visit, "juminhyo-request", "requesterAddress").source, FieldSource::Card);
    QCOMPARE(visit.clerkEnteredCount(), 1);
    // Back to the card's value.
    QVERIFY(visit.resetField(QStringLiteral("inkan-registration"), QStringLiteral("address")));
    QCOMPARE(state(visit, "inkan-registration", "address").source, FieldSource::Card);
    QVERIFY(!state(visit, "inkan-registration", "address").corrected);
    QCOMPARE(visit.clerkEnteredCount(), 0);

    // A default corrected keeps the default as original.
    const auto copies = visit.setFieldValue(QStringLiteral("juminhyo-request"), QStringLiteral("copies"), QStringLiteral("２"));
    QVERIFY(copies);
    QCOMPARE(copies->value, QVariant(2));
    QCOMPARE(copies->original, QVariant(1));
    QCOMPARE(copies->originalSource, FieldSource::Default);
    // Empty input removes the clerk's value.
    QVERIFY(visit.setFieldValue(QStringLiteral("juminhyo-request"), QStringLiteral("copies"), QString()));
    QCOMPARE(state(visit, "juminhyo-request", "copies").value, QVariant(1));
}

void TestVisit::clerkValueEqualToSourceIsNoCorrection()
{
    Visit visit = newVisit();
    QVERIFY(visit.addForm(QStringLiteral("inkan-registration")));
    visit.setCardHolder(yamada());
    // The same date typed in 和暦 is the card's value, not a correction.
    const auto s = visit.setFieldValue(QStringLiteral("inkan-registration"), QStringLiteral("birthDate"), S(u"昭和55年2月17日"));
    QVERIFY(s);
    QCOMPARE(s->source, FieldSource::Card);
    QVERIFY(!s->corrected);
    QCOMPARE(visit.clerkEnteredCount(), 0);
}

void TestVisit::fieldsNotEditable()
{
    Visit visit = newVisit();
    QVERIFY(visit.addForm(QStringLiteral("inkan-registration")));
    const auto hand = visit.setFieldValue(QStringLiteral("inkan-registration"), QStringLiteral("sealImpression"), QStringLiteral("x"));
    QVERIFY(!hand);
    QCOMPARE(hand.error().code(), ErrorCode::NotAllowed);
    const FieldState seal = state(visit, "inkan-registration", "sealImpression");
    QVERIFY(seal.handwritten);
    QVERIFY(seal.isOk());
    QVERIFY(!seal.hasValue);
    QCOMPARE(visit.setFieldValue(QStringLiteral("inkan-registration"), QStringLiteral("nope"), 1).error().code(),
             ErrorCode::NotFound);
    QCOMPARE(visit.setFieldValue(QStringLiteral("jumin-ido"), QStringLiteral("kind"), 1).error().code(), ErrorCode::NotFound);
    QCOMPARE(visit.addForm(QStringLiteral("dog-registration")).error().code(), ErrorCode::NotFound);
}

void TestVisit::validationStatePerField()
{
    Visit visit = newVisit();
    QVERIFY(visit.addForm(QStringLiteral("jumin-ido")));
    QCOMPARE(state(visit, "jumin-ido", "moveDate").state, ValidationState::Missing);
    QVERIFY(visit.setFact(QStringLiteral("moveDate"), S(u"令和６年５月２０日")));
    FieldState moveDate = state(visit, "jumin-ido", "moveDate");
    QCOMPARE(moveDate.state, ValidationState::Ok);
    QCOMPARE(moveDate.value.toDate(), QDate(2024, 5, 20));
    QCOMPARE(moveDate.display, S(u"令和6年5月20日"));
    QVERIFY(visit.setFact(QStringLiteral("moveDate"), S(u"平成32年1月1日")));
    moveDate = state(visit, "jumin-ido", "moveDate");
    QCOMPARE(moveDate.state, ValidationState::Invalid);
    QVERIFY(!moveDate.reason.isEmpty());

    const auto postal = visit.setFieldValue(QStringLiteral("jumin-ido"), QStringLiteral("newPostalCode"), QStringLiteral("12-34"));
    QVERIFY(postal);
    QCOMPARE(postal->state, ValidationState::Invalid);
    QCOMPARE(postal->source, FieldSource::Clerk);
}

void TestVisit::kanaNeedsConfirmation()
{
    Visit visit = newVisit();
    QVERIFY(visit.addForm(QStringLiteral("jumin-ido")));
    QVERIFY(visit.addForm(QStringLiteral("inkan-registration")));
    QVERIFY(visit.setFact(QStringLiteral("nameKana"), S(u"やまだ　たろう")));
    for (const char *form : {"jumin-ido", "inkan-registration"}) {
        const FieldState s = state(visit, form, "nameKana");
        QCOMPARE(s.value.toString(), S(u"ヤマダ　タロウ"));
        QCOMPARE(s.state, ValidationState::Unconfirmed);
        QVERIFY(!s.kanaConfirmed);
    }
    visit.setNameKanaConfirmed(true);
    for (const char *form : {"jumin-ido", "inkan-registration"}) {
        QVERIFY(state(visit, form, "nameKana").isOk());
        QVERIFY(state(visit, form, "nameKana").kanaConfirmed);
    }
    // Changing the reading needs a new confirmation.
    QVERIFY(visit.setFact(QStringLiteral("nameKana"), S(u"ヤマダ　タロー")));
    QCOMPARE(state(visit, "jumin-ido", "nameKana").state, ValidationState::Unconfirmed);
    // Kanji is not kana.
    QVERIFY(visit.setFact(QStringLiteral("nameKana"), S(u"山田　太郎")));
    visit.setNameKanaConfirmed(true);
    QCOMPARE(state(visit, "jumin-ido", "nameKana").state, ValidationState::Invalid);
}

void TestVisit::individualNumberOnlyWhenAFormNeedsIt()
{
    Visit visit = newVisit();
    QVERIFY(!visit.needsIndividualNumber());
    for (const char *id : {"jumin-ido", "juminhyo-request", "inkan-registration", "inkan-certificate", "koseki-certificate",
                           "mynumber-pin-reset", "disaster-certificate"})
        QVERIFY(visit.addForm(QString::fromLatin1(id)));
    // 住民票の写し asks whether the number is printed; the request itself does not need it.
    QVERIFY(visit.setFieldValue(QStringLiteral("juminhyo-request"), QStringLiteral("includeIndividualNumber"), true));
    QVERIFY(!visit.needsIndividualNumber());
    QVERIFY(visit.addForm(QStringLiteral("child-allowance")));
    QVERIFY(visit.needsIndividualNumber());
    visit.removeForm(QStringLiteral("child-allowance"));
    QVERIFY(!visit.needsIndividualNumber());
    QVERIFY(visit.addForm(QStringLiteral("care-certification")));
    QVERIFY(visit.needsIndividualNumber());
    visit.removeForm(QStringLiteral("care-certification"));
    QVERIFY(visit.addForm(QStringLiteral("nhi-change")));
    QVERIFY(visit.needsIndividualNumber());
}

void TestVisit::individualNumberIsNeverInAState()
{
    Visit visit = newVisit();
    QVERIFY(visit.addForm(QStringLiteral("child-allowance")));
    visit.setCardHolder(yamada(false));
    QVERIFY(!visit.hasIndividualNumber());
    QCOMPARE(state(visit, "child-allowance", "claimantIndividualNumber").state, ValidationState::Missing);
    visit.setCardHolder(yamada(true));
    const FieldState s = state(visit, "child-allowance", "claimantIndividualNumber");
    QVERIFY(s.isOk());
    QCOMPARE(s.source, FieldSource::Card);
    QVERIFY(s.hasValue);
    QVERIFY(!s.value.isValid());
    QCOMPARE(s.display, IndividualNumber::masked());
    const auto digits = visit.individualNumber(QStringLiteral("child-allowance"), QStringLiteral("claimantIndividualNumber"));
    QVERIFY(digits);
    QVERIFY(digits->equals("123456789018"));
}

void TestVisit::clerkTypedIndividualNumber()
{
    Visit visit = newVisit();
    QVERIFY(visit.addForm(QStringLiteral("child-allowance")));
    const auto bad = visit.setFieldValue(QStringLiteral("child-allowance"), QStringLiteral("spouseIndividualNumber"),
                                         QStringLiteral("9876 5432 1090"));
    QVERIFY(bad);
    QCOMPARE(bad->state, ValidationState::Invalid);
    QVERIFY(!bad->reason.contains(QStringLiteral("9876")));
    const auto good = visit.setFieldIndividualNumber(QStringLiteral("child-allowance"), QStringLiteral("spouseIndividualNumber"),
                                                     SecureBuffer::fromBytes("987654321093"));
    QVERIFY(good);
    QVERIFY(good->isOk());
    QCOMPARE(good->source, FieldSource::Clerk);
    // The clerk typing the claimant's number means the card need not give it.
    QVERIFY(visit.needsIndividualNumber());
    QVERIFY(visit.setFieldValue(QStringLiteral("child-allowance"), QStringLiteral("claimantIndividualNumber"),
                                QStringLiteral("123456789018")));
    QVERIFY(!visit.needsIndividualNumber());
}

void TestVisit::clerkEnteredCountZeroWithCardOnly()
{
    // 印鑑登録証明書: every required field comes from the card, the visit or a default.
    Visit visit = newVisit();
    QVERIFY(visit.addForm(QStringLiteral("inkan-certificate")));
    QVERIFY(!visit.isReady());
    visit.setCardHolder(yamada(false));
    QVERIFY2(visit.problems().isEmpty(),
             visit.problems().isEmpty() ? "" : qPrintable(visit.problems().first().fieldId));
    QVERIFY(visit.isReady());
    QCOMPARE(visit.clerkEnteredCount(), 0);

    // The same with a form made up for the test: required fields bound to the card only.
    FormLibrary library;
    const auto form = FormDefinitionLoader::parse(toBytes(minimalForm()), QStringLiteral("t.json"));
    QVERIFY(form);
    library.insert(*form);
    Visit other(library, m_today);
    QVERIFY(other.addForm(QStringLiteral("test-form")));
    other.setCardHolder(yamada());
    QVERIFY(other.isReady());
    QCOMPARE(other.clerkEnteredCount(), 0);
}

void TestVisit::clerkEnteredCountCountsEachValueOnce()
{
    Visit visit = newVisit();
    for (const QString &id : kSeveralForms)
        QVERIFY(visit.addForm(id));
    visit.setCardHolder(yamada());
    QCOMPARE(visit.clerkEnteredCount(), 0);
    QVERIFY(visit.setFact(QStringLiteral("phone"), QStringLiteral("09012345678")));           // +1, used by many forms
    QVERIFY(visit.setFact(QStringLiteral("nameKana"), S(u"ヤマダ　タロウ")));                  // +1
    QVERIFY(visit.setFact(QStringLiteral("accountNumber"), QStringLiteral("1234567"), FieldSource::PreReg)); // not typed
    QVERIFY(visit.setFieldValue(QStringLiteral("jumin-ido"), QStringLiteral("kind"), QStringLiteral("tenkyo"))); // +1
    QVERIFY(visit.addHouseholdMember(HouseholdMember{S(u"山田　一郎"), S(u"ヤマダ　イチロウ"), QDate(2016, 4, 10),
                                                     Sex::Male, S(u"子")}));                  // +1
    QCOMPARE(visit.clerkEnteredCount(), 4);
    // A clerk value in a field that does not apply is not counted.
    QVERIFY(visit.setFieldValue(QStringLiteral("nhi-change"), QStringLiteral("kind"), QStringLiteral("lose")));
    QVERIFY(visit.setFieldValue(QStringLiteral("nhi-change"), QStringLiteral("previousInsurer"), S(u"協会けんぽ")));
    QCOMPARE(visit.clerkEnteredCount(), 5);
    QVERIFY(visit.setFieldValue(QStringLiteral("nhi-change"), QStringLiteral("kind"), QStringLiteral("acquire")));
    QCOMPARE(visit.clerkEnteredCount(), 6);
}

void TestVisit::householdMembers()
{
    Visit visit = newVisit();
    QVERIFY(visit.addForm(QStringLiteral("child-allowance")));
    QVERIFY(visit.addForm(QStringLiteral("jumin-ido")));
    visit.setCardHolder(yamada());
    QCOMPARE(state(visit, "child-allowance", "children").state, ValidationState::Missing);
    const auto child = visit.addHouseholdMember(
        HouseholdMember{S(u"山田　一郎"), S(u"やまだ　いちろう"), QDate(2016, 4, 10), Sex::Male, S(u"子")});
    QVERIFY(child);
    QCOMPARE(*child, 0);
    QCOMPARE(visit.household().first().kana, S(u"ヤマダ　イチロウ"));
    QVERIFY(visit.addHouseholdMember(HouseholdMember{S(u"山田　梅"), {}, QDate(1950, 1, 1), Sex::Female, S(u"母")}));
    QVERIFY(!visit.addHouseholdMember(HouseholdMember{QString(), {}, QDate(2010, 1, 1), Sex::Male, S(u"子")}));
    QVERIFY(!visit.addHouseholdMember(HouseholdMember{S(u"山田　三郎"), S(u"山田"), QDate(2010, 1, 1), Sex::Male, S(u"子")}));
    QVERIFY(!visit.addHouseholdMember(HouseholdMember{S(u"山田　四郎"), {}, QDate(2024, 7, 1), Sex::Male, S(u"子")}));

    const FieldState children = state(visit, "child-allowance", "children");
    QVERIFY(children.isOk());
    QCOMPARE(children.source, FieldSource::Visit);
    QCOMPARE(children.value.toList().size(), 1); // the grandmother is not a child
    QCOMPARE(children.value.toList().first().toMap().value(QStringLiteral("name")).toString(), S(u"山田　一郎"));
    QCOMPARE(state(visit, "jumin-ido", "householdMembers").value.toList().size(), 2);

    QVERIFY(visit.updateHouseholdMember(0, HouseholdMember{S(u"山田　一郎"), {}, QDate(1990, 1, 1), Sex::Male, S(u"子")}));
    QCOMPARE(state(visit, "child-allowance", "children").state, ValidationState::Missing);
    QVERIFY(visit.removeHouseholdMember(1));
    QCOMPARE(visit.household().size(), 1);
    QVERIFY(!visit.removeHouseholdMember(5));
}

void TestVisit::conditionsShowAndHideFields()
{
    Visit visit = newVisit();
    QVERIFY(visit.addForm(QStringLiteral("jumin-ido"), {{QStringLiteral("kind"), QStringLiteral("tennyu")}}));
    FieldState kind = state(visit, "jumin-ido", "kind");
    QCOMPARE(kind.source, FieldSource::Default);
    QCOMPARE(kind.display, S(u"転入"));
    QVERIFY(state(visit, "jumin-ido", "honseki").applicable);
    QVERIFY(state(visit, "jumin-ido", "moveInBasis").applicable);
    QCOMPARE(state(visit, "jumin-ido", "moveInBasis").state, ValidationState::Missing);
    QVERIFY(visit.setFieldValue(QStringLiteral("jumin-ido"), QStringLiteral("kind"), QStringLiteral("tenkyo")));
    QVERIFY(!state(visit, "jumin-ido", "honseki").applicable);
    QVERIFY(!state(visit, "jumin-ido", "moveInBasis").applicable);
    QVERIFY(state(visit, "jumin-ido", "cardContinued").applicable);
    for (const FieldState &p : visit.problems())
        QVERIFY(p.fieldId != u"moveInBasis");

    QVERIFY(visit.addForm(QStringLiteral("care-certification")));
    QVERIFY(!state(visit, "care-certification", "facilityName").applicable);
    QVERIFY(visit.setFieldValue(QStringLiteral("care-certification"), QStringLiteral("inFacility"), true));
    QVERIFY(state(visit, "care-certification", "facilityName").applicable);
    QCOMPARE(state(visit, "care-certification", "facilityName").state, ValidationState::Missing);

    QCOMPARE(visit.addForm(QStringLiteral("nhi-change"), {{QStringLiteral("kind"), QStringLiteral("nope")}}).error().code(),
             ErrorCode::InvalidArgument);
}

void TestVisit::navigatorPresetsAndChecklist()
{
    const auto navi = LifeEventNavi::load(m_library);
    QVERIFY(navi);
    Visit visit = newVisit();
    for (const ChecklistItem &item : navi->checklist(QStringLiteral("tennyu"), {{QStringLiteral("nhi"), true}})) {
        if (item.isForm())
            QVERIFY(visit.addForm(item.formId, item.presets));
    }
    QCOMPARE(visit.formIds(), (QStringList{QStringLiteral("jumin-ido"), QStringLiteral("nhi-change")}));
    QCOMPARE(state(visit, "jumin-ido", "kind").value.toString(), QStringLiteral("tennyu"));
    QCOMPARE(state(visit, "nhi-change", "acquireReason").value.toString(), QStringLiteral("tennyu"));
    QVERIFY(state(visit, "nhi-change", "previousInsurer").applicable);
    // The move date typed once fills 異動日 in both.
    QVERIFY(visit.setFact(QStringLiteral("moveDate"), S(u"R6.5.20")));
    QCOMPARE(state(visit, "jumin-ido", "moveDate").value.toDate(), QDate(2024, 5, 20));
    QCOMPARE(state(visit, "nhi-change", "changeDate").value.toDate(), QDate(2024, 5, 20));
}

void TestVisit::completeNeedsEveryFieldOk()
{
    ManualClock clock(QDateTime(QDate(2024, 6, 1), QTime(1, 2, 3, 456), Qt::UTC));
    Visit visit = newVisit();
    QCOMPARE(visit.complete(clock, QStringLiteral("T1"), QStringLiteral("S1")).error().code(), ErrorCode::InvalidArgument);
    QVERIFY(visit.addForm(QStringLiteral("inkan-registration")));
    visit.setCardHolder(yamada());
    const auto open = visit.complete(clock, QStringLiteral("T1"), QStringLiteral("S1"));
    QVERIFY(!open);
    // Ids only, never values.
    QVERIFY(open.error().technicalDetail().contains(QStringLiteral("inkan-registration/nameKana")));
    QVERIFY(open.error().technicalDetail().contains(QStringLiteral("inkan-registration/phone")));
    QVERIFY(!open.error().technicalDetail().contains(S(u"山田")));
    QVERIFY(visit.setFact(QStringLiteral("nameKana"), S(u"ヤマダ　タロウ")));
    visit.setNameKanaConfirmed(true);
    QVERIFY(visit.setFact(QStringLiteral("phone"), QStringLiteral("09012345678")));
    const auto record = visit.complete(clock, QStringLiteral("T1"), QStringLiteral("S1"));
    QVERIFY2(record, record ? "" : qPrintable(record.error().toString()));
    QCOMPARE(record->forms.size(), 1);
}

QTEST_GUILESS_MAIN(TestVisit)
#include "tst_visit.moc"
