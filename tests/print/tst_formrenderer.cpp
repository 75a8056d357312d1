// FormRenderer: forms of a visit on A4 PDF pages, read back with pdftotext.
#include "FormRenderer.h"
#include "PdfText.h"

#include "card/CardHolder.h"
#include "forms/FormLibrary.h"
#include "forms/Visit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::forms;
using kakanai::print::FormRenderer;
using kakanai::print::test::compact;
using kakanai::print::test::pdfText;
using kakanai::print::test::pdfProblems;

class TestFormRenderer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void printsCardHolderInWareki();
    void headerNamesTheOffice();
    void marksWhatTheCitizenWrites();
    void printsIndividualNumberInBoxes();
    void membersBeyondTheRowsGoOnAContinuationPage();
    void everyFormRenders_data();
    void everyFormRenders();
    void textLayerIsTheDrawnText_data();
    void textLayerIsTheDrawnText();
    void drawnTextIsNfc_data();
    void drawnTextIsNfc();
    void formWithoutLayoutGetsATable();
    void unwritablePathLeavesNoFile();
    void overwriteKeepsThePermissions();
    void nothingToPrintIsAnError();
    void unknownFormIsAnError();

private:
    static Visit holderVisit(const FormLibrary &library, bool withNumber = false);
    static Visit visitOf(const FormLibrary &library, const QString &name, const QString &address);
    QString render(const Visit &visit, const QStringList &forms, const QString &name);

    QTemporaryDir m_dir;
    FormLibrary m_library;
};

Visit TestFormRenderer::holderVisit(const FormLibrary &library, bool withNumber)
{
    Visit visit(library, QDate(2024, 4, 1));
    CardHolder holder;
    holder.name = QStringLiteral("数字　花子");
    holder.address = QStringLiteral("東京都千代田区霞が関２－１－２");
    holder.birthDate = QDate(1989, 1, 8);
    holder.sex = Sex::Female;
    if (withNumber)
        holder.individualNumber = SecureBuffer::fromBytes("123456789018");
    visit.setCardHolder(holder);
    return visit;
}

Visit TestFormRenderer::visitOf(const FormLibrary &library, const QString &name, const QString &address)
{
    Visit visit(library, QDate(2024, 4, 1));
    CardHolder holder;
    holder.name = name;
    holder.address = address;
    holder.birthDate = QDate(1989, 1, 8);
    holder.sex = Sex::Male;
    visit.setCardHolder(holder);
    return visit;
}

QString TestFormRenderer::render(const Visit &visit, const QStringList &forms, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Status written = FormRenderer::writePdf(visit, forms, path);
    if (!written) {
        qWarning("%s", qPrintable(written.error().toString()));
        return {};
    }
    return pdfText(path);
}

void TestFormRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed: scripts/setup-debian.sh installs it");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty(),
             "qpdf is needed: scripts/setup-debian.sh --test installs it");
    const auto family = FormRenderer::japaneseFontFamily();
    QVERIFY2(family.has_value(), "fonts-noto-cjk is needed: scripts/setup-debian.sh installs it");
    QVERIFY(family->contains(QStringLiteral("CJK JP")));
    m_library = FormLibrary::load();
    QVERIFY(m_library.contains(u"jumin-ido"));
}

void TestFormRenderer::init()
{
    // A font whose text map could not be rebuilt keeps Qt's, with this warning.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("PDF text map")));
}

void TestFormRenderer::printsCardHolderInWareki()
{
    Visit visit = holderVisit(m_library);
    QVERIFY(visit.addForm(QStringLiteral("jumin-ido"), {{QStringLiteral("kind"), QStringLiteral("tennyu")}}));
    const QString text = compact(render(visit, {}, QStringLiteral("jumin.pdf")));
    QVERIFY2(!text.isEmpty(), "no text in the PDF");
    QVERIFY2(text.contains(QStringLiteral("住民異動届")), qPrintable(text));
    QVERIFY(text.contains(compact(QStringLiteral("数字　花子"))));
    QVERIFY(text.contains(QStringLiteral("東京都千代田区霞が関２－１－２")));
    QVERIFY(text.contains(QStringLiteral("平成元年1月8日")));
    QVERIFY(!text.contains(QStringLiteral("1989")));               // dates in 和暦 only
    QVERIFY(text.contains(QStringLiteral("届出日令和6年4月1日"))); // the date line
    QVERIFY(text.contains(QStringLiteral("女")));
    QVERIFY(text.contains(QStringLiteral("転入")));                // the preset choice, by its label
    QVERIFY(text.contains(QStringLiteral("署名")));
}

