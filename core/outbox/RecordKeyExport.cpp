#include "RecordKeyExport.h"

#include "RecordKeyBinding.h"
#include "SecretKey.h"
#include "common/LogCategories.h"
#include "common/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kakanai {

namespace {

constexpr char kKdf[] = "argon2id13";
constexpr qint64 kMaxFileSize = 64 * 1024;
static_assert(crypto_secretbox_KEYBYTES == SecretKey::Size);

// Argon2id of the passphrase into `derived` (secure memory).
bool derive(SecretKey &derived, QByteArrayView passphrase, const unsigned char *salt, unsigned long long opslimit,
            std::size_t memlimit)
{
    return crypto_pwhash(derived.writableData(), SecretKey::Size, passphrase.data(), std::size_t(passphrase.size()),
                         salt, opslimit, memlimit, crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray fromBase64(const QJsonValue &value, qsizetype size, bool *ok)
{
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    *ok = *ok && value.isString() && decoded && decoded.decoded.size() == size;
    return decoded ? decoded.decoded : QByteArray();
}

} // namespace

Status RecordKeyExport::checkPassphrase(QByteArrayView passphraseUtf8)
{
    const qsizetype characters = QString::fromUtf8(passphraseUtf8).toUcs4().size();
    if (characters < MinimumPassphraseLength) {
        return fail(ErrorCode::InvalidArgument,
                    tr("The passphrase must have at least %n characters. Nothing was written.", nullptr,
                       MinimumPassphraseLength));
    }
    return {};
}

Status RecordKeyExport::write(const QString &path, const SecretKey &key, QByteArrayView passphraseUtf8)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, tr("The encryption library could not be started."));
    if (auto ok = checkPassphrase(passphraseUtf8); !ok)
        return ok;
    const QFileInfo info(path);
    const QString where = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists() || info.isSymLink())
        return fail(ErrorCode::InvalidArgument, tr("The key export file already exists; choose a new name. Nothing was written."),
                    where);

    unsigned char salt[crypto_pwhash_SALTBYTES];
    unsigned char nonce[crypto_secretbox_NONCEBYTES];
    randombytes_buf(salt, sizeof salt);
    randombytes_buf(nonce, sizeof nonce);
    const unsigned long long opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
    const std::size_t memlimit = crypto_pwhash_MEMLIMIT_MODERATE;
    auto derived = SecretKey::allocate();
    if (!derived)
        return fail(ErrorCode::Internal, tr("No protected memory is available for the record key."));
    if (!derive(*derived, passphraseUtf8, salt, opslimit, memlimit))
        return fail(ErrorCode::Internal, tr("Not enough memory to protect the key with the passphrase."),
                    QStringLiteral("crypto_pwhash failed"));
    QByteArray sealed(qsizetype(crypto_secretbox_MACBYTES + SecretKey::Size), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(sealed.data()), key.data(), SecretKey::Size, nonce,
                          derived->data());
    derived.reset();

    const QJsonObject o{{QStringLiteral("format"), format()},
                        {QStringLiteral("keyId"), RecordKeyBinding::keyId(key)},
                        {QStringLiteral("kdf"), QString::fromLatin1(kKdf)},
                        {QStringLiteral("opslimit"), qint64(opslimit)},
                        {QStringLiteral("memlimit"), qint64(memlimit)},
                        {QStringLiteral("salt"), QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(salt), sizeof salt).toBase64())},
                        {QStringLiteral("nonce"), QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(nonce), sizeof nonce).toBase64())},
                        {QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64())}};
    const QByteArray content = QJsonDocument(o).toJson(QJsonDocument::Indented);

    if (!PrivateFiles::makePath(info.absolutePath()))
        return fail(ErrorCode::PermissionDenied, tr("The folder for the key export file cannot be created."),
                    QDir::toNativeSeparators(info.absolutePath()));
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    // O_EXCL: another file of that name, even one made just now, is never overwritten.
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int error = errno;
        if (error == EEXIST)
            return fail(ErrorCode::InvalidArgument,
                        tr("The key export file already exists; choose a new name. Nothing was written."), where);
        return fail(error == ENOSPC ? ErrorCode::DiskFull : ErrorCode::PermissionDenied,
                    tr("The key export file cannot be created."), QStringLiteral("%1: %2").arg(where, errnoText(error)));
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    const char *data = content.constData();
    std::size_t left = std::size_t(content.size());
    bool ok = true;
    while (ok && left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok) {
            data += n;
            left -= std::size_t(n);
        }
    }
    ok = ok && ::fsync(fd) == 0;
    const int error = errno;
    if (::close(fd) != 0)
        ok = false;
    if (!ok) {
        ::unlink(native.constData());
        return fail(error == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Io, tr("The key export file could not be written."),
                    QStringLiteral("%1: %2").arg(where, errnoText(error)));
    }
    qCInfo(lcOutbox) << "record key" << RecordKeyBinding::keyId(key) << "exported to" << where;
    return {};
}

