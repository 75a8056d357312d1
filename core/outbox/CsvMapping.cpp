#include "CsvMapping.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace kakanai {

namespace {

constexpr qsizetype kMaxMappingBytes = 1024 * 1024;
constexpr int kMaxColumns = 500;

struct FormatName {
    CsvFormat format;
    const char *name;
};
constexpr FormatName kFormats[] = {
    {CsvFormat::AsIs, "as-is"},       {CsvFormat::IsoDate, "iso-date"},     {CsvFormat::Yyyymmdd, "yyyymmdd"},
    {CsvFormat::Wareki, "wareki"},    {CsvFormat::WarekiCode, "wareki-code"}, {CsvFormat::DateTime, "datetime"},
    {CsvFormat::SexCode, "sex-code"}, {CsvFormat::Digits, "digits"},       {CsvFormat::Flag, "flag"},
    {CsvFormat::Count, "count"},
};

// A problem found in the file: which entry, and why (translated).
struct Problem {
    QString entry;
    QString reason;
};

std::optional<CsvSource> parseSource(const QString &text)
{
    auto rest = [&](QLatin1StringView prefix) { return text.mid(prefix.size()); };
    CsvSource s;
    if (text == QLatin1String("record:uuid"))
        s.kind = CsvSource::Kind::RecordUuid;
    else if (text == QLatin1String("record:createdAt"))
        s.kind = CsvSource::Kind::RecordCreatedAt;
    else if (text == QLatin1String("record:terminalId"))
        s.kind = CsvSource::Kind::RecordTerminalId;
    else if (text == QLatin1String("record:staffId"))
        s.kind = CsvSource::Kind::RecordStaffId;
    else if (text == QLatin1String("form:id"))
        s.kind = CsvSource::Kind::FormId;
    else if (text == QLatin1String("form:version"))
        s.kind = CsvSource::Kind::FormVersion;
    else if (text.startsWith(QLatin1String("field:")) && text.size() > 6) {
        s.kind = CsvSource::Kind::RowField;
        s.name = rest(QLatin1StringView("field:"));
    } else if (text.startsWith(QLatin1String("form:"))) {
        const qsizetype slash = text.indexOf(QLatin1String("/field:"));
        if (slash <= 5 || slash + 7 >= text.size())
            return std::nullopt;
        s.kind = CsvSource::Kind::FormField;
        s.formId = text.mid(5, slash - 5);
        s.name = text.mid(slash + 7);
    } else if (text.startsWith(QLatin1String("card:")) && text.size() > 5) {
        s.kind = CsvSource::Kind::CardValue;
        s.name = rest(QLatin1StringView("card:"));
    } else if (text.startsWith(QLatin1String("const:"))) {
        s.kind = CsvSource::Kind::Constant;
        s.name = rest(QLatin1StringView("const:"));
    } else {
        return std::nullopt;
    }
    return s;
}

std::optional<Problem> parseColumn(const QJsonValue &value, const QString &entry, CsvKindMapping::RowPer rowPer,
                                   CsvColumn &column)
{
    if (!value.isObject())
        return Problem{entry, CsvMapping::tr("a column must be an object with \"header\" and \"from\"")};
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("header") && it.key() != QLatin1String("from") && it.key() != QLatin1String("format")
            && it.key() != QLatin1String("map") && it.key() != QLatin1String("comment"))
            return Problem{entry + QLatin1Char('.') + it.key(), CsvMapping::tr("unknown key")};
    }
    const QJsonValue header = o.value(QLatin1String("header"));
    if (!header.isString() || header.toString().trimmed().isEmpty())
        return Problem{entry + QStringLiteral(".header"), CsvMapping::tr("the column header is missing or empty")};
    column.header = header.toString();
    if (column.header.contains(QLatin1Char('\n')) || column.header.contains(QLatin1Char('\r')))
        return Problem{entry + QStringLiteral(".header"), CsvMapping::tr("a column header cannot contain a line break")};

    QJsonArray froms;
    const QJsonValue from = o.value(QLatin1String("from"));
    if (from.isString())
        froms.append(from);
    else if (from.isArray())
        froms = from.toArray();
    if (froms.isEmpty())
        return Problem{entry + QStringLiteral(".from"),
                       CsvMapping::tr("\"from\" must be a source such as \"field:name\", or a list of sources")};
    for (qsizetype i = 0; i < froms.size(); ++i) {
        const QString where = entry + QStringLiteral(".from") + (from.isArray() ? QStringLiteral("[%1]").arg(i) : QString());
        auto source = froms.at(i).isString() ? parseSource(froms.at(i).toString()) : std::nullopt;
        if (!source) {
            return Problem{where, CsvMapping::tr("unknown source; use record:uuid, record:createdAt, record:terminalId, "
                                                 "record:staffId, form:id, form:version, field:ID, form:FORM/field:ID, "
                                                 "card:NAME or const:TEXT")};
        }
        if (rowPer == CsvKindMapping::RowPer::CardRead
            && (source->kind == CsvSource::Kind::RowField || source->kind == CsvSource::Kind::FormId
                || source->kind == CsvSource::Kind::FormVersion))
            return Problem{where, CsvMapping::tr("rows of this kind are not made from a form; use form:FORM/field:ID or card:NAME")};
        column.sources.append(*source);
    }

    const QJsonValue format = o.value(QLatin1String("format"));
    if (!format.isUndefined()) {
        auto f = format.isString() ? CsvMapping::formatFromName(format.toString()) : std::nullopt;
        if (!f)
            return Problem{entry + QStringLiteral(".format"),
                           CsvMapping::tr("unknown format; use one of: %1").arg(CsvMapping::formatNames().join(QStringLiteral(", ")))};
        column.format = *f;
    }
    const QJsonValue map = o.value(QLatin1String("map"));
    if (!map.isUndefined()) {
        if (!map.isObject())
            return Problem{entry + QStringLiteral(".map"), CsvMapping::tr("\"map\" must be an object of value → text")};
        const QJsonObject m = map.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (!it.value().isString())
                return Problem{entry + QStringLiteral(".map.") + it.key(), CsvMapping::tr("the replacement must be text")};
            column.map.insert(it.key(), it.value().toString());
        }
    }
    return std::nullopt;
}

