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

    // Puts `key` in place as the key (`kakanai-cli keys import`). Refused
    // (InvalidArgument) when there is a key already: it is never overwritten.
    virtual Status storeKey(const SecretKey &key) = 0;

    // A rotation's new key waits beside the key as the *pending* key until
    // the store has committed to it (docs/security.md, "Rotating the key"):
    //  - storePending: kept durably (replacing an older pending key) before
    //    the store's records are sealed with it;
    //  - promotePending: after the commit, the pending key becomes the key
    //    (NotFound when there is no pending key);
    //  - discardPending: after a rollback; no error when there is none;
    //  - loadPending: nullptr when there is none.
    virtual Status storePending(const SecretKey &key) = 0;
    virtual Result<std::unique_ptr<SecretKey>> loadPending() = 0;
    virtual Status promotePending() = 0;
    virtual Status discardPending() = 0;

    // Where the key lives, for messages and `kakanai-cli` ("key file /…").
    virtual QString description() const = 0;
};

} // namespace kakanai
