// A generated corpus of bad codes (fixed seed): every one is refused as
// InvalidData with the expected detail, and no message repeats what the code
// carried.
#include "PreRegTestSupport.h"
#include "prereg/Base32.h"
#include "prereg/PreRegCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace kakanai;
using namespace kakanai::prereg;
using namespace Qt::StringLiterals;

namespace {

struct Case {
    QString category;
    QStringList symbols;
    QStringList details; // any of these
};

QStringList symbolsOf(const QByteArray &json, const SigningKey *key = nullptr, int bytesPerPart = QrSymbols::kBytesPerPart)
{
    auto symbols = QrSymbols::encode(PreRegMessage::seal(json, key), bytesPerPart);
    if (!symbols)
        qFatal("corpus: a case does not fit the symbols (%s)", qPrintable(symbols.error().toString()));
    return *symbols;
}

QJsonObject objectOf(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }
QByteArray jsonOf(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// Sets o[path[0]][path[1]]… = value, creating nothing that is not there.
QJsonObject with(QJsonObject o, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        o.insert(path.first(), value);
        return o;
    }
    const QJsonValue inner = o.value(path.first());
    if (inner.isArray()) {
        QJsonArray a = inner.toArray();
        const int i = path.at(1).toInt();
        a[i] = with(a.at(i).toObject(), path.mid(2), value);
        o.insert(path.first(), a);
    } else {
        o.insert(path.first(), with(inner.toObject(), path.mid(1), value));
    }
    return o;
}

} // namespace

class TestPreRegCorpus : public QObject {
    Q_OBJECT
private:
    forms::FormLibrary m_library;
    std::optional<forms::LifeEventNavi> m_navi;
    QList<Case> m_cases;
    QByteArray m_good;  // a full registration's JSON (tennyu)
    QByteArray m_small; // a small one: short symbols

    void add(const QString &category, const QStringList &symbols, const QStringList &details)
    {
        m_cases.append(Case{category, symbols, details});
    }
    void addJson(const QString &category, const QByteArray &json, const QString &detail)
    {
        add(category, symbolsOf(json), {detail});
    }
    void addJson(const QString &category, const QJsonObject &o, const QString &detail)
    {
        addJson(category, jsonOf(o), detail);
    }

    void truncated();
    void badChecksum();
    void unknownVersion();
    void notKakanai();
    void oversize();
    void invalidUtf8();
    void unknownIds();
    void wrongFormVersion();
    void badValues();
    void badSignature(const SigningKey &key);
    void structuredAppend();

private slots:
    void initTestCase()
    {
        m_library = forms::FormLibrary::load();
        auto navi = forms::LifeEventNavi::load(m_library);
        QVERIFY(navi);
        m_navi = *navi;
        m_good = test::fullRegistration(m_library, *m_navi, *m_navi->event(u"tennyu")).toJson();
        PreRegistration small;
        small.events = {u"tennyu"_s};
        small.forms = {{u"jumin-ido"_s, 1}};
        small.person.name = u"山田　太郎"_s;
        small.person.birthDate = QDate(1980, 2, 17);
        m_small = small.toJson();
        // Both decode when left alone.
        QVERIFY(PreRegCodec(m_library, *m_navi).decode(symbolsOf(m_good)));
        QVERIFY(PreRegCodec(m_library, *m_navi).decode(symbolsOf(m_small)));
    }

