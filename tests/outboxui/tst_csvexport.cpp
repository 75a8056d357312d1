// CsvMapping and CsvExporter: the 標準仕様書 CSV export (docs/csv-mapping.md).
#include "../outbox/OutboxTestSupport.h"
#include "VisitRecords.h"

#include "outbox/CsvExport.h"
#include "outbox/CsvMapping.h"
#include "outbox/FileKeyProvider.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

using namespace kakanai;
using namespace kakanai::test;

namespace {

// Decodes CP932 with ICU, independently of the exporter's converter.
QString fromCp932(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open("windows-31j", &status);
    if (U_FAILURE(status))
        return QStringLiteral("<no converter>");
    QList<UChar> out(bytes.size() * 2 + 4);
    const int32_t n = ucnv_toUChars(conv, out.data(), int32_t(out.size()), bytes.constData(), int32_t(bytes.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status))
        return QStringLiteral("<decode failed>");
    return QString(reinterpret_cast<const QChar *>(out.constData()), n);
}

QJsonValue js(const char8_t *utf8)
{
    return QJsonValue(QString::fromUtf8(reinterpret_cast<const char *>(utf8)));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// A mapping with one "ido" column.
CsvKindMapping oneColumn(const QString &from, const QString &format)
{
    const QString json = QStringLiteral(R"({"schema": "kakanai.csv-mapping/1", "kinds": {"ido": {"rowPer": "form",
        "forms": ["jumin-ido"], "columns": [{"header": "X", "from": "%1", "format": "%2"}]}}})")
                             .arg(from, format);
    auto m = CsvMapping::parse(json.toUtf8(), QStringLiteral("test.json"));
    return m ? m->kind(CsvKind::Ido) : CsvKindMapping{};
}

} // namespace

class TestCsvExport : public QObject {
    Q_OBJECT
private slots:
    void builtInMappingHasAllKinds();
    void quoting_data();
    void quoting();
    void csvTextUsesCrlf();
    void formats_data();
    void formats();
    void unformattableValueNamesRecordAndColumn();
    void encodings_data();
    void encodings();
    void unencodable_data();
    void unencodable();
    void brokenMapping_data();
    void brokenMapping();
    void missingMappingFile();
    void kofuRowPerForm();
    void kenmenUsesCardValues();
    void dateRangeAndStates();
    void undecryptableWritesNothing();
};

void TestCsvExport::builtInMappingHasAllKinds()
{
    auto m = CsvMapping::builtIn();
    QVERIFY2(m, m ? "" : qPrintable(m.error().toString()));
    for (CsvKind k : {CsvKind::Ido, CsvKind::Kofu, CsvKind::Kenmen}) {
        QVERIFY(m->has(k));
        QVERIFY(!m->kind(k).columns.isEmpty());
        QCOMPARE(m->kind(k).columns.first().header, QStringLiteral("受付番号"));
    }
    QCOMPARE(m->kind(CsvKind::Kofu).forms.size(), 3);
    QCOMPARE(m->kind(CsvKind::Kenmen).rowPer, CsvKindMapping::RowPer::CardRead);
}

void TestCsvExport::quoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("山田　太郎") << QStringLiteral("山田　太郎");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("1-1, A棟") << QStringLiteral("\"1-1, A棟\"");
    QTest::newRow("quote") << QStringLiteral("\"A\"棟") << QStringLiteral("\"\"\"A\"\"棟\"");
    QTest::newRow("newline") << QStringLiteral("1行目\n2行目") << QStringLiteral("\"1行目\n2行目\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("spaces kept") << QStringLiteral(" a ") << QStringLiteral(" a ");
}

void TestCsvExport::quoting()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(CsvExporter::quoteField(field), expected);
}

void TestCsvExport::csvTextUsesCrlf()
{
    const QString text = CsvExporter::csvText({QStringLiteral("a"), QStringLiteral("b")},
                                              {{QStringLiteral("1"), QStringLiteral("x,y")}, {QString(), QStringLiteral("z")}});
    QCOMPARE(text, QStringLiteral("a,b\r\n1,\"x,y\"\r\n,z\r\n"));
}

