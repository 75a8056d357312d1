#pragma once

#include "common/Error.h"
#include "prereg/PreRegCodec.h"

#include <QString>
#include <QStringList>

namespace kakanai {

class Settings;

// The pre-registration QR codes of the command line (docs/cli.md, "qr").

// A code read against the office's forms and 手続ナビ, its signature
// checked against the keys the office trusts ([prereg] trustedKeys).
Result<prereg::DecodedPreRegistration> decodeCode(const Settings &settings, const forms::FormLibrary &library,
                                                  const forms::LifeEventNavi &navi, const QStringList &symbols);
// The symbols of --qr-text / --text: one or more, separated by white space.
QStringList symbolsFromText(const QString &text);
// Every QR symbol in an image or PDF file.
Result<QStringList> symbolsFromImage(const QString &path);

} // namespace kakanai
