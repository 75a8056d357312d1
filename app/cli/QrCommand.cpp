#include "QrCommand.h"

#include "InputFiles.h"
#include "QrImageWriter.h"
#include "QrInput.h"

#include "common/PrivateFiles.h"
#include "common/Settings.h"
#include "forms/FormLibrary.h"
#include "forms/LifeEventNavi.h"
#include "prereg/PreRegCodec.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace kakanai {

namespace {

class QrCommandText {
    Q_DECLARE_TR_FUNCTIONS(QrCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli qr make --event EVENT [--event …] --fields FILE.json (--png OUT.png | --text)\n"
                  "                           [--sign-key FILE] [--part-bytes N]\n"
                  "       kakanai-cli qr decode (--text STRING | --image FILE) [--json]\n"
                  "       kakanai-cli qr keygen --out FILE [--label LABEL]\n"
                  "\n"
                  "  make     the citizen's pre-registration code (docs/qr-format.md) from a JSON file with\n"
                  "           \"answers\", \"person\", \"facts\", \"household\", \"fields\", \"values\"; \"forms\" may be\n"
                  "           left out (the 手続ナビ checklist of the events gives them)\n"
                  "  --png    the symbols as one PNG image (several symbols are numbered 1/N …)\n"
                  "  --text   the text of each symbol, one per line\n"
                  "  --sign-key FILE  sign the code with a municipal server's key (made by \"qr keygen\")\n"
                  "  decode   read a code: from its text (several symbols separated by spaces) or from an\n"
                  "           image or PDF file; prints what it says, or exits non-zero and says why\n"
                  "  keygen   a new Ed25519 signing key in FILE (never overwritten) and the line for\n"
                  "           [prereg] trustedKeys that makes offices trust it");
    }
};

int usage(CliContext &ctx)
{
    ctx.err << QrCommandText::usage() << Qt::endl;
    return exitcode::Usage;
}

struct Definitions {
    forms::FormLibrary library;
    std::optional<forms::LifeEventNavi> navi;
};

Result<Definitions> loadDefinitions(const CliContext &ctx)
{
    Definitions d;
    const QString overrideDir = ctx.settings.string(SettingKey::FormsOverrideDir);
    d.library = forms::FormLibrary::load(overrideDir);
    auto navi = forms::LifeEventNavi::load(d.library, overrideDir);
    if (!navi)
        return std::unexpected(navi.error());
    d.navi = std::move(*navi);
    return d;
}

Result<prereg::SigningKey> readSigningKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error(ErrorCode::NotFound, QrCommandText::tr("The signing key file cannot be read."),
                                     file.errorString()));
    QByteArray text = file.read(1024).trimmed();
    QByteArray secret = QByteArray::fromBase64(text);
    sodium_memzero(text.data(), size_t(text.size()));
    auto key = prereg::SigningKey::fromSecretKey(secret);
    sodium_memzero(secret.data(), size_t(secret.size()));
    return key;
}

