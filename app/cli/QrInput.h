#pragma once

#include "common/Error.h"
#include "prereg/PreRegCodec.h"

#include <QString>
#include <QStringList>

namespace kakanai {

class Settings;

// The pre-registration QR codes of the command line (docs/cli.md, "qr").

// The public keys the office trusts ([prereg] trustedKeys).
Result<prereg::TrustedKeys> trustedKeysFrom(const Settings &settings);
// The symbols of --qr-text / --text: one or more, separated by white space.
QStringList symbolsFromText(const QString &text);
// Every QR symbol in an image or PDF file.
Result<QStringList> symbolsFromImage(const QString &path);

} // namespace kakanai
