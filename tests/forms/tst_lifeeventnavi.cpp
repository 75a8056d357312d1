#include "FormsTestSupport.h"

#include "forms/LifeEventNavi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace kakanai;
using namespace kakanai::forms;
using namespace kakanai::forms::test;

using NaviMutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(NaviMutation)

class TestLifeEventNavi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void builtInLoads();
    void checklist_data();
    void checklist();
    void presetsComeWithTheForm();
    void severalEventsListAFormOnce();
    void questionsForEvents();
    void everyBuiltInFormIsReachable();
    void rejects_data();
    void rejects();
    void overrideFileIsUsed();

private:
    FormLibrary m_library;
};

namespace {

QJsonObject builtInNavi()
{
    return QJsonDocument::fromJson(readFile(LifeEventNavi::builtInFile())).object();
}

// Edits the procedures of one event of the built-in file.
void editEvent(QJsonObject &navi, const QString &eventId, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray events = navi.value(QStringLiteral("events")).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject e = events.at(i).toObject();
        if (e.value(QStringLiteral("id")).toString() == eventId) {
            edit(e);
            events.replace(i, e);
        }
    }
    navi[QStringLiteral("events")] = events;
}

void appendProcedure(QJsonObject &navi, const QString &eventId, const QJsonObject &procedure)
{
    editEvent(navi, eventId, [&](QJsonObject &e) {
        QJsonArray procedures = e.value(QStringLiteral("procedures")).toArray();
        procedures.append(procedure);
        e[QStringLiteral("procedures")] = procedures;
    });
}

QStringList formsOf(const QList<ChecklistItem> &items)
{
    QStringList out;
    for (const ChecklistItem &item : items) {
        if (item.isForm())
            out << item.formId;
    }
    return out;
}

} // namespace

void TestLifeEventNavi::initTestCase()
{
    m_library = FormLibrary::load();
    QVERIFY(m_library.problems().isEmpty());
}

void TestLifeEventNavi::builtInLoads()
{
    QList<DefinitionProblem> problems;
    const auto navi = LifeEventNavi::load(m_library, {}, &problems);
    QVERIFY2(navi, navi ? "" : qPrintable(navi.error().message()));
    QVERIFY(problems.isEmpty());
    for (const char *id : {"tennyu", "tenshutsu", "tenkyo", "birth", "marriage", "death"})
        QVERIFY2(navi->event(QString::fromLatin1(id)), id);
    for (const char *q : {"children", "nhi", "careCertified", "sealRegistration"})
        QVERIFY2(navi->question(QString::fromLatin1(q)), q);
    QCOMPARE(navi->event(u"tennyu")->label.ja, QString::fromUtf16(u"転入"));
    QCOMPARE(navi->event(u"death")->label.ja, QString::fromUtf16(u"おくやみ"));
}

