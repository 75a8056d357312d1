#pragma once

#include "common/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kakanai {

// The three data kinds of the 住民記録システム標準仕様書 CSV import (10.8).
enum class CsvKind {
    Ido,    // 異動届データ: one row per jumin-ido form
    Kofu,   // 証明書交付申請データ: one row per certificate request form
    Kenmen, // 券面事項データ: one row per record with values read from a My Number card
};

QString csvKindName(CsvKind kind); // "ido", "kofu", "kenmen"
std::optional<CsvKind> csvKindFromName(const QString &name);

// Where a column's value comes from (one "from" entry in the mapping file).
struct CsvSource {
    enum class Kind {
        RecordUuid,       // record:uuid
        RecordCreatedAt,  // record:createdAt
        RecordTerminalId, // record:terminalId
        RecordStaffId,    // record:staffId
        FormId,           // form:id (the form the row is made from)
        FormVersion,      // form:version
        RowField,         // field:<id> of the row's form
        FormField,        // form:<formId>/field:<id>, any form of the record
        CardValue,        // card:<name>: a field filled from the card binding card.<name>
        Constant,         // const:<text>
    };
    Kind kind = Kind::RecordUuid;
    QString formId; // FormField
    QString name;   // field id, card name or constant text
};

// How a value is written (the "format" of a column; docs/csv-mapping.md).
enum class CsvFormat { AsIs, IsoDate, Yyyymmdd, Wareki, WarekiCode, DateTime, SexCode, Digits, Flag, Count };

struct CsvColumn {
    QString header;
    QList<CsvSource> sources; // the first one that gives a non-empty value wins
    CsvFormat format = CsvFormat::AsIs;
    QHash<QString, QString> map; // value -> text, after formatting; values not listed stay as they are
};

struct CsvKindMapping {
    enum class RowPer { Form, CardRead };
    RowPer rowPer = RowPer::Form;
    QStringList forms; // RowPer::Form: the form ids that make a row
    QList<CsvColumn> columns;
};

// The column layout of the CSV export, read from a JSON mapping file
// (schema "kakanai.csv-mapping/1"). The built-in default is
// resources/csv/default-mapping.json (Qt resource
// ":/kakanai/csv/default-mapping.json"); administrators copy and edit it.
// Every problem is reported with the file, the entry ("kinds.ido.columns[3].format")
// and the reason.
class CsvMapping {
    Q_DECLARE_TR_FUNCTIONS(CsvMapping)
public:
    static QString schemaName() { return QStringLiteral("kakanai.csv-mapping/1"); }
    static QString defaultResourcePath() { return QStringLiteral(":/kakanai/csv/default-mapping.json"); }

    static Result<CsvMapping> builtIn();
    // An empty path means the built-in default.
    static Result<CsvMapping> load(const QString &path);
    // `fileName` only names the source in error messages.
    static Result<CsvMapping> parse(QByteArrayView json, const QString &fileName);

    bool has(CsvKind kind) const { return m_kinds.contains(kind); }
    // Only for a kind that has(); the others give an empty mapping.
    CsvKindMapping kind(CsvKind kind) const { return m_kinds.value(kind); }
    QString fileName() const { return m_fileName; }

    static std::optional<CsvFormat> formatFromName(const QString &name);
    static QStringList formatNames();

private:
    QMap<CsvKind, CsvKindMapping> m_kinds;
    QString m_fileName;
};

} // namespace kakanai
