#include "CsvExport.h"

#include "Outbox.h"
#include "RecordCipher.h"
#include "common/LogCategories.h"
#include "common/PrivateFiles.h"
#include "record/Record.h"
#include "jp/Wareki.h"
#include "store/Database.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>
#include <variant>

namespace kakanai {

namespace {

constexpr int kMaxListedProblems = 20;

// windows-31j is ICU's name for CP932 (ibm-943_P15A-2003). Fallback
// mappings stay off: a character that would come back as a different one
// (U+301C 〜, ¥) is reported instead of silently changed.
class Cp932 {
public:
    static Result<std::unique_ptr<Cp932>> open()
    {
        UErrorCode status = U_ZERO_ERROR;
        UConverter *conv = ucnv_open("windows-31j", &status);
        if (U_FAILURE(status) || !conv)
            return fail(ErrorCode::Internal, CsvExporter::tr("The Shift_JIS (CP932) converter is not available."),
                        QString::fromLatin1(u_errorName(status)));
        ucnv_setFromUCallBack(conv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
        ucnv_setFallback(conv, false);
        return std::unique_ptr<Cp932>(new Cp932(conv));
    }
    ~Cp932() { ucnv_close(m_conv); }

    bool canEncode(char32_t c)
    {
        if (c < 0x80)
            return true;
        auto cached = m_known.constFind(c);
        if (cached != m_known.constEnd())
            return *cached;
        const QString one = QString::fromUcs4(&c, 1);
        const bool ok = convert(one).has_value();
        m_known.insert(c, ok);
        return ok;
    }

    std::optional<QByteArray> convert(const QString &text)
    {
        ucnv_resetFromUnicode(m_conv);
        QByteArray out(text.size() * 2 + 16, Qt::Uninitialized);
        UErrorCode status = U_ZERO_ERROR;
        const int32_t written = ucnv_fromUChars(m_conv, out.data(), int32_t(out.size()),
                                                reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
        if (U_FAILURE(status))
            return std::nullopt;
        out.truncate(written);
        return out;
    }

private:
    explicit Cp932(UConverter *conv) : m_conv(conv) {}
    UConverter *m_conv;
    QHash<char32_t, bool> m_known;
};

bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
}

QJsonValue valueIn(const forms::RecordForm &form, const QString &id)
{
    const forms::RecordField *f = form.field(id);
    return f ? f->value : QJsonValue();
}

// The value as read from the card: the field's value when the card gave it,
// or what the card had given before the clerk replaced it.
QJsonValue cardValue(const forms::Record &record, const QString &name)
{
    const QString binding = QStringLiteral("card.") + name;
    for (const forms::RecordForm &form : record.forms) {
        for (const forms::RecordField &f : form.fields) {
            if (f.binding != binding)
                continue;
            if (f.source == QLatin1String("card"))
                return f.value;
            if (f.original && f.originalSource == QLatin1String("card"))
                return *f.original;
        }
    }
    return QJsonValue();
}

bool hasCardValues(const forms::Record &record)
{
    for (const forms::RecordForm &form : record.forms) {
        for (const forms::RecordField &f : form.fields) {
            if (f.binding.startsWith(QLatin1String("card."))
                && (f.source == QLatin1String("card") || (f.original && f.originalSource == QLatin1String("card"))))
                return true;
        }
    }
    return false;
}

QJsonValue resolve(const CsvSource &source, const forms::Record &record, const forms::RecordForm &rowForm)
{
    switch (source.kind) {
    case CsvSource::Kind::RecordUuid: return record.id;
    case CsvSource::Kind::RecordCreatedAt: return record.createdAt.toUTC().toString(Qt::ISODateWithMs);
    case CsvSource::Kind::RecordTerminalId: return record.terminalId;
    case CsvSource::Kind::RecordStaffId: return record.staffId;
    case CsvSource::Kind::FormId: return rowForm.formId.isEmpty() ? QJsonValue() : QJsonValue(rowForm.formId);
    case CsvSource::Kind::FormVersion: return rowForm.formId.isEmpty() ? QJsonValue() : QJsonValue(rowForm.formVersion);
    case CsvSource::Kind::RowField: return valueIn(rowForm, source.name);
    case CsvSource::Kind::FormField: {
        const forms::RecordForm *form = record.form(source.formId);
        return form ? valueIn(*form, source.name) : QJsonValue();
    }
    case CsvSource::Kind::CardValue: return cardValue(record, source.name);
    case CsvSource::Kind::Constant: return QJsonValue(source.name);
    }
    return QJsonValue();
}

QString plainText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default: return QString();
    }
}

// A date-only value is a calendar day already; a timestamp becomes Japan's day.
std::optional<QDateTime> parseMoment(const QString &text, bool *dateOnly)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (text.size() == 10 && d.isValid()) {
        *dateOnly = true;
        return QDateTime(d, QTime(0, 0), CsvExporter::japanTime());
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    *dateOnly = false;
    return t.toTimeZone(CsvExporter::japanTime());
}

// Why a value could not be formatted (translated), or the text.
std::variant<QString, QString> formatValue(const QJsonValue &v, CsvFormat format)
{
    using R = std::variant<QString, QString>;
    auto ok = [](QString s) { return R(std::in_place_index<0>, std::move(s)); };
    auto bad = [](QString why) { return R(std::in_place_index<1>, std::move(why)); };
    if (format == CsvFormat::Count) {
        if (isEmptyValue(v))
            return ok(QStringLiteral("0"));
        if (!v.isArray())
            return bad(CsvExporter::tr("the value is not a list"));
        return ok(QString::number(v.toArray().size()));
    }
    if (isEmptyValue(v))
        return ok(QString());
    switch (format) {
    case CsvFormat::AsIs:
    case CsvFormat::Count: return ok(plainText(v));
    case CsvFormat::IsoDate:
    case CsvFormat::Yyyymmdd:
    case CsvFormat::Wareki:
    case CsvFormat::WarekiCode:
    case CsvFormat::DateTime: {
        bool dateOnly = false;
        const auto moment = v.isString() ? parseMoment(v.toString(), &dateOnly) : std::nullopt;
        if (!moment)
            return bad(CsvExporter::tr("the value is not a date"));
        const QDate day = moment->date();
        if (format == CsvFormat::IsoDate)
            return ok(day.toString(Qt::ISODate));
        if (format == CsvFormat::Yyyymmdd)
            return ok(day.toString(QStringLiteral("yyyyMMdd")));
        if (format == CsvFormat::DateTime)
            return ok(dateOnly ? day.toString(Qt::ISODate) : moment->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        auto wareki = jp::Wareki::fromDate(day);
        if (!wareki)
            return bad(CsvExporter::tr("the date cannot be written in the Japanese calendar"));
        if (format == CsvFormat::Wareki)
            return ok(wareki->toString(jp::Wareki::Style::Kanji));
        auto code = wareki->sevenDigitCode();
        if (!code)
            return bad(CsvExporter::tr("the date cannot be written as an era code"));
        return ok(*code);
    }
    case CsvFormat::SexCode: {
        // 住民基本台帳 codes: 1 男, 2 女; anything else known only as "other" (9).
        const QString s = plainText(v).trimmed();
        if (s == QLatin1String("1") || s == QStringLiteral("男") || s.compare(QLatin1String("male"), Qt::CaseInsensitive) == 0)
            return ok(QStringLiteral("1"));
        if (s == QLatin1String("2") || s == QStringLiteral("女") || s.compare(QLatin1String("female"), Qt::CaseInsensitive) == 0)
            return ok(QStringLiteral("2"));
        return ok(QStringLiteral("9"));
    }
    case CsvFormat::Digits: {
        QString digits;
        for (QChar c : plainText(v)) {
            if (c.isDigit() && c.digitValue() >= 0)
                digits += QChar(u'0' + c.digitValue());
        }
        return ok(digits);
    }
    case CsvFormat::Flag: {
        if (v.isBool())
            return ok(v.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        const QString s = plainText(v).trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1"))
            return ok(QStringLiteral("1"));
        if (s == QLatin1String("false") || s == QLatin1String("0"))
            return ok(QStringLiteral("0"));
        return bad(CsvExporter::tr("the value is not yes/no"));
    }
    }
    return ok(plainText(v));
}

} // namespace

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8: return QStringLiteral("utf-8");
    case CsvEncoding::Utf8Bom: return QStringLiteral("utf-8-bom");
    case CsvEncoding::Cp932: return QStringLiteral("cp932");
    }
    return QString();
}