void TestCsvExport::formats_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    const QString f = QStringLiteral("field:v");
    QTest::newRow("wareki first year") << f << QStringLiteral("wareki") << js(u8"2019-05-01") << QStringLiteral("令和元年5月1日");
    QTest::newRow("wareki showa") << f << QStringLiteral("wareki") << js(u8"1980-02-17") << QStringLiteral("昭和55年2月17日");
    QTest::newRow("wareki heisei last day") << f << QStringLiteral("wareki") << js(u8"2019-04-30") << QStringLiteral("平成31年4月30日");
    QTest::newRow("wareki-code") << f << QStringLiteral("wareki-code") << js(u8"1980-02-17") << QStringLiteral("3550217");
    QTest::newRow("yyyymmdd") << f << QStringLiteral("yyyymmdd") << js(u8"2024-06-01") << QStringLiteral("20240601");
    QTest::newRow("iso-date") << f << QStringLiteral("iso-date") << js(u8"2024-06-01") << QStringLiteral("2024-06-01");
    QTest::newRow("createdAt in Japan time") << QStringLiteral("record:createdAt") << QStringLiteral("iso-date") << QJsonValue() << QStringLiteral("2024-06-02");
    QTest::newRow("datetime in Japan time") << QStringLiteral("record:createdAt") << QStringLiteral("datetime") << QJsonValue() << QStringLiteral("2024-06-02 01:02:03");
    QTest::newRow("empty date") << f << QStringLiteral("wareki") << QJsonValue() << QString();
    QTest::newRow("sex 1") << f << QStringLiteral("sex-code") << js(u8"1") << QStringLiteral("1");
    QTest::newRow("sex 女") << f << QStringLiteral("sex-code") << js(u8"女") << QStringLiteral("2");
    QTest::newRow("sex other") << f << QStringLiteral("sex-code") << js(u8"3") << QStringLiteral("9");
    QTest::newRow("digits") << f << QStringLiteral("digits") << js(u8"１００-0013") << QStringLiteral("1000013");
    QTest::newRow("flag true") << f << QStringLiteral("flag") << QJsonValue(true) << QStringLiteral("1");
    QTest::newRow("flag false") << f << QStringLiteral("flag") << QJsonValue(false) << QStringLiteral("0");
    QTest::newRow("count") << f << QStringLiteral("count") << QJsonValue(QJsonArray{1, 2}) << QStringLiteral("2");
    QTest::newRow("count of nothing") << f << QStringLiteral("count") << QJsonValue() << QStringLiteral("0");
    QTest::newRow("as-is number") << f << QStringLiteral("as-is") << QJsonValue(2) << QStringLiteral("2");
    QTest::newRow("as-is text") << f << QStringLiteral("as-is") << js(u8"東京都") << QStringLiteral("東京都");
    QTest::newRow("uuid") << QStringLiteral("record:uuid") << QStringLiteral("as-is") << QJsonValue() << QStringLiteral("0b7c5f4e-3f0e-4a7b-9d7a-5b1f2f0e9a11");
    QTest::newRow("constant") << QStringLiteral("const:13101") << QStringLiteral("as-is") << QJsonValue() << QStringLiteral("13101");
    QTest::newRow("other form") << QStringLiteral("form:inkan-certificate/field:copies") << QStringLiteral("as-is") << QJsonValue() << QStringLiteral("3");
}

void TestCsvExport::formats()
{
    QFETCH(QString, from);
    QFETCH(QString, format);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const CsvKindMapping mapping = oneColumn(from, format);
    QCOMPARE(mapping.columns.size(), 1);
    const QJsonObject record =
        visitRecord(QStringLiteral("0b7c5f4e-3f0e-4a7b-9d7a-5b1f2f0e9a11"), QStringLiteral("2024-06-01T16:02:03.456Z"),
                    {form(QStringLiteral("jumin-ido"), {field(QStringLiteral("v"), value)}),
                     form(QStringLiteral("inkan-certificate"), {field(QStringLiteral("copies"), 3)})});
    auto rows = CsvExporter::rowsForRecord(readRecord(record), mapping);
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().toString()));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first(), QStringList{expected});
}