std::optional<Problem> parseKind(const QJsonValue &value, const QString &entry, CsvKindMapping &kind)
{
    if (!value.isObject())
        return Problem{entry, CsvMapping::tr("a data kind must be an object with \"rowPer\" and \"columns\"")};
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        static const QStringList known = {QStringLiteral("title"), QStringLiteral("comment"), QStringLiteral("rowPer"),
                                          QStringLiteral("forms"), QStringLiteral("columns")};
        if (!known.contains(it.key()))
            return Problem{entry + QLatin1Char('.') + it.key(), CsvMapping::tr("unknown key")};
    }
    const QString rowPer = o.value(QLatin1String("rowPer")).toString();
    if (rowPer == QLatin1String("form"))
        kind.rowPer = CsvKindMapping::RowPer::Form;
    else if (rowPer == QLatin1String("card-read"))
        kind.rowPer = CsvKindMapping::RowPer::CardRead;
    else
        return Problem{entry + QStringLiteral(".rowPer"), CsvMapping::tr("must be \"form\" or \"card-read\"")};

    if (kind.rowPer == CsvKindMapping::RowPer::Form) {
        const QJsonArray forms = o.value(QLatin1String("forms")).toArray();
        if (forms.isEmpty())
            return Problem{entry + QStringLiteral(".forms"), CsvMapping::tr("list at least one form id")};
        for (qsizetype i = 0; i < forms.size(); ++i) {
            if (!forms.at(i).isString() || forms.at(i).toString().isEmpty())
                return Problem{entry + QStringLiteral(".forms[%1]").arg(i), CsvMapping::tr("a form id must be non-empty text")};
            kind.forms.append(forms.at(i).toString());
        }
    } else if (o.contains(QLatin1String("forms"))) {
        return Problem{entry + QStringLiteral(".forms"), CsvMapping::tr("\"forms\" is only for rowPer \"form\"")};
    }

    const QJsonValue columnsValue = o.value(QLatin1String("columns"));
    const QJsonArray columns = columnsValue.toArray();
    if (!columnsValue.isArray() || columns.isEmpty())
        return Problem{entry + QStringLiteral(".columns"), CsvMapping::tr("list at least one column")};
    if (columns.size() > kMaxColumns)
        return Problem{entry + QStringLiteral(".columns"), CsvMapping::tr("at most %1 columns").arg(kMaxColumns)};
    QStringList headers;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString where = entry + QStringLiteral(".columns[%1]").arg(i);
        CsvColumn column;
        if (auto problem = parseColumn(columns.at(i), where, kind.rowPer, column))
            return problem;
        if (headers.contains(column.header))
            return Problem{where + QStringLiteral(".header"), CsvMapping::tr("this header is used by an earlier column too")};
        headers.append(column.header);
        kind.columns.append(column);
    }
    return std::nullopt;
}

} // namespace

