// The 書かない窓口 scenario of the intake issue, through the real screen: the
// virtual My Number card is read, 転入 is chosen in the 手続ナビ, the forms
// come pre-filled from the card, the clerk types only what the card cannot
// know, the PDF holds the name, the address and the 和暦 birth date, and
// completing puts one encrypted record into the outbox and leaves no personal
// data on the screen. A full disk keeps the visit on screen.
#include "OutboxTestSupport.h"
#include "PdfText.h"
#include "PersonFile.h"
#include "VirtualMyNumberCard.h"
#include "card/CardPanel.h"
#include "card/CardSession.h"
#include "card/FakeCardTransport.h"
#include "card/ReaderMonitor.h"
#include "common/LanguageManager.h"
#include "forms/LifeEventNavi.h"
#include "intake/IntakePage.h"
#include "intake/IntakeSession.h"
#include "prereg/PreRegCodec.h"
#include "prereg/PreRegPanel.h"
#include "QrImageWriter.h"
#include "ScanTestSupport.h"
#include "visit/FieldRow.h"
#include "visit/NaviPanel.h"
#include "visit/VisitEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QDialog>
#include <QFile>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QPrintPreviewWidget>
#include <QToolButton>

using namespace kakanai;
using namespace kakanai::forms;

namespace {
const QString kReader = QStringLiteral("Virtual PCD 00 00");
const QString kMove = QStringLiteral("jumin-ido");
const QString kNewAddress = QStringLiteral("埼玉県さいたま市浦和区高砂３－１５－１");

QPushButton *button(QWidget *root, const char *name)
{
    return root->findChild<QPushButton *>(QLatin1String(name));
}

QString withoutSpaces(QString text)
{
    text.remove(QChar(0x3000));
    text.remove(QLatin1Char(' '));
    return text;
}
} // namespace

class TestIntakeScenario : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tennyuFromCardToOutbox();
    void formNeedingTheNumberAsksTheCardForIt();
    void parkKeepsTheWholeVisit();
    void printPreviewShowsThePages();
    void tennyuFromCardAndQrCodeNeedsNoTyping_data();
    void tennyuFromCardAndQrCodeNeedsNoTyping();
    void badQrCodeChangesNothing_data();
    void badQrCodeChangesNothing();
    void qrCodeOfAnotherPersonIsFlagged();
    void codeFromTheCitizensPageFillsTheVisit_data();
    void codeFromTheCitizensPageFillsTheVisit();

private:
    void readCard();
    void chooseTennyu(bool children);
    void typeInto(QWidget *edit, const QString &text);
    void fillWhatTheCardCannotKnow();
    void walkScreenForPersonalData(const QStringList &secrets);
    prereg::PreRegistration tennyuCode() const;
    QStringList makeSymbols(const prereg::PreRegistration &code, int bytesPerPart = 700) const;
    void scanLikeAKeyboard(const QString &symbol, bool capsLock);

    QList<vcard::Person> m_persons;
    LanguageManager m_languages;
    FormLibrary m_library;
    std::optional<LifeEventNavi> m_navi;
    std::unique_ptr<vcard::VirtualMyNumberCard> m_card;
    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ReaderMonitor> m_monitor;
    std::unique_ptr<CardSession> m_session;
    std::unique_ptr<intake::IntakeSession> m_intake;
    std::unique_ptr<IntakePage> m_page;
    int m_keystrokes = 0;
};

void TestIntakeScenario::initTestCase()
{
    auto persons = vcard::PersonFile::load(qEnvironmentVariable("KAKANAI_SOURCE_DIR")
                                           + QStringLiteral("/tests/data/persons.json"));
    QVERIFY2(persons.has_value(), persons ? "" : qPrintable(persons.error()));
    m_persons = *persons;
    QVERIFY(m_languages.setLanguage(QStringLiteral("ja")));
    m_library = FormLibrary::load();
    auto navi = LifeEventNavi::load(m_library);
    QVERIFY(navi.has_value());
    m_navi = std::move(*navi);
}

