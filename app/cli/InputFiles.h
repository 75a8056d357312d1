#pragma once

#include "card/CardHolder.h"
#include "common/Error.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace kakanai {

// The input files of `form fill` and `visit complete` (docs/cli.md).

// A JSON object from a file of at most 256 KiB; the raw bytes are wiped (a
// card file may hold the individual number). `what` names the file in errors.
Result<QJsonObject> readJsonObject(const QString &path, const QString &what);
// The shape `kakanai-cli card read` prints: {"name","address","birthDate","sex"[,"individualNumber"]}.
Result<CardHolder> readCard(const QString &path);
// A pre-registration as key → value ("prereg." prefixes allowed).
Result<QVariantMap> readPreRegistration(const QString &path);

} // namespace kakanai
