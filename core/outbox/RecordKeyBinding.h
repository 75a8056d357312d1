#pragma once

#include "RecordCipher.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace kakanai {

class Database;
class KeyProvider;
class SecretKey;

// Ties a store to the one record key its records and drafts are sealed with
// (docs/security.md, "One key per store"). The store keeps the key's id (a
// keyed BLAKE2b of a fixed label: it names the key, it cannot rebuild it) in
// `meta`. Opening a cipher for a store:
//  - id kept: the key must be there (never made anew) and have that id;
//  - no id, but sealed rows (a store from before schema 5's binding): the key
//    must be there and open the newest record; then its id is kept;
//  - no id and nothing sealed: the key is loaded, or made on first use; its id is kept.
// A missing or different key is refused with both ids in the message and
// nothing written. What an interrupted `kakanai-cli keys rotate` left (a
// pending key, KeyProvider) is finished first: promoted when the store
// already names it, discarded when the store kept the current key.
class RecordKeyBinding {
    Q_DECLARE_TR_FUNCTIONS(RecordKeyBinding)
public:
    static QString metaKey() { return QStringLiteral("record_key_id"); }

    // 32 lowercase hex characters.
    static QString keyId(const SecretKey &key);

    static Result<std::unique_ptr<RecordCipher>> open(Database &db, KeyProvider &provider);

private:
    // `storeChanged` is set when a rotation committed while
    // this looked: the result is then to be thrown away and opening repeated.
    static Result<std::unique_ptr<RecordCipher>> openOnce(Database &db, KeyProvider &provider, bool *storeChanged);
};

} // namespace kakanai
