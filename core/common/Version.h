#pragma once

#include <QString>

namespace kakanai {
inline QString versionString() { return QStringLiteral(KAKANAI_VERSION); }
} // namespace kakanai