std::optional<CsvEncoding> csvEncodingFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return CsvEncoding::Utf8;
    if (n == QLatin1String("utf-8-bom") || n == QLatin1String("utf8-bom"))
        return CsvEncoding::Utf8Bom;
    if (n == QLatin1String("cp932") || n == QLatin1String("shift_jis") || n == QLatin1String("sjis")
        || n == QLatin1String("windows-31j"))
        return CsvEncoding::Cp932;
    return std::nullopt;
}

QTimeZone CsvExporter::japanTime()
{
    return QTimeZone(9 * 3600);
}

CsvExporter::CsvExporter(Database &database, const RecordCipher &cipher, CsvMapping mapping)
    : m_db(database), m_cipher(cipher), m_mapping(std::move(mapping))
{
}

QString CsvExporter::quoteField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\r'))
        && !field.contains(QLatin1Char('\n')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvExporter::csvText(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    auto line = [&text](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += quoteField(fields.at(i));
        }
        text += QStringLiteral("\r\n");
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return text;
}

Result<QList<char32_t>> CsvExporter::unencodableCharacters(const QString &text)
{
    auto cp932 = Cp932::open();
    if (!cp932)
        return std::unexpected(cp932.error());
    QList<char32_t> bad;
    for (char32_t c : text.toUcs4()) {
        if (!(*cp932)->canEncode(c) && !bad.contains(c))
            bad.append(c);
    }
    return bad;
}

Result<QByteArray> CsvExporter::encode(const QString &text, CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8: return text.toUtf8();
    case CsvEncoding::Utf8Bom: return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    case CsvEncoding::Cp932: {
        auto cp932 = Cp932::open();
        if (!cp932)
            return std::unexpected(cp932.error());
        auto bytes = (*cp932)->convert(text);
        if (!bytes)
            return fail(ErrorCode::InvalidData, tr("The text holds characters that Shift_JIS (CP932) cannot represent."),
                        QStringLiteral("cp932 conversion failed"));
        return *bytes;
    }
    }
    return fail(ErrorCode::Internal, tr("Unknown encoding."));
}

