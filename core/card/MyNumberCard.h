#pragma once

#include "CardHolder.h"
#include "CardTransport.h"
#include "SecureBuffer.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace kakanai {

// How MyNumberCard::read() goes about it.
struct CardReadOptions {
    bool withIndividualNumber = false; // also read EF 0001 (PIN only)
    bool confirmLastTry = false;       // the clerk confirmed the last-try warning
};

// The My Number card's 券面事項入力補助AP (text input support application),
// read over a CardTransport. Each public call is one complete session:
//   connect exclusively → begin transaction → SELECT the AP by its full AID
//   (retried once on 6F 00, the first answer of some cards after power-on)
//   → SELECT the key EF → query tries left (VERIFY without data) → VERIFY
//   → SELECT/READ BINARY EF 0002 [EF 0001] → EF 0003 → compare digests
//   → end transaction → disconnect with SCARD_UNPOWER_CARD.
// The card is powered off on every path, error or not, so a verified PIN
// never outlives the read. A CardHolder comes back only when every step and
// check succeeded.
//
// PIN rules: tries are queried before every VERIFY; with one try left VERIFY
// is sent only when the caller confirmed the last-try warning
// (ReadOptions::confirmLastTry); without it the read stops before VERIFY with
// an error for which needsLastTryConfirmation() is true. A PIN is never sent
// twice by this class.
class MyNumberCard {
    Q_DECLARE_TR_FUNCTIONS(MyNumberCard)
public:
    enum class Key {
        Pin,            // 暗証番号, 4 digits: opens EF 0001 and EF 0002
        MatchingCodeB,  // 照合番号B, 14 digits: opens EF 0002 only
    };

    using ReadOptions = CardReadOptions;

    // Card facts (docs/card.md).
    static constexpr int kPinLength = 4;
    static constexpr int kMaxTries = 3;
    static constexpr quint16 kEfIndividualNumber = 0x0001;
    static constexpr quint16 kEfBasicInfo = 0x0002;
    static constexpr quint16 kEfIntegrity = 0x0003;
    static constexpr quint16 kEfPin = 0x0011;
    static constexpr quint16 kEfMatchingCodeB = 0x0015;
    static constexpr int kEf0001Size = 17;      // physical size; DF 31 hashes all of it
    static constexpr int kHeaderProbe = 8;      // first READ BINARY of a TLV file
    static constexpr int kMaxFileSize = 0x2000; // refuse headers claiming more

    explicit MyNumberCard(CardTransport &transport);

    // PIN (or 照合番号B) tries left, without spending one. 0 never comes back:
    // a blocked key is the CardPinBlocked error.
    Result<int> triesLeft(const QString &reader, Key key = Key::Pin);

    // The 4 facts (and the individual number when asked) with the PIN.
    Result<CardHolder> read(const QString &reader, const SecureBuffer &pin, const ReadOptions &options = {});

    // The 4 facts with 照合番号B (the staff-assisted path when the PIN is
    // forgotten). The individual number cannot be read this way.
    Result<CardHolder> readWithMatchingCodeB(const QString &reader, const SecureBuffer &code,
                                             const ReadOptions &options = {});

    // True for the error that means "one try left: ask the clerk to confirm
    // the warning, then call again with confirmLastTry".
    static bool needsLastTryConfirmation(const Error &error);

    // APDUs sent by the last call (benchmarks, tests).
    int apduCount() const { return m_apduCount; }

    static QByteArray textInputAid();

private:
    struct Chunk;

    Status open(const QString &reader);
    void close();
    Result<CardHolder> readSession(const QString &reader, Key key, const SecureBuffer &secret,
                                   const ReadOptions &options);

    Result<QByteArray> exchange(QByteArrayView apdu, const char *what);
    Status selectApplication();
    Status selectFile(quint16 fid);
    Result<int> queryTries(Key key);
    Status verify(Key key, const SecureBuffer &secret, bool confirmLastTry);
    Result<QByteArray> readChunk(int offset, int length);
    Result<QByteArray> readRange(int offset, int length, QByteArray head = {});
    Result<QByteArray> readTlvFile(quint16 fid);
    Result<QByteArray> readFixedFile(quint16 fid, int size);

    Result<CardHolder> parseBasicInfo(const QByteArray &ef0002);
    Result<SecureBuffer> parseIndividualNumber(const QByteArray &ef0001);
    Status checkIntegrity(const QByteArray &ef0003, const QByteArray &ef0002, const QByteArray *ef0001);

    std::unexpected<Error> unexpectedAnswer(const QString &detail) const;

    CardTransport &m_transport;
    int m_apduCount = 0;
};

} // namespace kakanai
