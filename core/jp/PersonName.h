#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kakanai::jp {

// 氏名 split into 氏 (family name) and 名 (given name).
//
// split() cuts at the first run of white space (U+3000, ASCII space, tabs,
// several in a row): "山田　太郎" → 山田 / 太郎; anything after the first run
// stays in the given name as typed. Without any space the whole name becomes
// the family name and needsClerkSplit() is true: the clerk then chooses the
// cut with splitAt().
//
// Characters are never changed: no NFC/NFKC (which would replace CJK
// compatibility ideographs such as 﨑 U+FA11), no width folding, and the cut
// only ever falls between grapheme clusters, so a character outside the BMP
// (𠮷 U+20BB7, two UTF-16 units) or a kanji with its variation selector
// (葛 + U+E0100, an IVS) always stays whole.
class PersonName {
    Q_DECLARE_TR_FUNCTIONS(PersonName)
public:
    static PersonName split(const QString &fullName);

    // The clerk's split: the first `graphemes` user-visible characters (not
    // bytes, not UTF-16 units) of the trimmed original become the family name,
    // the rest the given name; a space counts as a character, and spaces at the
    // cut are dropped. InvalidArgument unless both parts are non-empty.
    Result<PersonName> splitAt(qsizetype graphemes) const;

    const QString &original() const { return m_original; }
    const QString &family() const { return m_family; }
    const QString &given() const { return m_given; }
    bool needsClerkSplit() const { return m_needsClerkSplit; }

    // "氏　名" with one U+3000, or the family name alone.
    QString joined() const;

    // User-visible characters (grapheme clusters) of a text.
    static QStringList graphemes(const QString &text);
    static qsizetype graphemeCount(const QString &text) { return graphemes(text).size(); }

private:
    PersonName(QString original, QString family, QString given, bool needsClerkSplit)
        : m_original(std::move(original)), m_family(std::move(family)), m_given(std::move(given)),
          m_needsClerkSplit(needsClerkSplit) {}

    QString m_original;
    QString m_family;
    QString m_given;
    bool m_needsClerkSplit;
};

} // namespace kakanai::jp
