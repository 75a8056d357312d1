// The leak test's scanner on its own (tst_leak runs it over a real visit):
// the negative controls that make "zero findings" mean something. It finds
// the individual number and the PIN planted in every form it claims to
// recognise (PersonalDataScanner.h), does not report a bare "4821", and finds a
// record written in clear into the store.
#include "LeakScanSupport.h"
#include "PersonalDataScanner.h"

#include "store/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::test;

namespace {
// tests/data/persons.json, person 0 (山田 太郎): the person tst_leak's visit reads.
const QByteArray kIndividualNumber = QByteArrayLiteral("123456789018");
const QByteArray kPin = QByteArrayLiteral("4821");
} // namespace

class TestLeakScanner : public QObject {
    Q_OBJECT
private slots:
    void scannerFindsWhatItClaims_data();
    void scannerFindsWhatItClaims();
    void scannerIgnoresABarePinLikeNumber_data();
    void scannerIgnoresABarePinLikeNumber();
    void scannerFindsAPlaintextRowInTheStore();
};

void TestLeakScanner::scannerFindsWhatItClaims_data()
{
    QTest::addColumn<QByteArray>("planted");
    const QByteArray n = "123456789018";
    auto utf16le = [](const QString &s) {
        return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    };
    QTest::newRow("digits") << QByteArray("x" + n + "y");
    QTest::newRow("digits in JSON") << QByteArray(R"({"value":")" + n + R"("})");
    QTest::newRow("grouped by spaces") << QByteArray("no. 1234 5678 9018.");
    QTest::newRow("grouped by hyphens") << QByteArray("1234-5678-9018");
    QTest::newRow("UTF-16LE") << utf16le(QString::fromLatin1(n));
    QTest::newRow("UTF-16LE grouped") << QByteArray("\x01") + utf16le(QStringLiteral("1234 5678 9018"));
    QTest::newRow("UTF-16BE") << QByteArray("\0\x31\0\x32\0\x33\0\x34\0\x35\0\x36\0\x37\0\x38\0\x39\0\x30\0\x31\0\x38", 24);
    QTest::newRow("full-width UTF-8") << QStringLiteral("１２３４５６７８９０１８").toUtf8();
    QTest::newRow("full-width, ideographic spaces") << QStringLiteral("１２３４\u3000５６７８\u3000９０１８").toUtf8();
    QTest::newRow("hex") << n.toHex();
    for (int lead = 0; lead < 3; ++lead)
        QTest::addRow("base64, %d leading bytes", lead) << (QByteArray(lead, 'a') + n + "zz").toBase64();
    QTest::newRow("pin=") << QByteArray("card read pin=4821 ok");
    QTest::newRow("PIN: ") << QByteArray("PIN: 4821");
    QTest::newRow("JSON pin field") << QByteArray(R"({"pin":"4821"})");
    QTest::newRow("JSON quoted value") << QByteArray(R"({"secret":"4821"})");
    QTest::newRow("暗証番号") << QStringLiteral("暗証番号：4821").toUtf8();
    QTest::newRow("pin UTF-16LE") << utf16le(QStringLiteral("pin=4821"));
    QTest::newRow("VERIFY APDU bytes") << QByteArray::fromHex("00200080043438323100");
    QTest::newRow("VERIFY APDU hex dump") << QByteArray("> 00 20 00 80 04 34 38 32 31");
}

// Negative control: a planted copy in a scratch file is found.
void TestLeakScanner::scannerFindsWhatItClaims()
{
    QFETCH(QByteArray, planted);
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("scratch.bin"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 131 + 7) % 251);
    f.write(noise + planted + noise);
    f.close();
    PersonalDataScanner scanner(kIndividualNumber, kPin);
    const auto findings = scanner.scanTree(scratch.path());
    QVERIFY2(!findings.isEmpty(), planted.toHex(' ').constData());
    QCOMPARE(scanner.sourcesScanned(), 1);
}

void TestLeakScanner::scannerIgnoresABarePinLikeNumber_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("byte count") << QByteArray("POST /records bytes=4821");
    QTest::newRow("time") << QByteArray("2026-11-24T04:48:21.123Z seq 14821");
    QTest::newRow("other 12 digits") << QByteArray("123456789019");
    QTest::newRow("number cut short") << QByteArray("12345678901");
    QTest::newRow("pin with other digits") << QByteArray("pin=48211 pin=1482");
}

// Documents the choice: a bare 4821 is a coincidence, not a finding.
void TestLeakScanner::scannerIgnoresABarePinLikeNumber()
{
    QFETCH(QByteArray, text);
    PersonalDataScanner scanner(kIndividualNumber, kPin);
    const auto findings = scanner.scan(QStringLiteral("control"), text);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

// Negative control at the store level: a record written in clear into the
// database (as a plaintext bug would) is found in the WAL while the store is
// open, in the main file after it is closed, and in the rows.
void TestLeakScanner::scannerFindsAPlaintextRowInTheStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.sqlite"));
    auto db = Database::open({path});
    QVERIFY(db);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)")));
    q.addBindValue(QStringLiteral("plaintext-bug"));
    q.addBindValue(QStringLiteral(R"({"individualNumber":"%1"})").arg(QString::fromLatin1(kIndividualNumber)));
    QVERIFY(q.exec());
    PersonalDataScanner scanner(kIndividualNumber, kPin);
    QVERIFY(!scanner.scanFile(path + QStringLiteral("-wal")).isEmpty());
    QVERIFY(!scanTable(scanner, **db, QStringLiteral("meta")).isEmpty());
    db->reset();
    QVERIFY(!scanner.scanFile(path).isEmpty());
}

QTEST_GUILESS_MAIN(TestLeakScanner)
#include "tst_leak_scanner.moc"
