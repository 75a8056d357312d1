#include "WedgeDetector.h"

namespace kakanai::scan {

namespace {

// Full-width ASCII variants (U+FF01–U+FF5E) and the ideographic space, as a
// Japanese input method in 全角 mode types them, back to ASCII.
QChar foldFullWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFF01 + 0x21));
    if (u == 0x3000)
        return QChar(u' ');
    return c;
}

bool isSuffixKey(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab;
}

} // namespace

bool WedgeDetector::isModifierOnly(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_ScrollLock:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
    case Qt::Key_Mode_switch:
        return true;
    default:
        return false;
    }
}

QString WedgeDetector::charactersOf(const WedgeKey &key)
{
    if (key.autoRepeat)
        return {};
    // A shortcut is never typed text.
    if (key.modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return {};
    // Letters and digits by key code: the same on JIS and US layouts, with
    // or without Caps Lock or Shift.
    if (key.key >= Qt::Key_A && key.key <= Qt::Key_Z)
        return QString(QChar(char16_t(u'A' + (key.key - Qt::Key_A))));
    if (key.key >= Qt::Key_0 && key.key <= Qt::Key_9)
        return QString(QChar(char16_t(u'0' + (key.key - Qt::Key_0))));
    if (isSuffixKey(key.key) || key.text.isEmpty())
        return {};
    QString out;
    out.reserve(key.text.size());
    for (QChar c : key.text) {
        c = foldFullWidth(c);
        if (!c.isPrint())
            return {};
        out.append(c.unicode() < 0x80 ? c.toUpper() : c);
    }
    return out;
}

BurstEnd WedgeDetector::endBurst()
{
    BurstEnd end;
    if (m_text.size() >= m_thresholds.minLength) {
        end.kind = BurstEnd::Kind::Scan;
        end.text = m_text;
        m_lastScanEndMs = m_lastMs;
    }
    m_text.clear();
    m_heldCount = 0;
    return end;
}

FeedResult WedgeDetector::feed(const WedgeKey &key, qint64 nowMs)
{
    FeedResult result;
    if (isModifierOnly(key.key) && !key.autoRepeat)
        return result; // Pass, burst untouched

    const bool inTime = pending() && nowMs - m_lastMs <= m_thresholds.maxGapMs;
    if (pending() && !inTime)
        result.ended = endBurst();

    const bool noModifiers = !(key.modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (isSuffixKey(key.key) && noModifiers && !key.autoRepeat) {
        if (pending())
            result.ended = endBurst();
        // The scan's own suffix, also when it came a little late (the burst
        // already ended by its gap, here or in flush()).
        if (m_lastScanEndMs && nowMs - *m_lastScanEndMs <= m_thresholds.suffixGraceMs)
            result.action = KeyAction::Suffix;
        m_lastScanEndMs.reset();
        return result;
    }
    m_lastScanEndMs.reset();

    const QString characters = charactersOf(key);
    if (characters.isEmpty()) {
        if (pending())
            result.ended = endBurst();
        return result; // Pass
    }

    if (pending() && m_text.size() + characters.size() > m_thresholds.maxLength) {
        // Too long for any symbol: give it back rather than hold it without end.
        endBurst();
        result.ended = BurstEnd{};
    }
    m_text += characters;
    ++m_heldCount;
    m_lastMs = nowMs;
    result.action = KeyAction::Hold;
    return result;
}

std::optional<BurstEnd> WedgeDetector::flush(qint64 nowMs)
{
    if (!pending() || nowMs - m_lastMs <= m_thresholds.maxGapMs)
        return std::nullopt;
    return endBurst();
}

std::optional<BurstEnd> WedgeDetector::finish()
{
    if (!pending())
        return std::nullopt;
    return endBurst();
}

} // namespace kakanai::scan