    void corpusIsRefused()
    {
        const SigningKey key = SigningKey::generate();
        TrustedKeys trusted;
        QVERIFY(trusted.add(u"事前受付サーバ"_s, key.publicKey()));
        const PreRegCodec codec(m_library, *m_navi, trusted);

        truncated();
        badChecksum();
        unknownVersion();
        notKakanai();
        oversize();
        invalidUtf8();
        unknownIds();
        wrongFormVersion();
        badValues();
        badSignature(key);
        structuredAppend();

        std::map<QString, int> perCategory;
        QSet<QString> distinct;
        const QStringList personal = test::personalStrings();
        for (const Case &c : std::as_const(m_cases)) {
            distinct.insert(c.symbols.join(u'\n'));
            ++perCategory[c.category];
            auto decoded = codec.decode(c.symbols);
            QVERIFY2(!decoded, qPrintable(c.category + u": decoded"_s));
            const Error &e = decoded.error();
            QVERIFY2(e.code() == ErrorCode::InvalidData, qPrintable(c.category));
            QVERIFY2(c.details.contains(e.technicalDetail()),
                     qPrintable(c.category + u": got "_s + e.technicalDetail() + u", expected "_s + c.details.join(u'/')));
            QVERIFY2(!e.message().isEmpty(), qPrintable(c.category));
            for (const QString &p : personal)
                QVERIFY2(!e.message().contains(p) && !e.technicalDetail().contains(p),
                         qPrintable(c.category + u": message repeats personal data: "_s + e.message()));
            // Nor any stretch of the scanned text.
            for (const QString &s : c.symbols) {
                const QString n = QrSymbols::normalize(s);
                if (n.size() >= 16)
                    QVERIFY2(!e.message().contains(n.mid(4, 12)), qPrintable(c.category));
            }
        }
        for (const auto &[category, count] : perCategory)
            qInfo("%-22s %5d", qPrintable(category), count);
        qInfo("%-22s %5d (%lld distinct)", "total", int(m_cases.size()), qsizetype(distinct.size()));
        QVERIFY(distinct.size() >= 1000);
        QCOMPARE(perCategory.size(), size_t(11));
    }
};

void TestPreRegCorpus::truncated()
{
    // Every prefix of a short symbol and of the last part of a long code.
    const QString symbol = symbolsOf(m_small).first();
    for (qsizetype n = 0; n < symbol.size(); ++n) {
        QStringList details{u"bad-length"_s, u"bad-checksum"_s};
        if (n == 0)
            details = {u"empty"_s};
        else if (n < 4)
            details = {u"not-kakanai"_s};
        add(u"truncated"_s, {symbol.left(n)}, details);
    }
    const QStringList parts = symbolsOf(m_good, nullptr, 120);
    for (qsizetype n = 4; n < parts.last().size(); n += 3) {
        QStringList cut = parts;
        cut.last() = parts.last().left(n);
        add(u"truncated"_s, cut, {u"bad-length"_s, u"bad-checksum"_s});
    }
}

void TestPreRegCorpus::badChecksum()
{
    // Every single-character substitution after "KKN1" in one short symbol.
    static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s;
    const QString symbol = symbolsOf(m_small).first();
    for (qsizetype i = 4; i < symbol.size(); ++i) {
        for (QChar c : alphabet) {
            if (c == symbol.at(i))
                continue;
            QString changed = symbol;
            changed[i] = c;
            // The last character may also carry unused bits that must be zero.
            add(u"bad-checksum"_s, {changed}, {u"bad-checksum"_s, u"bad-length"_s});
        }
    }
}

void TestPreRegCorpus::unknownVersion()
{
    const QStringList parts = symbolsOf(m_good, nullptr, 200);
    for (char digit : QByteArrayView("023456789")) {
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QStringList changed = parts;
            changed[i] = u"KKN"_s + QLatin1Char(digit) + parts.at(i).mid(4);
            add(u"unknown-version"_s, changed, {u"newer-version"_s});
        }
    }
}

void TestPreRegCorpus::notKakanai()
{
    const QStringList fixed{u"https://www.city.example.jp/"_s, u"KKNX1234"_s, u"KAKANAI"_s, u"KK1N"_s,
                            u"山田　太郎"_s, u"1980-02-17"_s, u"SECRETVALUE"_s, u"KKN"_s, u"kkn"_s,
                            u"WIFI:S:office;T:WPA;P:pw;;"_s, u"ＫＫＮＸ"_s};
    for (const QString &t : fixed)
        add(u"not-kakanai"_s, {t}, {u"not-kakanai"_s});
    QRandomGenerator random(20261130);
    static const QString chars = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:/.-_あア漢"_s;
    for (int i = 0; i < 100; ++i) {
        QString t;
        const int length = 1 + random.bounded(60);
        for (int j = 0; j < length; ++j)
            t.append(chars.at(random.bounded(int(chars.size()))));
        if (QrSymbols::normalize(t).startsWith(u"KKN"))
            t.prepend(u'X');
        add(u"not-kakanai"_s, {t}, {u"not-kakanai"_s});
    }
}