Result<std::unique_ptr<SecretKey>> RecordKeyExport::read(const QString &path, QByteArrayView passphraseUtf8)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, tr("The encryption library could not be started."));
    const QString where = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, tr("The key export file does not exist."), where);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::PermissionDenied, tr("The key export file cannot be opened."),
                    QStringLiteral("%1: %2").arg(where, file.errorString()));
    const Error notAnExport(ErrorCode::InvalidData,
                            tr("This is not a Kakanai key export file, or it is damaged. Nothing was written."), where);
    if (file.size() > kMaxFileSize)
        return std::unexpected(notAnExport);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(notAnExport);
    const QJsonObject o = document.object();
    if (o.value(QStringLiteral("format")).toString() != format()
        || o.value(QStringLiteral("kdf")).toString() != QLatin1String(kKdf))
        return std::unexpected(notAnExport);
    // Limits from the file are used only within libsodium's named range: a
    // file cannot make us spend gigabytes, nor weaken the passphrase to nothing.
    const double opslimit = o.value(QStringLiteral("opslimit")).toDouble(-1);
    const double memlimit = o.value(QStringLiteral("memlimit")).toDouble(-1);
    if (opslimit < double(crypto_pwhash_OPSLIMIT_INTERACTIVE) || opslimit > double(crypto_pwhash_OPSLIMIT_SENSITIVE)
        || memlimit < double(crypto_pwhash_MEMLIMIT_INTERACTIVE) || memlimit > double(crypto_pwhash_MEMLIMIT_SENSITIVE))
        return std::unexpected(notAnExport);
    bool ok = true;
    const QByteArray salt = fromBase64(o.value(QStringLiteral("salt")), crypto_pwhash_SALTBYTES, &ok);
    const QByteArray nonce = fromBase64(o.value(QStringLiteral("nonce")), crypto_secretbox_NONCEBYTES, &ok);
    const QByteArray sealed = fromBase64(o.value(QStringLiteral("sealed")), qsizetype(crypto_secretbox_MACBYTES + SecretKey::Size), &ok);
    const QString keyId = o.value(QStringLiteral("keyId")).toString();
    if (!ok)
        return std::unexpected(notAnExport);

    auto derived = SecretKey::allocate();
    auto key = SecretKey::allocate();
    if (!derived || !key)
        return fail(ErrorCode::Internal, tr("No protected memory is available for the record key."));
    if (!derive(*derived, passphraseUtf8, reinterpret_cast<const unsigned char *>(salt.constData()),
                static_cast<unsigned long long>(opslimit), std::size_t(memlimit)))
        return fail(ErrorCode::Internal, tr("Not enough memory to protect the key with the passphrase."),
                    QStringLiteral("crypto_pwhash failed"));
    if (crypto_secretbox_open_easy(key->writableData(), reinterpret_cast<const unsigned char *>(sealed.constData()),
                                   std::size_t(sealed.size()), reinterpret_cast<const unsigned char *>(nonce.constData()),
                                   derived->data())
        != 0) {
        return fail(ErrorCode::PermissionDenied,
                    tr("The passphrase does not open this key export file (or the file was changed). Nothing was written."),
                    where);
    }
    key->makeReadOnly();
    if (RecordKeyBinding::keyId(*key) != keyId)
        return std::unexpected(notAnExport);
    return key;
}

} // namespace kakanai