void TestIntakeScenario::init()
{
    m_keystrokes = 0;
    m_store = std::make_unique<test::TempStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->lastError()));
    auto monitorTransport = std::make_unique<FakeCardTransport>();
    ReaderState state;
    state.name = kReader;
    state.cardPresent = true;
    state.atr = vcard::VirtualMyNumberCard::atr();
    monitorTransport->setReaders({state});
    m_monitor = std::make_unique<ReaderMonitor>(std::move(monitorTransport));
    auto readTransport = std::make_unique<FakeCardTransport>();
    m_card = std::make_unique<vcard::VirtualMyNumberCard>(m_persons.at(0));
    m_card->powerOn();
    readTransport->setResponder([this](const QByteArray &apdu) -> Result<QByteArray> {
        return m_card->processApdu(apdu);
    });
    m_session = std::make_unique<CardSession>(std::move(readTransport));
    m_page = std::make_unique<IntakePage>(*m_monitor, *m_session, QString());
    m_intake = std::make_unique<intake::IntakeSession>(m_library, m_store->outbox(), m_store->clock(),
                                                       QStringLiteral("T-01"), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    m_intake->attachCardSession(*m_session);
    m_intake->setStaffId(QStringLiteral("c001"));
    m_page->attachIntake(*m_intake, *m_navi);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_monitor->start();
    QTRY_VERIFY(button(m_page.get(), "readCardButton")->isEnabled());
}

void TestIntakeScenario::cleanup()
{
    m_page.reset();
    m_intake.reset();
    m_session.reset();
    m_monitor.reset();
    m_card.reset();
    m_store.reset();
}

void TestIntakeScenario::readCard()
{
    CardPanel *panel = m_page->cardPanel();
    QSignalSpy read(panel, &CardPanel::cardRead);
    QTest::mouseClick(button(panel, "readCardButton"), Qt::LeftButton);
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = QApplication::activeModalWidget()) != nullptr);
    // The citizen types the PIN on the on-screen keypad (not the clerk's typing).
    for (char digit : m_persons.at(0).pin)
        QTest::mouseClick(button(dialog, QByteArray("key").append(digit).constData()), Qt::LeftButton);
    QTest::mouseClick(button(dialog, "pinOk"), Qt::LeftButton);
    QTRY_COMPARE(read.count(), 1);
    QVERIFY(panel->holder() != nullptr);
    QVERIFY(m_page->visit()->hasCardHolder());
}

void TestIntakeScenario::chooseTennyu(bool children)
{
    NaviPanel *navi = m_page->naviPanel();
    QTest::mouseClick(navi->findChild<QPushButton *>(QStringLiteral("event_tennyu")), Qt::LeftButton);
    auto *childrenBox = navi->findChild<QCheckBox *>(QStringLiteral("question_children"));
    QVERIFY(childrenBox);
    if (children)
        QTest::mouseClick(childrenBox, Qt::LeftButton, {}, QPoint(8, childrenBox->height() / 2));
    QCOMPARE(childrenBox->isChecked(), children);
    QTest::mouseClick(button(navi, "startFormsButton"), Qt::LeftButton);
    QVERIFY(m_page->visit()->formIds().contains(kMove));
    QCOMPARE(m_page->visit()->formIds().contains(QStringLiteral("child-allowance")), children);
}

void TestIntakeScenario::typeInto(QWidget *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    for (QChar c : text) {
        // QTest::keyClicks() takes Latin-1 only; kanji arrive as key events with text, as an IME commits them.
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
        ++m_keystrokes;
    }
    QTest::keyClick(edit, Qt::Key_Return);
    ++m_keystrokes;
}

void TestIntakeScenario::fillWhatTheCardCannotKnow()
{
    VisitEditor *editor = m_page->visitEditor();
    const auto fact = [editor](const char *key) -> QWidget * {
        FieldRow *row = editor->factRow(QLatin1String(key));
        return row ? row->input() : nullptr;
    };
    typeInto(fact("moveDate"), QStringLiteral("R8.11.20"));
    typeInto(fact("newAddress"), kNewAddress);
    typeInto(fact("householder"), QStringLiteral("山田　太郎"));
    typeInto(fact("relationship"), QStringLiteral("世帯主"));
    typeInto(fact("nameKana"), QStringLiteral("やまだ　たろう"));
    typeInto(fact("phone"), QStringLiteral("09012345678"));
    auto *confirmed = editor->findChild<QCheckBox *>(QStringLiteral("kanaConfirmedCheck"));
    QVERIFY(confirmed && confirmed->isVisibleTo(editor));
    QTest::mouseClick(confirmed, Qt::LeftButton, {}, QPoint(8, confirmed->height() / 2));
    QVERIFY(m_page->visit()->isNameKanaConfirmed());
    // 転入の根拠: the first option, chosen with the keyboard.
    auto *basis = qobject_cast<QComboBox *>(editor->fieldRow(kMove, QStringLiteral("moveInBasis"))->input());
    QVERIFY(basis);
    basis->setFocus();
    QTest::keyClick(basis, Qt::Key_Down);
    ++m_keystrokes;
    QVERIFY(m_page->visit()->field(kMove, QStringLiteral("moveInBasis"))->isOk());
}

