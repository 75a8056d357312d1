// The citizen's code into a visit (prereg::PreRegApplier): forms from the
// 手続ナビ, facts, household and the forms' own fields with the QR source; the
// card wins for the 4 basic facts; a code that cannot be used changes nothing;
// applying the same code twice changes nothing more.
#include "../forms/FormsTestSupport.h"

#include "forms/FormLibrary.h"
#include "forms/LifeEventNavi.h"
#include "forms/Visit.h"
#include "prereg/PreRegApplier.h"

#include <QJsonDocument>
#include <QTest>

using namespace kakanai;
using namespace kakanai::forms;
using namespace kakanai::prereg;

namespace {

QString S(const char16_t *s)
{
    return QString::fromUtf16(s);
}

FieldState state(const Visit &v, const char *form, const char *field)
{
    const auto s = v.field(QString::fromLatin1(form), QString::fromLatin1(field));
    return s ? *s : FieldState{};
}

} // namespace

class TestPreRegApplier : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void tennyuNeedsNothingTyped();
    void cardWinsAndDifferencesAreShown_data();
    void cardWinsAndDifferencesAreShown();
    void unusableCodeChangesNothing_data();
    void unusableCodeChangesNothing();
    void sameCodeTwiceChangesNothingMore();
    void clerkTypedFactIsKept();

private:
    PreRegistration tennyu() const;
    Visit newVisit() const { return Visit(m_library, m_today); }

    FormLibrary m_library;
    std::optional<LifeEventNavi> m_navi;
    const QDate m_today{2026, 11, 25};
};

void TestPreRegApplier::initTestCase()
{
    m_library = FormLibrary::load();
    auto navi = LifeEventNavi::load(m_library);
    QVERIFY(navi.has_value());
    m_navi = std::move(*navi);
}

PreRegistration TestPreRegApplier::tennyu() const
{
    PreRegistration p;
    p.events = {QStringLiteral("tennyu")};
    p.answers = {{QStringLiteral("children"), false}};
    p.forms = {{QStringLiteral("jumin-ido"), m_library.find(u"jumin-ido")->version}};
    p.person.name = S(u"山田 太郎"); // a half-width space: the same name as the card's
    p.person.kana = S(u"やまだ　たろう");
    p.person.birthDate = QDate(1980, 2, 17);
    p.person.sex = Sex::Male;
    p.person.address = S(u"東京都千代田区霞が関2-1-2");
    p.facts = {{QStringLiteral("moveDate"), QStringLiteral("2026-11-20")},
               {QStringLiteral("newAddress"), S(u"埼玉県さいたま市浦和区高砂３－１５－１")},
               {QStringLiteral("postalCode"), QStringLiteral("330-0063")},
               {QStringLiteral("householder"), S(u"山田　太郎")},
               {QStringLiteral("relationship"), S(u"世帯主")},
               {QStringLiteral("phone"), QStringLiteral("090-1234-5678")}};
    p.household = {
        HouseholdMember{S(u"山田　花子"), S(u"ヤマダ　ハナコ"), QDate(1982, 1, 3), Sex::Female, S(u"妻"), FieldSource::PreReg},
        HouseholdMember{S(u"山田　一郎"), S(u"ヤマダ　イチロウ"), QDate(2018, 4, 2), Sex::Male, S(u"子"), FieldSource::PreReg},
    };
    p.fields = {{QStringLiteral("jumin-ido"), {{QStringLiteral("moveInBasis"), QStringLiteral("certificate")}}}};
    return p;
}

