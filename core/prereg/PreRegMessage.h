#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kakanai::prereg {

// An Ed25519 key pair of a municipal server that issues codes (libsodium).
// The secret key is wiped on destruction.
class SigningKey {
    Q_DECLARE_TR_FUNCTIONS(SigningKey)
public:
    static SigningKey generate();
    // From the 64-byte libsodium secret key (seed + public key).
    static Result<SigningKey> fromSecretKey(const QByteArray &secretKey);
    ~SigningKey();
    SigningKey(const SigningKey &);
    SigningKey &operator=(const SigningKey &);

    QByteArray publicKey() const;   // 32 bytes
    QByteArray secretKey() const;   // 64 bytes: handle with care
    QByteArray keyId() const;       // 8 bytes: BLAKE2b-256(public key)[0..8)
    QByteArray sign(const QByteArray &data) const; // 64 bytes, detached

private:
    SigningKey() = default;
    QByteArray m_secret;
};

// The public keys this office trusts, each with a label the clerk sees
// ("浦和区役所 事前受付サーバ").
class TrustedKeys {
    Q_DECLARE_TR_FUNCTIONS(TrustedKeys)
public:
    struct Key {
        QString label;
        QByteArray publicKey; // 32 bytes
        QByteArray keyId;     // 8 bytes
    };
    // "label:BASE64" entries ([prereg] trustedKeys). Error names the entry's
    // position when one is malformed.
    static Result<TrustedKeys> parse(const QStringList &entries);
    // The setting as written: entries separated by ";".
    static Result<TrustedKeys> parseSetting(const QString &setting);
    Status add(const QString &label, const QByteArray &publicKey);
    const Key *find(const QByteArray &keyId) const;
    bool isEmpty() const { return m_keys.isEmpty(); }
    static QByteArray keyIdOf(const QByteArray &publicKey);

private:
    QList<Key> m_keys;
};

// Whether a code's signature was checked.
struct SignatureCheck {
    enum class State {
        Unsigned,   // made on the citizen's page: nothing to check
        Verified,   // signed by a trusted key (keyLabel)
        UnknownKey, // signed by a key this office does not list (keyId, hex)
    };
    State state = State::Unsigned;
    QString keyLabel;
    QString keyIdHex;

    // "unsigned", "verified", "unknown-key": for the command line's JSON,
    // the audit and the draft.
    static QString stateName(State state);
    static std::optional<State> stateFromName(QStringView name);
};

// The message layer (docs/qr-format.md, "The message"): flags, optional
// signature, zlib-compressed JSON. Errors as QrSymbols' (detail:
// "newer-flags", "bad-signature", "bad-compression", "too-large", "truncated").
class PreRegMessage {
    Q_DECLARE_TR_FUNCTIONS(PreRegMessage)
public:
    static constexpr int kMaxJsonBytes = 65536;

    struct Opened {
        QByteArray json;
        SignatureCheck signature;
    };

    static QByteArray seal(const QByteArray &json, const SigningKey *key = nullptr);
    static Result<Opened> open(const QByteArray &message, const TrustedKeys &trusted);
};

} // namespace kakanai::prereg
