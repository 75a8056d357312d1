#pragma once

#include "common/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace kakanai {

class SecretKey;

// The record key sealed with an administrator's passphrase, for moving a
// store to a new PC (`kakanai-cli keys export` / `keys import`,
// docs/security.md, "Exporting and importing the key"). A JSON file:
//   {"format":"kakanai.record-key/1","keyId":"<32 hex>","kdf":"argon2id13",
//    "opslimit":N,"memlimit":N,"salt":"<b64>","nonce":"<b64>","sealed":"<b64>"}
// The passphrase goes through Argon2id (crypto_pwhash, MODERATE limits, a
// random salt) to a secretbox key; `sealed` is crypto_secretbox_easy of the
// 32 key bytes. The file is mode 0600 and never overwrites another file.
class RecordKeyExport {
    Q_DECLARE_TR_FUNCTIONS(RecordKeyExport)
public:
    static constexpr int MinimumPassphraseLength = 12; // characters
    static QString format() { return QStringLiteral("kakanai.record-key/1"); }
    static QString exportAction() { return QStringLiteral("export-record-key"); }
    static QString importAction() { return QStringLiteral("import-record-key"); }

    // InvalidArgument when the passphrase is shorter than MinimumPassphraseLength.
    static Status checkPassphrase(QByteArrayView passphraseUtf8);

    // Writes `key` sealed with the passphrase to `path`; InvalidArgument when
    // `path` exists. On any failure no file is left behind.
    static Status write(const QString &path, const SecretKey &key, QByteArrayView passphraseUtf8);

    // The key in an export file. NotFound: no such file; InvalidData: not an
    // export file, or damaged; PermissionDenied: the passphrase does not open it.
    static Result<std::unique_ptr<SecretKey>> read(const QString &path, QByteArrayView passphraseUtf8);
};

} // namespace kakanai
