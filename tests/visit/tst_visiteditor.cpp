// The visit editor driven by typing: a shared fact shows in every form at
// once, a correction keeps what it replaced, a bad date is flagged with the
// reason, household members are added, and the problems list leads to the field.
#include "common/LanguageManager.h"
#include "forms/FormLibrary.h"
#include "forms/Visit.h"
#include "visit/FieldRow.h"
#include "visit/VisitEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace kakanai;
using namespace kakanai::forms;

namespace {
const QString kMove = QStringLiteral("jumin-ido");
const QString kChild = QStringLiteral("child-allowance");

CardHolder yamada()
{
    CardHolder h;
    h.name = QStringLiteral("山田　太郎");
    h.address = QStringLiteral("東京都千代田区霞が関２－１－２");
    h.birthDate = QDate(1980, 2, 17);
    h.sex = Sex::Male;
    return h;
}

QLineEdit *lineOf(FieldRow *row)
{
    return row ? qobject_cast<QLineEdit *>(row->input()) : nullptr;
}
} // namespace

class TestVisitEditor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sharedFactShowsInEveryForm();
    void correctionKeepsOriginalAndResets();
    void dateAcceptsWarekiAndFlagsNonsense_data();
    void dateAcceptsWarekiAndFlagsNonsense();
    void emptyFactNeededByAFormIsFlagged();
    void householdAdd();
    void problemsListJumpsToField();
    void typedIndividualNumberIsMasked();
    void removeFormDropsItsTab();
    void nullVisitLeavesNothing();

private:
    void type(QLineEdit *edit, const QString &text);

    LanguageManager m_languages;
    FormLibrary m_library;
    std::unique_ptr<Visit> m_visit;
    std::unique_ptr<VisitEditor> m_editor;
};

void TestVisitEditor::initTestCase()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_library = FormLibrary::load();
    QVERIFY(m_library.contains(kMove));
    QVERIFY(m_library.contains(kChild));
}

