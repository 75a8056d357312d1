#pragma once
// Looks for one person's individual number and PIN in raw bytes, the way
// someone holding a copy of the counter PC's disk would: in every encoding a
// program could plausibly have written them. Used by tst_leak and tested by tst_leak_scanner (docs/security.md,
// "The leak test").
//
// The individual number (12 digits) is unmistakable wherever it appears, so it
// is searched for on its own:
//   - as text in Latin-1/ASCII, UTF-8, UTF-16LE and UTF-16BE (both byte
//     alignments), with ASCII or full-width digits, plain or grouped 4-4-4 by
//     a space, a hyphen or an ideographic space;
//   - as hexadecimal (upper/lower case) and as base64 at each of the three
//     byte alignments a base64 encoder can meet it in.
// The PIN (4 digits) is not: "4821" turns up by chance in timestamps, sizes
// and random bytes. It counts as found only in a context that says it is the
// PIN, in the same text encodings:
//   - next to "pin" (any case) or 暗証番号, at most 4 non-alphanumeric
//     characters away ("pin=4821", "\"pin\":\"4821\"", "PIN: 4821");
//   - as a quoted value on its own ("4821" / '4821'), which is how a JSON
//     field or an SQL literal would hold it;
//   - inside a VERIFY command APDU (00 20 00 80 04 + the PIN), as bytes or as
//     a hex dump with or without spaces.
// A bare "4821" elsewhere is not reported (see the false-positive control in
// tst_leak_scanner).

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace kakanai::test {

struct LeakFinding {
    QString source;   // file path or "table outbox row …"
    QString what;     // which pattern
    QString encoding; // which text view, or "bytes"
    qint64 offset = -1;
    QString toString() const;
};

class PersonalDataScanner {
public:
    PersonalDataScanner(const QByteArray &individualNumber, const QByteArray &pin);

    QList<LeakFinding> scan(const QString &source, const QByteArray &data);
    // Reads the file whole; an unreadable file is itself a finding (the
    // scan could not prove it clean).
    QList<LeakFinding> scanFile(const QString &path);
    // Every regular file under `dir`, recursively, except those named in `skip`
    // (absolute paths).
    QList<LeakFinding> scanTree(const QString &dir, const QStringList &skip = {});

    qint64 bytesScanned() const { return m_bytes; }
    int sourcesScanned() const { return m_sources; }
    QStringList sources() const { return m_sourceNames; }

private:
    struct BytePattern {
        QByteArray bytes;
        QString what;
    };
    struct TextPattern {
        QRegularExpression regex;
        QString what;
    };
    QList<BytePattern> m_bytePatterns;
    QList<TextPattern> m_textPatterns;
    qint64 m_bytes = 0;
    int m_sources = 0;
    QStringList m_sourceNames;
};

} // namespace kakanai::test
