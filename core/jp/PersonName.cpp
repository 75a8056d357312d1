#include "PersonName.h"

#include <QTextBoundaryFinder>

namespace kakanai::jp {

PersonName PersonName::split(const QString &fullName)
{
    // Trimming and the search work by UTF-16 unit, which is safe: every
    // white-space character is in the BMP and is a grapheme of its own, so a
    // surrogate pair or a base + variation selector is never cut.
    const QString name = fullName.trimmed();
    qsizetype start = -1;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i).isSpace()) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return PersonName(fullName, name, QString(), true);
    qsizetype end = start;
    while (end < name.size() && name.at(end).isSpace())
        ++end;
    return PersonName(fullName, name.left(start), name.mid(end), false);
}

Result<PersonName> PersonName::splitAt(qsizetype count) const
{
    // Counted in the name as shown (trimmed); a space is a character too, and
    // spaces at the cut are dropped. Spaces inside the given name stay.
    const QStringList parts = graphemes(m_original.trimmed());
    const QString family = parts.mid(0, count).join(QString()).trimmed();
    const QString given = parts.mid(count).join(QString()).trimmed();
    if (count < 1 || count >= parts.size() || family.isEmpty() || given.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    tr("Choose where the family name ends: after 1 to %1 characters.").arg(parts.size() - 1),
                    QStringLiteral("split-out-of-range"));
    }
    return PersonName(m_original, family, given, false);
}

QString PersonName::joined() const
{
    if (m_given.isEmpty())
        return m_family;
    return m_family + QChar(0x3000) + m_given;
}

QStringList PersonName::graphemes(const QString &text)
{
    QStringList out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype from = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype to = finder.position();
        out.append(text.mid(from, to - from));
        from = to;
    }
    return out;
}

} // namespace kakanai::jp
