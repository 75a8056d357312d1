#include "FormsTestSupport.h"

#include "forms/FormDefinitionLoader.h"
#include "forms/FormLibrary.h"
#include "forms/SourceCatalog.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace kakanai;
using namespace kakanai::forms;
using namespace kakanai::forms::test;

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

class TestFormDefinitionLoader : public QObject {
    Q_OBJECT
private slots:
    void builtInLoads_data();
    void builtInLoads();
    void builtInLibraryIsComplete();
    void minimalFormLoads();
    void rejects_data();
    void rejects();
    void reportsEveryProblemAtOnce();
    void problemTextNamesFileFieldAndReason();
    void jsonSyntaxErrorHasLineAndColumn();
    void fallbackSourcesAreKeptInOrder();
};

namespace {

// Helpers to edit the minimal form in place.
QJsonObject fieldAt(const QJsonObject &form, int i)
{
    return form.value(QStringLiteral("fields")).toArray().at(i).toObject();
}

void setField(QJsonObject &form, int i, const QJsonObject &field)
{
    QJsonArray fields = form.value(QStringLiteral("fields")).toArray();
    fields.replace(i, field);
    form.insert(QStringLiteral("fields"), fields);
}

void editField(QJsonObject &form, int i, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject f = fieldAt(form, i);
    edit(f);
    setField(form, i, f);
}

void editBoxes(QJsonObject &form, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject print = form.value(QStringLiteral("print")).toObject();
    QJsonObject boxes = print.value(QStringLiteral("boxes")).toObject();
    edit(boxes);
    print.insert(QStringLiteral("boxes"), boxes);
    form.insert(QStringLiteral("print"), print);
}

const QStringList kBuiltIns{
    QStringLiteral("jumin-ido"),        QStringLiteral("juminhyo-request"),   QStringLiteral("inkan-registration"),
    QStringLiteral("inkan-certificate"), QStringLiteral("koseki-certificate"), QStringLiteral("child-allowance"),
    QStringLiteral("nhi-change"),        QStringLiteral("care-certification"), QStringLiteral("mynumber-pin-reset"),
    QStringLiteral("disaster-certificate"),
};

} // namespace

void TestFormDefinitionLoader::builtInLoads_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(FormLibrary::builtInFolder(), {QStringLiteral("*.json")}, QDir::Files);
    int count = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        ++count;
    }
    QVERIFY2(count >= 10, "the built-in forms are not in the resource");
}

void TestFormDefinitionLoader::builtInLoads()
{
    QFETCH(QString, path);
    QList<DefinitionProblem> problems;
    const auto form = FormDefinitionLoader::loadFile(path, &problems);
    QVERIFY2(form, form ? "" : qPrintable(form.error().message()));
    QVERIFY(problems.isEmpty());
    QCOMPARE(QFileInfo(path).completeBaseName(), form->id);
    QVERIFY(form->builtIn);
    QVERIFY(form->title.isComplete());
    QVERIFY(form->layout.signature.has_value());
    QCOMPARE(form->layout.boxes.size(), form->fields.size());
    for (const FormField &f : form->fields) {
        QVERIFY2(f.label.isComplete(), qPrintable(f.id));
        // Every card fact bound goes through card.*; the card's facts are never typed again.
        for (const Binding &b : f.sources)
            QVERIFY2(SourceCatalog::isKnown(b), qPrintable(b.toString()));
    }
    // Each form has the person's name from the card.
    bool hasCardName = false;
    for (const FormField &f : form->fields)
        hasCardName = hasCardName || f.isBoundTo(FieldSource::Card, u"name");
    QVERIFY(hasCardName);
}

void TestFormDefinitionLoader::builtInLibraryIsComplete()
{
    const FormLibrary library = FormLibrary::load();
    QVERIFY2(library.problems().isEmpty(),
             library.problems().isEmpty() ? "" : qPrintable(library.problems().first().toString()));
    for (const QString &id : kBuiltIns)
        QVERIFY2(library.contains(id), qPrintable(id));
    // 印鑑登録: the seal is impressed by hand and marked so.
    const FormField *seal = library.find(u"inkan-registration")->field(u"sealImpression");
    QVERIFY(seal);
    QVERIFY(seal->handwritten);
    // 住民票の写し: the individual number only on request, never read from the card.
    const FormDefinition *juminhyo = library.find(u"juminhyo-request");
    QVERIFY(juminhyo->field(u"includeIndividualNumber"));
    for (const FormField &f : juminhyo->fields)
        QVERIFY(!f.isBoundTo(FieldSource::Card, u"individualNumber"));
}

