#include "MyNumberCard.h"

#include "BerTlv.h"
#include "common/LogCategories.h"

#include <QCryptographicHash>
#include <QStringDecoder>

#include <algorithm>

namespace kakanai {

namespace {

// The detail that marks "one try left, not confirmed" (see needsLastTryConfirmation()).
const QLatin1String kLastTryDetail("pin: one try left, last-try warning not confirmed");

constexpr quint32 kTagBasicInfo = 0xFF20;
constexpr quint32 kTagOffsets = 0xDF21;
constexpr quint32 kTagName = 0xDF22;
constexpr quint32 kTagAddress = 0xDF23;
constexpr quint32 kTagBirthDate = 0xDF24;
constexpr quint32 kTagSex = 0xDF25;
constexpr quint32 kTagIndividualNumber = 0xFF10;
constexpr quint32 kTagIntegrity = 0xFF30;
constexpr quint32 kTagDigestNumber = 0xDF31;
constexpr quint32 kTagDigestBasicInfo = 0xDF32;

constexpr quint16 kSwOk = 0x9000;
constexpr quint16 kSwEndOfFile = 0x6282;
constexpr quint16 kSwNoPreciseDiagnosis = 0x6F00;
constexpr quint16 kSwAuthBlocked = 0x6983;
constexpr quint16 kSwBlocked = 0x6984;

quint16 statusWord(const QByteArray &r)
{
    return static_cast<quint16>((static_cast<quint8>(r.at(r.size() - 2)) << 8) | static_cast<quint8>(r.at(r.size() - 1)));
}

QString swText(quint16 sw)
{
    return QStringLiteral("%1 %2").arg(sw >> 8, 2, 16, QLatin1Char('0')).arg(sw & 0xFF, 2, 16, QLatin1Char('0')).toUpper();
}

QByteArray selectFileApdu(quint16 fid)
{
    QByteArray a = QByteArray::fromHex("00A4020C02");
    a.append(static_cast<char>(fid >> 8));
    a.append(static_cast<char>(fid & 0xFF));
    return a;
}

QByteArray readBinaryApdu(int offset, int length)
{
    QByteArray a = QByteArray::fromHex("00B0");
    a.append(static_cast<char>((offset >> 8) & 0x7F));
    a.append(static_cast<char>(offset & 0xFF));
    a.append(static_cast<char>(length >= 256 ? 0 : length));
    return a;
}

QByteArray getResponseApdu(int length)
{
    QByteArray a = QByteArray::fromHex("00C00000");
    a.append(static_cast<char>(length >= 256 ? 0 : length));
    return a;
}

const QByteArray &verifyHeader()
{
    static const QByteArray h = QByteArray::fromHex("00200080");
    return h;
}

// Valid UTF-8 without control characters (CardHolder::hasControlCharacter).
std::optional<QString> strictUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    if (CardHolder::hasControlCharacter(s))
        return std::nullopt;
    return s;
}

QString keyName(MyNumberCard::Key key)
{
    return key == MyNumberCard::Key::Pin ? QStringLiteral("pin") : QStringLiteral("matching code B");
}

} // namespace

MyNumberCard::MyNumberCard(CardTransport &transport)
    : m_transport(transport)
{
}

QByteArray MyNumberCard::textInputAid()
{
    return QByteArray::fromHex("D3921000310001010408");
}

bool MyNumberCard::needsLastTryConfirmation(const Error &error)
{
    return error.code() == ErrorCode::Cancelled && error.triesLeft() == 1 && error.technicalDetail() == kLastTryDetail;
}

std::unexpected<Error> MyNumberCard::unexpectedAnswer(const QString &detail) const
{
    return fail(ErrorCode::CardUnexpectedAnswer,
                tr("The card gave an unexpected answer. Take the card out, insert it again and repeat the read; "
                   "if this repeats, the card may be damaged: refer the citizen to the My Number card desk."),
                detail);
}

// ---- session ---------------------------------------------------------------

Status MyNumberCard::open(const QString &reader)
{
    if (auto ok = m_transport.connect(reader, CardTransport::Share::Exclusive); !ok)
        return ok;
    if (auto ok = m_transport.beginTransaction(); !ok) {
        close();
        return ok;
    }
    return {};
}

