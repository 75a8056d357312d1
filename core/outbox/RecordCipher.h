#pragma once

#include "SecretKey.h"
#include "common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringView>

#include <memory>

namespace kakanai {

class KeyProvider;

// Seals record documents for the local store with XChaCha20-Poly1305 (IETF
// AEAD, libsodium): a fresh random 24-byte nonce per record and the record's
// UUID as associated data, so a sealed payload moved to another record's row
// does not open. Stored form: "KKR1" | nonce (24) | ciphertext | tag (16).
class RecordCipher {
    Q_DECLARE_TR_FUNCTIONS(RecordCipher)
public:
    explicit RecordCipher(std::unique_ptr<SecretKey> key);
    // Loads (or creates) the key through `provider`.
    static Result<std::unique_ptr<RecordCipher>> fromProvider(KeyProvider &provider);

    Result<QByteArray> encrypt(QByteArrayView plaintext, QStringView uuid) const;
    // Fails with InvalidData when the key is not the one the record was
    // sealed with, or the stored bytes were changed.
    Result<QByteArray> decrypt(QByteArrayView sealed, QStringView uuid) const;

    static constexpr qsizetype Overhead = 4 + 24 + 16;

    // A subkey of the record key for another purpose (SecretKey::derive), so
    // that purpose needs the record key without ever holding it (the audit
    // anchor's MAC key, AuditAnchor.h). nullptr if no protected memory is left.
    std::unique_ptr<SecretKey> deriveKey(std::uint64_t subkeyId, const char (&context)[9]) const
    {
        return SecretKey::derive(*m_key, subkeyId, context);
    }

    // The id of a key (32 lowercase hex characters): a keyed BLAKE2b of a
    // fixed label. It names the key, it cannot rebuild it (RecordKeyBinding).
    static QString keyId(const SecretKey &key);
    QString keyId() const { return keyId(*m_key); }

    // For the key's id, a rotation's pending copy and `keys export`; the key stays in its secure memory.
    const SecretKey &key() const { return *m_key; }

    // Overwrites the bytes of `plaintext` with zeros (its own copy only).
    static void wipe(QByteArray &plaintext);

private:
    std::unique_ptr<SecretKey> m_key;
};

} // namespace kakanai
