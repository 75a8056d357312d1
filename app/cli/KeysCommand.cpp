#include "KeysCommand.h"

#include "common/Clock.h"
#include "outbox/KeychainKeyProvider.h"
#include "outbox/RecordCipher.h"
#include "outbox/RecordKeyBinding.h"
#include "outbox/RecordKeyExport.h"
#include "outbox/RecordKeyRotation.h"
#include "outbox/SecretKey.h"
#include "security/AuditAnchor.h"
#include "security/AuditLog.h"
#include "store/Database.h"
#include "store/MetaStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <termios.h>
#include <unistd.h>

namespace kakanai {

namespace {

class KeysCommandText {
    Q_DECLARE_TR_FUNCTIONS(KeysCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli [--db FILE] keys id\n"
                  "       kakanai-cli [--db FILE] keys rotate\n"
                  "       kakanai-cli [--db FILE] keys export --out FILE   (passphrase on standard input)\n"
                  "       kakanai-cli [--db FILE] keys import FILE         (passphrase on standard input)");
    }
};

// The passphrase: one line of standard input, without echo on a terminal.
// Held in a buffer reserved up front (no copies left by growing) and wiped
// by the caller.
class Passphrase {
public:
    static constexpr qsizetype MaxBytes = 1024;
    Passphrase() { m_bytes.reserve(MaxBytes); }
    ~Passphrase()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size()));
    }
    Passphrase(const Passphrase &) = delete;
    Passphrase &operator=(const Passphrase &) = delete;

    void read(CliContext &ctx)
    {
        const bool terminal = ::isatty(STDIN_FILENO) == 1;
        termios saved = {};
        if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
            ctx.err << KeysCommandText::tr("Passphrase: ") << Qt::flush;
            termios quiet = saved;
            quiet.c_lflag &= tcflag_t(~ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        char c = 0;
        while (m_bytes.size() < MaxBytes) {
            const ssize_t n = ::read(STDIN_FILENO, &c, 1);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0 || c == '\n')
                break;
            m_bytes.append(c);
        }
        c = 0;
        if (m_bytes.endsWith('\r'))
            m_bytes.chop(1);
        if (terminal) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
            ctx.err << Qt::endl;
        }
    }
    QByteArrayView bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

const QString kCliStaff = QStringLiteral("cli");

int keyIds(CliContext &ctx)
{
    // Only looks: read-only, no recovery, never a new key.
    DatabaseOptions options = storeOptions(ctx);
    options.readOnly = true;
    auto db = Database::open(options);
    if (!db)
        return reportError(ctx, db.error());
    auto kept = MetaStore(**db).value(RecordKeyBinding::metaKey());
    if (!kept)
        return reportError(ctx, kept.error());
    const auto keys = makeKeyProvider(ctx.settings);
    auto key = keys->loadKey(MissingKey::Refuse);
    if (!key && key.error().code() != ErrorCode::NotFound)
        return reportError(ctx, key.error());
    auto pending = keys->loadPending();
    if (!pending)
        return reportError(ctx, pending.error());

    const QString storeId = kept->value_or(QString());
    ctx.out << KeysCommandText::tr("Store: %1").arg(storeId.isEmpty() ? KeysCommandText::tr("(no key yet)") : storeId) << '\n'
            << KeysCommandText::tr("Key (%1): %2")
                   .arg(keys->description(), key ? RecordKeyBinding::keyId(**key) : KeysCommandText::tr("(missing)"))
            << '\n';
    if (*pending)
        ctx.out << KeysCommandText::tr("Pending key of an unfinished rotation: %1").arg(RecordKeyBinding::keyId(**pending))
                << '\n';
    ctx.out.flush();
    return exitcode::Ok;
}

int rotate(CliContext &ctx)
{
    auto db = Database::open(storeOptions(ctx));
    if (!db)
        return reportError(ctx, db.error());
    SystemClock clock;
    const auto audit = openAuditLog(ctx, **db, clock);
    const auto keys = makeKeyProvider(ctx.settings);
    auto outcome = RecordKeyRotation::rotate(**db, *keys, *audit, kCliStaff);
    if (!outcome)
        return reportError(ctx, outcome.error());
    // The audit checkpoint's MAC key comes from the record key: seal the
    // checkpoint again with the new key, or verify would call it forged.
    auto renewed = RecordKeyBinding::open(**db, *keys);
    if (!renewed)
        return reportError(ctx, renewed.error());
    if (auto resealed = audit.anchor->resealInto(*FileAuditAnchor::forStore(ctx.settings, (*db)->path(), **renewed));
        !resealed)
        return reportError(ctx, resealed.error());
    ctx.out << KeysCommandText::tr("The record key was changed from %1 to %2.").arg(outcome->oldKeyId, outcome->newKeyId) << '\n'
            << KeysCommandText::tr("Sealed again: records %1, open-visit drafts %2.").arg(outcome->records).arg(outcome->drafts)
            << '\n'
            << KeysCommandText::tr("Export the new key now (kakanai-cli keys export): earlier key exports do not open "
                                   "these records any more.")
            << Qt::endl;
    return exitcode::Ok;
}