Result<QList<QStringList>> CsvExporter::rowsForRecord(const forms::Record &record, const CsvKindMapping &mapping)
{
    QList<forms::RecordForm> rowForms;
    if (mapping.rowPer == CsvKindMapping::RowPer::Form) {
        for (const forms::RecordForm &form : record.forms) {
            if (mapping.forms.contains(form.formId))
                rowForms.append(form);
        }
    } else if (hasCardValues(record)) {
        rowForms.append(forms::RecordForm{QString(), 0, {}}); // one row for the record, no form
    }

    QList<QStringList> rows;
    for (const forms::RecordForm &form : std::as_const(rowForms)) {
        QStringList row;
        for (const CsvColumn &column : mapping.columns) {
            QJsonValue value;
            for (const CsvSource &source : column.sources) {
                value = resolve(source, record, form);
                if (!isEmptyValue(value))
                    break;
            }
            auto formatted = formatValue(value, column.format);
            if (formatted.index() == 1) {
                return fail(ErrorCode::InvalidData,
                            tr("Record %1, column \"%2\": %3.")
                                .arg(record.id, column.header, std::get<1>(formatted)),
                            QStringLiteral("csv format"));
            }
            QString text = std::get<0>(formatted);
            row.append(column.map.value(text, text));
        }
        rows.append(row);
    }
    return rows;
}