void TestVisitEditor::init()
{
    m_visit = std::make_unique<Visit>(m_library, QDate(2024, 4, 1));
    m_visit->setCardHolder(yamada());
    QVERIFY(m_visit->addForm(kMove, {{QStringLiteral("kind"), QStringLiteral("tennyu")}}));
    QVERIFY(m_visit->addForm(kChild));
    m_editor = std::make_unique<VisitEditor>();
    m_editor->setVisit(m_visit.get());
    m_editor->resize(900, 700);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestVisitEditor::cleanup()
{
    m_editor.reset();
    m_visit.reset();
}

void TestVisitEditor::type(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    // keyClicks() takes Latin-1 only; Japanese arrives as key events with text (as an IME commits it).
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestVisitEditor::sharedFactShowsInEveryForm()
{
    // Both forms take the phone from visit.phone: one tab per form, plus the facts tab.
    QCOMPARE(m_editor->tabs()->count(), 3);
    FieldRow *fact = m_editor->factRow(QStringLiteral("phone"));
    QVERIFY(fact);
    type(lineOf(fact), QStringLiteral("０９０１２３４５６７８"));
    for (const QString &form : {kMove, kChild}) {
        FieldRow *row = m_editor->fieldRow(form, QStringLiteral("phone"));
        QVERIFY(row);
        QCOMPARE(lineOf(row)->text(), QStringLiteral("090-1234-5678"));
        QCOMPARE(row->property("validationState").toString(), QStringLiteral("ok"));
        QVERIFY(row->findChild<QLabel *>(QStringLiteral("sourceBadge"))->isVisibleTo(row));
    }
    // Typing in one form's field bound to the fact changes the fact, so the other form follows.
    type(lineOf(m_editor->fieldRow(kChild, QStringLiteral("phone"))), QStringLiteral("03-1234-5678"));
    QCOMPARE(lineOf(m_editor->fieldRow(kMove, QStringLiteral("phone")))->text(), QStringLiteral("03-1234-5678"));
    QCOMPARE(lineOf(fact)->text(), QStringLiteral("03-1234-5678"));
    QCOMPARE(m_visit->clerkEnteredCount(), 1); // one fact, typed once
}

void TestVisitEditor::correctionKeepsOriginalAndResets()
{
    FieldRow *name = m_editor->fieldRow(kMove, QStringLiteral("name"));
    QVERIFY(name);
    QCOMPARE(lineOf(name)->text(), QStringLiteral("山田　太郎"));
    auto *original = name->findChild<QLabel *>(QStringLiteral("originalValue"));
    auto *reset = name->findChild<QToolButton *>(QStringLiteral("resetButton"));
    QVERIFY(!original->isVisibleTo(name));
    QVERIFY(!reset->isVisibleTo(name));

    type(lineOf(name), QStringLiteral("山田　大郎"));
    auto state = m_visit->field(kMove, QStringLiteral("name"));
    QVERIFY(state);
    QVERIFY(state->corrected);
    QCOMPARE(state->source, FieldSource::Clerk);
    QVERIFY(original->isVisibleTo(name));
    QVERIFY2(original->text().contains(QStringLiteral("山田　太郎")), qPrintable(original->text()));
    QVERIFY(reset->isVisibleTo(name));
    // The other form keeps the card's name: a correction is per form.
    QCOMPARE(lineOf(m_editor->fieldRow(kChild, QStringLiteral("claimantName")))->text(), QStringLiteral("山田　太郎"));

    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(lineOf(name)->text(), QStringLiteral("山田　太郎"));
    QCOMPARE(m_visit->field(kMove, QStringLiteral("name"))->source, FieldSource::Card);
    QVERIFY(!original->isVisibleTo(name));
}

void TestVisitEditor::dateAcceptsWarekiAndFlagsNonsense_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("shown");
    QTest::newRow("R6.4.1") << QStringLiteral("R6.4.1") << QStringLiteral("ok") << QStringLiteral("令和6年4月1日");
    QTest::newRow("kanji") << QStringLiteral("令和6年3月31日") << QStringLiteral("ok") << QStringLiteral("令和6年3月31日");
    QTest::newRow("13th month") << QStringLiteral("R6.13.45") << QStringLiteral("invalid") << QString();
    QTest::newRow("words") << QStringLiteral("next tuesday") << QStringLiteral("invalid") << QString();
}

void TestVisitEditor::dateAcceptsWarekiAndFlagsNonsense()
{
    QFETCH(QString, input);
    QFETCH(QString, state);
    QFETCH(QString, shown);
    FieldRow *fact = m_editor->factRow(QStringLiteral("moveDate"));
    QVERIFY(fact);
    type(lineOf(fact), input);
    FieldRow *field = m_editor->fieldRow(kMove, QStringLiteral("moveDate"));
    QCOMPARE(field->property("validationState").toString(), state);
    QCOMPARE(fact->property("validationState").toString(), state);
    auto *icon = field->findChild<QLabel *>(QStringLiteral("stateIcon"));
    if (state == u"ok") {
        QCOMPARE(lineOf(field)->text(), shown);
    } else {
        QVERIFY(!icon->toolTip().isEmpty()); // the translated reason
        bool listed = false;
        for (int i = 0; i < m_editor->problemsList()->count(); ++i)
            listed = listed || m_editor->problemsList()->item(i)->data(Qt::UserRole + 1).toString() == u"moveDate";
        QVERIFY(listed);
    }
}

// The facts tab must not show a tick on an empty fact that a chosen form
// requires (異動日 for 住民異動届): it shows the form's problem until typed.
void TestVisitEditor::emptyFactNeededByAFormIsFlagged()
{
    FieldRow *fact = m_editor->factRow(QStringLiteral("moveDate"));
    QVERIFY(fact);
    QVERIFY(lineOf(fact)->text().isEmpty());
    QCOMPARE(m_editor->fieldRow(kMove, QStringLiteral("moveDate"))->property("validationState").toString(),
             QStringLiteral("missing"));
    QCOMPARE(fact->property("validationState").toString(), QStringLiteral("missing"));
    QVERIFY(!fact->findChild<QLabel *>(QStringLiteral("stateIcon"))->toolTip().isEmpty());
    type(lineOf(fact), QStringLiteral("R6.4.1"));
    QCOMPARE(fact->property("validationState").toString(), QStringLiteral("ok"));
}

void TestVisitEditor::householdAdd()
{
    auto *table = m_editor->findChild<QTableWidget *>(QStringLiteral("householdTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 0);
    type(m_editor->findChild<QLineEdit *>(QStringLiteral("memberName")), QStringLiteral("山田　花子"));
    type(m_editor->findChild<QLineEdit *>(QStringLiteral("memberKana")), QStringLiteral("やまだ　はなこ"));
    type(m_editor->findChild<QLineEdit *>(QStringLiteral("memberBirthDate")), QStringLiteral("R2.5.5"));
    type(m_editor->findChild<QLineEdit *>(QStringLiteral("memberRelationship")), QStringLiteral("子"));
    QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("addMemberButton")), Qt::LeftButton);
    QCOMPARE(m_visit->household().size(), 1);
    QCOMPARE(m_visit->household().first().kana, QStringLiteral("ヤマダ　ハナコ"));
    QCOMPARE(m_visit->household().first().birthDate, QDate(2020, 5, 5));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("山田　花子"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("令和2年5月5日"));
    // The child shows in the allowance form's children field, which is now filled.
    FieldRow *children = m_editor->fieldRow(kChild, QStringLiteral("children"));
    QVERIFY(qobject_cast<QLabel *>(children->input())->text().contains(QStringLiteral("山田　花子")));
    QCOMPARE(children->property("validationState").toString(), QStringLiteral("ok"));
    QVERIFY(m_editor->findChild<QLineEdit *>(QStringLiteral("memberName"))->text().isEmpty());

    // Remove it again.
    table->selectRow(0);
    QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("removeMemberButton")), Qt::LeftButton);
    QCOMPARE(m_visit->household().size(), 0);
    QCOMPARE(table->rowCount(), 0);
}