void TestLifeEventNavi::checklist_data()
{
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("yes");
    QTest::addColumn<QStringList>("forms");
    const auto row = [](const char *tag, QStringList events, QStringList yes, QStringList forms) {
        QTest::newRow(tag) << events << yes << forms;
    };
    const auto S = [](const char *s) { return QString::fromLatin1(s); };

    row("転入, no", {S("tennyu")}, {}, {S("jumin-ido")});
    row("転入, children + 国保", {S("tennyu")}, {S("children"), S("nhi")},
        {S("jumin-ido"), S("child-allowance"), S("nhi-change")});
    row("転入, 介護 + 印鑑", {S("tennyu")}, {S("careCertified"), S("sealRegistration")},
        {S("jumin-ido"), S("care-certification"), S("inkan-registration")});
    row("転入, all yes", {S("tennyu")},
        {S("children"), S("nhi"), S("careCertified"), S("sealRegistration"), S("pinForgotten"), S("certificates")},
        {S("jumin-ido"), S("child-allowance"), S("nhi-change"), S("care-certification"), S("inkan-registration"),
         S("mynumber-pin-reset"), S("juminhyo-request")});
    row("転出, no", {S("tenshutsu")}, {}, {S("jumin-ido")});
    row("転出, 国保 + children", {S("tenshutsu")}, {S("nhi"), S("children")}, {S("jumin-ido"), S("nhi-change")});
    row("転出, certificates", {S("tenshutsu")}, {S("certificates")}, {S("jumin-ido"), S("juminhyo-request")});
    row("市内転居, no", {S("tenkyo")}, {}, {S("jumin-ido")});
    row("市内転居, PIN forgotten", {S("tenkyo")}, {S("pinForgotten")}, {S("jumin-ido"), S("mynumber-pin-reset")});
    row("出生, first child", {S("birth")}, {}, {S("child-allowance")});
    row("出生, already receiving", {S("birth")}, {S("alreadyReceivingAllowance")}, {});
    row("出生, 国保", {S("birth")}, {S("nhi")}, {S("child-allowance"), S("nhi-change")});
    row("婚姻, no", {S("marriage")}, {}, {});
    row("婚姻, moving, seal kept", {S("marriage")}, {S("movesHome"), S("sealRegistration")}, {S("jumin-ido")});
    row("婚姻, moving, seal and name change", {S("marriage")},
        {S("movesHome"), S("sealRegistration"), S("nameChanges")}, {S("jumin-ido"), S("inkan-registration")});
    row("婚姻, 国保", {S("marriage")}, {S("nhi")}, {S("nhi-change")});
    row("おくやみ, no", {S("death")}, {}, {});
    row("おくやみ, 国保", {S("death")}, {S("nhi")}, {S("nhi-change")});
    row("おくやみ, inheritance", {S("death")}, {S("inheritance")},
        {S("koseki-certificate"), S("juminhyo-request"), S("inkan-certificate")});
    row("被災", {S("disaster")}, {}, {S("disaster-certificate")});
    row("answer to a question the event does not ask", {S("tenshutsu")}, {S("pinForgotten")}, {S("jumin-ido")});
    row("unknown event", {S("no-such-event")}, {S("nhi")}, {});
}

void TestLifeEventNavi::checklist()
{
    QFETCH(QStringList, events);
    QFETCH(QStringList, yes);
    QFETCH(QStringList, forms);
    const auto navi = LifeEventNavi::load(m_library);
    QVERIFY(navi);
    QHash<QString, bool> answers;
    for (const QString &q : yes)
        answers.insert(q, true);
    const QList<ChecklistItem> items = navi->checklist(events, answers);
    QCOMPARE(formsOf(items), forms);
    for (const ChecklistItem &item : items) {
        QVERIFY(item.label.isComplete());
        if (item.isForm())
            QCOMPARE(item.label, m_library.find(item.formId)->title);
    }
}

void TestLifeEventNavi::presetsComeWithTheForm()
{
    const auto navi = LifeEventNavi::load(m_library);
    QVERIFY(navi);
    const auto tennyu = navi->checklist(QStringLiteral("tennyu"), {{QStringLiteral("nhi"), true}});
    QCOMPARE(tennyu.first().formId, QStringLiteral("jumin-ido"));
    QCOMPARE(tennyu.first().presets.value(QStringLiteral("kind")).toString(), QStringLiteral("tennyu"));
    QVERIFY(tennyu.first().because.isEmpty());
    const auto nhi = std::find_if(tennyu.begin(), tennyu.end(), [](const ChecklistItem &i) { return i.formId == u"nhi-change"; });
    QVERIFY(nhi != tennyu.end());
    QCOMPARE(nhi->presets.value(QStringLiteral("kind")).toString(), QStringLiteral("acquire"));
    QCOMPARE(nhi->presets.value(QStringLiteral("acquireReason")).toString(), QStringLiteral("tennyu"));
    QCOMPARE(nhi->because, QStringList{QStringLiteral("nhi")});

    const auto death = navi->checklist(QStringLiteral("death"), {{QStringLiteral("nhi"), true}});
    const auto lose = std::find_if(death.begin(), death.end(), [](const ChecklistItem &i) { return i.formId == u"nhi-change"; });
    QCOMPARE(lose->presets.value(QStringLiteral("loseReason")).toString(), QStringLiteral("death"));
    // Tasks without a form are on the list too (死亡届 at the family register desk).
    QVERIFY(std::any_of(death.begin(), death.end(), [](const ChecklistItem &i) { return !i.isForm(); }));
}

