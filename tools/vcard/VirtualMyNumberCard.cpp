#include "VirtualMyNumberCard.h"

#include <QCryptographicHash>

#include <algorithm>
#include <utility>

namespace kakanai::vcard {

namespace {

constexpr int kReadableByPin = 1 << 0;       // bit = 1 << index(Key::Pin)
constexpr int kReadableByA = 1 << 1;         // Key::MatchingA
constexpr int kReadableByB = 1 << 2;         // Key::MatchingB

QByteArray statusWord(std::uint16_t sw)
{
    QByteArray r(2, Qt::Uninitialized);
    r[0] = static_cast<char>(sw >> 8);
    r[1] = static_cast<char>(sw & 0xFF);
    return r;
}

QByteArray bytes(std::initializer_list<std::uint8_t> list)
{
    QByteArray r;
    r.reserve(static_cast<qsizetype>(list.size()));
    for (std::uint8_t b : list)
        r.append(static_cast<char>(b));
    return r;
}

QByteArray be16(int value)
{
    return bytes({static_cast<std::uint8_t>((value >> 8) & 0xFF), static_cast<std::uint8_t>(value & 0xFF)});
}

QByteArray tlv(std::uint8_t tag1, std::uint8_t tag2, const QByteArray &value)
{
    return bytes({tag1, tag2}) + VirtualMyNumberCard::berLength(static_cast<int>(value.size())) + value;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// Deterministic filler bytes that look random: SHA-256 blocks of label ‖ counter ‖ seed.
QByteArray deterministicBytes(const QByteArray &label, const QByteArray &seed, int length)
{
    QByteArray out;
    for (int i = 0; out.size() < length; ++i) {
        QByteArray block = label;
        block.append(static_cast<char>(i));
        block.append(seed);
        out.append(sha256(block));
    }
    out.truncate(length);
    return out;
}

// A 16-byte key identifier in the card's format: 7 digits, 08 05, 3 digits, 4 × 00.
// The leading 9 marks it as neither a production (5) nor a JPKI test (6) key.
QByteArray placeholderKeyId(const char *sevenDigits)
{
    QByteArray id(sevenDigits);
    id += bytes({0x08, 0x05});
    id += QByteArrayLiteral("001");
    id += QByteArray(4, '\0');
    return id;
}

} // namespace

VirtualMyNumberCard::VirtualMyNumberCard(Person person, CardOptions options)
    : m_person(std::move(person)), m_options(options), m_garbleState(options.garbleSeed | 1U)
{
    m_options.maxChunk = std::clamp(m_options.maxChunk, 1, 256);

    m_keyValues[index(Key::Pin)] = m_person.pin;
    m_keyValues[index(Key::MatchingA)] = m_person.individualNumber;
    m_keyValues[index(Key::MatchingB)] = m_person.matchingCodeB();
    m_tries[index(Key::Pin)] = std::clamp(m_person.triesLeft, 0, kMaxTries);
    m_tries[index(Key::MatchingA)] = kMaxTries;
    m_tries[index(Key::MatchingB)] = kMaxTries;

    const QByteArray ef0001 = buildEf0001(m_person);
    const QByteArray ef0002 = buildEf0002(m_person);
    m_textInputFiles.insert(0x0001, Ef{ef0001, kReadableByPin | kReadableByA, -1, false});
    m_textInputFiles.insert(0x0002, Ef{ef0002, kReadableByPin | kReadableByB, -1, false});
    m_textInputFiles.insert(0x0003, Ef{buildEf0003(ef0001, ef0002),
                                       kReadableByPin | kReadableByA | kReadableByB, -1, false});
    m_textInputFiles.insert(0x0004, Ef{buildEf0004(), kAlwaysReadable, -1, false});
    m_textInputFiles.insert(0x0011, Ef{{}, 0, index(Key::Pin), false});
    m_textInputFiles.insert(0x0012, Ef{{}, 0, -1, true});
    m_textInputFiles.insert(0x0014, Ef{{}, 0, index(Key::MatchingA), false});
    m_textInputFiles.insert(0x0015, Ef{{}, 0, index(Key::MatchingB), false});

    m_jpkiFiles.insert(0x0006, Ef{jpkiToken(), kAlwaysReadable, -1, false});
}

QByteArray VirtualMyNumberCard::atr()
{
    return bytes({0x3B, 0xE0, 0x00, 0xFF, 0x81, 0x31, 0xFE, 0x45, 0x14});
}

void VirtualMyNumberCard::powerOn()
{
    m_powered = true;
    m_awaitingFirstApdu = true;
    m_app = Application::None;
    m_efId = -1;
}

void VirtualMyNumberCard::powerOff()
{
    m_powered = false;
    m_awaitingFirstApdu = false;
    m_app = Application::None;
    m_efId = -1;
    m_verified.fill(false);
}

void VirtualMyNumberCard::reset()
{
    // A warm reset: the card restarts its applications but its security state
    // survives, as on real cards. Selection is lost. A reset of an unpowered
    // card is a power-on.
    if (!m_powered) {
        powerOn();
        return;
    }
    m_app = Application::None;
    m_efId = -1;
}

QByteArray VirtualMyNumberCard::aid(Application app)
{
    switch (app) {
    case Application::TextInput:
        return bytes({0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08});
    case Application::Surface:
        return bytes({0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x02});
    case Application::Jpki:
        return bytes({0xD3, 0x92, 0xF0, 0x00, 0x26, 0x01, 0x00, 0x00, 0x00, 0x01});
    case Application::Juki:
        return bytes({0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x01});
    case Application::None:
        break;
    }
    return {};
}

QByteArray VirtualMyNumberCard::berLength(int length)
{
    if (length < 0x80)
        return bytes({static_cast<std::uint8_t>(length)});
    if (length <= 0xFF)
        return bytes({0x81, static_cast<std::uint8_t>(length)});
    return bytes({0x82}) + be16(length);
}

QByteArray VirtualMyNumberCard::buildEf0001(const Person &person)
{
    QByteArray f = bytes({0xFF, 0x10, 0x0C}) + person.individualNumber;
    f.append(QByteArray(kEf0001Size - f.size(), '\xFF'));
    return f;
}

QByteArray VirtualMyNumberCard::buildEf0002(const Person &person)
{
    const QByteArray name = tlv(0xDF, 0x22, person.name.toUtf8());
    const QByteArray address = tlv(0xDF, 0x23, person.address.toUtf8());
    const QByteArray birth = tlv(0xDF, 0x24, person.birthDate.toString(QStringLiteral("yyyyMMdd")).toLatin1());
    const QByteArray sex = tlv(0xDF, 0x25, QByteArray(1, static_cast<char>(person.sex.toLatin1())));

    constexpr int kOffsetTableSize = 2 + 1 + 8; // DF 21 08 + 4 offsets
    const int valueLength = kOffsetTableSize + static_cast<int>(name.size() + address.size() + birth.size() + sex.size());
    const QByteArray header = bytes({0xFF, 0x20}) + berLength(valueLength);

    const int offName = static_cast<int>(header.size()) + kOffsetTableSize;
    const int offAddress = offName + static_cast<int>(name.size());
    const int offBirth = offAddress + static_cast<int>(address.size());
    const int offSex = offBirth + static_cast<int>(birth.size());
    const QByteArray table = bytes({0xDF, 0x21, 0x08}) + be16(offName) + be16(offAddress) + be16(offBirth) + be16(offSex);

    QByteArray f = header + table + name + address + birth + sex;
    if (f.size() < kEf0002Size)
        f.append(QByteArray(kEf0002Size - f.size(), '\xFF'));
    return f;
}

QByteArray VirtualMyNumberCard::buildEf0003(const QByteArray &ef0001, const QByteArray &ef0002)
{
    // 0002's outer value, from the DF 22 tag to the end of the value (the
    // DF 21 offset table skipped).
    QByteArray attributesSource;
    if (ef0002.size() >= 3 && static_cast<std::uint8_t>(ef0002.at(0)) == 0xFF && ef0002.at(1) == 0x20) {
        int pos = 2;
        int length = static_cast<std::uint8_t>(ef0002.at(pos++));
        if (length == 0x81 && ef0002.size() > pos) {
            length = static_cast<std::uint8_t>(ef0002.at(pos++));
        } else if (length == 0x82 && ef0002.size() > pos + 1) {
            length = (static_cast<std::uint8_t>(ef0002.at(pos)) << 8) | static_cast<std::uint8_t>(ef0002.at(pos + 1));
            pos += 2;
        }
        const QByteArray value = ef0002.mid(pos, length);
        constexpr int kOffsetTableSize = 11;
        attributesSource = value.mid(kOffsetTableSize);
    }

    const QByteArray signedPart = bytes({0xDF, 0x31, 0x20}) + sha256(ef0001) + bytes({0xDF, 0x32, 0x20})
        + sha256(attributesSource);
    // Not a J-LIS signature: 256 deterministic bytes derived from the signed part.
    const QByteArray placeholder =
        deterministicBytes(QByteArrayLiteral("kakanai-vcard: DF33 placeholder, not a J-LIS signature"), signedPart, 256);
    const QByteArray value = signedPart + bytes({0xDF, 0x33}) + berLength(256) + placeholder;
    return bytes({0xFF, 0x30}) + berLength(static_cast<int>(value.size())) + value;
}

QByteArray VirtualMyNumberCard::buildEf0004()
{
    // The shape of the AP's card-verifiable certificate, with placeholder keys:
    // 7F 21 { 5F 4E { issuer key id(16) subject key id(16) 90 exponent 91 modulus } 5F 37 signature }
    QByteArray modulus = deterministicBytes(QByteArrayLiteral("kakanai-vcard: EF0004 modulus"), {}, 256);
    modulus[0] = static_cast<char>(modulus.at(0) | 0x80); // a full 2048-bit number
    modulus[255] = static_cast<char>(modulus.at(255) | 0x01); // odd
    const QByteArray body = placeholderKeyId("9000033") + placeholderKeyId("9999999") + bytes({0x90, 0x03, 0x01, 0x00, 0x01})
        + bytes({0x91}) + berLength(256) + modulus;
    const QByteArray signature = deterministicBytes(QByteArrayLiteral("kakanai-vcard: EF0004 signature"), body, 256);
    const QByteArray value = tlv(0x5F, 0x4E, body) + tlv(0x5F, 0x37, signature);
    return tlv(0x7F, 0x21, value);
}

QByteArray VirtualMyNumberCard::jpkiToken()
{
    return QByteArrayLiteral("JPKIAPICCTOKEN2").leftJustified(32, ' ');
}

const VirtualMyNumberCard::Ef *VirtualMyNumberCard::currentEf() const
{
    if (m_efId < 0)
        return nullptr;
    const QHash<quint16, Ef> *files = nullptr;
    if (m_app == Application::TextInput)
        files = &m_textInputFiles;
    else if (m_app == Application::Jpki)
        files = &m_jpkiFiles;
    if (!files)
        return nullptr;
    auto it = files->constFind(static_cast<quint16>(m_efId));
    return it == files->constEnd() ? nullptr : &it.value();
}

QByteArray VirtualMyNumberCard::garbage()
{
    auto next = [this] {
        // xorshift32
        std::uint32_t x = m_garbleState;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        m_garbleState = x;
        return x;
    };
    const int length = static_cast<int>(next() % 41);
    QByteArray r;
    for (int i = 0; i < length; ++i)
        r.append(static_cast<char>(next() & 0xFF));
    r.append(statusWord(0x1234));
    return r;
}

QByteArray VirtualMyNumberCard::processApdu(const QByteArray &apdu)
{
    ++m_apduCount;
    if (m_options.garbleAfter >= 0 && m_apduCount > m_options.garbleAfter)
        return garbage();
    if (!m_powered)
        return statusWord(kSwNoPreciseDiagnosis); // vpcd never sends APDUs to an unpowered card
    if (m_awaitingFirstApdu) {
        m_awaitingFirstApdu = false;
        if (m_options.first6F00)
            return statusWord(kSwNoPreciseDiagnosis);
    }

    if (apdu.size() < 4)
        return statusWord(kSwWrongLength);
    const auto cla = static_cast<std::uint8_t>(apdu.at(0));
    const auto ins = static_cast<std::uint8_t>(apdu.at(1));
    const auto p1 = static_cast<std::uint8_t>(apdu.at(2));
    const auto p2 = static_cast<std::uint8_t>(apdu.at(3));
    if (cla != 0x00)
        return statusWord(kSwLogicalChannelNotSupported);
    if (ins != 0xA4 && ins != 0x20 && ins != 0xB0)
        return statusWord(kSwInsNotSupported);

    // Short APDUs only: case 1 (header), 2 (Le), 3 (Lc data), 4 (Lc data Le).
    const QByteArray body = apdu.mid(4);
    QByteArray data;
    bool hasData = false;
    int le = -1; // absent
    if (body.size() == 1) {
        le = static_cast<std::uint8_t>(body.at(0));
        if (le == 0)
            le = 256;
    } else if (body.size() > 1) {
        const int lc = static_cast<std::uint8_t>(body.at(0));
        if (lc == 0) // extended length: not supported
            return statusWord(kSwWrongLength);
        if (body.size() == 1 + lc) {
            data = body.mid(1);
        } else if (body.size() == 2 + lc) {
            data = body.mid(1, lc);
            le = static_cast<std::uint8_t>(body.at(1 + lc));
            if (le == 0)
                le = 256;
        } else {
            return statusWord(kSwWrongLength);
        }
        hasData = true;
    }

    switch (ins) {
    case 0xA4:
        return select(p1, p2, data);
    case 0x20:
        return verify(p1, p2, data, hasData);
    case 0xB0:
        if (hasData || le < 0)
            return statusWord(kSwWrongLength);
        return readBinary(p1, p2, le);
    default:
        break;
    }
    return statusWord(kSwInsNotSupported);
}

QByteArray VirtualMyNumberCard::select(std::uint8_t p1, std::uint8_t p2, const QByteArray &data)
{
    if ((p1 != 0x04 && p1 != 0x02) || p2 != 0x0C)
        return statusWord(kSwWrongP1P2);
    if (data.isEmpty())
        return statusWord(kSwWrongLength);

    if (p1 == 0x04) {
        // By full AID only; a failed SELECT leaves the current selection as it was.
        if (m_options.foreign)
            return statusWord(kSwNotFound);
        for (Application app : {Application::TextInput, Application::Surface, Application::Jpki, Application::Juki}) {
            if (data == aid(app)) {
                m_app = app;
                m_efId = -1;
                return statusWord(kSwOk);
            }
        }
        return statusWord(kSwNotFound);
    }

    if (data.size() != 2)
        return statusWord(kSwWrongLength);
    const quint16 fid = static_cast<quint16>((static_cast<std::uint8_t>(data.at(0)) << 8) | static_cast<std::uint8_t>(data.at(1)));
    const QHash<quint16, Ef> *files = nullptr;
    if (m_app == Application::TextInput)
        files = &m_textInputFiles;
    else if (m_app == Application::Jpki)
        files = &m_jpkiFiles;
    if (!files || !files->contains(fid))
        return statusWord(kSwNotFound);
    m_efId = fid;
    return statusWord(kSwOk);
}

QByteArray VirtualMyNumberCard::verify(std::uint8_t p1, std::uint8_t p2, const QByteArray &data, bool hasData)
{
    if (p1 != 0x00 || p2 != 0x80)
        return statusWord(kSwWrongP1P2);
    const Ef *ef = currentEf();
    if (!ef || (ef->keyIndex < 0 && !ef->blockedKey))
        return statusWord(kSwNoCurrentEf);
    if (ef->blockedKey) // 0012: blocked as issued, 0 tries
        return statusWord(hasData ? kSwBlocked : 0x63C0);

    const int k = ef->keyIndex;
    if (!hasData) {
        // Tries query: spends nothing. An already verified key answers 90 00 (ISO 7816-4).
        if (m_tries[k] == 0)
            return statusWord(kSwBlocked);
        if (m_verified[k])
            return statusWord(kSwOk);
        return statusWord(static_cast<std::uint16_t>(0x63C0 | m_tries[k]));
    }
    if (m_tries[k] == 0)
        return statusWord(kSwBlocked);
    if (data.size() != m_keyValues[k].size())
        return statusWord(kSwWrongLength);
    if (data == m_keyValues[k]) {
        m_tries[k] = kMaxTries;
        m_verified[k] = true;
        return statusWord(kSwOk);
    }
    --m_tries[k];
    m_verified[k] = false;
    return statusWord(static_cast<std::uint16_t>(0x63C0 | m_tries[k]));
}

QByteArray VirtualMyNumberCard::readBinary(std::uint8_t p1, std::uint8_t p2, int le)
{
    if (p1 & 0x80) // short EF identifier form: not supported
        return statusWord(kSwWrongP1P2);
    const Ef *ef = currentEf();
    if (!ef)
        return statusWord(kSwNoCurrentEf);
    if (ef->keyIndex >= 0 || ef->blockedKey)
        return statusWord(kSwIncompatibleFileStructure);
    if (!(ef->readableBy & kAlwaysReadable)) {
        bool allowed = false;
        for (int k = 0; k < 3; ++k) {
            if ((ef->readableBy & (1 << k)) && m_verified[k])
                allowed = true;
        }
        if (!allowed)
            return statusWord(kSwSecurityNotSatisfied);
    }
    const int offset = (p1 << 8) | p2;
    const int size = static_cast<int>(ef->content.size());
    if (offset >= size)
        return statusWord(kSwOffsetOutOfRange);
    const int n = std::min({le, m_options.maxChunk, size - offset});
    return ef->content.mid(offset, n) + statusWord(kSwOk);
}

} // namespace kakanai::vcard
