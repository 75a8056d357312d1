#pragma once
// Synthetic scanner input shared by the scan tests.

#include <QChar>
#include <QString>
#include <QtGlobal>

namespace kakanai::scan::test {

// A symbol as the format makes it: "KKN1" and Base32 (A–Z, 2–7), the same
// text for the same seed.
inline QString symbol(int length, quint32 seed = 12345)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString text = QStringLiteral("KKN1");
    quint32 state = seed;
    while (text.size() < length) {
        state = state * 1103515245u + 12345u;
        text.append(QLatin1Char(alphabet[(state >> 16) % 32]));
    }
    return text;
}

// The Qt key a keyboard sends for a letter, digit or space (any case).
inline int keyCodeOf(QChar c)
{
    const QChar u = c.toUpper();
    if (u >= u'A' && u <= u'Z')
        return Qt::Key_A + (u.unicode() - u'A');
    if (u >= u'0' && u <= u'9')
        return Qt::Key_0 + (u.unicode() - u'0');
    if (c == u' ')
        return Qt::Key_Space;
    return Qt::Key_unknown;
}

} // namespace kakanai::scan::test
