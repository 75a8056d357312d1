#include "PreRegMessage.h"

#include <sodium.h>
#include <zlib.h>

#include <cstdlib>

namespace kakanai::prereg {

namespace {

constexpr quint8 kFlagSigned = 0x01;
constexpr int kKeyIdBytes = 8;
constexpr int kSignedHeaderBytes = 1 + kKeyIdBytes + crypto_sign_BYTES;

void initSodium()
{
    // Without a working libsodium nothing here is safe to do.
    if (sodium_init() < 0)
        std::abort();
}

// What a signature covers: the format's magic and version, then the body, so
// a signature cannot be replayed in another format.
QByteArray signedBytes(QByteArrayView body)
{
    return QByteArrayLiteral("KKN1") + body.toByteArray();
}

QByteArray deflate(const QByteArray &data)
{
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    const int rc = compress2(reinterpret_cast<Bytef *>(out.data()), &size,
                             reinterpret_cast<const Bytef *>(data.constData()), static_cast<uLong>(data.size()),
                             Z_BEST_COMPRESSION);
    if (rc != Z_OK)
        std::abort(); // only on out of memory: the bound is always large enough
    out.truncate(static_cast<qsizetype>(size));
    return out;
}

enum class InflateProblem { None, Bad, TooLarge };

// Inflates a zlib stream into at most `cap` bytes. The stream must end exactly
// at the end of `data`; a stream that would give more than `cap` is stopped
// there (a small code must not make the desk allocate gigabytes).
InflateProblem inflateCapped(QByteArrayView data, qsizetype cap, QByteArray &out)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return InflateProblem::Bad;
    // One byte more than allowed: receiving it proves the stream is too large.
    out.resize(cap + 1);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&stream, Z_FINISH);
    const qsizetype produced = out.size() - static_cast<qsizetype>(stream.avail_out);
    const uInt leftOver = stream.avail_in;
    inflateEnd(&stream);
    out.truncate(produced);
    if (produced > cap)
        return InflateProblem::TooLarge;
    if (rc != Z_STREAM_END || leftOver != 0)
        return InflateProblem::Bad;
    return InflateProblem::None;
}

} // namespace

// ---- SigningKey -------------------------------------------------------------------

SigningKey SigningKey::generate()
{
    initSodium();
    SigningKey key;
    key.m_secret = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_keypair(publicKey, reinterpret_cast<unsigned char *>(key.m_secret.data()));
    return key;
}