void TestIntakeScenario::walkScreenForPersonalData(const QStringList &secrets)
{
    QStringList texts;
    for (QLineEdit *e : m_page->findChildren<QLineEdit *>())
        texts << e->text() << e->placeholderText();
    for (QLabel *l : m_page->findChildren<QLabel *>())
        texts << l->text() << l->toolTip();
    for (QTableWidget *t : m_page->findChildren<QTableWidget *>())
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c)
                texts << (t->item(r, c) ? t->item(r, c)->text() : QString());
    for (QComboBox *c : m_page->findChildren<QComboBox *>())
        texts << c->currentText();
    for (const QString &text : std::as_const(texts)) {
        for (const QString &secret : secrets) {
            QVERIFY2(!withoutSpaces(text).contains(withoutSpaces(secret)), "personal data left on the screen");
        }
    }
}

void TestIntakeScenario::tennyuFromCardToOutbox()
{
    const vcard::Person &person = m_persons.at(0);
    readCard();
    chooseTennyu(false);

    // Pre-filled from the card, badge カード, nothing typed yet.
    VisitEditor *editor = m_page->visitEditor();
    auto *name = qobject_cast<QLineEdit *>(editor->fieldRow(kMove, QStringLiteral("name"))->input());
    QCOMPARE(name->text(), person.name);
    QCOMPARE(qobject_cast<QLineEdit *>(editor->fieldRow(kMove, QStringLiteral("birthDate"))->input())->text(),
             QStringLiteral("昭和55年2月17日"));
    QCOMPARE(qobject_cast<QLineEdit *>(editor->fieldRow(kMove, QStringLiteral("oldAddress"))->input())->text(),
             person.address);
    QCOMPARE(editor->fieldRow(kMove, QStringLiteral("name"))->findChild<QLabel *>(QStringLiteral("sourceBadge"))->text(),
             FieldSources::label(FieldSource::Card));
    QCOMPARE(m_page->visit()->field(kMove, QStringLiteral("kind"))->value.toString(), QStringLiteral("tennyu"));
    QCOMPARE(m_page->visit()->clerkEnteredCount(), 0);
    auto *complete = button(m_page.get(), "completeVisitButton");
    QVERIFY(!complete->isEnabled()); // the move date, new address … are still missing

    fillWhatTheCardCannotKnow();
    QVERIFY2(m_page->visit()->isReady(),
             qPrintable(QStringLiteral("%1 problem(s), first %2")
                            .arg(m_page->visit()->problems().size())
                            .arg(m_page->visit()->problems().isEmpty() ? QString()
                                                                       : m_page->visit()->problems().first().fieldId)));
    QVERIFY(complete->isEnabled());
    // Every field the card covers came from the card: the clerk typed none of them.
    for (const char *id : {"name", "birthDate", "sex", "oldAddress", "notifierName"})
        QCOMPARE(m_page->visit()->field(kMove, QLatin1String(id))->source, FieldSource::Card);

    // The paper.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("visit.pdf"));
    auto saved = m_page->savePdf(pdf);
    QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().toString()));
    const QString text = print::test::compact(print::test::pdfText(pdf));
    QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
    QVERIFY2(text.contains(withoutSpaces(person.name)), "name not in the PDF");
    QVERIFY2(text.contains(withoutSpaces(person.address)), "card address not in the PDF");
    QVERIFY2(text.contains(withoutSpaces(kNewAddress)), "new address not in the PDF");
    QVERIFY2(text.contains(QStringLiteral("昭和55年2月17日")), "和暦 birth date not in the PDF");

    const int clerkTyped = m_page->visit()->clerkEnteredCount();
    qInfo("scenario 転入: values typed by the clerk: %d (card-covered fields typed: 0), simulated keystrokes: %d",
          clerkTyped, m_keystrokes);
    // The clerk's budget for a 転入 with the card. Ceilings from the values
    // measured when they were set: 7 values (no headroom: each is a whole
    // field to fill, one more is a regression) and 60 keystrokes (ceiling 64,
    // ~5% headroom: 59 key events for the six facts and their Returns, plus
    // one Down for 転入の根拠; the kana checkbox is a click, not counted).
    constexpr int kMaxClerkValues = 7;
    constexpr int kMaxKeystrokes = 64;
    QVERIFY2(clerkTyped <= kMaxClerkValues,
             qPrintable(QStringLiteral("the clerk typed %1 values; budget %2").arg(clerkTyped).arg(kMaxClerkValues)));
    QVERIFY2(m_keystrokes <= kMaxKeystrokes,
             qPrintable(QStringLiteral("%1 keystrokes; budget %2").arg(m_keystrokes).arg(kMaxKeystrokes)));
    QCOMPARE(clerkTyped, 7); // 異動日, 新住所, 世帯主, 続柄, フリガナ, 電話, 転入の根拠

    // A full disk: the record is not saved and the visit stays as it was.
    m_store->outbox().failStatementForTesting(0);
    QSignalSpy completed(m_page.get(), &IntakePage::visitCompleted);
    QTest::mouseClick(complete, Qt::LeftButton);
    QCOMPARE(completed.count(), 0);
    auto counts = m_store->outbox().counts();
    QVERIFY(counts.has_value());
    QCOMPARE(counts->pending, 0);
    QVERIFY(m_page->visit()->isReady());
    QCOMPARE(name->text(), person.name);
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("visitMessage"))->text().isEmpty());
    m_store->outbox().failStatementForTesting(-1);

    // Completed: one pending record, and an empty screen.
    QTest::mouseClick(complete, Qt::LeftButton);
    QCOMPARE(completed.count(), 1);
    const QString uuid = completed.at(0).at(0).toString();
    QVERIFY(!uuid.isEmpty());
    counts = m_store->outbox().counts();
    QVERIFY(counts.has_value());
    QCOMPARE(counts->pending, 1);
    QVERIFY(!m_store->payload(uuid).isEmpty());
    QVERIFY(!m_store->payload(uuid).contains(person.name.toUtf8())); // encrypted
    QVERIFY(m_page->visit());
    QVERIFY(m_page->visit()->formIds().isEmpty());
    QVERIFY(!m_page->visit()->hasCardHolder());
    QVERIFY(!m_page->cardPanel()->holder());
    QVERIFY(m_page->naviPanel()->selectedEvents().isEmpty());
    QVERIFY(!complete->isEnabled());
    walkScreenForPersonalData({person.name, person.address, kNewAddress, QStringLiteral("ヤマダ"),
                               QStringLiteral("昭和55年2月17日"), QStringLiteral("090-1234-5678")});
}

