#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>

namespace kakanai::prereg {

// One symbol's text after decoding (docs/qr-format.md, "The text of one symbol").
struct SymbolPart {
    int index = 1;          // 1-based
    int count = 1;          // 1–16
    quint32 messageId = 0;  // CRC-32 of the whole message
    QByteArray slice;       // this part's bytes of the message

    friend bool operator==(const SymbolPart &, const SymbolPart &) = default;
};

// The text layer of the format: "KKN1" + Base32 of (part header, slice, CRC-32).
// Errors are InvalidData with a translated message that never quotes the
// text, and a technical detail naming the problem (docs/qr-format.md): one
// of "not-kakanai", "newer-version", "bad-alphabet", "bad-length",
// "bad-checksum", "too-long", "bad-part", "part-mismatch", "duplicate-part",
// "missing-part", "bad-message-id", "too-many-parts", "empty".
class QrSymbols {
    Q_DECLARE_TR_FUNCTIONS(QrSymbols)
public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kMaxParts = 16;
    static constexpr int kMaxSymbolChars = 4296;
    static constexpr int kBytesPerPart = 700;

    // The message in as few symbols as `bytesPerPart` allows. Error when it
    // needs more than kMaxParts symbols or is empty.
    static Result<QStringList> encode(const QByteArray &message, int bytesPerPart = kBytesPerPart);

    // Full width folded to ASCII, whitespace removed, upper case: what a
    // keyboard scanner typed, as the format reads it.
    static QString normalize(QStringView typed);
    // Whether `typed` starts like a symbol of this format (any version):
    // "KKN" and a digit, after normalize(). For the keyboard-scanner path.
    static bool looksLikeSymbol(QStringView typed);

    static Result<SymbolPart> decodeSymbol(QStringView typed);

    // Every part of one message, in any order: joined and checked against the
    // message id. Missing, duplicated or mixed parts are errors.
    static Result<QByteArray> assemble(const QStringList &typedSymbols);
};

// Structured append as scans arrive one by one (a keyboard or serial
// scanner, the webcam): collects the parts of one message.
class PartCollector {
    Q_DECLARE_TR_FUNCTIONS(PartCollector)
public:
    struct Progress {
        int received = 0;
        int count = 0;
        bool complete() const { return count > 0 && received == count; }
    };

    // A new part: its progress. The same part scanned again is an error
    // ("duplicate-part") that changes nothing; a part of another message
    // starts over with that message only when `restartOnOtherMessage`.
    Result<Progress> add(QStringView typed, bool restartOnOtherMessage = true);
    Progress progress() const;
    // The parts still missing, 1-based.
    QList<int> missing() const;
    // The joined message once complete.
    Result<QByteArray> message() const;
    void clear();

private:
    quint32 m_messageId = 0;
    int m_count = 0;
    std::map<int, QByteArray> m_slices;
};

} // namespace kakanai::prereg