void MyNumberCard::close()
{
    // Power the card off whatever happened before: that is what clears a
    // verified PIN. Failures here (card already gone) change nothing for the caller.
    if (!m_transport.isConnected())
        return;
    (void)m_transport.endTransaction(CardTransport::Disposition::Leave);
    if (auto ok = m_transport.disconnect(CardTransport::Disposition::Unpower); !ok)
        qCDebug(lcCard) << "disconnect after read:" << ok.error().technicalDetail();
}

Result<QByteArray> MyNumberCard::exchange(QByteArrayView apdu, const char *what)
{
    ++m_apduCount;
    auto r = m_transport.transmit(apdu);
    if (!r)
        return r;
    if (r->size() < 2) {
        SecureBuffer::wipe(*r);
        return unexpectedAnswer(QStringLiteral("%1: answer of %2 bytes").arg(QLatin1String(what)).arg(r->size()));
    }
    return r;
}

Status MyNumberCard::selectApplication()
{
    QByteArray apdu = QByteArray::fromHex("00A4040C");
    apdu.append(static_cast<char>(textInputAid().size()));
    apdu.append(textInputAid());
    for (int attempt = 0;; ++attempt) {
        auto r = exchange(apdu, "SELECT AP");
        if (!r)
            return std::unexpected(r.error());
        const quint16 sw = statusWord(*r);
        if (sw == kSwOk && r->size() == 2)
            return {};
        if (sw == kSwNoPreciseDiagnosis && attempt == 0) {
            qCDebug(lcCard) << "SELECT AP answered 6F 00 after power-on: retrying once";
            continue;
        }
        switch (sw) {
        case 0x6A82: // not found
        case 0x6A81: // function not supported
        case 0x6A86: // wrong P1/P2
        case 0x6D00: // instruction not supported
        case 0x6E00: // class not supported
        case 0x6881: // logical channel not supported
        case 0x6999: // applet selection failed
            return fail(ErrorCode::CardNotMyNumber,
                        tr("This is not a My Number card (個人番号カード), or its text input application cannot be used. "
                           "Check the card."),
                        QStringLiteral("SELECT AP: SW %1").arg(swText(sw)));
        default:
            return unexpectedAnswer(QStringLiteral("SELECT AP: SW %1, %2 data bytes").arg(swText(sw)).arg(r->size() - 2));
        }
    }
}

Status MyNumberCard::selectFile(quint16 fid)
{
    auto r = exchange(selectFileApdu(fid), "SELECT EF");
    if (!r)
        return std::unexpected(r.error());
    const quint16 sw = statusWord(*r);
    if (sw == kSwOk && r->size() == 2)
        return {};
    return unexpectedAnswer(QStringLiteral("SELECT EF %1: SW %2").arg(fid, 4, 16, QLatin1Char('0')).arg(swText(sw)));
}

Result<int> MyNumberCard::queryTries(Key key)
{
    auto r = exchange(verifyHeader(), "VERIFY (tries)");
    if (!r)
        return std::unexpected(r.error());
    const quint16 sw = statusWord(*r);
    if (r->size() == 2) {
        if ((sw & 0xFFF0) == 0x63C0 && (sw & 0x0F) > 0)
            return sw & 0x0F;
        if (sw == kSwBlocked || sw == kSwAuthBlocked || sw == 0x63C0) {
            Error e(ErrorCode::CardPinBlocked,
                    key == Key::Pin ? tr("The card's PIN is locked. The citizen must have it reset at the "
                                         "municipal office's My Number card desk.")
                                    : tr("Matching code B is locked on this card. The citizen must go to the "
                                         "municipal office's My Number card desk."),
                    QStringLiteral("%1 tries: SW %2").arg(keyName(key), swText(sw)));
            return std::unexpected(e.withTriesLeft(0));
        }
        if (sw == kSwOk) {
            // Already verified in this power cycle (another program left it so):
            // a successful VERIFY resets the counter, so all tries are there.
            qCDebug(lcCard) << "tries query: key already verified";
            return kMaxTries;
        }
    }
    return unexpectedAnswer(QStringLiteral("%1 tries: SW %2").arg(keyName(key), swText(sw)));
}