void TestIntakeScenario::formNeedingTheNumberAsksTheCardForIt()
{
    auto *withNumber = m_page->cardPanel()->findChild<QCheckBox *>(QStringLiteral("withNumberCheck"));
    QVERIFY(!withNumber->isChecked());
    readCard();
    chooseTennyu(true); // 児童手当 takes the claimant's number from the card
    QVERIFY(m_page->visit()->needsIndividualNumber());
    QVERIFY(withNumber->isChecked());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("numberNeededNote"))->isVisibleTo(m_page.get()));
    // Read again, now with the number: the form has it, the note goes.
    readCard();
    QVERIFY(m_page->visit()->hasIndividualNumber());
    QVERIFY(m_page->visit()->field(QStringLiteral("child-allowance"), QStringLiteral("claimantIndividualNumber"))->isOk());
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("numberNeededNote"))->isVisibleTo(m_page.get()));

    // Masked in the form until the clerk asks to see it; asking is reported for the audit.
    FieldRow *number = m_page->visitEditor()->fieldRow(QStringLiteral("child-allowance"),
                                                       QStringLiteral("claimantIndividualNumber"));
    auto *edit = qobject_cast<QLineEdit *>(number->input());
    const QString digits = QString::fromLatin1(m_persons.at(0).individualNumber);
    QVERIFY(edit->text().isEmpty());
    QVERIFY(!withoutSpaces(edit->placeholderText()).contains(digits));
    QSignalSpy revealed(m_page->visitEditor(), &VisitEditor::individualNumberRevealed);
    auto *reveal = number->findChild<QToolButton *>(QStringLiteral("revealButton"));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(revealed.count(), 1);
    QCOMPARE(withoutSpaces(edit->text()), digits);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(edit->echoMode(), QLineEdit::Password);

    // The next citizen's card is read without the number again.
    m_intake->park(QStringLiteral("c001"));
    QVERIFY(!withNumber->isChecked());
    QVERIFY(m_intake->resume(QStringLiteral("c001")));
    QVERIFY(m_page->visit()->hasIndividualNumber()); // parked with the card, number included
}

