// The whole format both ways, for every life event and form of the built-in
// library: PreRegistration → symbols → PreRegistration.
#include "PreRegTestSupport.h"
#include "prereg/PreRegCodec.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace kakanai;
using namespace kakanai::prereg;
using namespace Qt::StringLiterals;

class TestPreRegCodec : public QObject {
    Q_OBJECT
private:
    forms::FormLibrary m_library;
    std::optional<forms::LifeEventNavi> m_navi;

private slots:
    void initTestCase()
    {
        m_library = forms::FormLibrary::load();
        QVERIFY(m_library.size() >= 10);
        auto navi = forms::LifeEventNavi::load(m_library);
        QVERIFY2(navi, qPrintable(navi ? QString() : navi.error().toString()));
        m_navi = *navi;
        QVERIFY(m_navi->events().size() >= 7);
    }

    void everyFormIsCovered()
    {
        // The events' checklists with every answer yes name every form of the library.
        QSet<QString> covered;
        for (const forms::LifeEvent &event : m_navi->events()) {
            const PreRegistration r = test::fullRegistration(m_library, *m_navi, event);
            for (const auto &[id, version] : r.forms)
                covered.insert(id);
        }
        for (const QString &id : m_library.ids())
            QVERIFY2(covered.contains(id), qPrintable(id));
    }

    void roundTripEveryLifeEvent_data()
    {
        QTest::addColumn<QString>("eventId");
        QTest::addColumn<int>("bytesPerPart");
        QTest::addColumn<bool>("signedCode");
        forms::FormLibrary library = forms::FormLibrary::load();
        auto navi = forms::LifeEventNavi::load(library);
        for (const forms::LifeEvent &event : navi->events()) {
            QTest::addRow("%s, one symbol", qPrintable(event.id)) << event.id << QrSymbols::kBytesPerPart << false;
            QTest::addRow("%s, signed", qPrintable(event.id)) << event.id << QrSymbols::kBytesPerPart << true;
            QTest::addRow("%s, small parts", qPrintable(event.id)) << event.id << 0 << false;
        }
    }
    void roundTripEveryLifeEvent()
    {
        QFETCH(QString, eventId);
        QFETCH(int, bytesPerPart);
        QFETCH(bool, signedCode);
        const PreRegistration original = test::fullRegistration(m_library, *m_navi, *m_navi->event(eventId));
        QVERIFY(!original.forms.empty());
        QCOMPARE(original.household.size(), 2);

        const SigningKey key = SigningKey::generate();
        TrustedKeys trusted;
        QVERIFY(trusted.add(u"事前受付サーバ"_s, key.publicKey()));
        const PreRegCodec codec(m_library, *m_navi, trusted);

        if (bytesPerPart == 0) {
            // About 10 symbols.
            const auto bytes = PreRegMessage::seal(original.toJson()).size();
            bytesPerPart = int(std::max<qsizetype>(1, (bytes + 9) / 10));
        }
        auto symbols = codec.make(original, signedCode ? &key : nullptr, bytesPerPart);
        QVERIFY2(symbols, qPrintable(symbols ? QString() : symbols.error().toString()));
        QVERIFY(symbols->size() <= QrSymbols::kMaxParts);

        QStringList scanned = *symbols;
        if (scanned.size() > 1) {
            QRandomGenerator random(qHash(eventId));
            std::shuffle(scanned.begin(), scanned.end(), random);
            QVERIFY(scanned != *symbols || scanned.size() < 3);
        }
        auto decoded = codec.decode(scanned);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().toString()));
        QCOMPARE(decoded->symbolCount, int(symbols->size()));
        QCOMPARE(decoded->signature.state, signedCode ? SignatureCheck::State::Verified : SignatureCheck::State::Unsigned);
        const PreRegistration &back = decoded->content;
        QCOMPARE(back.events, original.events);
        QCOMPARE(back.answers, original.answers);
        QCOMPARE(back.forms, original.forms);
        QCOMPARE(back.person, original.person);
        QCOMPARE(back.facts, original.facts);
        QCOMPARE(back.household, original.household);
        QCOMPARE(back.values, original.values);
        QCOMPARE(back.created, original.created);
        QCOMPARE(back.fields.size(), original.fields.size());
        for (const auto &[formId, values] : original.fields)
            QCOMPARE(back.fields.at(formId), values);
        QVERIFY(back == original);

        // The same through a collector, one scan at a time.
        PartCollector collector;
        for (const QString &s : scanned)
            QVERIFY(collector.add(s));
        QVERIFY(collector.progress().complete());
        auto viaCollector = codec.decodeMessage(*collector.message(), collector.progress().count);
        QVERIFY(viaCollector);
        QVERIFY(viaCollector->content == original);
    }

    void severalEventsAtOnce()
    {
        const PreRegCodec codec(m_library, *m_navi);
        PreRegistration r = test::fullRegistration(m_library, *m_navi, *m_navi->event(u"marriage"));
        const PreRegistration moving = test::fullRegistration(m_library, *m_navi, *m_navi->event(u"tenkyo"));
        r.events.append(u"tenkyo"_s);
        for (auto it = moving.answers.cbegin(); it != moving.answers.cend(); ++it)
            r.answers.insert(it.key(), it.value());
        for (const auto &[id, version] : moving.forms)
            r.forms.emplace(id, version);
        for (const auto &[id, values] : moving.fields)
            r.fields.emplace(id, values);
        auto symbols = codec.make(r);
        QVERIFY(symbols);
        auto decoded = codec.decode(*symbols);
        QVERIFY(decoded);
        QVERIFY(decoded->content == r);
    }

    void minimalCode()
    {
        PreRegistration r;
        r.events = {u"tennyu"_s};
        r.forms = {{u"jumin-ido"_s, m_library.find(u"jumin-ido")->version}};
        const PreRegCodec codec(m_library, *m_navi);
        auto symbols = codec.make(r);
        QVERIFY(symbols);
        QCOMPARE(symbols->size(), 1);
        auto decoded = codec.decode(*symbols);
        QVERIFY(decoded);
        QVERIFY(decoded->content == r);
        QVERIFY(!decoded->content.created.isValid());
        QVERIFY(decoded->content.person.isEmpty());
    }

    void signedByUnknownKeyIsReadNotVerified()
    {
        const SigningKey key = SigningKey::generate();
        const PreRegistration r = test::fullRegistration(m_library, *m_navi, *m_navi->event(u"birth"));
        auto symbols = PreRegCodec(m_library, *m_navi).make(r, &key);
        QVERIFY(symbols);
        auto decoded = PreRegCodec(m_library, *m_navi).decode(*symbols);
        QVERIFY(decoded);
        QCOMPARE(decoded->signature.state, SignatureCheck::State::UnknownKey);
        QCOMPARE(decoded->signature.keyIdHex, QString::fromLatin1(key.keyId().toHex()));
        QVERIFY(decoded->content == r);
    }

    void makeRefusesWhatTheReaderWould()
    {
        PreRegistration r;
        r.events = {u"tennyu"_s};
        r.forms = {{u"jumin-ido"_s, 99}};
        auto symbols = PreRegCodec(m_library, *m_navi).make(r);
        QVERIFY(!symbols);
        QCOMPARE(symbols.error().technicalDetail(), u"form-version"_s);
    }
};

QTEST_GUILESS_MAIN(TestPreRegCodec)
#include "tst_preregcodec.moc"
