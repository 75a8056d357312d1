#pragma once

// Internal to core/jp: QString <-> icu::UnicodeString without any re-encoding
// (both are UTF-16). Include only from .cpp files: ICU stays out of the public
// headers because kakanai_core links it privately.

#include <QString>

#include <unicode/unistr.h>

namespace kakanai::jp::detail {

inline icu::UnicodeString toIcu(const QString &text)
{
    return icu::UnicodeString(reinterpret_cast<const char16_t *>(text.utf16()),
                              static_cast<int32_t>(text.size()));
}

inline QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

} // namespace kakanai::jp::detail
