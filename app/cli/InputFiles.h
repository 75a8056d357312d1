#pragma once

#include "card/CardHolder.h"
#include "common/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <utility>

namespace kakanai {

// The input files of `form fill` and `visit complete` (docs/cli.md).

// A JSON object from a file of at most 256 KiB; the raw bytes are wiped (a
// card file may hold the individual number). `what` names the file in errors.
Result<QJsonObject> readJsonObject(const QString &path, const QString &what);
// The shape `kakanai-cli card read` prints: {"name","address","birthDate","sex"[,"individualNumber"]}.
Result<CardHolder> readCard(const QString &path);
// A pre-registration as key → value ("prereg." prefixes allowed); an empty
// path (no --prereg) gives an empty map.
Result<QVariantMap> readPreRegistration(const QString &path);

namespace forms {
class Visit;
}
using KeyValues = QList<std::pair<QString, QString>>;
// The --fact KEY=VALUE and --set FIELD=VALUE of the command line, applied to
// the visit: each fact once, each value to every one of `formIds` that has the
// field; a field no chosen form has is an error (NotFound).
Status applyFactsAndValues(forms::Visit &visit, const QStringList &formIds, const KeyValues &facts, const KeyValues &values);

} // namespace kakanai