void TestCsvExport::unformattableValueNamesRecordAndColumn()
{
    const CsvKindMapping mapping = oneColumn(QStringLiteral("field:v"), QStringLiteral("wareki"));
    const QString uuid = newUuid();
    const QJsonObject record = visitRecord(uuid, QStringLiteral("2024-06-01T01:00:00.000Z"),
                                           {form(QStringLiteral("jumin-ido"), {field(QStringLiteral("v"), QStringLiteral("東京都秘密"))})});
    auto rows = CsvExporter::rowsForRecord(readRecord(record), mapping);
    QVERIFY(!rows);
    QCOMPARE(rows.error().code(), ErrorCode::InvalidData);
    QVERIFY(rows.error().message().contains(uuid));
    QVERIFY(rows.error().message().contains(QStringLiteral("\"X\"")));
    QVERIFY(!rows.error().toString().contains(QStringLiteral("秘密"))); // never the value
}

void TestCsvExport::encodings_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("utf-8") << QStringLiteral("utf-8");
    QTest::newRow("utf-8-bom") << QStringLiteral("utf-8-bom");
    QTest::newRow("cp932") << QStringLiteral("cp932");
}

void TestCsvExport::encodings()
{
    QFETCH(QString, encoding);
    TempStore store;
    QVERIFY2(store.isValid(), qPrintable(store.lastError()));
    const QString uuid = newUuid();
    // 髙 and ① are in CP932 (IBM and NEC extensions); the address needs quoting.
    const QString name = QStringLiteral("髙橋　①子");
    const QString address = QStringLiteral("東京都千代田区1-1, \"A棟\"\n2階");
    QVERIFY(store.outbox().enqueue(toJson(idoRecord(uuid, name, address))));

    auto mapping = CsvMapping::builtIn();
    QVERIFY(mapping);
    CsvExporter exporter(store.db(), store.cipher(), *mapping);
    CsvExportOptions options;
    options.kind = CsvKind::Ido;
    options.encoding = *csvEncodingFromName(encoding);
    const QString path = store.dirPath() + QStringLiteral("/ido.csv");
    auto summary = exporter.exportTo(path, options);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().toString()));
    QCOMPARE(summary->rows, 1);
    QCOMPARE(summary->records, 1);

    const QByteArray bytes = readAll(path);
    QString text;
    if (options.encoding == CsvEncoding::Cp932) {
        QVERIFY(bytes.contains(QByteArray("\x93\x8C\x8B\x9E\x93\x73", 6))); // 東京都
        QVERIFY(bytes.contains(QByteArray("\x87\x40", 2)));                 // ① (NEC row 13)
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        text = fromCp932(bytes);
    } else {
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        QCOMPARE(bom, options.encoding == CsvEncoding::Utf8Bom);
        text = QString::fromUtf8(bom ? bytes.mid(3) : bytes);
    }
    QVERIFY2(text.startsWith(QStringLiteral("受付番号,受付日,")), qPrintable(text.left(40)));
    QVERIFY(text.contains(name));
    QVERIFY(text.contains(QStringLiteral("\"東京都千代田区1-1, \"\"A棟\"\"\n2階\"")));
    QVERIFY(text.contains(QStringLiteral(",令和元年5月1日,")));
    QVERIFY(text.contains(QStringLiteral(",3550217,2,1000013,")));
    QVERIFY(text.contains(QStringLiteral(",転入,")));
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    QCOMPARE(text.count(QStringLiteral("\r\n")), 2); // header + one row; the LF inside the quoted field stays bare
}

void TestCsvExport::unencodable_data()
{
    QTest::addColumn<QString>("character");
    QTest::newRow("𠮷 (outside the BMP)") << QStringLiteral("𠮷");
    QTest::newRow("㉑ (circled 21)") << QStringLiteral("㉑");
    QTest::newRow("emoji") << QStringLiteral("😀");
    QTest::newRow("hangul") << QStringLiteral("한");
}

