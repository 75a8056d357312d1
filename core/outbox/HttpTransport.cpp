#include "HttpTransport.h"

namespace kakanai {

QString networkErrorName(HttpResponse::NetworkError error)
{
    using E = HttpResponse::NetworkError;
    switch (error) {
    case E::None: return QStringLiteral("none");
    case E::ConnectionRefused: return QStringLiteral("connection refused");
    case E::HostNotFound: return QStringLiteral("host not found");
    case E::Timeout: return QStringLiteral("timeout");
    case E::ConnectionClosed: return QStringLiteral("connection closed");
    case E::Tls: return QStringLiteral("TLS error");
    case E::PinMismatch: return QStringLiteral("public key pin mismatch");
    case E::Cancelled: return QStringLiteral("cancelled");
    case E::Other: return QStringLiteral("network error");
    }
    return QString();
}

} // namespace kakanai
