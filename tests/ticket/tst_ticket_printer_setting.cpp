// Settings TicketPrinter read into a spec (print/ticket/TicketPrinterSetting),
// and the printers the factory makes from it.

#include "ticket/EscPosDevicePrinter.h"
#include "ticket/EscPosNetworkPrinter.h"
#include "ticket/TicketPrinterSetting.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::print;
using Kind = TicketPrinterSpec::Kind;
Q_DECLARE_METATYPE(kakanai::print::TicketPrinterSpec)

namespace {

TicketPrinterSpec networkSpec(const char *host, quint16 port)
{
    TicketPrinterSpec spec;
    spec.kind = Kind::EscPosNetwork;
    spec.host = QString::fromUtf8(host);
    spec.port = port;
    return spec;
}

TicketPrinterSpec deviceSpec(const char *path)
{
    TicketPrinterSpec spec;
    spec.kind = Kind::EscPosDevice;
    spec.devicePath = QString::fromUtf8(path);
    return spec;
}

TicketPrinterSpec systemSpec(const char *name)
{
    TicketPrinterSpec spec;
    spec.kind = Kind::System;
    spec.systemPrinterName = QString::fromUtf8(name);
    return spec;
}

} // namespace

class TestTicketPrinterSetting : public QObject {
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void factory();
};

void TestTicketPrinterSetting::parses_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<TicketPrinterSpec>("expected");
    QTest::newRow("none") << "none" << TicketPrinterSpec{};
    QTest::newRow("NONE") << "NONE" << TicketPrinterSpec{};
    QTest::newRow("empty") << "" << TicketPrinterSpec{};
    QTest::newRow("net with port") << "escpos-net://192.0.2.5:9100" << networkSpec("192.0.2.5", 9100);
    QTest::newRow("net default port") << "escpos-net://192.0.2.5" << networkSpec("192.0.2.5", 9100);
    QTest::newRow("net other port") << "escpos-net://printer.local:9101" << networkSpec("printer.local", 9101);
    QTest::newRow("net trailing slash") << "escpos-net://printer.local:9100/" << networkSpec("printer.local", 9100);
    QTest::newRow("net IPv6") << "escpos-net://[2001:db8::5]:9100" << networkSpec("2001:db8::5", 9100);
    QTest::newRow("net spaces around") << "  escpos-net://192.0.2.5:9100  " << networkSpec("192.0.2.5", 9100);
    QTest::newRow("net scheme in capitals") << "ESCPOS-NET://192.0.2.5" << networkSpec("192.0.2.5", 9100);
    QTest::newRow("device usb") << "escpos-device:///dev/usb/lp0" << deviceSpec("/dev/usb/lp0");
    QTest::newRow("device serial") << "escpos-device:///dev/ttyUSB0" << deviceSpec("/dev/ttyUSB0");
    QTest::newRow("device one slash") << "escpos-device:/dev/usb/lp1" << deviceSpec("/dev/usb/lp1");
    QTest::newRow("system default") << "system:" << systemSpec("");
    QTest::newRow("system named") << "system:TM-T88VI" << systemSpec("TM-T88VI");
    QTest::newRow("system name with spaces and colon") << "system:Receipt Printer: Lobby"
                                                       << systemSpec("Receipt Printer: Lobby");
}

void TestTicketPrinterSetting::parses()
{
    QFETCH(QString, value);
    QFETCH(TicketPrinterSpec, expected);
    const auto spec = TicketPrinterSetting::parse(value);
    QVERIFY2(spec, spec ? "" : qPrintable(spec.error().toString()));
    QVERIFY(*spec == expected);
    // And back: the formatted text means the same.
    const auto again = TicketPrinterSetting::parse(TicketPrinterSetting::format(*spec));
    QVERIFY(again && *again == expected);
}

void TestTicketPrinterSetting::refuses_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("word") << "epson" << "unknown-scheme";
    QTest::newRow("other scheme") << "ipp://192.0.2.5/printer" << "unknown-scheme";
    QTest::newRow("net without host") << "escpos-net://" << "no-host";
    QTest::newRow("net port 0") << "escpos-net://192.0.2.5:0" << "bad-port";
    QTest::newRow("net port too big") << "escpos-net://192.0.2.5:70000" << "bad-url";
    QTest::newRow("net port not a number") << "escpos-net://192.0.2.5:abc" << "bad-url";
    QTest::newRow("net empty port") << "escpos-net://192.0.2.5:" << "bad-port";
    QTest::newRow("net path") << "escpos-net://192.0.2.5/queue" << "unexpected-path";
    QTest::newRow("net user") << "escpos-net://admin@192.0.2.5" << "unexpected-part";
    QTest::newRow("net query") << "escpos-net://192.0.2.5?x=1" << "unexpected-part";
    QTest::newRow("device with host") << "escpos-device://lp0" << "unexpected-host";
    QTest::newRow("device relative") << "escpos-device:lp0" << "path-not-absolute";
    QTest::newRow("device no path") << "escpos-device://" << "path-not-absolute";
}

void TestTicketPrinterSetting::refuses()
{
    QFETCH(QString, value);
    QFETCH(QString, reason);
    const auto spec = TicketPrinterSetting::parse(value);
    QVERIFY(!spec);
    QCOMPARE(spec.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(spec.error().technicalDetail(), reason);
    QVERIFY(spec.error().message().contains(QLatin1String("escpos-net://HOST:9100")));
}

void TestTicketPrinterSetting::factory()
{
    const auto net = makeEscPosPrinter(networkSpec("192.0.2.5", 9101), 384, std::chrono::milliseconds(1500));
    QVERIFY(net);
    const auto *networkPrinter = dynamic_cast<EscPosNetworkPrinter *>(net.get());
    QVERIFY(networkPrinter);
    QCOMPARE(networkPrinter->options().port, quint16(9101));
    QCOMPARE(networkPrinter->options().widthDots, 384);
    QCOMPARE(networkPrinter->options().timeout, std::chrono::milliseconds(1500));
    QCOMPARE(net->describe(), QStringLiteral("ESC/POS 192.0.2.5:9101"));

    const auto dev = makeEscPosPrinter(deviceSpec("/dev/usb/lp0"), 576);
    QVERIFY(dynamic_cast<EscPosDevicePrinter *>(dev.get()));
    QCOMPARE(dev->describe(), QStringLiteral("ESC/POS /dev/usb/lp0"));

    QVERIFY(!makeEscPosPrinter(TicketPrinterSpec{}, 576));
    QVERIFY(!makeEscPosPrinter(systemSpec(""), 576));
}

QTEST_GUILESS_MAIN(TestTicketPrinterSetting)
#include "tst_ticket_printer_setting.moc"
