#include "RecordCipher.h"

#include "KeyProvider.h"

#include <sodium.h>

namespace kakanai {

namespace {
constexpr char kMagic[4] = {'K', 'K', 'R', '1'};
constexpr qsizetype kMagicSize = 4;
constexpr qsizetype kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == SecretKey::Size);
static_assert(RecordCipher::Overhead == kMagicSize + kNonceSize + kTagSize);
constexpr char kIdLabel[] = "kakanai record key id v1";
} // namespace

QString RecordCipher::keyId(const SecretKey &key)
{
    unsigned char id[16];
    crypto_generichash(id, sizeof id, reinterpret_cast<const unsigned char *>(kIdLabel), sizeof kIdLabel - 1, key.data(),
                       SecretKey::Size);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(id), sizeof id).toHex());
}

RecordCipher::RecordCipher(std::unique_ptr<SecretKey> key)
    : m_key(std::move(key))
{
    Q_ASSERT(m_key);
}

Result<std::unique_ptr<RecordCipher>> RecordCipher::fromProvider(KeyProvider &provider)
{
    auto key = provider.loadOrCreateKey();
    if (!key)
        return std::unexpected(key.error());
    return std::make_unique<RecordCipher>(std::move(*key));
}

Result<QByteArray> RecordCipher::encrypt(QByteArrayView plaintext, QStringView uuid) const
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, tr("The encryption library could not be started."));
    const QByteArray ad = uuid.toUtf8();
    QByteArray out(kMagicSize + kNonceSize + plaintext.size() + kTagSize, Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    std::copy(std::begin(kMagic), std::end(kMagic), out.begin());
    unsigned char *nonce = bytes + kMagicSize;
    randombytes_buf(nonce, kNonceSize);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + kNonceSize, &written, reinterpret_cast<const unsigned char *>(plaintext.data()),
        static_cast<unsigned long long>(plaintext.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, nonce, m_key->data());
    if (rc != 0 || written != static_cast<unsigned long long>(plaintext.size() + kTagSize))
        return fail(ErrorCode::Internal, tr("The record could not be encrypted."));
    return out;
}

Result<QByteArray> RecordCipher::decrypt(QByteArrayView sealed, QStringView uuid) const
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, tr("The encryption library could not be started."));
    if (sealed.size() < Overhead || QByteArrayView(sealed.data(), kMagicSize) != QByteArrayView(kMagic, kMagicSize)) {
        return fail(ErrorCode::InvalidData,
                    tr("A stored record is not in the encrypted format this program knows. It was left as it is."),
                    QStringLiteral("record payload: unknown format"));
    }
    const QByteArray ad = uuid.toUtf8();
    const auto *bytes = reinterpret_cast<const unsigned char *>(sealed.data());
    const unsigned char *nonce = bytes + kMagicSize;
    const unsigned char *cipher = nonce + kNonceSize;
    const auto cipherSize = static_cast<unsigned long long>(sealed.size() - kMagicSize - kNonceSize);
    QByteArray out(sealed.size() - Overhead, Qt::Uninitialized);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(out.data()), &written, nullptr, cipher, cipherSize,
        reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()), nonce,
        m_key->data());
    if (rc != 0) {
        wipe(out);
        return fail(ErrorCode::InvalidData,
                    tr("A stored record could not be decrypted: the record key file is not the one it was saved "
                       "with, or the stored data was changed. Nothing was deleted; ask the administrator to "
                       "restore the right key file."),
                    QStringLiteral("record payload: authentication failed"));
    }
    out.truncate(qsizetype(written));
    return out;
}

void RecordCipher::wipe(QByteArray &plaintext)
{
    if (plaintext.isEmpty())
        return;
    if (!plaintext.isDetached()) {
        plaintext.clear(); // shared: another copy still holds the bytes, nothing we can wipe here
        return;
    }
    sodium_memzero(plaintext.data(), size_t(plaintext.size()));
    plaintext.clear();
}

} // namespace kakanai
