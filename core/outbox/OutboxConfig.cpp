#include "OutboxConfig.h"

#include "FileKeyProvider.h"
#include "common/Settings.h"

#include <algorithm>

namespace kakanai {

OutboxConfig OutboxConfig::fromSettings(const Settings &settings)
{
    OutboxConfig c;
    c.keyFile = FileKeyProvider::configuredPath(settings);
    c.http = HttpTransportConfig::fromSettings(settings);
    c.uploader.batchSize = settings.integer(SettingKey::OutboxBatchSize);
    c.uploader.requestTimeoutMs = settings.integer(SettingKey::BackOfficeTimeoutMs);
    c.backoffFloor = std::chrono::milliseconds(settings.integer(SettingKey::OutboxBackoffFloorMs));
    // A cap below the floor is read as "the floor".
    c.backoffCap = std::max(c.backoffFloor, std::chrono::milliseconds(settings.integer(SettingKey::OutboxBackoffCapMs)));
    return c;
}

} // namespace kakanai
