#include "CardCommand.h"

#include "card/MyNumberCard.h"
#include "card/PcscTransport.h"
#include "common/Settings.h"
#include "card/SecureBuffer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace kakanai {

namespace {

class CardCommandText {
    Q_DECLARE_TR_FUNCTIONS(CardCommand)
public:
    static QString usage()
    {
        return tr("Usage: kakanai-cli card readers\n"
                  "       kakanai-cli card tries [--reader NAME] [--matching-b]\n"
                  "       kakanai-cli card read [--reader NAME] [--with-number] --pin-stdin [--confirm-last-try]\n"
                  "       kakanai-cli card read [--reader NAME] --verify-b-stdin [--confirm-last-try]\n"
                  "\n"
                  "  readers            list the card readers, one a line, with \"card present\" or \"empty\"\n"
                  "  tries              PIN tries left on the card (no try is spent)\n"
                  "  read               read name, address, birth date and sex as one JSON object\n"
                  "  --reader NAME      the reader to use (default: the only reader that holds a card)\n"
                  "  --with-number      also read the individual number (needs the PIN)\n"
                  "  --pin-stdin        read the 4-digit PIN from the first line of standard input\n"
                  "  --verify-b-stdin   read the 14-digit matching code B (照合番号B) from standard input instead\n"
                  "  --confirm-last-try the citizen was warned that a wrong entry now locks the card");
    }
};

struct ReadArgs {
    QString reader;
    bool withNumber = false;
    bool pinStdin = false;
    bool codeBStdin = false;
    bool confirmLastTry = false;
    bool matchingB = false; // tries
};

int usage(CliContext &ctx)
{
    ctx.err << CardCommandText::usage() << Qt::endl;
    return exitcode::Usage;
}

// One line from stdin straight into wiped memory; nothing is echoed or kept.
SecureBuffer readSecretLine()
{
    SecureBuffer line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin)) {
        if (c == '\r')
            continue;
        if (line.size() >= 64) // nobody types that much: stop collecting
            continue;
        line.append(static_cast<char>(c));
    }
    return line;
}

// --reader, or the one reader holding a card.
Result<QString> chooseReader(CliContext &, CardTransport &transport, const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    auto readers = transport.readers();
    if (!readers)
        return std::unexpected(readers.error());
    if (readers->isEmpty())
        return fail(ErrorCode::ReaderUnavailable, CardCommandText::tr("No card reader is connected."));
    QStringList withCard;
    for (const ReaderState &r : std::as_const(*readers)) {
        if (r.cardPresent)
            withCard.append(r.name);
    }
    if (withCard.isEmpty())
        return fail(ErrorCode::NoCard, CardCommandText::tr("There is no card in any reader. Insert the card."));
    if (withCard.size() > 1)
        return fail(ErrorCode::InvalidArgument,
                    CardCommandText::tr("More than one reader holds a card; choose one with --reader NAME."));
    return withCard.first();
}

QString jsonString(const QString &s)
{
    QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact); // ["…"]
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

int listReaders(CliContext &ctx)
{
    PcscTransport transport;
    auto readers = transport.readers();
    if (!readers)
        return reportError(ctx, readers.error());
    if (readers->isEmpty())
        return reportError(ctx, Error(ErrorCode::ReaderUnavailable, CardCommandText::tr("No card reader is connected.")));
    for (const ReaderState &r : std::as_const(*readers))
        ctx.out << r.name << '\t' << (r.cardPresent ? "card present" : "empty") << '\n';
    ctx.out.flush();
    return exitcode::Ok;
}

int tries(CliContext &ctx, const ReadArgs &a)
{
    PcscTransport transport;
    transport.setApduTimeout(std::chrono::milliseconds(ctx.settings.integer(SettingKey::CardApduTimeoutMs)));
    auto reader = chooseReader(ctx, transport, a.reader);
    if (!reader)
        return reportError(ctx, reader.error());
    MyNumberCard card(transport);
    auto n = card.triesLeft(*reader, a.matchingB ? MyNumberCard::Key::MatchingCodeB : MyNumberCard::Key::Pin);
    if (!n)
        return reportError(ctx, n.error());
    ctx.out << *n << Qt::endl;
    return exitcode::Ok;
}