void TestFormDefinitionLoader::minimalFormLoads()
{
    QList<DefinitionProblem> problems;
    const auto form = FormDefinitionLoader::parse(toBytes(minimalForm()), QStringLiteral("ok.json"), &problems);
    QVERIFY2(form, form ? "" : qPrintable(form.error().message()));
    QCOMPARE(form->fields.size(), 3);
    QCOMPARE(form->field(u"extra")->when.field, QStringLiteral("kind"));
    QCOMPARE(form->layout.boxes.value(QStringLiteral("kind")).rectMm, QRectF(10, 25, 90, 10));
    QCOMPARE(form->layout.texts.size(), 1);
    QCOMPARE(form->layout.texts.first().text.en, QString::fromUtf16(u"試験")); // a plain string sets both
}

void TestFormDefinitionLoader::rejects_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("name");   // field id (or JSON key path, or empty)
    QTest::addColumn<QString>("code");

    const auto row = [](const char *tag, Mutation m, const char *name, const char *code) {
        QTest::newRow(tag) << m << QString::fromLatin1(name) << QString::fromLatin1(code);
    };
    row("unknown type", [](QJsonObject &f) { editField(f, 0, [](QJsonObject &o) { o[QStringLiteral("type")] = QStringLiteral("radio"); }); },
        "name", "unknown-type");
    row("missing label", [](QJsonObject &f) { editField(f, 0, [](QJsonObject &o) { o.remove(QStringLiteral("label")); }); },
        "name", "missing-label");
    row("label without English", [](QJsonObject &f) {
        editField(f, 0, [](QJsonObject &o) { o[QStringLiteral("label")] = QJsonObject{{QStringLiteral("ja"), QStringLiteral("x")}}; });
    }, "name", "missing-label");
    row("duplicate id", [](QJsonObject &f) {
        QJsonArray fields = f.value(QStringLiteral("fields")).toArray();
        fields.append(fieldAt(f, 0));
        f[QStringLiteral("fields")] = fields;
    }, "name", "duplicate-id");
    row("bad field id", [](QJsonObject &f) { editField(f, 1, [](QJsonObject &o) { o[QStringLiteral("id")] = QStringLiteral("1kind"); }); },
        "fields[1]", "bad-id");
    row("unknown card source", [](QJsonObject &f) {
        editField(f, 0, [](QJsonObject &o) { o[QStringLiteral("source")] = QStringLiteral("card.phone"); });
    }, "name", "unknown-source");
    row("unknown visit source", [](QJsonObject &f) {
        editField(f, 0, [](QJsonObject &o) { o[QStringLiteral("source")] = QStringLiteral("visit.favouriteColour"); });
    }, "name", "unknown-source");
    row("unknown source prefix", [](QJsonObject &f) {
        editField(f, 0, [](QJsonObject &o) { o[QStringLiteral("source")] = QStringLiteral("qr.name"); });
    }, "name", "unknown-source");
    row("source of the wrong type", [](QJsonObject &f) {
        editField(f, 0, [](QJsonObject &o) { o[QStringLiteral("type")] = QStringLiteral("date"); });
    }, "name", "incompatible-source");
    row("card.sex without options 1 and 2", [](QJsonObject &f) {
        editField(f, 1, [](QJsonObject &o) { o[QStringLiteral("source")] = QStringLiteral("card.sex"); });
    }, "kind", "incompatible-source");
    row("members not from the household", [](QJsonObject &f) {
        editField(f, 0, [](QJsonObject &o) {
            o[QStringLiteral("type")] = QStringLiteral("members");
            o[QStringLiteral("source")] = QStringLiteral("prereg.children");
        });
    }, "name", "incompatible-source");
    row("choice without options", [](QJsonObject &f) { editField(f, 1, [](QJsonObject &o) { o.remove(QStringLiteral("options")); }); },
        "kind", "choice-without-options");
    row("choice with empty options", [](QJsonObject &f) {
        editField(f, 1, [](QJsonObject &o) { o[QStringLiteral("options")] = QJsonArray(); });
    }, "kind", "choice-without-options");
    row("duplicate option", [](QJsonObject &f) {
        editField(f, 1, [](QJsonObject &o) {
            QJsonArray options = o.value(QStringLiteral("options")).toArray();
            options.append(options.first());
            o[QStringLiteral("options")] = options;
        });
    }, "kind", "duplicate-option");
    row("rule for another type", [](QJsonObject &f) {
        editField(f, 0, [](QJsonObject &o) { o[QStringLiteral("min")] = 1; });
    }, "name", "bad-rule");
    row("bad pattern", [](QJsonObject &f) {
        editField(f, 0, [](QJsonObject &o) { o[QStringLiteral("pattern")] = QStringLiteral("([0-9]"); });
    }, "name", "bad-pattern");
    row("default not an option", [](QJsonObject &f) {
        editField(f, 1, [](QJsonObject &o) { o[QStringLiteral("default")] = QStringLiteral("zzz"); });
    }, "kind", "bad-default");
    row("condition on unknown field", [](QJsonObject &f) {
        editField(f, 2, [](QJsonObject &o) {
            o[QStringLiteral("when")] = QJsonObject{{QStringLiteral("field"), QStringLiteral("nope")},
                                                    {QStringLiteral("in"), QJsonArray{QStringLiteral("b")}}};
        });
    }, "extra", "bad-condition");
    row("condition value not an option", [](QJsonObject &f) {
        editField(f, 2, [](QJsonObject &o) {
            o[QStringLiteral("when")] = QJsonObject{{QStringLiteral("field"), QStringLiteral("kind")},
                                                    {QStringLiteral("in"), QJsonArray{QStringLiteral("zzz")}}};
        });
    }, "extra", "bad-condition");
    row("required with no way to be filled", [](QJsonObject &f) {
        editField(f, 2, [](QJsonObject &o) {
            o[QStringLiteral("required")] = true;
            o[QStringLiteral("editable")] = false;
        });
    }, "extra", "unfillable");
    row("handwritten and required", [](QJsonObject &f) {
        editField(f, 2, [](QJsonObject &o) {
            o[QStringLiteral("required")] = true;
            o[QStringLiteral("handwritten")] = true;
        });
    }, "extra", "handwritten-required");
    row("unknown key in a field", [](QJsonObject &f) {
        editField(f, 0, [](QJsonObject &o) { o[QStringLiteral("colour")] = QStringLiteral("red"); });
    }, "name", "unknown-key");
    row("unknown top-level key", [](QJsonObject &f) { f[QStringLiteral("colour")] = QStringLiteral("red"); }, "", "unknown-key");
    row("format 2", [](QJsonObject &f) { f[QStringLiteral("format")] = 2; }, "", "unsupported-format");
    row("no format", [](QJsonObject &f) { f.remove(QStringLiteral("format")); }, "", "missing-key");
    row("no title", [](QJsonObject &f) { f.remove(QStringLiteral("title")); }, "", "missing-label");
    row("bad form id", [](QJsonObject &f) { f[QStringLiteral("id")] = QStringLiteral("Jumin Ido"); }, "", "bad-id");
    row("box outside A4 (right)", [](QJsonObject &f) {
        editBoxes(f, [](QJsonObject &b) { b[QStringLiteral("name")] = box(150, 10, 90, 10); });
    }, "name", "box-outside-page");
    row("box outside A4 (bottom)", [](QJsonObject &f) {
        editBoxes(f, [](QJsonObject &b) { b[QStringLiteral("name")] = box(10, 290, 90, 10); });
    }, "name", "box-outside-page");
    row("box with negative x", [](QJsonObject &f) {
        editBoxes(f, [](QJsonObject &b) { b[QStringLiteral("name")] = box(-1, 10, 90, 10); });
    }, "name", "box-outside-page");
    row("box of zero width", [](QJsonObject &f) {
        editBoxes(f, [](QJsonObject &b) { b[QStringLiteral("name")] = box(10, 10, 0, 10); });
    }, "name", "bad-box");
    row("missing box", [](QJsonObject &f) { editBoxes(f, [](QJsonObject &b) { b.remove(QStringLiteral("extra")); }); },
        "extra", "missing-box");
    row("box for an unknown field", [](QJsonObject &f) {
        editBoxes(f, [](QJsonObject &b) { b[QStringLiteral("ghost")] = box(110, 10); });
    }, "ghost", "unknown-box-field");
    row("overlapping boxes", [](QJsonObject &f) {
        editBoxes(f, [](QJsonObject &b) { b[QStringLiteral("kind")] = box(10, 15); });
    }, "kind", "box-overlap");
    row("box over the signature", [](QJsonObject &f) {
        editBoxes(f, [](QJsonObject &b) { b[QStringLiteral("extra")] = box(10, 255); });
    }, "extra", "box-overlap");
    row("paper A3", [](QJsonObject &f) {
        QJsonObject print = f.value(QStringLiteral("print")).toObject();
        print[QStringLiteral("paper")] = QStringLiteral("A3");
        f[QStringLiteral("print")] = print;
    }, "print", "bad-paper");
    row("static text outside A4", [](QJsonObject &f) {
        QJsonObject print = f.value(QStringLiteral("print")).toObject();
        print[QStringLiteral("texts")] = QJsonArray{QJsonObject{{QStringLiteral("x"), 200}, {QStringLiteral("y"), 0},
                                                                 {QStringLiteral("w"), 20}, {QStringLiteral("h"), 5},
                                                                 {QStringLiteral("text"), QStringLiteral("x")}}};
        f[QStringLiteral("print")] = print;
    }, "print.texts[0]", "box-outside-page");
}