void TestPreRegCorpus::oversize()
{
    // Symbols longer than a QR code can hold.
    for (int extra : {1, 2, 8, 100, 1000, 20000}) {
        add(u"oversize"_s, {u"KKN1"_s + QString(QrSymbols::kMaxSymbolChars - 4 + extra, u'A')}, {u"too-long"_s});
        add(u"oversize"_s, {u"KKN1"_s + QString(QrSymbols::kMaxSymbolChars + extra, u'2')}, {u"too-long"_s});
    }
    // JSON that inflates beyond 64 KiB: padding, a long value, a zip bomb.
    for (int size : {65537, 65600, 70000, 200000, 4 << 20}) {
        QByteArray padded = m_small;
        padded.insert(1, QByteArray(size - m_small.size(), ' '));
        add(u"oversize"_s, symbolsOf(padded), {u"too-large"_s});
    }
    for (int size : {65537, 100000}) {
        QJsonObject o = objectOf(m_small);
        o = with(o, {u"values"_s, u"spouseName"_s}, QString(size, u'x'));
        add(u"oversize"_s, symbolsOf(jsonOf(o)), {u"too-large"_s});
    }
    add(u"oversize"_s, symbolsOf(QByteArray(8 << 20, '\0')), {u"too-large"_s});
}

void TestPreRegCorpus::invalidUtf8()
{
    const QList<QByteArray> bad{QByteArray("\xff"), QByteArray("\xc0\x80"), QByteArray("\x80"),
                                QByteArray("\xe3\x81"), QByteArray("\xed\xa0\x80"), QByteArray("\xf5\x80\x80\x80"),
                                QByteArray("\xf0\x9f\x98"), QByteArray("\xc3\x28"), QByteArray("\xfe\xfe")};
    // Inside string values, and in keys.
    QList<qsizetype> positions;
    for (const char *marker : {"\"name\":\"", "\"kana\":\"", "\"address\":\"", "\"phone\":\"", "\"relationship\":\"",
                               "\"spouseName\":\"", "\"format\":\""}) {
        const qsizetype at = m_good.indexOf(marker);
        if (at >= 0)
            positions.append(at + qsizetype(qstrlen(marker)));
    }
    positions.append(m_good.indexOf("\"events\"") + 2);
    QVERIFY(positions.size() >= 6);
    for (const QByteArray &b : bad) {
        for (qsizetype at : positions) {
            QByteArray json = m_good;
            json.insert(at, b);
            addJson(u"invalid-utf8"_s, json, u"bad-json"_s);
        }
    }
}

void TestPreRegCorpus::unknownIds()
{
    const QJsonObject good = objectOf(m_good);
    const QStringList names{u"unknown"_s, u"tennyu2"_s, u"x"_s, u"jumin_ido"_s, u"Phone"_s, u"today"_s,
                            u"household"_s, u"name"_s};
    for (const QString &n : names) {
        addJson(u"unknown-id"_s, with(good, {u"events"_s}, QJsonArray{u"tennyu"_s, n}), u"unknown-event"_s);
        addJson(u"unknown-id"_s, with(good, {u"answers"_s, n}, true), u"unknown-question"_s);
        addJson(u"unknown-id"_s, with(good, {u"forms"_s, n}, 1), u"unknown-form"_s);
        addJson(u"unknown-id"_s, with(good, {u"facts"_s, n}, u"2026-11-20"_s), u"unknown-fact"_s);
        addJson(u"unknown-id"_s, with(good, {u"fields"_s, u"jumin-ido"_s, n + u"Field"_s}, u"x"_s), u"unknown-field"_s);
        addJson(u"unknown-id"_s, with(good, {n + u"Key"_s}, 1), u"unknown-key"_s);
        addJson(u"unknown-id"_s, with(good, {u"person"_s, n + u"Key"_s}, u"x"_s), u"unknown-key"_s);
        addJson(u"unknown-id"_s, with(good, {u"household"_s, u"0"_s, n + u"Key"_s}, u"x"_s), u"unknown-key"_s);
    }
    // A question of another event only; a form filled but not named; facts the visit sets itself.
    addJson(u"unknown-id"_s, with(good, {u"answers"_s, u"inheritance"_s}, true), u"unknown-question"_s);
    addJson(u"unknown-id"_s, with(good, {u"fields"_s, u"koseki-certificate"_s}, QJsonObject{}), u"unknown-form"_s);
    addJson(u"unknown-id"_s, with(good, {u"facts"_s, u"today"_s}, u"2026-11-20"_s), u"unknown-fact"_s);
    addJson(u"unknown-id"_s, with(good, {u"facts"_s, u"household"_s}, u"x"_s), u"unknown-fact"_s);
    addJson(u"unknown-id"_s, with(good, {u"values"_s, u"bad key"_s}, u"x"_s), u"unknown-key"_s);
    addJson(u"unknown-id"_s, with(good, {u"values"_s, u"山田"_s}, u"x"_s), u"unknown-key"_s);
    addJson(u"unknown-id"_s, with(good, {u"format"_s}, u"kakanai.prereg/2"_s), u"bad-format"_s);
}

