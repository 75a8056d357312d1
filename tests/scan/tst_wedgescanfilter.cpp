// WedgeScanFilter on real widgets (offscreen): a focused QLineEdit, key and
// input method events sent through QApplication as the platform would, time
// from a manual clock. A scan is recognised once and never lands in the
// field; what a person types lands there exactly, in order.
#include "ScanTestSupport.h"
#include "prereg/WedgeScanFilter.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <optional>

using namespace kakanai;

namespace {

using kakanai::scan::test::keyCodeOf;

QString symbol(int length)
{
    return kakanai::scan::test::symbol(length, 777);
}

// The test's own idea of "looks like one of ours" (the application passes
// prereg::QrSymbols::looksLikeSymbol).
bool looksLikeSymbol(QStringView text)
{
    return text.size() >= 4 && text.first(3) == u"KKN" && text.at(3).isDigit();
}

} // namespace

class TestWedgeScanFilter : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void scanNeverLandsInTheField_data();
    void scanNeverLandsInTheField();
    void humanTypingLandsExactly();
    void typingRightAfterAScan();
    void otherBarcodeIsTyped();
    void scanRightAfterAKeyThatPassed();
    void fullWidthImeCommitBurst();
    void composedThenCommittedAtOnce();
    void humanImeCommitIsGivenBack();
    void inputMethodOffDuringBurst();
    void uninstallGivesBack();

private:
    void press(int key, const QString &text, Qt::KeyboardModifiers mods = {})
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QKeyEvent down(QEvent::KeyPress, key, mods, text);
        QApplication::sendEvent(target, &down);
        QKeyEvent up(QEvent::KeyRelease, key, mods, text);
        QApplication::sendEvent(target, &up);
    }
    void typeAt(const QString &text, int msPerKey, bool capsLock = false)
    {
        for (QChar c : text) {
            m_now += msPerKey;
            const bool letter = c.isLetter();
            press(keyCodeOf(c), capsLock ? c.toLower() : QString(c),
                  letter && !capsLock && c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier);
        }
    }
    void enter(int afterMs)
    {
        m_now += afterMs;
        press(Qt::Key_Return, QStringLiteral("\r"));
    }
    void commit(const QString &text, int afterMs)
    {
        m_now += afterMs;
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(QApplication::focusWidget(), &event);
    }

    qint64 m_now = 10'000;
    std::unique_ptr<QWidget> m_window;
    QLineEdit *m_edit = nullptr;
    std::unique_ptr<WedgeScanFilter> m_filter;
};

void TestWedgeScanFilter::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(new QLineEdit);
    m_edit = new QLineEdit;
    layout->addWidget(m_edit);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_edit->setFocus();
    QTRY_VERIFY(m_edit->hasFocus());
    m_filter = std::make_unique<WedgeScanFilter>(looksLikeSymbol, nullptr, [this] { return m_now; });
    m_filter->install();
}

void TestWedgeScanFilter::cleanup()
{
    m_filter.reset();
    m_window.reset();
}

void TestWedgeScanFilter::scanNeverLandsInTheField_data()
{
    QTest::addColumn<bool>("capsLock");
    QTest::addColumn<int>("msPerKey");
    QTest::addColumn<bool>("suffix");
    QTest::newRow("shift, 4 ms, Enter") << false << 4 << true;
    QTest::newRow("caps lock, 4 ms, Enter") << true << 4 << true;
    QTest::newRow("1 ms, no suffix") << false << 1 << false;
}

void TestWedgeScanFilter::scanNeverLandsInTheField()
{
    QFETCH(bool, capsLock);
    QFETCH(int, msPerKey);
    QFETCH(bool, suffix);

    m_edit->setText(QStringLiteral("already here"));
    QSignalSpy scanned(m_filter.get(), &WedgeScanFilter::scanned);
    QSignalSpy returnPressed(m_edit, &QLineEdit::returnPressed);
    const QString sym = symbol(1100);
    typeAt(sym, msPerKey, capsLock);
    if (suffix) {
        enter(msPerKey);
        QCOMPARE(scanned.size(), 1);
    } else {
        m_now += 100;
        QTRY_COMPARE(scanned.size(), 1); // the flush timer
    }
    QCOMPARE(scanned.first().at(0).toString(), sym);
    QCOMPARE(m_edit->text(), QStringLiteral("already here"));
    QCOMPARE(returnPressed.size(), 0);
    QCOMPARE(m_filter->heldCount(), 0);
    QVERIFY(m_edit->testAttribute(Qt::WA_InputMethodEnabled));
}

void TestWedgeScanFilter::humanTypingLandsExactly()
{
    QSignalSpy scanned(m_filter.get(), &WedgeScanFilter::scanned);
    QSignalSpy returnPressed(m_edit, &QLineEdit::returnPressed);
    // The first key is held only until the gap passes.
    typeAt(QStringLiteral("K"), 0);
    QCOMPARE(m_edit->text(), QString());
    QVERIFY(m_edit->testAttribute(Qt::WA_InputMethodEnabled)); // one key does not switch the IME off
    m_now += 40;
    QTRY_COMPARE(m_edit->text(), QStringLiteral("K"));

    typeAt(QStringLiteral("KN1 Yamada Taro 2024"), 80);
    typeAt(QStringLiteral("abc"), 200);
    typeAt(QStringLiteral("defg"), 40); // a fast person: still not a scan (and only 4)
    enter(120);
    QCOMPARE(m_edit->text(), QStringLiteral("KKN1 Yamada Taro 2024abcdefg"));
    QCOMPARE(returnPressed.size(), 1);
    QCOMPARE(scanned.size(), 0);
    QCOMPARE(m_filter->heldCount(), 0);
}

