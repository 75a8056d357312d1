#include "PasswordHasher.h"

#include <sodium.h>

namespace kakanai {

namespace {
struct Limits {
    unsigned long long ops;
    size_t mem;
};
Limits limitsFor(PasswordHasher::Cost cost)
{
    if (cost == PasswordHasher::Cost::Minimum)
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

// The password as UTF-8 in memory we wipe afterwards.
class Utf8Secret {
public:
    explicit Utf8Secret(const QString &s) : m_bytes(s.toUtf8()) {}
    ~Utf8Secret() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};
} // namespace

QByteArray PasswordHasher::hash(const QString &password) const
{
    if (sodium_init() < 0)
        return {};
    const Limits l = limitsFor(m_cost);
    const Utf8Secret secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, secret.data(), secret.size(), l.ops, l.mem) != 0)
        return {};
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &hash, const QString &password) const
{
    if (sodium_init() < 0 || hash.isEmpty())
        return false;
    const Utf8Secret secret(password);
    return crypto_pwhash_str_verify(hash.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &hash) const
{
    const Limits l = limitsFor(m_cost);
    return crypto_pwhash_str_needs_rehash(hash.constData(), l.ops, l.mem) != 0;
}

} // namespace kakanai
