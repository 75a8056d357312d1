#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace kakanai::jp {

// Kana rules for フリガナ fields and the width clean-up of typed text.
// All conversions are ICU's (Transliterator "Hiragana-Katakana",
// "Fullwidth-Halfwidth" run in reverse, Normalizer2 NFKC restricted to the
// full-width ASCII block); see docs/japanese-text.md for the exact rules.
// Nothing here is meant for 氏名 in kanji: names are never normalised
// (NFC/NFKC would replace CJK compatibility ideographs, see PersonName).
class KanaNormalizer {
    Q_DECLARE_TR_FUNCTIONS(KanaNormalizer)
public:
    // ひらがな → カタカナ (also ゔ → ヴ, ゕ → ヵ, ゖ → ヶ, ゝゞ → ヽヾ). Everything
    // else is left as it is.
    static QString hiraganaToKatakana(const QString &text);

    // Half-width katakana (U+FF61–U+FF9F) → full-width, joining a following
    // ﾞ/ﾟ: ｶﾞ → ガ, ﾊﾟ → パ, ｳﾞ → ヴ, ｰ → ー, ｽﾍﾟｰｽ → スペース. Only that block
    // is touched: ASCII stays ASCII.
    static QString halfwidthToFullwidthKatakana(const QString &text);

    // Full-width ASCII (U+FF01–U+FF5E: ＡＢＣ１２３－) → ASCII, by NFKC limited
    // to that block. Katakana, kanji and U+3000 are left alone.
    static QString fullwidthAsciiToAscii(const QString &text);

    enum class Spaces {
        Ideographic, // runs of spaces → one U+3000 (kana and kanji name fields)
        Ascii,       // runs of spaces → one U+0020 (romaji, e-mail-like fields)
    };
    // Trims, and turns every run of white space (ASCII, U+3000, tab, NBSP) into
    // one space of the chosen kind.
    static QString normalizeSpaces(const QString &text, Spaces spaces);

    // The whole clean-up for a フリガナ field: NFC, half-width → full-width
    // katakana, hiragana → katakana, full-width ASCII → ASCII, spaces → one
    // U+3000 between parts. ー is kept. The result is not necessarily valid:
    // check it with isKatakanaOnly().
    static QString normalizeFurigana(const QString &text);

    // What isKatakanaOnly() found. `ok` is true, or `position` is the UTF-16
    // index of the first character not allowed (for the UI to highlight) and
    // `reason` says what kind of character it is, in words for the clerk (the
    // character itself is not repeated: it is part of a name).
    struct KatakanaCheck {
        bool ok = true;
        qsizetype position = -1;
        char32_t codePoint = 0;
        QString reason;
        explicit operator bool() const { return ok; }
    };

    // A フリガナ field may hold full-width katakana (ァ–ヶ, so ヴ, ヵ and ヶ too),
    // the long vowel mark ー and single U+3000 spaces between parts; nothing
    // else, and not empty. ・ and the iteration marks ヽヾ are not allowed.
    static KatakanaCheck isKatakanaOnly(const QString &text);

    // The same as a Status: InvalidArgument with the reason as its message.
    static Status validateKatakana(const QString &text);
};

} // namespace kakanai::jp
