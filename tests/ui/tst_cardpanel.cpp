// The intake card panel, driven as a clerk and a citizen would: click "read",
// type the PIN on the on-screen keypad, see the facts. The card is the
// project's virtual My Number card (tools/vcard) behind a scripted transport,
// so every status word is the card's own; the real-pcscd path is covered by
// the integration tests in tests/card.
#include "PersonFile.h"
#include "VirtualMyNumberCard.h"
#include "card/CardPanel.h"
#include "card/CardSession.h"
#include "card/FakeCardTransport.h"
#include "card/ReaderMonitor.h"
#include "jp/JapaneseDate.h"
#include "common/LanguageManager.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace kakanai;

namespace {
const QString kReader = QStringLiteral("Virtual PCD 00 00");

QPushButton *button(QWidget *root, const char *name)
{
    return root->findChild<QPushButton *>(QLatin1String(name));
}
} // namespace

class TestCardPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readsCardAndShowsFacts_data();
    void readsCardAndShowsFacts();
    void keyboardPinThenEnterReads();
    void wrongPinShowsTriesLeftAndNoFacts();
    void lastTryNeedsClerkConfirmation();
    void cancelSendsNoPin();
    void numberIsReadOnlyWhenAskedAndMaskedUntilRevealed();
    void foreignCardIsRefusedBeforeAnyPin();
    void blockedCardSaysSo();
    void noCardDisablesReading();
    void clearRemovesEverything();

private:
    void makeCard(int personIndex, vcard::CardOptions options = {});
    void typePinAndConfirm(const QByteArray &pin, bool tickLastTry = false);
    QWidget *waitForDialog(const char *name);

    QList<vcard::Person> m_persons;
    LanguageManager m_languages;
    std::unique_ptr<vcard::VirtualMyNumberCard> m_card;
    FakeCardTransport *m_monitorTransport = nullptr; // owned by m_monitor
    FakeCardTransport *m_readTransport = nullptr;    // owned by m_session
    std::unique_ptr<ReaderMonitor> m_monitor;
    std::unique_ptr<CardSession> m_session;
    std::unique_ptr<CardPanel> m_panel;
};

void TestCardPanel::initTestCase()
{
    auto persons = vcard::PersonFile::load(qEnvironmentVariable("KAKANAI_SOURCE_DIR")
                                           + QStringLiteral("/tests/data/persons.json"));
    QVERIFY2(persons.has_value(), persons ? "" : qPrintable(persons.error()));
    m_persons = *persons;
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestCardPanel::makeCard(int personIndex, vcard::CardOptions options)
{
    m_card = std::make_unique<vcard::VirtualMyNumberCard>(m_persons.at(personIndex), options);
    m_card->powerOn();
    m_readTransport->setResponder([this](const QByteArray &apdu) -> Result<QByteArray> {
        return m_card->processApdu(apdu);
    });
}

void TestCardPanel::init()
{
    auto monitorTransport = std::make_unique<FakeCardTransport>();
    m_monitorTransport = monitorTransport.get();
    ReaderState state;
    state.name = kReader;
    state.cardPresent = true;
    state.atr = vcard::VirtualMyNumberCard::atr();
    m_monitorTransport->setReaders({state});
    m_monitor = std::make_unique<ReaderMonitor>(std::move(monitorTransport));
    auto readTransport = std::make_unique<FakeCardTransport>();
    m_readTransport = readTransport.get();
    m_session = std::make_unique<CardSession>(std::move(readTransport));
    makeCard(0);
    m_panel = std::make_unique<CardPanel>(*m_monitor, *m_session, QString());
    m_panel->resize(900, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_monitor->start();
    QTRY_VERIFY(button(m_panel.get(), "readCardButton")->isEnabled());
}

void TestCardPanel::cleanup()
{
    m_panel.reset();
    m_session.reset();
    m_monitor.reset();
    m_card.reset();
}

QWidget *TestCardPanel::waitForDialog(const char *name)
{
    QWidget *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = QApplication::activeModalWidget()) != nullptr); }();
    if (dialog && dialog->objectName() != QLatin1String(name))
        return nullptr;
    return dialog;
}