void TestCsvExport::unencodable()
{
    QFETCH(QString, character);
    TempStore store;
    QVERIFY(store.isValid());
    const QString good = newUuid();
    const QString bad = newUuid();
    QVERIFY(store.outbox().enqueue(toJson(idoRecord(good, QStringLiteral("山田　太郎"), QStringLiteral("東京都")))));
    QVERIFY(store.outbox().enqueue(toJson(idoRecord(bad, character + QStringLiteral("田　花子"), QStringLiteral("大阪府秘密町")))));

    const QString path = store.dirPath() + QStringLiteral("/out.csv");
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("previous export");
    existing.close();

    auto mapping = CsvMapping::builtIn();
    QVERIFY(mapping);
    CsvExporter exporter(store.db(), store.cipher(), *mapping);
    CsvExportOptions options;
    options.encoding = CsvEncoding::Cp932;
    auto summary = exporter.exportTo(path, options);
    QVERIFY(!summary);
    QCOMPARE(summary.error().code(), ErrorCode::InvalidData);
    const QString message = summary.error().message();
    QVERIFY2(message.contains(character), qPrintable(message));
    QVERIFY(message.contains(bad));
    QVERIFY(!message.contains(good));
    QVERIFY(message.contains(QStringLiteral("\"氏名\"")));
    QVERIFY(!message.contains(QStringLiteral("花子"))); // only the character, not the rest of the name
    QVERIFY(!message.contains(QStringLiteral("秘密")));
    QCOMPARE(readAll(path), QByteArray("previous export")); // nothing written

    auto listed = CsvExporter::unencodableCharacters(QStringLiteral("山田") + character);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(QString::fromUcs4(&listed->first(), 1), character);

    // The same data in UTF-8 is fine.
    options.encoding = CsvEncoding::Utf8;
    QVERIFY(exporter.exportTo(path, options));
    QVERIFY(QString::fromUtf8(readAll(path)).contains(character));
}

void TestCsvExport::brokenMapping_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("entry");
    const QByteArray head = R"({"schema": "kakanai.csv-mapping/1", "kinds": {"ido": {"rowPer": "form", "forms": ["jumin-ido"], "columns": [)";
    const QByteArray tail = "]}}}";
    QTest::newRow("not json") << QByteArray("{\n  \"schema\": ") << QStringLiteral("line 2, column 13");
    QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("/");
    QTest::newRow("wrong schema") << QByteArray(R"({"schema": "other/1", "kinds": {}})") << QStringLiteral("schema");
    QTest::newRow("no kinds") << QByteArray(R"({"schema": "kakanai.csv-mapping/1"})") << QStringLiteral("kinds");
    QTest::newRow("unknown kind") << QByteArray(R"({"schema": "kakanai.csv-mapping/1", "kinds": {"tenshutsu": {}}})")
                                  << QStringLiteral("kinds.tenshutsu");
    QTest::newRow("bad rowPer") << QByteArray(R"({"schema": "kakanai.csv-mapping/1", "kinds": {"ido": {"rowPer": "x", "columns": []}}})")
                                << QStringLiteral("kinds.ido.rowPer");
    QTest::newRow("no forms") << QByteArray(R"({"schema": "kakanai.csv-mapping/1", "kinds": {"ido": {"rowPer": "form", "columns": [{"header": "a", "from": "record:uuid"}]}}})")
                              << QStringLiteral("kinds.ido.forms");
    QTest::newRow("no columns") << head + tail << QStringLiteral("kinds.ido.columns");
    QTest::newRow("empty header") << head + R"({"header": " ", "from": "record:uuid"})" + tail
                                  << QStringLiteral("kinds.ido.columns[0].header");
    QTest::newRow("duplicate header") << head + R"({"header": "a", "from": "record:uuid"}, {"header": "a", "from": "field:x"})" + tail
                                      << QStringLiteral("kinds.ido.columns[1].header");
    QTest::newRow("unknown source") << head + R"({"header": "a", "from": "person:name"})" + tail
                                    << QStringLiteral("kinds.ido.columns[0].from");
    QTest::newRow("unknown source in list") << head + R"({"header": "a", "from": ["field:x", "form:/field:"]})" + tail
                                            << QStringLiteral("kinds.ido.columns[0].from[1]");
    QTest::newRow("unknown format") << head + R"({"header": "a", "from": "field:x", "format": "gengo"})" + tail
                                    << QStringLiteral("kinds.ido.columns[0].format");
    QTest::newRow("unknown key") << head + R"({"header": "a", "from": "field:x", "fromat": "wareki"})" + tail
                                 << QStringLiteral("kinds.ido.columns[0].fromat");
    QTest::newRow("map not text") << head + R"({"header": "a", "from": "field:x", "map": {"1": 2}})" + tail
                                  << QStringLiteral("kinds.ido.columns[0].map.1");
    QTest::newRow("row field in card rows")
        << QByteArray(R"({"schema": "kakanai.csv-mapping/1", "kinds": {"kenmen": {"rowPer": "card-read", "columns": [{"header": "a", "from": "field:name"}]}}})")
        << QStringLiteral("kinds.kenmen.columns[0].from");
}