int make(CliContext &ctx, const QStringList &args)
{
    QStringList events;
    QString fieldsFile;
    QString png;
    QString signKey;
    bool text = false;
    int partBytes = prereg::QrSymbols::kBytesPerPart;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &o = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (o == QLatin1String("--text"))
            text = true;
        else if (!hasValue)
            return usage(ctx);
        else if (o == QLatin1String("--event"))
            events.append(args.at(++i));
        else if (o == QLatin1String("--fields"))
            fieldsFile = args.at(++i);
        else if (o == QLatin1String("--png"))
            png = args.at(++i);
        else if (o == QLatin1String("--sign-key"))
            signKey = args.at(++i);
        else if (o == QLatin1String("--part-bytes")) {
            bool ok = false;
            partBytes = args.at(++i).toInt(&ok);
            if (!ok || partBytes < 16 || partBytes > 2000)
                return usage(ctx);
        } else
            return usage(ctx);
    }
    if (events.isEmpty() || fieldsFile.isEmpty() || (png.isEmpty() && !text))
        return usage(ctx);

    auto definitions = loadDefinitions(ctx);
    if (!definitions)
        return reportError(ctx, definitions.error());
    auto object = readJsonObject(fieldsFile, QrCommandText::tr("fields"));
    if (!object)
        return reportError(ctx, object.error());
    QJsonObject document = *object;
    document.insert(QStringLiteral("format"), prereg::PreRegistration::formatName());
    document.insert(QStringLiteral("events"), QJsonArray::fromStringList(events));
    if (!document.contains(QStringLiteral("forms"))) {
        // The forms the 手続ナビ gives for these events and answers, at this office's versions.
        QHash<QString, bool> answers;
        const QJsonObject given = document.value(QStringLiteral("answers")).toObject();
        for (auto it = given.begin(); it != given.end(); ++it)
            answers.insert(it.key(), it.value().toBool());
        QJsonObject formVersions;
        for (const forms::ChecklistItem &item : definitions->navi->checklist(events, answers)) {
            if (const forms::FormDefinition *form = item.isForm() ? definitions->library.find(item.formId) : nullptr)
                formVersions.insert(form->id, form->version);
        }
        document.insert(QStringLiteral("forms"), formVersions);
    }
    auto content = prereg::PreRegistration::fromJson(QJsonDocument(document).toJson(QJsonDocument::Compact),
                                                     definitions->library, *definitions->navi);
    if (!content)
        return reportError(ctx, content.error());

    std::optional<prereg::SigningKey> key;
    if (!signKey.isEmpty()) {
        auto read = readSigningKey(signKey);
        if (!read)
            return reportError(ctx, read.error());
        key = std::move(*read);
    }
    const prereg::PreRegCodec codec(definitions->library, *definitions->navi);
    auto symbols = codec.make(*content, key ? &*key : nullptr, partBytes);
    if (!symbols)
        return reportError(ctx, symbols.error());

    if (!png.isEmpty()) {
        auto image = symbols->size() == 1 ? qr::QrImageWriter::makeImage(symbols->first())
                                          : qr::QrImageWriter::makeSheet(*symbols);
        if (!image)
            return reportError(ctx, image.error());
        if (!image->save(png, "PNG"))
            return reportError(ctx, Error(ErrorCode::Io, QrCommandText::tr("The PNG file could not be written."), png));
    }
    if (text) {
        for (const QString &symbol : std::as_const(*symbols))
            ctx.out << symbol << '\n';
    }
    ctx.out.flush();
    return exitcode::Ok;
}

QJsonObject signatureJson(const prereg::SignatureCheck &signature)
{
    QJsonObject o{{QStringLiteral("state"), prereg::SignatureCheck::stateName(signature.state)}};
    if (!signature.keyLabel.isEmpty())
        o.insert(QStringLiteral("key"), signature.keyLabel);
    if (!signature.keyIdHex.isEmpty())
        o.insert(QStringLiteral("keyId"), signature.keyIdHex);
    return o;
}

void printReadable(CliContext &ctx, const prereg::DecodedPreRegistration &decoded)
{
    const prereg::PreRegistration &c = decoded.content;
    QTextStream &out = ctx.out;
    switch (decoded.signature.state) {
    case prereg::SignatureCheck::State::Verified:
        out << QrCommandText::tr("signature: verified (%1)").arg(decoded.signature.keyLabel) << '\n';
        break;
    case prereg::SignatureCheck::State::UnknownKey:
        out << QrCommandText::tr("signature: not verified (key %1 is not trusted here)").arg(decoded.signature.keyIdHex)
            << '\n';
        break;
    case prereg::SignatureCheck::State::Unsigned:
        out << QrCommandText::tr("signature: none (made by the citizen)") << '\n';
        break;
    }
    out << QrCommandText::tr("symbols: %1").arg(decoded.symbolCount) << '\n';
    out << QrCommandText::tr("events: %1").arg(c.events.join(QStringLiteral(", "))) << '\n';
    QStringList forms;
    for (const auto &[id, version] : c.forms)
        forms << QStringLiteral("%1 (v%2)").arg(id).arg(version);
    out << QrCommandText::tr("forms: %1").arg(forms.join(QStringLiteral(", "))) << '\n';
    // The rest as the document itself: every field, nothing reformatted.
    const QJsonObject document = QJsonDocument::fromJson(c.toJson()).object();
    for (const char *key : {"answers", "person", "facts", "household", "fields", "values"}) {
        const QJsonValue value = document.value(QLatin1String(key));
        if (value.isUndefined())
            continue;
        const QByteArray json = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                                                 : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
        out << key << ": " << QString::fromUtf8(json);
    }
}