void TestPreRegCorpus::wrongFormVersion()
{
    const QJsonObject good = objectOf(m_good);
    for (const QString &form : objectOf(m_good).value(u"forms"_s).toObject().keys()) {
        for (int v : {0, 2, 3, 99, -1, 1000000})
            addJson(u"form-version"_s, with(good, {u"forms"_s, form}, v), u"form-version"_s);
        addJson(u"form-version"_s, with(good, {u"forms"_s, form}, 1.5), u"bad-format"_s);
        addJson(u"form-version"_s, with(good, {u"forms"_s, form}, u"1"_s), u"bad-format"_s);
    }
}

void TestPreRegCorpus::badValues()
{
    const QJsonObject good = objectOf(m_good);
    const QList<QStringList> datePaths{{u"person"_s, u"birthDate"_s}, {u"household"_s, u"0"_s, u"birthDate"_s},
                                       {u"household"_s, u"1"_s, u"birthDate"_s}, {u"facts"_s, u"moveDate"_s},
                                       {u"fields"_s, u"jumin-ido"_s, u"moveDate"_s}};
    const QStringList badDates{u"1980-02-30"_s, u"1980/02/17"_s, u"S55.2.17"_s, u"昭和55年2月17日"_s, u""_s,
                               u"1980-2-17"_s, u"19800217"_s, u"1980-13-01"_s, u"1980-02-17T00:00"_s};
    for (const QStringList &path : datePaths) {
        for (const QString &d : badDates)
            addJson(u"bad-value"_s, with(good, path, d), u"bad-value"_s);
        addJson(u"bad-value"_s, with(good, path, 19800217), u"bad-value"_s);
    }
    for (const QString &created : {u"2026-11-30T10:12:00"_s, u"2026-11-30"_s, u"yesterday"_s, u"2026-11-31T10:12:00+09:00"_s})
        addJson(u"bad-value"_s, with(good, {u"created"_s}, created), u"bad-value"_s);
    const QList<QStringList> sexPaths{{u"person"_s, u"sex"_s}, {u"household"_s, u"0"_s, u"sex"_s}};
    for (const QStringList &path : sexPaths) {
        for (const QString &s : {u"3"_s, u"M"_s, u"01"_s, u"男"_s, u""_s, u"１"_s})
            addJson(u"bad-value"_s, with(good, path, s), u"bad-value"_s);
        addJson(u"bad-value"_s, with(good, path, 1), u"bad-value"_s);
    }
    const QList<QStringList> textPaths{{u"person"_s, u"name"_s}, {u"person"_s, u"address"_s},
                                       {u"household"_s, u"1"_s, u"relationship"_s}, {u"facts"_s, u"phone"_s},
                                       {u"facts"_s, u"newAddress"_s}, {u"values"_s, u"spouseName"_s},
                                       {u"fields"_s, u"jumin-ido"_s, u"newHouseholder"_s}};
    const QString longName = u"山田"_s.repeated(250) + u'x';
    for (const QStringList &path : textPaths) {
        addJson(u"bad-value"_s, with(good, path, longName), u"too-long"_s);
        addJson(u"bad-value"_s, with(good, path, QString(501, u'a')), u"too-long"_s);
        addJson(u"bad-value"_s, with(good, path, QString(5000, u'a')), u"too-long"_s);
        for (const QString &control : {u"\u0000"_s, u"\u001b[2J"_s, u"\u0007"_s, u"\u0085"_s, u"\n"_s, u"\t"_s, u"\r"_s})
            addJson(u"bad-value"_s, with(good, path, u"山田"_s + control + u"太郎"_s), u"bad-value"_s);
        addJson(u"bad-value"_s, with(good, path, true), u"bad-value"_s);
        addJson(u"bad-value"_s, with(good, path, QJsonArray{u"山田"_s}), u"bad-value"_s);
    }
    // Checkbox, choice and number fields of jumin-ido and juminhyo-request.
    addJson(u"bad-value"_s, with(good, {u"fields"_s, u"jumin-ido"_s, u"cardContinued"_s}, u"true"_s), u"bad-value"_s);
    addJson(u"bad-value"_s, with(good, {u"fields"_s, u"jumin-ido"_s, u"cardContinued"_s}, 1), u"bad-value"_s);
    addJson(u"bad-value"_s, with(good, {u"fields"_s, u"jumin-ido"_s, u"kind"_s}, u"no-such-option"_s), u"bad-value"_s);
    addJson(u"bad-value"_s, with(good, {u"fields"_s, u"jumin-ido"_s, u"kind"_s}, true), u"bad-value"_s);
    addJson(u"bad-value"_s, with(good, {u"fields"_s, u"jumin-ido"_s, u"householdMembers"_s}, u"x"_s), u"bad-value"_s);
    addJson(u"bad-value"_s, with(good, {u"answers"_s, u"children"_s}, u"yes"_s), u"bad-value"_s);
    addJson(u"bad-value"_s, with(good, {u"events"_s}, QJsonArray{u"tennyu"_s, u"tennyu"_s}), u"bad-value"_s);
    // Counts beyond the limits.
    QJsonArray members;
    for (int i = 0; i < 21; ++i)
        members.append(QJsonObject{{u"name"_s, u"山田　花子"_s}});
    addJson(u"bad-value"_s, with(good, {u"household"_s}, members), u"too-many"_s);
    addJson(u"bad-value"_s, with(good, {u"events"_s}, QJsonArray{u"tennyu"_s, u"birth"_s, u"marriage"_s, u"death"_s, u"disaster"_s}),
            u"too-many"_s);
    // Not JSON, or not the document's shape.
    for (const QByteArray &json : {QByteArray("{"), QByteArray("null"), QByteArray("[]"), QByteArray("{\"format\":"),
                                   m_good.chopped(1), QByteArray("\"kakanai.prereg/1\""), QByteArray("")})
        add(u"bad-value"_s, symbolsOf(json),
            json.startsWith('[') ? QStringList{u"bad-format"_s}
                                 // Qt 6.4 does not parse a scalar as a document at all.
                                 : QStringList{u"bad-json"_s, u"bad-format"_s});
    QJsonObject noEvents = good;
    noEvents.remove(u"events"_s);
    addJson(u"bad-value"_s, noEvents, u"bad-format"_s);
    addJson(u"bad-value"_s, with(good, {u"forms"_s}, QJsonObject{}), u"bad-format"_s);
}

