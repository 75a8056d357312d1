#pragma once

#include <QByteArray>
#include <QString>

namespace kakanai {

// argon2id password hashes (libsodium crypto_pwhash_str). The hash string
// carries its own parameters, so hashes made with other costs still verify.
class PasswordHasher {
public:
    enum class Cost {
        Interactive, // libsodium's interactive limits: for staff sign-in
        Minimum,     // the library minimum: tests only, never production
    };
    explicit PasswordHasher(Cost cost = Cost::Interactive) : m_cost(cost) {}

    // Empty on failure (out of memory).
    QByteArray hash(const QString &password) const;
    bool verify(const QByteArray &hash, const QString &password) const;
    // True when the hash was made with weaker limits than this hasher's.
    bool needsRehash(const QByteArray &hash) const;

private:
    Cost m_cost;
};

} // namespace kakanai
