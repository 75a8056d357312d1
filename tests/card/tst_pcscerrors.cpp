#include "card/PcscErrors.h"

#include <PCSC/winscard.h>

#include <QTest>

using namespace kakanai;
using Stage = PcscErrors::Stage;

Q_DECLARE_METATYPE(kakanai::ErrorCode)
Q_DECLARE_METATYPE(kakanai::PcscErrors::Stage)

class TestPcscErrors : public QObject {
    Q_OBJECT
private slots:
    void mapping_data();
    void mapping();
    void contextAndCardGone();
    void unknownCode();
};

void TestPcscErrors::mapping_data()
{
    QTest::addColumn<qlonglong>("rv");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("name");

    auto row = [](const char *tag, long rv, Stage stage, ErrorCode code, const char *name) {
        QTest::newRow(tag) << qlonglong(rv) << stage << code << QString::fromLatin1(name);
    };
    row("no service", SCARD_E_NO_SERVICE, Stage::Context, ErrorCode::ReaderServiceStopped, "SCARD_E_NO_SERVICE");
    row("service stopped", SCARD_E_SERVICE_STOPPED, Stage::Session, ErrorCode::ReaderServiceStopped, "SCARD_E_SERVICE_STOPPED");
    row("invalid handle", SCARD_E_INVALID_HANDLE, Stage::Session, ErrorCode::ReaderServiceStopped, "SCARD_E_INVALID_HANDLE");
    row("comm error", SCARD_F_COMM_ERROR, Stage::Wait, ErrorCode::ReaderServiceStopped, "SCARD_F_COMM_ERROR");
    row("no readers", SCARD_E_NO_READERS_AVAILABLE, Stage::Readers, ErrorCode::ReaderUnavailable, "SCARD_E_NO_READERS_AVAILABLE");
    row("unknown reader", SCARD_E_UNKNOWN_READER, Stage::Connect, ErrorCode::ReaderUnavailable, "SCARD_E_UNKNOWN_READER");
    row("reader unavailable", SCARD_E_READER_UNAVAILABLE, Stage::Session, ErrorCode::ReaderUnavailable, "SCARD_E_READER_UNAVAILABLE");
    row("no card at connect", SCARD_E_NO_SMARTCARD, Stage::Connect, ErrorCode::NoCard, "SCARD_E_NO_SMARTCARD");
    row("no card in session", SCARD_E_NO_SMARTCARD, Stage::Session, ErrorCode::CardRemoved, "SCARD_E_NO_SMARTCARD");
    row("removed in session", SCARD_W_REMOVED_CARD, Stage::Session, ErrorCode::CardRemoved, "SCARD_W_REMOVED_CARD");
    row("removed at connect", SCARD_W_REMOVED_CARD, Stage::Connect, ErrorCode::NoCard, "SCARD_W_REMOVED_CARD");
    row("not transacted", SCARD_E_NOT_TRANSACTED, Stage::Session, ErrorCode::CardRemoved, "SCARD_E_NOT_TRANSACTED");
    row("unpowered", SCARD_W_UNPOWERED_CARD, Stage::Session, ErrorCode::CardRemoved, "SCARD_W_UNPOWERED_CARD");
    row("sharing violation", SCARD_E_SHARING_VIOLATION, Stage::Connect, ErrorCode::CardBusy, "SCARD_E_SHARING_VIOLATION");
    row("reset", SCARD_W_RESET_CARD, Stage::Session, ErrorCode::CardBusy, "SCARD_W_RESET_CARD");
    row("unresponsive", SCARD_W_UNRESPONSIVE_CARD, Stage::Connect, ErrorCode::CardUnexpectedAnswer, "SCARD_W_UNRESPONSIVE_CARD");
    row("unsupported card", SCARD_W_UNSUPPORTED_CARD, Stage::Connect, ErrorCode::CardNotMyNumber, "SCARD_W_UNSUPPORTED_CARD");
    row("proto mismatch", SCARD_E_PROTO_MISMATCH, Stage::Connect, ErrorCode::CardNotMyNumber, "SCARD_E_PROTO_MISMATCH");
    row("cancelled", SCARD_E_CANCELLED, Stage::Wait, ErrorCode::Cancelled, "SCARD_E_CANCELLED");
    row("timeout", SCARD_E_TIMEOUT, Stage::Wait, ErrorCode::Cancelled, "SCARD_E_TIMEOUT");
    row("no memory", SCARD_E_NO_MEMORY, Stage::Session, ErrorCode::Internal, "SCARD_E_NO_MEMORY");
    row("internal", SCARD_F_INTERNAL_ERROR, Stage::Session, ErrorCode::Internal, "SCARD_F_INTERNAL_ERROR");
    row("insufficient buffer", SCARD_E_INSUFFICIENT_BUFFER, Stage::Session, ErrorCode::Internal, "SCARD_E_INSUFFICIENT_BUFFER");
}

void TestPcscErrors::mapping()
{
    QFETCH(qlonglong, rv);
    QFETCH(Stage, stage);
    QFETCH(ErrorCode, code);
    QFETCH(QString, name);
    const Error e = PcscErrors::toError(static_cast<long>(rv), stage, "SCardTest");
    QCOMPARE(e.code(), code);
    QVERIFY(!e.message().isEmpty());
    QVERIFY(e.technicalDetail().contains(name));
    QVERIFY(e.technicalDetail().contains(QLatin1String("SCardTest")));
    QCOMPARE(QString::fromLatin1(PcscErrors::name(static_cast<long>(rv))), name);
}

void TestPcscErrors::contextAndCardGone()
{
    QVERIFY(PcscErrors::needsNewContext(SCARD_E_NO_SERVICE));
    QVERIFY(PcscErrors::needsNewContext(SCARD_E_SERVICE_STOPPED));
    QVERIFY(PcscErrors::needsNewContext(SCARD_E_INVALID_HANDLE));
    QVERIFY(!PcscErrors::needsNewContext(SCARD_W_REMOVED_CARD));
    QVERIFY(!PcscErrors::needsNewContext(SCARD_S_SUCCESS));
    QVERIFY(PcscErrors::isCardGone(SCARD_W_REMOVED_CARD));
    QVERIFY(PcscErrors::isCardGone(SCARD_E_NOT_TRANSACTED));
    QVERIFY(PcscErrors::isCardGone(SCARD_E_NO_SMARTCARD));
    QVERIFY(!PcscErrors::isCardGone(SCARD_W_RESET_CARD));
}

void TestPcscErrors::unknownCode()
{
    const Error e = PcscErrors::toError(0x80100999L, Stage::Session, "SCardTransmit");
    QCOMPARE(e.code(), ErrorCode::Internal);
    QVERIFY(e.technicalDetail().contains(QLatin1String("80100999")));
    QCOMPARE(QByteArray(PcscErrors::name(0x80100999L)), QByteArray("SCARD_?"));
}

QTEST_GUILESS_MAIN(TestPcscErrors)
#include "tst_pcscerrors.moc"