void TestFormDefinitionLoader::rejects()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, name);
    QFETCH(QString, code);
    QJsonObject form = minimalForm();
    mutate(form);
    QList<DefinitionProblem> problems;
    const auto parsed = FormDefinitionLoader::parse(toBytes(form), QStringLiteral("broken.json"), &problems);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code(), ErrorCode::InvalidData);
    QVERIFY(!problems.isEmpty());
    bool found = false;
    for (const DefinitionProblem &p : problems) {
        QCOMPARE(p.file, QStringLiteral("broken.json"));
        if (p.code == code && p.name == name)
            found = true;
    }
    QStringList all;
    for (const DefinitionProblem &p : problems)
        all << p.code + u'@' + p.name + u' ' + p.toString();
    QVERIFY2(found, qPrintable(all.join(QStringLiteral(" | "))));
    QVERIFY(parsed.error().message().contains(QStringLiteral("broken.json: ")));
}

void TestFormDefinitionLoader::reportsEveryProblemAtOnce()
{
    QJsonObject form = minimalForm();
    editField(form, 0, [](QJsonObject &o) { o[QStringLiteral("type")] = QStringLiteral("radio"); });
    editField(form, 1, [](QJsonObject &o) { o.remove(QStringLiteral("options")); });
    editBoxes(form, [](QJsonObject &b) { b[QStringLiteral("extra")] = box(300, 10); });
    QList<DefinitionProblem> problems;
    QVERIFY(!FormDefinitionLoader::parse(toBytes(form), QStringLiteral("broken.json"), &problems));
    QStringList codes;
    for (const DefinitionProblem &p : problems)
        codes << p.code;
    QVERIFY(codes.contains(QStringLiteral("unknown-type")));
    QVERIFY(codes.contains(QStringLiteral("choice-without-options")));
    QVERIFY(codes.contains(QStringLiteral("box-outside-page")));
    // The field with the unknown type is not also reported as having a box for an unknown field.
    QVERIFY(!codes.contains(QStringLiteral("unknown-box-field")));
}

