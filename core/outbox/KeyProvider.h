#pragma once

#include "SecretKey.h"
#include "common/Error.h"

#include <QString>

#include <memory>

namespace kakanai {

// Whether a missing key may be made. Only a store that has never sealed
// anything may get a new key (RecordKeyBinding decides): a new key beside
// sealed records would fork the store into records no one key opens.
enum class MissingKey { Create, Refuse };

// Where the record key comes from: a key file (FileKeyProvider) or the OS
// keychain (KeychainKeyProvider); see docs/security.md.
class KeyProvider {
public:
    virtual ~KeyProvider() = default;

    // The key; when it is missing, a new one (Create) or a NotFound error
    // (Refuse). Never logs the key, never puts it in an error text.
    virtual Result<std::unique_ptr<SecretKey>> loadKey(MissingKey ifMissing) = 0;
    Result<std::unique_ptr<SecretKey>> loadOrCreateKey() { return loadKey(MissingKey::Create); }

    // Where the key lives, for messages and `kakanai-cli` ("key file /…").
    virtual QString description() const = 0;
};

} // namespace kakanai