void TestFormRenderer::headerNamesTheOffice()
{
    Visit visit = holderVisit(m_library);
    QVERIFY(visit.addForm(QStringLiteral("juminhyo-request")));
    const QString path = m_dir.filePath(QStringLiteral("office.pdf"));
    QVERIFY(FormRenderer::writePdf(visit, {}, path, FormRenderer::Options{QStringLiteral("千代田区役所"), QString()}));
    const QString text = compact(pdfText(path));
    QVERIFY2(text.contains(QStringLiteral("千代田区役所届出日令和6年4月1日")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("1/1"))); // page numbers in the footer
}

void TestFormRenderer::marksWhatTheCitizenWrites()
{
    // 電話番号 is required and nobody gave it; 印鑑登録申請書 has a handwritten 登録する印鑑.
    Visit visit = holderVisit(m_library);
    QVERIFY(visit.addForm(QStringLiteral("inkan-registration")));
    QVERIFY(visit.addForm(QStringLiteral("jumin-ido")));
    QVERIFY(visit.setFact(QStringLiteral("phone"), QStringLiteral("090-1234-5678")));
    const QString inkan = compact(render(visit, {QStringLiteral("inkan-registration")}, QStringLiteral("inkan.pdf")));
    // The form's own note names the mark once; then the seal box, the signature box and the empty required fields.
    QVERIFY2(inkan.count(QStringLiteral("「ご本人記入」")) >= 3, qPrintable(inkan));
    QVERIFY(!inkan.contains(QStringLiteral("住民異動届"))); // only the form asked for

    Visit complete = holderVisit(m_library);
    QVERIFY(complete.addForm(QStringLiteral("inkan-certificate")));
    for (const FieldState &state : complete.fields(QStringLiteral("inkan-certificate"))) {
        if (state.applicable && !state.hasValue && state.required)
            QVERIFY(complete.setFieldValue(QStringLiteral("inkan-certificate"), state.fieldId, QStringLiteral("1")));
    }
    const QString text = compact(render(complete, {}, QStringLiteral("certificate.pdf")));
    // Only the signature box is left to the person (plus the note that explains the mark).
    QCOMPARE(text.count(QStringLiteral("「ご本人記入」")), 2);
}

void TestFormRenderer::printsIndividualNumberInBoxes()
{
    Visit visit = holderVisit(m_library, true);
    QVERIFY(visit.addForm(QStringLiteral("child-allowance")));
    QVERIFY(compact(render(visit, {}, QStringLiteral("number.pdf"))).contains(QStringLiteral("123456789018")));

    Visit without = holderVisit(m_library, false);
    QVERIFY(without.addForm(QStringLiteral("child-allowance")));
    const QString text = compact(render(without, {}, QStringLiteral("no-number.pdf")));
    QVERIFY(text.contains(QStringLiteral("児童手当認定請求書")));
    QVERIFY(!text.contains(QStringLiteral("123456789018")));
    QVERIFY(!text.contains(QStringLiteral("●"))); // the screen's mask is never printed
}

void TestFormRenderer::membersBeyondTheRowsGoOnAContinuationPage()
{
    Visit visit = holderVisit(m_library);
    QVERIFY(visit.addForm(QStringLiteral("jumin-ido")));
    const QStringList names = {QStringLiteral("数字　一郎"), QStringLiteral("数字　二郎"), QStringLiteral("数字　三郎"),
                               QStringLiteral("数字　四郎"), QStringLiteral("数字　五郎"), QStringLiteral("数字　六郎")};
    for (const QString &name : names) {
        HouseholdMember m;
        m.name = name;
        m.kana = QStringLiteral("スウジ　タロウ");
        m.birthDate = QDate(2015, 6, 1);
        m.sex = Sex::Male;
        m.relationship = QStringLiteral("子");
        QVERIFY(visit.addHouseholdMember(m));
    }
    const QString raw = render(visit, {}, QStringLiteral("members.pdf"));
    QCOMPARE(raw.count(QChar(u'\f')), 2); // two pages
    const QString text = compact(raw);
    for (const QString &name : names)
        QVERIFY2(text.contains(compact(name)), qPrintable(name));
    QVERIFY(text.contains(QStringLiteral("住民異動届（続き）")));
    QVERIFY(text.contains(QStringLiteral("平成27年6月1日")));
    QVERIFY(text.contains(QStringLiteral("男")));
}