int read(CliContext &ctx, const ReadArgs &a)
{
    SecureBuffer secret = readSecretLine();
    if (a.pinStdin && (secret.size() != MyNumberCard::kPinLength || !secret.isDigits()))
        return reportError(ctx, Error(ErrorCode::InvalidArgument,
                                      CardCommandText::tr("The PIN on standard input must be 4 digits.")));
    if (a.codeBStdin && (secret.size() != 14 || !secret.isDigits()))
        return reportError(ctx, Error(ErrorCode::InvalidArgument,
                                      CardCommandText::tr("Matching code B on standard input must be 14 digits.")));

    PcscTransport transport;
    transport.setApduTimeout(std::chrono::milliseconds(ctx.settings.integer(SettingKey::CardApduTimeoutMs)));
    auto reader = chooseReader(ctx, transport, a.reader);
    if (!reader)
        return reportError(ctx, reader.error());

    MyNumberCard card(transport);
    MyNumberCard::ReadOptions options;
    options.withIndividualNumber = a.withNumber;
    options.confirmLastTry = a.confirmLastTry;
    auto holder = a.pinStdin ? card.read(*reader, secret, options) : card.readWithMatchingCodeB(*reader, secret, options);
    secret.clear();
    if (!holder) {
        if (MyNumberCard::needsLastTryConfirmation(holder.error())) {
            ctx.err << "kakanai-cli: " << holder.error().message() << ' '
                    << CardCommandText::tr("Run again with --confirm-last-try once the citizen has been warned.")
                    << Qt::endl;
            return exitcode::CardError;
        }
        return reportError(ctx, holder.error());
    }

    ctx.out << "{\"name\":" << jsonString(holder->name) << ",\"address\":" << jsonString(holder->address)
            << ",\"birthDate\":\"" << holder->birthDate.toString(Qt::ISODate) << "\",\"sex\":\""
            << CardHolder::sexCode(holder->sex) << '"';
    if (holder->individualNumber) {
        const QByteArrayView digits = holder->individualNumber->view(); // 12 ASCII digits: no escaping needed
        ctx.out << ",\"individualNumber\":\"" << QLatin1StringView(digits.data(), digits.size()) << '"';
    }
    ctx.out << '}' << Qt::endl;
    return exitcode::Ok;
}

} // namespace

int runCardCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("--help") || sub == QLatin1String("help")) {
        ctx.out << CardCommandText::usage() << Qt::endl;
        return exitcode::Ok;
    }
    if (sub == QLatin1String("readers"))
        return args.size() == 1 ? listReaders(ctx) : usage(ctx);

    ReadArgs a;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &o = args.at(i);
        if (o == QLatin1String("--reader") && i + 1 < args.size())
            a.reader = args.at(++i);
        else if (o == QLatin1String("--with-number") && sub == QLatin1String("read"))
            a.withNumber = true;
        else if (o == QLatin1String("--pin-stdin") && sub == QLatin1String("read"))
            a.pinStdin = true;
        else if (o == QLatin1String("--verify-b-stdin") && sub == QLatin1String("read"))
            a.codeBStdin = true;
        else if (o == QLatin1String("--confirm-last-try") && sub == QLatin1String("read"))
            a.confirmLastTry = true;
        else if (o == QLatin1String("--matching-b") && sub == QLatin1String("tries"))
            a.matchingB = true;
        else
            return usage(ctx);
    }
    if (sub == QLatin1String("tries"))
        return tries(ctx, a);
    if (sub == QLatin1String("read")) {
        if (a.pinStdin == a.codeBStdin || (a.codeBStdin && a.withNumber))
            return usage(ctx);
        return read(ctx, a);
    }
    return usage(ctx);
}

} // namespace kakanai