Result<CsvExportSummary> CsvExporter::exportTo(const QString &path, const CsvExportOptions &options)
{
    if (!m_mapping.has(options.kind)) {
        return fail(ErrorCode::InvalidData,
                    tr("The CSV mapping file %1 has no columns for the data kind \"%2\".").arg(m_mapping.fileName(), csvKindName(options.kind)),
                    QStringLiteral("csv mapping lacks kind"));
    }
    const CsvKindMapping mapping = m_mapping.kind(options.kind);

    // createdAt is stored as ISO 8601 UTC text: Japan's days become a text range.
    const QString lower = options.from.isValid()
                              ? Outbox::storeTime(QDateTime(options.from, QTime(0, 0), japanTime()))
                              : QStringLiteral("0000"); // a null QString would bind NULL
    const QString upper = options.to.isValid()
                              ? Outbox::storeTime(QDateTime(options.to.addDays(1), QTime(0, 0), japanTime()))
                              : QStringLiteral("9999");
    QString sql = QStringLiteral("SELECT r.uuid, r.payload FROM record r ");
    if (!options.states.isEmpty())
        sql += QStringLiteral("JOIN outbox o ON o.uuid = r.uuid AND o.state IN (?, ?, ?, ?) ");
    sql += QStringLiteral("WHERE r.created_at >= ? AND r.created_at < ? ORDER BY r.created_at, r.id");
    QSqlQuery q(m_db.connection());
    if (!q.prepare(sql))
        return std::unexpected(Database::classify(q.lastError(), m_db.path()));
    int index = 0;
    if (!options.states.isEmpty()) {
        for (int i = 0; i < 4; ++i)
            q.bindValue(index++, outboxStateName(options.states.value(i, options.states.first())));
    }
    q.bindValue(index++, lower);
    q.bindValue(index++, upper);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());

    struct Unencodable {
        QString uuid;
        QString header;
        char32_t character;
    };
    std::unique_ptr<Cp932> cp932;
    if (options.encoding == CsvEncoding::Cp932) {
        auto opened = Cp932::open();
        if (!opened)
            return std::unexpected(opened.error());
        cp932 = std::move(*opened);
    }

    CsvExportSummary summary;
    QList<QStringList> rows;
    QStringList undecryptable;
    QList<Unencodable> unencodable;
    while (q.next()) {
        const QString uuid = q.value(0).toString();
        ++summary.records;
        auto plain = m_cipher.decrypt(q.value(1).toByteArray(), uuid);
        if (!plain) {
            undecryptable.append(uuid);
            continue;
        }
        auto record = forms::Record::fromJson(*plain);
        RecordCipher::wipe(*plain);
        if (!record) {
            // Not expected (the outbox checked it on the way in), but a
            // record no one can read must stop the export, not vanish from it.
            return fail(ErrorCode::InvalidData, tr("Record %1 cannot be read: %2").arg(uuid, record.error().message()),
                        record.error().technicalDetail());
        }
        auto recordRows = rowsForRecord(*record, mapping);
        if (!recordRows)
            return std::unexpected(recordRows.error());
        for (const QStringList &row : std::as_const(*recordRows)) {
            if (cp932) {
                for (qsizetype c = 0; c < row.size(); ++c) {
                    for (char32_t ch : row.at(c).toUcs4()) {
                        if (!cp932->canEncode(ch))
                            unencodable.append({uuid, mapping.columns.at(c).header, ch});
                    }
                }
            }
            rows.append(row);
        }
    }
    q.finish();

    if (!undecryptable.isEmpty()) {
        return fail(ErrorCode::InvalidData,
                    tr("%n record(s) could not be decrypted, so no file was written. The record key file may be the wrong one; "
                       "ask the administrator.", nullptr, int(undecryptable.size())),
                    undecryptable.join(QLatin1Char(' ')));
    }
    if (!unencodable.isEmpty()) {
        QStringList lines;
        for (const Unencodable &u : std::as_const(unencodable)) {
            if (lines.size() == kMaxListedProblems) {
                lines << tr("… and %n more", nullptr, int(unencodable.size() - kMaxListedProblems));
                break;
            }
            lines << tr("record %1, column \"%2\": %3 (U+%4)")
                         .arg(u.uuid, u.header, QString::fromUcs4(&u.character, 1),
                              QString::number(quint32(u.character), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        }
        return fail(ErrorCode::InvalidData,
                    tr("%n character(s) cannot be written in Shift_JIS (CP932), so no file was written. Correct the record "
                       "or choose UTF-8:", nullptr, int(unencodable.size()))
                        + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                    QStringLiteral("cp932 unencodable"));
    }

    QStringList header;
    for (const CsvColumn &column : mapping.columns)
        header << column.header;
    const QString text = csvText(header, rows);
    auto bytes = encode(text, options.encoding);
    if (!bytes)
        return std::unexpected(bytes.error());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io, tr("The CSV file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    QStringLiteral("csv open"));
    }
    // QSaveFile gives a new file 0666 less the umask and keeps an old file's
    // mode: the CSV holds names and addresses.
    if (!PrivateFiles::restrictFile(file)) {
        return fail(ErrorCode::PermissionDenied,
                    tr("The CSV file %1 could not be made private (mode 0600).").arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("csv chmod"));
    }
    const bool written = file.write(*bytes) == bytes->size();
    RecordCipher::wipe(*bytes);
    if (!written || !file.commit()) {
        const bool full = file.error() == QFileDevice::ResourceError;
        return fail(full ? ErrorCode::DiskFull : ErrorCode::Io,
                    tr("The CSV file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    QStringLiteral("csv write"));
    }
    summary.rows = int(rows.size());
    qCInfo(lcOutbox) << "CSV export" << csvKindName(options.kind) << csvEncodingName(options.encoding) << summary.rows << "rows from"
                     << summary.records << "records";
    return summary;
}

} // namespace kakanai
