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
// "-" reads standard input.
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
// The --fact KEY=VALUE and --set FIELD=VALUE of the command line, and those
// of --values FILE (`valuesFile`, empty: none), applied to the visit: each fact
// once, each value to every one of `formIds` that has the field; a field no
// chosen form has is an error (NotFound). The file's come first, so the
// command line can correct one of them; an individual number on the command
// line is refused before anything is applied.
Status applyFactsAndValues(forms::Visit &visit, const QStringList &formIds, const KeyValues &facts, const KeyValues &values,
                           const QString &valuesFile);

// What --values FILE ("-": standard input) gives: {"facts": {KEY: VALUE …},
// "fields": {FIELD: VALUE …}}, values as strings. The way to hand over an
// individual number: a file or a pipe is not in the process list or the
// shell history, as a command line is.
struct ValuesInput {
    KeyValues facts;
    KeyValues fields;
};
Result<ValuesInput> readValuesFile(const QString &path);

// Refuses an individual number given as --fact or --set (issue 10, item 4):
// a field or fact of that type, or any value with 12 digits that pass the
// check digit. The error names the option and key, never the value.
Status refuseIndividualNumbersOnCommandLine(const forms::Visit &visit, const QStringList &formIds, const KeyValues &facts,
                                            const KeyValues &values);

} // namespace kakanai