void TestFormRenderer::everyFormRenders_data()
{
    QTest::addColumn<QString>("formId");
    for (const QString &id : FormLibrary::load().ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestFormRenderer::everyFormRenders()
{
    QFETCH(QString, formId);
    Visit visit = holderVisit(m_library, true);
    QVERIFY(visit.addForm(formId));
    const QString raw = render(visit, {}, formId + QStringLiteral(".pdf"));
    QCOMPARE(raw.count(QChar(u'\f')), 1);
    const QString text = compact(raw);
    QVERIFY2(text.contains(compact(m_library.find(formId)->title.ja)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("署名")));
    QVERIFY(text.contains(QStringLiteral("令和6年4月1日")));
}

// What pdftotext reads (search, copy, read aloud) is what was drawn: Noto CJK
// draws 日 and the radical ⽇ U+2F47 with one glyph, and Qt named each glyph
// by its lowest code point and never a character outside the BMP (𠮷).
void TestFormRenderer::textLayerIsTheDrawnText_data()
{
    QTest::addColumn<QString>("formId");
    for (const QString &id : FormLibrary::load().ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestFormRenderer::textLayerIsTheDrawnText()
{
    QFETCH(QString, formId);
    const QString name = QStringLiteral("𠮷野　髙太郎");
    const QString address = QStringLiteral("東京都日野市民\uFA11町１－２－３");
    Visit visit = visitOf(m_library, name, address);
    QVERIFY(visit.addForm(formId));
    const QString path = m_dir.filePath(formId + QStringLiteral("-text.pdf"));
    const Status written = FormRenderer::writePdf(visit, {}, path);
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    QVERIFY2(pdfProblems(path).isEmpty(), qPrintable(pdfProblems(path)));
    const QString text = compact(pdfText(path));
    QVERIFY2(!text.isEmpty(), "no text in the PDF");
    for (const QString &expected : {compact(name), QStringLiteral("𠮷野"), QStringLiteral("髙太郎"), address,
                                    QStringLiteral("日"), QStringLiteral("民"), QStringLiteral("\uFA11"),
                                    QStringLiteral("令和6年4月1日")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    QVERIFY2(!text.contains(QChar(0x2F47)), "⽇ U+2F47 instead of 日");
    QVERIFY2(!text.contains(QChar(0x2E60)), "⺠ U+2E60 instead of 民");
    // No form draws a radical (Kangxi Radicals, CJK Radicals Supplement): any
    // in the text stands for an ideograph that was drawn.
    for (QChar c : text)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QStringLiteral("radical U+%1 in the text")
                                                                           .arg(c.unicode(), 4, 16, QChar(u'0'))));
}

// The paper shows a name in NFC whatever form it arrived in, and its text says
// so; CJK compatibility ideographs are kept as written (the record keeps them,
// docs/forms.md: names are never normalised), as they are drawn differently.
void TestFormRenderer::drawnTextIsNfc_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("decomposed kana") << QStringLiteral("数字　ハ\u309Aク") << QStringLiteral("数字パク");
    QTest::newRow("decomposed latin") << QStringLiteral("Jose\u0301　数字") << QStringLiteral("José数字");
    QTest::newRow("unified ideograph from the compatibility block") << QStringLiteral("山\uFA11　花子")
                                                                     << QStringLiteral("山\uFA11花子");
    QTest::newRow("compatibility ideograph kept") << QStringLiteral("\uFA19田　花子") << QStringLiteral("\uFA19田花子");
    QTest::newRow("outside the BMP") << QStringLiteral("𠮷田　花子") << QStringLiteral("𠮷田花子");
    // ⽇ draws with 日's glyph and 日 is drawn too (the dates): the text says 日.
    QTest::newRow("radical with the ideograph's glyph") << QStringLiteral("⽇野　花子") << QStringLiteral("日野花子");
}

void TestFormRenderer::drawnTextIsNfc()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    Visit visit = visitOf(m_library, name, QStringLiteral("東京都千代田区霞が関２－１－２"));
    QVERIFY(visit.addForm(QStringLiteral("jumin-ido")));
    const QString text = compact(render(visit, {}, QStringLiteral("nfc.pdf")));
    QVERIFY2(text.contains(expected), qPrintable(text));
    for (char16_t mark : {u'\u3099', u'\u309A', u'\u0301'})
        QVERIFY(!text.contains(QChar(mark)));
}

void TestFormRenderer::formWithoutLayoutGetsATable()
{
    FormDefinition form;
    form.id = QStringLiteral("plain");
    form.title = {QStringLiteral("試験用申請書"), QStringLiteral("Test form")};
    FormField name;
    name.id = QStringLiteral("name");
    name.label = {QStringLiteral("申請者氏名"), QStringLiteral("Name")};
    name.required = true;
    name.sources = {Binding{FieldSource::Card, QStringLiteral("name")}};
    form.fields = {name};
    FormLibrary library = m_library;
    library.insert(form);
    Visit visit = holderVisit(library);
    QVERIFY(visit.addForm(QStringLiteral("plain")));
    const QString text = compact(render(visit, {}, QStringLiteral("plain.pdf")));
    QVERIFY(text.contains(QStringLiteral("試験用申請書")));
    QVERIFY(text.contains(QStringLiteral("申請者氏名数字花子"))); // label cell, then value cell
    QVERIFY(text.contains(QStringLiteral("署名欄")));
}

void TestFormRenderer::unwritablePathLeavesNoFile()
{
    Visit visit = holderVisit(m_library);
    QVERIFY(visit.addForm(QStringLiteral("jumin-ido")));
    const QString folder = m_dir.filePath(QStringLiteral("missing"));
    const QString path = folder + QStringLiteral("/out.pdf");
    const Status written = FormRenderer::writePdf(visit, {}, path);
    QVERIFY(!written);
    QCOMPARE(written.error().code(), ErrorCode::Io);
    QVERIFY(!written.error().message().isEmpty());
    QVERIFY(!written.error().message().contains(QStringLiteral("花子"))); // no personal data in errors
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(folder));

    // A failed paint (unknown form) leaves nothing behind in a writable folder either.
    const QString other = m_dir.filePath(QStringLiteral("failed.pdf"));
    QVERIFY(!FormRenderer::writePdf(visit, {QStringLiteral("no-such-form")}, other));
    QVERIFY(!QFileInfo::exists(other));
    const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("failed.pdf*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u',')));
}

// The PDF replaces a file in one step (QSaveFile) and keeps the permissions
// the old file had, also now that the text is rewritten before saving.
void TestFormRenderer::overwriteKeepsThePermissions()
{
    Visit visit = holderVisit(m_library);
    QVERIFY(visit.addForm(QStringLiteral("jumin-ido")));
    const QString path = m_dir.filePath(QStringLiteral("private.pdf"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    QVERIFY(old.write("old") == 3);
    old.close();
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    QVERIFY(QFile::setPermissions(path, ownerOnly));
    QVERIFY(FormRenderer::writePdf(visit, {}, path));
    QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser), ownerOnly);
    QVERIFY(compact(pdfText(path)).contains(QStringLiteral("住民異動届")));
    const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("private.pdf?*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u',')));
}

void TestFormRenderer::nothingToPrintIsAnError()
{
    Visit visit = holderVisit(m_library);
    QPdfWriter writer(m_dir.filePath(QStringLiteral("empty.pdf")));
    const Status painted = FormRenderer::paint(visit, {}, writer);
    QVERIFY(!painted);
    QCOMPARE(painted.error().code(), ErrorCode::InvalidArgument);
}

void TestFormRenderer::unknownFormIsAnError()
{
    Visit visit = holderVisit(m_library);
    QVERIFY(visit.addForm(QStringLiteral("jumin-ido")));
    QPdfWriter writer(m_dir.filePath(QStringLiteral("unknown.pdf")));
    const Status painted = FormRenderer::paint(visit, {QStringLiteral("jumin-ido"), QStringLiteral("koseki-certificate")}, writer);
    QVERIFY(!painted);
    QCOMPARE(painted.error().code(), ErrorCode::NotFound);
}

QTEST_MAIN(TestFormRenderer)
#include "tst_formrenderer.moc"