void TestIntakeScenario::parkKeepsTheWholeVisit()
{
    const vcard::Person &person = m_persons.at(0);
    readCard();
    chooseTennyu(false);
    typeInto(m_page->visitEditor()->factRow(QStringLiteral("newAddress"))->input(), kNewAddress);

    m_intake->park(QStringLiteral("c001"));
    QVERIFY(m_intake->hasParked(QStringLiteral("c001")));
    QVERIFY(m_page->visit()->formIds().isEmpty());
    walkScreenForPersonalData({person.name, person.address, kNewAddress});

    QVERIFY(m_intake->resume(QStringLiteral("c001")));
    QVERIFY(!m_intake->hasParked(QStringLiteral("c001")));
    QCOMPARE(m_page->visit()->formIds(), QStringList{kMove});
    QCOMPARE(m_page->visit()->fact(QStringLiteral("newAddress")).toString(), kNewAddress);
    QCOMPARE(m_page->cardPanel()->holder()->name, person.name);
    QCOMPARE(qobject_cast<QLineEdit *>(m_page->visitEditor()->fieldRow(kMove, QStringLiteral("name"))->input())->text(),
             person.name);
}

void TestIntakeScenario::printPreviewShowsThePages()
{
    readCard();
    chooseTennyu(false);
    int pages = 0;
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != u"printPreviewDialog")
            return;
        sawDialog = true;
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        if (preview) {
            [&] { QTRY_VERIFY(preview->pageCount() > 0); }();
            pages = preview->pageCount();
        }
        dialog->reject();
    });
    QTest::mouseClick(button(m_page.get(), "printPreviewButton"), Qt::LeftButton);
    QVERIFY(sawDialog);
    QVERIFY(pages >= 1);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("visitMessage"))->text().isEmpty()); // no print error
}

prereg::PreRegistration TestIntakeScenario::tennyuCode() const
{
    const vcard::Person &person = m_persons.at(0);
    prereg::PreRegistration code;
    code.events = {QStringLiteral("tennyu")};
    code.answers = {{QStringLiteral("children"), false}};
    code.forms = {{kMove, m_library.find(kMove)->version}};
    code.person.name = person.name;
    code.person.kana = QStringLiteral("ヤマダ　タロウ");
    code.person.birthDate = person.birthDate;
    code.person.sex = Sex::Male;
    code.facts = {{QStringLiteral("moveDate"), QStringLiteral("2026-11-20")},
                  {QStringLiteral("newAddress"), kNewAddress},
                  {QStringLiteral("postalCode"), QStringLiteral("330-0063")},
                  {QStringLiteral("householder"), person.name},
                  {QStringLiteral("relationship"), QStringLiteral("世帯主")},
                  {QStringLiteral("phone"), QStringLiteral("090-1234-5678")}};
    code.household = {
        HouseholdMember{QStringLiteral("山田　花子"), QStringLiteral("ヤマダ　ハナコ"), QDate(1982, 1, 3), Sex::Female,
                        QStringLiteral("妻"), FieldSource::PreReg},
        HouseholdMember{QStringLiteral("山田　一郎"), QStringLiteral("ヤマダ　イチロウ"), QDate(2018, 4, 2), Sex::Male,
                        QStringLiteral("子"), FieldSource::PreReg},
    };
    code.fields = {{kMove, {{QStringLiteral("moveInBasis"), QStringLiteral("certificate")}}}};
    return code;
}