void TestCsvExport::brokenMapping()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, entry);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken-mapping.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    auto m = CsvMapping::load(path);
    QVERIFY(!m);
    QCOMPARE(m.error().code(), ErrorCode::InvalidData);
    QVERIFY2(m.error().message().contains(QStringLiteral("broken-mapping.json")), qPrintable(m.error().message()));
    QVERIFY2(m.error().message().contains(entry + QStringLiteral(": ")), qPrintable(m.error().message()));
}

void TestCsvExport::missingMappingFile()
{
    auto m = CsvMapping::load(QStringLiteral("/nonexistent/kakanai-mapping.json"));
    QVERIFY(!m);
    QCOMPARE(m.error().code(), ErrorCode::NotFound);
    QVERIFY(m.error().message().contains(QStringLiteral("kakanai-mapping.json")));
}

void TestCsvExport::kofuRowPerForm()
{
    auto mapping = CsvMapping::builtIn();
    QVERIFY(mapping);
    const QJsonObject record = visitRecord(
        newUuid(), QStringLiteral("2024-06-01T01:00:00.000Z"),
        {form(QStringLiteral("juminhyo-request"), {field(QStringLiteral("requesterName"), QStringLiteral("請求　一郎")),
                                                   field(QStringLiteral("certificateType"), QStringLiteral("copy"))}),
         form(QStringLiteral("jumin-ido"), {field(QStringLiteral("name"), QStringLiteral("別人"))}),
         form(QStringLiteral("inkan-certificate"), {field(QStringLiteral("name"), QStringLiteral("印鑑　二郎")),
                                                    field(QStringLiteral("copies"), 2)})});
    auto rows = CsvExporter::rowsForRecord(readRecord(record), mapping->kind(CsvKind::Kofu));
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    const auto &columns = mapping->kind(CsvKind::Kofu).columns;
    auto col = [&](const QString &header) {
        for (int i = 0; i < columns.size(); ++i)
            if (columns.at(i).header == header)
                return i;
        return -1;
    };
    QCOMPARE(rows->at(0).at(col(QStringLiteral("申請書種別"))), QStringLiteral("juminhyo-request"));
    QCOMPARE(rows->at(0).at(col(QStringLiteral("証明書種別"))), QStringLiteral("住民票の写し"));
    QCOMPARE(rows->at(0).at(col(QStringLiteral("請求者氏名"))), QStringLiteral("請求　一郎"));
    QCOMPARE(rows->at(1).at(col(QStringLiteral("証明書種別"))), QStringLiteral("印鑑登録証明書"));
    QCOMPARE(rows->at(1).at(col(QStringLiteral("請求者氏名"))), QStringLiteral("印鑑　二郎"));
    QCOMPARE(rows->at(1).at(col(QStringLiteral("通数"))), QStringLiteral("2"));
}