void TestPreRegApplier::tennyuNeedsNothingTyped()
{
    Visit visit = newVisit();
    visit.setCardHolder(test::yamada(false));
    auto applied = PreRegApplier::apply(visit, tennyu(), *m_navi);
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message()));
    QCOMPARE(applied->formIds, QStringList{QStringLiteral("jumin-ido")});
    QCOMPARE(applied->householdMembers, 2);
    QCOMPARE(applied->facts, 7); // six facts and the kana
    QCOMPARE(applied->fields, 1);
    QVERIFY(applied->keptClerkFacts.isEmpty());

    QVERIFY2(visit.isReady(), visit.isReady() ? "" : qPrintable(visit.problems().first().fieldId));
    QCOMPARE(visit.clerkEnteredCount(), 0);
    for (const char *id : {"moveDate", "newAddress", "newPostalCode", "newHouseholder", "relationship", "nameKana",
                           "phone", "moveInBasis", "householdMembers"})
        QCOMPARE(state(visit, "jumin-ido", id).source, FieldSource::PreReg);
    for (const char *id : {"name", "birthDate", "sex", "oldAddress"})
        QCOMPARE(state(visit, "jumin-ido", id).source, FieldSource::Card);
    QCOMPARE(state(visit, "jumin-ido", "nameKana").value.toString(), S(u"ヤマダ　タロウ"));
    QCOMPARE(state(visit, "jumin-ido", "kind").value.toString(), QStringLiteral("tennyu")); // the 手続ナビ preset
    QCOMPARE(visit.household().size(), 2);

    const CardComparison same = PreRegApplier::compare(tennyu().person, visit.cardHolder());
    QVERIFY(same.hasCard);
    QVERIFY2(same.differences.isEmpty(), "spaces and width are no difference");
    QVERIFY(!same.otherPerson);
    QVERIFY(!PreRegApplier::compare(tennyu().person, std::nullopt).hasCard);
}

void TestPreRegApplier::cardWinsAndDifferencesAreShown_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("sex");
    QTest::addColumn<QStringList>("facts");
    QTest::addColumn<bool>("otherPerson");

    const QString name = S(u"山田　太郎");
    const QString address = S(u"東京都千代田区霞が関２－１－２");
    QTest::newRow("address only") << name << QDate(1980, 2, 17) << S(u"東京都千代田区霞が関２－１－３") << 1
                                  << QStringList{QStringLiteral("Address")} << false;
    QTest::newRow("sex only") << name << QDate(1980, 2, 17) << address << 2 << QStringList{QStringLiteral("Sex")}
                              << false;
    QTest::newRow("another name") << S(u"鈴木　一郎") << QDate(1980, 2, 17) << address << 1
                                  << QStringList{QStringLiteral("Name")} << true;
    QTest::newRow("another birth date") << name << QDate(1981, 2, 17) << address << 1
                                        << QStringList{QStringLiteral("Date of birth")} << true;
}

void TestPreRegApplier::cardWinsAndDifferencesAreShown()
{
    QFETCH(QString, name);
    QFETCH(QDate, birthDate);
    QFETCH(QString, address);
    QFETCH(int, sex);
    QFETCH(QStringList, facts);
    QFETCH(bool, otherPerson);

    PreRegistration code = tennyu();
    code.person.name = name;
    code.person.birthDate = birthDate;
    code.person.address = address;
    code.person.sex = Sex(sex);
    Visit visit = newVisit();
    visit.setCardHolder(test::yamada(false));
    QVERIFY(PreRegApplier::apply(visit, code, *m_navi));
    // The card's facts are in the forms, whatever the code says.
    QCOMPARE(state(visit, "jumin-ido", "name").value.toString(), test::yamada(false).name);
    QCOMPARE(state(visit, "jumin-ido", "birthDate").value.toDate(), QDate(1980, 2, 17));
    QCOMPARE(state(visit, "jumin-ido", "oldAddress").value.toString(), test::yamada(false).address);
    QCOMPARE(state(visit, "jumin-ido", "sex").value.toString(), QStringLiteral("1"));

    const CardComparison comparison = PreRegApplier::compare(code.person, visit.cardHolder());
    QStringList labels;
    for (const CardDifference &d : comparison.differences) {
        labels << PreRegApplier::factLabel(d.fact);
        QVERIFY(!d.fromCard.isEmpty());
        QVERIFY(!d.fromCode.isEmpty());
        QVERIFY(d.fromCard != d.fromCode);
    }
    QCOMPARE(labels, facts);
    QCOMPARE(comparison.otherPerson, otherPerson);
}