QStringList TestIntakeScenario::makeSymbols(const prereg::PreRegistration &code, int bytesPerPart) const
{
    const prereg::PreRegCodec codec(m_library, *m_navi);
    auto symbols = codec.make(code, nullptr, bytesPerPart);
    if (!symbols)
        qWarning("%s", qPrintable(symbols.error().message()));
    return symbols.value_or(QStringList());
}

// A 2-D scanner working as a keyboard: one key event per character, as fast
// as the events can be sent, ended by Enter. Letters come as their Qt key
// codes; with Caps Lock the text is lower case.
void TestIntakeScenario::scanLikeAKeyboard(const QString &symbol, bool capsLock)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get();
    for (QChar c : symbol) {
        const int key = scan::test::keyCodeOf(c);
        const QString text = capsLock ? QString(c).toLower() : QString(c);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
        QApplication::sendEvent(target, &press);
        QApplication::sendEvent(target, &release);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    QApplication::sendEvent(target, &enter);
}

void TestIntakeScenario::tennyuFromCardAndQrCodeNeedsNoTyping_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("bytesPerPart");
    QTest::newRow("image, one symbol") << QStringLiteral("image") << 700;
    QTest::newRow("image, three symbols") << QStringLiteral("image") << 200;
    QTest::newRow("keyboard scanner") << QStringLiteral("wedge") << 700;
    QTest::newRow("keyboard scanner, Caps Lock, three symbols") << QStringLiteral("wedge-capslock") << 200;
}

void TestIntakeScenario::tennyuFromCardAndQrCodeNeedsNoTyping()
{
    QFETCH(QString, path);
    QFETCH(int, bytesPerPart);
    const vcard::Person &person = m_persons.at(0);
    readCard();
    const QStringList symbols = makeSymbols(tennyuCode(), bytesPerPart);
    QVERIFY(!symbols.isEmpty());
    QCOMPARE(symbols.size() > 1, bytesPerPart < 700);

    PreRegPanel *panel = m_page->preRegPanel();
    QVERIFY(panel->isVisibleTo(m_page.get()));
    if (path == u"image") {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("code.png"));
        auto sheet = symbols.size() == 1 ? qr::QrImageWriter::makeImage(symbols.first())
                                         : qr::QrImageWriter::makeSheet(symbols);
        QVERIFY(sheet);
        QVERIFY(sheet->save(png));
        auto read = panel->readFile(png);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
    } else {
        // The focus is in the navi's first event button: the scanner's keys must not land anywhere.
        auto *focus = m_page->naviPanel()->findChild<QPushButton *>(QStringLiteral("event_tenshutsu"));
        QVERIFY(focus);
        focus->setFocus();
        // Parts in reverse order: structured append does not care.
        for (qsizetype i = symbols.size() - 1; i >= 0; --i) {
            scanLikeAKeyboard(symbols.at(i), path == u"wedge-capslock");
            if (i > 0) {
                QTRY_COMPARE(panel->progress().received, int(symbols.size() - i));
                // The same part again: nothing changes, no error.
                scanLikeAKeyboard(symbols.at(i), false);
                QCOMPARE(panel->progress().received, int(symbols.size() - i));
                QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("qrError"))->isVisibleTo(panel));
            }
        }
    }
    QTRY_VERIFY(m_page->visit()->formIds().contains(kMove));
    QCOMPARE(m_page->naviPanel()->selectedEvents(), QStringList{QStringLiteral("tennyu")});
    QVERIFY(!m_page->naviPanel()->findChild<QPushButton *>(QStringLiteral("event_tenshutsu"))->isChecked());
    QVERIFY2(m_page->visit()->isReady(),
             qPrintable(m_page->visit()->problems().isEmpty() ? QString() : m_page->visit()->problems().first().fieldId));
    QCOMPARE(m_page->visit()->clerkEnteredCount(), 0);
    QCOMPARE(m_keystrokes, 0);
    QCOMPARE(m_page->visit()->household().size(), 2);
    auto *status = panel->findChild<QLabel *>(QStringLiteral("qrStatus"));
    QVERIFY(status->isVisibleTo(panel));
    QVERIFY(status->text().contains(QStringLiteral("転入")));
    QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("qrOtherPerson"))->isVisibleTo(panel));
    QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("qrError"))->isVisibleTo(panel));

    // Every value from the code wears the QR badge; the card's stay card.
    VisitEditor *editor = m_page->visitEditor();
    const auto badge = [editor](const char *field) {
        FieldRow *row = editor->fieldRow(kMove, QLatin1String(field));
        auto *label = row ? row->findChild<QLabel *>(QStringLiteral("sourceBadge")) : nullptr;
        return label ? label->text() : QString();
    };
    for (const char *id : {"moveDate", "newAddress", "newHouseholder", "relationship", "nameKana", "phone", "moveInBasis"})
        QVERIFY2(badge(id) == FieldSources::label(FieldSource::PreReg), id);
    for (const char *id : {"name", "birthDate", "oldAddress"})
        QVERIFY2(badge(id) == FieldSources::label(FieldSource::Card), id);
    QCOMPARE(qobject_cast<QLineEdit *>(editor->fieldRow(kMove, QStringLiteral("newAddress"))->input())->text(),
             kNewAddress);
    // Nothing the scanner typed landed in a field.
    for (QLineEdit *e : m_page->findChildren<QLineEdit *>())
        QVERIFY2(!e->text().contains(QStringLiteral("KKN"), Qt::CaseInsensitive), "scanner keys landed in a field");

    // Print, complete: one record, the clerk typed nothing.
    QTemporaryDir dir;
    QVERIFY(m_page->savePdf(dir.filePath(QStringLiteral("visit.pdf"))));
    QSignalSpy completed(m_page.get(), &IntakePage::visitCompleted);
    QTest::mouseClick(button(m_page.get(), "completeVisitButton"), Qt::LeftButton);
    QCOMPARE(completed.count(), 1);
    qInfo("scenario 転入 with the QR code (%s, %lld symbol(s)): values typed by the clerk 0, keystrokes %d",
          qPrintable(path), qlonglong(symbols.size()), m_keystrokes);
    walkScreenForPersonalData({person.name, kNewAddress, QStringLiteral("山田　花子"), QStringLiteral("090-1234-5678")});
}

