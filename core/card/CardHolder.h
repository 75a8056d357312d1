#pragma once

#include "SecureBuffer.h"

#include <QDate>
#include <QString>

#include <algorithm>
#include <optional>

namespace kakanai {

// Sex as recorded on the card: ISO/IEC 5218 codes.
enum class Sex {
    NotKnown = 0,
    Male = 1,
    Female = 2,
    NotApplicable = 9,
};

// The 4 basic facts (基本4情報) read from the card's 券面事項入力補助AP, and
// the individual number when the procedure asked for it. A CardHolder only
// exists complete: MyNumberCard returns one after every read and check
// succeeded, never a partly filled one. Move-only because of the number.
struct CardHolder {
    QString name;              // family U+3000 given, as on the card
    QString address;
    QDate birthDate;           // Gregorian
    Sex sex = Sex::NotKnown;
    std::optional<SecureBuffer> individualNumber; // 12 ASCII digits, only when asked for

    CardHolder() = default;
    CardHolder(CardHolder &&) noexcept = default;
    CardHolder &operator=(CardHolder &&) noexcept = default;
    CardHolder(const CardHolder &) = delete;
    CardHolder &operator=(const CardHolder &) = delete;

    CardHolder clone() const
    {
        CardHolder c;
        c.name = name;
        c.address = address;
        c.birthDate = birthDate;
        c.sex = sex;
        if (individualNumber)
            c.individualNumber = individualNumber->clone();
        return c;
    }

    // A name or address may hold no control character (NUL, ESC, C1): it
    // would cut the text short in C strings or act on a terminal instead of
    // printing. Checked on what the card gives and on a card file.
    static bool hasControlCharacter(QStringView text)
    {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    }

    // The ISO 5218 digit: "1", "2", "9" or "0".
    static QString sexCode(Sex sex) { return QString::number(static_cast<int>(sex)); }
};

} // namespace kakanai
