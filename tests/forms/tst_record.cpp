#include "FormsTestSupport.h"

#include "record/Record.h"
#include "forms/Visit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace kakanai;
using namespace kakanai::forms;
using namespace kakanai::forms::test;

class TestRecord : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void envelope();
    void roundTrip();
    void fieldSourcesAndOriginals();
    void individualNumberOnlyAsFieldValue();
    void householdIsKept();
    void fromJsonRejects_data();
    void fromJsonRejects();

private:
    Visit filledVisit() const;
    FormLibrary m_library;
    ManualClock m_clock{QDateTime(QDate(2024, 6, 1), QTime(1, 2, 3, 456), Qt::UTC)};
};

namespace {

QString S(const char16_t *s)
{
    return QString::fromUtf16(s);
}

const RecordField *fieldOf(const Record &r, const char *form, const char *field)
{
    const RecordForm *f = r.form(QString::fromLatin1(form));
    return f ? f->field(QString::fromLatin1(field)) : nullptr;
}

} // namespace

void TestRecord::initTestCase()
{
    m_library = FormLibrary::load();
    QVERIFY(m_library.problems().isEmpty());
}

Visit TestRecord::filledVisit() const
{
    Visit visit(m_library, QDate(2024, 6, 1));
    visit.addForm(QStringLiteral("inkan-registration"));
    visit.addForm(QStringLiteral("child-allowance"));
    visit.setCardHolder(yamada());
    visit.setFact(QStringLiteral("nameKana"), S(u"やまだ　たろう"));
    visit.setNameKanaConfirmed(true);
    visit.setFact(QStringLiteral("phone"), QStringLiteral("09012345678"));
    visit.setFact(QStringLiteral("bankName"), S(u"ゆうちょ銀行"));
    visit.setFact(QStringLiteral("bankBranch"), S(u"〇一八"));
    visit.setFact(QStringLiteral("accountType"), QStringLiteral("futsu"));
    visit.setFact(QStringLiteral("accountNumber"), QStringLiteral("1234567"));
    visit.setFact(QStringLiteral("accountHolderKana"), S(u"ヤマダ　タロウ"));
    visit.addHouseholdMember(HouseholdMember{S(u"山田　一郎"), S(u"ヤマダ　イチロウ"), QDate(2016, 4, 10), Sex::Male, S(u"子")});
    visit.setFieldValue(QStringLiteral("child-allowance"), QStringLiteral("pension"), QStringLiteral("kosei"));
    visit.setFieldValue(QStringLiteral("child-allowance"), QStringLiteral("custody"), true);
    visit.setFieldValue(QStringLiteral("inkan-registration"), QStringLiteral("address"),
                        S(u"東京都千代田区霞が関２－１－２　合同庁舎"));
    return visit;
}

void TestRecord::envelope()
{
    const Visit visit = filledVisit();
    const auto record = visit.complete(m_clock, QStringLiteral("counter-03"), QStringLiteral("staff-17"));
    QVERIFY2(record, record ? "" : qPrintable(record.error().toString()));
    const QJsonObject o = QJsonDocument::fromJson(record->toJson()).object();
    QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("kakanai.record/1"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                .match(o.value(QStringLiteral("id")).toString())
                .hasMatch());
    QCOMPARE(o.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2024-06-01T01:02:03.456Z"));
    QCOMPARE(o.value(QStringLiteral("terminalId")).toString(), QStringLiteral("counter-03"));
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("visit"));
    QCOMPARE(o.value(QStringLiteral("staffId")).toString(), QStringLiteral("staff-17"));
    const QJsonArray forms = o.value(QStringLiteral("forms")).toArray();
    QCOMPARE(forms.size(), 2);
    QCOMPARE(forms.at(0).toObject().value(QStringLiteral("formId")).toString(), QStringLiteral("inkan-registration"));
    QCOMPARE(forms.at(0).toObject().value(QStringLiteral("formVersion")).toInt(), 1);
    // Two records of the same visit have different ids.
    QVERIFY(visit.toRecord(m_clock, QStringLiteral("a"), QStringLiteral("b")).id != record->id);
}

void TestRecord::roundTrip()
{
    const auto record = filledVisit().complete(m_clock, QStringLiteral("counter-03"), QStringLiteral("staff-17"));
    QVERIFY(record);
    const QByteArray json = record->toJson();
    const auto back = Record::fromJson(json);
    QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
    QCOMPARE(back->id, record->id);
    QCOMPARE(back->createdAt, record->createdAt);
    QCOMPARE(back->forms.size(), record->forms.size());
    for (qsizetype i = 0; i < record->forms.size(); ++i)
        QCOMPARE(back->forms.at(i), record->forms.at(i));
    QVERIFY(*back == *record);
    QCOMPARE(back->toJson(), json);
}