void TestPreRegCorpus::badSignature(const SigningKey &key)
{
    // Signed by the trusted key, then changed: every signature byte, and bytes of the body.
    const QByteArray message = PreRegMessage::seal(m_good, &key);
    QList<qsizetype> offsets;
    for (qsizetype i = 9; i < 73; ++i)
        offsets.append(i);
    for (qsizetype i = 73; i < message.size(); i += 7)
        offsets.append(i);
    for (qsizetype at : offsets) {
        QByteArray changed = message;
        changed[at] = char(changed[at] ^ (1 << (at % 8)));
        add(u"bad-signature"_s, *QrSymbols::encode(changed), {u"bad-signature"_s});
    }
}

void TestPreRegCorpus::structuredAppend()
{
    const QStringList a = symbolsOf(m_good, nullptr, 100);
    QByteArray otherJson = m_good;
    otherJson.replace("山田", "佐藤");
    const QStringList b = symbolsOf(otherJson, nullptr, 100);
    QVERIFY(a.size() >= 6);
    for (qsizetype i = 0; i < a.size(); ++i) {
        QStringList missing = a;
        missing.removeAt(i);
        add(u"structured-append"_s, missing, {u"missing-part"_s});
        for (qsizetype j = i + 1; j < a.size(); j += 2) {
            QStringList two = a;
            two.removeAt(j);
            two.removeAt(i);
            add(u"structured-append"_s, two, {u"missing-part"_s});
        }
        QStringList duplicated = a;
        duplicated.insert((i * 5) % a.size(), a.at(i));
        add(u"structured-append"_s, duplicated, {u"duplicate-part"_s, u"too-many-parts"_s});
        if (i < b.size()) {
            QStringList mixed = a;
            mixed[i] = b.at(i);
            add(u"structured-append"_s, mixed, {u"part-mismatch"_s});
        }
    }
    add(u"structured-append"_s, a + b, {u"part-mismatch"_s, u"too-many-parts"_s});
    add(u"structured-append"_s, {}, {u"empty"_s});
}

QTEST_GUILESS_MAIN(TestPreRegCorpus)
#include "tst_prereg_corpus.moc"