void TestLifeEventNavi::severalEventsListAFormOnce()
{
    const auto navi = LifeEventNavi::load(m_library);
    QVERIFY(navi);
    const auto items = navi->checklist({QStringLiteral("marriage"), QStringLiteral("tenkyo")},
                                       {{QStringLiteral("movesHome"), true}});
    QCOMPARE(formsOf(items).count(QStringLiteral("jumin-ido")), 1);
    QCOMPARE(items.first().eventId, QStringLiteral("marriage"));
}

void TestLifeEventNavi::questionsForEvents()
{
    const auto navi = LifeEventNavi::load(m_library);
    QVERIFY(navi);
    const auto questions = navi->questionsFor({QStringLiteral("tennyu"), QStringLiteral("birth")});
    QStringList ids;
    for (const NaviQuestion &q : questions)
        ids << q.id;
    QCOMPARE(ids.first(), QStringLiteral("children"));
    QCOMPARE(ids.count(QStringLiteral("nhi")), 1);
    QVERIFY(ids.contains(QStringLiteral("alreadyReceivingAllowance")));
}

void TestLifeEventNavi::everyBuiltInFormIsReachable()
{
    const auto navi = LifeEventNavi::load(m_library);
    QVERIFY(navi);
    QSet<QString> reached;
    for (const LifeEvent &e : navi->events()) {
        for (const NaviProcedure &p : e.procedures) {
            if (!p.formId.isEmpty())
                reached.insert(p.formId);
        }
    }
    for (const QString &id : m_library.ids())
        QVERIFY2(reached.contains(id), qPrintable(id));
}

void TestLifeEventNavi::rejects_data()
{
    QTest::addColumn<NaviMutation>("mutate");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("code");
    const auto row = [](const char *tag, NaviMutation m, const char *event, const char *code) {
        QTest::newRow(tag) << m << QString::fromLatin1(event) << QString::fromLatin1(code);
    };
    row("unknown form", [](QJsonObject &n) {
        appendProcedure(n, QStringLiteral("tennyu"), QJsonObject{{QStringLiteral("form"), QStringLiteral("dog-registration")}});
    }, "tennyu", "unknown-form");
    row("condition on a question the event does not ask", [](QJsonObject &n) {
        appendProcedure(n, QStringLiteral("birth"), QJsonObject{{QStringLiteral("form"), QStringLiteral("inkan-registration")},
                                                                {QStringLiteral("ifYes"), QStringLiteral("sealRegistration")}});
    }, "birth", "unknown-question");
    row("event asks an unknown question", [](QJsonObject &n) {
        editEvent(n, QStringLiteral("death"), [](QJsonObject &e) {
            e[QStringLiteral("questions")] = QJsonArray{QStringLiteral("pets")};
        });
    }, "death", "unknown-question");
    row("event without label", [](QJsonObject &n) {
        editEvent(n, QStringLiteral("marriage"), [](QJsonObject &e) { e.remove(QStringLiteral("label")); });
    }, "marriage", "missing-label");
    row("preset for an unknown field", [](QJsonObject &n) {
        appendProcedure(n, QStringLiteral("tenkyo"), QJsonObject{{QStringLiteral("form"), QStringLiteral("jumin-ido")},
                                                                 {QStringLiteral("presets"), QJsonObject{{QStringLiteral("colour"), 1}}}});
    }, "tenkyo", "bad-preset");
    row("preset not an option", [](QJsonObject &n) {
        appendProcedure(n, QStringLiteral("tenkyo"),
                        QJsonObject{{QStringLiteral("form"), QStringLiteral("jumin-ido")},
                                    {QStringLiteral("presets"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("abroad")}}}});
    }, "tenkyo", "bad-preset");
    row("both form and task", [](QJsonObject &n) {
        appendProcedure(n, QStringLiteral("tennyu"), QJsonObject{{QStringLiteral("form"), QStringLiteral("jumin-ido")},
                                                                 {QStringLiteral("task"), label(u"x", "x")}});
    }, "tennyu", "bad-procedure");
    row("unknown key in a procedure", [](QJsonObject &n) {
        appendProcedure(n, QStringLiteral("tennyu"), QJsonObject{{QStringLiteral("form"), QStringLiteral("jumin-ido")},
                                                                 {QStringLiteral("if"), QStringLiteral("nhi")}});
    }, "tennyu", "unknown-key");
    row("duplicate event", [](QJsonObject &n) {
        QJsonArray events = n.value(QStringLiteral("events")).toArray();
        events.append(events.first());
        n[QStringLiteral("events")] = events;
    }, "tennyu", "duplicate-id");
}