Status MyNumberCard::verify(Key key, const SecureBuffer &secret, bool confirmLastTry)
{
    auto tries = queryTries(key);
    if (!tries)
        return std::unexpected(tries.error());
    if (*tries == 1 && !confirmLastTry) {
        Error e(ErrorCode::Cancelled,
                key == Key::Pin ? tr("Only one PIN try is left: a wrong PIN now locks the card. "
                                     "Confirm the warning with the citizen before the PIN is sent.")
                                : tr("Only one try is left for matching code B: a wrong entry now locks it. "
                                     "Confirm the warning before it is sent."),
                kLastTryDetail);
        return std::unexpected(e.withTriesLeft(1));
    }

    // The command is built in wiped memory and handed over as a view.
    SecureBuffer apdu;
    apdu.append(verifyHeader());
    apdu.append(static_cast<char>(secret.size()));
    apdu.append(secret.view());
    auto r = exchange(apdu.view(), "VERIFY");
    apdu.clear();
    if (!r)
        return std::unexpected(r.error());
    const quint16 sw = statusWord(*r);
    if (r->size() == 2) {
        if (sw == kSwOk)
            return {};
        if ((sw & 0xFFF0) == 0x63C0) {
            const int left = sw & 0x0F;
            if (left == 0) {
                Error e(ErrorCode::CardPinBlocked,
                        key == Key::Pin ? tr("The PIN was wrong and the card's PIN is now locked. The citizen must "
                                             "have it reset at the municipal office's My Number card desk.")
                                        : tr("Matching code B was wrong and is now locked. The citizen must go to "
                                             "the municipal office's My Number card desk."),
                        QStringLiteral("%1 verify: SW %2").arg(keyName(key), swText(sw)));
                return std::unexpected(e.withTriesLeft(0));
            }
            Error e(ErrorCode::CardWrongPin,
                    key == Key::Pin ? tr("The PIN is wrong. Tries left: %n.", nullptr, left)
                                    : tr("Matching code B is wrong. Tries left: %n.", nullptr, left),
                    QStringLiteral("%1 verify: SW %2").arg(keyName(key), swText(sw)));
            return std::unexpected(e.withTriesLeft(left));
        }
        if (sw == kSwBlocked || sw == kSwAuthBlocked) {
            Error e(ErrorCode::CardPinBlocked,
                    tr("The card's PIN is locked. The citizen must have it reset at the municipal office's "
                       "My Number card desk."),
                    QStringLiteral("%1 verify: SW %2").arg(keyName(key), swText(sw)));
            return std::unexpected(e.withTriesLeft(0));
        }
    }
    return unexpectedAnswer(QStringLiteral("%1 verify: SW %2").arg(keyName(key), swText(sw)));
}

// ---- READ BINARY -------------------------------------------------------------

Result<QByteArray> MyNumberCard::readChunk(int offset, int length)
{
    if (offset < 0 || offset > 0x7FFF)
        return unexpectedAnswer(QStringLiteral("READ BINARY: offset %1 out of range").arg(offset));
    QByteArray apdu = readBinaryApdu(offset, length);
    bool resent = false;
    for (;;) {
        auto r = exchange(apdu, "READ BINARY");
        if (!r)
            return r;
        const quint16 sw = statusWord(*r);
        const quint8 sw1 = sw >> 8;
        if (sw1 == 0x6C && r->size() == 2 && !resent) {
            // Wrong Le: the card says how many bytes it has from here.
            resent = true;
            apdu = readBinaryApdu(offset, (sw & 0xFF) == 0 ? 256 : (sw & 0xFF));
            continue;
        }
        QByteArray data = r->first(r->size() - 2);
        SecureBuffer::wipe(*r);
        if (sw1 == 0x61) {
            // More data waiting: GET RESPONSE until the card is done.
            quint16 more = sw;
            for (int i = 0; (more >> 8) == 0x61; ++i) {
                if (i >= 8 || data.size() > kMaxFileSize) {
                    SecureBuffer::wipe(data);
                    return unexpectedAnswer(QStringLiteral("READ BINARY: GET RESPONSE does not end"));
                }
                auto g = exchange(getResponseApdu((more & 0xFF) == 0 ? 256 : (more & 0xFF)), "GET RESPONSE");
                if (!g) {
                    SecureBuffer::wipe(data);
                    return g;
                }
                more = statusWord(*g);
                data.append(g->first(g->size() - 2));
                SecureBuffer::wipe(*g);
            }
            if (more != kSwOk && more != kSwEndOfFile) {
                SecureBuffer::wipe(data);
                return unexpectedAnswer(QStringLiteral("GET RESPONSE: SW %1").arg(swText(more)));
            }
            return data;
        }
        if (sw == kSwOk || sw == kSwEndOfFile)
            return data;
        SecureBuffer::wipe(data);
        return unexpectedAnswer(QStringLiteral("READ BINARY at %1: SW %2").arg(offset).arg(swText(sw)));
    }
}