void TestRecord::fieldSourcesAndOriginals()
{
    const auto record = filledVisit().complete(m_clock, QStringLiteral("t"), QStringLiteral("s"));
    QVERIFY(record);
    const RecordField *name = fieldOf(*record, "inkan-registration", "name");
    QCOMPARE(name->source, QStringLiteral("card"));
    QCOMPARE(name->binding, QStringLiteral("card.name"));
    QCOMPARE(name->value.toString(), S(u"山田\u3000太郎"));
    QVERIFY(!name->original);

    const RecordField *birth = fieldOf(*record, "inkan-registration", "birthDate");
    QCOMPARE(birth->value.toString(), QStringLiteral("1980-02-17"));

    const RecordField *address = fieldOf(*record, "inkan-registration", "address");
    QCOMPARE(address->source, QStringLiteral("clerk"));
    QVERIFY(address->original);
    QCOMPARE(address->original->toString(), S(u"東京都千代田区霞が関２－１－２"));
    QCOMPARE(address->originalSource, QStringLiteral("card"));

    const RecordField *kana = fieldOf(*record, "inkan-registration", "nameKana");
    QCOMPARE(kana->value.toString(), S(u"ヤマダ　タロウ"));
    QCOMPARE(kana->source, QStringLiteral("visit"));
    QCOMPARE(kana->confirmed, std::optional<bool>(true));

    const RecordField *copies = fieldOf(*record, "inkan-registration", "applicant");
    QCOMPARE(copies->source, QStringLiteral("default"));
    QCOMPARE(copies->value.toString(), QStringLiteral("self"));

    // Handwritten fields and fields that do not apply are not in the record.
    QVERIFY(!fieldOf(*record, "inkan-registration", "sealImpression"));
    QVERIFY(!fieldOf(*record, "inkan-registration", "agentName"));

    const RecordField *custody = fieldOf(*record, "child-allowance", "custody");
    QCOMPARE(custody->value, QJsonValue(true));
    const RecordField *children = fieldOf(*record, "child-allowance", "children");
    QCOMPARE(children->source, QStringLiteral("visit"));
    QCOMPARE(children->value.toArray().size(), 1);
    QCOMPARE(children->value.toArray().first().toObject().value(QStringLiteral("birthDate")).toString(),
             QStringLiteral("2016-04-10"));
    // An optional empty field: null, source none.
    const RecordField *spouse = fieldOf(*record, "child-allowance", "spouseName");
    QVERIFY(spouse->value.isNull());
    QCOMPARE(spouse->source, QStringLiteral("none"));
}

void TestRecord::individualNumberOnlyAsFieldValue()
{
    const auto record = filledVisit().complete(m_clock, QStringLiteral("t"), QStringLiteral("s"));
    QVERIFY(record);
    const QByteArray json = record->toJson();
    QCOMPARE(json.count("123456789018"), 1);
    const RecordField *number = fieldOf(*record, "child-allowance", "claimantIndividualNumber");
    QCOMPARE(number->value.toString(), QStringLiteral("123456789018"));
    QCOMPARE(number->source, QStringLiteral("card"));
    // A visit whose forms do not ask for it has no trace of it, although the card gave it.
    Visit visit(m_library, QDate(2024, 6, 1));
    visit.addForm(QStringLiteral("inkan-certificate"));
    visit.setCardHolder(yamada(true));
    const auto other = visit.complete(m_clock, QStringLiteral("t"), QStringLiteral("s"));
    QVERIFY(other);
    QVERIFY(!other->toJson().contains("123456789018"));
}

void TestRecord::householdIsKept()
{
    const auto record = filledVisit().complete(m_clock, QStringLiteral("t"), QStringLiteral("s"));
    QVERIFY(record);
    QCOMPARE(record->household.size(), 1);
    const QJsonObject child = record->household.first().toObject();
    QCOMPARE(child.value(QStringLiteral("name")).toString(), S(u"山田　一郎"));
    QCOMPARE(child.value(QStringLiteral("kana")).toString(), S(u"ヤマダ　イチロウ"));
    QCOMPARE(child.value(QStringLiteral("birthDate")).toString(), QStringLiteral("2016-04-10"));
    QCOMPARE(child.value(QStringLiteral("sex")).toString(), QStringLiteral("1"));
    QCOMPARE(child.value(QStringLiteral("relationship")).toString(), S(u"子"));
    QCOMPARE(child.value(QStringLiteral("source")).toString(), QStringLiteral("clerk"));
}

void TestRecord::fromJsonRejects_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("detail");
    QTest::newRow("schema") << QStringLiteral("schema") << QJsonValue(QStringLiteral("kakanai.record/2")) << QStringLiteral("schema");
    QTest::newRow("id not a uuid") << QStringLiteral("id") << QJsonValue(QStringLiteral("42")) << QStringLiteral("id");
    QTest::newRow("id in braces") << QStringLiteral("id")
                                  << QJsonValue(QStringLiteral("{6f1c1b9e-8a1f-4a53-9d1e-0c3b3f4a5b6c}")) << QStringLiteral("id");
    QTest::newRow("createdAt") << QStringLiteral("createdAt") << QJsonValue(QStringLiteral("yesterday")) << QStringLiteral("createdAt");
    QTest::newRow("terminalId") << QStringLiteral("terminalId") << QJsonValue(QString()) << QStringLiteral("terminalId");
    QTest::newRow("kind") << QStringLiteral("kind") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("kind");
    QTest::newRow("forms") << QStringLiteral("forms") << QJsonValue(QStringLiteral("x")) << QStringLiteral("forms");
    QTest::newRow("household") << QStringLiteral("household") << QJsonValue(1) << QStringLiteral("household");
}

void TestRecord::fromJsonRejects()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, detail);
    const auto record = filledVisit().complete(m_clock, QStringLiteral("t"), QStringLiteral("s"));
    QVERIFY(record);
    QJsonObject o = record->toJsonObject();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    const auto back = Record::fromJson(QJsonDocument(o).toJson());
    QVERIFY(!back);
    QCOMPARE(back.error().code(), ErrorCode::InvalidData);
    QCOMPARE(back.error().technicalDetail(), detail);
    QVERIFY(!Record::fromJson("[1, 2]"));
}

QTEST_GUILESS_MAIN(TestRecord)
#include "tst_record.moc"
