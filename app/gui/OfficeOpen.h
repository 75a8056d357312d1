#pragma once

#include <memory>

class QString;

namespace kakanai {

class OfficeStore;
class Settings;

// Opens the office store of the settings (docs/admin/office.md), asking the
// person at the screen to retry while the server is down or slow; null when
// they give up or the error cannot pass by itself (the message was shown).
std::unique_ptr<OfficeStore> openOfficeStoreInteractively(Settings &settings, const QString &localDatabasePath);

} // namespace kakanai
