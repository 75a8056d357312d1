#include "FormsTestSupport.h"

#include "forms/FormLibrary.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::forms;
using namespace kakanai::forms::test;

class TestFormLibrary : public QObject {
    Q_OBJECT
private slots:
    void builtInsOnly();
    void overrideReplacesBuiltIn();
    void overrideAddsNewForm();
    void brokenOverrideKeepsBuiltIn();
    void duplicateIdInOverrideFolder();
    void missingOverrideFolderIsReported();
    void subfoldersAreNotForms();
};

namespace {

QJsonObject builtIn(const QString &id)
{
    return QJsonDocument::fromJson(readFile(FormLibrary::builtInFolder() + u'/' + id + QStringLiteral(".json"))).object();
}

} // namespace

void TestFormLibrary::builtInsOnly()
{
    const FormLibrary library = FormLibrary::load();
    QVERIFY(library.problems().isEmpty());
    QVERIFY(library.size() >= 10);
    QVERIFY(library.overridden().isEmpty());
    QVERIFY(library.find(u"jumin-ido")->builtIn);
    QVERIFY(!library.find(u"no-such-form"));
}

void TestFormLibrary::overrideReplacesBuiltIn()
{
    QTemporaryDir dir;
    QJsonObject edited = builtIn(QStringLiteral("inkan-certificate"));
    QVERIFY(!edited.isEmpty());
    edited[QStringLiteral("version")] = 7;
    edited[QStringLiteral("title")] = label(u"印鑑登録証明書交付申請書（○○市）", "Seal certificate (our city)");
    // The file name does not matter: the id inside does.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("our-seal-certificate.json")), toBytes(edited)));

    const FormLibrary library = FormLibrary::load(dir.path());
    QVERIFY2(library.problems().isEmpty(),
             library.problems().isEmpty() ? "" : qPrintable(library.problems().first().toString()));
    const FormDefinition *form = library.find(u"inkan-certificate");
    QVERIFY(form);
    QCOMPARE(form->version, 7);
    QCOMPARE(form->title.ja, QString::fromUtf16(u"印鑑登録証明書交付申請書（○○市）"));
    QVERIFY(!form->builtIn);
    QCOMPARE(form->sourceFile, dir.filePath(QStringLiteral("our-seal-certificate.json")));
    QCOMPARE(library.overridden(), QStringList{QStringLiteral("inkan-certificate")});
    QCOMPARE(library.size(), FormLibrary::load().size());
}

void TestFormLibrary::overrideAddsNewForm()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("dog-registration.json")),
                      toBytes(minimalForm(QStringLiteral("dog-registration")))));
    const FormLibrary library = FormLibrary::load(dir.path());
    QVERIFY(library.problems().isEmpty());
    QVERIFY(library.contains(u"dog-registration"));
    QCOMPARE(library.size(), FormLibrary::load().size() + 1);
    QVERIFY(library.overridden().isEmpty());
}

void TestFormLibrary::brokenOverrideKeepsBuiltIn()
{
    QTemporaryDir dir;
    QJsonObject edited = builtIn(QStringLiteral("jumin-ido"));
    edited[QStringLiteral("version")] = 2;
    QJsonArray fields = edited.value(QStringLiteral("fields")).toArray();
    QJsonObject first = fields.first().toObject();
    first[QStringLiteral("type")] = QStringLiteral("calendar");
    fields.replace(0, first);
    edited[QStringLiteral("fields")] = fields;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("jumin-ido.json")), toBytes(edited)));

    const FormLibrary library = FormLibrary::load(dir.path());
    QCOMPARE(library.problems().size(), 1);
    const DefinitionProblem &p = library.problems().first();
    QCOMPARE(p.file, QStringLiteral("jumin-ido.json"));
    QCOMPARE(p.name, first.value(QStringLiteral("id")).toString());
    QCOMPARE(p.code, QStringLiteral("unknown-type"));
    QVERIFY2(p.toString().startsWith(QStringLiteral("jumin-ido.json: field \"notifyDate\": unknown type \"calendar\"")),
             qPrintable(p.toString()));
    // The built-in stays in use.
    QVERIFY(library.find(u"jumin-ido")->builtIn);
    QCOMPARE(library.find(u"jumin-ido")->version, 1);
}

void TestFormLibrary::duplicateIdInOverrideFolder()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.json")), toBytes(minimalForm(QStringLiteral("same-id")))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b.json")), toBytes(minimalForm(QStringLiteral("same-id")))));
    const FormLibrary library = FormLibrary::load(dir.path());
    QVERIFY(library.contains(u"same-id"));
    QCOMPARE(library.problems().size(), 1);
    QCOMPARE(library.problems().first().file, QStringLiteral("b.json"));
    QCOMPARE(library.problems().first().code, QStringLiteral("duplicate-form"));
}

void TestFormLibrary::missingOverrideFolderIsReported()
{
    const FormLibrary library = FormLibrary::load(QStringLiteral("/nonexistent/kakanai-forms"));
    QCOMPARE(library.problems().size(), 1);
    QCOMPARE(library.problems().first().code, QStringLiteral("override-folder-missing"));
    QVERIFY(library.size() >= 10);
}

void TestFormLibrary::subfoldersAreNotForms()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("navi/life-events.json")), "{\"format\": 1}"));
    const FormLibrary library = FormLibrary::load(dir.path());
    QVERIFY(library.problems().isEmpty());
}

QTEST_GUILESS_MAIN(TestFormLibrary)
#include "tst_formlibrary.moc"
