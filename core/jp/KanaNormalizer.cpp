#include "KanaNormalizer.h"

#include "IcuString.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uniset.h>

#include <memory>

namespace kakanai::jp {

namespace {

// Transliterators are used one per thread; they are cheap to keep and ICU does
// not promise that one instance may be used from two threads at once.
icu::Transliterator *hiraganaToKatakanaTransliterator()
{
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        // The global filter keeps everything outside the hiragana block as it
        // is (ICU's Hiragana-Katakana would also widen half-width katakana).
        // ICU leaves the small ゕ/ゖ alone; they map to ヵ/ヶ.
        UErrorCode status = U_ZERO_ERROR;
        UParseError parseError;
        std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createFromRules(
            icu::UnicodeString(u"kakanai-hiragana-katakana"),
            icu::UnicodeString(u":: [\\u3041-\\u309F] ; :: Hiragana-Katakana ; \\u3095 > \\u30F5 ; \\u3096 > \\u30F6 ;"),
            UTRANS_FORWARD, parseError, status));
        if (U_FAILURE(status))
            created.reset();
        return created;
    }();
    return t.get();
}

icu::Transliterator *halfwidthKatakanaTransliterator()
{
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        // "Fullwidth-Halfwidth" reversed is ICU's Halfwidth-Fullwidth; the
        // filter limits it to the half-width katakana block (ｦ…ﾟ and ｡｢｣､･),
        // so ASCII letters and spaces are not widened.
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createInstance(
            icu::UnicodeString(u"[\\uFF61-\\uFF9F] Fullwidth-Halfwidth"), UTRANS_REVERSE, status));
        if (U_FAILURE(status))
            created.reset();
        return created;
    }();
    return t.get();
}

// NFKC restricted to the full-width forms of ASCII (U+FF01–U+FF5E).
const icu::Normalizer2 *fullwidthAsciiNormalizer()
{
    static const std::unique_ptr<icu::FilteredNormalizer2> normalizer = []() -> std::unique_ptr<icu::FilteredNormalizer2> {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *nfkc = icu::Normalizer2::getNFKCInstance(status);
        if (U_FAILURE(status) || !nfkc)
            return nullptr;
        static const icu::UnicodeSet block(0xFF01, 0xFF5E);
        return std::make_unique<icu::FilteredNormalizer2>(*nfkc, block);
    }();
    return normalizer.get();
}

QString transliterate(icu::Transliterator *t, const QString &text)
{
    if (!t || text.isEmpty())
        return text;
    icu::UnicodeString s = detail::toIcu(text);
    t->transliterate(s);
    return detail::fromIcu(s);
}

QString normalize(const icu::Normalizer2 *n, const QString &text)
{
    if (!n || text.isEmpty())
        return text;
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString result = n->normalize(detail::toIcu(text), status);
    return U_SUCCESS(status) ? detail::fromIcu(result) : text;
}

QString nfc(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *n = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? normalize(n, text) : text;
}

constexpr char16_t kIdeographicSpace = 0x3000;

bool isAllowedKatakana(char32_t c)
{
    return (c >= 0x30A1 && c <= 0x30F6) // ァ … ヶ, including ヴ ヵ ヶ
        || c == 0x30FC;                 // ー
}

QString reasonFor(char32_t c)
{
    if ((c >= 0x3041 && c <= 0x3096) || c == 0x309F)
        return KanaNormalizer::tr("Hiragana is not allowed here; use katakana.");
    if (c >= 0x3099 && c <= 0x309C)
        return KanaNormalizer::tr("A voiced sound mark (゛ or ゜) stands on its own; join it to the kana before it.");
    if (c == 0x309D || c == 0x309E || c == 0x30FD || c == 0x30FE)
        return KanaNormalizer::tr("Iteration marks (ゝ ゞ ヽ ヾ) are not allowed; write the kana out.");
    if (c >= 0xFF61 && c <= 0xFF9F)
        return KanaNormalizer::tr("Half-width katakana is not allowed; use full-width katakana.");
    if (c >= 0x30F7 && c <= 0x30FA)
        return KanaNormalizer::tr("This katakana letter (ヷ ヸ ヹ ヺ) is not allowed.");
    if (c == 0x30FB)
        return KanaNormalizer::tr("The middle dot (・) is not allowed.");
    if (c == u' ' || (QChar::isSpace(c) && c != kIdeographicSpace))
        return KanaNormalizer::tr("Use a full-width space (U+3000) between the family name and the given name.");
    if (c < 0x80 || (c >= 0xFF01 && c <= 0xFF5E)) {
        if (QChar::isLetterOrNumber(c))
            return KanaNormalizer::tr("Latin letters and digits are not allowed; use katakana.");
        return KanaNormalizer::tr("Symbols are not allowed.");
    }
    if (QChar::script(c) == QChar::Script_Han)
        return KanaNormalizer::tr("Kanji is not allowed here; use katakana.");
    return KanaNormalizer::tr("This character is not allowed; use katakana.");
}

} // namespace

QString KanaNormalizer::hiraganaToKatakana(const QString &text)
{
    return transliterate(hiraganaToKatakanaTransliterator(), text);
}

QString KanaNormalizer::halfwidthToFullwidthKatakana(const QString &text)
{
    return transliterate(halfwidthKatakanaTransliterator(), text);
}

QString KanaNormalizer::fullwidthAsciiToAscii(const QString &text)
{
    return normalize(fullwidthAsciiNormalizer(), text);
}

QString KanaNormalizer::normalizeSpaces(const QString &text, Spaces spaces)
{
    const QChar space = spaces == Spaces::Ideographic ? QChar(kIdeographicSpace) : QChar(u' ');
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(space);
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

QString KanaNormalizer::normalizeFurigana(const QString &text)
{
    QString s = nfc(text);
    s = halfwidthToFullwidthKatakana(s);
    s = hiraganaToKatakana(s);
    s = fullwidthAsciiToAscii(s);
    return normalizeSpaces(s, Spaces::Ideographic);
}

KanaNormalizer::KatakanaCheck KanaNormalizer::isKatakanaOnly(const QString &text)
{
    if (text.isEmpty())
        return {false, -1, 0, tr("The field is empty.")};

    auto failAt = [](qsizetype position, char32_t c, QString reason) {
        return KatakanaCheck{false, position, c, std::move(reason)};
    };

    char32_t previous = 0;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (c == kIdeographicSpace) {
            if (i == 0 || i + width == text.size())
                return failAt(i, c, tr("The field starts or ends with a space."));
            if (previous == kIdeographicSpace)
                return failAt(i, c, tr("Two spaces in a row; use one full-width space."));
        } else if (!isAllowedKatakana(c)) {
            return failAt(i, c, reasonFor(c));
        }
        previous = c;
        i += width;
    }
    return {};
}

Status KanaNormalizer::validateKatakana(const QString &text)
{
    const KatakanaCheck check = isKatakanaOnly(text);
    if (check)
        return {};
    // Position only: the character itself is part of a name and stays out of logs.
    return fail(ErrorCode::InvalidArgument, check.reason, QStringLiteral("not-katakana at=%1").arg(check.position));
}

} // namespace kakanai::jp
