// WedgeDetector on synthetic key streams: scans on different layouts and
// with Caps Lock / Shift / an input method, ended by Enter, Tab or a gap;
// people typing at human speed and fast; scans next to typing. A small
// caller plays the part of the event filter (hold, give back in order,
// swallow a scan, flush from a "timer") so that no key is lost or reordered.
#include "ScanTestSupport.h"
#include "scan/WedgeDetector.h"

#include <QList>
#include <QTest>

using namespace kakanai::scan;

namespace {

using kakanai::scan::test::keyCodeOf;

QString symbol(int length)
{
    return kakanai::scan::test::symbol(length, 12345);
}

struct TimedKey {
    WedgeKey key;
    qint64 atMs = 0;
};
using Stream = QList<TimedKey>;

enum class Layout { UsShift, CapsLock, Jis, ShiftAndCapsLock, ShiftKeyPresses, FullWidthIme };

class Builder {
public:
    Builder &scan(const QString &text, int msPerKey, Layout layout = Layout::UsShift)
    {
        for (QChar c : text) {
            const bool letter = c.isLetter();
            WedgeKey key;
            key.key = keyCodeOf(c);
            switch (layout) {
            case Layout::UsShift:
            case Layout::Jis: // letters and digits have the same key codes and text on JIS
                key.text = c;
                key.modifiers = letter ? Qt::ShiftModifier : Qt::NoModifier;
                break;
            case Layout::CapsLock:
                key.text = c.toLower();
                break;
            case Layout::ShiftAndCapsLock:
                key.text = letter ? c.toLower() : c;
                key.modifiers = letter ? Qt::ShiftModifier : Qt::NoModifier;
                break;
            case Layout::ShiftKeyPresses:
                if (letter) {
                    add(WedgeKey{Qt::Key_Shift, {}, Qt::ShiftModifier, false}, 1);
                    key.modifiers = Qt::ShiftModifier;
                }
                key.text = c;
                break;
            case Layout::FullWidthIme:
                key.key = 0;
                key.text = QChar(char16_t(c.unicode() - 0x21 + 0xFF01));
                break;
            }
            add(key, msPerKey);
        }
        return *this;
    }
    Builder &type(const QString &text, int msPerKey)
    {
        for (QChar c : text)
            add(WedgeKey{keyCodeOf(c), QString(c), Qt::NoModifier, false}, msPerKey);
        return *this;
    }
    Builder &key(int code, const QString &text, int afterMs, Qt::KeyboardModifiers mods = {}, bool repeat = false)
    {
        add(WedgeKey{code, text, mods, repeat}, afterMs);
        return *this;
    }
    Builder &enter(int afterMs) { return key(Qt::Key_Return, QStringLiteral("\r"), afterMs); }
    Builder &tab(int afterMs) { return key(Qt::Key_Tab, QStringLiteral("\t"), afterMs); }
    Builder &pause(int ms)
    {
        m_now += ms;
        m_pauseNext = true;
        return *this;
    }
    Stream stream() const { return m_stream; }

private:
    void add(const WedgeKey &key, int afterMs)
    {
        if (!m_stream.isEmpty() && !m_pauseNext)
            m_now += afterMs;
        m_pauseNext = false;
        m_stream.append(TimedKey{key, m_now});
    }
    Stream m_stream;
    qint64 m_now = 1000;
    bool m_pauseNext = false;
};

// What the event filter does, without Qt events.
struct Outcome {
    QStringList scans;
    QString typed;      // the text of the keys delivered, in delivery order
    QList<int> order;   // their indices in the stream
    int swallowed = 0;
};

Outcome run(const Stream &stream, const WedgeDetector::Thresholds &thresholds = WedgeDetector::Thresholds())
{
    WedgeDetector detector(thresholds);
    Outcome out;
    QList<int> held;
    const auto settle = [&](const BurstEnd &end) {
        if (end.kind == BurstEnd::Kind::Scan) {
            out.scans.append(end.text);
            out.swallowed += int(held.size());
        } else {
            for (int i : held) {
                out.typed += stream.at(i).key.text;
                out.order.append(i);
            }
        }
        held.clear();
    };
    for (int i = 0; i < stream.size(); ++i) {
        const TimedKey &k = stream.at(i);
        // The UI's timer fires one millisecond after the deadline.
        if (detector.pending() && k.atMs > detector.deadlineMs() + 1) {
            if (auto end = detector.flush(detector.deadlineMs() + 1))
                settle(*end);
        }
        const FeedResult result = detector.feed(k.key, k.atMs);
        if (result.ended)
            settle(*result.ended);
        switch (result.action) {
        case KeyAction::Hold:
            held.append(i);
            break;
        case KeyAction::Suffix:
            ++out.swallowed;
            break;
        case KeyAction::Pass:
            out.typed += k.key.text;
            out.order.append(i);
            break;
        }
        // Never more held than the burst the detector knows of.
        if (int(held.size()) != detector.heldCount())
            qFatal("held %d, detector %d", int(held.size()), detector.heldCount());
    }
    if (!stream.isEmpty()) {
        if (detector.flush(stream.last().atMs))
            qFatal("a burst ended before its gap passed");
        if (auto last = detector.flush(stream.last().atMs + 10'000))
            settle(*last);
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Stream)

class TestWedgeDetector : public QObject {
    Q_OBJECT
private slots:
    void streams_data();
    void streams();
    void charactersFromKeyCodes_data();
    void charactersFromKeyCodes();
    void heldBackOnlyForTheWindow();
    void flushWaitsForTheGap();
    void overlongBurstIsGivenBack();
    void thresholdsAreSettable();
};

void TestWedgeDetector::streams_data()
{
    QTest::addColumn<Stream>("stream");
    QTest::addColumn<QStringList>("scans");
    QTest::addColumn<QString>("typed");

    const QString sym = symbol(1100);
    const QString shortSym = symbol(40);

    QTest::newRow("us layout, 4 ms/key, Enter") << Builder().scan(sym, 4).enter(4).stream() << QStringList{sym}
                                                << QString();
    QTest::newRow("caps lock") << Builder().scan(sym, 4, Layout::CapsLock).enter(4).stream() << QStringList{sym}
                               << QString();
    QTest::newRow("jis layout") << Builder().scan(sym, 4, Layout::Jis).enter(4).stream() << QStringList{sym}
                                << QString();
    QTest::newRow("shift held with caps lock")
        << Builder().scan(sym, 4, Layout::ShiftAndCapsLock).enter(4).stream() << QStringList{sym} << QString();
    QTest::newRow("shift key pressed for capitals")
        << Builder().scan(sym, 4, Layout::ShiftKeyPresses).enter(4).stream() << QStringList{sym} << QString();
    QTest::newRow("full-width input method commits")
        << Builder().scan(sym, 4, Layout::FullWidthIme).stream() << QStringList{sym} << QString();
    QTest::newRow("1 ms/key") << Builder().scan(sym, 1).enter(1).stream() << QStringList{sym} << QString();
    QTest::newRow("35 ms/key (the limit)") << Builder().scan(shortSym, 35).enter(35).stream()
                                           << QStringList{shortSym} << QString();
    QTest::newRow("ended by Tab") << Builder().scan(sym, 4).tab(4).stream() << QStringList{sym} << QString();
    QTest::newRow("ended by a gap") << Builder().scan(sym, 4).stream() << QStringList{sym} << QString();
    QTest::newRow("Enter late after the gap is still the suffix")
        << Builder().scan(sym, 4).enter(120).stream() << QStringList{sym} << QString();
    QTest::newRow("Enter long after a scan is typed")
        << Builder().scan(sym, 4).pause(2000).enter(0).stream() << QStringList{sym} << QStringLiteral("\r");

    QTest::newRow("human 80 ms/key") << Builder().type(QStringLiteral("yamada taro"), 80).stream() << QStringList{}
                                     << QStringLiteral("yamada taro");
    QTest::newRow("human 200 ms/key, Enter")
        << Builder().type(QStringLiteral("kkn1abcdefgh"), 200).enter(200).stream() << QStringList{}
        << QStringLiteral("kkn1abcdefgh\r");
    QTest::newRow("human mixed 80-200 ms")
        << Builder().type(QStringLiteral("ab"), 80).type(QStringLiteral("cd"), 200).type(QStringLiteral("efghij"), 120)
               .stream()
        << QStringList{} << QStringLiteral("abcdefghij");
    QTest::newRow("fast human burst, 5 keys at 40 ms")
        << Builder().type(QStringLiteral("hello"), 40).stream() << QStringList{} << QStringLiteral("hello");
    QTest::newRow("very fast 5 keys at 20 ms (short of 8)")
        << Builder().type(QStringLiteral("hello"), 20).enter(20).stream() << QStringList{}
        << QStringLiteral("hello\r");
    QTest::newRow("human right after a scan")
        << Builder().scan(sym, 4).enter(4).pause(300).type(QStringLiteral("abc"), 90).stream() << QStringList{sym}
        << QStringLiteral("abc");
    QTest::newRow("human typing at once after a scan without suffix")
        << Builder().scan(sym, 4).pause(60).type(QStringLiteral("abc"), 90).stream() << QStringList{sym}
        << QStringLiteral("abc");
    QTest::newRow("scan right after human typing")
        << Builder().type(QStringLiteral("abc"), 120).pause(90).scan(sym, 4).enter(4).stream() << QStringList{sym}
        << QStringLiteral("abc");
    QTest::newRow("two scans back to back")
        << Builder().scan(shortSym, 4).enter(4).pause(500).scan(sym, 5).enter(5).stream()
        << QStringList{shortSym, sym} << QString();
    QTest::newRow("another barcode (the caller's predicate decides)")
        << Builder().type(QStringLiteral("4901234567894"), 3).enter(3).stream()
        << QStringList{QStringLiteral("4901234567894")} << QString();
    QTest::newRow("auto-repeat is never a scan")
        << Builder().type(QStringLiteral("a"), 0)
               .key(Qt::Key_A, QStringLiteral("a"), 500, {}, true)
               .key(Qt::Key_A, QStringLiteral("a"), 30, {}, true)
               .key(Qt::Key_A, QStringLiteral("a"), 30, {}, true)
               .key(Qt::Key_A, QStringLiteral("a"), 30, {}, true)
               .key(Qt::Key_A, QStringLiteral("a"), 30, {}, true)
               .key(Qt::Key_A, QStringLiteral("a"), 30, {}, true)
               .key(Qt::Key_A, QStringLiteral("a"), 30, {}, true)
               .key(Qt::Key_A, QStringLiteral("a"), 30, {}, true)
               .key(Qt::Key_A, QStringLiteral("a"), 30, {}, true)
               .stream()
        << QStringList{} << QStringLiteral("aaaaaaaaaa");
    QTest::newRow("Backspace ends a short fast burst, in order")
        << Builder().type(QStringLiteral("abc"), 10).key(Qt::Key_Backspace, QStringLiteral("\b"), 10).type(
               QStringLiteral("d"), 10).stream()
        << QStringList{} << QStringLiteral("abc\bd");
    QTest::newRow("Ctrl+V ends a burst and passes")
        << Builder().type(QStringLiteral("ab"), 10).key(Qt::Key_V, QStringLiteral("\x16"), 10, Qt::ControlModifier)
               .stream()
        << QStringList{} << QStringLiteral("ab\x16");
    QTest::newRow("full-width human typing") << Builder().scan(QStringLiteral("ABC"), 150, Layout::FullWidthIme).stream()
                                             << QStringList{} << QStringLiteral("ＡＢＣ");
}

void TestWedgeDetector::streams()
{
    QFETCH(Stream, stream);
    QFETCH(QStringList, scans);
    QFETCH(QString, typed);

    const Outcome out = run(stream);
    QCOMPARE(out.scans, scans);
    QCOMPARE(out.typed, typed);
    // Held keys come back in the order they came, and none is lost.
    QList<int> sorted = out.order;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(out.order, sorted);
    QCOMPARE(out.order.size() + out.swallowed, stream.size());
}

void TestWedgeDetector::charactersFromKeyCodes_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("characters");

    QTest::newRow("letter") << int(Qt::Key_K) << QStringLiteral("K") << int(Qt::ShiftModifier) << QStringLiteral("K");
    QTest::newRow("caps lock") << int(Qt::Key_K) << QStringLiteral("k") << 0 << QStringLiteral("K");
    QTest::newRow("ime composed text on a letter key") << int(Qt::Key_K) << QStringLiteral("ｋ") << 0
                                                      << QStringLiteral("K");
    // The key code wins over the text for letters and digits.
    QTest::newRow("letter key, kana text (JIS kana lock)") << int(Qt::Key_K) << QStringLiteral("の") << 0
                                                           << QStringLiteral("K");
    QTest::newRow("letter key, no text") << int(Qt::Key_K) << QString() << 0 << QStringLiteral("K");
    QTest::newRow("digit key, full-width text") << int(Qt::Key_1) << QStringLiteral("ぬ") << 0
                                                << QStringLiteral("1");
    QTest::newRow("digit") << int(Qt::Key_7) << QStringLiteral("7") << 0 << QStringLiteral("7");
    QTest::newRow("keypad digit") << int(Qt::Key_7) << QStringLiteral("7") << int(Qt::KeypadModifier)
                                  << QStringLiteral("7");
    QTest::newRow("other key: its text") << int(Qt::Key_Minus) << QStringLiteral("-") << 0 << QStringLiteral("-");
    QTest::newRow("JIS colon") << int(Qt::Key_Colon) << QStringLiteral(":") << 0 << QStringLiteral(":");
    QTest::newRow("full width folded") << 0 << QStringLiteral("ｋｋｎ１") << 0 << QStringLiteral("KKN1");
    QTest::newRow("kana kept") << 0 << QStringLiteral("山田") << 0 << QStringLiteral("山田");
    QTest::newRow("control: none") << int(Qt::Key_A) << QStringLiteral("\x01") << int(Qt::ControlModifier)
                                   << QString();
    QTest::newRow("Enter: none") << int(Qt::Key_Return) << QStringLiteral("\r") << 0 << QString();
    QTest::newRow("arrow: none") << int(Qt::Key_Left) << QString() << 0 << QString();
    QTest::newRow("escape: none") << int(Qt::Key_Escape) << QStringLiteral("\x1b") << 0 << QString();
}

void TestWedgeDetector::charactersFromKeyCodes()
{
    QFETCH(int, key);
    QFETCH(QString, text);
    QFETCH(int, modifiers);
    QFETCH(QString, characters);
    QCOMPARE(WedgeDetector::charactersOf(WedgeKey{key, text, Qt::KeyboardModifiers(modifiers), false}), characters);
}

void TestWedgeDetector::heldBackOnlyForTheWindow()
{
    WedgeDetector detector;
    auto r = detector.feed(WedgeKey{Qt::Key_A, QStringLiteral("a"), {}, false}, 0);
    QCOMPARE(r.action, KeyAction::Hold);
    QVERIFY(!r.ended);
    QCOMPARE(detector.deadlineMs(), 35);
    // The second key is slower: the first comes back before it is held.
    r = detector.feed(WedgeKey{Qt::Key_B, QStringLiteral("b"), {}, false}, 36);
    QVERIFY(r.ended);
    QCOMPARE(r.ended->kind, BurstEnd::Kind::Typing);
    QCOMPARE(r.action, KeyAction::Hold);
    QCOMPARE(detector.heldCount(), 1);
}

void TestWedgeDetector::flushWaitsForTheGap()
{
    WedgeDetector detector;
    for (int i = 0; i < 10; ++i)
        QCOMPARE(detector.feed(WedgeKey{Qt::Key_A + i, QString(QChar(u'a' + i)), {}, false}, i * 5).action,
                 KeyAction::Hold);
    QVERIFY(!detector.flush(45 + 35));
    const auto end = detector.flush(45 + 36);
    QVERIFY(end);
    QCOMPARE(end->kind, BurstEnd::Kind::Scan);
    QCOMPARE(end->text, QStringLiteral("ABCDEFGHIJ"));
    QVERIFY(!detector.pending());
    QVERIFY(!detector.flush(1000));
    QVERIFY(!detector.finish());
}

void TestWedgeDetector::overlongBurstIsGivenBack()
{
    WedgeDetector::Thresholds t;
    t.maxLength = 20;
    const Outcome out = run(Builder().scan(symbol(25), 2).enter(2).stream(), t);
    // The first 20 are given back; the 5 after them are too short for a scan.
    QVERIFY(out.scans.isEmpty());
    QCOMPARE(out.typed, symbol(25) + QStringLiteral("\r"));
}

void TestWedgeDetector::thresholdsAreSettable()
{
    WedgeDetector::Thresholds t;
    t.maxGapMs = 60;
    t.minLength = 4;
    const Outcome slow = run(Builder().type(QStringLiteral("abcd"), 50).enter(50).stream(), t);
    QCOMPARE(slow.scans, QStringList{QStringLiteral("ABCD")});
    const Outcome byDefault = run(Builder().type(QStringLiteral("abcd"), 50).enter(50).stream());
    QVERIFY(byDefault.scans.isEmpty());
    QCOMPARE(byDefault.typed, QStringLiteral("abcd\r"));
}

QTEST_GUILESS_MAIN(TestWedgeDetector)
#include "tst_wedgedetector.moc"