void TestCardPanel::typePinAndConfirm(const QByteArray &pin, bool tickLastTry)
{
    QWidget *dialog = waitForDialog("pinDialog");
    QVERIFY(dialog);
    QPushButton *ok = button(dialog, "pinOk");
    QVERIFY(ok);
    for (char digit : pin) {
        QVERIFY(!ok->isEnabled()); // not before 4 digits
        QTest::mouseClick(button(dialog, QByteArray("key").append(digit).constData()), Qt::LeftButton);
    }
    if (tickLastTry) {
        auto *confirm = dialog->findChild<QCheckBox *>(QStringLiteral("lastTryConfirm"));
        QVERIFY(confirm);
        QVERIFY(!ok->isEnabled());
        confirm->setChecked(true);
    }
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestCardPanel::readsCardAndShowsFacts_data()
{
    QTest::addColumn<int>("person");
    QTest::newRow("plain") << 0;
    QTest::newRow("4-byte UTF-8 name") << 1;
    QTest::newRow("variant characters") << 2;
    QTest::newRow("IVS") << 3;
    QTest::newRow("long address") << 4;
}

void TestCardPanel::readsCardAndShowsFacts()
{
    QFETCH(int, person);
    makeCard(person);
    const vcard::Person &p = m_persons.at(person);
    QSignalSpy changed(m_panel.get(), &CardPanel::holderChanged);
    QTest::mouseClick(button(m_panel.get(), "readCardButton"), Qt::LeftButton);
    typePinAndConfirm(p.pin);
    QTRY_VERIFY2(changed.count() == 1,
                 qPrintable(m_panel->findChild<QLabel *>(QStringLiteral("cardMessage"))->text()));
    QVERIFY(m_panel->holder());
    auto *name = m_panel->findChild<QLabel *>(QStringLiteral("holderName"));
    auto *address = m_panel->findChild<QLabel *>(QStringLiteral("holderAddress"));
    QCOMPARE(name->text(), p.name);
    QCOMPARE(address->text(), p.address);
    QCOMPARE(m_panel->holder()->birthDate, p.birthDate);
    // 和暦 first, as the forms print it.
    const QString birth = m_panel->findChild<QLabel *>(QStringLiteral("holderBirthDate"))->text();
    QVERIFY2(birth.startsWith(*jp::JapaneseDate::format(p.birthDate)), qPrintable(birth));
    QVERIFY(name->isVisible());
    QVERIFY(!m_panel->holder()->individualNumber.has_value());
    // The card was powered off at the end: the PIN does not outlive the read.
    QCOMPARE(m_readTransport->lastDisconnect(), CardTransport::Disposition::Unpower);
}

// A USB keypad or the keyboard: digits then Enter, wherever the focus is in
// the dialog. Enter must never land on Cancel.
void TestCardPanel::keyboardPinThenEnterReads()
{
    QSignalSpy changed(m_panel.get(), &CardPanel::holderChanged);
    QTest::mouseClick(button(m_panel.get(), "readCardButton"), Qt::LeftButton);
    QWidget *dialog = waitForDialog("pinDialog");
    QVERIFY(dialog);
    const auto target = [dialog] { return QApplication::focusWidget() ? QApplication::focusWidget() : dialog; };
    QTest::keyClick(target(), Qt::Key_Return); // before 4 digits: nothing happens
    QVERIFY(dialog->isVisible());
    for (char digit : m_persons.at(0).pin)
        QTest::keyClick(target(), digit);
    QTest::keyClick(target(), Qt::Key_Return);
    QTRY_VERIFY2(changed.count() == 1,
                 qPrintable(m_panel->findChild<QLabel *>(QStringLiteral("cardMessage"))->text()));
    QCOMPARE(m_panel->holder()->name, m_persons.at(0).name);
}

void TestCardPanel::wrongPinShowsTriesLeftAndNoFacts()
{
    QTest::mouseClick(button(m_panel.get(), "readCardButton"), Qt::LeftButton);
    typePinAndConfirm("0000");
    auto *message = m_panel->findChild<QLabel *>(QStringLiteral("cardMessage"));
    QTRY_VERIFY(message->text().contains(QStringLiteral("Tries left: 2")));
    QVERIFY(!m_panel->holder());
    QVERIFY(!m_panel->findChild<QWidget *>(QStringLiteral("cardFacts"))->isVisible());
    QCOMPARE(m_card->triesLeft(vcard::VirtualMyNumberCard::Key::Pin), 2);
    // No automatic retry: nothing more was sent after the failed VERIFY.
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

void TestCardPanel::lastTryNeedsClerkConfirmation()
{
    makeCard(5); // triesLeft 1
    QTest::mouseClick(button(m_panel.get(), "readCardButton"), Qt::LeftButton);
    QWidget *dialog = waitForDialog("pinDialog");
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("lastTryWarning")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("triesLabel"))->text().contains(QLatin1Char('1')));
    typePinAndConfirm(m_persons.at(5).pin, true);
    QTRY_VERIFY(m_panel->holder());
    QCOMPARE(m_panel->holder()->name, m_persons.at(5).name);
}