void TestIntakeScenario::badQrCodeChangesNothing_data()
{
    QTest::addColumn<int>("damage");
    QTest::newRow("one character changed") << 0;
    QTest::newRow("cut short") << 1;
    QTest::newRow("a newer version") << 2;
    QTest::newRow("not a Kakanai code") << 3;
}

void TestIntakeScenario::badQrCodeChangesNothing()
{
    QFETCH(int, damage);
    readCard();
    chooseTennyu(false);
    const QByteArray before = QJsonDocument(m_page->visit()->toDraft()).toJson();
    QString symbol = makeSymbols(tennyuCode()).value(0);
    QVERIFY(!symbol.isEmpty());
    switch (damage) {
    case 0: symbol[40] = symbol.at(40) == u'A' ? u'B' : u'A'; break;
    case 1: symbol.chop(9); break;
    case 2: symbol[3] = u'2'; break;
    case 3: symbol = QStringLiteral("HTTPSEXAMPLECOM12345"); break;
    }
    auto *focus = m_page->naviPanel()->findChild<QPushButton *>(QStringLiteral("event_tenshutsu"));
    focus->setFocus();
    scanLikeAKeyboard(symbol, false);
    PreRegPanel *panel = m_page->preRegPanel();
    auto *error = panel->findChild<QLabel *>(QStringLiteral("qrError"));
    if (damage == 3) {
        // Not ours: the keys are given back as typed (here to a button, which ignores them).
        QVERIFY(!error->isVisibleTo(panel));
    } else {
        QTRY_VERIFY(error->isVisibleTo(panel));
        QVERIFY(!error->text().isEmpty());
    }
    QCOMPARE(QJsonDocument(m_page->visit()->toDraft()).toJson(), before);
    QVERIFY(!m_intake->preRegistrationCode());
}