void TestLifeEventNavi::rejects()
{
    QFETCH(NaviMutation, mutate);
    QFETCH(QString, event);
    QFETCH(QString, code);
    QJsonObject navi = builtInNavi();
    QVERIFY(!navi.isEmpty());
    mutate(navi);
    QList<DefinitionProblem> problems;
    const auto parsed = LifeEventNavi::parse(toBytes(navi), QStringLiteral("life-events.json"), m_library, &problems);
    QVERIFY(!parsed);
    QStringList all;
    bool found = false;
    for (const DefinitionProblem &p : problems) {
        all << p.toString();
        QCOMPARE(p.file, QStringLiteral("life-events.json"));
        if (p.code == code && p.element == DefinitionProblem::Element::Event && p.name == event) {
            found = true;
            QVERIFY(p.toString().startsWith(QStringLiteral("life-events.json: event \"%1\": ").arg(event)));
        }
    }
    QVERIFY2(found, qPrintable(all.join(QStringLiteral(" | "))));
}

void TestLifeEventNavi::overrideFileIsUsed()
{
    QTemporaryDir dir;
    QJsonObject navi = builtInNavi();
    editEvent(navi, QStringLiteral("tenkyo"), [](QJsonObject &e) {
        e[QStringLiteral("label")] = label(u"市内転居（○○市）", "Moving within our city");
    });
    QVERIFY(writeFile(dir.filePath(QStringLiteral("navi/life-events.json")), toBytes(navi)));
    const auto loaded = LifeEventNavi::load(m_library, dir.path());
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message()));
    QCOMPARE(loaded->event(u"tenkyo")->label.ja, QString::fromUtf16(u"市内転居（○○市）"));
    QCOMPARE(loaded->sourceFile(), dir.filePath(QStringLiteral("navi/life-events.json")));

    // A broken municipal file: the built-in is used, and the problems name the file and the event.
    QJsonObject broken = builtInNavi();
    appendProcedure(broken, QStringLiteral("tennyu"), QJsonObject{{QStringLiteral("form"), QStringLiteral("dog-registration")}});
    QTemporaryDir brokenDir;
    QVERIFY(writeFile(brokenDir.filePath(QStringLiteral("navi/life-events.json")), toBytes(broken)));
    QList<DefinitionProblem> problems;
    const auto fallback = LifeEventNavi::load(m_library, brokenDir.path(), &problems);
    QVERIFY(fallback);
    QCOMPARE(fallback->sourceFile(), LifeEventNavi::builtInFile());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, QStringLiteral("unknown-form"));
    QCOMPARE(problems.first().name, QStringLiteral("tennyu"));
    QVERIFY(problems.first().toString().startsWith(QStringLiteral("life-events.json: event \"tennyu\": ")));

    // Without the file the built-in is used.
    QTemporaryDir empty;
    const auto builtin = LifeEventNavi::load(m_library, empty.path());
    QVERIFY(builtin);
    QCOMPARE(builtin->sourceFile(), LifeEventNavi::builtInFile());
}

QTEST_GUILESS_MAIN(TestLifeEventNavi)
#include "tst_lifeeventnavi.moc"