Result<QByteArray> MyNumberCard::readRange(int offset, int length, QByteArray head)
{
    QByteArray out;
    out.reserve(head.size() + length);
    out.append(head);
    SecureBuffer::wipe(head);
    const qsizetype wanted = out.size() + length;
    while (out.size() < wanted) {
        const int position = offset + static_cast<int>(out.size());
        auto chunk = readChunk(position, static_cast<int>(std::min<qsizetype>(256, wanted - out.size())));
        if (!chunk) {
            SecureBuffer::wipe(out);
            return chunk;
        }
        if (chunk->isEmpty()) {
            SecureBuffer::wipe(out);
            return unexpectedAnswer(QStringLiteral("READ BINARY at %1: no data").arg(position));
        }
        out.append(*chunk);
        SecureBuffer::wipe(*chunk);
    }
    out.truncate(wanted); // a card that sent more than asked
    return out;
}

Result<QByteArray> MyNumberCard::readTlvFile(quint16 fid)
{
    if (auto ok = selectFile(fid); !ok)
        return std::unexpected(ok.error());
    // The first bytes hold the header; it says how long the rest is.
    auto head = readRange(0, kHeaderProbe);
    if (!head)
        return head;
    auto header = BerTlv::parseHeader(*head);
    if (!header) {
        SecureBuffer::wipe(*head);
        return unexpectedAnswer(QStringLiteral("EF %1: %2").arg(fid, 4, 16, QLatin1Char('0')).arg(header.error().technicalDetail()));
    }
    const qsizetype total = header->totalSize();
    if (total > kMaxFileSize) {
        SecureBuffer::wipe(*head);
        return unexpectedAnswer(QStringLiteral("EF %1: header claims %2 bytes").arg(fid, 4, 16, QLatin1Char('0')).arg(total));
    }
    if (total <= head->size()) {
        head->truncate(total);
        return head;
    }
    const int remaining = static_cast<int>(total - head->size());
    return readRange(0, remaining, *std::move(head));
}

Result<QByteArray> MyNumberCard::readFixedFile(quint16 fid, int size)
{
    if (auto ok = selectFile(fid); !ok)
        return std::unexpected(ok.error());
    return readRange(0, size);
}

// ---- parsing and checks ------------------------------------------------------

