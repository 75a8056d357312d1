#pragma once

#include "SecretKey.h"
#include "common/Error.h"

#include <QString>

#include <memory>

namespace kakanai {

// Where the record key comes from. Today: a key file (FileKeyProvider). The
// interface exists so that an OS keychain (Secret Service / KWallet through
// qtkeychain, Debian qtkeychain-qt6-dev) can be added later without touching
// RecordCipher or Outbox; see docs/security.md.
class KeyProvider {
public:
    virtual ~KeyProvider() = default;

    // The key, creating it on first use if this provider can. Never logs it,
    // never puts it in an error text.
    virtual Result<std::unique_ptr<SecretKey>> loadOrCreateKey() = 0;

    // Where the key lives, for messages and `kakanai-cli` ("key file /…").
    virtual QString description() const = 0;
};

} // namespace kakanai
