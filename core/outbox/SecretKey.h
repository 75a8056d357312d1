#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

namespace kakanai {

// The 32-byte record key, held in memory from sodium_malloc(): guard pages
// around it, locked against swapping where the system allows (sodium_malloc
// calls sodium_mlock), read-only once filled, and wiped when freed. It has no
// way to be printed, copied or turned into a QByteArray.
class SecretKey {
public:
    static constexpr std::size_t Size = 32;

    // Fresh, zeroed, writable memory; nullptr if the allocation failed.
    static std::unique_ptr<SecretKey> allocate();
    // A read-only subkey of `master` for one purpose (libsodium
    // crypto_kdf_derive_from_key: BLAKE2b keyed with the master key, the
    // purpose's 8-character context and subkey id). Knowing a subkey tells
    // nothing about the master key or another purpose's subkey.
    static std::unique_ptr<SecretKey> derive(const SecretKey &master, std::uint64_t subkeyId, const char (&context)[9]);
    ~SecretKey();
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;

    // Only until makeReadOnly().
    unsigned char *writableData();
    // After this, writing to the key is a crash, not a silent change.
    void makeReadOnly();
    const unsigned char *data() const { return m_bytes; }

private:
    explicit SecretKey(unsigned char *bytes) : m_bytes(bytes) {}
    unsigned char *m_bytes;
    bool m_readOnly = false;
};

} // namespace kakanai
