#pragma once

#include "PersonFile.h"

#include <QByteArray>
#include <QHash>

#include <array>
#include <cstdint>

namespace kakanai::vcard {

// Faults and variants of the virtual card (see docs/vcard.md).
struct CardOptions {
    bool foreign = false;        // not a My Number card: every My Number AID → 6A 82
    int maxChunk = 256;          // at most this many bytes per READ BINARY answer (1..256)
    bool first6F00 = false;      // the first APDU after each power-on answers 6F 00
    int garbleAfter = -1;        // after this many APDUs, answer garbage (< 0: never)
    std::uint32_t garbleSeed = 0x4B414B41; // garbage is deterministic for a given seed
};

// A My Number card (個人番号カード) as a pure state machine: APDU in, response
// APDU (data + SW1 SW2) out. No I/O, so it is unit-testable; VpcdConnection
// and main.cpp put it on the vpcd socket.
class VirtualMyNumberCard {
public:
    enum class Application { None, TextInput, Surface, Jpki, Juki };
    enum class Key { Pin, MatchingA, MatchingB };

    // Fixed physical sizes of the files this card holds.
    static constexpr int kEf0001Size = 17;
    static constexpr int kEf0002Size = 1024;
    static constexpr int kEf0003Size = 336;
    static constexpr int kMaxTries = 3;

    // Status words.
    static constexpr std::uint16_t kSwOk = 0x9000;
    static constexpr std::uint16_t kSwWrongLength = 0x6700;
    static constexpr std::uint16_t kSwLogicalChannelNotSupported = 0x6881;
    static constexpr std::uint16_t kSwIncompatibleFileStructure = 0x6981;
    static constexpr std::uint16_t kSwSecurityNotSatisfied = 0x6982;
    static constexpr std::uint16_t kSwBlocked = 0x6984;
    static constexpr std::uint16_t kSwNoCurrentEf = 0x6986;
    static constexpr std::uint16_t kSwNotFound = 0x6A82;
    static constexpr std::uint16_t kSwWrongP1P2 = 0x6A86;
    static constexpr std::uint16_t kSwOffsetOutOfRange = 0x6B00;
    static constexpr std::uint16_t kSwInsNotSupported = 0x6D00;
    static constexpr std::uint16_t kSwNoPreciseDiagnosis = 0x6F00;

    explicit VirtualMyNumberCard(Person person, CardOptions options = {});

    // Contact ATR of a real card: 3B E0 00 FF 81 31 FE 45 14.
    static QByteArray atr();

    // vpcd control codes 01 / 00 / 02. Power off clears the verified keys and
    // the selection; reset (warm) clears only the selection. Tries counters are
    // kept by all three, like the card's EEPROM.
    void powerOn();
    void powerOff();
    void reset();
    bool isPowered() const { return m_powered; }

    // One command APDU (short form only) → data + SW1 SW2.
    QByteArray processApdu(const QByteArray &apdu);

    // For tests and --verbose.
    int triesLeft(Key key) const { return m_tries[index(key)]; }
    bool isVerified(Key key) const { return m_verified[index(key)]; }
    int apduCount() const { return m_apduCount; }
    const Person &person() const { return m_person; }
    Application selectedApplication() const { return m_app; }

    // The file contents this card serves, exposed so tests and docs can check them.
    static QByteArray aid(Application app);
    static QByteArray buildEf0001(const Person &person);
    static QByteArray buildEf0002(const Person &person);
    static QByteArray buildEf0003(const QByteArray &ef0001, const QByteArray &ef0002);
    static QByteArray buildEf0004();
    static QByteArray jpkiToken();
    // BER length octets: 1 byte up to 127, 81 xx up to 255, 82 xx xx up to 65535.
    static QByteArray berLength(int length);

private:
    struct Ef {
        QByteArray content;   // empty for a key EF
        int readableBy = 0;   // bitmask of keys; kAlwaysReadable for public files
        int keyIndex = -1;    // >= 0: this EF is that key; -1: data EF
        bool blockedKey = false; // a key EF that is blocked from issue (0012)
    };
    static constexpr int kAlwaysReadable = 0x100;

    static int index(Key key) { return static_cast<int>(key); }

    QByteArray select(std::uint8_t p1, std::uint8_t p2, const QByteArray &data);
    QByteArray verify(std::uint8_t p1, std::uint8_t p2, const QByteArray &data, bool hasData);
    QByteArray readBinary(std::uint8_t p1, std::uint8_t p2, int le);
    QByteArray garbage();
    const Ef *currentEf() const;

    Person m_person;
    CardOptions m_options;
    QHash<quint16, Ef> m_textInputFiles;
    QHash<quint16, Ef> m_jpkiFiles;
    std::array<QByteArray, 3> m_keyValues;

    bool m_powered = false;
    bool m_awaitingFirstApdu = false;
    Application m_app = Application::None;
    int m_efId = -1; // selected EF, -1 when none
    std::array<int, 3> m_tries{};
    std::array<bool, 3> m_verified{};
    int m_apduCount = 0;
    std::uint32_t m_garbleState = 0;
};

} // namespace kakanai::vcard
