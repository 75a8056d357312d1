#include "TicketPrinterSetting.h"

#include "ticket/EscPosDevicePrinter.h"
#include "ticket/EscPosNetworkPrinter.h"

#include <QUrl>

namespace kakanai::print {

namespace {

const QString kNetworkScheme = QStringLiteral("escpos-net");
const QString kDeviceScheme = QStringLiteral("escpos-device");
const QString kSystemPrefix = QStringLiteral("system:");

std::unexpected<Error> invalid(const char *reason)
{
    return fail(ErrorCode::InvalidArgument,
                TicketPrinterSetting::tr("The ticket printer setting is not understood. Use \"none\", "
                                         "\"escpos-net://HOST:9100\", \"escpos-device:///dev/usb/lp0\" or "
                                         "\"system:PRINTER NAME\"."),
                QString::fromLatin1(reason));
}

} // namespace

Result<TicketPrinterSpec> TicketPrinterSetting::parse(const QString &value)
{
    const QString text = value.trimmed();
    TicketPrinterSpec spec;
    if (text.isEmpty() || text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return spec;
    // A printer name may hold anything (spaces, slashes, colons): taken as it is.
    if (text.startsWith(kSystemPrefix, Qt::CaseInsensitive)) {
        spec.kind = TicketPrinterSpec::Kind::System;
        spec.systemPrinterName = text.mid(kSystemPrefix.size()).trimmed();
        return spec;
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalid("bad-url");
    const QString scheme = url.scheme().toLower();
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return invalid("unexpected-part");
    if (scheme == kNetworkScheme) {
        if (url.host().isEmpty())
            return invalid("no-host");
        if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
            return invalid("unexpected-path");
        // QUrl drops an empty port ("HOST:"); a typo should not become 9100.
        const int port = url.port(-1);
        if (port == 0 || text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1String(":/")))
            return invalid("bad-port");
        spec.kind = TicketPrinterSpec::Kind::EscPosNetwork;
        spec.host = url.host();
        spec.port = port > 0 ? quint16(port) : EscPosNetworkPrinter::kDefaultPort;
        return spec;
    }
    if (scheme == kDeviceScheme) {
        if (!url.host().isEmpty() || url.port(-1) != -1)
            return invalid("unexpected-host");
        const QString path = url.path();
        if (!path.startsWith(QLatin1Char('/')) || path.size() < 2)
            return invalid("path-not-absolute");
        spec.kind = TicketPrinterSpec::Kind::EscPosDevice;
        spec.devicePath = path;
        return spec;
    }
    return invalid("unknown-scheme");
}

QString TicketPrinterSetting::format(const TicketPrinterSpec &spec)
{
    switch (spec.kind) {
    case TicketPrinterSpec::Kind::None:
        return QStringLiteral("none");
    case TicketPrinterSpec::Kind::EscPosNetwork: {
        const bool ipv6 = spec.host.contains(QLatin1Char(':'));
        return QStringLiteral("escpos-net://%1:%2")
            .arg(ipv6 ? QStringLiteral("[%1]").arg(spec.host) : spec.host)
            .arg(spec.port);
    }
    case TicketPrinterSpec::Kind::EscPosDevice:
        return QStringLiteral("escpos-device://") + spec.devicePath;
    case TicketPrinterSpec::Kind::System:
        return kSystemPrefix + spec.systemPrinterName;
    }
    return QStringLiteral("none");
}

std::unique_ptr<TicketPrinter> makeEscPosPrinter(const TicketPrinterSpec &spec, int widthDots,
                                                 std::chrono::milliseconds timeout)
{
    switch (spec.kind) {
    case TicketPrinterSpec::Kind::EscPosNetwork:
        return std::make_unique<EscPosNetworkPrinter>(
            EscPosNetworkPrinter::Options{spec.host, spec.port, widthDots, timeout});
    case TicketPrinterSpec::Kind::EscPosDevice:
        return std::make_unique<EscPosDevicePrinter>(EscPosDevicePrinter::Options{spec.devicePath, widthDots, timeout});
    case TicketPrinterSpec::Kind::None:
    case TicketPrinterSpec::Kind::System:
        return nullptr;
    }
    return nullptr;
}

} // namespace kakanai::print