Result<CardHolder> MyNumberCard::parseBasicInfo(const QByteArray &ef0002)
{
    auto outer = BerTlv::parseElement(ef0002);
    if (!outer)
        return unexpectedAnswer(QStringLiteral("EF 0002: %1").arg(outer.error().technicalDetail()));
    if (outer->tag != kTagBasicInfo)
        return unexpectedAnswer(QStringLiteral("EF 0002: outer tag %1").arg(outer->tag, 0, 16));
    auto kids = BerTlv::children(*outer);
    if (!kids)
        return unexpectedAnswer(QStringLiteral("EF 0002: %1").arg(kids.error().technicalDetail()));

    const auto name = BerTlv::find(*kids, kTagName);
    const auto address = BerTlv::find(*kids, kTagAddress);
    const auto birth = BerTlv::find(*kids, kTagBirthDate);
    const auto sex = BerTlv::find(*kids, kTagSex);
    if (!name || !address || !birth || !sex)
        return unexpectedAnswer(QStringLiteral("EF 0002: a field is missing"));

    CardHolder h;
    auto nameText = strictUtf8(name->value);
    auto addressText = strictUtf8(address->value);
    if (!nameText || !addressText || nameText->isEmpty())
        return unexpectedAnswer(QStringLiteral("EF 0002: name or address is not valid UTF-8 or holds a control character"));
    h.name = *std::move(nameText);
    h.address = *std::move(addressText);

    const QByteArray &b = birth->value;
    const bool digits = b.size() == 8 && std::all_of(b.begin(), b.end(), [](char c) { return c >= '0' && c <= '9'; });
    h.birthDate = digits ? QDate(b.left(4).toInt(), b.mid(4, 2).toInt(), b.mid(6, 2).toInt()) : QDate();
    if (!h.birthDate.isValid())
        return unexpectedAnswer(QStringLiteral("EF 0002: birth date is not YYYYMMDD"));

    if (sex->value.size() != 1)
        return unexpectedAnswer(QStringLiteral("EF 0002: sex field of %1 bytes").arg(sex->value.size()));
    switch (sex->value.at(0)) {
    case '0': h.sex = Sex::NotKnown; break;
    case '1': h.sex = Sex::Male; break;
    case '2': h.sex = Sex::Female; break;
    case '9': h.sex = Sex::NotApplicable; break;
    default: return unexpectedAnswer(QStringLiteral("EF 0002: sex code is not ISO 5218"));
    }
    return h;
}

Result<SecureBuffer> MyNumberCard::parseIndividualNumber(const QByteArray &ef0001)
{
    auto e = BerTlv::parseElement(ef0001);
    if (!e)
        return unexpectedAnswer(QStringLiteral("EF 0001: %1").arg(e.error().technicalDetail()));
    SecureBuffer number = SecureBuffer::fromBytes(e->value);
    SecureBuffer::wipe(e->value);
    if (e->tag != kTagIndividualNumber || number.size() != 12 || !number.isDigits())
        return unexpectedAnswer(QStringLiteral("EF 0001: not 12 digits under FF 10"));
    return number;
}

Status MyNumberCard::checkIntegrity(const QByteArray &ef0003, const QByteArray &ef0002, const QByteArray *ef0001)
{
    auto outer = BerTlv::parseElement(ef0003);
    if (!outer || outer->tag != kTagIntegrity)
        return unexpectedAnswer(QStringLiteral("EF 0003: no FF 30 record"));
    auto kids = BerTlv::children(*outer);
    if (!kids)
        return unexpectedAnswer(QStringLiteral("EF 0003: %1").arg(kids.error().technicalDetail()));
    const auto digestBasic = BerTlv::find(*kids, kTagDigestBasicInfo);
    const auto digestNumber = BerTlv::find(*kids, kTagDigestNumber);
    if (!digestBasic || digestBasic->value.size() != 32 || (ef0001 && (!digestNumber || digestNumber->value.size() != 32)))
        return unexpectedAnswer(QStringLiteral("EF 0003: digest missing or not SHA-256"));

    // DF 32 covers EF 0002's outer value from DF 22 to the end (DF 21, the
    // offset table, is left out).
    auto basic = BerTlv::parseElement(ef0002);
    if (!basic)
        return unexpectedAnswer(QStringLiteral("EF 0002: %1").arg(basic.error().technicalDetail()));
    auto fields = BerTlv::children(*basic);
    if (!fields)
        return unexpectedAnswer(QStringLiteral("EF 0002: %1").arg(fields.error().technicalDetail()));
    const auto name = BerTlv::find(*fields, kTagName);
    if (!name)
        return unexpectedAnswer(QStringLiteral("EF 0002: no DF 22"));
    const QByteArray covered = basic->value.mid(name->offset);

    const auto integrityError = [](const char *which) {
        return fail(ErrorCode::CardIntegrity,
                    tr("The data read from the card does not match the card's own check value. Read the card "
                       "again; if this repeats, do not use the data and refer the citizen to the My Number card desk."),
                    QStringLiteral("EF 0003: %1 digest mismatch").arg(QLatin1String(which)));
    };
    if (QCryptographicHash::hash(covered, QCryptographicHash::Sha256) != digestBasic->value)
        return integrityError("DF 32 (EF 0002)");
    if (ef0001 && QCryptographicHash::hash(*ef0001, QCryptographicHash::Sha256) != digestNumber->value)
        return integrityError("DF 31 (EF 0001)");
    return {};
}