void TestCsvExport::kenmenUsesCardValues()
{
    auto mapping = CsvMapping::builtIn();
    QVERIFY(mapping);
    QJsonObject address = field(QStringLiteral("address"), QStringLiteral("訂正後の住所"), QStringLiteral("clerk"),
                                QStringLiteral("card.address"));
    address.insert(QStringLiteral("original"), QStringLiteral("券面の住所"));
    address.insert(QStringLiteral("originalSource"), QStringLiteral("card"));
    const QString uuid = newUuid();
    const QJsonObject withCard = visitRecord(
        uuid, QStringLiteral("2024-06-01T01:00:00.000Z"),
        {form(QStringLiteral("inkan-certificate"),
              {field(QStringLiteral("name"), QStringLiteral("券面　太郎"), QStringLiteral("card"), QStringLiteral("card.name")), address,
               field(QStringLiteral("birthDate"), QStringLiteral("1990-01-08"), QStringLiteral("card"), QStringLiteral("card.birthDate"))})});
    auto rows = CsvExporter::rowsForRecord(readRecord(withCard), mapping->kind(CsvKind::Kenmen));
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().mid(3), (QStringList{QStringLiteral("券面　太郎"), QStringLiteral("券面の住所"),
                                                QStringLiteral("4020108"), QString()}));

    const QJsonObject typed = visitRecord(newUuid(), QStringLiteral("2024-06-01T01:00:00.000Z"),
                                          {form(QStringLiteral("inkan-certificate"), {field(QStringLiteral("name"), QStringLiteral("手入力"))})});
    rows = CsvExporter::rowsForRecord(readRecord(typed), mapping->kind(CsvKind::Kenmen));
    QVERIFY(rows);
    QVERIFY(rows->isEmpty()); // no card was read
}

void TestCsvExport::dateRangeAndStates()
{
    TempStore store;
    QVERIFY(store.isValid());
    // 2024-05-31 23:30 JST, 2024-06-01 12:00 JST, 2024-06-02 00:30 JST
    const QStringList times = {QStringLiteral("2024-05-31T14:30:00.000Z"), QStringLiteral("2024-06-01T03:00:00.000Z"),
                               QStringLiteral("2024-06-01T15:30:00.000Z")};
    QStringList ids;
    for (const QString &t : times) {
        ids << newUuid();
        QVERIFY(store.outbox().enqueue(toJson(idoRecord(ids.last(), QStringLiteral("山田"), QStringLiteral("東京都"), t))));
    }
    auto mapping = CsvMapping::builtIn();
    QVERIFY(mapping);
    CsvExporter exporter(store.db(), store.cipher(), *mapping);
    const QString path = store.dirPath() + QStringLiteral("/range.csv");

    CsvExportOptions options;
    options.from = QDate(2024, 6, 1);
    options.to = QDate(2024, 6, 1);
    auto summary = exporter.exportTo(path, options);
    QVERIFY(summary);
    QCOMPARE(summary->rows, 1);
    QString text = QString::fromUtf8(readAll(path));
    QVERIFY(text.contains(ids.at(1)));
    QVERIFY(!text.contains(ids.at(0)));
    QVERIFY(!text.contains(ids.at(2)));

    options.to = QDate();
    summary = exporter.exportTo(path, options);
    QVERIFY(summary);
    QCOMPARE(summary->rows, 2);

    // Only sent records: none yet.
    options = {};
    options.states = {OutboxState::Sent};
    summary = exporter.exportTo(path, options);
    QVERIFY(summary);
    QCOMPARE(summary->rows, 0);
    QCOMPARE(QString::fromUtf8(readAll(path)).count(QStringLiteral("\r\n")), 1); // the header alone
    options.states = {OutboxState::Pending, OutboxState::Sent};
    summary = exporter.exportTo(path, options);
    QVERIFY(summary);
    QCOMPARE(summary->rows, 3);
}

void TestCsvExport::undecryptableWritesNothing()
{
    TempStore store;
    QVERIFY(store.isValid());
    const QString uuid = newUuid();
    QVERIFY(store.outbox().enqueue(toJson(idoRecord(uuid, QStringLiteral("山田"), QStringLiteral("東京都")))));
    QTemporaryDir other;
    FileKeyProvider otherKey(other.filePath(QStringLiteral("other.key")));
    auto wrongCipher = RecordCipher::fromProvider(otherKey);
    QVERIFY(wrongCipher);
    auto mapping = CsvMapping::builtIn();
    QVERIFY(mapping);
    CsvExporter exporter(store.db(), **wrongCipher, *mapping);
    const QString path = store.dirPath() + QStringLiteral("/nothing.csv");
    auto summary = exporter.exportTo(path, {});
    QVERIFY(!summary);
    QCOMPARE(summary.error().code(), ErrorCode::InvalidData);
    QVERIFY(summary.error().technicalDetail().contains(uuid));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