int exportKey(CliContext &ctx, const QString &out)
{
    auto db = Database::open(storeOptions(ctx));
    if (!db)
        return reportError(ctx, db.error());
    // The key must be this store's (and an unfinished rotation finished) before it is exported.
    const auto keys = makeKeyProvider(ctx.settings);
    auto cipher = RecordKeyBinding::open(**db, *keys);
    if (!cipher)
        return reportError(ctx, cipher.error());
    if (QFileInfo(out).exists() || QFileInfo(out).isSymLink())
        return reportError(ctx, Error(ErrorCode::InvalidArgument,
                                      RecordKeyExport::tr("The key export file already exists; choose a new name. "
                                                          "Nothing was written."),
                                      QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())));
    Passphrase passphrase;
    passphrase.read(ctx);
    if (auto ok = RecordKeyExport::checkPassphrase(passphrase.bytes()); !ok)
        return reportError(ctx, ok.error());
    if (auto ok = RecordKeyExport::write(out, (*cipher)->key(), passphrase.bytes()); !ok)
        return reportError(ctx, ok.error());
    const QString id = RecordKeyBinding::keyId((*cipher)->key());
    SystemClock clock;
    if (auto audited = openAuditLog(ctx, **db, clock)->append(kCliStaff, RecordKeyExport::exportAction(), QString(),
                                                             QStringLiteral("key=%1").arg(id));
        !audited) {
        // Unaudited, the copy of the key must not stay.
        QFile::remove(out);
        return reportError(ctx, audited.error());
    }
    ctx.out << KeysCommandText::tr("The record key %1 was written to %2, sealed with the passphrase. Keep the file and "
                                   "the passphrase apart.")
                   .arg(id, QDir::toNativeSeparators(out))
            << Qt::endl;
    return exitcode::Ok;
}

int importKey(CliContext &ctx, const QString &file)
{
    auto db = Database::open(storeOptions(ctx));
    if (!db)
        return reportError(ctx, db.error());
    Passphrase passphrase;
    passphrase.read(ctx);
    auto key = RecordKeyExport::read(file, passphrase.bytes());
    if (!key)
        return reportError(ctx, key.error());
    const QString id = RecordKeyBinding::keyId(**key);

    auto kept = MetaStore(**db).value(RecordKeyBinding::metaKey());
    if (!kept)
        return reportError(ctx, kept.error());
    const QString storeId = kept->value_or(QString());
    if (!storeId.isEmpty() && storeId != id) {
        return reportError(ctx, Error(ErrorCode::InvalidData,
                                      KeysCommandText::tr("The key in this file is the key %1, but this store's records "
                                                          "are sealed with the key %2. Nothing was written.")
                                          .arg(id, storeId),
                                      QStringLiteral("record key id mismatch")));
    }
    const auto keys = makeKeyProvider(ctx.settings);
    auto current = keys->loadKey(MissingKey::Refuse);
    if (current) {
        const QString currentId = RecordKeyBinding::keyId(**current);
        if (currentId == id) {
            ctx.out << KeysCommandText::tr("The record key %1 is already in place (%2); nothing was changed.")
                           .arg(id, keys->description())
                    << Qt::endl;
            return exitcode::Ok;
        }
        return reportError(ctx, Error(ErrorCode::InvalidData,
                                      KeysCommandText::tr("There is another record key in %1 (the key %2; this file holds "
                                                          "the key %3). Move the current key away first. Nothing was "
                                                          "written.")
                                          .arg(keys->description(), currentId, id),
                                      QStringLiteral("a record key is in place")));
    }
    if (current.error().code() != ErrorCode::NotFound)
        return reportError(ctx, current.error());
    if (auto stored = keys->storeKey(**key); !stored)
        return reportError(ctx, stored.error());
    SystemClock clock;
    if (auto audited = openAuditLog(ctx, **db, clock)->append(kCliStaff, RecordKeyExport::importAction(), QString(),
                                                             QStringLiteral("key=%1").arg(id));
        !audited)
        return reportError(ctx, audited.error());
    ctx.out << KeysCommandText::tr("The record key %1 was put in place (%2).").arg(id, keys->description()) << Qt::endl;
    return exitcode::Ok;
}

} // namespace

int runKeysCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("id") && args.size() == 1)
        return keyIds(ctx);
    if (sub == QLatin1String("rotate") && args.size() == 1)
        return rotate(ctx);
    if (sub == QLatin1String("export") && args.size() == 3 && args.at(1) == QLatin1String("--out") && !args.at(2).isEmpty())
        return exportKey(ctx, args.at(2));
    if (sub == QLatin1String("import") && args.size() == 2 && !args.at(1).startsWith(QLatin1String("--")))
        return importKey(ctx, args.at(1));
    if (sub == QLatin1String("--help") && args.size() == 1) {
        ctx.out << KeysCommandText::usage() << Qt::endl;
        return exitcode::Ok;
    }
    ctx.err << KeysCommandText::usage() << Qt::endl;
    return exitcode::Usage;
}

} // namespace kakanai