void TestWedgeScanFilter::typingRightAfterAScan()
{
    QSignalSpy scanned(m_filter.get(), &WedgeScanFilter::scanned);
    typeAt(QStringLiteral("ab"), 150);
    m_now += 90;
    const QString sym = symbol(300);
    typeAt(sym, 4);
    enter(4);
    typeAt(QStringLiteral("cd"), 150);
    m_now += 100;
    QTRY_COMPARE(m_edit->text(), QStringLiteral("abcd"));
    QCOMPARE(scanned.size(), 1);
    QCOMPARE(scanned.first().at(0).toString(), sym);
}

void TestWedgeScanFilter::otherBarcodeIsTyped()
{
    QSignalSpy scanned(m_filter.get(), &WedgeScanFilter::scanned);
    QSignalSpy returnPressed(m_edit, &QLineEdit::returnPressed);
    typeAt(QStringLiteral("4901234567894"), 3);
    enter(3);
    QCOMPARE(m_edit->text(), QStringLiteral("4901234567894"));
    QCOMPARE(returnPressed.size(), 1); // the suffix of a refused scan is typed too
    QCOMPARE(scanned.size(), 0);
}

void TestWedgeScanFilter::scanRightAfterAKeyThatPassed()
{
    // Key events are built on the stack, so the next one often has the
    // address of the one before: it is still a new key, not the last one
    // travelling on to the parents.
    m_edit->setText(QStringLiteral("abc"));
    QSignalSpy scanned(m_filter.get(), &WedgeScanFilter::scanned);
    m_now += 500;
    std::optional<QKeyEvent> slot; // emplace() reuses the storage: the same address
    slot.emplace(QEvent::KeyPress, Qt::Key_Left, Qt::NoModifier, QString());
    QApplication::sendEvent(m_edit, &*slot);
    const QString sym = symbol(100);
    m_now += 4;
    slot.emplace(QEvent::KeyPress, Qt::Key_K, Qt::ShiftModifier, QStringLiteral("K"));
    QApplication::sendEvent(m_edit, &*slot);
    typeAt(sym.mid(1), 4);
    enter(4);
    QCOMPARE(scanned.size(), 1);
    QCOMPARE(scanned.first().at(0).toString(), sym);
    QCOMPARE(m_edit->text(), QStringLiteral("abc"));
    QCOMPARE(m_edit->cursorPosition(), 2);
}

void TestWedgeScanFilter::fullWidthImeCommitBurst()
{
    QSignalSpy scanned(m_filter.get(), &WedgeScanFilter::scanned);
    const QString sym = symbol(200);
    for (QChar c : sym)
        commit(QString(QChar(char16_t(c.unicode() - 0x21 + 0xFF01))), 4);
    m_now += 100;
    QTRY_COMPARE(scanned.size(), 1);
    QCOMPARE(scanned.first().at(0).toString(), sym);
    QCOMPARE(m_edit->text(), QString());
    QVERIFY(m_edit->testAttribute(Qt::WA_InputMethodEnabled));
}

void TestWedgeScanFilter::composedThenCommittedAtOnce()
{
    // An IME that composes 全角英数 (Mozc): the scanner's keys build a
    // composition, its Enter commits the whole text in one event.
    QSignalSpy scanned(m_filter.get(), &WedgeScanFilter::scanned);
    const QString sym = symbol(300);
    QString fullWidth;
    for (QChar c : sym) {
        fullWidth.append(QChar(char16_t(c.unicode() - 0x21 + 0xFF01)));
        if (fullWidth.size() % 50 == 0) {
            m_now += 4;
            QInputMethodEvent composing(fullWidth, {});
            QApplication::sendEvent(m_edit, &composing);
        }
    }
    commit(fullWidth, 4);
    m_now += 100;
    QTRY_COMPARE(scanned.size(), 1);
    QCOMPARE(scanned.first().at(0).toString(), sym);
    QCOMPARE(m_edit->text(), QString());
    QCOMPARE(m_filter->heldCount(), 0);
}

void TestWedgeScanFilter::humanImeCommitIsGivenBack()
{
    QSignalSpy scanned(m_filter.get(), &WedgeScanFilter::scanned);
    commit(QStringLiteral("山田"), 0);
    commit(QStringLiteral("太郎"), 600);
    commit(QStringLiteral("東京都千代田区霞が関"), 900); // one conversion, 10 characters at once
    m_now += 100;
    QTRY_COMPARE(m_edit->text(), QStringLiteral("山田太郎東京都千代田区霞が関"));
    QCOMPARE(scanned.size(), 0);
}

void TestWedgeScanFilter::inputMethodOffDuringBurst()
{
    QVERIFY(m_edit->testAttribute(Qt::WA_InputMethodEnabled));
    typeAt(QStringLiteral("K"), 4);
    QVERIFY(m_edit->testAttribute(Qt::WA_InputMethodEnabled));
    typeAt(QStringLiteral("KN"), 4);
    QVERIFY(!m_edit->testAttribute(Qt::WA_InputMethodEnabled));
    m_now += 100;
    QTRY_VERIFY(m_edit->testAttribute(Qt::WA_InputMethodEnabled));
    QCOMPARE(m_edit->text(), QStringLiteral("KKN"));
}

void TestWedgeScanFilter::uninstallGivesBack()
{
    typeAt(QStringLiteral("xy"), 5);
    QCOMPARE(m_edit->text(), QString());
    m_filter->uninstall();
    QCOMPARE(m_edit->text(), QStringLiteral("xy"));
    typeAt(QStringLiteral("z"), 1);
    QCOMPARE(m_edit->text(), QStringLiteral("xyz"));
}

QTEST_MAIN(TestWedgeScanFilter)
#include "tst_wedgescanfilter.moc"