int decode(CliContext &ctx, const QStringList &args)
{
    QStringList texts;
    QString image;
    bool json = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &o = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (o == QLatin1String("--json"))
            json = true;
        else if (!hasValue)
            return usage(ctx);
        else if (o == QLatin1String("--text"))
            texts << symbolsFromText(args.at(++i));
        else if (o == QLatin1String("--image"))
            image = args.at(++i);
        else
            return usage(ctx);
    }
    if (texts.isEmpty() == image.isEmpty())
        return usage(ctx);
    if (!image.isEmpty()) {
        auto read = symbolsFromImage(image);
        if (!read)
            return reportError(ctx, read.error());
        texts = *read;
    }
    auto definitions = loadDefinitions(ctx);
    if (!definitions)
        return reportError(ctx, definitions.error());
    auto decoded = decodeCode(ctx.settings, definitions->library, *definitions->navi, texts);
    if (!decoded)
        return reportError(ctx, decoded.error());
    if (json) {
        const QJsonObject root{{QStringLiteral("content"), QJsonDocument::fromJson(decoded->content.toJson()).object()},
                               {QStringLiteral("signature"), signatureJson(decoded->signature)},
                               {QStringLiteral("symbols"), decoded->symbolCount}};
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)) << Qt::endl;
        return exitcode::Ok;
    }
    printReadable(ctx, *decoded);
    ctx.out.flush();
    return exitcode::Ok;
}

int keygen(CliContext &ctx, const QStringList &args)
{
    QString outPath;
    QString label = QStringLiteral("prereg-server");
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--out"))
            outPath = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--label"))
            label = args.at(i + 1);
        else
            return usage(ctx);
    }
    if (outPath.isEmpty() || args.size() % 2 != 0 || label.contains(QLatin1Char(';')) || label.contains(QLatin1Char(':')))
        return usage(ctx);
    if (QFileInfo::exists(outPath))
        return reportError(ctx, Error(ErrorCode::InvalidArgument,
                                      QrCommandText::tr("The key file already exists; it is never overwritten."),
                                      outPath));
    const prereg::SigningKey key = prereg::SigningKey::generate();
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictFile(file))
        return reportError(ctx, Error(ErrorCode::Io, QrCommandText::tr("The key file could not be written."),
                                      file.errorString()));
    QByteArray secret = key.secretKey();
    QByteArray text = secret.toBase64();
    sodium_memzero(secret.data(), size_t(secret.size()));
    text.append('\n');
    const bool written = file.write(text) == text.size();
    sodium_memzero(text.data(), size_t(text.size()));
    if (!written || !file.commit())
        return reportError(ctx, Error(ErrorCode::Io, QrCommandText::tr("The key file could not be written."),
                                      file.errorString()));
    ctx.out << QrCommandText::tr("Secret key written to %1 (keep it on the signing server only).").arg(outPath) << '\n'
            << QrCommandText::tr("For [prereg] trustedKeys:") << '\n'
            << label << ':' << QString::fromLatin1(key.publicKey().toBase64()) << Qt::endl;
    return exitcode::Ok;
}

} // namespace

int runQrCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("--help") || sub == QLatin1String("help")) {
        ctx.out << QrCommandText::usage() << Qt::endl;
        return exitcode::Ok;
    }
    if (sub == QLatin1String("make"))
        return make(ctx, args.mid(1));
    if (sub == QLatin1String("decode"))
        return decode(ctx, args.mid(1));
    if (sub == QLatin1String("keygen"))
        return keygen(ctx, args.mid(1));
    return usage(ctx);
}

} // namespace kakanai
