#include "SecretKey.h"

#include <sodium.h>

namespace kakanai {

std::unique_ptr<SecretKey> SecretKey::allocate()
{
    if (sodium_init() < 0)
        return nullptr;
    auto *bytes = static_cast<unsigned char *>(sodium_malloc(Size));
    if (!bytes)
        return nullptr;
    sodium_memzero(bytes, Size);
    return std::unique_ptr<SecretKey>(new SecretKey(bytes));
}

std::unique_ptr<SecretKey> SecretKey::derive(const SecretKey &master, std::uint64_t subkeyId, const char (&context)[9])
{
    static_assert(crypto_kdf_CONTEXTBYTES == 8 && crypto_kdf_KEYBYTES == Size);
    auto key = allocate();
    if (!key)
        return nullptr;
    if (crypto_kdf_derive_from_key(key->writableData(), Size, subkeyId, context, master.data()) != 0)
        return nullptr;
    key->makeReadOnly();
    return key;
}

SecretKey::~SecretKey()
{
    // sodium_free makes the pages writable again, wipes them and unlocks them.
    sodium_free(m_bytes);
}

unsigned char *SecretKey::writableData()
{
    return m_readOnly ? nullptr : m_bytes;
}

void SecretKey::makeReadOnly()
{
    if (!m_readOnly && sodium_mprotect_readonly(m_bytes) == 0)
        m_readOnly = true;
}

} // namespace kakanai