void TestFormDefinitionLoader::problemTextNamesFileFieldAndReason()
{
    QJsonObject form = minimalForm();
    editField(form, 0, [](QJsonObject &o) { o[QStringLiteral("type")] = QStringLiteral("radio"); });
    const auto parsed = FormDefinitionLoader::parse(toBytes(form), QStringLiteral("my-form.json"));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message().startsWith(QStringLiteral("my-form.json: field \"name\": unknown type \"radio\"")),
             qPrintable(parsed.error().message()));
    QCOMPARE(parsed.error().technicalDetail(), QStringLiteral("unknown-type"));
}

void TestFormDefinitionLoader::jsonSyntaxErrorHasLineAndColumn()
{
    QList<DefinitionProblem> problems;
    const auto parsed = FormDefinitionLoader::parse("{\n  \"format\": 1,\n  \"id\": \n}", QStringLiteral("bad.json"), &problems);
    QVERIFY(!parsed);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, QStringLiteral("json-syntax"));
    QVERIFY2(problems.first().reason.contains(QStringLiteral("line 4")), qPrintable(problems.first().reason));
}

void TestFormDefinitionLoader::fallbackSourcesAreKeptInOrder()
{
    QJsonObject form = minimalForm();
    editField(form, 0, [](QJsonObject &o) {
        o[QStringLiteral("type")] = QStringLiteral("address");
        o[QStringLiteral("source")] = QJsonArray{QStringLiteral("visit.newAddress"), QStringLiteral("card.address"),
                                                 QStringLiteral("prereg.address")};
    });
    const auto parsed = FormDefinitionLoader::parse(toBytes(form), QStringLiteral("ok.json"));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message()));
    const FormField *f = parsed->field(u"name");
    QCOMPARE(f->sources.size(), 3);
    QCOMPARE(f->sources.at(0).toString(), QStringLiteral("visit.newAddress"));
    QCOMPARE(f->sources.at(1).toString(), QStringLiteral("card.address"));
    QCOMPARE(f->sources.at(2).toString(), QStringLiteral("prereg.address"));
    QCOMPARE(f->visitFact(), QStringLiteral("newAddress"));
}

QTEST_GUILESS_MAIN(TestFormDefinitionLoader)
#include "tst_formdefinitionloader.moc"