void TestIntakeScenario::qrCodeOfAnotherPersonIsFlagged()
{
    readCard();
    prereg::PreRegistration code = tennyuCode();
    code.person.name = QStringLiteral("鈴木　一郎");
    code.person.birthDate = QDate(1990, 1, 1);
    const QStringList symbols = makeSymbols(code);
    QVERIFY(!symbols.isEmpty());
    m_page->acceptScannedSymbol(symbols.first());
    PreRegPanel *panel = m_page->preRegPanel();
    auto *other = panel->findChild<QLabel *>(QStringLiteral("qrOtherPerson"));
    QTRY_VERIFY(other->isVisibleTo(panel));
    auto *differences = panel->findChild<QLabel *>(QStringLiteral("qrDifferences"));
    QVERIFY(differences->isVisibleTo(panel));
    QVERIFY(differences->text().contains(m_persons.at(0).name)); // the card's name, shown to the clerk
    // The card still wins in the forms.
    QCOMPARE(m_page->visit()->field(kMove, QStringLiteral("name"))->value.toString(), m_persons.at(0).name);
    // A new citizen: the warning goes.
    m_intake->discard();
    QVERIFY(!other->isVisibleTo(panel));
}

void TestIntakeScenario::codeFromTheCitizensPageFillsTheVisit_data()
{
    QTest::addColumn<bool>("image");
    QTest::newRow("its screenshot, opened as a file") << true;
    QTest::newRow("scanned by a keyboard scanner") << false;
}

// The code that tests/prereg-page made in headless Chromium on the exported
// citizen's page (fixture prereg_page_code): 転入 with children, two household
// members, the forms' own fields. Read by the real intake page, it leaves the
// clerk nothing to type.
void TestIntakeScenario::codeFromTheCitizensPageFillsTheVisit()
{
    QFETCH(bool, image);
    const QString dir = qEnvironmentVariable("KAKANAI_PAGE_CODE_DIR");
    QVERIFY2(QFile::exists(dir + QStringLiteral("/page-code.png")), "run the prereg_page test first (ctest fixture)");
    QFile textFile(dir + QStringLiteral("/page-code.txt"));
    QVERIFY(textFile.open(QIODevice::ReadOnly));
    const QStringList symbols = QString::fromLatin1(textFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!symbols.isEmpty());

    // 児童手当 takes the claimant's number from the card: the clerk ticks it before the citizen's PIN.
    auto *withNumber = m_page->cardPanel()->findChild<QCheckBox *>(QStringLiteral("withNumberCheck"));
    QTest::mouseClick(withNumber, Qt::LeftButton, {}, QPoint(8, withNumber->height() / 2));
    QVERIFY(withNumber->isChecked());
    readCard();
    if (image) {
        auto read = m_page->preRegPanel()->readFile(dir + QStringLiteral("/page-code.png"));
        QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
    } else {
        m_page->naviPanel()->findChild<QPushButton *>(QStringLiteral("event_tenshutsu"))->setFocus();
        for (const QString &symbol : symbols)
            scanLikeAKeyboard(symbol, false);
    }
    QTRY_VERIFY(m_intake->preRegistrationCode().has_value());
    QCOMPARE(m_page->visit()->formIds(), (QStringList{kMove, QStringLiteral("child-allowance")}));
    QCOMPARE(m_page->visit()->household().size(), 2);
    QStringList problems;
    for (const FieldState &p : m_page->visit()->problems())
        problems << p.formId + QLatin1Char('.') + p.fieldId;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(", "))));
    QCOMPARE(m_page->visit()->clerkEnteredCount(), 0);
    QCOMPARE(m_keystrokes, 0);
    QVERIFY(!m_page->preRegPanel()->findChild<QLabel *>(QStringLiteral("qrOtherPerson"))->isVisibleTo(m_page.get()));
    QVERIFY(button(m_page.get(), "completeVisitButton") != nullptr);
    qInfo("scenario 転入 from the citizen's page (%s): %lld symbol(s), values typed by the clerk %d, keystrokes %d",
          image ? "image" : "keyboard scanner", qlonglong(symbols.size()), m_page->visit()->clerkEnteredCount(),
          m_keystrokes);
}

QTEST_MAIN(TestIntakeScenario)
#include "tst_intake_scenario.moc"