void TestCardPanel::cancelSendsNoPin()
{
    QTest::mouseClick(button(m_panel.get(), "readCardButton"), Qt::LeftButton);
    QWidget *dialog = waitForDialog("pinDialog");
    QVERIFY(dialog);
    QTest::mouseClick(button(dialog, "key1"), Qt::LeftButton);
    QTest::mouseClick(button(dialog, "pinCancel"), Qt::LeftButton);
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    for (const QByteArray &apdu : m_readTransport->sentApdus())
        QVERIFY2(!(apdu.startsWith(QByteArray::fromHex("00200080")) && apdu.size() > 5), "a PIN was sent");
    QCOMPARE(m_card->triesLeft(vcard::VirtualMyNumberCard::Key::Pin), 3);
    QVERIFY(!m_panel->holder());
}

void TestCardPanel::numberIsReadOnlyWhenAskedAndMaskedUntilRevealed()
{
    m_panel->findChild<QCheckBox *>(QStringLiteral("withNumberCheck"))->setChecked(true);
    QSignalSpy revealed(m_panel.get(), &CardPanel::individualNumberRevealed);
    QTest::mouseClick(button(m_panel.get(), "readCardButton"), Qt::LeftButton);
    typePinAndConfirm(m_persons.at(0).pin);
    QTRY_VERIFY(m_panel->holder());
    QVERIFY(m_panel->holder()->individualNumber.has_value());
    auto *number = m_panel->findChild<QLabel *>(QStringLiteral("holderNumber"));
    const QString digits = QString::fromLatin1(m_persons.at(0).individualNumber);
    QCOMPARE(number->text(), QStringLiteral("**** **** ****"));
    QTest::mouseClick(button(m_panel.get(), "revealNumberButton"), Qt::LeftButton);
    QCOMPARE(revealed.count(), 1);
    QCOMPARE(QString(number->text()).remove(QLatin1Char(' ')), digits);
    QTest::mouseClick(button(m_panel.get(), "revealNumberButton"), Qt::LeftButton);
    QCOMPARE(number->text(), QStringLiteral("**** **** ****"));
    QCOMPARE(revealed.count(), 1);
}

void TestCardPanel::foreignCardIsRefusedBeforeAnyPin()
{
    vcard::CardOptions foreign;
    foreign.foreign = true;
    makeCard(0, foreign);
    QTest::mouseClick(button(m_panel.get(), "readCardButton"), Qt::LeftButton);
    auto *message = m_panel->findChild<QLabel *>(QStringLiteral("cardMessage"));
    QTRY_VERIFY(message->text().contains(QStringLiteral("My Number card"), Qt::CaseInsensitive));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(!m_panel->holder());
}

void TestCardPanel::blockedCardSaysSo()
{
    makeCard(6); // triesLeft 0
    QTest::mouseClick(button(m_panel.get(), "readCardButton"), Qt::LeftButton);
    auto *message = m_panel->findChild<QLabel *>(QStringLiteral("cardMessage"));
    QTRY_VERIFY(message->text().contains(QStringLiteral("lock"), Qt::CaseInsensitive));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

void TestCardPanel::noCardDisablesReading()
{
    ReaderState empty;
    empty.name = kReader;
    m_monitorTransport->setReaders({empty});
    QTRY_VERIFY(!button(m_panel.get(), "readCardButton")->isEnabled());
    QVERIFY(!button(m_panel.get(), "readWithCodeBButton")->isEnabled());
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("readerState"))->text().contains(QStringLiteral("Put the card")));
}

void TestCardPanel::clearRemovesEverything()
{
    QTest::mouseClick(button(m_panel.get(), "readCardButton"), Qt::LeftButton);
    typePinAndConfirm(m_persons.at(0).pin);
    QTRY_VERIFY(m_panel->holder());
    QTest::mouseClick(button(m_panel.get(), "clearCardButton"), Qt::LeftButton);
    QVERIFY(!m_panel->holder());
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("holderName"))->text().isEmpty());
    QVERIFY(!m_panel->findChild<QWidget *>(QStringLiteral("cardFacts"))->isVisible());
}

QTEST_MAIN(TestCardPanel)
#include "tst_cardpanel.moc"