void TestVisitEditor::problemsListJumpsToField()
{
    QListWidget *problems = m_editor->problemsList();
    QVERIFY(problems->count() > 0);
    QCOMPARE(problems->count(), m_visit->problems().size());
    auto *title = m_editor->findChild<QLabel *>(QStringLiteral("problemsTitle"));
    QVERIFY2(title->text().contains(QString::number(problems->count())), qPrintable(title->text()));
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < problems->count(); ++i)
        if (problems->item(i)->data(Qt::UserRole).toString() == kChild)
            item = problems->item(i);
    QVERIFY(item);
    const QString fieldId = item->data(Qt::UserRole + 1).toString();
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, problems->visualItemRect(item).center());
    QCOMPARE(m_editor->tabs()->currentIndex(), 2);
    QTRY_COMPARE(QApplication::focusWidget(), m_editor->fieldRow(kChild, fieldId)->input());
}

void TestVisitEditor::typedIndividualNumberIsMasked()
{
    // The spouse's number is typed by the clerk (12345678901 has check digit 8, docs/forms.md).
    FieldRow *spouse = m_editor->fieldRow(kChild, QStringLiteral("spouseIndividualNumber"));
    QVERIFY(spouse);
    QLineEdit *edit = lineOf(spouse);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    type(edit, QStringLiteral("1234 5678 9018"));
    const auto number = m_visit->individualNumber(kChild, QStringLiteral("spouseIndividualNumber"));
    QVERIFY(number.has_value());
    QCOMPARE(number->view(), QByteArrayView("123456789018"));
    QVERIFY(edit->text().isEmpty()); // not kept in the widget
    QVERIFY(!edit->placeholderText().contains(QLatin1String("1234")));
    QCOMPARE(spouse->property("validationState").toString(), QStringLiteral("ok"));
    // A wrong check digit is refused with a reason.
    type(edit, QStringLiteral("123456789011"));
    QCOMPARE(spouse->property("validationState").toString(), QStringLiteral("invalid"));
}

void TestVisitEditor::removeFormDropsItsTab()
{
    QCOMPARE(m_editor->tabs()->count(), 3);
    QWidget *childTab = m_editor->tabs()->widget(2);
    QCOMPARE(childTab->property("formId").toString(), kChild);
    QTest::mouseClick(childTab->findChild<QPushButton *>(QStringLiteral("removeFormButton")), Qt::LeftButton);
    QCOMPARE(m_visit->formIds(), QStringList{kMove});
    QTRY_COMPARE(m_editor->tabs()->count(), 2);
    QVERIFY(!m_editor->fieldRow(kChild, QStringLiteral("claimantName")));
    // The bank facts only the allowance asked for are gone from the shared facts.
    QVERIFY(!m_editor->factRow(QStringLiteral("bankName")));
    QVERIFY(m_editor->factRow(QStringLiteral("phone")));
}

void TestVisitEditor::nullVisitLeavesNothing()
{
    type(lineOf(m_editor->factRow(QStringLiteral("phone"))), QStringLiteral("090-1234-5678"));
    m_editor->setVisit(nullptr);
    QCOMPARE(m_editor->tabs()->count(), 1);
    for (QLineEdit *e : m_editor->findChildren<QLineEdit *>())
        QVERIFY2(e->text().isEmpty(), qPrintable(e->objectName()));
    for (QLabel *l : m_editor->findChildren<QLabel *>())
        QVERIFY2(!l->text().contains(QStringLiteral("山田")), qPrintable(l->objectName()));
}

QTEST_MAIN(TestVisitEditor)
#include "tst_visiteditor.moc"
