#pragma once

#include "QtHttpTransport.h"
#include "Uploader.h"

#include <chrono>

namespace kakanai {

class Settings;

// Everything the outbox and the uploader read from the settings, in one
// place, so the GUI and kakanai-cli are wired the same way.
struct OutboxConfig {
    QString keyFile;
    HttpTransportConfig http;
    UploaderOptions uploader;
    std::chrono::milliseconds backoffFloor{2000};
    std::chrono::milliseconds backoffCap{600000};

    static OutboxConfig fromSettings(const Settings &settings);
};

} // namespace kakanai
