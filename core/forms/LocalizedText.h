#pragma once

#include <QString>
#include <QStringView>

namespace kakanai::forms {

// A text in the two languages Kakanai ships: Japanese first, English second.
struct LocalizedText {
    QString ja;
    QString en;

    // The text for a language code ("ja", "en"); Japanese when the English text is missing.
    QString text(QStringView language) const
    {
        return (language == u"en" && !en.isEmpty()) ? en : ja;
    }
    bool isEmpty() const { return ja.isEmpty() && en.isEmpty(); }
    bool isComplete() const { return !ja.trimmed().isEmpty() && !en.trimmed().isEmpty(); }

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace kakanai::forms
