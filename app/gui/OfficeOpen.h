#pragma once

#include <QString>

#include <memory>

namespace kakanai {

class OfficeStore;
class Settings;

// The title of every "cannot start" message of the app (translated).
QString cannotStartTitle();

// Opens the office store of the settings (docs/admin/office.md), asking the
// person at the screen to retry while the server is down or slow; null when
// they give up or the error cannot pass by itself (the message was shown).
std::unique_ptr<OfficeStore> openOfficeStoreInteractively(Settings &settings, const QString &localDatabasePath);

} // namespace kakanai