// ---- public calls --------------------------------------------------------------

Result<int> MyNumberCard::triesLeft(const QString &reader, Key key)
{
    m_apduCount = 0;
    if (auto ok = open(reader); !ok)
        return std::unexpected(ok.error());
    Result<int> result = [&]() -> Result<int> {
        if (auto ok = selectApplication(); !ok)
            return std::unexpected(ok.error());
        if (auto ok = selectFile(key == Key::Pin ? kEfPin : kEfMatchingCodeB); !ok)
            return std::unexpected(ok.error());
        return queryTries(key);
    }();
    close();
    return result;
}

Result<CardHolder> MyNumberCard::read(const QString &reader, const SecureBuffer &pin, const ReadOptions &options)
{
    m_apduCount = 0;
    if (pin.size() != kPinLength || !pin.isDigits())
        return fail(ErrorCode::InvalidArgument, tr("The PIN must be 4 digits."), QStringLiteral("pin: not 4 digits"));
    return readSession(reader, Key::Pin, pin, options);
}

Result<CardHolder> MyNumberCard::readWithMatchingCodeB(const QString &reader, const SecureBuffer &code,
                                                       const ReadOptions &options)
{
    m_apduCount = 0;
    if (options.withIndividualNumber)
        return fail(ErrorCode::InvalidArgument,
                    tr("The individual number cannot be read with matching code B; the citizen's PIN is needed."),
                    QStringLiteral("matching code B: individual number requested"));
    if (code.size() != 14 || !code.isDigits())
        return fail(ErrorCode::InvalidArgument, tr("Matching code B must be 14 digits."),
                    QStringLiteral("matching code B: not 14 digits"));
    return readSession(reader, Key::MatchingCodeB, code, options);
}

Result<CardHolder> MyNumberCard::readSession(const QString &reader, Key key, const SecureBuffer &secret,
                                             const ReadOptions &options)
{
    if (auto ok = open(reader); !ok)
        return std::unexpected(ok.error());

    QByteArray ef0001;
    QByteArray ef0002;
    QByteArray ef0003;
    Result<CardHolder> result = [&]() -> Result<CardHolder> {
        if (auto ok = selectApplication(); !ok)
            return std::unexpected(ok.error());
        if (auto ok = selectFile(key == Key::Pin ? kEfPin : kEfMatchingCodeB); !ok)
            return std::unexpected(ok.error());
        if (auto ok = verify(key, secret, options.confirmLastTry); !ok)
            return std::unexpected(ok.error());

        auto basic = readTlvFile(kEfBasicInfo);
        if (!basic)
            return std::unexpected(basic.error());
        ef0002 = *std::move(basic);

        const bool withNumber = key == Key::Pin && options.withIndividualNumber;
        if (withNumber) {
            auto number = readFixedFile(kEfIndividualNumber, kEf0001Size);
            if (!number)
                return std::unexpected(number.error());
            ef0001 = *std::move(number);
        }

        auto integrity = readTlvFile(kEfIntegrity);
        if (!integrity)
            return std::unexpected(integrity.error());
        ef0003 = *std::move(integrity);

        auto holder = parseBasicInfo(ef0002);
        if (!holder)
            return holder;
        if (auto ok = checkIntegrity(ef0003, ef0002, withNumber ? &ef0001 : nullptr); !ok)
            return std::unexpected(ok.error());
        if (withNumber) {
            auto number = parseIndividualNumber(ef0001);
            if (!number)
                return std::unexpected(number.error());
            holder->individualNumber = *std::move(number);
        }
        return holder;
    }();
    close();

    SecureBuffer::wipe(ef0001);
    SecureBuffer::wipe(ef0002);
    SecureBuffer::wipe(ef0003);
    if (result)
        qCDebug(lcCard) << "card read:" << m_apduCount << "APDUs";
    else
        qCInfo(lcCard) << "card read failed:" << Error::codeName(result.error().code()) << result.error().technicalDetail();
    return result;
}

} // namespace kakanai
