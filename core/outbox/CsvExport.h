#pragma once

#include "CsvMapping.h"
#include "OutboxTypes.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace kakanai {

namespace forms {
struct Record;
}
class Database;
class RecordCipher;

enum class CsvEncoding {
    Utf8,    // "utf-8": no byte order mark (what import programs expect)
    Utf8Bom, // "utf-8-bom": with EF BB BF, for opening the file in Excel
    Cp932,   // "cp932": Shift_JIS as Windows writes it (windows-31j), through ICU
};
QString csvEncodingName(CsvEncoding encoding);
std::optional<CsvEncoding> csvEncodingFromName(const QString &name); // also "shift_jis", "sjis"

struct CsvExportOptions {
    CsvKind kind = CsvKind::Ido;
    CsvEncoding encoding = CsvEncoding::Utf8;
    // Records whose createdAt falls on these days in Japan time (both
    // included); an invalid date leaves that end open.
    QDate from;
    QDate to;
    // Outbox states to include; empty = every record in the store, whatever
    // became of its upload (the CSV is the way in for systems without the API).
    QList<OutboxState> states;
};

struct CsvExportSummary {
    int records = 0; // records read in the date range
    int rows = 0;    // data rows written (without the header)
};

// The 標準仕様書 CSV export (docs/outbox.md "CSV export", docs/csv-mapping.md):
// reads the records of the store, decrypts them, makes rows with the mapping
// and writes the file atomically (QSaveFile): a header row, CRLF line ends,
// RFC 4180 quoting. All or nothing: a record that cannot be decrypted, a
// value that cannot be formatted or a character CP932 cannot hold fails the
// whole export, and no file is written. Messages name records by their UUID
// and columns by their header, never a value (except the offending
// character, which the clerk needs to find and fix).
class CsvExporter {
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
public:
    CsvExporter(Database &database, const RecordCipher &cipher, CsvMapping mapping);

    Result<CsvExportSummary> exportTo(const QString &path, const CsvExportOptions &options);

    // --- the pieces, public for tests ---------------------------------------
    // The rows one decrypted record gives (no header).
    static Result<QList<QStringList>> rowsForRecord(const forms::Record &record, const CsvKindMapping &mapping);
    // RFC 4180: quoted only when it holds a comma, a double quote, CR or LF.
    static QString quoteField(const QString &field);
    // Header and rows as CSV text with CRLF after every row.
    static QString csvText(const QStringList &header, const QList<QStringList> &rows);
    // Text → bytes. CP932 fails for any character it cannot hold; see
    // unencodableCharacters().
    static Result<QByteArray> encode(const QString &text, CsvEncoding encoding);
    // The distinct characters of `text` that CP932 cannot hold, in order of appearance.
    static Result<QList<char32_t>> unencodableCharacters(const QString &text);
    // Dates in the file are Japan's (UTC+9, no summer time).
    static QTimeZone japanTime();

private:
    Database &m_db;
    const RecordCipher &m_cipher;
    CsvMapping m_mapping;
};

} // namespace kakanai