QString csvKindName(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Ido: return QStringLiteral("ido");
    case CsvKind::Kofu: return QStringLiteral("kofu");
    case CsvKind::Kenmen: return QStringLiteral("kenmen");
    }
    return QString();
}

std::optional<CsvKind> csvKindFromName(const QString &name)
{
    for (CsvKind k : {CsvKind::Ido, CsvKind::Kofu, CsvKind::Kenmen})
        if (csvKindName(k) == name)
            return k;
    return std::nullopt;
}

std::optional<CsvFormat> CsvMapping::formatFromName(const QString &name)
{
    for (const FormatName &f : kFormats)
        if (name == QLatin1String(f.name))
            return f.format;
    return std::nullopt;
}

QStringList CsvMapping::formatNames()
{
    QStringList names;
    for (const FormatName &f : kFormats)
        names << QString::fromLatin1(f.name);
    return names;
}

Result<CsvMapping> CsvMapping::builtIn()
{
    return load(QString());
}

Result<CsvMapping> CsvMapping::load(const QString &path)
{
    const QString file = path.isEmpty() ? defaultResourcePath() : path;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::NotFound, tr("The CSV mapping file %1 cannot be read: %2").arg(QDir::toNativeSeparators(file), f.errorString()),
                    QStringLiteral("csv mapping unreadable"));
    }
    const QByteArray json = f.read(kMaxMappingBytes + 1);
    if (json.size() > kMaxMappingBytes) {
        return fail(ErrorCode::InvalidData, tr("The CSV mapping file %1 is too large (at most 1 MiB).").arg(QDir::toNativeSeparators(file)),
                    QStringLiteral("csv mapping too large"));
    }
    return parse(json, QDir::toNativeSeparators(file));
}

Result<CsvMapping> CsvMapping::parse(QByteArrayView json, const QString &fileName)
{
    auto invalid = [&](const Problem &p) {
        return fail(ErrorCode::InvalidData,
                    tr("The CSV mapping file %1 is not valid: %2: %3").arg(fileName, p.entry, p.reason),
                    QStringLiteral("csv mapping: %1").arg(p.entry));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Administrators edit this file by hand: say where, as an editor would.
        const QByteArrayView before = json.first(qBound(qsizetype(0), qsizetype(parseError.offset), json.size()));
        const qsizetype line = before.count('\n') + 1;
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
        return invalid({tr("line %1, column %2").arg(line).arg(column),
                        tr("not valid JSON (%1)").arg(parseError.errorString())});
    }
    if (!doc.isObject())
        return invalid({QStringLiteral("/"), tr("the file must hold one JSON object")});
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("schema")).toString() != schemaName())
        return invalid({QStringLiteral("schema"), tr("must be \"%1\"").arg(schemaName())});
    const QJsonValue kindsValue = root.value(QLatin1String("kinds"));
    if (!kindsValue.isObject() || kindsValue.toObject().isEmpty())
        return invalid({QStringLiteral("kinds"), tr("must be an object with at least one of ido, kofu, kenmen")});

    CsvMapping mapping;
    mapping.m_fileName = fileName;
    const QJsonObject kinds = kindsValue.toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        const QString entry = QStringLiteral("kinds.") + it.key();
        const auto kind = csvKindFromName(it.key());
        if (!kind)
            return invalid({entry, tr("unknown data kind; use ido, kofu or kenmen")});
        CsvKindMapping km;
        if (auto problem = parseKind(it.value(), entry, km))
            return invalid(*problem);
        mapping.m_kinds.insert(*kind, km);
    }
    return mapping;
}

} // namespace kakanai