void TestPreRegApplier::unusableCodeChangesNothing_data()
{
    QTest::addColumn<int>("breakage");
    QTest::newRow("unknown event") << 0;
    QTest::newRow("unknown form") << 1;
    QTest::newRow("old form version") << 2;
    QTest::newRow("member without a name") << 3;
    QTest::newRow("member with hiragana-only kana of latin") << 4;
    QTest::newRow("member born tomorrow") << 5;
}

void TestPreRegApplier::unusableCodeChangesNothing()
{
    QFETCH(int, breakage);
    PreRegistration code = tennyu();
    switch (breakage) {
    case 0: code.events = {QStringLiteral("tennyu"), QStringLiteral("no-such-event")}; break;
    case 1: code.forms.insert({QStringLiteral("no-such-form"), 1}); break;
    case 2: code.forms[QStringLiteral("jumin-ido")] += 1; break;
    case 3: code.household[1].name.clear(); break;
    case 4: code.household[1].kana = QStringLiteral("Ichiro"); break;
    case 5: code.household[1].birthDate = m_today.addDays(1); break;
    }
    Visit visit = newVisit();
    visit.setCardHolder(test::yamada(false));
    QVERIFY(visit.addForm(QStringLiteral("juminhyo-request")));
    QVERIFY(visit.setFact(QStringLiteral("phone"), QStringLiteral("03-1234-5678")));
    const QByteArray before = QJsonDocument(visit.toDraft()).toJson();
    auto applied = PreRegApplier::apply(visit, code, *m_navi);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code(), ErrorCode::InvalidData);
    QVERIFY(!applied.error().message().isEmpty());
    // Nothing personal in the message: no name, kana or date of the code.
    for (const QString &secret : {S(u"山田"), S(u"ヤマダ"), QStringLiteral("Ichiro"), QStringLiteral("2018")})
        QVERIFY2(!applied.error().message().contains(secret), qPrintable(applied.error().message()));
    QCOMPARE(QJsonDocument(visit.toDraft()).toJson(), before);
}

void TestPreRegApplier::sameCodeTwiceChangesNothingMore()
{
    Visit visit = newVisit();
    visit.setCardHolder(test::yamada(false));
    QVERIFY(PreRegApplier::apply(visit, tennyu(), *m_navi));
    const QByteArray once = QJsonDocument(visit.toDraft()).toJson();
    QVERIFY(PreRegApplier::apply(visit, tennyu(), *m_navi));
    QCOMPARE(visit.household().size(), 2);
    QCOMPARE(QJsonDocument(visit.toDraft()).toJson(), once);

    // A member the clerk added stays when a corrected code comes.
    HouseholdMember grandmother{S(u"山田　梅"), S(u"ヤマダ　ウメ"), QDate(1950, 5, 5), Sex::Female, S(u"母")};
    QVERIFY(visit.addHouseholdMember(grandmother));
    PreRegistration corrected = tennyu();
    corrected.household.removeLast();
    QVERIFY(PreRegApplier::apply(visit, corrected, *m_navi));
    QCOMPARE(visit.household().size(), 2);
    QCOMPARE(visit.household().at(0).origin, FieldSource::Clerk);
    QCOMPARE(visit.household().at(1).name, S(u"山田　花子"));
}

void TestPreRegApplier::clerkTypedFactIsKept()
{
    Visit visit = newVisit();
    QVERIFY(visit.setFact(QStringLiteral("phone"), QStringLiteral("03-1111-2222")));
    auto applied = PreRegApplier::apply(visit, tennyu(), *m_navi);
    QVERIFY(applied);
    QCOMPARE(applied->keptClerkFacts, QStringList{QStringLiteral("phone")});
    QCOMPARE(visit.fact(QStringLiteral("phone")).toString(), QStringLiteral("03-1111-2222"));
    QCOMPARE(visit.factOrigin(QStringLiteral("phone")), FieldSource::Clerk);
    QCOMPARE(visit.factOrigin(QStringLiteral("moveDate")), FieldSource::PreReg);
}

QTEST_GUILESS_MAIN(TestPreRegApplier)
#include "tst_preregapplier.moc"