Result<SigningKey> SigningKey::fromSecretKey(const QByteArray &secretKey)
{
    initSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return fail(ErrorCode::InvalidData,
                    tr("A signing key must be %1 bytes long.").arg(crypto_sign_SECRETKEYBYTES),
                    QStringLiteral("bad-key"));
    // The second half must be the public key of the first (the seed);
    // otherwise signatures would not verify under the published key.
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char derived[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(publicKey, derived, reinterpret_cast<const unsigned char *>(secretKey.constData()));
    const bool matches = sodium_memcmp(derived, secretKey.constData(), crypto_sign_SECRETKEYBYTES) == 0;
    sodium_memzero(derived, sizeof derived);
    if (!matches)
        return fail(ErrorCode::InvalidData,
                    tr("The signing key is damaged: its public half does not belong to its secret half."),
                    QStringLiteral("bad-key"));
    SigningKey key;
    key.m_secret = QByteArray(secretKey.constData(), secretKey.size()); // own copy, wiped by us
    return key;
}

SigningKey::~SigningKey()
{
    if (!m_secret.isEmpty())
        sodium_memzero(m_secret.data(), static_cast<size_t>(m_secret.size()));
}

// Deep copies: each key owns the only buffer it wipes.
SigningKey::SigningKey(const SigningKey &other)
    : m_secret(other.m_secret.constData(), other.m_secret.size())
{
}

SigningKey &SigningKey::operator=(const SigningKey &other)
{
    if (this != &other) {
        if (!m_secret.isEmpty())
            sodium_memzero(m_secret.data(), static_cast<size_t>(m_secret.size()));
        m_secret = QByteArray(other.m_secret.constData(), other.m_secret.size());
    }
    return *this;
}

QByteArray SigningKey::publicKey() const
{
    return m_secret.right(crypto_sign_PUBLICKEYBYTES);
}

QByteArray SigningKey::secretKey() const
{
    return QByteArray(m_secret.constData(), m_secret.size());
}

QByteArray SigningKey::keyId() const
{
    return TrustedKeys::keyIdOf(publicKey());
}

QByteArray SigningKey::sign(const QByteArray &data) const
{
    initSodium();
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(data.constData()),
                         static_cast<unsigned long long>(data.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return signature;
}

// ---- TrustedKeys ------------------------------------------------------------------

Result<TrustedKeys> TrustedKeys::parse(const QStringList &entries)
{
    TrustedKeys keys;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entry = entries.at(i).trimmed();
        // Base64 has no ':', so the last one ends the label (which may hold one).
        const qsizetype colon = entry.lastIndexOf(u':');
        const QString label = colon < 0 ? QString() : entry.left(colon).trimmed();
        const auto decoded = QByteArray::fromBase64Encoding(entry.mid(colon + 1).trimmed().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (colon < 0 || label.isEmpty() || !decoded || decoded.decoded.size() != crypto_sign_PUBLICKEYBYTES)
            return fail(ErrorCode::InvalidData,
                        tr("Trusted key %1 of the pre-registration settings is not \"label:key\" with a "
                           "32-byte public key in Base64.").arg(i + 1),
                        QStringLiteral("bad-trusted-key"));
        if (Status added = keys.add(label, decoded.decoded); !added)
            return std::unexpected(added.error());
    }
    return keys;
}

Result<TrustedKeys> TrustedKeys::parseSetting(const QString &setting)
{
    return parse(setting.split(QLatin1Char(';'), Qt::SkipEmptyParts));
}

Status TrustedKeys::add(const QString &label, const QByteArray &publicKey)
{
    if (label.trimmed().isEmpty() || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return fail(ErrorCode::InvalidData,
                    tr("A trusted key needs a label and a 32-byte public key."), QStringLiteral("bad-trusted-key"));
    m_keys.append(Key{label.trimmed(), publicKey, keyIdOf(publicKey)});
    return {};
}

const TrustedKeys::Key *TrustedKeys::find(const QByteArray &keyId) const
{
    for (const Key &k : m_keys) {
        if (k.keyId == keyId)
            return &k;
    }
    return nullptr;
}

QByteArray TrustedKeys::keyIdOf(const QByteArray &publicKey)
{
    initSodium();
    unsigned char hash[crypto_generichash_BYTES]; // 32: BLAKE2b-256
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(publicKey.constData()),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(hash), kKeyIdBytes);
}

// ---- PreRegMessage ----------------------------------------------------------------

QByteArray PreRegMessage::seal(const QByteArray &json, const SigningKey *key)
{
    const QByteArray body = deflate(json);
    QByteArray message;
    if (!key) {
        message.append(char(0));
        return message + body;
    }
    message.append(static_cast<char>(kFlagSigned));
    message.append(key->keyId());
    message.append(key->sign(signedBytes(body)));
    return message + body;
}

Result<PreRegMessage::Opened> PreRegMessage::open(const QByteArray &message, const TrustedKeys &trusted)
{
    initSodium();
    if (message.isEmpty())
        return fail(ErrorCode::InvalidData, tr("The QR code holds no application."), QStringLiteral("truncated"));
    const auto flags = static_cast<quint8>(message.at(0));
    if (flags & ~kFlagSigned)
        return fail(ErrorCode::InvalidData,
                    tr("This QR code uses features of a newer Kakanai. Update Kakanai, or ask the citizen "
                       "for a new code."),
                    QStringLiteral("newer-flags"));
    Opened opened;
    qsizetype bodyAt = 1;
    if (flags & kFlagSigned) {
        if (message.size() <= kSignedHeaderBytes)
            return fail(ErrorCode::InvalidData, tr("The QR code's application is cut short."), QStringLiteral("truncated"));
        const QByteArray keyId = message.mid(1, kKeyIdBytes);
        const QByteArrayView signature = QByteArrayView(message).sliced(1 + kKeyIdBytes, crypto_sign_BYTES);
        bodyAt = kSignedHeaderBytes;
        opened.signature.keyIdHex = QString::fromLatin1(keyId.toHex());
        if (const TrustedKeys::Key *key = trusted.find(keyId)) {
            const QByteArray covered = signedBytes(QByteArrayView(message).sliced(bodyAt));
            if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.data()),
                                            reinterpret_cast<const unsigned char *>(covered.constData()),
                                            static_cast<unsigned long long>(covered.size()),
                                            reinterpret_cast<const unsigned char *>(key->publicKey.constData()))
                != 0)
                return fail(ErrorCode::InvalidData,
                            tr("The QR code's signature does not match its content under a trusted key "
                               "(key id %1). The code was changed after it was issued; do not use it.")
                                .arg(opened.signature.keyIdHex),
                            QStringLiteral("bad-signature"));
            opened.signature.state = SignatureCheck::State::Verified;
            opened.signature.keyLabel = key->label;
        } else {
            opened.signature.state = SignatureCheck::State::UnknownKey;
        }
    }
    if (message.size() <= bodyAt)
        return fail(ErrorCode::InvalidData, tr("The QR code's application is cut short."), QStringLiteral("truncated"));
    switch (inflateCapped(QByteArrayView(message).sliced(bodyAt), kMaxJsonBytes, opened.json)) {
    case InflateProblem::None:
        break;
    case InflateProblem::TooLarge:
        return fail(ErrorCode::InvalidData,
                    tr("The QR code's application is larger than %1 bytes.").arg(kMaxJsonBytes),
                    QStringLiteral("too-large"));
    case InflateProblem::Bad:
        return fail(ErrorCode::InvalidData,
                    tr("The QR code's application is damaged (compression)."), QStringLiteral("bad-compression"));
    }
    return opened;
}

QString SignatureCheck::stateName(State state)
{
    switch (state) {
    case State::Unsigned: return QStringLiteral("unsigned");
    case State::Verified: return QStringLiteral("verified");
    case State::UnknownKey: return QStringLiteral("unknown-key");
    }
    return QStringLiteral("unsigned");
}

std::optional<SignatureCheck::State> SignatureCheck::stateFromName(QStringView name)
{
    for (State state : {State::Unsigned, State::Verified, State::UnknownKey}) {
        if (name == stateName(state))
            return state;
    }
    return std::nullopt;
}

} // namespace kakanai::prereg
