#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace kakanai::scan {

// One key press (or one input method commit) as the detector sees it.
struct WedgeKey {
    int key = 0;                     // Qt::Key; 0 for an input method's commit string
    QString text;                    // what the event would type
    Qt::KeyboardModifiers modifiers; // Shift and Keypad are harmless; Control, Alt, Meta are not
    bool autoRepeat = false;         // a person holding a key down, never a scanner
};

// What the caller does with the key it just fed.
enum class KeyAction {
    Hold,   // keep it back: it may be part of a scan
    Pass,   // deliver it now (after settling `ended`, if any)
    Suffix, // Enter/Tab that ended a scan: the scanner's suffix. Swallow it
            // with the scan; if the caller refuses the scan, deliver it as typed
};

// A burst of held keys came to an end: every key held so far belongs to it.
struct BurstEnd {
    enum class Kind {
        Scan,   // fast and long enough: `text` is what was read
        Typing, // a person (or too short): give the held keys back, in order
    };
    Kind kind = Kind::Typing;
    QString text; // the characters read (Scan only)

    friend bool operator==(const BurstEnd &, const BurstEnd &) = default;
};

struct FeedResult {
    // A burst that ended before this key; the caller settles its held keys
    // first, then applies `action` to this key.
    std::optional<BurstEnd> ended;
    KeyAction action = KeyAction::Pass;
};

// Tells a 2-D scanner working as a keyboard ("keyboard wedge") from a person
// typing. Pure logic: no timers and no clock of its own; the caller gives
// the time of every key and calls flush() from a timer (deadlineMs()).
//
// The rules (docs/admin/scanners.md, "How a scan is told from typing"):
// - A character key is a letter or digit key (its character is taken from
//   the Qt key code: 'A'–'Z', '0'–'9', so Caps Lock, Shift, a JIS or US
//   layout do not change what is read) or any other key whose text is
//   printable (its text, full width folded to ASCII, letters upper-cased).
//   An input method's commit string counts as its characters.
// - Every character key is held back. The keys held form a burst while each
//   arrives at most maxGapMs after the one before (wedge scanners type a key
//   every 1–10 ms; people rarely go under ~60 ms and never for 8 keys).
// - A burst ends with Enter or Tab (the scanner's suffix), with a gap longer
//   than maxGapMs (the next key, or flush()), or with any key that is not a
//   character (Backspace, arrows, a Control/Alt/Meta combination, an
//   auto-repeated key).
// - It is a Scan if it has at least minLength characters; otherwise Typing,
//   and the caller gives the held keys back. So a person's key is held back
//   at most maxGapMs (until the next key or flush), and a person is never
//   read as a scan unless they type minLength keys under maxGapMs apart.
// - The Enter/Tab that ends a Scan is its Suffix, also when it comes after
//   the scan's gap but within suffixGraceMs of its last key with no other
//   key between (the burst was already ended by flush()); otherwise it
//   passes like any other key.
// - Modifier keys alone (Shift, Control, Caps Lock, …) pass and do not touch
//   the burst: scanners press Shift for capitals.
// - A burst that would exceed maxLength characters ends as Typing (no symbol
//   is that long; the keys are given back rather than held without end).
// Whether a Scan is one of ours is the caller's business (a predicate on
// the text); a fast burst it refuses is given back like typing.
class WedgeDetector {
public:
    struct Thresholds {
        qint64 maxGapMs = 35;
        int minLength = 8;
        int maxLength = 8192;
        qint64 suffixGraceMs = 250;
    };

    WedgeDetector() = default;
    explicit WedgeDetector(Thresholds thresholds) : m_thresholds(thresholds) {}

    const Thresholds &thresholds() const { return m_thresholds; }
    // Takes effect from the next burst.
    void setThresholds(const Thresholds &thresholds) { m_thresholds = thresholds; }

    FeedResult feed(const WedgeKey &key, qint64 nowMs);

    // The end of the burst when its gap has passed (nowMs > deadlineMs()); nothing otherwise.
    std::optional<BurstEnd> flush(qint64 nowMs);
    // Ends the burst now whatever the time (the page went away).
    std::optional<BurstEnd> finish();

    bool pending() const { return m_heldCount > 0; }
    int heldCount() const { return m_heldCount; }
    // The time after which flush() ends the burst; meaningless when nothing is pending.
    qint64 deadlineMs() const { return m_lastMs + m_thresholds.maxGapMs; }

    // The characters a key reads as; empty when it is not a character key.
    static QString charactersOf(const WedgeKey &key);
    static bool isModifierOnly(int key);

private:
    BurstEnd endBurst();

    Thresholds m_thresholds;
    QString m_text;
    int m_heldCount = 0;
    qint64 m_lastMs = 0;
    std::optional<qint64> m_lastScanEndMs; // last key of the scan that ended last, until the next key
};

} // namespace kakanai::scan
